// Workspace faults through the real command: damage met in the middle of a command, an interrupted
// backup, a failed first import, a device given as the workspace, and many first opens at once.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { backUp, listBackups, openDatabase } from '../../corpus/database.ts'
import { CORPUS } from '../helpers/corpus.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../../samples/kz-fi-investment/', import.meta.url))

function egiz(...args: string[]) {
  return spawnSync(process.execPath, [EGIZ, ...args], { encoding: 'utf8' })
}

const folder = () => mkdtempSync(join(tmpdir(), 'egiz-faults-'))

describe('a damaged workspace', () => {
  it('too large for the check at open: the command that meets the damage says so in one line, with the latest backup', () => {
    const db = join(folder(), 'ws.sqlite')
    // In as many projects as it takes: a workspace past the size the check at open reads whole.
    for (let project = 1; !existsSync(db) || statSync(db).size <= 8 * 1024 * 1024; project++) {
      expect(project).toBeLessThan(6)
      for (const slug of ['constitution-2026', 'kz-pl-consular-convention', 'csto-charter-2002', 'oic-charter-2008', 'irena-statute-2009', 'eurasec-court-statute-2010', 'law-international-treaties-2005', 'kz-kexim-loan-1998']) {
        expect(egiz('import', join(CORPUS, slug, 'kk.txt'), join(CORPUS, slug, 'ru.txt'), '--db', db, '--project', `P${project}`).status).toBe(0)
      }
    }
    expect(statSync(db).size).toBeGreaterThan(8 * 1024 * 1024)
    const fd = openSync(db, 'r+')
    writeSync(fd, Buffer.alloc(64 * 1024, 0x41), 0, 64 * 1024, 4 * 1024 * 1024)
    closeSync(fd)
    const result = egiz('export', '-o', join(folder(), 'out.tmx'), '--db', db, '--status', 'all')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/the workspace file is damaged; .* The latest backup is .*\.sqlite; open it with --db/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})

describe('backups', () => {
  it('an interrupted backup is never the latest one, and a finished one is checked and complete', () => {
    const db = join(folder(), 'ws.sqlite')
    expect(egiz('import', join(SAMPLE, 'kk.txt'), join(SAMPLE, 'ru.txt'), '--db', db).status).toBe(0)
    const before = listBackups(db)
    // What a backup killed half-way leaves: a partial copy under its temporary name.
    const backups = `${db}.backups`
    mkdirSync(backups, { recursive: true })
    writeFileSync(join(backups, '2099-01-01T00-00-00-000Z-routine.sqlite.partial'), 'SQLite format 3\0 cut short')
    expect(listBackups(db)).toEqual(before)
    const opened = openDatabase(db)
    if (!opened.ok) throw new Error(opened.reason)
    const made = backUp(opened.db, db, 'test')
    opened.db.close()
    expect(listBackups(db)[0]).toBe(made)
    expect(readdirSync(backups).filter((name) => name.endsWith('.partial') && !name.startsWith('2099'))).toEqual([])
    const copy = openDatabase(made)
    expect(copy.ok).toBe(true)
    if (copy.ok) copy.db.close()
  })
})

describe('creating a workspace', () => {
  it('a failed first import leaves no new workspace behind', () => {
    const db = join(folder(), 'new.sqlite')
    const result = egiz('import', join(folder(), 'missing.txt'), join(SAMPLE, 'ru.txt'), '--db', db)
    expect(result.status).toBe(2)
    expect(existsSync(db)).toBe(false)
    expect(existsSync(`${db}.backups`)).toBe(false)
  })

  it('a device given as the workspace is refused and nothing is written beside it', () => {
    const result = egiz('projects', '--db', '/dev/null')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('is not a workspace file')
    expect(existsSync('/dev/null-journal')).toBe(false)
  })

  it('many programs creating the same new workspace at once all succeed', async () => {
    const db = join(folder(), 'shared.sqlite')
    const runs = Array.from({ length: 12 }, () => new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [EGIZ, 'import', join(SAMPLE, 'kk.txt'), join(SAMPLE, 'ru.txt'), '--db', db], { stdio: 'ignore' })
      child.on('exit', (code) => resolve(code ?? -1))
    }))
    expect(await Promise.all(runs)).toEqual(Array(12).fill(0))
    expect(egiz('projects', '--db', db).stdout).toContain('(12 aligned documents)')
  }, 60_000)

  it('a command that only reads refuses a path with no workspace, and creates none there', () => {
    const db = join(folder(), 'mistyped.sqlite')
    for (const command of [['projects'], ['stats'], ['search', 'Тараптар'], ['terms'], ['export', '-o', join(folder(), 'out.tmx')]]) {
      const result = egiz(...command, '--db', db)
      expect(result.status, command[0]).toBe(2)
      expect(result.stderr).toBe(`egiz: ${db}: there is no workspace at this path; check it, or create one with "egiz import KK RU --db ${db}".\n`)
    }
    expect(readdirSync(dirname(db))).toEqual([])
  })
})
