// Progress on stderr for the commands that can run long (a million samples, six maximum-size plans):
// shown when asked for with --progress, or by itself on a terminal once a run has taken about a
// second. It is a line per tenth of the run rather than one line redrawn, because everything the
// CLI writes to a terminal has its control characters escaped, carriage returns included. It never
// goes to stdout, so --json output stays exactly the JSON.
import type { ParsedArgs } from './args'
import type { CliIo } from './io'

/** How long a run on a terminal goes on before it reports progress by itself. */
export const PROGRESS_AFTER_MS = 1000
const STEPS = 10

export class Progress {
  /** The last tenth reported; -1 before the first line. */
  private shownStep = -1
  private readonly started: number

  /**
   * `what` names the run ("simulating"); `asked` is --progress; `now` is the clock (tests pass
   * their own).
   */
  constructor(
    private readonly io: CliIo, private readonly what: string, private readonly asked: boolean,
    private readonly now: () => number = Date.now
  ) {
    this.started = now()
  }

  /** Reports `fraction` (0 to 1) of the run done, with `detail` after the percentage. */
  report(fraction: number, detail: string): void {
    const step = Math.floor(Math.min(1, Math.max(0, fraction)) * STEPS)
    if (step <= this.shownStep) return
    const shown = this.asked || (this.io.errIsTerminal === true && this.now() - this.started >= PROGRESS_AFTER_MS)
    if (!shown) return
    this.shownStep = step
    this.io.err(`rampart: ${this.what} ${step * (100 / STEPS)}%${detail ? ` ${detail}` : ''}\n`)
  }

  /** A simulation's progress callback: `done` of `samples` samples drawn. */
  readonly samples = (done: number, samples: number): void => {
    this.report(done / samples, `(${done.toLocaleString('en-US')} of ${samples.toLocaleString('en-US')} samples)`)
  }
}

/** The progress of a command that takes the --progress flag. */
export function progressFor(args: ParsedArgs, io: CliIo, what: string): Progress {
  return new Progress(io, what, args.flags.has('progress'))
}
