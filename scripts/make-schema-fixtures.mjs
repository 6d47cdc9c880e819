// Writes test/db/fixtures/schema/schema-vN.db for every schema version that has no fixture yet:
// run it once when a new migration ships, and commit the new file. Existing fixtures are what
// users' databases of that version look like, so they are never rewritten. With `--into FOLDER`
// it writes every version's fixture into that folder instead (made if need be), to
// compare with the committed ones (test/db/schemaFixtureScript.test.ts does).
//   node scripts/sqlite-runtime.mjs node && node scripts/make-schema-fixtures.mjs [--into FOLDER]
import { createRequire } from 'node:module'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const requireHere = createRequire(import.meta.url)

/**
 * Vite's module runner evaluates every file it loads as an ES module, where `require` does not
 * exist; the store's own CommonJS file (src/store/sqliteBinding.cjs) is loaded with Node's
 * `require` instead, as the tests and the built app load it, and its exports passed on by name.
 */
const nodeRequiresCommonJs = {
  name: 'rampart:node-requires-commonjs',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.cjs') || id.includes('/node_modules/')) return null
    const names = Object.keys(requireHere(id))
    return [
      "import { createRequire } from 'node:module'",
      `const exported = createRequire(${JSON.stringify(id)})(${JSON.stringify(id)})`,
      ...names.map((name) => `export const ${name} = exported.${name}`),
      'export default exported'
    ].join('\n')
  }
}

// Vite's module runner loads the TypeScript helpers and migrations as the tests do.
const load = async (path) => (await runnerImport(join(root, path), {
  root, logLevel: 'warn', configFile: false, plugins: [nodeRequiresCommonJs]
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
