// Which scenario each "Duplicate as what-if" copy was made from, kept in the window's local
// storage, so Compare opens on the original as its base and the what-if beside it, rather than
// taking the copy (the scenario open after duplicating) as the base.
import type { ScenarioSummary } from '../../../shared'
import type { DraftStorage } from './drafts'

const PREFIX = 'rampart.whatIfOf.'

export function rememberWhatIf(storage: DraftStorage, copyId: number, originalId: number): void {
  try {
    storage.setItem(`${PREFIX}${copyId}`, String(originalId))
  } catch {
    // Storage full or unavailable: Compare then starts on the open scenario, as for any other.
  }
}

/** The scenario `id` was duplicated from, or null when it is no what-if. */
export function whatIfOrigin(storage: DraftStorage, id: number): number | null {
  let text: string | null
  try {
    text = storage.getItem(`${PREFIX}${id}`)
  } catch {
    return null
  }
  const origin = Number(text)
  return text !== null && Number.isInteger(origin) && origin > 0 ? origin : null
}

/**
 * What Compare starts with: a what-if that is open sits beside its original, the base (while the
 * original is still listed); otherwise the open scenario (or the first) is the base, beside the
 * next one listed.
 */
export function compareStart(
  scenarios: readonly ScenarioSummary[], openId: number | null, storage: DraftStorage
): { baseId: number | null; others: number[] } {
  const listed = (id: number | null) => id !== null && scenarios.some((s) => s.id === id)
  const origin = openId === null ? null : whatIfOrigin(storage, openId)
  if (openId !== null && listed(origin) && origin !== openId) return { baseId: origin, others: [openId] }
  const baseId = listed(openId) ? openId : scenarios[0]?.id ?? null
  return { baseId, others: scenarios.filter((s) => s.id !== baseId).slice(0, 1).map((s) => s.id) }
}
