// Hands every component the same client over the API it is given (`window.rampart` in the app),
// reporting failures through the window's notices.
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { RampartApi } from '../../../shared'
import { useNotify } from '../session/notices'
import { createRampartClient, type RampartClient } from './client'

const RampartContext = createContext<RampartClient | null>(null)

export function RampartProvider({ api, children }: { api: RampartApi; children: ReactNode }): React.JSX.Element {
  const notify = useNotify()
  const client = useMemo(() => createRampartClient(api, notify), [api, notify])
  return <RampartContext.Provider value={client}>{children}</RampartContext.Provider>
}

export function useRampart(): RampartClient {
  const client = useContext(RampartContext)
  if (!client) throw new Error('useRampart outside RampartProvider')
  return client
}
