// Short messages at the bottom of the window: "Backup saved", "Import failed: ...". An error stays
// until it is dismissed (a message that vanishes before it is read helps nobody); its details line
// (JSON paths, the engine's own words) sits under it.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

export type NoticeTone = 'info' | 'success' | 'error'

interface Notice {
  id: number
  tone: NoticeTone
  text: string
  details?: string
}

const NOTICE_MS = 4500

export type Notify = (text: string, tone?: NoticeTone, details?: string) => void

const NoticeContext = createContext<Notify>(() => {})

export function NoticeProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [notices, setNotices] = useState<Notice[]>([])
  const nextId = useRef(1)
  const notify = useCallback((text: string, tone: NoticeTone = 'info', details?: string) => {
    const id = nextId.current++
    setNotices((list) => [...list.slice(-3), { id, tone, text, details }])
    if (tone !== 'error') window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), NOTICE_MS)
  }, [])
  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id))
  return (
    <NoticeContext.Provider value={useMemo(() => notify, [notify])}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`}>
            <span>
              {n.text}
              {n.details && <span className="notice-details">Details: {n.details}</span>}
            </span>
            <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label="Dismiss">×</button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  )
}

export function useNotify(): Notify {
  return useContext(NoticeContext)
}

