// Local storage for unit tests: a plain map behind the slice of the Web Storage API drafts use.
import type { DraftStorage } from '../session/drafts'

export function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key)
  }
}
