// How many scenarios the comparison view compares with its base.
import { MAX_COMPARED_SCENARIOS } from '../../../../core/limits'

/** The others beside the base, within the limit of one comparison. */
export const MAX_OTHERS = MAX_COMPARED_SCENARIOS - 1
