// A small argument parser: positional arguments, boolean flags and `--name value` options.
import { UserError } from './io'

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
      if (value === undefined) throw new UserError(`--${name}: needs a value`)
      parsed.options.set(name, value)
    } else {
      throw new UserError(`--${name}: unknown option`)
    }
  }
  return parsed
}

export function integerOption(
  args: ParsedArgs, name: string, fallback: number, min: number, max: number
): number {
  const raw = args.options.get(name)
  if (raw === undefined) return fallback
  // Plain decimal digits only: Number() would also take "0x10", " 5", "1e3" and "".
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`--${name}: ${JSON.stringify(raw)} must be a whole number from ${min} to ${max}`)
  }
  return value
}
