// Per-line actuals and actuals imports on a real SQLite file: lines round-trip in order, stay
// within their category, and an import is all or nothing (a refused one leaves every table as it was).
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { QuarterActual } from '../core/actuals'
import { InputError } from '../core/inputError'
import { openStore, smallScenario, tempDir } from '../../test/db/helpers'
import { parseImport } from '.'

const dir = tempDir()
let counter = 0

const withLines: QuarterActual = {
  quarter: 1, people: 75_000, tools: 20_000.5, programs: 0, hires: 1, capabilities: ['siem'], note: 'Q2',
  lines: [
    { category: 'tools', line: 'siem', amount: 12_000.25 },
    { category: 'people', line: 'security-engineer', amount: 60_000 },
    { category: 'tools', line: 'edr', amount: 8_000.25 }
  ]
}

/** Every row of every table, in a stable order: what "the database's content" means here. */
function contents(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]
    return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]))
  } finally {
    db.close()
  }
}

function errorsOf(action: () => unknown): { path: string; message: string }[] {
  try {
    action()
  } catch (error) {
    if (error instanceof InputError) return error.errors
    throw error
  }
  throw new Error('expected an InputError')
}

async function freshStore() {
  const file = join(dir, `lines-${++counter}.db`)
  const store = await openStore(file)
  const { id } = store.createScenario(smallScenario())
  return { file, store, id }
}

describe('per-line actuals in the store', () => {
  it('keeps the lines of a quarter, in their order and to the cent, and replaces them on the next save', async () => {
    const { store, id } = await freshStore()
    expect(store.saveActual(id, withLines)).toEqual([withLines])
    const { lines: _dropped, ...withoutLines } = withLines
    expect(store.saveActual(id, { ...withoutLines, note: 'no detail' })).toEqual([{ ...withoutLines, note: 'no detail' }])
    store.close()
  })

  it('refuses lines that add up to more than their category, writing nothing', async () => {
    const { file, store, id } = await freshStore()
    const before = contents(file)
    expect(errorsOf(() => store.saveActual(id, { ...withLines, tools: 20_000 }))).toEqual([{ path: 'tools',
      message: '20000 is less than the 20000.5 its lines add up to; the lines of a category may not add up to more than its total' }])
    expect(contents(file)).toBe(before)
    store.close()
  })

  it('exports the lines with their quarter and imports them back identically', async () => {
    const { store, id } = await freshStore()
    store.saveActual(id, withLines)
    const [bundle] = parseImport(store.exportAll())
    expect(bundle.actuals).toEqual([withLines])
    const [copy] = store.importBundles([bundle])
    expect(store.listActuals(copy.id)).toEqual([withLines])
    store.close()
  })

  it('goes with its quarter when the scenario is deleted for good', async () => {
    const { file, store, id } = await freshStore()
    store.saveActual(id, withLines)
    store.deleteScenario(id)
    store.emptyBin()
    store.close()
    const db = new Database(file, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM actual_lines').pluck().get()).toBe(0)
    db.close()
  })
})

describe('importActuals', () => {
  const mapping = { quarter: 0, line: 1, amount: 2, category: null }

  it('writes every quarter and remembers the mapping for the header row, in one transaction', async () => {
    const { store, id } = await freshStore()
    store.saveActual(id, { ...withLines, quarter: 0 })
    const imported: QuarterActual[] = [
      { quarter: 0, people: 1, tools: 2, programs: 3, hires: 0, capabilities: [], note: '' },
      withLines
    ]
    expect(store.importActuals(id, imported, { signature: '["period","account","amount"]', mapping })).toEqual(imported)
    expect(store.rememberedMapping('["period","account","amount"]')).toEqual(mapping)
    expect(store.rememberedMapping('["other"]')).toBeNull()
    store.close()
  })

  it('refuses the whole import for one bad quarter: every table is as it was, mapping included', async () => {
    const { file, store, id } = await freshStore()
    store.saveActual(id, withLines)
    const before = contents(file)
    const errors = errorsOf(() => store.importActuals(id, [
      { quarter: 0, people: 1, tools: 2, programs: 3, hires: 0, capabilities: [], note: '' },
      { ...withLines, quarter: 2, people: 10 },
      { ...withLines, quarter: 8 }
    ], { signature: '["a"]', mapping }))
    expect(errors).toEqual([
      { path: '2026-Q3: people', message: '10 is less than the 60000 its lines add up to; the lines of a category may not add up to more than its total' },
      { path: 'actuals[2]: quarter', message: '8 is outside the 8-quarter horizon' }
    ])
    expect(contents(file)).toBe(before)
    expect(store.rememberedMapping('["a"]')).toBeNull()
    store.close()
  })
})
