// Which view is showing, and jumping to a field of the editor from anywhere (warnings, tornado).
// A view with unsaved work of its own (the check-in form) can hold the user back with a guard.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { useLatest } from './useLatest'

export const VIEWS = ['dashboard', 'editor', 'scenarios', 'compare', 'track', 'export'] as const
export type View = (typeof VIEWS)[number]

export const VIEW_TITLES: Record<View, string> = {
  dashboard: 'Dashboard',
  editor: 'Editor',
  scenarios: 'Scenarios',
  compare: 'Compare',
  track: 'Track',
  export: 'Export'
}

interface Navigation {
  view: View
  go: (view: View) => void
  /** The field the editor should bring into view and focus, once. */
  pendingField: string | null
  focusField: (path: string) => void
  clearPendingField: () => void
  /** Asked before the view changes; resolving false keeps the current view. One guard at a time. */
  setLeaveGuard: (guard: LeaveGuard | null) => void
}

export type LeaveGuard = () => Promise<boolean>

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [view, setView] = useState<View>('dashboard')
  const [pendingField, setPendingField] = useState<string | null>(null)
  const leaveGuard = useRef<LeaveGuard | null>(null)
  const currentView = useLatest(view)
  const go = useCallback((next: View, field: string | null = null) => {
    const guard = next === currentView.current ? null : leaveGuard.current
    const change = () => {
      if (field !== null) setPendingField(field)
      setView(next)
    }
    if (!guard) return change()
    void guard().then((leave) => {
      if (leave) change()
    })
  }, [currentView])
  const goView = useCallback((next: View) => go(next), [go])
  const focusField = useCallback((path: string) => go('editor', path), [go])
  const clearPendingField = useCallback(() => setPendingField(null), [])
  const setLeaveGuard = useCallback((guard: LeaveGuard | null) => {
    leaveGuard.current = guard
  }, [])
  const value = useMemo(() => ({ view, go: goView, pendingField, focusField, clearPendingField, setLeaveGuard }),
    [view, goView, pendingField, focusField, clearPendingField, setLeaveGuard])
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside NavigationProvider')
  return navigation
}
