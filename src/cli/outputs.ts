// Options shared by the commands that write a board pack or deck: where (--out, never over an
// existing file without --force), on which paper, and how the simulation runs.
import { existsSync } from 'node:fs'
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from '../core'
import { isPaper, paperForLocale, PAPERS, type Paper } from '../boardpack'
import { integerOption, type ParsedArgs } from './args'
import { checkOutputFile, UserError } from './io'

/** The --out path, checked: the right extension, a folder that exists, not an existing file
 * unless --force says to replace it. */
export function outputPath(args: ParsedArgs, extension: string, usage: string): string {
  const out = args.options.get('out')
  if (out === undefined || args.positional.length === 0) throw new UserError(`usage: rampart ${usage}`)
  if (!out.toLowerCase().endsWith(extension)) throw new UserError(`--out: ${JSON.stringify(out)} must end in ${extension}`)
  checkOutputFile(out)
  if (existsSync(out) && !args.flags.has('force')) {
    throw new UserError(`--out: ${out} already exists; add --force to replace it`)
  }
  return out
}

export function simulationOptions(args: ParsedArgs): { samples: number; seed: number } {
  return {
    samples: integerOption(args, 'samples', DEFAULT_SAMPLES, 1, MAX_SAMPLES),
    seed: integerOption(args, 'seed', DEFAULT_SEED, 0, 0xffffffff)
  }
}

/** --paper, or the paper of the locale the command runs in (LC_ALL, LC_PAPER, LANG, then the
 * runtime's own locale). */
export function paperOption(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): Paper {
  const given = args.options.get('paper')
  if (given !== undefined) {
    if (!isPaper(given)) throw new UserError(`--paper: ${JSON.stringify(given)} must be ${PAPERS.join(' or ')}`)
    return given
  }
  const locale = env.LC_ALL || env.LC_PAPER || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale
  return paperForLocale(locale)
}
