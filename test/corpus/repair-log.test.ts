// An import keeps a version's repairs packed in the version; the review screen's first look turns
// them into rows (ids, states), and everything that reads repairs reads the same either way.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_OPTIONS } from '../../aligner/tmx/export.ts'
import { importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

function storedRepairs(path: string): { rows: number; packed: number } {
  const db = new Database(path, { readonly: true })
  try {
    return {
      rows: db.prepare('SELECT count(*) FROM repairs').pluck().get() as number,
      packed: db.prepare('SELECT count(*) FROM document_versions WHERE repairs_deflated IS NOT NULL').pluck().get() as number,
    }
  } finally {
    db.close()
  }
}

/** The TMX without its creation times, which differ from one export to the next. */
async function exportedTmx(workspace: ReturnType<typeof openWorkspace>, alignmentId: number): Promise<string> {
  return (await workspace.exportFile({ alignmentId }, { ...DEFAULT_EXPORT_OPTIONS, pairs: 'all' })).chunks.join('').replace(/ creationdate="[^"]*"/g, '')
}

describe('the repairs of a version', () => {
  it('are stored packed, and become rows the first time the screen asks for them, once', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    expect(storedRepairs(path)).toEqual({ rows: 0, packed: 2 })

    const first = workspace.repairs(alignmentId, 'kk')
    expect(first.length).toBeGreaterThan(100)
    expect(storedRepairs(path).packed).toBe(1)
    expect(storedRepairs(path).rows).toBe(first.length)
    // Asked again (a page of the screen, or after a restart), the same rows with the same ids.
    expect(workspace.repairs(alignmentId, 'kk')).toEqual(first)
    const inFirstThousand = workspace.repairs(alignmentId, 'kk', { start: 0, end: 1000 })
    expect(inFirstThousand).toEqual(first.filter((repair) => repair.cleanStart < 1000))
    expect(storedRepairs(path).rows).toBe(first.length)
    workspace.close()
  })

  it('undo to the same document text in an export, packed or unpacked', async () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const fromPacked = await exportedTmx(workspace, alignmentId)
    workspace.repairs(alignmentId, 'kk')
    workspace.repairs(alignmentId, 'ru')
    expect(storedRepairs(path).packed).toBe(0)
    expect(await exportedTmx(workspace, alignmentId)).toBe(fromPacked)
    // The export holds the text as in the files: a Latin look-alike the clean text repaired is back.
    expect(fromPacked).toMatch(/[а-яәіңғүұқөһ]i[а-яәіңғүұқөһ]/)
    workspace.close()
  })

  it('can be reverted once unpacked, and the revert is kept', () => {
    const path = temporaryPath()
    const workspace = openWorkspace(path)
    const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
    const repair = workspace.repairs(alignmentId, 'kk').find((candidate) => candidate.kind === 'lookalike')!
    expect(workspace.setRepairState(alignmentId, repair.id, 'reverted')).toMatchObject({ ok: true })
    workspace.close()
    const reopened = openWorkspace(path)
    expect(reopened.repairs(alignmentId, 'kk').find((candidate) => candidate.id === repair.id)!.state).toBe('reverted')
    reopened.close()
  })
})
