// Stages of repairs traced back to the original: the compact offset map must give, for every
// character after several stages, the same original offset as applying each stage to a full array.
import { describe, expect, it } from 'vitest'
import { applyEdits, offsetArray, offsetAt, untraced, type Repair, type TextEdit } from '../../aligner/text/edits.ts'

/** The reference: one offset per character, carried through a stage the simplest way. */
function applyToArray(text: string, offsets: number[], edits: TextEdit[]): { text: string; offsets: number[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let out = ''
  const next: number[] = []
  let cursor = 0
  for (const edit of sorted) {
    out += text.slice(cursor, edit.start)
    next.push(...offsets.slice(cursor, edit.start))
    out += edit.replacement
    next.push(...replacementOffsets(text, offsets, edit))
    cursor = edit.end
  }
  out += text.slice(cursor)
  next.push(...offsets.slice(cursor))
  return { text: out, offsets: next }
}

/** As documented on applyEdits: kept length position by position; deletions matched in order; else the start. */
function replacementOffsets(text: string, offsets: number[], edit: TextEdit): number[] {
  const { start, end, replacement } = edit
  if (replacement.length === end - start) return offsets.slice(start, end)
  const matched: number[] = []
  let from = start
  for (const unit of replacement) {
    while (from < end && text[from] !== unit) from++
    if (from === end) return Array.from({ length: replacement.length }, () => offsets[start]!)
    matched.push(offsets[from++]!)
  }
  return matched
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

/** Non-overlapping edits of every kind: deletions, insertions, same-length swaps, longer and shorter replacements. */
function randomEdits(text: string, next: () => number): TextEdit[] {
  const edits: TextEdit[] = []
  for (let at = 0; at < text.length; ) {
    at += 1 + Math.floor(next() * 12)
    if (at > text.length) break
    const end = Math.min(text.length, at + Math.floor(next() * 4))
    const piece = text.slice(at, end)
    const choice = Math.floor(next() * 4)
    const replacement = choice === 0 ? '' : choice === 1 ? piece.toUpperCase() : choice === 2 ? piece.replace(/ /g, '') : `<${piece}>`
    if (replacement !== piece) edits.push({ start: at, end, replacement, kind: 'whitespace' })
    at = end
  }
  return edits
}

describe('applyEdits', () => {
  it('traces every character through several stages as a full offset array does', () => {
    const next = random(7)
    const original = 'Статья 1.  Стороны   договорились о нижеследующем:\n  а) о мире;\n\nб) о дружбе.  '.repeat(20)
    let traced = untraced(original)
    let reference = { text: original, offsets: Array.from({ length: original.length + 1 }, (_, k) => k) }
    const log: Repair[] = []
    for (let stage = 0; stage < 5; stage++) {
      const edits = randomEdits(traced.text, next)
      traced = applyEdits(traced, edits, original, log)
      reference = applyToArray(reference.text, reference.offsets, edits)
      expect(traced.text).toBe(reference.text)
      expect(Array.from(offsetArray(traced.toOriginal))).toEqual(reference.offsets)
      for (let position = 0; position <= traced.text.length; position += 17) expect(offsetAt(traced.toOriginal, position)).toBe(reference.offsets[position])
    }
  })

  it('logs each repair with its original span and text', () => {
    const original = 'а  б\r\nв'
    const log: Repair[] = []
    const first = applyEdits(untraced(original), [{ start: 4, end: 6, replacement: '\n', kind: 'line-ending' }], original, log)
    applyEdits(first, [{ start: 1, end: 3, replacement: ' ', kind: 'whitespace' }], original, log)
    expect(log).toEqual([
      { kind: 'line-ending', start: 4, end: 6, before: '\r\n', after: '\n' },
      { kind: 'whitespace', start: 1, end: 3, before: '  ', after: ' ' },
    ])
  })

  it('refuses overlapping edits', () => {
    const edits: TextEdit[] = [
      { start: 0, end: 3, replacement: '', kind: 'whitespace' },
      { start: 2, end: 4, replacement: '', kind: 'whitespace' },
    ]
    expect(() => applyEdits(untraced('abcdef'), edits, 'abcdef', [])).toThrow(/overlapping/)
  })
})
