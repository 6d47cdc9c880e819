import type { ValidationError } from '../core/scenario'

/** Prefixes every path, e.g. with `scenarios[2].document` for a scenario inside an export file. */
export function withPathPrefix(prefix: string, errors: readonly ValidationError[]): ValidationError[] {
  return errors.map((e) => ({
    message: e.message,
    path: e.path === '(root)' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`
  }))
}
