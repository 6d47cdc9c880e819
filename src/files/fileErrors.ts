// File-system failures a user can act on, in words: never an errno code or a temporary file's name.
// Problems with a path are thrown as InputError at that path, like every other input Rampart refuses.

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
