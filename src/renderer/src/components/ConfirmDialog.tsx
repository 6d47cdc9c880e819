// Asking before something that cannot be taken back (emptying the bin, restoring a backup,
// dropping an unsaved check-in): a modal <dialog>, so focus stays inside it, Escape cancels and
// screen readers announce its title and message. `useConfirm()` resolves true or false.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react'

export interface ConfirmRequest {
  title: string
  message: ReactNode
  /** The button that goes ahead, named for what it does ("Empty bin"). */
  confirmLabel: string
  cancelLabel?: string
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>

const ConfirmContext = createContext<Confirm>(() => Promise.resolve(false))

interface Asking {
  request: ConfirmRequest
  answer: (yes: boolean) => void
  /** Focus goes back here once the dialog closes. */
  opener: HTMLElement | null
}

export function ConfirmProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [asking, setAsking] = useState<Asking | null>(null)
  const current = useRef<Asking | null>(null)
  const settle = useCallback((yes: boolean) => {
    const settled = current.current
    current.current = null
    setAsking(null)
    settled?.answer(yes)
    settled?.opener?.focus()
  }, [])
  const confirm = useCallback<Confirm>((request) => new Promise<boolean>((resolve) => {
    // A second question replaces the first, which counts as cancelled.
    current.current?.answer(false)
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    current.current = { request, answer: resolve, opener }
    setAsking(current.current)
  }), [])
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {asking && <ConfirmDialog request={asking.request} onClose={settle} />}
    </ConfirmContext.Provider>
  )
}

export function useConfirm(): Confirm {
  return useContext(ConfirmContext)
}

function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (yes: boolean) => void }): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  // The dialog leaves the top layer before focus goes back to the page behind it.
  const finish = (yes: boolean) => {
    dialog.current?.close()
    onClose(yes)
  }
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault()
        finish(false)
      }}>
      <h2 id={`${id}-title`}>{request.title}</h2>
      <div id={`${id}-message`} className="dialog-message">{request.message}</div>
      <div className="button-row dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => finish(false)}>{request.cancelLabel ?? 'Cancel'}</button>
        <button type="button" className="button button-danger-solid" onClick={() => finish(true)}>{request.confirmLabel}</button>
      </div>
    </dialog>
  )
}
