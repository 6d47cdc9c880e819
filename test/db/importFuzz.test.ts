// Import fuzzing: random and mutated scenario files must be rejected with a path that names the
// problem, and the database must be exactly as it was afterwards.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/core/defaultScenario'
import { formatPath } from '../../src/core/scenario'
import { InputError } from '../../src/core/inputError'
import type { ScenarioStore } from '../../src/store'
import { MAX_IMPORT_BYTES } from '../../src/core/limits'
import { openStore, smallScenario, tempDir } from './helpers'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const file = join(tempDir(), 'fuzz.db')
const store: ScenarioStore = await openStore(file)
const seeded = store.createScenario(DEFAULT_SCENARIO)
store.saveActual(seeded.id, { quarter: 0, people: 1, tools: 2, programs: 3, hires: 1, capabilities: ['siem'], note: 'n' })
store.createScenario(smallScenario())
afterAll(() => store.close())

const snapshot = (): string => {
  const raw = new Database(file, { readonly: true })
  const counts = ['scenarios', 'revisions', 'actuals', 'schema_migrations']
    .map((table) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get())
  raw.close()
  return JSON.stringify({ counts, all: store.exportAll(), bin: store.listBin() })
}
const before = snapshot()

/** Imports `text`, expects a rejection, and returns its errors; checks the database is unchanged. */
function rejectedErrors(text: string): { path: string; message: string }[] {
  let errors: { path: string; message: string }[] | null = null
  try {
    store.importScenarios(text)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    errors = error.errors
  }
  expect(errors, `accepted: ${text.slice(0, 200)}`).not.toBeNull()
  expect(errors!.length).toBeGreaterThan(0)
  for (const e of errors!) {
    expect(e.path).toMatch(/\S/)
    expect(e.message).toMatch(/\S/)
  }
  expect(snapshot()).toBe(before)
  return errors!
}

function pathsOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value }]
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...path, i])))
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k])))
  }
  return here
}

function setAt(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement
  const copy = structuredClone(root) as Record<string | number, Json>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  parent[path[path.length - 1]] = replacement
  return copy
}

const kindOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
/** Values of another JSON type; number and string never swap, since `tools[].point` takes both. */
const REPLACEMENTS: Json[] = [true, false, null, [], {}, [1, 2], { x: 1 }, 'text', 42]
const wrongTypeFor = (original: Json, pick: number): Json => {
  const options = REPLACEMENTS.filter((r) => {
    const [a, b] = [kindOf(r), kindOf(original)]
    return a !== b && !(a === 'number' && b === 'string') && !(a === 'string' && b === 'number')
  })
  return options[pick % options.length]
}

/**
 * The default plan carries every version 2 field but an approved budget (fiscal year start, glide
 * budget, people costs, existing hires, needs, deadlines, IT budget, uncertainty); the third base
 * approves a budget per fiscal year. The batch test below uses the first two.
 */
const BASES: Json[] = [
  DEFAULT_SCENARIO as unknown as Json, smallScenario() as unknown as Json,
  { ...DEFAULT_SCENARIO, budget: { mode: 'amounts', amounts: [2027, 2028, 2029, 2030, 2031, 2032].map((fiscalYear) => ({ fiscalYear, amount: 2_000_000 })) } } as unknown as Json
]
const MARKER = '__rampart_fuzz_marker__'

/** A mutation: the text to import and the path at which a problem must be reported. */
interface Mutation { text: string; expectedPath: string | null }

function mutate(base: Json, pick: number, kind: string, size: number): Mutation {
  const all = pathsOf(base)
  const leaves = all.filter((p) => p.path.length > 0 && (p.value === null || typeof p.value !== 'object'))
  const objects = all.filter((p) => kindOf(p.value) === 'object')
  const numbers = leaves.filter((p) => typeof p.value === 'number')
  const leaf = leaves[pick % leaves.length]
  const object = objects[pick % objects.length]
  const number = numbers[pick % numbers.length]
  const withMarker = (path: Path, marker: Json = MARKER) => JSON.stringify(setAt(base, path, marker))
  switch (kind) {
    case 'wrong type':
      return { text: JSON.stringify(setAt(base, leaf.path, wrongTypeFor(leaf.value, size))), expectedPath: formatPath(leaf.path) }
    case 'unknown key':
      return { text: JSON.stringify(setAt(base, [...object.path, `extra${size}`], 1)), expectedPath: formatPath([...object.path, `extra${size}`]) }
    case '__proto__ key':
      return {
        text: withMarker([...object.path, MARKER], { polluted: true }).replace(`"${MARKER}"`, '"__proto__"'),
        expectedPath: formatPath([...object.path, '__proto__'])
      }
    case 'NaN':
      return { text: withMarker(number.path).replace(`"${MARKER}"`, ['NaN', 'Infinity', '-Infinity', 'undefined'][size % 4]), expectedPath: '(root)' }
    case 'huge number':
      return { text: withMarker(number.path).replace(`"${MARKER}"`, ['1e400', '-1e400', '1e300', '9007199254740993e10'][size % 4]), expectedPath: formatPath(number.path) }
    case 'deep nesting': {
      const depth = 1000 + (size % 50_000)
      const [open, close] = size % 2 === 0 ? ['[', ']'] : ['{"a":', '}']
      return { text: withMarker(leaf.path).replace(`"${MARKER}"`, open.repeat(depth) + '1' + close.repeat(depth)), expectedPath: formatPath(leaf.path) }
    }
    case 'truncated': {
      const text = JSON.stringify(base)
      return { text: text.slice(0, size % text.length), expectedPath: '(root)' }
    }
    default:
      throw new Error(`unknown mutation ${kind}`)
  }
}

