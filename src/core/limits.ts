// Every size limit Rampart enforces, in one place: the CLI, the IPC payload schemas, the store and
// the renderer all read them from here.

/** Dropped or imported files larger than this are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
