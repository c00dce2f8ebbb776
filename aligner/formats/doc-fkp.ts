// Formatted disk pages (FKP) of Word 97–2003 files: a bin table (PlcBte) in the table stream names
// the 512-byte page of the WordDocument stream that holds the properties of the text at a byte
// offset; the page splits its text into runs, each pointing at its properties in the page.

import { lastIndexAtMost } from '../sorted.ts'

const PAGE = 512

/** Bytes of each run's entry after the page's offsets: 13 for paragraph runs (BxPap), 1 for character runs. */
export type RunEntrySize = 13 | 1

/**
 * For a bin table, a lookup from a byte offset of the text to where its run's properties start in
 * the WordDocument stream, or -1 when the text has none (or the table or page is damaged).
 */
export function fkpProperties(word: Uint8Array, table: Uint8Array, { fc, lcb }: { fc: number; lcb: number }, entrySize: RunEntrySize): (textFc: number) => number {
  const count = (lcb - 4) / 8
  if (!Number.isInteger(count) || count < 1 || fc + lcb > table.length) return () => -1
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength)
  const limits = Array.from({ length: count + 1 }, (_, k) => tableView.getUint32(fc + 4 * k, true))
  const pages = Array.from({ length: count }, (_, k) => tableView.getUint32(fc + 4 * (count + 1) + 4 * k, true) & 0x3fffff)
  return (textFc) => {
    const index = lastAtMost(limits, textFc)
    if (index < 0 || index >= count || textFc >= limits[index + 1]!) return -1
    const page = pages[index]! * PAGE
    if (page + PAGE > word.length) return -1
    const runs = word[page + PAGE - 1]!
    const bounds = Array.from({ length: runs + 1 }, (_, k) => wordView.getUint32(page + 4 * k, true))
    const run = lastAtMost(bounds, textFc)
    if (run < 0 || run >= runs) return -1
    const offset = word[page + 4 * (runs + 1) + entrySize * run]! * 2
    return offset === 0 ? -1 : page + offset
  }
}

/** The end of the page that holds `at`: properties never run past it. */
export function pageEnd(at: number): number {
  return (Math.floor(at / PAGE) + 1) * PAGE - 1
}

function lastAtMost(sorted: number[], value: number): number {
  return sorted.length === 0 || sorted[0]! > value ? -1 : lastIndexAtMost(sorted, value)
}
