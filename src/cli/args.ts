// A small argument parser: positional arguments, boolean flags and `--name value` options.
import {
  DEFAULT_SAMPLES, DEFAULT_SEED, MAX_COMPARED_SCENARIOS, MAX_SAMPLES, MAX_SEED, MIN_SAMPLES, MIN_SEED
} from '../core/limits'
import { InputError } from '../core/inputError'

export interface ParsedArgs {
  positional: string[]
  flags: Set<string>
  options: Map<string, string>
}

export interface ArgSpec {
  flags?: readonly string[]
  options?: readonly string[]
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg)
      continue
    }
    const [name, inlineValue] = arg.slice(2).split(/=(.*)/s, 2)
    if (spec.flags?.includes(name)) {
      parsed.flags.add(name)
    } else if (spec.options?.includes(name)) {
      const value = inlineValue ?? argv[++i]
      if (value === undefined) throw InputError.at(`--${name}`, 'needs a value')
      parsed.options.set(name, value)
    } else {
      throw InputError.at(`--${name}`, 'unknown option')
    }
  }
  return parsed
}

function integerOption(
  args: ParsedArgs, name: string, fallback: number, min: number, max: number
): number {
  const raw = args.options.get(name)
  if (raw === undefined) return fallback
  // Plain decimal digits only: Number() would also take "0x10", " 5", "1e3" and "".
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isInteger(value) || value < min || value > max) {
    throw InputError.at(`--${name}`, `${JSON.stringify(raw)} must be a whole number from ${min} to ${max}`)
  }
  return value
}

/** `--samples N` and `--seed S`, within the limits every simulation in Rampart shares. */
export function simulationOptions(args: ParsedArgs): { samples: number; seed: number } {
  return {
    samples: integerOption(args, 'samples', DEFAULT_SAMPLES, MIN_SAMPLES, MAX_SAMPLES),
    seed: integerOption(args, 'seed', DEFAULT_SEED, MIN_SEED, MAX_SEED)
  }
}

/** Refuses more scenario files than a comparison or board pack holds. */
export function checkScenarioCount(files: readonly string[], what: string): void {
  if (files.length > MAX_COMPARED_SCENARIOS) {
    throw InputError.whole(`${what} takes at most ${MAX_COMPARED_SCENARIOS} scenario files (the base and ` +
      `${MAX_COMPARED_SCENARIOS - 1} others), received ${files.length}`)
  }
}
