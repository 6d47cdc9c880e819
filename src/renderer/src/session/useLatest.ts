// The value of the last committed render, for callbacks that must stay the same function (so
// effects and memoised children do not re-run) yet read the current state when they run.
import { useLayoutEffect, useRef } from 'react'

export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value)
  // Written after the render commits, never during it: a render React throws away must not leak.
  useLayoutEffect(() => {
    latest.current = value
  })
  return latest
}
