// The files this run of Rampart has exported, so the window can ask main to open one or show it
// in its folder. The page names a file by the path main handed it after writing; main opens only
// such a path, and only while it is still the regular file it wrote (not moved, deleted, or
// replaced by a folder or a link). Nothing the page makes up can be opened this way.
import { extname } from 'node:path'
import { InputError } from '../core/inputError'
import { kindOf, notRegularFileReason } from '../files/fileKinds'

/** What an export writes: the workbook, the deck, scenario files and chart images. */
const OPENABLE_EXTENSIONS = new Set(['.xlsx', '.pptx', '.json', '.png'])

export class WrittenFiles {
  private readonly paths = new Set<string>()

  record(path: string): void {
    this.paths.add(path)
  }

  /** Throws InputError (at `path`) unless `path` is an export of this run, still a regular file. */
  assertStillThere(path: string): void {
    if (!this.paths.has(path)) {
      throw InputError.at('path', 'is not a file Rampart exported since it started; only those can be opened from the window')
    }
    const kind = kindOf(path, { followLinks: false })
    if (kind === 'missing') throw InputError.at('path', `${path} is no longer there: it was moved or deleted after the export`)
    if (kind !== 'file') throw InputError.at('path', `${path} ${notRegularFileReason(kind)}`)
  }

  /** As assertStillThere, and of a kind an export writes, so opening it starts the right app, never a program. */
  assertOpenable(path: string): void {
    this.assertStillThere(path)
    if (!OPENABLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      throw InputError.at('path', `${path} is not a workbook, deck, scenario file or image, so Rampart does not open it; use Show in folder`)
    }
  }
}
