// Every size limit Rampart enforces, in one place: the CLI, the IPC payload schemas, the store and
// the renderer all read them from here.

/** Dropped or imported files larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

// Calendar.

/**
 * The years a plan may cover, from its first quarter to its last. Wide enough for any real plan
 * and for history typed in by hand, narrow enough that every quarter label has four digits, so
 * labels and quarter numbers convert both ways exactly.
 */
export const MIN_PLAN_YEAR = 1900
export const MAX_PLAN_YEAR = 2200
