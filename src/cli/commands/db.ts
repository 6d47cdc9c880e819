// `rampart db ...`: the local database from the command line, the same store the app uses.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  assertNotDatabaseFile, checkDatabaseFile, defaultBackupDir, listBackups, openDatabase,
  restoreBackup, type ActualsTableImport, type BackupInfo, type DatabaseCheck, type ScenarioBundle, type ScenarioStore
} from '../../store'
import { guessMapping, headerSignature, inActualsFile, mappingFromText, type ColumnMapping } from '../../core/actualsImport'
import { readActualsTable } from '../../files/actualsTable'
import { kindOf, notRegularFileReason } from '../../files/fileKinds'
import { writeFileAtomically } from '../../files/writeFileAtomically'
import { parseArgs, type ParsedArgs } from '../args'
import { InputError } from '../../core/inputError'
import type { Command } from '../command'
import { checkOutputFile, printJson, writingOut, type CliIo } from '../io'
import { loadBundles } from '../packInputs'
import { renderTable } from '../table'

const DEFAULT_DB_FILE = './rampart.db'

const USAGE = `usage: rampart db <subcommand> [--db PATH]   (PATH defaults to ${DEFAULT_DB_FILE})

  db list [--json]            scenarios in the database (--json: [{ id, name, revision, updatedAt }])
  db import FILE...           import scenario files or "export all" files; all or nothing
  db import-actuals ID FILE [--map quarter=H,line=H,amount=H]
                              import a finance system's CSV or XLSX export of actuals into scenario
                              ID, every row or none; --map names the columns by their headers
                              (fields: quarter, category, line, amount), and is remembered for the
                              next file with the same headers
  db export ID|all --out FILE [--force]
                              write one scenario (or every scenario, with actuals) to FILE;
                              --force replaces an existing FILE
  db backup --out FILE        write a backup of the database to FILE (a new file)
  db restore FILE             replace the database with a backup (the current one is kept as a backup)
  db check                    integrity check and schema version, read-only (changes nothing)

  --out never writes over the database, its -wal/-shm files or its backups folder.
`

type Subcommand = (args: ParsedArgs, dbFile: string, io: CliIo) => void | Promise<void>

const SUBCOMMANDS: Record<string, { flags?: string[]; options?: string[]; run: Subcommand }> = {
  list: { flags: ['json'], run: list },
  import: { run: importFiles },
  'import-actuals': { options: ['map'], run: importActualsFile },
  export: { flags: ['force'], options: ['out'], run: exportScenarios },
  backup: { options: ['out'], run: backup },
  restore: { run: restore },
  check: { run: check }
}

export const dbCommand: Command = {
  name: 'db',
  usage: 'db SUBCOMMAND [--db PATH]',
  summary: `the local database (default ${DEFAULT_DB_FILE}): list, import, import-actuals, export, backup, restore, check`,
  async run(argv, io) {
    const [name, ...rest] = argv
    if (name === undefined || name === '--help' || name === 'help') {
      io.out(USAGE)
      return
    }
    const subcommand = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined
    if (!subcommand) throw InputError.whole(`rampart db: unknown subcommand "${name}"\n\n${USAGE}`)
    const args = parseArgs(rest, {
      flags: subcommand.flags ?? [], options: ['db', ...(subcommand.options ?? [])]
    })
    await subcommand.run(args, args.options.get('db') ?? DEFAULT_DB_FILE, io)
  }
}

async function list(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  expectPositional(args, 0, 'db list [--json]')
  await withExistingStore(dbFile, io, 'read', (store) => {
    const scenarios = store.listScenarios()
    if (args.flags.has('json')) {
      printJson(io, scenarios)
      return
    }
    if (scenarios.length === 0) {
      io.out(`${dbFile}: no scenarios\n`)
      return
    }
    io.out(renderTable(['id', 'name', 'revision', 'updated'],
      scenarios.map((s) => [String(s.id), s.name, String(s.revision), s.updatedAt])))
  })
}

async function importFiles(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  if (args.positional.length === 0) throw InputError.whole('usage: rampart db import FILE... [--db PATH]')
  // Every file is read and validated before the database is even opened: a bad file writes nothing.
  let bundles: ScenarioBundle[]
  try {
    bundles = loadBundles(args.positional)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError([...error.errors, { path: '', message: 'nothing was imported' }])
  }
  await withStore(dbFile, io, 'write', (store) => {
    const imported = store.importBundles(bundles)
    io.out(`imported ${imported.length} scenario${imported.length === 1 ? '' : 's'} into ${dbFile}\n`)
    for (const s of imported) io.out(`  ${s.id}  ${s.name}\n`)
  })
}

