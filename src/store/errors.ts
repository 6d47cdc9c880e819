import { formatValidationError, type ValidationError } from '../core/scenario'

/**
 * Input the store refused, with every problem as `{ path, message }` so the window and the CLI
 * can show them as they are. Nothing is written when this is thrown.
 */
export class DbInputError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(errors.map(formatValidationError).join('\n'))
    this.name = 'DbInputError'
  }

  static single(path: string, message: string): DbInputError {
    return new DbInputError([{ path, message }])
  }
}

/** Prefixes every path, e.g. with `scenarios[2].document` for a scenario inside an export file. */
export function withPathPrefix(prefix: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({
    message: e.message,
    path: e.path === '(root)' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`
  }))
}
