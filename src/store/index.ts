// The local database (issue 3): everything the main process and the CLI need.
export { openDatabase, type OpenOptions, type OpenProblem, type OpenResult } from './open'
export { restoreBackup, type RestoreOptions, type RestoreOutcome } from './restore'
export {
  ScenarioStore, type ActualsTableImport, type BinSummary, type RevisionInfo, type ScenarioSummary, type StoreCheck, type StoredScenario
} from './store'
export { checkDatabaseFile, type DatabaseCheck, type SchemaStatus } from './check'
export { assertNotDatabaseFile, filePathProblem } from './paths'
export { DAILY_BACKUPS_KEPT, defaultBackupDir, listBackups, type BackupInfo, type BackupKind } from './backups'
export { parseImport, type ScenarioBundle } from './importExport'
export { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'
export type { QuarterActual } from '../core/actuals'
/** The store refuses to hold more (so that "Export all" always imports back). */
export { MAX_STORED_SCENARIOS } from '../core/limits'
