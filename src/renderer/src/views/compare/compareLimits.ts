// How many scenarios a comparison (and the board pack, which compares the same way) holds.

/** Scenarios compared with the base: six in all. */
export const MAX_OTHERS = 5
