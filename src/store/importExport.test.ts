// Pure parsing and serialising of import/export files: no database involved.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../core/defaultScenario'
import { serializeScenario } from '../core/scenario'
import { inputErrors } from '../../test/db/helpers'
import { parseImport, serializeExportAll } from './importExport'

const errorsOf = (text: string) => inputErrors(() => parseImport(text))

const actual = { quarter: 2, people: 1, tools: 2, programs: 3, hires: 1, capabilities: [], note: '' }

describe('parseImport', () => {
  it('reads a single scenario file as one scenario without actuals', () => {
    expect(parseImport(serializeScenario(DEFAULT_SCENARIO))).toEqual([{ document: DEFAULT_SCENARIO, actuals: [] }])
  })

  it('reads back exactly what serializeExportAll wrote', () => {
    const bundles = [{ document: DEFAULT_SCENARIO, actuals: [actual] }, { document: { ...DEFAULT_SCENARIO, name: 'Copy' }, actuals: [] }]
    expect(parseImport(serializeExportAll(bundles))).toEqual(bundles)
  })

  it('reads a file that starts with a UTF-8 byte-order mark, as Windows editors save it', () => {
    expect(parseImport(`\uFEFF${serializeScenario(DEFAULT_SCENARIO)}`)).toEqual([{ document: DEFAULT_SCENARIO, actuals: [] }])
  })

  it('accepts actuals beyond the horizon of a plan shortened after they were recorded', () => {
    const later = { ...actual, quarter: DEFAULT_SCENARIO.quarters + 3 }
    expect(parseImport(serializeExportAll([{ document: DEFAULT_SCENARIO, actuals: [later] }]))).toEqual([
      { document: DEFAULT_SCENARIO, actuals: [later] }
    ])
  })

  it('reads an export file with no scenarios as nothing to import', () => {
    expect(parseImport('{"format":"rampart-export","version":1,"scenarios":[]}')).toEqual([])
  })

  it('reports invalid JSON at the root', async () => {
    expect(await errorsOf('{"format": "rampart-scenario",')).toEqual([
      { path: '(root)', message: expect.stringMatching(/^not valid JSON: /) }
    ])
  })

  it('prefixes problems inside an export file with the scenario they belong to', async () => {
    const file = JSON.stringify({
      format: 'rampart-export', version: 1, extra: 1,
      scenarios: [
        { document: DEFAULT_SCENARIO, actuals: [actual, { ...actual, hires: -1 }, actual] },
        { document: { ...DEFAULT_SCENARIO, quarters: 'many' } },
        { actuals: [] },
        'not an entry'
      ]
    })
    expect(await errorsOf(file)).toEqual([
      { path: 'extra', message: 'unknown field' },
      { path: 'scenarios[0].actuals[1].hires', message: '-1 must be at least 0' },
      { path: 'scenarios[0].actuals[2].quarter', message: 'quarter 2 already has actuals at scenarios[0].actuals[0]' },
      { path: 'scenarios[1].document.quarters', message: 'expected a number, received "many"' },
      { path: 'scenarios[2].document', message: 'is required' },
      { path: 'scenarios[3]', message: 'expected an object with "document" and "actuals"' }
    ])
  })

  it('refuses an export file from a newer Rampart', async () => {
    expect(await errorsOf('{"format":"rampart-export","version":2,"scenarios":[]}')).toEqual([
      { path: 'version', message: '2 is newer than this version of Rampart understands (1); update Rampart to import it' }
    ])
  })

  it('summarises beyond fifty problems instead of listing thousands', async () => {
    const scenarios = Array.from({ length: 80 }, () => ({ document: { ...DEFAULT_SCENARIO, quarters: 0 } }))
    const errors = await errorsOf(JSON.stringify({ format: 'rampart-export', version: 1, scenarios }))
    expect(errors).toHaveLength(51)
    expect(errors[50]).toEqual({ path: '(root)', message: 'and 30 more problems' })
  })
})
