// The list numbers of a Word 97–2003 document: which list and level each paragraph is on (its
// properties, found through the bin table of paragraph properties) and how that list numbers its
// levels (the list tables PlfLst and PlfLfo), counted as Word counts them.
import { lastIndexAtMost } from '../sorted.ts'
import { toRoman } from '../text/roman.ts'
import { LATIN_LETTERS, repeatedLetters, RUSSIAN_LETTERS } from './list-letters.ts'
import { grpprlValue } from './doc-sprms.ts'

/** A paragraph's list and level: 1-based index of the list format override (LFO) it is numbered by, 0 for none. */
export interface ListPlace {
  ilfo: number
  ilvl: number
}

/** What a paragraph's own properties say: its list and level (null when they say nothing of it), and its style. */
export interface ParagraphListProperties {
  ilfo: number | null
  ilvl: number
  /** The paragraph's style (an index into the style sheet). */
  istd: number
}

interface Level {
  start: number
  /** Number format code (nfc): 0 decimal, 1/2 Roman, 3/4 letters, 23 bullet, 255 none… */
  format: number
  legal: boolean
  /** The label with each level's number as a character 0–8 standing for it. */
  text: string
  /** What follows the label. */
  follow: string
}

const SPRM_ILFO = 0x460b
const SPRM_ILVL = 0x260a
/** Word accepts list starts from 0 to 32767. */
const MAX_LIST_START = 32767

export class DocLists {
  private readonly levelsByList = new Map<number, Level[]>()
  private readonly overrides: Array<{ list: number; starts: Map<number, number> }> = []
  private readonly counters = new Map<number, number[]>()
  private readonly overridesApplied = new Set<number>()

  constructor(table: Uint8Array, lists: { fc: number; lcb: number }, overrides: { fc: number; lcb: number }) {
    const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
    if (lists.lcb >= 2 && lists.fc + lists.lcb <= table.length) this.readLists(table, view, lists.fc)
    if (overrides.lcb >= 4 && overrides.fc + overrides.lcb <= table.length) this.readOverrides(table, view, overrides.fc)
  }

  /** The number Word shows before a paragraph ('' for none), advancing its list's counters. */
  label(properties: ListPlace | null): string {
    if (!properties || properties.ilfo <= 0) return ''
    const override = this.overrides[properties.ilfo - 1]
    const levels = override ? this.levelsByList.get(override.list) : undefined
    const ilvl = Math.min(Math.max(properties.ilvl, 0), 8)
    const level = levels?.[ilvl]
    if (!override || !levels || !level) return ''
    let counters = this.counters.get(override.list)
    if (!counters) {
      counters = levels.map((l) => l.start - 1)
      this.counters.set(override.list, counters)
    }
    // A list that restarts (a start-at override) begins again the first time it is used.
    if (!this.overridesApplied.has(properties.ilfo)) {
      for (const [index, start] of override.starts) counters[index] = start - 1
      this.overridesApplied.add(properties.ilfo)
    }
    counters[ilvl] = counters[ilvl]! + 1
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) counters[deeper] = (levels[deeper]?.start ?? 1) - 1
    if (level.format === 255) return ''
    if (level.format === 23) return level.text === '' || /[\uE000-\uF8FF]/.test(level.text) ? '' : level.text + level.follow
    let label = ''
    for (const character of level.text) {
      const code = character.charCodeAt(0)
      if (code > 8) label += character
      else label += formatNumber(Math.max(counters[code] ?? 0, levels[code]?.start ?? 1), level.legal && code < ilvl ? 0 : (levels[code]?.format ?? 0))
    }
    return label === '' ? '' : label + level.follow
  }

  private readLists(table: Uint8Array, view: DataView, fc: number): void {
    const count = view.getInt16(fc, true)
    let at = fc + 2 + 28 * count
    const lists: Array<{ id: number; simple: boolean }> = []
    for (let k = 0; k < count; k++) {
      const entry = fc + 2 + 28 * k
      lists.push({ id: view.getInt32(entry, true), simple: (table[entry + 26]! & 0x01) !== 0 })
    }
    // The levels of every list follow the array of lists, in the same order.
    for (const list of lists) {
      const levels: Level[] = []
      for (let k = 0; k < (list.simple ? 1 : 9); k++) {
        const read = readLevel(table, view, at)
        levels.push(read.level)
        at = read.end
      }
      this.levelsByList.set(list.id, levels)
    }
  }

  private readOverrides(table: Uint8Array, view: DataView, fc: number): void {
    const count = view.getUint32(fc, true)
    const levelCounts: number[] = []
    for (let k = 0; k < count; k++) {
      const entry = fc + 4 + 16 * k
      this.overrides.push({ list: view.getInt32(entry, true), starts: new Map() })
      levelCounts.push(table[entry + 12]!)
    }
    // Then, for each override, its level overrides: a start value, maybe a whole level.
    let at = fc + 4 + 16 * count
    for (let k = 0; k < count; k++) {
      at += 4
      for (let n = 0; n < levelCounts[k]!; n++) {
        const start = view.getInt32(at, true)
        const flags = view.getUint32(at + 4, true)
        at += 8
        if (flags & 0x10) this.overrides[k]!.starts.set(flags & 0x0f, clampStart(start))
        if (flags & 0x20) at = readLevel(table, view, at).end
      }
    }
  }
}

