import { describe, expect, it } from 'vitest'
import type { QuarterActual } from './actuals'
import {
  guessMapping, headerSignature, inActualsFile, mappingFromText, mergeImportedActuals, readActualsRows, type ActualsTable, type ColumnMapping
} from './actualsImport'
import type { ScenarioDoc } from './scenario'

const plan: ScenarioDoc = {
  format: 'rampart-scenario', version: 2, name: 'Import plan', start: '2027-Q1', quarters: 8, fiscalYearStart: 2,
  headcount: [{ quarter: 0, value: 120 }], revenue: [{ quarter: 0, value: 30_000_000 }],
  budget: { mode: 'fixed', fixedPercent: 4 },
  hires: [{ role: 'ciso', count: 1, quarter: 0, annualCost: 300_000 }],
  tools: [{ tool: 'siem', quarter: 0, low: 40_000, high: 60_000 }],
  programs: [{ name: 'Pen test', quarter: 1, amount: 50_000, recurrence: 'annual' }]
}

const byLine: ColumnMapping = { quarter: 0, line: 1, amount: 2, category: null }
const table = (rows: (string | number | null)[][]): ActualsTable => ({ headers: ['Period', 'Account', 'Amount'], rows })

describe('readActualsRows', () => {
  it('refuses a line whose rows, credits included, add up to less than zero', () => {
    const reading = readActualsRows(table([
      ['2027-Q1', 'CISO', '$75,000.00'],
      ['Q1 2027', 'siem', '12,500'],
      ['2027-03-31', 'Tools', '1,000'],
      [null, null, null],
      ['2027 Q2', 'pen test', '50000'],
      ['FY2027 Q4', 'ciso', 80000],
      ['2027-Q2', 'CISO', '(5,000)']
    ]), byLine, plan)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    // The credit leaves the CISO line below zero in 2027-Q2: named with its row.
    expect(reading.errors).toEqual([
      { path: '2027-Q2 people', message: 'its rows (row 8) add up to -5000, below zero' },
      { path: '2027-Q2 people "ciso"', message: 'its rows (row 8) add up to -5000, below zero' }
    ])
  })

  it('sums rows into category totals with their lines, resolving names, ids and every spelling of a quarter', () => {
    const reading = readActualsRows(table([
      ['2027-Q1', 'CISO', '$75,000.00'],
      ['Q1 2027', 'siem', '12,500'],
      ['2027-03-31', 'Tools', '1,000'],
      [null, '', null],
      ['2027 Q2', 'pen test', '50000'],
      ['FY2027 Q4', 'ciso', 80000]
    ]), byLine, plan)
    expect(reading).toEqual({ ok: true, rows: 5, quarters: [
      { quarter: 0, label: '2027-Q1', categories: {
        people: { total: 155000, lines: [{ category: 'people', line: 'ciso', amount: 155000 }] },
        tools: { total: 13500, lines: [{ category: 'tools', line: 'siem', amount: 12500 }] }
      } },
      { quarter: 1, label: '2027-Q2', categories: {
        programs: { total: 50000, lines: [{ category: 'programs', line: 'Pen test', amount: 50000 }] }
      } }
    ] })
  })

  it('names every bad row by its spreadsheet row number, and returns nothing to write', () => {
    const reading = readActualsRows(table([
      ['2027-Q1', 'CISO', '1000'],
      ['2027-Q1', 'CISO', '12,3x'],
      ['2031-Q1', 'Janitor', '=1+2'],
      ['2027-Q1', 'People', '']
    ]), byLine, plan)
    expect(reading).toEqual({ ok: false, errors: [
      { path: 'row 3', message: 'amount "12,3x" is not a number' },
      { path: 'row 4', message: 'quarter 2031-Q1 is outside the plan (2027-Q1 to 2028-Q4); line "Janitor" is not a category ' +
        '(people, tools, programs), a role or tool of the catalog, or a program of this plan; amount "=1+2" is not a number' },
      { path: 'row 5', message: 'amount is empty' }
    ] })
  })

  it('with a category column, takes any program name (unplanned spend) and checks roles and tools against the catalog', () => {
    const mapping: ColumnMapping = { quarter: 0, category: 1, line: 2, amount: 3 }
    const rows: ActualsTable = { headers: ['Quarter', 'Category', 'Line', 'Amount'], rows: [
      ['2027-Q1', 'programs', 'Red team', '20,000'],
      ['2027-Q1', 'People', null, '5000'],
      ['2027-Q1', 'people', 'Plumber', '1'],
      ['2027-Q1', 'travel', 'x', '1']
    ] }
    expect(readActualsRows(rows, mapping, plan)).toEqual({ ok: false, errors: [
      { path: 'row 4', message: 'line "Plumber" is not a role of the catalog (see `rampart catalog`)' },
      { path: 'row 5', message: 'category "travel" is not people, tools or programs' }
    ] })
    expect(readActualsRows({ ...rows, rows: rows.rows.slice(0, 2) }, mapping, plan)).toEqual({ ok: true, rows: 2, quarters: [
      { quarter: 0, label: '2027-Q1', categories: {
        people: { total: 5000, lines: [] },
        programs: { total: 20000, lines: [{ category: 'programs', line: 'Red team', amount: 20000 }] }
      } }
    ] })
  })

  it('refuses a category credit that leaves its lines above the total', () => {
    const reading = readActualsRows(table([
      ['2027-Q1', 'CISO', '1000'],
      ['2027-Q1', 'People', '(400)']
    ]), byLine, plan)
    expect(reading).toEqual({ ok: false, errors: [{ path: '2027-Q1 people', message: 'its lines add up to 1000, more than the ' +
      "category's total of 600 (rows 2, 3): a credit for the category as a whole is larger than what is not itemised" }] })
  })

  it('refuses a file with a header and no rows, and a mapping that does not fit', () => {
    expect(readActualsRows(table([[null, null, null]]), byLine, plan)).toEqual({ ok: false,
      errors: [{ path: '(root)', message: 'the file has no rows of actuals below its header row' }] })
    expect(readActualsRows(table([]), { quarter: 0, amount: 0, category: null, line: 5 }, plan)).toEqual({ ok: false, errors: [
      { path: 'mapping.line', message: "column 5 is not one of the file's 3 columns" },
      { path: 'mapping.amount', message: 'column "Period" is already mapped to quarter' }
    ] })
  })

  it('sums up the problems past the fiftieth row', () => {
    const reading = readActualsRows(table(Array.from({ length: 60 }, () => ['2027-Q1', 'CISO', 'x'])), byLine, plan)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.errors).toHaveLength(51)
    expect(reading.errors[50]).toEqual({ path: '', message: 'and 10 more rows with problems; check the column mapping' })
  })
})