async function importActualsFile(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  const [rawId, file] = expectPositional(args, 2, 'db import-actuals ID FILE [--map quarter=HEADER,line=HEADER,amount=HEADER]')
  const id = scenarioId(rawId)
  // The file is read before the database is opened: a file that cannot be read writes nothing.
  const table = await readActualsTable(file)
  const given = args.options.get('map')
  let mapping: ColumnMapping | null = null
  if (given !== undefined) {
    const parsed = mappingFromText(given, table.headers)
    if (!parsed.ok) throw new InputError(parsed.errors)
    mapping = parsed.mapping
  }
  await withExistingStore(dbFile, io, 'write', (store) => {
    const chosen = mapping ?? store.rememberedMapping(headerSignature(table.headers))
    if (!chosen) throw InputError.at('--map', `no mapping is remembered for the headers of ${file} ` +
      `(${table.headers.map((h) => JSON.stringify(h)).join(', ')}); give one, such as ${exampleMapping(table.headers)}`)
    let outcome: ActualsTableImport
    try {
      outcome = store.importActualsTable(id, table, chosen)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      throw new InputError([...inActualsFile(file, error.errors), { path: '', message: 'nothing was imported' }])
    }
    io.out(`imported ${outcome.rows} row${outcome.rows === 1 ? '' : 's'} of actuals from ${file} into scenario ${id}: ` +
      `${outcome.quarters.join(', ')}\n`)
  })
}

/** `--map quarter=Period,line=Account,amount=Amount` from the headers' best guess, or a template. */
function exampleMapping(headers: readonly string[]): string {
  const guess = guessMapping(headers)
  const named = (['quarter', 'category', 'line', 'amount'] as const).flatMap((field) => {
    const column = guess[field]
    return column === undefined || column === null ? [] : [`${field}=${headers[column]}`]
  })
  return named.length >= 3 ? `--map ${named.join(',')}` : '--map quarter=HEADER,line=HEADER,amount=HEADER'
}

async function exportScenarios(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  const [which] = expectPositional(args, 1, 'db export ID|all --out FILE [--force]')
  const out = requiredOut(args, 'db export ID|all --out FILE [--force]')
  const id = which === 'all' ? null : scenarioId(which)
  const replace = args.flags.has('force')
  checkOutFile(out, dbFile, replace)
  await withExistingStore(dbFile, io, 'read', async (store) => {
    const text = id === null ? store.exportAll() : store.exportScenario(id)
    await writingOut('--out', out, () => writeFileAtomically(out, text, { replace }))
    io.out(`wrote ${out}\n`)
  })
}

async function backup(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  expectPositional(args, 0, 'db backup --out FILE')
  const out = requiredOut(args, 'db backup --out FILE')
  checkOutFile(out, dbFile, false, 'choose a new file name')
  await withExistingStore(dbFile, io, 'read', async (store) => {
    const info = await writingOut('--out', out, () => store.backupTo(out))
    io.out(`wrote ${info.file} (${info.bytes} bytes)\n`)
  })
}

async function restore(args: ParsedArgs, dbFile: string, io: CliIo): Promise<void> {
  const [file] = expectPositional(args, 1, 'db restore FILE')
  const outcome = await restoreBackup(dbFile, file)
  io.out(`restored ${dbFile} from ${file}\n`)
  if (outcome.previous) io.out(`the previous database was backed up to ${outcome.previous.file}\n`)
  if (outcome.movedAside) io.out(`the previous, damaged database was moved to ${outcome.movedAside}\n`)
}

