// Importing the same two files again asks instead of making a silent duplicate; each answer does
// what it says, without reading or aligning the files a second time.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PairImportResult, Workspace } from '../../corpus/workspace.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { openWorkspace } from '../helpers/workspace.ts'

const SLUG = 'kz-fi-investment-bit-1992'
const files = () => (['kk', 'ru'] as const).map((side) => ({ name: `fi_${side}.txt`, bytes: readFileSync(join(CORPUS, SLUG, `${side}.txt`)) }))

function alreadyImported(result: PairImportResult): { token: number; alignmentId: number } {
  if (result.ok || !('alreadyImported' in result)) throw new Error(`expected "already imported", got ${JSON.stringify(result).slice(0, 200)}`)
  return result.alreadyImported
}

/** Workspaces of the current test, closed after it (their import worker threads end with them). */
const opened: Workspace[] = []
afterEach(() => {
  for (const workspace of opened.splice(0)) workspace.close()
})

async function importedOnce(): Promise<{ workspace: Workspace; first: number }> {
  const workspace = openWorkspace()
  opened.push(workspace)
  const result = await workspace.importFiles('Treaties', files(), 'ask')
  if (!result.ok) throw new Error(result.reason)
  return { workspace, first: result.alignmentId }
}

describe('importing the same files again', () => {
  it('asks, and "open" opens the existing alignment without adding one', async () => {
    const { workspace, first } = await importedOnce()
    const asked = alreadyImported(await workspace.importFiles('Treaties', files(), 'ask'))
    expect(asked.alignmentId).toBe(first)
    expect(workspace.resolveImport(asked.token, 'open')).toMatchObject({ ok: true, alignmentId: first })
    expect(workspace.alignments()).toHaveLength(1)
    // An answer counts once.
    expect(workspace.resolveImport(asked.token, 'open')).toMatchObject({ ok: false, reason: expect.stringContaining('no longer waiting') })
  })

  it('"align again" makes a new alignment of the same document versions', async () => {
    const { workspace, first } = await importedOnce()
    const asked = alreadyImported(await workspace.importFiles('Treaties', files(), 'ask'))
    const again = workspace.resolveImport(asked.token, 'version')
    if (!again.ok) throw new Error(again.reason)
    expect(again.alignmentId).not.toBe(first)
    expect(workspace.alignments()).toHaveLength(2)
    expect(workspace.pairs(again.alignmentId, { limit: 5 }).map((p) => p.kk.text)).toEqual(workspace.pairs(first, { limit: 5 }).map((p) => p.kk.text))
  })

  it('"import a copy" stores documents of their own, named as copies', async () => {
    const { workspace } = await importedOnce()
    const asked = alreadyImported(await workspace.importFiles('Treaties', files(), 'ask'))
    const copy = workspace.resolveImport(asked.token, 'copy')
    if (!copy.ok) throw new Error(copy.reason)
    const copied = workspace.alignments().find((a) => a.id === copy.alignmentId)!
    expect([copied.kkFile, copied.ruFile]).toEqual(['fi_kk (copy 1).txt', 'fi_ru (copy 1).txt'])
    expect(workspace.alignments()).toHaveLength(2)
    // A second copy gets the next number.
    const again = alreadyImported(await workspace.importFiles('Treaties', files(), 'ask'))
    const second = workspace.resolveImport(again.token, 'copy')
    if (!second.ok) throw new Error(second.reason)
    expect(workspace.alignments().find((a) => a.id === second.alignmentId)!.kkFile).toBe('fi_kk (copy 2).txt')
  })

  it('the command line and batch keep importing without asking', async () => {
    const { workspace } = await importedOnce()
    const result = await workspace.importFiles('Treaties', files())
    expect(result.ok).toBe(true)
  })
})
