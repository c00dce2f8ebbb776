// Opens a workspace file safely: checks that it is an Egiz database, sets the pragmas on every
// open, migrates an older schema (after a backup), refuses a newer one, and reports a damaged or
// foreign file with the backups that could replace it.
import Database from 'better-sqlite3'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { MIGRATIONS, type Migration } from './schema.ts'

export type Db = Database.Database

/** `PRAGMA application_id` of Egiz workspaces ('EGIZ'), so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x4547495a
/** How long a write waits for another process (the app and `egiz` on one file) before giving up. */
export const BUSY_TIMEOUT_MS = 5000
/** Backups kept per workspace; older ones are deleted. */
const BACKUPS_KEPT = 5
/** A routine backup is taken on close when the newest is older than this. */
const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000

const SQLITE_HEADER = 'SQLite format 3\u0000'

export type OpenResult = { ok: true; db: Db; migratedFrom: number | null } | { ok: false; reason: string; backups: string[] }

export function openDatabase(path: string, options: { busyTimeoutMs?: number; migrations?: Migration[] } = {}): OpenResult {
  const backups = listBackups(path)
  const problem = fileProblem(path)
  if (problem) return { ok: false, reason: problem, backups }
  let db: Db | null = null
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS })
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    // NORMAL keeps every committed transaction through a crash of the app (WAL); only a power cut
    // may lose the last few, never consistency.
    db.pragma('synchronous = NORMAL')
    const migratedFrom = migrate(db, path, options.migrations ?? MIGRATIONS)
    const damage = quickCheck(db, path)
    if (damage) {
      db.close()
      return { ok: false, reason: damage, backups }
    }
    return { ok: true, db, migratedFrom }
  } catch (error) {
    db?.close()
    return { ok: false, reason: describeOpenError(error), backups }
  }
}

function fileProblem(path: string): string | null {
  if (!existsSync(dirname(path))) return `the folder ${dirname(path)} does not exist; create it or choose another place for the workspace`
  if (!existsSync(path)) return null
  const stat = statSync(path)
  if (stat.isDirectory()) return `${path} is a folder; give the path of a workspace file (.sqlite)`
  if (stat.size === 0) return null
  const header = Buffer.alloc(16)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) return `${path} is not an Egiz workspace (it is not a database file); choose another file`
  return null
}

/**
 * Workspaces up to this size get SQLite's quick_check at every open (measured: about 8 ms per MB
 * here, so at most ~70 ms); larger ones would open too slowly, and report damage when an
 * operation meets it (as a message that names the latest backup).
 */
const QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024

function quickCheck(db: Db, path: string): string | null {
  if (!existsSync(path) || statSync(path).size > QUICK_CHECK_MAX_BYTES) return null
  const result = db.pragma('quick_check(1)', { simple: true })
  return result === 'ok' ? null : `the workspace file is damaged (${String(result).slice(0, 120)}); open its latest backup instead`
}

class RefusedDatabase extends Error {}

