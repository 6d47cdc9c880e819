// The scenario store: scenarios with their full revision history, the bin, quarterly actuals,
// backups, import and export, over one better-sqlite3 connection. Every public method validates
// its input first and throws InputError before writing anything; every write is one transaction.
import { existsSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Database, Statement } from 'better-sqlite3'
import { fromCents, toCents, validateQuarterActual, type QuarterActual } from '../core/actuals'
import type { ActualLine } from '../core/actualLines'
import {
  headerSignature, MAPPING_FIELDS, mergeImportedActuals, readActualsRows, type ActualsTable, type ColumnMapping
} from '../core/actualsImport'
import { quarterLabel } from '../core/quarters'
import { migrateScenario, serializeScenario, validateScenario, type ScenarioDoc, type ValidationError } from '../core/scenario'
import { copyDatabase, listBackups, takeDailyBackup, writeBackup, type BackupInfo } from './backups'
import { InputError } from '../core/inputError'
import { integrityOf } from './integrity'
import { MAX_EXPORT_ENTRY_BYTES, MAX_STORED_SCENARIOS } from '../core/limits'
import { formatBytes } from '../files/readCapped'
import {
  exportEntryBytes, parseImport, serializeExportAll, validateBundles, type ScenarioBundle
} from './importExport'
import { readSchemaState } from './migrate'
import { sqliteFileReason } from './sqliteErrors'
import { assertNotDatabaseFile, filePathProblem } from './paths'

export interface ScenarioSummary {
  id: number
  name: string
  /** ISO 8601 time of the latest revision. */
  updatedAt: string
  /** Number of the latest revision, from 1. */
  revision: number
}

export interface BinSummary extends ScenarioSummary {
  deletedAt: string
}

export interface StoredScenario extends ScenarioSummary {
  document: ScenarioDoc
}

export interface RevisionInfo {
  revision: number
  savedAt: string
  name: string
}

export interface StoreCheck {
  integrity: 'ok' | string
  schemaVersion: number
  appliedMigrations: number
}

export interface StoreContext {
  file: string
  backupDir: string
  now: () => Date
  /** Opened only to read: no write and no backup of any kind. */
  readOnly?: boolean
}

interface ScenarioRow {
  id: number
  currentRevision: number
  deletedAt: string | null
}

interface ActualRow {
  quarter: number
  peopleCents: number
  toolsCents: number
  programsCents: number
  hires: number
  capabilities: string
  note: string
}

interface LineRow {
  quarter: number
  category: ActualLine['category']
  line: string
  amountCents: number
}

/** A finance export's column mapping, remembered for the next file with the same header row. */
export interface RememberedMapping {
  /** headerSignature() of the file's header row. */
  signature: string
  mapping: ColumnMapping
}

export interface ActualsTableImport {
  /** Labels of the quarters the file had rows for, in order. */
  quarters: string[]
  /** Rows read (blank rows left out). */
  rows: number
  /** All of the scenario's actuals after the import. */
  actuals: QuarterActual[]
}

const SUMMARY_COLUMNS = 's.id AS id, s.name AS name, s.updated_at AS updatedAt, s.current_revision AS revision'
const CURRENT_REVISION_JOIN = 'JOIN revisions r ON r.scenario_id = s.id AND r.revision = s.current_revision'

export class ScenarioStore {
  private readonly statements: ReturnType<typeof prepareStatements>
  /** Backups still copying, which close() must not cut short. */
  private readonly copying = new Set<Promise<unknown>>()

  constructor(private readonly db: Database, private readonly context: StoreContext) {
    this.statements = prepareStatements(db)
  }

  get file(): string {
    return this.context.file
  }

  get backupDir(): string {
    return this.context.backupDir
  }

  listScenarios(): ScenarioSummary[] {
    return this.statements.listLive.all() as ScenarioSummary[]
  }

  getScenario(id: number): StoredScenario {
    const row = this.findScenario(id)
    return this.stored(row.id)
  }

