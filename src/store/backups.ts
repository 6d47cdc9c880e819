// Backup files: one self-contained SQLite file per backup, named after the database, the kind of
// backup and the moment it was taken, e.g. `rampart.daily.20260501T101500123Z.db`. A backup is
// written under a temporary name and renamed when complete, so a crash never leaves a partial
// backup in the list.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { openConnection } from './connection'
import { onlineBackup } from './onlineBackup'

export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'pre-restore'

export interface BackupInfo {
  /** Absolute path of the backup file. */
  file: string
  /** File name inside the backups folder. */
  name: string
  kind: BackupKind
  createdAt: string
  bytes: number
}

export const DAILY_BACKUPS_KEPT = 7

/** The backups folder beside the database: the app's, the CLI's and the default of every store call. */
export function defaultBackupDir(dbFile: string): string {
  return join(dirname(dbFile), 'backups')
}

/** Backups of `dbFile` in `backupDir`, newest first. */
export function listBackups(dbFile: string, backupDir: string): BackupInfo[] {
  let names: string[]
  try {
    names = readdirSync(backupDir)
  } catch {
    return []
  }
  const pattern = new RegExp(`^${escapeRegExp(databaseStem(dbFile))}\\.(daily|manual|pre-migration-v\\d+|pre-restore)\\.(\\d{8}T\\d{9}Z)\\.db$`)
  const backups: BackupInfo[] = []
  for (const name of names) {
    const match = pattern.exec(name)
    if (!match) continue
    const file = join(backupDir, name)
    const kind = (match[1].startsWith('pre-migration') ? 'pre-migration' : match[1]) as BackupKind
    backups.push({ file, name, kind, createdAt: parseStamp(match[2]).toISOString(), bytes: statSync(file).size })
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/**
 * Writes a backup of the open database `db` (whose file is `dbFile`) into `backupDir`.
 * `label` refines the kind in the file name, e.g. the schema version before a migration.
 */
export function writeBackup(
  db: Database.Database, dbFile: string, backupDir: string, kind: BackupKind, at: Date, label: string = kind
): BackupInfo {
  mkdirSync(backupDir, { recursive: true })
  // Two backups in the same millisecond get distinct names rather than overwrite each other.
  let moment = new Date(at)
  const nameAt = (when: Date) => `${databaseStem(dbFile)}.${label}.${formatStamp(when)}.db`
  while (existsSync(join(backupDir, nameAt(moment)))) moment = new Date(moment.getTime() + 1)
  const name = nameAt(moment)
  const file = join(backupDir, name)
  copyDatabase(db, file)
  return { file, name, kind, createdAt: moment.toISOString(), bytes: statSync(file).size }
}

/**
 * Copies the open database into `file` (which must not exist yet) as a standalone, rollback-journal
 * SQLite file, via a temporary name so an interrupted copy never looks complete.
 */
export function copyDatabase(db: Database.Database, file: string): void {
  const partial = `${file}.partial`
  removeDatabaseFiles(partial)
  try {
    onlineBackup(db, partial)
    // The copy inherits WAL mode from the source; a backup should be one file that opens anywhere.
    const copy = openConnection(partial)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(partial, file)
  } catch (error) {
    removeDatabaseFiles(partial)
    throw error
  }
}

/**
 * The rolling automatic backup: at most one a day (by the local calendar), keeping the newest
 * DAILY_BACKUPS_KEPT. Returns the new backup, or null when today's already exists.
 */
export function takeDailyBackup(db: Database.Database, dbFile: string, backupDir: string, now: Date): BackupInfo | null {
  const dailies = listBackups(dbFile, backupDir).filter((b) => b.kind === 'daily')
  if (dailies.some((b) => sameLocalDay(new Date(b.createdAt), now))) return null
  const backup = writeBackup(db, dbFile, backupDir, 'daily', now)
  for (const old of [backup, ...dailies].slice(DAILY_BACKUPS_KEPT)) unlinkSync(old.file)
  return backup
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) unlinkSync(file + suffix)
  }
}

function databaseStem(dbFile: string): string {
  const name = basename(dbFile)
  return extname(name) === '' ? name : name.slice(0, -extname(name).length)
}

function formatStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '')
}

function parseStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
