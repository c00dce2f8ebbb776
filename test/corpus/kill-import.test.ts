// Imports killed with SIGKILL at random points, by `egiz import` in a loop and by `egiz batch`:
// after each kill the workspace opens, passes SQLite's integrity check, holds every alignment
// reported as imported, and no alignment is half there (each covers both texts exactly once).
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { CORPUS } from '../helpers/corpus.ts'
import { coverageProblems, temporaryPath } from '../helpers/workspace.ts'

const IMPORT_FOREVER = fileURLToPath(new URL('../fixtures/corpus/import-forever.ts', import.meta.url))
const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const ROUNDS = 6

/** Runs the command, kills it `afterMs` after it says `ready` (or after it starts), and returns what it printed. */
function runAndKill(args: string[], afterMs: number, waitForReady: boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let output = ''
    let timer: NodeJS.Timeout | undefined = waitForReady ? undefined : setTimeout(() => child.kill('SIGKILL'), afterMs)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (timer === undefined && output.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(output)
    })
  })
}

function expectSound(path: string, reported: number[]): void {
  const db = new Database(path, { readonly: true })
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  const stored = db.prepare('SELECT id FROM alignments').pluck().all() as number[]
  db.close()
  for (const id of reported) expect(stored, `alignment ${id} was reported imported`).toContain(id)
  for (const id of stored) expect(coverageProblems(path, id), `alignment ${id}`).toEqual([])
}

describe('imports killed at random points', () => {
  it(`egiz import in a loop: every reported alignment is there and whole (${ROUNDS} kills)`, async () => {
    const path = temporaryPath()
    const reported: number[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      const output = await runAndKill([IMPORT_FOREVER, path], 200 + ((round * 331) % 900), true)
      reported.push(...[...output.matchAll(/^imported (\d+)$/gm)].map((m) => Number(m[1])))
      expectSound(path, reported)
    }
    expect(reported.length).toBeGreaterThan(0)
  }, 120_000)

  it(`egiz batch: after each kill the workspace is sound, and the next run completes it (${ROUNDS} kills)`, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'egiz-kill-batch-'))
    for (const slug of ['kz-fi-investment-bit-1992', 'hcch-statute-1951', 'central-asia-hydromet-1999', 'csto-charter-2002']) {
      mkdirSync(join(folder, slug))
      for (const side of ['kk', 'ru']) copyFileSync(join(CORPUS, slug, `${side}.txt`), join(folder, slug, `${side}.txt`))
    }
    const db = temporaryPath()
    for (let round = 1; round <= ROUNDS; round++) {
      await runAndKill([EGIZ, 'batch', folder, '--db', db, '--workers', '2'], 600 + ((round * 479) % 1500), false)
      expectSound(db, [])
    }
    await runAndKill([EGIZ, 'batch', folder, '--db', db], 120_000, false)
    const check = new Database(db, { readonly: true })
    expect(check.prepare('SELECT count(*) FROM alignments').pluck().get()).toBe(4)
    check.close()
  }, 240_000)
})
