// The maxima round trip: whatever Rampart writes, it reads back. A database at its limit
// (MAX_STORED_SCENARIOS scenarios, each with its actuals just under MAX_EXPORT_ENTRY_BYTES in an
// export) exports to one "Export all" file that imports into another database unchanged; one byte
// or one scenario more is refused on the way in, with a sentence, before anything is written.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { QuarterActual } from '../../src/core/actuals'
import { MAX_EXPORT_ENTRY_BYTES, MAX_IMPORT_BYTES, MAX_STORED_SCENARIOS } from '../../src/core/limits'
import type { ScenarioDoc } from '../../src/core/scenario'
import { exportEntryBytes, type ScenarioBundle } from '../../src/store/importExport'
import { openStore } from '../db/helpers'
import { minimalScenario } from '../fixtures/scenarios'
import { maximumPlan } from '../fixtures/maximumPlan'
import { rampartInProcess } from './hostile'
import { tempDir } from '../fixtures/tempDir'

// A hundred megabytes go to disk and back: in memory where the machine allows, to keep it quick.
const dir = tempDir('rampart-maxima-', { inMemory: true })
const QUARTERS = 80

/** Actuals in every quarter with the longest notes; `character` sets how heavy each note is in JSON. */
function fullActuals(character: string): QuarterActual[] {
  return Array.from({ length: QUARTERS }, (_, quarter) => ({
    quarter, people: 123_456_789.12, tools: 98_765_432.1, programs: 1_000_000, hires: 10, capabilities: [], note: character.repeat(2000)
  }))
}

/** A scenario whose entry in an export is as close under the limit as a program line allows. */
function bundleJustUnderTheLimit(name: string): ScenarioBundle {
  const document: ScenarioDoc = { ...minimalScenario({ name, quarters: QUARTERS }), version: 2, programs: [] }
  // Control characters: JSON writes each as six bytes, so few lines reach the limit.
  const bundle = { document, actuals: fullActuals('\u0001') }
  const program = (i: number) => ({ name: `${'P'.repeat(190)} ${String(i).padStart(5, '0')}`, quarter: 0, amount: 1, recurrence: 'once' as const })
  while (exportEntryBytes({ ...bundle, document: { ...document, programs: [...document.programs!, program(document.programs!.length)] } }) <= MAX_EXPORT_ENTRY_BYTES) {
    document.programs!.push(program(document.programs!.length))
  }
  return bundle
}

describe('the maxima round trip', () => {
  it('the largest plan (1,000 hires, tools and programs over 80 quarters) with full notes every quarter fits one entry', async () => {
    const bundle = { document: maximumPlan(), actuals: fullActuals('x') }
    expect(exportEntryBytes(bundle)).toBeLessThan(MAX_EXPORT_ENTRY_BYTES)
    const store = await openStore(join(dir, 'largest.db'))
    expect(store.importBundles([bundle])).toHaveLength(1)
    store.close()
  })

  it(`a full database (${MAX_STORED_SCENARIOS} scenarios at the entry limit) exports and imports back unchanged`, async () => {
    const full = join(dir, 'full.db')
    const store = await openStore(full)
    const entry = bundleJustUnderTheLimit('At the limit')
    expect(exportEntryBytes(entry)).toBeGreaterThan(MAX_EXPORT_ENTRY_BYTES - 400)
    store.importBundles(Array.from({ length: MAX_STORED_SCENARIOS }, (_, i) => ({ ...entry, document: { ...entry.document, name: `At the limit ${i}` } })))
    // One more scenario, or one more line in one of them, is refused and changes nothing.
    expect(() => store.createScenario(minimalScenario({ name: 'One too many' }))).toThrow(/holds at most 100 scenarios, counting the bin/)
    const [first] = store.listScenarios().slice(-1)
    const longer = { ...entry.document, name: first.name, programs: [...entry.document.programs!, entry.document.programs![0]] }
    expect(() => store.saveScenario(first.id, longer)).toThrow(/would take 1(\.\d+)? MB in an export, more than the 1 MB one scenario may/)
    expect(store.getScenario(first.id).revision).toBe(1)
    store.close()

    const file = join(dir, 'everything.json')
    expect(await rampartInProcess(['db', 'export', 'all', '--out', file, '--db', full])).toMatchObject({ code: 0 })
    const size = statSync(file).size
    expect(size).toBeGreaterThan(MAX_IMPORT_BYTES - MAX_STORED_SCENARIOS * 400)
    expect(size).toBeLessThanOrEqual(MAX_IMPORT_BYTES)
    const copy = join(dir, 'copy.db')
    expect(await rampartInProcess(['db', 'import', file, '--db', copy])).toMatchObject({ code: 0 })
    const again = join(dir, 'again.json')
    expect(await rampartInProcess(['db', 'export', 'all', '--out', again, '--db', copy])).toMatchObject({ code: 0 })
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true)
  })
})
