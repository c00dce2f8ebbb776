import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { coverageProblems, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

const EDIT_FOREVER = fileURLToPath(new URL('../fixtures/corpus/edit-forever.ts', import.meta.url))
const HOLD_LOCK = fileURLToPath(new URL('../fixtures/corpus/hold-write-lock.ts', import.meta.url))
/** Kill rounds; each lets the child edit for a random 150–650 ms after it has opened the workspace. */
const CRASH_ROUNDS = 12

function runAndKill(path: string, seed: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [EDIT_FOREVER, path, String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    let timer: NodeJS.Timeout | undefined
    // Start-up time varies with the machine's load; the editing time is what the test controls.
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (timer === undefined && output.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('exit', () => {
      clearTimeout(timer)
      resolve([...output.matchAll(/^committed (\d+)$/gm)].map((m) => Number(m[1])))
    })
  })
}

describe('crash safety', () => {
  it(`keeps every reported operation and no half-done one when killed at random points (${CRASH_ROUNDS} rounds)`, async () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    workspace.close()
    let reportedTotal = 0
    for (let round = 1; round <= CRASH_ROUNDS; round++) {
      const reported = await runAndKill(path, round * 7919, 150 + ((round * 137) % 500))
      reportedTotal += reported.length
      const db = new Database(path)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const stored = new Set(db.prepare("SELECT id FROM operations WHERE state = 'done'").pluck().all() as number[])
      for (const id of reported) expect(stored.has(id), `operation ${id} was reported committed`).toBe(true)
      // The last stored operation is whole: every row it wrote is there as it wrote it.
      const last = db.prepare('SELECT after FROM operations ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined
      if (last) {
        for (const row of JSON.parse(last).pairs as Array<{ id: number; seq: number }>) {
          const present = db.prepare('SELECT seq FROM pairs WHERE id = ?').pluck().get(row.id) as number | undefined
          // A later operation of the same run may have replaced it; otherwise it must match.
          if (present !== undefined) expect(present).toBe(row.seq)
        }
      }
      db.close()
      expect(coverageProblems(path, alignmentId)).toEqual([])
    }
    expect(reportedTotal).toBeGreaterThan(CRASH_ROUNDS)
  }, 120_000)
})

describe('two programs on one workspace', () => {
  it('waits for a short lock, reports a long one clearly, and reads meanwhile', async () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path, { busyTimeoutMs: 300 })
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const [first] = workspace.pairs(alignmentId, { limit: 1 })
    const child = spawn(process.execPath, [HOLD_LOCK, path, '1500'], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    expect(workspace.pairs(alignmentId, { limit: 5 })).toHaveLength(5)
    expect(workspace.merge(first!.id, 'next')).toEqual({ ok: false, reason: expect.stringContaining('busy in another Egiz') })
    await new Promise<void>((resolve) => child.on('exit', () => resolve()))
    expect(workspace.merge(first!.id, 'next')).toMatchObject({ ok: true })
    expect(workspace.pair(first!.id)!.note).toBe('held')
    workspace.close()
  })

  it('lets a short lock pass within the busy timeout', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path, { busyTimeoutMs: 3000 })
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const [first] = workspace.pairs(alignmentId, { limit: 1 })
    const child = spawn(process.execPath, [HOLD_LOCK, path, '300'], { stdio: ['ignore', 'pipe', 'inherit'] })
    return new Promise<void>((resolve) => {
      child.stdout.once('data', () => {
        expect(workspace.merge(first!.id, 'next')).toMatchObject({ ok: true })
        workspace.close()
        resolve()
      })
    })
  })
})

