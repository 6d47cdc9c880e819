#!/usr/bin/env node
// Runs @doyensec/electronegativity over the app's sources and fails on any HIGH-severity finding.
// The tool always exits 0, so its CSV report is parsed instead.
//
// Its CSV writer races the header against the rows (two concurrent fs.writeFile calls in
// dist/util/file.js), which can clip the first row or drop every row. So the script also asks for
// a SARIF report (written in one piece, but without severities) and accepts the CSV only when it
// has one well-formed row per SARIF result, running the tool again otherwise.
//
// usage: node scripts/electronegativity-check.mjs [input folder, default src]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
const ATTEMPTS = 3
const input = resolve(process.argv[2] ?? 'src')
const electronVersion = createRequire(import.meta.url)('electron/package.json').version

function runTool(output) {
  const result = spawnSync('npx', ['--no-install', 'electronegativity', '-i', input, '-o', output, '-r', '-e', electronVersion], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024
  })
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`electronegativity exited with ${result.status}`)
  }
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++ }
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') { row.push(field); field = '' }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field); rows.push(row); row = []; field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row) }
  return rows
}

function findingsOf(csvText) {
  const [header, ...rows] = parseCsv(csvText)
  const names = (header ?? []).map((name) => name.trim())
  if (names.join(',') !== 'issue,severity,confidence,filename,location,sample,description,url') return null
  const findings = rows.filter((row) => row.length > 1).map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])))
  const wellFormed = findings.every((f) => /^[A-Z0-9_]+$/.test(f.issue) && SEVERITIES.includes(f.severity))
  return wellFormed ? findings : null
}

function report() {
  const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  try {
    runTool(join(folder, 'report.sarif'))
    const expected = JSON.parse(readFileSync(join(folder, 'report.sarif'), 'utf8')).runs[0].results.length
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const csv = join(folder, `report-${attempt}.csv`)
      runTool(csv)
      const findings = findingsOf(readFileSync(csv, 'utf8'))
      if (findings !== null && findings.length === expected) return findings
      process.stderr.write(`electronegativity wrote an incomplete CSV report (attempt ${attempt} of ${ATTEMPTS}); running it again\n`)
    }
    throw new Error(`no complete CSV report after ${ATTEMPTS} attempts`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

try {
  const findings = report()
  const high = findings.filter((f) => f.severity === 'HIGH')
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(', ')
  console.log(`electronegativity (Electron ${electronVersion}) over ${input}: ${findings.length} findings (${counts})`)
  for (const f of findings) {
    console.log(`  ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.issue} ${f.filename}:${f.location}  ${f.description}`)
  }
  if (high.length > 0) {
    console.error(`\n${high.length} HIGH-severity finding(s): fix them (see the url of each check) before shipping`)
    for (const f of high) console.error(`  ${f.issue} ${f.filename}:${f.location}\n    ${f.sample}\n    ${f.url}`)
    process.exit(1)
  }
} catch (error) {
  console.error(`electronegativity check failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