  createScenario(doc: ScenarioDoc): StoredScenario {
    const document = validDocument(doc)
    return this.write(() => this.exportable(this.insertScenario(document)))
  }

  /**
   * Every save is a new revision; the earlier ones stay available. A save may shorten the plan
   * below quarters that have actuals: they are kept (see src/core/actuals.ts).
   */
  saveScenario(id: number, doc: ScenarioDoc): StoredScenario {
    const row = this.liveScenario(id)
    const document = validDocument(doc)
    return this.write(() => this.exportable(this.appendRevision(row, document)))
  }

  duplicateScenario(id: number, name: string): StoredScenario {
    const source = this.stored(this.liveScenario(id).id)
    // Spread keeps the user's key order; validation checks the new name like any other.
    const document = validDocument({ ...source.document, name })
    return this.write(() => this.exportable(this.insertScenario(document)))
  }

  /** Newest first. */
  listRevisions(id: number): RevisionInfo[] {
    const row = this.findScenario(id)
    return this.statements.listRevisions.all(row.id) as RevisionInfo[]
  }

  getRevision(id: number, revision: number): ScenarioDoc {
    const row = this.findScenario(id)
    return storedDocument(this.revisionDocument(row.id, revision))
  }

  /**
   * Restoring is itself a new revision, so the history only ever grows. The revision is validated
   * like any save: one written by an earlier Rampart, or edited outside it, is refused with paths.
   */
  restoreRevision(id: number, revision: number): StoredScenario {
    const row = this.liveScenario(id)
    const document = validDocument(JSON.parse(this.revisionDocument(row.id, revision)))
    return this.write(() => this.exportable(this.appendRevision(row, document)))
  }

  /** Moves the scenario to the bin; it is recoverable until the bin is emptied. */
  deleteScenario(id: number): void {
    const row = this.liveScenario(id)
    this.write(() => this.statements.setDeleted.run(this.timestamp(), row.id))
  }

  /** Most recently deleted first. */
  listBin(): BinSummary[] {
    return this.statements.listBin.all() as BinSummary[]
  }

  restoreFromBin(id: number): StoredScenario {
    const row = this.findScenario(id)
    if (row.deletedAt === null) throw InputError.at('id', `scenario ${row.id} is not in the bin`)
    this.write(() => this.statements.setDeleted.run(null, row.id))
    return this.stored(row.id)
  }

  /** Deletes every scenario in the bin for good, with its revisions and actuals; returns how many. */
  emptyBin(): number {
    return this.write(() => this.statements.emptyBin.run().changes)
  }

  /** In quarter order, each with its lines (when it has any) in the order they were given. */
  listActuals(id: number): QuarterActual[] {
    const row = this.findScenario(id)
    const lines = new Map<number, ActualLine[]>()
    for (const line of this.statements.listLines.all(row.id) as LineRow[]) {
      const list = lines.get(line.quarter) ?? []
      list.push({ category: line.category, line: line.line, amount: fromCents(line.amountCents) })
      lines.set(line.quarter, list)
    }
    return (this.statements.listActuals.all(row.id) as ActualRow[]).map((actual) => actualFromRow(actual, lines.get(actual.quarter)))
  }

  /** Saves (or replaces) one quarter's actuals; returns all of the scenario's actuals. */
  saveActual(id: number, actual: QuarterActual): QuarterActual[] {
    const row = this.liveScenario(id)
    const horizon = this.stored(row.id).document.quarters
    const result = validateQuarterActual(actual, horizon)
    if (!result.ok) throw new InputError(result.errors)
    this.write(() => {
      this.writeActual(row.id, result.actual)
      this.exportable(this.stored(row.id))
    })
    return this.listActuals(row.id)
  }

