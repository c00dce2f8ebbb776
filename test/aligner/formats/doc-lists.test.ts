// List numbers of a Word 97–2003 .doc counted as Word counts them, from list tables built here byte
// by byte as the format lays them out (PlfLst with its levels, PlfLfo with start-at overrides).
import { describe, expect, it } from 'vitest'
import { DocLists } from '../../../aligner/formats/doc-lists.ts'

/** One level (LVL): start, number format (0 decimal, 3 upper-case letters), its label with level numbers as characters 0–8, a space after. */
function level(start: number, label: string, format = 0): number[] {
  const fixed = new Uint8Array(28)
  const view = new DataView(fixed.buffer)
  view.setInt32(0, start, true)
  fixed[4] = format
  fixed[15] = 1 // a space follows
  const text = new Uint8Array(2 + 2 * label.length)
  new DataView(text.buffer).setUint16(0, label.length, true)
  for (let k = 0; k < label.length; k++) new DataView(text.buffer).setUint16(2 + 2 * k, label.charCodeAt(k), true)
  return [...fixed, ...text]
}

/** A level an override gives anew: its number format and label. */
interface NewLevel {
  format: number
  label: string
}

/**
 * A table stream with one nine-level outline list (id 1) numbered `1`, `1.1`, `1.1.1`…, and the
 * given overrides: levels restarted at a number, or given anew.
 */
function listTables(overrides: Array<Map<number, number>>, newLevels: Array<Map<number, NewLevel>> = []): { table: Uint8Array; lists: { fc: number; lcb: number }; lfo: { fc: number; lcb: number } } {
  const lst = new Uint8Array(2 + 28)
  const lstView = new DataView(lst.buffer)
  lstView.setInt16(0, 1, true)
  lstView.setInt32(2, 1, true) // lsid
  const labels = Array.from({ length: 9 }, (_, depth) => Array.from({ length: depth + 1 }, (_, k) => String.fromCharCode(k)).join('.'))
  const lists = [...lst, ...labels.flatMap((label) => level(1, label))]

  const head = new Uint8Array(4 + 16 * overrides.length)
  const headView = new DataView(head.buffer)
  headView.setUint32(0, overrides.length, true)
  overrides.forEach((starts, k) => {
    headView.setInt32(4 + 16 * k, 1, true) // the list it numbers by
    head[4 + 16 * k + 12] = starts.size + (newLevels[k]?.size ?? 0)
  })
  const data: number[] = []
  overrides.forEach((starts, k) => {
    data.push(0xff, 0xff, 0xff, 0xff)
    const entry = (start: number, flags: number) => {
      const bytes = new DataView(new ArrayBuffer(8))
      bytes.setInt32(0, start, true)
      bytes.setUint32(4, flags, true)
      data.push(...new Uint8Array(bytes.buffer))
    }
    for (const [index, start] of starts) entry(start, index | 0x10) // fStartAt
    for (const [index, given] of newLevels[k] ?? []) {
      entry(0, index | 0x20) // fFormatting: an LVL follows
      data.push(...level(1, given.label, given.format))
    }
  })
  const lfo = [...head, ...data]
  return { table: Uint8Array.from([...lists, ...lfo]), lists: { fc: 0, lcb: lists.length }, lfo: { fc: lists.length, lcb: lfo.length } }
}

describe('.doc list numbers', () => {
  it('count one list across the overrides that number by it', () => {
    const { table, lists, lfo } = listTables([new Map(), new Map()])
    const numbers = new DocLists(table, lists, lfo)
    const labels = [[1, 0], [1, 1], [2, 0], [2, 1], [1, 1]].map(([ilfo, ilvl]) => numbers.label({ ilfo: ilfo!, ilvl: ilvl! }).trim())
    expect(labels).toEqual(['1', '1.1', '2', '2.1', '2.2'])
  })

  it('show a level restarted by an override at its start above a deeper paragraph, and go on after it', () => {
    // Chapter 2's sections continue at 2.99 through a second override that restarts chapter numbers
    // at 2 and section numbers at 99, the way Word saves "Set numbering value": then comes chapter 3.
    const { table, lists, lfo } = listTables([new Map(), new Map([[0, 2], [1, 99]])])
    const numbers = new DocLists(table, lists, lfo)
    const places: Array<[number, number]> = [[1, 0], [1, 0], [1, 1], [2, 1], [2, 2], [2, 1], [2, 0], [2, 1]]
    expect(places.map(([ilfo, ilvl]) => numbers.label({ ilfo, ilvl }).trim())).toEqual(['1', '2', '2.1', '2.99', '2.99.1', '2.100', '3', '3.1'])
  })

  it('show a level an override gives anew in its own format, counted with the list', () => {
    const { table, lists, lfo } = listTables([new Map(), new Map()], [new Map(), new Map([[0, { format: 3, label: '\u0000)' }]])])
    const numbers = new DocLists(table, lists, lfo)
    expect([1, 2, 2, 1].map((ilfo) => numbers.label({ ilfo, ilvl: 0 }).trim())).toEqual(['1', 'B)', 'C)', '4'])
  })

  it('show a level that was never used at its start above a deeper paragraph', () => {
    const { table, lists, lfo } = listTables([new Map()])
    const numbers = new DocLists(table, lists, lfo)
    expect([1, 1, 0].map((ilvl) => numbers.label({ ilfo: 1, ilvl }).trim())).toEqual(['1.1', '1.2', '2'])
  })
})
