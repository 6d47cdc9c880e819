// Real CSV and XLSX files written to a temporary folder and read back as an export of actuals.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError } from '../core/inputError'
import { MAX_ACTUALS_IMPORT_ROWS } from '../core/limits'
import { readActualsTable } from './actualsTable'

const dir = mkdtempSync(join(tmpdir(), 'rampart-actuals-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A ZIP package of one deflated part, written field by field (CRC left 0: only the sizes are read). */
function zipOf(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content)
  const fileName = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(fileName.length, 28)
  const directoryOffset = local.length + fileName.length + packed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + fileName.length, 12)
  end.writeUInt32LE(directoryOffset, 16)
  return Buffer.concat([local, fileName, packed, central, fileName, end])
}

async function errorsOf(path: string): Promise<string[]> {
  try {
    await readActualsTable(path)
  } catch (error) {
    if (error instanceof InputError) return error.errors.map((e) => `${e.path}: ${e.message}`)
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readActualsTable, CSV', () => {
  it('reads quoted fields, embedded commas and line breaks, a byte-order mark and a final line break', async () => {
    const file = join(dir, 'export.csv')
    writeFileSync(file, '\uFEFFPeriod,Account,Amount\r\n2027-Q1,CISO,"$75,000.00"\r\n"2027-Q1","Pen test,\nexternal","=1+2"\r\n\r\n2027-Q2,SIEM,(500)\r\n')
    expect(await readActualsTable(file)).toEqual({
      headers: ['Period', 'Account', 'Amount'],
      rows: [
        ['2027-Q1', 'CISO', '$75,000.00'],
        ['2027-Q1', 'Pen test,\nexternal', '=1+2'],
        [null],
        ['2027-Q2', 'SIEM', '(500)']
      ]
    })
  })

  it('detects semicolons and tabs, and reads Windows-1252 and UTF-16 text', async () => {
    const semicolons = join(dir, 'semicolons.csv')
    writeFileSync(semicolons, 'Quarter;Line;Amount\n2027-Q1;Tools;1200\n')
    expect((await readActualsTable(semicolons)).rows).toEqual([['2027-Q1', 'Tools', '1200']])
    const latin = join(dir, 'latin.csv')
    writeFileSync(latin, Buffer.from([...Buffer.from('Quarter,Line,Amount\n2027-Q1,Tools,'), 0xa3, ...Buffer.from('12\n')]))
    expect((await readActualsTable(latin)).rows).toEqual([['2027-Q1', 'Tools', '£12']])
    const utf16 = join(dir, 'unicode.txt')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Quarter\tLine\tAmount\r\n2027-Q1\tTools\t€5\r\n', 'utf16le')]))
    expect(await readActualsTable(utf16)).toEqual({ headers: ['Quarter', 'Line', 'Amount'], rows: [['2027-Q1', 'Tools', '€5']] })
  })

  it('names empty headers by their column letter', async () => {
    const file = join(dir, 'blank-header.csv')
    writeFileSync(file, 'Quarter,,Amount\n2027-Q1,Tools,1\n')
    expect((await readActualsTable(file)).headers).toEqual(['Quarter', 'Column B', 'Amount'])
  })

  it('refuses a broken quote, too many rows, another kind of file and no header', async () => {
    const broken = join(dir, 'broken.csv')
    writeFileSync(broken, 'Quarter,Line,Amount\n2027-Q1,"Tools,1\n')
    expect(await errorsOf(broken)).toEqual([`${broken}: row 2: Quoted field unterminated`])
    const long = join(dir, 'long.csv')
    writeFileSync(long, 'Quarter,Line,Amount\n' + '2027-Q1,Tools,1\n'.repeat(MAX_ACTUALS_IMPORT_ROWS + 1))
    expect(await errorsOf(long)).toEqual([`${long}: has more than 10,000 rows of actuals; split it by year`])
    writeFileSync(join(dir, 'exactly.csv'), 'Quarter,Line,Amount\n' + '2027-Q1,Tools,1\n'.repeat(MAX_ACTUALS_IMPORT_ROWS) + '\n\n')
    expect((await readActualsTable(join(dir, 'exactly.csv'))).rows).toHaveLength(MAX_ACTUALS_IMPORT_ROWS)
    const json = join(dir, 'plan.json')
    writeFileSync(json, '{}')
    expect(await errorsOf(json)).toEqual([`${json}: is not a CSV (.csv) or Excel (.xlsx) file`])
    const empty = join(dir, 'empty.csv')
    writeFileSync(empty, '')
    expect(await errorsOf(empty)).toEqual([`${empty}: has no header row: its first row names the columns`])
  })

  it('refuses a file larger than the limit before parsing it', async () => {
    const big = join(dir, 'big.csv')
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))
    expect(await errorsOf(big)).toEqual([`${big}: is larger than the 5 MB limit for a CSV of actuals`])
  })

  it('refuses a folder, a FIFO, a device and a link to a FIFO with a sentence, without hanging', async () => {
    const special = join(dir, 'special')
    mkdirSync(special)
    const folder = join(special, 'folder.csv')
    mkdirSync(folder)
    const fifo = join(special, 'fifo.csv')
    execFileSync('mkfifo', [fifo])
    const device = join(special, 'device.xlsx')
    execFileSync('mknod', [device, 'c', '1', '3'])
    const link = join(special, 'link.csv')
    symlinkSync(fifo, link)
    expect(await errorsOf(folder)).toEqual([`${folder}: is a folder, not a file`])
    expect(await errorsOf(fifo)).toEqual([`${fifo}: is a named pipe (FIFO), not a regular file`])
    expect(await errorsOf(device)).toEqual([`${device}: is a character device, not a regular file`])
    expect(await errorsOf(link)).toEqual([`${link}: is a named pipe (FIFO), not a regular file`])
  })
})

