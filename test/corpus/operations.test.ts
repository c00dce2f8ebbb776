import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { coverageProblems, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

function setUp() {
  const path = temporaryPath()
  const workspace = openWorkspace(path)
  const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
  return { path, workspace, alignmentId }
}

/** Every row of the alignment's pairs, for exact before/after comparisons. */
function snapshot(path: string): unknown[] {
  const db = new Database(path, { readonly: true })
  const rows = db.prepare("SELECT id, seq, kk_start, kk_end, ru_start, ru_end, kk_text, ru_text, status, note FROM pairs WHERE level = 'sentence' ORDER BY seq").all()
  db.close()
  return rows
}

function expectOk(result: { ok: boolean; reason?: string }): void {
  expect(result, result.reason).toMatchObject({ ok: true })
}

const page = (workspace: Workspace, alignmentId: number) => workspace.pairs(alignmentId, { limit: 500 })

describe('review operations keep every sentence in exactly one pair, and undo restores the exact state', () => {
  it('merge with the next and the previous pair', () => {
    const { path, workspace, alignmentId } = setUp()
    const before = snapshot(path)
    const [first, second, third] = page(workspace, alignmentId)
    expectOk(workspace.merge(first!.id, 'next'))
    const merged = workspace.pair(first!.id)!
    expect(merged.kk.text).toBe(`${first!.kk.text}\n${second!.kk.text}`)
    expect(workspace.pair(second!.id)).toBeNull()
    expectOk(workspace.merge(third!.id, 'previous'))
    expect(coverageProblems(path, alignmentId)).toEqual([])
    expectOk(workspace.undo(alignmentId))
    expectOk(workspace.undo(alignmentId))
    expect(snapshot(path)).toEqual(before)
    expect(workspace.merge(first!.id, 'previous')).toMatchObject({ ok: false, reason: expect.stringContaining('no previous pair') })
  })

  it('split at a sentence boundary and at a character offset', () => {
    const { path, workspace, alignmentId } = setUp()
    const [first, second] = page(workspace, alignmentId)
    expectOk(workspace.merge(first!.id, 'next'))
    const before = snapshot(path)
    const split = workspace.split(first!.id, { kk: { sentences: 1 }, ru: { sentences: 1 } })
    expectOk(split)
    const [left, right] = split.ok ? split.pairs : []
    expect(workspace.pair(left!)!.kk.text).toBe(first!.kk.text)
    expect(workspace.pair(right!)!.ru.text).toBe(second!.ru.text)
    expect(coverageProblems(path, alignmentId)).toEqual([])
    expectOk(workspace.undo(alignmentId))
    expect(snapshot(path)).toEqual(before)
    const cut = workspace.split(first!.id, { kk: { offset: 10 }, ru: { offset: 7 } })
    expectOk(cut)
    expect(workspace.pair(first!.id)!.kk.text).toBe(first!.kk.text.slice(0, 10).trim())
    expect(coverageProblems(path, alignmentId)).toEqual([])
    expect(workspace.split(first!.id, { kk: { sentences: 9 } })).toMatchObject({ ok: false })
  })

  it('move the first sentence to the previous pair and the last to the next', () => {
    const { path, workspace, alignmentId } = setUp()
    const [first, second, third] = page(workspace, alignmentId)
    expectOk(workspace.moveSentence(second!.id, 'ru', 'first-to-previous'))
    expect(workspace.pair(first!.id)!.ru.text).toBe(`${first!.ru.text}\n${second!.ru.text}`)
    expect(workspace.pair(second!.id)!.ru.text).toBe('')
    expect(coverageProblems(path, alignmentId)).toEqual([])
    expectOk(workspace.moveSentence(first!.id, 'ru', 'last-to-next'))
    expect(workspace.pair(second!.id)!.ru.text).toBe(second!.ru.text)
    expect(workspace.pair(third!.id)!.ru.text).toBe(third!.ru.text)
    expect(coverageProblems(path, alignmentId)).toEqual([])
  })

  it('unpair into 1-0 and 0-1, edit a side, set notes and statuses', () => {
    const { path, workspace, alignmentId } = setUp()
    const pairs = page(workspace, alignmentId)
    const unpaired = workspace.unpair(pairs[3]!.id)
    expectOk(unpaired)
    const [kkOnly, ruOnly] = unpaired.ok ? unpaired.pairs.map((id) => workspace.pair(id)!) : []
    expect(kkOnly!.ru.text).toBe('')
    expect(ruOnly!.kk.text).toBe('')
    expect(coverageProblems(path, alignmentId)).toEqual([])

    expectOk(workspace.editText(pairs[5]!.id, 'ru', 'Исправленный текст.'))
    expect(workspace.pair(pairs[5]!.id)!.ru).toMatchObject({ text: 'Исправленный текст.', edited: true })
    const diff = workspace.diff(workspace.history(alignmentId)[0]!.id)!
    expect(diff[0]!.changes.some((c) => c.added && c.value.includes('Исправленный'))).toBe(true)

    expectOk(workspace.setNote(pairs[6]!.id, 'check with the lawyer'))
    expectOk(workspace.setStatus({ pairId: pairs[7]!.id }, 'needs-review'))
    expectOk(workspace.setStatus({ upToPairId: pairs[10]!.id }, 'confirmed'))
    expect(page(workspace, alignmentId).slice(0, 12).filter((p) => p.status === 'confirmed')).toHaveLength(12)
    expectOk(workspace.setStatus({ fromPairId: pairs[20]!.id, toPairId: pairs[22]!.id }, 'rejected'))
    expect(workspace.statistics().byStatus.rejected).toBe(3)
    expect(workspace.pair(pairs[6]!.id)).toMatchObject({ note: 'check with the lawyer', updatedBy: 'tester' })
  })

  it('reverts a normalisation repair where it shows, and undoes that too', () => {
    const { workspace, alignmentId } = setUp()
    const repair = workspace.repairs(alignmentId, 'kk').find((r) => r.kind === 'lookalike' && r.before.includes('i'))!
    const pair = page(workspace, alignmentId).find((p) => p.kk.start! <= repair.cleanStart && p.kk.end! >= repair.cleanEnd)!
    expectOk(workspace.setRepairState(alignmentId, repair.id, 'reverted'))
    expect(workspace.pair(pair.id)!.kk.text).toContain(repair.before)
    expectOk(workspace.undo(alignmentId))
    expect(workspace.pair(pair.id)!.kk.text).toBe(pair.kk.text)
  })

  it('re-aligns the unconfirmed stretches and leaves confirmed pairs alone', () => {
    const { path, workspace, alignmentId } = setUp()
    const pairs = page(workspace, alignmentId)
    expectOk(workspace.setStatus({ upToPairId: pairs[29]!.id }, 'confirmed'))
    for (const index of [40, 50, 60]) expectOk(workspace.merge(pairs[index]!.id, 'next'))
    const confirmed = snapshot(path).slice(0, 30)
    const result = workspace.realign(alignmentId)
    expectOk(result)
    expect(snapshot(path).slice(0, 30)).toEqual(confirmed)
    expect(coverageProblems(path, alignmentId)).toEqual([])
    // The merges undone by re-aligning: the pairs are 1-1 again, as the aligner made them.
    expect(page(workspace, alignmentId)).toHaveLength(pairs.length)
  })

  it('undo and redo survive closing and reopening the workspace', () => {
    const { path, workspace, alignmentId } = setUp()
    const original = snapshot(path)
    const [first] = page(workspace, alignmentId)
    expectOk(workspace.merge(first!.id, 'next'))
    expectOk(workspace.editText(first!.id, 'kk', 'Өзгертілген мәтін.'))
    const edited = snapshot(path)
    workspace.close()
    const reopened = openWorkspace(path)
    expectOk(reopened.undo(alignmentId))
    expectOk(reopened.undo(alignmentId))
    expect(snapshot(path)).toEqual(original)
    expect(reopened.undo(alignmentId)).toEqual({ ok: false, reason: 'nothing to undo', refusal: { code: 'nothing-to-undo' } })
    expectOk(reopened.redo(alignmentId))
    expectOk(reopened.redo(alignmentId))
    expect(snapshot(path)).toEqual(edited)
    expect(reopened.history(alignmentId).map((h) => h.kind)).toEqual(['edit', 'merge'])
    reopened.close()
  })

  it('splits a side typed into a pair that had no text there, keeping the pairs in document order', () => {
    const { path, workspace, alignmentId } = setUp()
    const unpaired = workspace.unpair(page(workspace, alignmentId)[3]!.id)
    expectOk(unpaired)
    const ruOnly = unpaired.ok ? unpaired.pairs[1]! : 0
    expectOk(workspace.editText(ruOnly, 'kk', 'Бірінші бөлік. Екінші бөлік.'))
    const cut = workspace.split(ruOnly, { kk: { offset: 15 }, ru: { offset: 0 } })
    expectOk(cut)
    const parts = cut.ok ? cut.pairs.map((id) => workspace.pair(id)!) : []
    expect(parts.map((p) => p.kk.text)).toEqual(['Бірінші бөлік.', 'Екінші бөлік.'])
    expect(coverageProblems(path, alignmentId)).toEqual([])
    // Merged back, the typed halves join and nothing before them is swallowed.
    expectOk(workspace.merge(parts[0]!.id, 'next'))
    expect(coverageProblems(path, alignmentId)).toEqual([])
  })

  it('a row left with no text on either side disappears, and the changed pairs are scored again', () => {
    const { path, workspace, alignmentId } = setUp()
    const pair = page(workspace, alignmentId).find((p) => p.kk.text !== '' && p.ru.text !== '' && !p.kk.text.includes('\n') && !p.ru.text.includes('\n'))!
    const unpaired = workspace.unpair(pair.id)
    if (!unpaired.ok) throw new Error(unpaired.reason)
    const [kkOnly, ruOnly] = unpaired.pairs
    expect(workspace.pair(kkOnly!)).toMatchObject({ confidence: 0.3, reasons: ['unpaired by the reviewer', 'sentence found in the Kazakh text only'] })
    // The Russian-only row's one sentence goes back up: the row is empty, so it is gone.
    const moved = workspace.moveSentence(ruOnly!, 'ru', 'first-to-previous')
    if (!moved.ok) throw new Error(moved.reason)
    expect(workspace.pair(ruOnly!)).toBeNull()
    expect(moved.pairs).toEqual([kkOnly])
    const rejoined = workspace.pair(kkOnly!)!
    expect(rejoined.ru.text).toBe(pair.ru.text)
    expect(rejoined.reasons[0]).toBe('sentence moved by the reviewer')
    expect(rejoined.reasons.some((reason) => reason.startsWith('length ratio'))).toBe(true)
    expect(rejoined.confidence).toBeGreaterThan(0.3)
    expect(coverageProblems(path, alignmentId)).toEqual([])
    expectOk(workspace.undo(alignmentId))
    expect(workspace.pair(ruOnly!)!.ru.text).toBe(pair.ru.text)
  })

  it('a merged pair gets its confidence from its own text, not the lower of the two', () => {
    const { workspace, alignmentId } = setUp()
    const [first, second] = page(workspace, alignmentId)
    const merged = workspace.merge(first!.id, 'next')
    expectOk(merged)
    const view = workspace.pair(first!.id)!
    expect(view.reasons[0]).toBe('merged by the reviewer')
    expect(view.reasons.length).toBeGreaterThan(1)
    expect(view.confidence).not.toBe(Math.min(first!.confidence, second!.confidence))
  })
})