/** A diagnostic: opens the file read-only, so it neither migrates it nor takes the daily backup. */
function check(args: ParsedArgs, dbFile: string, io: CliIo): void {
  expectPositional(args, 0, 'db check')
  assertDatabaseExists(dbFile)
  let result: DatabaseCheck
  try {
    result = checkDatabaseFile(dbFile)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw InputError.whole(`${error.errors.map((e) => e.message).join('\n')}\n${backupsList(dbFile)}`)
  }
  // An empty file, or another program's SQLite database: not "integrity ok, schema version 0".
  if (result.integrity === 'ok' && result.appliedMigrations === 0 && result.schemaVersion === 0) {
    throw InputError.at(dbFile, 'is not a Rampart database (it is empty, or another program\'s); nothing was changed')
  }
  if (result.integrity !== 'ok') {
    throw InputError.whole(`${dbFile}: integrity check failed:\n${result.integrity}\n${backupsList(dbFile)}`)
  }
  if (result.schema === 'unusable') throw InputError.whole(`${dbFile}: integrity ok, but ${result.schemaProblem}`)
  const schema = result.schema === 'needs migration'
    ? `needs migration to ${result.latestSchemaVersion} (Rampart upgrades it, after a backup, the next time it opens the file)`
    : `the latest, ${result.appliedMigrations} migrations applied`
  io.out(`${dbFile}: integrity ok, schema version ${result.schemaVersion} (${schema})\n`)
}

/**
 * Refuses an --out path in a missing folder, that is not a regular file, that exists (unless
 * `replace`), or that is one of the database's own files.
 */
function checkOutFile(out: string, dbFile: string, replace: boolean, whenExists?: string): void {
  assertNotDatabaseFile(out, dbFile, defaultBackupDir(resolve(dbFile)), '--out')
  checkOutputFile(out, '--out', replace, whenExists)
}

function assertDatabaseExists(dbFile: string): void {
  if (kindOf(dbFile) === 'dangling link') throw InputError.whole(`${dbFile}: ${notRegularFileReason('dangling link')}`)
  if (!existsSync(dbFile)) {
    throw InputError.whole(`${dbFile}: no database here (give its path with --db PATH; the default is ${DEFAULT_DB_FILE})`)
  }
}

async function withExistingStore(
  dbFile: string, io: CliIo, access: 'read' | 'write', use: (store: ScenarioStore) => void | Promise<void>
): Promise<void> {
  assertDatabaseExists(dbFile)
  await withStore(dbFile, io, access, use)
}

/**
 * Opens the database to `read` (read-only: no write, no backup) or to `write`, when today's
 * automatic backup is taken first if no process has taken it yet.
 */
async function withStore(
  dbFile: string, io: CliIo, access: 'read' | 'write', use: (store: ScenarioStore) => void | Promise<void>
): Promise<void> {
  const opened = await openDatabase(dbFile, { readOnly: access === 'read' })
  if (!opened.ok) {
    // A full disk or a read-only folder is not damage: offering backups would only mislead.
    const offerBackups = opened.problem === 'corrupt' || opened.problem === 'unreadable' || opened.problem === 'newer-version'
    throw InputError.whole(offerBackups ? `${opened.message}\n${describeBackups(dbFile, opened.backups)}` : opened.message)
  }
  for (const warning of opened.warnings) io.err(`warning: ${warning}\n`)
  try {
    if (access === 'write') {
      try {
        await opened.store.takeDailyBackup()
      } catch (error) {
        // A missed daily backup must not stop the user's change; say so instead.
        io.err(`warning: today's automatic backup into ${opened.store.backupDir} failed: ${(error as Error).message}\n`)
      }
    }
    await use(opened.store)
  } finally {
    opened.store.close()
  }
}

function backupsList(dbFile: string): string {
  const path = resolve(dbFile)
  return describeBackups(dbFile, listBackups(path, defaultBackupDir(path)))
}

function describeBackups(dbFile: string, backups: readonly BackupInfo[]): string {
  return backups.length === 0
    ? 'no backups found'
    : `backups (restore one with \`rampart db restore FILE --db ${dbFile}\`):\n` +
      backups.map((b) => `  ${b.file}  ${b.createdAt}  ${b.kind}`).join('\n')
}

function expectPositional(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.positional.length !== count) throw InputError.whole(`usage: rampart ${usage} [--db PATH]`)
  return args.positional
}

function requiredOut(args: ParsedArgs, usage: string): string {
  const out = args.options.get('out')
  if (!out) throw InputError.whole(`--out: is required (usage: rampart ${usage} [--db PATH])`)
  return out
}

function scenarioId(raw: string): number {
  const id = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw InputError.whole(`ID: ${JSON.stringify(raw)} is not a scenario id (see \`rampart db list\`)`)
  }
  return id
}