  /**
   * Saves (or replaces) several quarters' actuals in one transaction, all or nothing: an import of a
   * finance system's export. With `remember`, the column mapping that read the file is kept for the
   * next file with the same header row, in the same transaction. Returns all of the scenario's actuals.
   */
  importActuals(id: number, actuals: readonly QuarterActual[], remember?: RememberedMapping): QuarterActual[] {
    const row = this.liveScenario(id)
    const document = this.stored(row.id).document
    const errors: ValidationError[] = []
    const valid = actuals.map((actual, i) => {
      const result = validateQuarterActual(actual, document.quarters)
      if (result.ok) return result.actual
      const where = Number.isInteger(actual?.quarter) && actual.quarter >= 0 && actual.quarter < document.quarters
        ? quarterLabel(document.start, actual.quarter) : `actuals[${i}]`
      errors.push(...result.errors.map((e) => ({ path: `${where}: ${e.path}`, message: e.message })))
      return null
    })
    const quarters = new Set(actuals.map((a) => a.quarter))
    if (quarters.size !== actuals.length) errors.push({ path: 'actuals', message: 'lists a quarter more than once' })
    if (remember && !isColumnMapping(remember.mapping)) errors.push({ path: 'mapping', message: 'is not a column mapping' })
    if (errors.length > 0) throw new InputError(errors)
    this.write(() => {
      for (const actual of valid as QuarterActual[]) this.writeActual(row.id, actual)
      if (remember) this.statements.upsertMapping.run(remember.signature, JSON.stringify(remember.mapping), this.timestamp())
      this.exportable(this.stored(row.id))
    })
    return this.listActuals(row.id)
  }

  /**
   * Imports a finance system's export of actuals (read by src/files/actualsTable.ts) with `mapping`:
   * every row valid, or nothing written (InputError naming each bad row). The mapping is remembered
   * for the header row. Returns the quarters written, in order, and all of the scenario's actuals.
   */
  importActualsTable(id: number, table: ActualsTable, mapping: ColumnMapping): ActualsTableImport {
    const row = this.liveScenario(id)
    const reading = readActualsRows(table, mapping, this.stored(row.id).document)
    if (!reading.ok) throw new InputError(reading.errors)
    const merged = mergeImportedActuals(this.listActuals(row.id), reading.quarters)
    const actuals = this.importActuals(row.id, merged, { signature: headerSignature(table.headers), mapping })
    return { quarters: reading.quarters.map((q) => q.label), rows: reading.rows, actuals }
  }

  /** The column mapping last used for a file with this header row (headerSignature()), or null. */
  rememberedMapping(signature: string): ColumnMapping | null {
    const text = this.statements.findMapping.get(signature) as string | undefined
    if (text === undefined) return null
    const mapping: unknown = JSON.parse(text)
    // Written by this store, so always a mapping; anything else is treated as never remembered.
    return isColumnMapping(mapping) ? mapping : null
  }

  backupNow(): Promise<BackupInfo> {
    return this.track(writeBackup(this.db, this.context.file, this.context.backupDir, 'manual', this.context.now()))
  }

  /**
   * Today's automatic backup, unless one exists (taken by this or another process): for the app at
   * launch and the commands that write, never for a reader. Null when there was nothing to do.
   */
  takeDailyBackup(): Promise<BackupInfo | null> {
    // A reader writes nothing; an empty database has nothing to protect.
    if (this.context.readOnly || this.statements.countAll.get() === 0) return Promise.resolve(null)
    return this.track(takeDailyBackup(this.db, this.context.file, this.context.backupDir, this.context.now()))
  }

  /** Settles when no backup is copying any more, so the connection can be closed. */
  async whenIdle(): Promise<void> {
    while (this.copying.size > 0) await Promise.allSettled([...this.copying])
  }

  /**
   * A backup at a path the user chose; refuses to replace an existing file, to write into a missing
   * folder, or to write over the database's own files or into its backups folder.
   */
  async backupTo(file: string): Promise<BackupInfo> {
    assertNotDatabaseFile(file, this.context.file, this.context.backupDir, 'file')
    const problem = filePathProblem(file)
    if (problem) throw InputError.at('file', problem)
    if (existsSync(file)) throw InputError.at('file', `${file} already exists; choose a new file name`)
    await this.track(copyDatabase(this.db, file))
    return { file: resolve(file), name: basename(file), kind: 'manual', createdAt: this.timestamp(), bytes: statSync(file).size }
  }

