// What a ZIP package (an .xlsx workbook) says its parts unpack to, read from its central directory
// without unpacking anything: a small file can unpack to gigabytes, and exceljs unpacks a whole
// workbook into memory, so an import checks this before handing the file to it.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_FILE_HEADER = 0x02014b50
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff
const ZIP64_MARKER = 0xffffffff

/** The sum of the unpacked sizes the package declares, or null when `bytes` is not a ZIP package this can read. */
export function declaredUnpackedBytes(bytes: Buffer): number | null {
  const end = findEndRecord(bytes)
  if (end === null) return null
  const entries = bytes.readUInt16LE(end + 10)
  const directoryOffset = bytes.readUInt32LE(end + 16)
  let offset = directoryOffset
  let total = 0
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return null
    const unpacked = bytes.readUInt32LE(offset + 24)
    // A ZIP64 entry (4 GB and more) has no place in an export of actuals.
    if (unpacked === ZIP64_MARKER) return null
    total += unpacked
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
  }
  return total
}

function findEndRecord(bytes: Buffer): number | null {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_RECORD_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at
  }
  return null
}
