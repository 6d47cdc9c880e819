// The security gate works: scripts/electronegativity-check.mjs fails on a HIGH finding. (The same
// script over src/ is the gate itself; it runs in .ci/run.)
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')

describe('the electronegativity check', () => {
  it('fails on an app that turns context isolation off, naming the check', () => {
    const result = spawnSync(process.execPath, ['scripts/electronegativity-check.mjs', 'test/shell/fixtures/insecure-app'], {
      cwd: ROOT, encoding: 'utf8'
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/HIGH-severity finding/)
    expect(result.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK main\.js:6/)
  }, 180_000)
})