const KINDS = ['wrong type', 'unknown key', '__proto__ key', 'NaN', 'huge number', 'deep nesting', 'truncated']

describe('import fuzzing', () => {
  it('starts from bases that import, with every version 2 field among their paths', async () => {
    const paths = new Set(BASES.flatMap((b) => pathsOf(b).map((p) => formatPath(p.path.map((k) => (typeof k === 'number' ? 0 : k))))))
    for (const path of ['fiscalYearStart', 'peopleCosts.overheadPercent', 'peopleCosts.recruitingFeePercent', 'hires[0].existing',
      'capabilities[0].needs[0]', 'deadlines[0].name', 'deadlines[0].quarter', 'deadlines[0].capabilities[0]', 'deadlines[0].hard',
      'itBudget[0].value', 'uncertainty.salaryPercent', 'uncertainty.revenuePercent', 'uncertainty.hiringSlip[0]',
      'uncertainty.attritionPercent', 'budget.amounts[0].fiscalYear', 'budget.amounts[0].amount']) {
      expect(paths, path).toContain(path)
    }
    const scratch = await openStore(join(tempDir(), 'bases.db'))
    for (const base of BASES) expect(() => scratch.importScenarios(JSON.stringify(base))).not.toThrow()
    scratch.close()
  })

  it('rejects mutated scenario files with the path of the problem, leaving the database unchanged', async () => {
    fc.assert(fc.property(
      fc.constantFrom(...BASES), fc.nat(), fc.constantFrom(...KINDS), fc.nat(),
      (base, pick, kind, size) => {
        const { text, expectedPath } = mutate(base, pick, kind, size)
        const paths = rejectedErrors(text).map((e) => e.path)
        expect(paths).toContain(expectedPath)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }
    ), { numRuns: 400 })
  })

  it('rejects a whole "export all" batch when one of its scenarios is mutated', async () => {
    fc.assert(fc.property(
      fc.nat(), fc.constantFrom(...KINDS.filter((k) => k !== 'truncated' && k !== 'NaN')), fc.nat(), fc.nat({ max: 2 }),
      (pick, kind, size, position) => {
        const { text, expectedPath } = mutate(BASES[pick % 2], pick, kind, size)
        const entries = [0, 1, 2].map((i) => (i === position ? `{"document":${text}}` : `{"document":${JSON.stringify(BASES[i % 2])}}`))
        const file = `{"format":"rampart-export","version":1,"scenarios":[${entries.join(',')}]}`
        const paths = rejectedErrors(file).map((e) => e.path)
        const prefix = `scenarios[${position}].document`
        expect(paths).toContain(expectedPath === '(root)' ? prefix : `${prefix}.${expectedPath}`)
      }
    ), { numRuns: 150 })
  })

  it('rejects random bytes and random JSON values', async () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      rejectedErrors(Buffer.from(bytes).toString('latin1'))
    }), { numRuns: 150 })
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      rejectedErrors(JSON.stringify(value) ?? 'null')
    }), { numRuns: 150 })
  })

  it('rejects a file beyond the size limit without parsing it', async () => {
    const errors = rejectedErrors(' '.repeat(MAX_IMPORT_BYTES + 1))
    expect(errors).toEqual([{ path: '(root)', message: `${MAX_IMPORT_BYTES + 1} bytes is more than the ${MAX_IMPORT_BYTES}-byte import limit` }])
  })

  it('measures the size limit in UTF-8 bytes, as the file is on disk', async () => {
    // Half as many characters as the limit, each two bytes in UTF-8, between two quotes.
    const errors = rejectedErrors(`"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"`)
    expect(errors[0].message).toBe(`${MAX_IMPORT_BYTES + 2} bytes is more than the ${MAX_IMPORT_BYTES}-byte import limit`)
  })
})