  /** Newest first. */
  listBackups(): BackupInfo[] {
    return listBackups(this.context.file, this.context.backupDir)
  }

  /** One scenario file or an "export all" file; every scenario in it is imported, or none. */
  importScenarios(text: string): StoredScenario[] {
    return this.importBundles(parseImport(text))
  }

  /** Imports scenarios with their actuals (as parseImport returns them) in one transaction: all or nothing. */
  importBundles(bundles: readonly ScenarioBundle[]): StoredScenario[] {
    const valid = validateBundles(bundles)
    return this.write(() => {
      const room = MAX_STORED_SCENARIOS - (this.statements.countAll.get() as number)
      if (valid.length > room) throw tooManyScenarios(`importing ${valid.length} would pass it (room for ${Math.max(0, room)})`)
      return valid.map((bundle) => {
        const stored = this.insertScenario(bundle.document)
        for (const actual of bundle.actuals) this.writeActual(stored.id, actual)
        return this.exportable(stored)
      })
    })
  }

  /** The scenario's current document as a scenario file. */
  exportScenario(id: number): string {
    return serializeScenario(this.getScenario(id).document)
  }

  /** Every scenario outside the bin, with its actuals, as one file that imports back identically. */
  exportAll(): string {
    const ids = this.statements.liveIds.all() as number[]
    return serializeExportAll(ids.map((id) => ({
      document: this.stored(id).document,
      actuals: this.listActuals(id)
    })))
  }

