// Crash safety: a child process writes through the real store (revisions, batch imports, actuals)
// and is SIGKILLed at random moments, sometimes while it is still opening, migrating or taking its
// daily backup. After every kill the database passes integrity_check and holds every revision the
// child saw committed, byte for byte, and no batch import is torn.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { build } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/store'
import { tempDir } from './helpers'

const root = resolve(__dirname, '../..')
const fixture = join(__dirname, 'fixtures', 'crash-writer.cjs')
const { revisionDocument } = createRequire(__filename)('./fixtures/crash-documents.cjs') as {
  revisionDocument: (revision: number) => unknown
}
const KILLS = 20
const SEED = Number(process.env.RAMPART_CRASH_SEED ?? Date.now() % 1_000_000)

const dir = tempDir()
const dbFile = join(dir, 'crash.db')
let bundle: string

beforeAll(async () => {
  // The child runs plain Node, so it gets src/store bundled to CommonJS; dependencies stay in
  // the repository's node_modules (found through NODE_PATH).
  const outDir = join(dir, 'bundle')
  await build({
    configFile: false, logLevel: 'warn', root,
    build: {
      ssr: join(root, 'src/store/index.ts'), outDir, emptyOutDir: true, minify: false, copyPublicDir: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'db.cjs' } }
    }
  })
  bundle = join(outDir, 'db.cjs')
})

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Runs the writer, kills it after `delayMs` (counted from spawn, or from "ready"), returns its output. */
async function runAndKill(run: number, delayMs: number, fromReady: boolean): Promise<string[]> {
  const child = spawn(process.execPath, [fixture, bundle, dbFile, String(run)], {
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  if (fromReady) {
    const ready = new Promise<void>((done) => child.stdout.on('data', () => stdout.includes('ready') && done()))
    await Promise.race([ready, exited])
  }
  await sleep(delayMs)
  child.kill('SIGKILL')
  const code = await exited
  if (code !== null) throw new Error(`the writer exited by itself (code ${code}): ${stderr}`)
  // Only whole lines were written after a commit; a line cut by the kill proves nothing.
  return stdout.split('\n').slice(0, -1)
}

function verify(committedRevisions: number, committedBatches: Set<string>): void {
  if (!existsSync(dbFile)) {
    // Killed before SQLite created the file: then nothing can have been committed.
    expect([committedRevisions, committedBatches.size]).toEqual([0, 0])
    return
  }
  const db = new Database(dbFile, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const scenario = db.prepare("SELECT s.id, s.current_revision AS current FROM scenarios s JOIN revisions r ON r.scenario_id = s.id AND r.revision = 1 WHERE r.name = 'Revision 1'").get() as { id: number; current: number } | undefined
    if (!scenario) {
      // Killed before the first scenario was created: then nothing can have been committed.
      expect([committedRevisions, committedBatches.size]).toEqual([0, 0])
      return
    }
    const revisions = db.prepare('SELECT revision, document FROM revisions WHERE scenario_id = ? ORDER BY revision').all(scenario.id) as { revision: number; document: string }[]
    expect(revisions.map((r) => r.revision)).toEqual(Array.from({ length: scenario.current }, (_, i) => i + 1))
    expect(scenario.current).toBeGreaterThanOrEqual(committedRevisions)
    for (const { revision, document } of revisions) expect(document).toBe(JSON.stringify(revisionDocument(revision)))

    const names = db.prepare("SELECT r.name FROM revisions r WHERE r.name LIKE 'Batch %'").pluck().all() as string[]
    const batches = new Map<string, number>()
    for (const name of names) {
      const batch = /^Batch (\S+) #\d$/.exec(name)![1]
      batches.set(batch, (batches.get(batch) ?? 0) + 1)
    }
    for (const [batch, size] of batches) expect(size, `batch ${batch}`).toBe(3)
    for (const batch of committedBatches) expect(batches.has(batch), `committed batch ${batch}`).toBe(true)

    const actuals = db.prepare('SELECT people_cents, tools_cents, programs_cents, hires, note FROM actuals').all() as Record<string, number | string>[]
    for (const a of actuals) {
      expect([a.people_cents, a.tools_cents, a.programs_cents]).toEqual(Array(3).fill(Number(a.note) * 100))
      expect(a.hires).toBe(Number(a.note))
    }
  } finally {
    db.close()
  }
}

describe('crash safety', () => {
  it(`keeps every committed revision intact through ${KILLS} SIGKILLs at random moments (seed ${SEED})`, async () => {
    const random = mulberry32(SEED)
    let committedRevisions = 0
    const committedBatches = new Set<string>()
    let killsAfterCommits = 0
    for (let run = 1; run <= KILLS; run++) {
      // Every fourth kill lands early, while the child may still be opening, migrating or backing up.
      const early = run % 4 === 1
      const lines = await runAndKill(run, early ? random() * 150 : 5 + random() * 200, !early)
      let commitsThisRun = 0
      for (const line of lines) {
        const [kind, value] = line.split(' ')
        if (kind === 'revision') committedRevisions = Math.max(committedRevisions, Number(value))
        if (kind === 'batch') committedBatches.add(value)
        if (kind !== 'ready') commitsThisRun++
      }
      if (commitsThisRun > 0) killsAfterCommits++
      verify(committedRevisions, committedBatches)
    }
    // The test only means something if most kills interrupted a stream of writes.
    expect(killsAfterCommits).toBeGreaterThanOrEqual(KILLS / 2)
    const opened = await openDatabase(dbFile)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.store.check().integrity).toBe('ok')
    const saved = opened.store.listScenarios().find((s) => s.name.startsWith('Revision '))
    expect(saved?.revision).toBeGreaterThanOrEqual(committedRevisions)
    opened.store.close()
  })
})
