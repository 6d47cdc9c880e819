// Every size limit Rampart enforces, in one place: the CLI, the IPC payload schemas, the store and
// the renderer all read them from here.

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

// Calendar.

/**
 * The years a plan may cover, from its first quarter to its last. Wide enough for any real plan
 * and for history typed in by hand, narrow enough that every quarter label has four digits, so
 * labels and quarter numbers convert both ways exactly.
 */
export const MIN_PLAN_YEAR = 1900
export const MAX_PLAN_YEAR = 2200