  /** A full integrity check (slower than the quick check at open) and the schema version. */
  check(): StoreCheck {
    const integrity = integrityOf(this.db)
    const state = readSchemaState(this.db)
    return { integrity, schemaVersion: state.version, appliedMigrations: state.applied.length }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Runs `change` as one write transaction. A failure of the disk (full, read-only, gone) rolls it
   * back and is reported as what it is, at the database, instead of as an unexpected error.
   */
  private write<T>(change: () => T): T {
    try {
      return this.db.transaction(change).immediate()
    } catch (error) {
      const reason = error instanceof InputError ? null : sqliteFileReason(error, this.context.file)
      if (reason === null) throw error
      throw InputError.at(this.context.file, `could not be written: ${reason}; nothing was changed`)
    }
  }

  /**
   * Refuses (inside the write's transaction, which then rolls back) a scenario that with its
   * actuals would take more than MAX_EXPORT_ENTRY_BYTES in an export: "Export all" must import back.
   */
  private exportable(scenario: StoredScenario): StoredScenario {
    const bytes = exportEntryBytes({ document: scenario.document, actuals: this.listActuals(scenario.id) })
    if (bytes > MAX_EXPORT_ENTRY_BYTES) {
      throw InputError.at('(root)', `with its actuals this scenario would take ${formatBytes(bytes)} in an export, more than ` +
        `the ${formatBytes(MAX_EXPORT_ENTRY_BYTES)} one scenario may (so that "Export all" always imports back); remove some lines or notes`)
    }
    return scenario
  }

  private track<T>(copy: Promise<T>): Promise<T> {
    this.copying.add(copy)
    const settled = () => this.copying.delete(copy)
    copy.then(settled, settled)
    return copy
  }

  private timestamp(): string {
    return this.context.now().toISOString()
  }

  private findScenario(id: number): ScenarioRow {
    if (!Number.isSafeInteger(id) || id < 1) throw InputError.at('id', `${describe(id)} is not a scenario id`)
    const row = this.statements.findScenario.get(id) as ScenarioRow | undefined
    if (!row) throw InputError.at('id', `there is no scenario ${id}`)
    return row
  }

  private liveScenario(id: number): ScenarioRow {
    const row = this.findScenario(id)
    if (row.deletedAt !== null) throw InputError.at('id', `scenario ${id} is in the bin; restore it first`)
    return row
  }

  private revisionDocument(scenarioId: number, revision: number): string {
    if (!Number.isSafeInteger(revision) || revision < 1) {
      throw InputError.at('revision', `${describe(revision)} is not a revision number`)
    }
    const document = this.statements.revisionDocument.get(scenarioId, revision) as string | undefined
    if (document === undefined) throw InputError.at('revision', `scenario ${scenarioId} has no revision ${revision}`)
    return document
  }

  private stored(id: number): StoredScenario {
    const row = this.statements.current.get(id) as (ScenarioSummary & { document: string }) | undefined
    if (!row) throw new Error(`scenario ${id} has no current revision`)
    return { ...row, document: storedDocument(row.document) }
  }

  private insertScenario(document: ScenarioDoc): StoredScenario {
    if ((this.statements.countAll.get() as number) >= MAX_STORED_SCENARIOS) throw tooManyScenarios('it is full')
    const now = this.timestamp()
    const id = Number(this.statements.insertScenario.run({ savedAt: now, name: document.name }).lastInsertRowid)
    this.statements.insertRevision.run(id, 1, now, document.name, JSON.stringify(document))
    return { id, name: document.name, updatedAt: now, revision: 1, document }
  }

  private appendRevision(row: ScenarioRow, document: ScenarioDoc): StoredScenario {
    const now = this.timestamp()
    // Read inside the transaction: the latest revision number is the one to follow.
    const { currentRevision } = this.statements.findScenario.get(row.id) as ScenarioRow
    const revision = currentRevision + 1
    this.statements.insertRevision.run(row.id, revision, now, document.name, JSON.stringify(document))
    this.statements.setCurrentRevision.run({ revision, name: document.name, savedAt: now, id: row.id })
    return { id: row.id, name: document.name, updatedAt: now, revision, document }
  }

  private writeActual(scenarioId: number, actual: QuarterActual): void {
    this.statements.upsertActual.run({
      scenarioId,
      quarter: actual.quarter,
      peopleCents: toCents(actual.people),
      toolsCents: toCents(actual.tools),
      programsCents: toCents(actual.programs),
      hires: actual.hires,
      capabilities: JSON.stringify(actual.capabilities),
      note: actual.note,
      updatedAt: this.timestamp()
    })
    this.statements.deleteLines.run(scenarioId, actual.quarter)
    actual.lines?.forEach((line, position) => this.statements.insertLine.run({
      scenarioId, quarter: actual.quarter, category: line.category, line: line.line, position, amountCents: toCents(line.amount)
    }))
  }
}

/**
 * A document as the database holds it: validated when it was written, perhaps by an earlier
 * Rampart in an earlier format version, so it is migrated as it is read. Saving writes the current
 * version.
 */
function storedDocument(json: string): ScenarioDoc {
  return migrateScenario(JSON.parse(json) as Parameters<typeof migrateScenario>[0])
}

function tooManyScenarios(detail: string): InputError {
  return InputError.at('(root)', `the database holds at most ${MAX_STORED_SCENARIOS} scenarios, counting the bin, so that ` +
    `"Export all" always imports back; ${detail}: delete some and empty the bin first`)
}

function validDocument(doc: unknown): ScenarioDoc {
  const result = validateScenario(doc)
  if (!result.ok) throw new InputError(result.errors)
  return result.scenario
}

function isColumnMapping(value: unknown): value is ColumnMapping {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return Object.keys(record).length === MAPPING_FIELDS.length && MAPPING_FIELDS.every((field) => {
    const column = record[field]
    const optional = field === 'category' || field === 'line'
    return (optional && column === null) || (Number.isSafeInteger(column) && (column as number) >= 0)
  })
}

function actualFromRow(row: ActualRow, lines: ActualLine[] | undefined): QuarterActual {
  const actual: QuarterActual = {
    quarter: row.quarter,
    people: fromCents(row.peopleCents),
    tools: fromCents(row.toolsCents),
    programs: fromCents(row.programsCents),
    hires: row.hires,
    capabilities: JSON.parse(row.capabilities) as string[],
    note: row.note
  }
  return lines ? { ...actual, lines } : actual
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value)
}