/** Runs the migrations this file lacks, each in its own transaction; returns the old version, if any. */
function migrate(db: Db, path: string, migrations: Migration[]): number | null {
  const latest = migrations[migrations.length - 1]!.version
  const version = db.pragma('user_version', { simple: true }) as number
  const applicationId = db.pragma('application_id', { simple: true }) as number
  if (version > latest) {
    throw new RefusedDatabase(`${path} was made by a newer Egiz (workspace format ${version}; this Egiz reads up to ${latest}); update Egiz to open it`)
  }
  if (version > 0 && applicationId !== APPLICATION_ID) throw new RefusedDatabase(`${path} is a database of another program, not an Egiz workspace`)
  if (version === 0) {
    const tables = sqlValue(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'").get() as number
    if (tables > 0) throw new RefusedDatabase(`${path} is a database of another program, not an Egiz workspace`)
  }
  if (version === latest) return null
  if (version > 0) backUp(db, path, `before-migration-${version}-to-${latest}`)
  for (const migration of migrations.filter((m) => m.version > version)) {
    try {
      db.transaction(() => {
        // Another program opening the same new file at the same moment may have run it already.
        if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return
        db.exec(migration.sql)
        db.pragma(`application_id = ${APPLICATION_ID}`)
        db.pragma(`user_version = ${migration.version}`)
      }).immediate()
    } catch (error) {
      throw new RefusedDatabase(`${path} could not be updated to workspace format ${migration.version} (${(error as Error).message}); it is unchanged, and a backup was taken first`)
    }
  }
  return version
}

/** Whether SQLite refused because another connection holds the workspace. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
}

/** A message for an expected SQLite failure (busy, damaged, read-only…), or null for a bug. */
export function describeDatabaseError(error: unknown): string | null {
  const code = (error as { code?: string }).code ?? ''
  if (isBusyError(error)) return 'the workspace is busy in another Egiz window or command; try again in a moment'
  if (code.startsWith('SQLITE_CORRUPT')) return 'the workspace file is damaged; open its latest backup instead'
  if (code.startsWith('SQLITE_READONLY')) return 'the workspace file is read-only; copy it somewhere writable'
  if (code === 'SQLITE_FULL') return 'the disk is full; free some space and try again'
  return null
}

function describeOpenError(error: unknown): string {
  if (error instanceof RefusedDatabase) return error.message
  const known = describeDatabaseError(error)
  if (known) return known
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_NOTADB') return 'the file is not an Egiz workspace (not a database); choose another file'
  if (code === 'SQLITE_CANTOPEN') return 'the workspace file cannot be opened (check the folder exists and may be written)'
  return `the workspace cannot be opened (${code || String(error)})`
}

/** A backup still unfinished after this long was interrupted. */
export const STALE_PARTIAL_MS = 60 * 60 * 1000

/** Folder holding the backups of one workspace file. */
export function backupFolder(path: string): string {
  return join(dirname(path), `${basename(path)}.backups`)
}

/** Backups of a workspace, newest first. */
export function listBackups(path: string): string[] {
  const folder = backupFolder(path)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((name) => join(folder, name))
}

/**
 * A consistent copy of the whole workspace (VACUUM INTO), named by time and reason; old ones pruned.
 * It is written under a temporary name and renamed only when complete and checked, so a backup cut
 * short (a crash, a full disk) is never taken for the latest one.
 */
export function backUp(db: Db, path: string, reason: string): string {
  const folder = backupFolder(path)
  mkdirSync(folder, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = join(folder, `${stamp}-${reason}.sqlite`)
  const partial = `${target}.partial`
  try {
    sql(db, 'VACUUM INTO ?').run(partial)
    const problem = copyProblem(partial)
    if (problem) throw new Error(`the backup ${target} failed its check (${problem})`)
    renameSync(partial, target)
  } finally {
    rmSync(partial, { force: true })
  }
  for (const old of listBackups(path).slice(BACKUPS_KEPT)) rmSync(old, { force: true })
  // Copies an earlier run left unfinished (it was killed); an hour old, so never one being written now.
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.partial'))) {
    const stale = join(folder, name)
    if (Date.now() - statSync(stale).mtimeMs > STALE_PARTIAL_MS) rmSync(stale, { force: true })
  }
  return target
}

/** SQLite's quick_check of a finished copy: null when sound. */
function copyProblem(copy: string): string | null {
  const check = new Database(copy, { readonly: true })
  try {
    const result = check.pragma('quick_check(1)', { simple: true })
    return result === 'ok' ? null : String(result)
  } finally {
    check.close()
  }
}

/** Whether the routine backup is due: the newest backup is older than a day, or there is none. */
export function backupIsDue(path: string): boolean {
  const newest = listBackups(path)[0]
  return !newest || Date.now() - statSync(newest).mtimeMs >= BACKUP_INTERVAL_MS
}

/**
 * A second, read-only connection to a workspace, in a read transaction: it reads the workspace as it
 * was when it began, whatever the app's own connection writes meanwhile (WAL). For a long read done
 * in slices between the app's other work; close it when done.
 */
export function openSnapshot(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  try {
    db.exec('BEGIN')
    // The snapshot is taken at the first read, not at BEGIN.
    db.prepare('SELECT count(*) FROM projects').get()
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/** Runs a write transaction that waits for other writers (BEGIN IMMEDIATE) instead of failing late. */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate()
}

/** Rows bound to one INSERT statement by insertRows: each statement run is a call into SQLite. */
const ROWS_PER_INSERT = 32

/**
 * Inserts rows several to a statement. `values` holds each row's values in the order of `columns`,
 * one row after another; `shared` holds the columns every row has the same value in, bound once a
 * statement. SQLite inserts the rows in the order given, as one statement per row would.
 */
export function insertRows(db: Db, table: string, columns: readonly string[], values: readonly unknown[], shared: Record<string, unknown> = {}): void {
  const sharedColumns = Object.keys(shared)
  const tuple = `(${[...columns.map(() => '?'), ...sharedColumns.map((column) => `@${column}`)].join(', ')})`
  const statement = (count: number) => sql(db, `INSERT INTO ${table} (${[...columns, ...sharedColumns].join(', ')}) VALUES ${Array(count).fill(tuple).join(', ')}`)
  const width = columns.length
  const rows = values.length / width
  let at = 0
  for (; at + ROWS_PER_INSERT <= rows; at += ROWS_PER_INSERT) statement(ROWS_PER_INSERT).run(...values.slice(at * width, (at + ROWS_PER_INSERT) * width), shared)
  if (at < rows) statement(rows - at).run(...values.slice(at * width), shared)
}

/** Per connection, the statements prepared for rows and for single values, by their source. */
const statements = new WeakMap<Db, { rows: Map<string, Database.Statement>; values: Map<string, Database.Statement> }>()

/**
 * A prepared statement, prepared once per connection. better-sqlite3 frees a statement only when
 * its small JavaScript object is collected, so preparing in loops piles up native memory.
 */
export function sql(db: Db, source: string): Database.Statement {
  return cached(db, source, false)
}

/** Like sql(), for statements that return the first column's value only (better-sqlite3's pluck). */
export function sqlValue(db: Db, source: string): Database.Statement {
  return cached(db, source, true)
}

function cached(db: Db, source: string, pluck: boolean): Database.Statement {
  let caches = statements.get(db)
  if (!caches) {
    caches = { rows: new Map(), values: new Map() }
    statements.set(db, caches)
  }
  // Looked up by the source itself: a key made from it would be a new string, hashed anew, per call.
  const cache = pluck ? caches.values : caches.rows
  let statement = cache.get(source)
  if (!statement) {
    statement = db.prepare(source)
    if (pluck) statement.pluck(true)
    cache.set(source, statement)
  }
  return statement
}
