// Undo and redo across every edit of the open scenario. Keystrokes in one field within a short
// window become one step, so undo reverts "250000" to what it was, not to "25000".

export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** The field of the last edit and when it happened, for coalescing. */
  lastKey: string | null
  lastAt: number
}

export const COALESCE_MS = 1200
const MAX_UNDO_STEPS = 200

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 }
}

export function recordEdit<T>(history: History<T>, next: T, key: string, now: number): History<T> {
  if (next === history.present) return history
  const coalesce = key === history.lastKey && now - history.lastAt < COALESCE_MS && history.past.length > 0
  const past = coalesce ? history.past : [...history.past, history.present].slice(-MAX_UNDO_STEPS)
  return { past, present: next, future: [], lastKey: key, lastAt: now }
}

export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: 0
  }
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history
  return {
    past: [...history.past, history.present],
    present: history.future[0],
    future: history.future.slice(1),
    lastKey: null,
    lastAt: 0
  }
}
