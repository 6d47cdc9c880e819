import { describe, expect, it } from 'vitest'
import type { Question } from './startup'
import { WindowLifecycle, withSafeStart } from './windowLifecycle'

/** Records what the life cycle did to the window; timers fire only when the test says so. */
function fakeWindow(answers: number[] = []) {
  const done: string[] = []
  const questions: Question[] = []
  const timers = new Map<number, { callback: () => void; ms: number }>()
  let nextTimer = 1
  const pendingAnswers: ((answer: number) => void)[] = []
  const lifecycle = new WindowLifecycle({
    marker: { finish: () => done.push('marker cleared') },
    requestFlush: (request) => done.push(`flush requested (${request.timeoutMs} ms)`),
    close: () => done.push('closed'),
    destroy: () => done.push('destroyed'),
    reloadSafely: () => done.push('reloaded safely'),
    killRenderer: () => done.push('renderer killed'),
    ask: (question) => {
      questions.push(question)
      const scripted = answers.shift()
      return scripted !== undefined ? Promise.resolve(scripted) : new Promise((resolve) => pendingAnswers.push(resolve))
    },
    setTimer: (callback, ms) => {
      timers.set(nextTimer, { callback, ms })
      return nextTimer++
    },
    clearTimer: (timer) => timers.delete(timer as number)
  }, 3000)
  const closeEvent = () => {
    let prevented = false
    lifecycle.onCloseRequested({ preventDefault: () => { prevented = true } })
    return prevented ? 'held' : 'let through'
  }
  const fireTimers = () => {
    for (const [id, timer] of [...timers]) {
      timers.delete(id)
      timer.callback()
    }
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  return { lifecycle, done, questions, timers, closeEvent, fireTimers, settle, answer: (n: number) => pendingAnswers.shift()!(n) }
}

describe('the crash-loop marker', () => {
  it('is cleared when the page reports a rendered scenario, not before', () => {
    const window = fakeWindow()
    expect(window.done).toEqual([])
    window.lifecycle.ready()
    expect(window.done).toEqual(['marker cleared'])
  })
})

describe('closing the window', () => {
  it('closes at once when the page never rendered a scenario (nothing to save)', () => {
    const window = fakeWindow()
    expect(window.closeEvent()).toBe('let through')
    expect(window.done).toEqual([])
  })

  it('holds the close until the page has saved, then closes once', () => {
    const window = fakeWindow()
    window.lifecycle.ready()
    expect(window.closeEvent()).toBe('held')
    expect(window.done).toEqual(['marker cleared', 'flush requested (3000 ms)'])
    expect([...window.timers.values()].map((t) => t.ms)).toEqual([3000])
    // A second click on the close button while saving asks nothing new.
    expect(window.closeEvent()).toBe('held')
    window.lifecycle.flushed()
    expect(window.done).toEqual(['marker cleared', 'flush requested (3000 ms)', 'closed'])
    expect(window.timers.size).toBe(0)
    // The close that follows is let through, and a late second answer does nothing.
    expect(window.closeEvent()).toBe('let through')
    window.lifecycle.flushed()
    expect(window.done.filter((d) => d === 'closed')).toHaveLength(1)
  })

  it('destroys the window when the page does not answer in time, and ignores a late answer', () => {
    const window = fakeWindow()
    window.lifecycle.ready()
    window.closeEvent()
    window.fireTimers()
    window.lifecycle.flushed()
    expect(window.done).toEqual(['marker cleared', 'flush requested (3000 ms)', 'destroyed'])
  })

  it('ignores app/flushed when no close is pending', () => {
    const window = fakeWindow()
    window.lifecycle.ready()
    window.lifecycle.flushed()
    expect(window.done).toEqual(['marker cleared'])
  })

  it('closes without waiting when the page dies while saving', () => {
    const window = fakeWindow()
    window.lifecycle.ready()
    window.closeEvent()
    window.lifecycle.onRendererGone('crashed')
    expect(window.done).toEqual(['marker cleared', 'flush requested (3000 ms)', 'destroyed'])
    expect(window.timers.size).toBe(0)
    expect(window.questions).toEqual([])
  })
})

describe('a crashed page', () => {
  it('offers a reload that skips the last scenario, and keeps the marker until the page is ready', async () => {
    const window = fakeWindow([0])
    window.lifecycle.onRendererGone('oom')
    await window.settle()
    expect(window.questions.map((q) => [q.message, q.buttons])).toEqual([['The Rampart window stopped working', ['Reload', 'Quit']]])
    expect(window.questions[0].detail).toMatch(/\(oom\)/)
    expect(window.done).toEqual(['reloaded safely'])
  })

  it('quits when the user says so', async () => {
    const window = fakeWindow([1])
    window.lifecycle.ready()
    window.lifecycle.onRendererGone('crashed')
    await window.settle()
    expect(window.done).toEqual(['marker cleared', 'destroyed'])
  })

  it('does not count the crashed page as ready: closing after the reload needs no flush until it reports again', async () => {
    const window = fakeWindow([0])
    window.lifecycle.ready()
    window.lifecycle.onRendererGone('crashed')
    await window.settle()
    expect(window.closeEvent()).toBe('let through')
  })
})

describe('a page that stops responding', () => {
  it('can be waited for (Escape), asking only once at a time', async () => {
    const window = fakeWindow()
    window.lifecycle.onUnresponsive()
    window.lifecycle.onUnresponsive()
    expect(window.questions.map((q) => [q.message, q.buttons])).toEqual([['The Rampart window is not responding', ['Reload', 'Quit', 'Wait']]])
    window.answer(2)
    await window.settle()
    expect(window.done).toEqual([])
  })

  it('is ended and reloaded in safe start without a second question about the crash that causes', async () => {
    const window = fakeWindow([0])
    window.lifecycle.onUnresponsive()
    await window.settle()
    expect(window.done).toEqual(['renderer killed'])
    window.lifecycle.onRendererGone('killed')
    await window.settle()
    expect(window.done).toEqual(['renderer killed', 'reloaded safely'])
    expect(window.questions).toHaveLength(1)
  })

  it('quits when the user says so', async () => {
    const window = fakeWindow([1])
    window.lifecycle.onUnresponsive()
    await window.settle()
    expect(window.done).toEqual(['destroyed'])
  })

  it('is not asked about while the window is already closing', () => {
    const window = fakeWindow()
    window.lifecycle.ready()
    window.closeEvent()
    window.lifecycle.onUnresponsive()
    expect(window.questions).toEqual([])
  })
})

describe('withSafeStart', () => {
  it('adds safe=1 to the app page and to the dev server page', () => {
    expect(withSafeStart('app://rampart/index.html')).toBe('app://rampart/index.html?safe=1')
    expect(withSafeStart('http://localhost:5173/')).toBe('http://localhost:5173/?safe=1')
    expect(withSafeStart('http://localhost:5173/?safe=1')).toBe('http://localhost:5173/?safe=1')
  })
})