function prepareStatements(db: Database) {
  const prepare = (sql: string): Statement => db.prepare(sql)
  return {
    listLive: prepare(`SELECT ${SUMMARY_COLUMNS} FROM scenarios s
      WHERE s.deleted_at IS NULL ORDER BY s.updated_at DESC, s.id DESC`),
    listBin: prepare(`SELECT ${SUMMARY_COLUMNS}, s.deleted_at AS deletedAt FROM scenarios s
      WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_at DESC, s.id DESC`),
    liveIds: prepare('SELECT id FROM scenarios WHERE deleted_at IS NULL ORDER BY id').pluck(),
    countAll: prepare('SELECT count(*) FROM scenarios').pluck(),
    current: prepare(`SELECT ${SUMMARY_COLUMNS}, r.document AS document FROM scenarios s ${CURRENT_REVISION_JOIN}
      WHERE s.id = ?`),
    findScenario: prepare(`SELECT id, current_revision AS currentRevision, deleted_at AS deletedAt
      FROM scenarios WHERE id = ?`),
    listRevisions: prepare(`SELECT revision, saved_at AS savedAt, name FROM revisions
      WHERE scenario_id = ? ORDER BY revision DESC`),
    revisionDocument: prepare('SELECT document FROM revisions WHERE scenario_id = ? AND revision = ?').pluck(),
    insertScenario: prepare(`INSERT INTO scenarios (created_at, current_revision, name, updated_at)
      VALUES (@savedAt, 1, @name, @savedAt)`),
    insertRevision: prepare(`INSERT INTO revisions (scenario_id, revision, saved_at, name, document)
      VALUES (?, ?, ?, ?, ?)`),
    setCurrentRevision: prepare(`UPDATE scenarios SET current_revision = @revision, name = @name, updated_at = @savedAt
      WHERE id = @id`),
    setDeleted: prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ?'),
    emptyBin: prepare('DELETE FROM scenarios WHERE deleted_at IS NOT NULL'),
    listActuals: prepare(`SELECT quarter, people_cents AS peopleCents, tools_cents AS toolsCents,
      programs_cents AS programsCents, hires, capabilities, note FROM actuals
      WHERE scenario_id = ? ORDER BY quarter`),
    upsertActual: prepare(`INSERT INTO actuals (scenario_id, quarter, people_cents, tools_cents, programs_cents,
        hires, capabilities, note, updated_at)
      VALUES (@scenarioId, @quarter, @peopleCents, @toolsCents, @programsCents, @hires, @capabilities, @note, @updatedAt)
      ON CONFLICT (scenario_id, quarter) DO UPDATE SET people_cents = excluded.people_cents,
        tools_cents = excluded.tools_cents, programs_cents = excluded.programs_cents, hires = excluded.hires,
        capabilities = excluded.capabilities, note = excluded.note, updated_at = excluded.updated_at`),
    listLines: prepare(`SELECT quarter, category, line, amount_cents AS amountCents FROM actual_lines
      WHERE scenario_id = ? ORDER BY quarter, position`),
    deleteLines: prepare('DELETE FROM actual_lines WHERE scenario_id = ? AND quarter = ?'),
    insertLine: prepare(`INSERT INTO actual_lines (scenario_id, quarter, category, line, position, amount_cents)
      VALUES (@scenarioId, @quarter, @category, @line, @position, @amountCents)`),
    findMapping: prepare('SELECT mapping FROM import_mappings WHERE signature = ?').pluck(),
    upsertMapping: prepare(`INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`)
  }
}
