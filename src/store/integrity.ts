// SQLite's full integrity check, shared by the store's check and the read-only `db check`.
import type { Database } from 'better-sqlite3'

/** 'ok', or every problem SQLite found, one a line. Slower than the quick check taken at open. */
export function integrityOf(db: Database): string {
  const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
  return rows.length === 1 && rows[0].integrity_check === 'ok' ? 'ok' : rows.map((r) => r.integrity_check).join('\n')
}
