// Errors a handler may throw that the window should show as they are: the handler's own
// (UserFacingError) and the database's input errors (DbInputError, recognised by shape so this
// file does not load the database module).
import type { FieldError } from '../../shared/ipc'

export class UserFacingError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
    this.name = 'UserFacingError'
  }

  static at(path: string, message: string): UserFacingError {
    return new UserFacingError([{ path, message }])
  }
}

/** The field errors an error carries, or null when it is an unexpected failure. */
export function toFieldErrors(error: unknown): FieldError[] | null {
  if (!(error instanceof Error)) return null
  const errors = (error as { errors?: unknown }).errors
  if (!Array.isArray(errors) || errors.length === 0) return null
  if (!errors.every(isFieldError)) return null
  return errors.map((e) => ({ path: e.path, message: e.message }))
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null &&
    typeof (value as FieldError).path === 'string' && typeof (value as FieldError).message === 'string'
}
