// Every limit Rampart enforces on what it is given, in one place: the engine's validators, the CLI,
// the IPC payload schemas, the store and the renderer all read them from here, so a limit the
// window offers is the limit main checks and the CLI accepts.

// Files.

/**
 * Scenarios one database holds, counting the bin: what "Export all" writes must always import
 * back, so the database is kept to what one import file may hold.
 */
export const MAX_STORED_SCENARIOS = 100
/**
 * One scenario with its actuals, as "Export all" writes it (the size of an export file holding it
 * alone). Far above any real plan (the largest legal list lengths come to about half of it); the
 * store refuses a save that would pass it, so the bound below holds whatever a plan contains.
 */
export const MAX_EXPORT_ENTRY_BYTES = 1024 * 1024
/**
 * Dropped or imported files larger than this are refused before they are parsed. An "Export all"
 * of N scenarios is at most N entry files' worth (each alone carries the envelope that the full
 * file has once), so the largest database Rampart keeps exports to at most this and imports back.
 */
export const MAX_IMPORT_BYTES = MAX_STORED_SCENARIOS * MAX_EXPORT_ENTRY_BYTES
/** Scenarios in one imported file: no more than a database holds, or it could never be imported whole. */
export const MAX_SCENARIOS_PER_FILE = MAX_STORED_SCENARIOS
/** A file name, as the operating systems we ship for allow. */
export const MAX_FILE_NAME_LENGTH = 255
/** A full path, as Linux allows (PATH_MAX); Windows and macOS allow less. */
export const MAX_PATH_LENGTH = 4096
/** A finance system's CSV export of actuals, refused before it is parsed. */
export const MAX_ACTUALS_CSV_BYTES = 5 * 1024 * 1024
/**
 * A finance system's XLSX export of actuals. exceljs holds a whole workbook in memory (about
 * 800 MB for 50,000 rows), so both the file and what it unpacks to are capped before it is parsed.
 */
export const MAX_ACTUALS_XLSX_BYTES = 2 * 1024 * 1024
/** What an XLSX export of actuals says it unpacks to (all its parts together), checked before exceljs reads it. */
export const MAX_ACTUALS_XLSX_UNPACKED_BYTES = 20 * 1024 * 1024
/** Rows below the header in one export of actuals: far more than any plan's quarters times its lines. */
export const MAX_ACTUALS_IMPORT_ROWS = 10_000
/** Columns in one export of actuals. */
export const MAX_ACTUALS_IMPORT_COLUMNS = 100
/** A chart image sent to main to be saved as PNG, as base64 text. */
export const MAX_IMAGE_BASE64_CHARS = 20 * 1024 * 1024

// Scenario documents. Upper bounds that catch typos such as an extra six zeros and keep totals far
// from overflow.

/** Length of the plan's horizon, in quarters (20 years). */
export const MAX_QUARTERS = 80
/** Any one amount of money: a salary, a tool's cost, a program, a budget floor or an actual. */
export const MAX_MONEY = 1e12
/** A revenue milestone: ten times any other amount, since the budget is a small share of it. */
export const MAX_REVENUE = MAX_MONEY * 10
export const MAX_HEADCOUNT = 10_000_000
/** People in one hiring line. */
export const MAX_HIRE_COUNT = 10_000
/** Names and other one-line texts. */
export const MAX_TEXT = 200
/** Entries in any one list of a scenario (hires, tools, programs, capabilities, milestones). */
export const MAX_LINE_ITEMS = 1000
/** The free-text note on a quarter's actuals. */
export const MAX_NOTE = 2000
/** Benefits, payroll tax and equity on top of base pay, in % of it. */
export const MAX_OVERHEAD_PERCENT = 200
/** The one-time recruiting fee per person hired, in % of base pay. */
export const MAX_RECRUITING_FEE_PERCENT = 100

// Uncertainty settings of a scenario (the simulation draws within them).

/** ± spread of each hire line's pay, in %. */
export const MAX_SALARY_SPREAD_PERCENT = 50
/** ± spread of revenue growth, in %. */
export const MAX_REVENUE_SPREAD_PERCENT = 90
/** Annual attrition, leavers per filled seat per year, in %. */
export const MAX_ATTRITION_PERCENT = 60
/** Slip probabilities for a start 0, 1, … 8 quarters late. */
export const MAX_SLIP_QUARTERS = 9
/** How far the slip probabilities may sum from 1, for decimals such as 0.1 + 0.2. */
export const PROBABILITY_SUM_TOLERANCE = 1e-9

// Simulation. One range everywhere: the CLI, the window and the board pack.

/** Samples every view and command uses unless told otherwise. */
export const DEFAULT_SAMPLES = 10_000
/** Fewer samples than this leave P10 and P90 resting on a handful of draws. */
export const MIN_SAMPLES = 100
/**
 * A million samples of the largest plan take tens of seconds (their memory hardly grows with the
 * samples: see moneyQuantiles.ts). Only the CLI offers more than the default; the window always
 * asks for DEFAULT_SAMPLES.
 */
export const MAX_SAMPLES = 1_000_000
export const DEFAULT_SEED = 20260101
/** Seeds are unsigned 32-bit numbers, the state of the random number generator. */
export const MIN_SEED = 0
export const MAX_SEED = 0xffff_ffff

// Comparison and board pack.

/** Scenarios in one comparison or board pack: the base and five others. */
export const MAX_COMPARED_SCENARIOS = 6

// Calendar.

/**
 * The years a plan may cover, from its first quarter to its last. Wide enough for any real plan
 * and for history typed in by hand, narrow enough that every quarter label has four digits, so
 * labels and quarter numbers convert both ways exactly.
 */
export const MIN_PLAN_YEAR = 1900
export const MAX_PLAN_YEAR = 2200
