// The one error type for input Rampart refuses, whoever finds the problem: the engine's validators
// report problems as data, and the store, the CLI and the IPC handlers throw them as an InputError.
// The CLI prints its message and exits 2; IPC sends its `errors` to the window, which shows each
// next to its field. Anything else thrown is an unexpected failure, reported as such.
import { formatValidationError, type ValidationError } from './validationMessages'

export class InputError extends Error {
  readonly errors: ValidationError[]

  /** `errors` names every problem, so one attempt shows the user all there is to fix. */
  constructor(errors: readonly ValidationError[]) {
    super(errors.map(formatValidationError).join('\n'))
    this.name = 'InputError'
    this.errors = errors.map(({ path, message }) => ({ path, message }))
  }

  /** One problem at `path`. */
  static at(path: string, message: string): InputError {
    return new InputError([{ path, message }])
  }

  /** One problem with the input as a whole, such as a command line that does not fit its usage. */
  static whole(message: string): InputError {
    return new InputError([{ path: '', message }])
  }
}
