// The daily backup of a workspace, taken by a process of its own after the command or the app has
// closed the file, so that copying a large workspace never holds up the command that happens to
// be the first of the day. One backup runs at a time per workspace (a lock file in its backups
// folder); a backup cut short leaves only its temporary copy, which is never taken for a backup.
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { backUp, backupFolder, backupIsDue, BUSY_TIMEOUT_MS, STALE_PARTIAL_MS } from '../database.ts'

/** The script a backup process runs: beside this module, as source or as built JavaScript. */
const DEFAULT_SCRIPT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './main.ts' : './backup.mjs', import.meta.url))

/**
 * Starts the routine backup in a process of its own when one is due, and returns that process (null
 * when none is due). It outlives the caller: the command exits at once, the copy finishes alone.
 * `script`: the backup entry, for builds that bundle it (the desktop app).
 */
export function startRoutineBackup(path: string, script: string = DEFAULT_SCRIPT): ChildProcess | null {
  if (!backupIsDue(path)) return null
  // In the desktop app the executable is Electron; this makes it run the script as plain Node.
  // windowsHide: a detached console process on Windows would otherwise open a window of its own.
  const child = spawn(process.execPath, [script, path], { detached: true, stdio: 'ignore', windowsHide: true, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })
  child.on('error', () => {}) // Not started (no process left, say): the next close tries again.
  child.unref()
  return child
}

/** What the backup process does: the routine backup, unless another process is taking it or took it. */
export function takeRoutineBackup(path: string): 'taken' | 'not-due' | 'busy' {
  const lock = lockBackups(path)
  if (!lock) return 'busy'
  try {
    if (!backupIsDue(path)) return 'not-due'
    const db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
    try {
      backUp(db, path, 'routine')
    } finally {
      db.close()
    }
    return 'taken'
  } finally {
    lock.release()
  }
}

/** The lock of a workspace's backups: a file made only if absent; one left by a killed process expires. */
function lockBackups(path: string): { release: () => void } | null {
  const folder = backupFolder(path)
  mkdirSync(folder, { recursive: true })
  const lockPath = join(folder, 'routine.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(lockPath, 'wx'))
      return { release: () => rmSync(lockPath, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (Date.now() - statSync(lockPath).mtimeMs < STALE_PARTIAL_MS) return null
      rmSync(lockPath, { force: true })
    }
  }
  return null
}