describe('mappings', () => {
  it('gives the same signature to the same headers whatever their case or padding', () => {
    expect(headerSignature([' Period', 'AMOUNT '])).toBe(headerSignature(['period', 'amount']))
    expect(headerSignature(['Period', 'Amount'])).not.toBe(headerSignature(['Amount', 'Period']))
  })

  it('guesses a mapping from common header names', () => {
    expect(guessMapping(['Posting period', 'GL account', 'Amount (USD)'])).toEqual({ quarter: 0, amount: 2, category: null, line: 1 })
    expect(guessMapping(['Quarter', 'Category', 'Line item', 'Actual'])).toEqual({ quarter: 0, amount: 3, category: 1, line: 2 })
  })

  it('reads a mapping given by header names on the command line', () => {
    expect(mappingFromText('quarter=period,line=Account,amount=AMOUNT', ['Period', 'Account', 'Amount']))
      .toEqual({ ok: true, mapping: { quarter: 0, line: 1, amount: 2, category: null } })
    expect(mappingFromText('quarter=When,amount=Amount,colour=red', ['Period', 'Account', 'Amount'])).toEqual({ ok: false, errors: [
      { path: '--map', message: 'the file has no column headed "When" (its headers: "Period", "Account", "Amount")' },
      { path: '--map', message: '"colour=red" is not FIELD=HEADER with FIELD one of quarter, category, line, amount' }
    ] })
    expect(mappingFromText('quarter=Period,amount=Amount', ['Period', 'Account', 'Amount'])).toEqual({ ok: false,
      errors: [{ path: '--map', message: 'map a category column, a line column or both' }] })
  })
})

describe('inActualsFile', () => {
  it('names rows and quarters by the file, and leaves the scenario id, the mapping and summaries alone', () => {
    expect(inActualsFile('ledger.csv', [
      { path: 'row 7', message: 'amount "12,3x" is not a number' },
      { path: '2027-Q1 people', message: 'm' },
      { path: '(root)', message: 'the file has no rows of actuals below its header row' },
      { path: 'id', message: 'there is no scenario 9' },
      { path: 'mapping.line', message: 'm' },
      { path: '', message: 'and 3 more rows with problems; check the column mapping' }
    ])).toEqual([
      { path: 'ledger.csv: row 7', message: 'amount "12,3x" is not a number' },
      { path: 'ledger.csv: 2027-Q1 people', message: 'm' },
      { path: 'ledger.csv', message: 'the file has no rows of actuals below its header row' },
      { path: 'id', message: 'there is no scenario 9' },
      { path: 'mapping.line', message: 'm' },
      { path: '', message: 'and 3 more rows with problems; check the column mapping' }
    ])
  })
})

describe('mergeImportedActuals', () => {
  it('replaces the categories in the file and keeps the rest of a recorded quarter', () => {
    const recorded: QuarterActual[] = [{
      quarter: 0, people: 100, tools: 200, programs: 300, hires: 2, capabilities: ['siem'], note: 'kept',
      lines: [{ category: 'tools', line: 'siem', amount: 150 }, { category: 'people', line: 'ciso', amount: 100 }]
    }]
    expect(mergeImportedActuals(recorded, [
      { quarter: 0, label: '2027-Q1', categories: { people: { total: 500, lines: [] } } },
      { quarter: 3, label: '2027-Q4', categories: { tools: { total: 70, lines: [{ category: 'tools', line: 'edr', amount: 70 }] } } }
    ])).toEqual([
      { quarter: 0, people: 500, tools: 200, programs: 300, hires: 2, capabilities: ['siem'], note: 'kept',
        lines: [{ category: 'tools', line: 'siem', amount: 150 }] },
      { quarter: 3, people: 0, tools: 70, programs: 0, hires: 0, capabilities: [], note: '',
        lines: [{ category: 'tools', line: 'edr', amount: 70 }] }
    ])
  })
})
