import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { PLAN_TEMPLATES, SAMPLE_SCENARIO } from '../../../core/planTemplates'
import type { ScenarioDoc } from '../../../core/scenario'
import { MAX_IMPORT_BYTES } from '../../../core/limits'
import type { ScenarioSummary, StoredScenario } from '../../../shared'
import { createRampartClient } from '../ipc/client'
import { failed, fakeRampart, ok, type FakeHandlers } from '../testing/fakeRampart'
import { memoryStorage } from '../testing/memoryStorage'
import type { View } from './navigation'
import { scenarioActions, type ScenarioActionContext } from './scenarioActions'
import { whatIfOrigin } from './whatIfs'

const SAVED_AT = '2026-03-01T09:00:00.000Z'

function summary(id: number, name: string): ScenarioSummary {
  return { id, name, revision: 1, updatedAt: SAVED_AT }
}

function stored(id: number, name: string): StoredScenario {
  return { ...summary(id, name), document: { ...DEFAULT_SCENARIO, name } }
}

/** The actions over a fake of main and a workspace that logs what was done to it. */
function setUp(handlers: FakeHandlers, options: { scenarios?: ScenarioSummary[]; openId?: number | null } = {}) {
  const fake = fakeRampart(handlers)
  const log: string[] = []
  const notices: string[] = []
  const storage = memoryStorage()
  const scenarios = options.scenarios ?? [summary(1, 'Base plan'), summary(2, 'Lean plan')]
  const openId = options.openId === undefined ? 1 : options.openId
  const context: ScenarioActionContext = {
    rampart: createRampartClient(fake.api, (text, tone) => void notices.push(`${tone}: ${text}`)),
    notify: (text, tone = 'info') => void notices.push(`${tone}: ${text}`),
    go: (view: View) => void log.push(`go ${view}`),
    storage,
    workspace: {
      scenarios,
      open: openId === null ? null : { id: openId, revision: 1, updatedAt: SAVED_AT },
      openScenario: async (id) => void log.push(`open ${id}`),
      closeScenario: async () => void log.push('close'),
      refreshList: async () => void log.push('refresh'),
      setField: (path, value) => void log.push(`set ${path}=${String(value)}`),
      flush: async () => void log.push('flush')
    }
  }
  return { fake, log, notices, storage, actions: scenarioActions(context) }
}

