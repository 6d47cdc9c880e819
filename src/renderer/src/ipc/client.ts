// The renderer's one way to main: the contract's calls (`window.rampart` in the app, a fake in unit
// tests) plus the app's one way of reporting a failed call. Every call resolves with an IpcResult
// and never rejects, so a failure is a value: `orReport` turns it into the error notice the app
// shows everywhere ("Could not delete: id: no scenario 7", in plain words with the paths in a
// details line) and hands the caller only the success.
import type { FieldError, IpcResult, RampartApi } from '../../../shared'
import { plainError } from '../session/plainErrors'

/** Shows a short message to the user (the notices at the bottom of the window), with a details line. */
export type Report = (text: string, tone: 'error', details?: string) => void

export interface FailureReporting {
  /** Reports `errors` as an error notice that starts with `failure` ("Could not restore"). */
  report: (failure: string, errors: readonly FieldError[]) => void
  /**
   * Waits for a call; its value on success, or null once the failure has been reported as
   * `report(failure, errors)` does. For callers with nothing else to do when a call fails.
   */
  orReport: <T>(failure: string, call: Promise<IpcResult<T>>) => Promise<T | null>
}

export type RampartClient = RampartApi & FailureReporting

export function createRampartClient(api: RampartApi, show: Report): RampartClient {
  // In plain words ("Revenue milestone 1 · annual run-rate must be at most 10T"); the paths and the
  // engine's own words go in the details line.
  const report = (failure: string, errors: readonly FieldError[]) =>
    show(`${failure}: ${errors.map((e) => plainError(e).text).join('; ')}`, 'error', describeErrors(errors))
  const orReport = async <T>(failure: string, call: Promise<IpcResult<T>>): Promise<T | null> => {
    const result = await call
    if (result.ok) return result.value
    report(failure, result.errors)
    return null
  }
  return { ...api, report, orReport }
}

/** The "path: message" parts of a failure, as one line; messages about the whole call stand alone. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.path === '(root)' ? e.message : `${e.path}: ${e.message}`)).join('; ')
}
