import { describe, expect, it } from 'vitest'
import type { CliIo } from './io'
import { Progress, PROGRESS_AFTER_MS } from './progress'

function capture(errIsTerminal: boolean): CliIo & { lines: string[] } {
  const lines: string[] = []
  return { lines, out: () => { throw new Error('progress must not write to stdout') }, err: (text) => lines.push(text), errIsTerminal }
}

describe('progress on stderr', () => {
  it('writes a line per tenth of the run when asked for, each tenth once', () => {
    const io = capture(false)
    const progress = new Progress(io, 'simulating', true, () => 0)
    for (let done = 0; done <= 1000; done += 50) progress.samples(done, 1000)
    expect(io.lines).toEqual(Array.from({ length: 11 }, (_, step) =>
      `rampart: simulating ${step * 10}% (${(step * 100).toLocaleString('en-US')} of 1,000 samples)\n`))
  })

  it('says nothing off a terminal unless asked', () => {
    let now = 0
    const io = capture(false)
    const progress = new Progress(io, 'simulating', false, () => now)
    now = 60_000
    progress.report(0.5, 'writing')
    progress.report(1, 'writing')
    expect(io.lines).toEqual([])
  })

  it('starts by itself on a terminal once the run has taken about a second, from the tenth it is at', () => {
    let now = 0
    const io = capture(true)
    const progress = new Progress(io, 'board pack', false, () => now)
    progress.report(0, 'simulating')
    now = PROGRESS_AFTER_MS - 1
    progress.report(0.3, 'simulating')
    expect(io.lines).toEqual([])
    now = PROGRESS_AFTER_MS
    progress.report(0.35, 'simulating')
    progress.report(0.5, 'writing')
    progress.report(0.55, 'writing')
    progress.report(1, 'writing')
    expect(io.lines).toEqual(['rampart: board pack 30% simulating\n', 'rampart: board pack 50% writing\n', 'rampart: board pack 100% writing\n'])
  })
})
