// Years at the edges: plans that start before 1900 or end after 2200 are refused by every command
// that reads a plan, with the path and the reason; plans at the edges themselves go all the way
// through, board pack included, with four-digit quarter labels.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { minimalScenario } from '../fixtures/scenarios'
import { commandsReadingPlan, NO_CRASH, rampartInProcess, snapshot } from './hostile'
import { tempDir } from '../fixtures/tempDir'

const dir = tempDir()

function planFile(name: string, start: string, quarters: number): string {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(minimalScenario({ name, start, quarters })))
  return file
}

describe('years at the edges', () => {
  it.each([
    ['0999-Q4', 8, 'start: "0999-Q4" is outside the years Rampart plans (1900–2200)'],
    ['0000-Q1', 8, 'start: "0000-Q1" is outside the years Rampart plans (1900–2200)'],
    ['0001-Q1', 8, 'start: "0001-Q1" is outside the years Rampart plans (1900–2200)'],
    ['9999-Q4', 80, 'start: "9999-Q4" is outside the years Rampart plans (1900–2200)'],
    ['2190-Q1', 80, 'quarters: 80 quarters from 2190-Q1 would end after 2200-Q4, the last quarter Rampart plans; plan at most 44 quarters or start earlier']
  ])('refuses a plan from %s over %i quarters everywhere it is read: exit 2, path and reason', async (start, quarters, reason) => {
    const file = planFile(`from-${start}`, start, quarters)
    const good = planFile('good', '2026-Q1', 8)
    const before = snapshot(dir)
    for (const args of commandsReadingPlan(file, good, dir)) {
      const run = await rampartInProcess(args)
      expect(run.code, args[0]).toBe(2)
      expect(run.stderr, args[0]).toContain(`${file}: ${reason}`)
      expect(run.stderr, args[0]).not.toMatch(NO_CRASH)
    }
    expect(snapshot(dir)).toEqual(before)
  })

  it('takes plans at the first and last plannable quarters through compare and the board pack', async () => {
    const first = planFile('first', '1900-Q1', 8)
    const last = planFile('last', '2181-Q1', 80)
    const compared = await rampartInProcess(['compare', first, last, '--samples', '100', '--json'])
    expect(compared.code, compared.stderr).toBe(0)
    const pack = join(dir, 'edges.xlsx')
    const exported = await rampartInProcess(['export', first, last, '--out', pack, '--samples', '100'])
    expect(exported.code, exported.stderr).toBe(0)
    expect(existsSync(pack)).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(pack)
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(' ')
    expect(text).toContain('1900-Q1')
    expect(text).toContain('2200-Q4')
    expect(text).not.toMatch(/\b\d{1,3}-Q[1-4]\b|\b\d{5,}-Q[1-4]\b/)
  })
})
