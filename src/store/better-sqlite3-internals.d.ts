// better-sqlite3 keeps its native handle behind this symbol; see onlineBackup.ts for why we use it.
declare module 'better-sqlite3/lib/util' {
  export const cppdb: unique symbol
}
