// A problem with a path the user gave that they can fix: it names the path and the cause in words
// (never an errno code or a temporary file's name). It carries `errors` as `{ path, message }` like
// every other input error, so the CLI and the window show it as they show validation messages.

export class FileProblem extends Error {
  readonly errors: { path: string; message: string }[]

  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`)
    this.name = 'FileProblem'
    this.errors = [{ path, message: reason }]
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'file not found',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the disk',
  ENAMETOOLONG: 'the name is too long for the file system',
  ELOOP: 'it is a loop of symbolic links',
  EISDIR: 'is a folder, not a file',
  EBUSY: 'is in use by another program',
  EIO: 'the disk reported an input/output error'
}

/** The sentence for a file-system error a user can act on, or null for one they cannot. */
export function reasonForFileError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : null
}

/** A FileProblem for `error` at `path` when the user can act on it; otherwise `error` itself. */
export function asFileProblem(error: unknown, path: string, doing: string): unknown {
  if (error instanceof FileProblem) return error
  const reason = reasonForFileError(error)
  return reason === null ? error : new FileProblem(path, `${doing}: ${reason}`)
}
