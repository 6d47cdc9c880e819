import { describe, expect, it } from 'vitest'
import { createRampartClient, describeErrors } from './client'
import { failed, fakeRampart, ok } from '../testing/fakeRampart'

function recordingReport() {
  const shown: { text: string; tone: string }[] = []
  return { shown, report: (text: string, tone: 'error') => void shown.push({ text, tone }) }
}

describe('the renderer\'s client of main', () => {
  it('hands back the value of a call that succeeds, and reports nothing', async () => {
    const fake = fakeRampart({ 'backup/now': () => ok({ name: 'manual.sqlite', kind: 'manual', createdAt: '2026-01-01T00:00:00.000Z', bytes: 10 }) })
    const { shown, report } = recordingReport()
    const client = createRampartClient(fake.api, report)
    await expect(client.orReport('Backup failed', client.backupNow())).resolves.toMatchObject({ name: 'manual.sqlite' })
    expect(shown).toEqual([])
    expect(fake.channels()).toEqual(['backup/now'])
  })

  it('reports a failed call as one error notice naming what failed and each field, and hands back null', async () => {
    const fake = fakeRampart({
      'scenario/delete': () => ({ ok: false, errors: [{ path: 'id', message: 'no scenario has id 7' }, { path: '(root)', message: 'the database is read-only' }] })
    })
    const { shown, report } = recordingReport()
    const client = createRampartClient(fake.api, report)
    await expect(client.orReport('Could not delete', client.scenarioDelete(7))).resolves.toBeNull()
    expect(shown).toEqual([{ text: 'Could not delete: id: no scenario has id 7; the database is read-only', tone: 'error' }])
    expect(fake.calls).toEqual([{ channel: 'scenario/delete', arg: 7 }])
  })

  it('passes one argument to main and no more, as the preload does', async () => {
    const fake = fakeRampart({ 'scenario/get': () => failed('id', 'is not a number') })
    const client = createRampartClient(fake.api, recordingReport().report)
    const loose = client.scenarioGet as (...args: unknown[]) => Promise<unknown>
    await loose(3, 'extra')
    expect(fake.calls).toEqual([{ channel: 'scenario/get', arg: 3 }])
  })

  it('words errors about the whole call without a path', () => {
    expect(describeErrors([{ path: '(root)', message: 'The file is not a scenario.' }])).toBe('The file is not a scenario.')
    expect(describeErrors([{ path: 'plan.json: hires[2].quarter', message: 'must be 0 or more' }]))
      .toBe('plan.json: hires[2].quarter: must be 0 or more')
  })

  it('makes a call nobody scripted fail the test', async () => {
    const client = createRampartClient(fakeRampart().api, recordingReport().report)
    await expect(client.binList()).rejects.toThrow('nothing scripted for bin/list')
  })
})
