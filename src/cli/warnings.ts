// The planner's warnings (docs/model.md pitfalls) for the CLI: on stderr for people, in the JSON for
// scripts. Warnings never change the exit code; the plan is valid, just questionable.
import type { Pitfall } from '../core/pitfalls'
import type { CliIo } from './io'

export function printWarnings(warnings: readonly Pitfall[], io: CliIo): void {
  for (const w of warnings) {
    io.err(`${w.severity}: ${w.quarters}: ${w.title}: ${w.detail} (${w.field})\n`)
  }
}
