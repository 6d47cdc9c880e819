import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../../core/defaultScenario'
import { memoryStorage } from '../testing/memoryStorage'
import { clearDraftIfSaved, draftKey, draftToOffer, readDraft, writeDraft, type DraftStorage } from './drafts'

const edited = { ...DEFAULT_SCENARIO, quarters: 0 }
const draft = { scenarioId: 7, baseRevision: 3, keptAt: '2026-11-27T10:00:00.000Z', document: edited }

describe('drafts of unsaved work', () => {
  it('keeps one draft per scenario with the revision it was based on', () => {
    const storage = memoryStorage()
    writeDraft(storage, draft)
    expect([...storage.items.keys()]).toEqual([draftKey(7)])
    expect(readDraft(storage, 7)).toEqual(draft)
    expect(readDraft(storage, 8)).toBeNull()
  })

  it('offers a draft only when it differs from what is stored, and drops one that does not', () => {
    const storage = memoryStorage()
    writeDraft(storage, draft)
    expect(draftToOffer(storage, 7, JSON.stringify(DEFAULT_SCENARIO))).toEqual(draft)
    expect(draftToOffer(storage, 7, JSON.stringify(edited))).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('is cleared by a save of exactly its document, not by a save of an earlier state', () => {
    const storage = memoryStorage()
    writeDraft(storage, draft)
    clearDraftIfSaved(storage, 7, JSON.stringify(DEFAULT_SCENARIO))
    expect(readDraft(storage, 7)).not.toBeNull()
    clearDraftIfSaved(storage, 7, JSON.stringify(edited))
    expect(readDraft(storage, 7)).toBeNull()
  })

  it('ignores unreadable entries and storage that refuses to write', () => {
    const storage = memoryStorage()
    storage.setItem(draftKey(7), '{not json')
    expect(readDraft(storage, 7)).toBeNull()
    storage.setItem(draftKey(7), JSON.stringify({ ...draft, scenarioId: 8 }))
    expect(readDraft(storage, 7)).toBeNull()
    const full: DraftStorage = { ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError') } }
    expect(writeDraft(full, draft)).toBe(false)
  })
})
