// The switch that turns a start into a smoke run (src/main/smoke.ts), read before anything else
// so the run can keep its data apart. Kept apart from the run itself, which is loaded only when
// the switch is given.
export const SMOKE_SWITCH = '--rampart-smoke='

/** The smoke folder named on the command line, or null; never for an installed app. */
export function smokeFolderFrom(argv: readonly string[], packaged: boolean): string | null {
  if (packaged) return null
  const folder = argv.find((arg) => arg.startsWith(SMOKE_SWITCH))?.slice(SMOKE_SWITCH.length)
  return folder ? folder : null
}
