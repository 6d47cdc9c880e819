// The planner window from the page's first render to its close:
// - the crash-loop marker is cleared only when the page reports that a scenario rendered
//   (`app/ready`), not when the HTML loaded: a scenario that crashes the renderer must count;
// - closing waits for the page to save its pending edits: main sends 'app/flushBeforeClose' and
//   closes on `app/flushed` or after a timeout, so the database is never closed under a save
//   (it is closed on 'will-quit', which Electron emits only after the window has gone);
// - a crashed or hung page gets a dialog offering a reload that opens the scenario list instead
//   of the last scenario (the safe start), or quitting.
// Plain logic over small ports; app.ts connects them to the BrowserWindow and its webContents.
import { FLUSH_BEFORE_CLOSE_TIMEOUT_MS, SAFE_START_PARAM, type FlushRequest } from '../shared'
import type { LifecycleLike } from './ipc'
import type { Question } from './startup'

export interface LifecyclePorts {
  marker: { finish(): void }
  /** Sends 'app/flushBeforeClose' to the page. */
  requestFlush(request: FlushRequest): void
  /** Closes the window; its 'close' event comes back here and is let through. */
  close(): void
  /** Closes the window without involving the page (it crashed, hangs, or did not answer). */
  destroy(): void
  /** Loads the page again in safe start (see withSafeStart). */
  reloadSafely(): void
  /** Ends a hung renderer process so the page can be loaded again. */
  killRenderer(): void
  /** Resolves with the index of the chosen button. */
  ask(question: Question): Promise<number>
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
}

type State = 'open' | 'flushing' | 'closing'

export class WindowLifecycle implements LifecycleLike {
  private state: State = 'open'
  /** The current page has rendered a scenario, so it may hold edits worth waiting for. */
  private pageReady = false
  private flushTimer: unknown = null
  private asking = false
  /** A hung renderer is being ended on purpose, to be reloaded rather than reported. */
  private reloadAfterKill = false

  constructor(private readonly ports: LifecyclePorts, private readonly timeoutMs = FLUSH_BEFORE_CLOSE_TIMEOUT_MS) {}

  ready(): void {
    this.pageReady = true
    this.ports.marker.finish()
  }

  flushed(): void {
    if (this.state === 'flushing') this.closeNow('close')
  }

  /** The window's 'close' event: held back once while the page saves. */
  onCloseRequested(event: { preventDefault(): void }): void {
    if (this.state === 'closing') return
    // Before the first render there is nothing the page could have to save.
    if (!this.pageReady) {
      this.state = 'closing'
      return
    }
    event.preventDefault()
    if (this.state === 'flushing') return
    this.state = 'flushing'
    this.ports.requestFlush({ timeoutMs: this.timeoutMs })
    // A page that does not answer in time may be hung, so it is not asked again (close() would
    // wait for its beforeunload): the window is destroyed.
    this.flushTimer = this.ports.setTimer(() => this.closeNow('destroy'), this.timeoutMs)
  }

  /** webContents 'render-process-gone'. */
  onRendererGone(reason: string): void {
    this.pageReady = false
    if (this.reloadAfterKill) {
      this.reloadAfterKill = false
      this.ports.reloadSafely()
      return
    }
    if (this.state !== 'open') {
      this.closeNow('destroy')
      return
    }
    void this.askAfterFailure({
      type: 'error',
      message: 'The Rampart window stopped working',
      detail: `Its page ended unexpectedly (${reason}). Saved plans are safe in the database; edits made in ` +
        'the last moments may be lost. Reload opens the list of scenarios rather than the last one.',
      buttons: ['Reload', 'Quit']
    }, ['reload', 'quit'])
  }

  /** webContents 'unresponsive'. */
  onUnresponsive(): void {
    if (this.state !== 'open') return
    void this.askAfterFailure({
      type: 'warning',
      message: 'The Rampart window is not responding',
      detail: 'Wait for it, or reload it: reloading opens the list of scenarios rather than the last one, and ' +
        'edits not yet saved are lost.',
      // Escape picks the last button: waiting is the choice that loses nothing.
      buttons: ['Reload', 'Quit', 'Wait']
    }, ['kill-and-reload', 'quit', 'wait'])
  }

  private async askAfterFailure(question: Question, actions: ('reload' | 'kill-and-reload' | 'wait' | 'quit')[]): Promise<void> {
    if (this.asking) return
    this.asking = true
    const action = actions[await this.ports.ask(question)] ?? 'wait'
    this.asking = false
    if (this.state !== 'open') return
    if (action === 'reload') this.ports.reloadSafely()
    if (action === 'kill-and-reload') {
      this.reloadAfterKill = true
      this.ports.killRenderer()
    }
    if (action === 'quit') this.closeNow('destroy')
  }

  private closeNow(how: 'close' | 'destroy'): void {
    if (this.flushTimer !== null) this.ports.clearTimer(this.flushTimer)
    this.flushTimer = null
    this.state = 'closing'
    if (how === 'close') this.ports.close()
    else this.ports.destroy()
  }
}

/** The page URL with the safe start parameter: the renderer then opens the scenario list. */
export function withSafeStart(pageUrl: string): string {
  const url = new URL(pageUrl)
  url.searchParams.set(SAFE_START_PARAM, '1')
  return url.href
}
