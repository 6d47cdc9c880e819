import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import type { ScenarioDoc } from '../../../core/scenario'
import type { FieldError, StoredScenario } from '../../../shared'
import { failed, fakeRampart, ok } from '../testing/fakeRampart'
import { memoryStorage } from '../testing/memoryStorage'
import { AUTOSAVE_DELAY_MS, createAutosaver, DRAFT_DELAY_MS, type AutosaveInput, type SaveState } from './autosaver'
import { draftKey, readDraft } from './drafts'

const ID = 7
const KEPT_AT = '2026-11-27T10:00:00.000Z'

/** An autosaver over a fake of main that stores what it is sent as the next revision. */
function setUp() {
  let revision = 1
  const fake = fakeRampart({
    'scenario/save': ({ id, document }) => ok({ id, name: document.name, revision: ++revision, updatedAt: KEPT_AT, document })
  })
  const storage = memoryStorage()
  const states: SaveState[] = []
  const saved: StoredScenario[] = []
  const rejected: FieldError[][] = []
  const autosaver = createAutosaver({ save: fake.api.scenarioSave, storage, onState: (s) => void states.push(s), now: () => KEPT_AT })
  let lastValid: ScenarioDoc = DEFAULT_SCENARIO
  /** What the workspace does after each edit: hands over the document, then reconciles. */
  const show = (doc: ScenarioDoc, errorCount = 0) => {
    if (errorCount === 0) lastValid = doc
    const input: AutosaveInput = {
      scenarioId: ID, doc, validDoc: lastValid, valid: errorCount === 0, errorCount, holdDraft: false,
      onSaved: (s) => void saved.push(s), onRejected: (e) => void rejected.push(e)
    }
    autosaver.setInput(input)
    autosaver.reconcile()
  }
  autosaver.markSaved(DEFAULT_SCENARIO, 1)
  show(DEFAULT_SCENARIO)
  states.length = 0
  return { fake, storage, states, saved, rejected, autosaver, show }
}

const sentDocuments = (fake: ReturnType<typeof fakeRampart>) => fake.calls.map((c) => (c.arg as { document: ScenarioDoc }).document)

describe('autosave of the open scenario', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves an edit once typing has paused, not on every keystroke', async () => {
    const { fake, states, saved, show } = setUp()
    show({ ...DEFAULT_SCENARIO, name: 'B' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    show({ ...DEFAULT_SCENARIO, name: 'Bo' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect(fake.calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(sentDocuments(fake).map((d) => d.name)).toEqual(['Bo'])
    expect(saved.map((s) => s.revision)).toEqual([2])
    expect(states.at(-1)).toEqual({ kind: 'saved', revision: 2 })
  })

  it('keeps saving the last valid state while a field is broken, and keeps the broken one as a draft', async () => {
    const { fake, storage, states, show } = setUp()
    const renamed = { ...DEFAULT_SCENARIO, name: 'Renamed' }
    show(renamed)
    const broken = { ...renamed, quarters: 0 }
    show(broken, 1)
    expect(states.at(-1)).toEqual({ kind: 'invalid', errorCount: 1 })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(sentDocuments(fake)).toEqual([renamed])
    // The save caught up with the valid state only: the broken document stays as the draft.
    expect(readDraft(storage, ID)).toEqual({ scenarioId: ID, baseRevision: 1, keptAt: KEPT_AT, document: broken })
    expect(states.at(-1)).toEqual({ kind: 'invalid', errorCount: 1 })
  })

  it('sends nothing and drops the draft when an undo goes back to what is stored', async () => {
    const { fake, storage, states, show } = setUp()
    show({ ...DEFAULT_SCENARIO, name: 'Changed' })
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS)
    expect(storage.items.has(draftKey(ID))).toBe(true)
    show(DEFAULT_SCENARIO)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.calls).toEqual([])
    expect(storage.items.has(draftKey(ID))).toBe(false)
    expect(states.at(-1)).toEqual({ kind: 'saved', revision: 1 })
  })

  it('saves at once on flush, and resolves once main has answered', async () => {
    const { fake, saved, autosaver, show } = setUp()
    show({ ...DEFAULT_SCENARIO, name: 'Before closing' })
    await autosaver.flush()
    expect(fake.channels()).toEqual(['scenario/save'])
    expect(saved.map((s) => s.name)).toEqual(['Before closing'])
    // Nothing is left for the timer to send.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.calls).toHaveLength(1)
  })

  it('reports a save main refuses, and sends the same document again on the next flush', async () => {
    const { fake, states, rejected, autosaver, show } = setUp()
    fake.handle('scenario/save', () => failed('document.name', 'is already used'))
    show({ ...DEFAULT_SCENARIO, name: 'Taken' })
    await autosaver.flush()
    expect(rejected).toEqual([[{ path: 'document.name', message: 'is already used' }]])
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'is already used' })
    await autosaver.flush()
    expect(fake.calls).toHaveLength(2)
  })
})
