// `rampart db import-actuals` through the real built command, on real database and CSV/XLSX files in
// a temporary folder: every row or none, row-numbered messages, exit 2, the mapping remembered.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { rampartIn, smallScenario, tempDir } from './helpers'

const dir = tempDir()
let counter = 0

const rampart = rampartIn(dir)

function databaseWithPlan(): string {
  const db = join(dir, `actuals-${++counter}.db`)
  const plan = join(dir, `plan-${counter}.json`)
  writeFileSync(plan, JSON.stringify(smallScenario('Actuals plan', {
    programs: [{ name: 'Pen test', quarter: 1, amount: 40_000, recurrence: 'annual' }]
  })))
  expect(rampart('db', 'import', plan, '--db', db).code).toBe(0)
  return db
}

const csv = (name: string, text: string): string => {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

const MAP = 'quarter=Period,line=Account,amount=Amount'

describe('rampart db import-actuals', () => {
  it('refuses a file with one bad row by its row number, exit 2, the database unchanged', () => {
    const db = databaseWithPlan()
    const before = fileHash(db)
    const bad = csv('bad.csv', 'Period,Account,Amount\n2026-Q1,Senior security engineer (AI experience),"$60,000"\n2026-Q2,SIEM,"12,3x"\n')
    const run = rampart('db', 'import-actuals', '1', bad, '--map', MAP, '--db', db)
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${bad}: row 3: amount "12,3x" is not a number\nnothing was imported\n` })
    expect(fileHash(db)).toBe(before)
  })

  it('imports a good file, lists its quarters, and remembers the mapping for the next file with the same headers', () => {
    const db = databaseWithPlan()
    const good = csv('good.csv', 'Period,Account,Amount\n2026-Q1,security-engineer,"$60,000.50"\nQ2 2026,Pen test,"40,000"\n2026-Q2,Tools,250\n2026-Q2,siem,"1,250"\n')
    expect(rampart('db', 'import-actuals', '1', good, '--map', MAP, '--db', db)).toEqual({
      code: 0, stderr: '', stdout: `imported 4 rows of actuals from ${good} into scenario 1: 2026-Q1, 2026-Q2\n`
    })
    const exported = join(dir, `exported-${counter}.json`)
    expect(rampart('db', 'export', 'all', '--out', exported, '--db', db).code).toBe(0)
    expect(JSON.parse(readFileSync(exported, 'utf8')).scenarios[0].actuals).toEqual([
      { quarter: 0, people: 60000.5, tools: 0, programs: 0, hires: 0, capabilities: [], note: '',
        lines: [{ category: 'people', line: 'security-engineer', amount: 60000.5 }] },
      { quarter: 1, people: 0, tools: 1500, programs: 40000, hires: 0, capabilities: [], note: '',
        lines: [{ category: 'tools', line: 'siem', amount: 1250 }, { category: 'programs', line: 'Pen test', amount: 40000 }] }
    ])
    // Same headers in another letter case: no --map needed any more.
    const next = csv('next.csv', 'PERIOD,account,Amount\n2026-Q3,CISO,1000\n')
    expect(rampart('db', 'import-actuals', '1', next, '--db', db)).toMatchObject({ code: 0, stdout: expect.stringMatching(/2026-Q3\n$/) })
  })

  it('reads an XLSX export with number and date cells', async () => {
    const db = databaseWithPlan()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('GL')
    sheet.addRow(['Period', 'Category', 'Amount'])
    sheet.addRow([new Date(Date.UTC(2026, 5, 30)), 'People', 12345.67])
    const file = join(dir, 'export.xlsx')
    await workbook.xlsx.writeFile(file)
    expect(rampart('db', 'import-actuals', '1', file, '--map', 'quarter=Period,category=Category,amount=Amount', '--db', db))
      .toEqual({ code: 0, stderr: '', stdout: `imported 1 row of actuals from ${file} into scenario 1: 2026-Q2\n` })
  })

  it('asks for a mapping for headers it has not seen, suggesting one, and names a bad --map', () => {
    const db = databaseWithPlan()
    const file = csv('new-headers.csv', 'Posting period,GL account,Amount (USD)\n2026-Q1,CISO,1\n')
    expect(rampart('db', 'import-actuals', '1', file, '--db', db)).toEqual({ code: 2, stdout: '', stderr:
      `--map: no mapping is remembered for the headers of ${file} ("Posting period", "GL account", "Amount (USD)"); ` +
      'give one, such as --map quarter=Posting period,line=GL account,amount=Amount (USD)\n' })
    expect(rampart('db', 'import-actuals', '1', file, '--map', 'quarter=When,amount=Amount (USD),line=GL account', '--db', db)).toEqual({
      code: 2, stdout: '', stderr: '--map: the file has no column headed "When" (its headers: "Posting period", "GL account", "Amount (USD)")\n'
    })
    expect(rampart('db', 'import-actuals', 'x', file, '--db', db)).toMatchObject({ code: 2, stderr: 'ID: "x" is not a scenario id (see `rampart db list`)\n' })
    expect(rampart('db', 'import-actuals', '9', file, '--map', 'quarter=Posting period,line=GL account,amount=Amount (USD)', '--db', db))
      .toEqual({ code: 2, stdout: '', stderr: 'id: there is no scenario 9\nnothing was imported\n' })
  })
})
