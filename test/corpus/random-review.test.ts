// Long review sessions of random operations, every kind mixed, as no hand-written test orders
// them: merges across articles, splits of typed text, undo after re-aligning a range. The pairs
// must still cover each side's text once, in order, whatever the sequence.
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../corpus/workspace.ts'
import { coverageProblems, importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

const STATUSES = ['confirmed', 'auto', 'needs-review', 'rejected'] as const

/** One random operation on a random pair; returns what it did, for the failure message. */
function randomOperation(workspace: Workspace, alignmentId: number, random: () => number, step: number): string {
  const pairs = workspace.pairs(alignmentId, { limit: 5000 })
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const pair = pick(pairs)
  const side = random() < 0.5 ? 'kk' : 'ru'
  const choice = random()
  if (choice < 0.15) return `merge ${pair.id}: ${workspace.merge(pair.id, random() < 0.5 ? 'next' : 'previous').ok}`
  if (choice < 0.3) {
    const at = { kk: { offset: Math.floor(random() * (pair.kk.text.length + 1)) }, ru: { offset: Math.floor(random() * (pair.ru.text.length + 1)) } }
    return `split ${pair.id} at ${at.kk.offset}/${at.ru.offset}: ${workspace.split(pair.id, at).ok}`
  }
  if (choice < 0.38) return `split ${pair.id} after a ${side} sentence: ${workspace.split(pair.id, { [side]: { sentences: 1 } }).ok}`
  if (choice < 0.48) return `move a ${side} sentence of ${pair.id}: ${workspace.moveSentence(pair.id, side, random() < 0.5 ? 'first-to-previous' : 'last-to-next').ok}`
  if (choice < 0.55) return `unpair ${pair.id}: ${workspace.unpair(pair.id).ok}`
  if (choice < 0.65) return `edit ${side} of ${pair.id}: ${workspace.editText(pair.id, side, random() < 0.2 ? '' : `${pair[side].text} ·`).ok}`
  if (choice < 0.72) return `status up to ${pair.id}: ${workspace.setStatus({ upToPairId: pair.id }, pick(STATUSES)).ok}`
  if (choice < 0.82) return `undo: ${workspace.undo(alignmentId).ok}`
  if (choice < 0.88) return `redo: ${workspace.redo(alignmentId).ok}`
  if (choice < 0.92) {
    const other = pick(pairs)
    return `re-align ${pair.id}..${other.id}: ${workspace.realign(alignmentId, { fromPairId: pair.id, toPairId: other.id }).ok}`
  }
  return `note on ${pair.id}: ${workspace.setNote(pair.id, `note ${step}`).ok}`
}

describe('random review sessions', () => {
  // The first seed is the session that found the re-aligned range overrunning the pair after it.
  for (const [slug, seed] of [['kz-pl-consular-convention', 104729], ['kz-fi-investment-bit-1992', 7], ['kz-pl-consular-convention', 31337]] as const) {
    it(`keep the pairs covering both texts once, in order: ${slug}, seed ${seed}`, () => {
      const path = temporaryPath()
      const workspace = openWorkspace(path)
      const alignmentId = importSlug(workspace, slug)
      let state = seed
      const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
      const done: string[] = []
      for (let step = 1; step <= 300; step++) {
        done.push(randomOperation(workspace, alignmentId, random, step))
        if (step % 10 === 0) expect(coverageProblems(path, alignmentId), done.slice(-10).join('\n')).toEqual([])
      }
      workspace.close()
    }, 60_000)
  }
})
