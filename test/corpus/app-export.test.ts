// The app's export (the export dialog's `export.file`) and terms check (`terms.check`): a whole
// project can take seconds, during which the app must go on answering and saving the reviewer, and
// the result must be of the workspace as it was when it began.
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../aligner/tmx/export.ts'
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
