// The routine backup runs in a process of its own after the workspace is closed: the close does
// not wait for it, it is taken once a day, one at a time, and a killed one never counts.
import { spawnSync } from 'node:child_process'
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { backupFolder, listBackups } from '../../corpus/database.ts'
import { takeRoutineBackup } from '../../corpus/backup/routine.ts'
import { Workspace } from '../../corpus/workspace.ts'
import { closeAndWaitForBackup, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))

/** A workspace with one pair, made and closed (its first session takes no backup). */
function madeWorkspace(): string {
  const path = temporaryPath()
  const workspace = openWorkspace(path)
  importSlug(workspace, 'kz-fi-investment-bit-1992')
  workspace.close()
  return path
}

describe('the routine backup', () => {
  it('is taken by a process of its own after the close, and is a sound copy', async () => {
    const path = madeWorkspace()
    const workspace = openWorkspace(path)
    workspace.close()
    expect(workspace.backupProcess).not.toBeNull()
    // Closing again starts no second process (it would find the lock and end before the first is done).
    const started = workspace.backupProcess
    // Exit code 1: the backup failed (the process swallows the error).
    expect(await closeAndWaitForBackup(workspace)).toBe(0)
    expect(workspace.backupProcess).toBe(started)
    const [backup] = listBackups(path)
    expect(backup).toMatch(/-routine\.sqlite$/)
    const copy = Workspace.open(backup!)
    if (!copy.ok) throw new Error(copy.reason)
    expect(copy.workspace.alignments()).toHaveLength(1)
    copy.workspace.close()
    // Taken today: the next close starts none.
    const again = openWorkspace(path)
    again.close()
    expect(again.backupProcess).toBeNull()
  })

  it('is taken once while another backup process holds the lock, and a lock left by a killed one expires', () => {
    const path = madeWorkspace()
    const lock = join(backupFolder(path), 'routine.lock')
    mkdirSync(backupFolder(path), { recursive: true })
    writeFileSync(lock, '')
    expect(takeRoutineBackup(path)).toBe('busy')
    expect(listBackups(path)).toEqual([])
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    utimesSync(lock, twoHoursAgo, twoHoursAgo)
    expect(takeRoutineBackup(path)).toBe('taken')
    expect(takeRoutineBackup(path)).toBe('not-due')
    expect(listBackups(path)).toHaveLength(1)
  })

  it('the first command of the day returns without waiting for it; the backup appears after', async () => {
    const path = madeWorkspace()
    const listed = spawnSync(process.execPath, [EGIZ, 'stats', '--db', path], { encoding: 'utf8' })
    expect(listed.status).toBe(0)
    await expect.poll(() => listBackups(path).length, { timeout: 20_000, interval: 100 }).toBe(1)
  })
})