/** One LVL: its fixed part, its property modifiers (skipped) and its label text. */
function readLevel(table: Uint8Array, view: DataView, at: number): { level: Level; end: number } {
  const papxLength = table[at + 25]!
  const chpxLength = table[at + 24]!
  const textAt = at + 28 + papxLength + chpxLength
  const length = view.getUint16(textAt, true)
  let text = ''
  for (let k = 0; k < length; k++) text += String.fromCharCode(view.getUint16(textAt + 2 + 2 * k, true))
  // A tab, a space or nothing follows the label in Word; a space here even for nothing, so that the
  // label is not glued to the word it numbers (`Статья 1.Цели` reads as no heading).
  const follow = ' '
  return { level: { start: clampStart(view.getInt32(at, true)), format: table[at + 4]!, legal: (table[at + 5]! & 0x04) !== 0, text, follow }, end: textAt + 2 + 2 * length }
}

function clampStart(value: number): number {
  return Math.min(Math.max(value, 0), MAX_LIST_START)
}

/**
 * Finds a paragraph's list and level from its properties: the bin table (PlcBtePapx) names the
 * 512-byte page (FKP) that holds the properties of the paragraph whose mark is at a byte offset.
 */
export function paragraphList(word: Uint8Array, table: Uint8Array, { fc, lcb }: { fc: number; lcb: number }): (markFc: number) => ParagraphListProperties | null {
  const count = (lcb - 4) / 8
  if (!Number.isInteger(count) || count < 1 || fc + lcb > table.length) return () => null
  const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength)
  const limits = Array.from({ length: count + 1 }, (_, k) => tableView.getUint32(fc + 4 * k, true))
  const pages = Array.from({ length: count }, (_, k) => tableView.getUint32(fc + 4 * (count + 1) + 4 * k, true) & 0x3fffff)
  return (markFc) => {
    if (markFc < 0) return null
    const index = lastAtMost(limits, markFc)
    if (index < 0 || index >= count || markFc >= limits[index + 1]!) return null
    const page = pages[index]! * 512
    if (page + 512 > word.length) return null
    const runs = word[page + 511]!
    const bounds = Array.from({ length: runs + 1 }, (_, k) => wordView.getUint32(page + 4 * k, true))
    const run = lastAtMost(bounds, markFc)
    if (run < 0 || run >= runs) return null
    const offset = word[page + 4 * (runs + 1) + 13 * run]! * 2
    if (offset === 0) return null
    const size = word[page + offset]!
    const start = size === 0 ? page + offset + 2 : page + offset + 1
    const length = size === 0 ? 2 * word[page + offset + 1]! : 2 * size - 1
    // The style index (2 bytes), then the property modifiers.
    return listProperties(word.subarray(start + 2, Math.min(start + length, page + 511)), wordView.getUint16(start, true))
  }
}

function listProperties(bytes: Uint8Array, istd: number): ParagraphListProperties {
  const ilfo = grpprlValue(bytes, SPRM_ILFO)
  return { ilfo: ilfo === null ? null : ilfo > 0x7fff ? 0 : ilfo, ilvl: grpprlValue(bytes, SPRM_ILVL) ?? 0, istd }
}

function lastAtMost(sorted: number[], value: number): number {
  return sorted.length === 0 || sorted[0]! > value ? -1 : lastIndexAtMost(sorted, value)
}

/** Word's number formats (nfc): decimal, Roman, letters, zero-padded, Russian letters. */
function formatNumber(value: number, format: number): string {
  switch (format) {
    case 1:
      return toRoman(value)
    case 2:
      return toRoman(value).toLowerCase()
    case 3:
      return repeatedLetters(value, LATIN_LETTERS).toUpperCase()
    case 4:
      return repeatedLetters(value, LATIN_LETTERS)
    case 22:
      return value < 10 ? `0${value}` : String(value)
    case 58:
      return repeatedLetters(value, RUSSIAN_LETTERS)
    case 59:
      return repeatedLetters(value, RUSSIAN_LETTERS).toUpperCase()
    default:
      return String(value)
  }
}
