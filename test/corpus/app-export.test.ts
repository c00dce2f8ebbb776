// The app's long reads: the export (the export dialog's `export.file`), the terms check and a search
// made while the index is behind can take seconds on a large workspace, during which the app must
// go on answering and saving the reviewer; an export and the terms are of the workspace as it was
// when they began.
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../aligner/tmx/export.ts'
import { dispatch } from '../../contract/dispatch.ts'
import { importSlug, openWorkspace } from '../helpers/workspace.ts'

const ALL: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, pairs: 'all', level: 'both' }
const confirmedUnits = (tmx: string) => tmx.match(/<prop type="x-status">confirmed<\/prop>/g)?.length ?? 0

describe("the app's export of a project", () => {
  it('lets the app answer and save while it runs, and writes the workspace as it was when it began', async () => {
    const workspace = openWorkspace()
    for (const slug of ['constitution-2026', 'kz-pl-consular-convention', 'oic-charter-2008']) importSlug(workspace, slug)
    const [first] = workspace.pairs(workspace.alignments()[0]!.id, { level: 'sentence', limit: 1 })
    let finished = false
    const exporting = Promise.resolve(workspace.exportFile({}, ALL)).then((result) => {
      finished = true
      return result
    })
    // One turn of the event loop, as another call of the app's would wait for.
    await new Promise((resolve) => setImmediate(resolve))
    expect(finished).toBe(false)
    expect(workspace.setStatus({ pairId: first!.id }, 'confirmed')).toMatchObject({ ok: true })
    const exported = await exporting
    expect(exported.report.units).toBeGreaterThan(2000)
    expect(confirmedUnits(exported.chunks.join(''))).toBe(0)
    // The next export has the change.
    expect(confirmedUnits((await workspace.exportFile({}, ALL)).chunks.join(''))).toBeGreaterThan(0)
    workspace.close()
  }, 60_000)

  it('the terms check reads the confirmed pairs alone, from a snapshot the same way', async () => {
    const workspace = openWorkspace()
    for (const slug of ['constitution-2026', 'kz-pl-consular-convention', 'oic-charter-2008']) importSlug(workspace, slug)
    expect(await workspace.termConsistency()).toEqual([])
    for (const { id } of workspace.alignments()) for (const pair of workspace.pairs(id, { level: 'sentence', limit: 10_000 })) workspace.setStatus({ pairId: pair.id }, 'confirmed')
    // Terms rendered more than one way across three agreements once their pairs are confirmed.
    expect((await workspace.termConsistency()).length).toBeGreaterThan(0)
    workspace.close()
  }, 60_000)
})

describe("the app's search while the index is behind", () => {
  const SIX = ['constitution-2026', 'kz-pl-consular-convention', 'oic-charter-2008', 'law-international-treaties-2005', 'irena-statute-2009', 'kz-kexim-loan-1998']
  it('indexes the pairs imported since the last search in slices, answering meanwhile, and then finds them', async () => {
    const workspace = openWorkspace()
    for (const slug of SIX) importSlug(workspace, slug)
    // More than two slices of the index wait (INDEX_SLICE_PAIRS, 1,000 pairs each).
    expect(workspace.pendingForSearchIndex()).toBeGreaterThan(2000)
    for (const [channel, input] of [['search', { query: 'Конституци' }], ['concordance', { query: 'Конституци' }]] as const) {
      if (channel === 'concordance') for (const slug of SIX) importSlug(workspace, slug, 'Again', '-again')
      let finished = false
      const searching = dispatch(workspace, channel, input, (error) => {
        throw error
      }).then((reply) => {
        finished = true
        return reply
      })
      await new Promise((resolve) => setImmediate(resolve))
      expect(finished, channel).toBe(false)
      const reply = (await searching) as { ok: true; value: unknown }
      expect(reply.ok).toBe(true)
      expect(JSON.stringify(reply.value)).toContain('Конституци')
      expect(workspace.pendingForSearchIndex()).toBe(0)
    }
    workspace.close()
  }, 60_000)
})
