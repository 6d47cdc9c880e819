// Maps the database's records to the IPC contract's shapes, so the window sees only what the
// contract promises (no file system paths of backups, for instance).
import type * as Contract from '../../shared'
import type * as Db from '../../store'

export function summaryOf(scenario: Db.ScenarioSummary): Contract.ScenarioSummary {
  return { id: scenario.id, name: scenario.name, revision: scenario.revision, updatedAt: scenario.updatedAt }
}

export function storedOf(scenario: Db.StoredScenario): Contract.StoredScenario {
  return { ...summaryOf(scenario), document: scenario.document }
}

export function binEntryOf(entry: Db.BinSummary): Contract.BinEntry {
  return { ...summaryOf(entry), deletedAt: entry.deletedAt }
}

export function backupOf(backup: Db.BackupInfo): Contract.BackupInfo {
  return { name: backup.name, kind: backup.kind, createdAt: backup.createdAt, bytes: backup.bytes }
}
