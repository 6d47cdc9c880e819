// Whether two paths name the same file, under any spelling, link or symlinked folder, and in
// either case where the file system ignores case. Used to keep writes off files Rampart owns.
import { realpathSync, statSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/** Windows and macOS file systems ignore case by default: "Rampart.DB" there is "rampart.db". */
const FOLD_CASE = process.platform === 'win32' || process.platform === 'darwin'

/**
 * The absolute path with symlinks resolved (of the file when it exists, else of its folder),
 * case-folded where the file system ignores case.
 */
export function canonicalPath(file: string): string {
  const path = resolve(file)
  const real = realPathOrNull(path) ?? join(realPathOrNull(dirname(path)) ?? dirname(path), basename(path))
  return FOLD_CASE ? real.toLowerCase() : real
}

/** True when `a` and `b` are one file: the same canonical path, or (hard links) the same inode. */
export function isSameFile(a: string, b: string): boolean {
  if (canonicalPath(a) === canonicalPath(b)) return true
  const [statA, statB] = [statOrNull(a), statOrNull(b)]
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync.native(path)
  } catch {
    return null
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}
