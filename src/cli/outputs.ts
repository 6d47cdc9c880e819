// Options shared by the commands that write a board pack or a deck: where (--out, never over an
// existing file without --force) and on which paper.
import { InputError } from '../core/inputError'
import { isPaper, paperForLocale, PAPERS, type Paper } from '../core/paper'
import type { ParsedArgs } from './args'
import { checkOutputFile } from './io'

/** The --out path, checked: the right extension, a folder that exists, nothing there unless
 * --force says to replace a file; and whether to replace it. */
export function outputPath(args: ParsedArgs, extension: string, usage: string): { out: string; replace: boolean } {
  const out = args.options.get('out')
  if (out === undefined || args.positional.length === 0) throw InputError.whole(`usage: rampart ${usage}`)
  if (!out.toLowerCase().endsWith(extension)) throw InputError.at('--out', `${JSON.stringify(out)} must end in ${extension}`)
  const replace = args.flags.has('force')
  checkOutputFile(out, '--out', replace)
  return { out, replace }
}

/** --paper, or the paper of the locale the command runs in (LC_ALL, LC_PAPER, LANG, then the
 * runtime's own locale). */
export function paperOption(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): Paper {
  const given = args.options.get('paper')
  if (given !== undefined) {
    if (!isPaper(given)) throw InputError.at('--paper', `${JSON.stringify(given)} must be ${PAPERS.join(' or ')}`)
    return given
  }
  return paperForLocale(env.LC_ALL || env.LC_PAPER || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale)
}
