// Reading a file the user named, safely whatever it turns out to be: opened without blocking (a
// FIFO with no writer would stall the open for ever), checked on the open descriptor to be a
// regular file (so a swap after any earlier check changes nothing), and read with a hard byte cap
// whatever its size claims to be (a device reports 0 and never ends).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { kindOf, kindOfStats, notRegularFileReason } from './fileKinds'
import { InputError } from '../core/inputError'
import { reasonForFileError } from './fileErrors'

const CHUNK_BYTES = 1024 * 1024

/**
 * The bytes of the regular file at `path`; throws InputError for anything else or beyond
 * `maxBytes` (`limitName` names that limit in the message).
 */
export function readFileCapped(path: string, maxBytes: number, limitName = 'import limit'): Buffer {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0))
  } catch (error) {
    const dangling = (error as { code?: unknown }).code === 'ENOENT' && kindOf(path) === 'dangling link'
    throw InputError.at(path, dangling ? notRegularFileReason('dangling link') : readFailure(error))
  }
  try {
    const kind = kindOfStats(fstatSync(fd))
    if (kind !== 'file') throw InputError.at(path, notRegularFileReason(kind))
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total))
      const read = readSync(fd, chunk, 0, chunk.length, null)
      if (read === 0) break
      chunks.push(chunk.subarray(0, read))
      total += read
      if (total > maxBytes) throw InputError.at(path, `is larger than the ${formatBytes(maxBytes)} ${limitName}`)
    }
    return Buffer.concat(chunks, total)
  } catch (error) {
    throw error instanceof InputError ? error : InputError.at(path, readFailure(error))
  } finally {
    closeSync(fd)
  }
}

/**
 * The text of a UTF-8 file (a byte-order mark is kept: the JSON reader, src/core/jsonText.ts,
 * drops it); a UTF-16 file, or bytes that are not UTF-8 at all, are refused with a sentence saying
 * so instead of a JSON error full of NULs.
 */
export function readTextFileCapped(path: string, maxBytes: number): string {
  return decodeUtf8(readFileCapped(path, maxBytes), path)
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  if (looksLikeUtf16(bytes)) throw InputError.at(path, 'is UTF-16 text; save it as UTF-8 and try again')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw InputError.at(path, 'is not UTF-8 text; save it as UTF-8 (a JSON file) and try again')
  }
  if (text.includes('\0')) throw InputError.at(path, 'contains NUL bytes, so it is not a text file')
  return text
}

/** A UTF-16 byte-order mark, or the NUL in every other byte that UTF-16 gives ASCII text. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true
  const sample = bytes.subarray(0, 64)
  if (sample.length < 4) return false
  let nulsAtEven = 0
  let nulsAtOdd = 0
  sample.forEach((byte, i) => {
    if (byte === 0 && i % 2 === 0) nulsAtEven++
    if (byte === 0 && i % 2 === 1) nulsAtOdd++
  })
  const half = Math.floor(sample.length / 2)
  return nulsAtEven >= half * 0.75 || nulsAtOdd >= half * 0.75
}

function readFailure(error: unknown): string {
  if ((error as { code?: unknown }).code === 'ENOENT') return 'file not found'
  return `cannot be read: ${reasonForFileError(error) ?? (error instanceof Error ? error.message : String(error))}`
}

/** "20 MB", "20.03 MB", "512 KB" or "300 bytes" (binary units, as file managers count them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2).replace(/\.?0+$/, '')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}
