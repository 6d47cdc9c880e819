// Which view is showing, and jumping to a field of the editor from anywhere (warnings, tornado).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

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
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [view, setView] = useState<View>('dashboard')
  const [pendingField, setPendingField] = useState<string | null>(null)
  const focusField = useCallback((path: string) => {
    setPendingField(path)
    setView('editor')
  }, [])
  const clearPendingField = useCallback(() => setPendingField(null), [])
  const value = useMemo(() => ({ view, go: setView, pendingField, focusField, clearPendingField }),
    [view, pendingField, focusField, clearPendingField])
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside NavigationProvider')
  return navigation
}