describe('readActualsTable, XLSX', () => {
  it('reads the first sheet: text stays text, dates become dates, formulas give their saved value', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Actuals')
    workbook.addWorksheet('Other').addRow(['ignored'])
    sheet.addRow(['Period', 'Account', 'Amount'])
    sheet.addRow(['2027-Q1', 'CISO', 75000.5])
    sheet.addRow([new Date(Date.UTC(2027, 2, 31)), { richText: [{ text: 'Pen ' }, { text: 'test' }] }, '=1+2'])
    sheet.addRow(['Q2 2027', 'SIEM', { formula: 'B1*2', result: 1200 }])
    sheet.addRow(['Q2 2027', 'EDR', { formula: 'B1*3' }])
    sheet.addRow([])
    const file = join(dir, 'export.xlsx')
    await workbook.xlsx.writeFile(file)
    expect(await readActualsTable(file)).toEqual({
      headers: ['Period', 'Account', 'Amount'],
      rows: [
        ['2027-Q1', 'CISO', 75000.5],
        ['2027-03-31', 'Pen test', '=1+2'],
        ['Q2 2027', 'SIEM', 1200],
        ['Q2 2027', 'EDR', '=B1*3']
      ]
    })
  })

  it('refuses a file that is not a workbook, and one that unpacks to more than the limit', async () => {
    const fake = join(dir, 'fake.xlsx')
    writeFileSync(fake, 'Period,Amount\n')
    expect(await errorsOf(fake)).toEqual([`${fake}: is not an Excel workbook (.xlsx), or it is damaged`])
    // 25 MB of zeros deflate to about 25 KB: a package far under the file limit that unpacks far over it.
    const bomb = join(dir, 'bomb.xlsx')
    writeFileSync(bomb, zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(25 * 1024 * 1024)))
    expect(await errorsOf(bomb)).toEqual([`${bomb}: unpacks to 25 MB, more than the 20 MB limit for a workbook of actuals; ` +
      'save only the sheet of actuals, or export it as CSV'])
  })
})
