// Every SQLite connection of the store is opened here, so each loads the driver's native binary
// for the runtime it runs in (src/store/sqliteBinding.cjs): Node's own build, or the one kept for
// this Electron.
import Database from 'better-sqlite3'
import { nativeBindingForThisRuntime } from './sqliteBinding.cjs'

let nativeBinding: string | undefined | null = null

export function openConnection(file: string, options: Omit<Database.Options, 'nativeBinding'> = {}): Database.Database {
  // Looked up once, when the first database opens (as better-sqlite3 loads its binary then).
  if (nativeBinding === null) nativeBinding = nativeBindingForThisRuntime()
  return new Database(file, { ...options, nativeBinding })
}
