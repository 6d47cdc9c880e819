// The open database for the app's lifetime. Restoring a backup has to close the connection,
// replace the file and open it again, so handlers reach the store through this session rather
// than holding a store of their own.
import { openDatabase, restoreBackup, type ScenarioStore } from '../store'
import { InputError } from '../core/inputError'

export class DatabaseSession {
  constructor(private current: ScenarioStore) {}

  get store(): ScenarioStore {
    return this.current
  }

  /** Replaces the database with one of its listed backups (the current state is backed up first). */
  async restoreBackup(name: string): Promise<ScenarioStore> {
    const backup = this.current.listBackups().find((candidate) => candidate.name === name)
    if (!backup) throw InputError.at('name', `there is no backup named ${JSON.stringify(name)}; choose one from the list`)
    const { file, backupDir } = this.current
    // A backup still copying (today's, say) finishes before its connection closes.
    await this.current.whenIdle()
    this.current.close()
    let restoreError: unknown = null
    try {
      await restoreBackup(file, backup.file, { backupDir })
    } catch (error) {
      restoreError = error
    }
    // Reopen whether or not the restore worked: a refused restore leaves the file as it was.
    const reopened = await openDatabase(file, { backupDir })
    if (!reopened.ok) {
      throw InputError.at('(root)', `the database could not be reopened: ${reopened.message} Restart Rampart to choose a backup.`)
    }
    this.current = reopened.store
    if (restoreError !== null) throw restoreError
    return this.current
  }

  close(): void {
    this.current.close()
  }
}
