#!/usr/bin/env node
// Entry of `npx rampart`: the CLI is built with the app (`npm run build`) into out/main/cli.js.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('rampart: the CLI is not built yet; run `npm run build` first\n')
  process.exit(1)
}
require(cli)
