// Writes test/db/fixtures/schema/schema-vN.db for every schema version that has no fixture yet:
// run it once when a new migration ships, and commit the new file. Existing fixtures are what
// users' databases of that version look like, so they are never rewritten. With `--into FOLDER`
// it does the same in that folder instead (made if need be): into an empty one, every version,
// to compare with the committed ones (test/db/schemaFixtureScript.test.ts does).
//   node scripts/sqlite-runtime.mjs node && node scripts/make-schema-fixtures.mjs [--into FOLDER]
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// Vite's module runner loads the TypeScript helpers and migrations as the tests do.
const load = async (path) => (await runnerImport(join(root, path), {
  root, logLevel: 'warn', configFile: false
})).module
const { LATEST_SCHEMA_VERSION } = await load('src/store/migrations/index.ts')
const { schemaFixtureFile, writeSchemaFixture } = await load('test/db/schemaFixtures.ts')

const [option, into] = process.argv.slice(2)
if (option !== undefined && (option !== '--into' || !into)) {
  console.error('usage: node scripts/make-schema-fixtures.mjs [--into FOLDER]')
  process.exit(2)
}
const folder = into === undefined ? undefined : resolve(into)
if (folder !== undefined) mkdirSync(folder, { recursive: true })

let written = 0
for (let version = 1; version <= LATEST_SCHEMA_VERSION; version++) {
  if (existsSync(schemaFixtureFile(version, folder))) continue
  console.log(`wrote ${writeSchemaFixture(version, folder)}`)
  written++
}
if (written === 0) console.log(`every schema version up to ${LATEST_SCHEMA_VERSION} has its fixture`)