describe('scenario commands', () => {
  it('duplicates the open scenario from what is stored: its edits are saved first, the copy gets a free name and opens in the editor', async () => {
    const { fake, log, notices, storage, actions } = setUp(
      { 'scenario/duplicate': ({ name }) => ok(stored(3, name)) },
      { scenarios: [summary(1, 'Base plan'), summary(2, 'Base plan - what-if')] }
    )
    await actions.duplicate(1, 'Base plan - what-if')
    expect(fake.calls).toEqual([{ channel: 'scenario/duplicate', arg: { id: 1, name: 'Base plan - what-if (2)' } }])
    expect(log).toEqual(['flush', 'refresh', 'open 3', 'go editor'])
    expect(notices).toEqual(['success: Created the what-if "Base plan - what-if (2)"'])
    // Compare will take the original, not the copy now open, as its base.
    expect(whatIfOrigin(storage, 3)).toBe(1)
  })

  it('reports a refused duplicate and opens nothing', async () => {
    const { log, notices, storage, actions } = setUp({ 'scenario/duplicate': () => failed('name', 'is longer than 200 characters') })
    await actions.duplicate(2, 'Lean plan - what-if')
    expect(log).toEqual([])
    expect(storage.items.size).toBe(0)
    expect(notices).toEqual(['error: Could not duplicate: Scenario name is longer than 200 characters'])
  })

  it('renames the open scenario as an edit, and another one by saving its stored document under the new name', async () => {
    const { fake, log, actions } = setUp({
      'scenario/get': (id) => ok(stored(id, 'Lean plan')),
      'scenario/save': ({ id, document }) => ok(stored(id, document.name))
    })
    await expect(actions.rename(1, 'Base, renamed')).resolves.toBe(true)
    expect(log).toEqual(['set name=Base, renamed'])
    expect(fake.calls).toEqual([])
    await expect(actions.rename(2, 'Leaner')).resolves.toBe(true)
    expect(fake.channels()).toEqual(['scenario/get', 'scenario/save'])
    expect(fake.calls[1].arg).toEqual({ id: 2, document: { ...DEFAULT_SCENARIO, name: 'Leaner' } })
    expect(log).toEqual(['set name=Base, renamed', 'refresh'])
  })

  it('keeps the old name when main cannot read the scenario, and says why', async () => {
    const { fake, notices, actions } = setUp({ 'scenario/get': () => failed('id', 'no scenario has id 2') })
    await expect(actions.rename(2, 'Leaner')).resolves.toBe(false)
    expect(fake.channels()).toEqual(['scenario/get'])
    expect(notices).toEqual(['error: Could not rename: id: no scenario has id 2'])
  })

  it('opens the next scenario when the open one goes to the bin, and none after the last', async () => {
    const bin = [{ ...summary(1, 'Base plan'), deletedAt: SAVED_AT }]
    const next = setUp({ 'scenario/delete': () => ok(bin), 'scenario/list': () => ok([summary(2, 'Lean plan')]) })
    await next.actions.remove(1)
    expect(next.log).toEqual(['flush', 'open 2', 'refresh'])
    expect(next.notices).toEqual(['info: Moved "Base plan" to the bin'])

    const last = setUp({ 'scenario/delete': () => ok(bin), 'scenario/list': () => ok([]) }, { scenarios: [summary(1, 'Base plan')] })
    await last.actions.remove(1)
    expect(last.log).toEqual(['flush', 'close', 'refresh'])
  })

  it('leaves the open scenario alone when another one is deleted', async () => {
    const { fake, log, actions } = setUp({ 'scenario/delete': () => ok([]) })
    await actions.remove(2)
    expect(fake.channels()).toEqual(['scenario/delete'])
    expect(log).toEqual(['refresh'])
  })

  it('refuses a dropped file over the import limit without reading it or calling main', async () => {
    const { fake, notices, actions } = setUp({})
    let read = false
    await actions.importDropped({
      name: 'huge.json', size: MAX_IMPORT_BYTES + 1,
      text: async () => {
        read = true
        return ''
      }
    })
    expect(read).toBe(false)
    expect(fake.calls).toEqual([])
    // One byte over the limit rounds to the same tenth of a megabyte.
    const limit = `${(MAX_IMPORT_BYTES / (1024 * 1024)).toFixed(1)} MB`
    expect(notices).toEqual([`error: huge.json was not imported: it is ${limit}, and scenario files can be at most ${limit}.`])
  })

  it('imports a dropped file and opens the last scenario it held', async () => {
    const { fake, log, notices, actions } = setUp({
      'file/importDropped': () => ok({ imported: [summary(4, 'From Ana'), summary(5, 'From Ben')] })
    })
    await actions.importDropped(new File(['{"format":"rampart-scenario"}'], 'plans.json'))
    expect(fake.calls).toEqual([{ channel: 'file/importDropped', arg: { name: 'plans.json', text: '{"format":"rampart-scenario"}' } }])
    expect(log).toEqual(['refresh', 'open 5'])
    expect(notices).toEqual(['success: Imported "From Ana", "From Ben"'])
  })

  it('says nothing when the user cancels a native dialog', async () => {
    const { log, notices, actions } = setUp({ 'file/import': () => ok({ canceled: true }), 'file/exportAll': () => ok({ canceled: true }) })
    await actions.importFiles()
    await actions.exportAll()
    expect(log).toEqual(['flush'])
    expect(notices).toEqual([])
  })

  it('hands back the path an export wrote, so the window can offer to open it, and nothing when cancelled', async () => {
    const { log, notices, actions } = setUp({ 'file/exportScenario': () => ok({ canceled: false, path: '/home/ana/plan.json' }), 'file/exportAll': () => ok({ canceled: true }) })
    await expect(actions.exportScenario(1)).resolves.toBe('/home/ana/plan.json')
    await expect(actions.exportAll()).resolves.toBeNull()
    expect(log).toEqual(['flush', 'flush'])
    expect(notices).toEqual(['success: Saved /home/ana/plan.json'])
  })

  it('creates a blank scenario under a free name and opens it in the editor', async () => {
    const { fake, log, notices, actions } = setUp(
      { 'scenario/create': (document) => ok({ ...summary(6, document.name), document }) },
      { scenarios: [summary(1, 'New scenario')] }
    )
    await actions.createNew()
    expect((fake.calls[0].arg as { name: string }).name).toBe('New scenario (2)')
    expect(log).toEqual(['refresh', 'open 6', 'go editor'])
    expect(notices).toEqual(['success: Created "New scenario (2)"'])
  })

  it('starts from the sample under its own dates and name, and opens its dashboard', async () => {
    const { fake, log, notices, actions } = setUp({ 'scenario/create': (document) => ok({ ...summary(7, document.name), document }) })
    await actions.startFrom({ kind: 'sample' })
    expect(fake.calls).toEqual([{ channel: 'scenario/create', arg: SAMPLE_SCENARIO }])
    expect(log).toEqual(['refresh', 'open 7', 'go dashboard'])
    expect(notices).toEqual(['success: Created "Sample: DataFlow AI - Base"'])
  })

  it('starts from a template in the current quarter, under a free name, and opens it in the editor', async () => {
    const seriesA = PLAN_TEMPLATES.find((t) => t.stage === 'series-a')!.document
    const { fake, log, actions } = setUp(
      { 'scenario/create': (document) => ok({ ...summary(8, document.name), document }) },
      { scenarios: [summary(1, 'Series A plan')] }
    )
    await actions.startFrom({ kind: 'template', stage: 'series-a' })
    const created = fake.calls[0].arg as ScenarioDoc
    const today = new Date()
    expect(created).toEqual({ ...seriesA, name: 'Series A plan (2)', start: `${today.getFullYear()}-Q${Math.floor(today.getMonth() / 3) + 1}` })
    expect(log).toEqual(['refresh', 'open 8', 'go editor'])
  })

  it('opens nothing when main refuses the new scenario', async () => {
    const { log, notices, actions } = setUp({ 'scenario/create': () => failed('(root)', 'the database is full') })
    await actions.startFrom({ kind: 'template', stage: 'seed' })
    expect(log).toEqual([])
    expect(notices).toEqual(['error: Could not create the scenario: the database is full'])
  })
})
