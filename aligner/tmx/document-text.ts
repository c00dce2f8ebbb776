// The text of a pair as the documents have it, for a translation memory that must match them:
// Egiz's repairs of characters and spacing undone (look-alike Latin letters, letter-spaced words,
// runs of spaces), and the list numbers a reader generated from Word or HTML list formatting left
// out (a CAT tool's segment does not hold them). The repairs of layout stay: wrapped lines joined,
// markup gone, one paragraph per line — what a CAT tool's file filter reads as the text.
import type { RepairKind } from '../text/edits.ts'
import { toCleanOffset, type NormalizedText } from '../text/normalize.ts'

/** Replace clean[start, end) by `text` to get back the document's own text. */
export interface DocumentEdit {
  start: number
  end: number
  text: string
}

/** Repairs a TM must undo: they changed characters of a paragraph, not its layout. */
export function changesCharacters(kind: RepairKind | string, before: string, after: string): boolean {
  if (kind === 'lookalike' || kind === 'letter-spacing') return true
  return kind === 'whitespace' && !before.includes('\n') && !after.includes('\n')
}

/** The edits for a prepared document: its character repairs and generated spans, in clean offsets. */
export function documentEdits(normalized: NormalizedText, generated: Array<[number, number]>): DocumentEdit[] {
  const edits: DocumentEdit[] = []
  for (const repair of normalized.repairs) {
    if (!changesCharacters(repair.kind, repair.before, repair.after)) continue
    const start = toCleanOffset(normalized, repair.start)
    edits.push({ start, end: Math.max(start, toCleanOffset(normalized, repair.end)), text: repair.before })
  }
  for (const [start, end] of generated) edits.push({ start: toCleanOffset(normalized, start), end: toCleanOffset(normalized, end), text: '' })
  return sortEdits(edits)
}

/** By start; of edits starting together the longer first (a letter-spaced word holds look-alikes). */
export function sortEdits(edits: DocumentEdit[]): DocumentEdit[] {
  return edits.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Each paragraph of clean[start, end) (a line break ends one) with the edits inside it applied. */
export function documentParagraphs(clean: string, start: number, end: number, edits: DocumentEdit[]): string[] {
  const paragraphs: string[] = []
  let next = firstEditFrom(edits, start)
  for (let from = start; from <= end; ) {
    const to = lineEnd(clean, from, end)
    let text = ''
    let at = from
    for (; next < edits.length && edits[next]!.start <= to; next++) {
      const edit = edits[next]!
      if (edit.start < at || edit.end > to) continue // nested in one already applied, or across paragraphs
      text += clean.slice(at, edit.start) + edit.text
      at = edit.end
    }
    paragraphs.push(text + clean.slice(at, to))
    from = to + 1
  }
  return paragraphs
}

/**
 * The first line break in clean[from, end), or end. Never searched past the pair: a paragraph may
 * be a whole document long, and a search to its end from each of its sentences is quadratic
 * (100,000 sentences in one paragraph: 5.4 s of a 6.9 s export).
 */
function lineEnd(clean: string, from: number, end: number): number {
  for (let at = from; at < end; at++) if (clean.charCodeAt(at) === 10) return at
  return end
}

function firstEditFrom(edits: DocumentEdit[], start: number): number {
  let low = 0
  let high = edits.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (edits[middle]!.start < start) low = middle + 1
    else high = middle
  }
  return low
}
