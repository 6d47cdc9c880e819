// What a CLI command may touch. Commands get it as a parameter so tests can capture output.
import { readFileSync, statSync } from 'node:fs'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

/** A problem with the user's input: exit 2, message only, nothing written. */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024

export function readTextFile(path: string): string {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new UserError(`${path}: file not found`)
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UserError(`${path}: ${size} bytes is larger than the ${MAX_INPUT_BYTES}-byte limit`)
  }
  return readFileSync(path, 'utf8')
}
