// A disk that fills up during an import, made with SQLite's own limit on the file's size
// (max_page_count): the import is refused with a plain reason, nothing of it is left half-written,
// the earlier work is intact, and the workspace still closes and opens cleanly.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { coverageProblems, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS } from '../helpers/corpus.ts'

/** The workspace's connection, to cap its file as a full disk would. */
function connection(workspace: Workspace): Database.Database {
  return (workspace as unknown as { db: Database.Database }).db
}

describe('a full disk during an import', () => {
  it('rolls the import back, keeps what was there, and closes and reopens cleanly', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const first = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const db = connection(workspace)
    const pages = db.pragma('page_count', { simple: true }) as number
    db.pragma(`max_page_count = ${pages + 20}`)
    const source = (side: 'kk' | 'ru') => ({ name: `constitution.${side}.txt`, bytes: readFileSync(join(CORPUS, 'constitution-2026', `${side}.txt`)) })
    const result = workspace.importPair({ project: 'Treaties', sources: [source('kk'), source('ru')] })
    expect(result).toEqual({ ok: false, reason: 'the disk is full; free some space and try again' })
    expect(workspace.alignments().map((a) => a.id)).toEqual([first])
    expect(() => workspace.close()).not.toThrow()
    const check = new Database(path, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(check.prepare('SELECT count(*) FROM document_versions').pluck().get()).toBe(2)
    check.close()
    expect(coverageProblems(path, first)).toEqual([])
    const reopened = openWorkspace(path)
    expect(reopened.alignments().length).toBe(1)
    reopened.close()
  })
})
