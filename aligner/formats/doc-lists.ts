// The list numbers of a Word 97–2003 document: which list and level each paragraph is on (its
// properties, found through the bin table of paragraph properties) and how that list numbers its
// levels (the list tables PlfLst and PlfLfo), counted as Word counts them.
import { formatListNumber } from './list-numbers.ts'
import { WordListCounters } from './word-list-counters.ts'
import { listSetting } from './doc-sprms.ts'
import { fkpProperties, pageEnd } from './doc-fkp.ts'

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

/** Word accepts list starts from 0 to 32767. */
const MAX_LIST_START = 32767

export class DocLists {
  private readonly levelsByList = new Map<number, Level[]>()
  /** Per list format override (LFO): its list, the levels it restarts, and the levels it gives anew (their label and format). */
  private readonly overrides: Array<{ list: number; starts: Map<number, number>; levels: Map<number, Level> }> = []
  private readonly counters = new Map<number, WordListCounters>()
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
    const counted = override ? this.levelsByList.get(override.list) : undefined
    const ilvl = Math.min(Math.max(properties.ilvl, 0), 8)
    // The count goes on with the list's; a level the override gives anew shows its own label and format.
    const levels = counted && override!.levels.size > 0 ? counted.map((level, index) => override!.levels.get(index) ?? level) : counted
    const level = levels?.[ilvl]
    if (!override || !counted || !levels || !level) return ''
    let counters = this.counters.get(override.list)
    if (!counters) {
      counters = new WordListCounters(counted.map((l) => l.start))
      this.counters.set(override.list, counters)
    }
    // A list that restarts (a start-at override) begins again the first time it is used.
    if (!this.overridesApplied.has(properties.ilfo)) {
      for (const [index, start] of override.starts) counters.restart(index, start)
      this.overridesApplied.add(properties.ilfo)
    }
    const numbers = counters.advance(ilvl)
    if (level.format === 255) return ''
    if (level.format === 23) return level.text === '' || /[\uE000-\uF8FF]/.test(level.text) ? '' : level.text + level.follow
    let label = ''
    for (const character of level.text) {
      const code = character.charCodeAt(0)
      if (code > 8) label += character
      else label += formatListNumber(numbers[code] ?? 0, level.legal && code < ilvl ? 'decimal' : (NFC_NAMES[levels[code]?.format ?? 0] ?? 'decimal'))
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
      this.overrides.push({ list: view.getInt32(entry, true), starts: new Map(), levels: new Map() })
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
        if (flags & 0x20) {
          const read = readLevel(table, view, at)
          this.overrides[k]!.levels.set(flags & 0x0f, read.level)
          at = read.end
        }
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
 * Finds a paragraph's list, level and style from its properties (PAPX), looked up by the byte
 * offset of its paragraph mark through the bin table of paragraph properties (PlcBtePapx).
 */
export function paragraphList(word: Uint8Array, table: Uint8Array, binTable: { fc: number; lcb: number }): (markFc: number) => ParagraphListProperties | null {
  const propertiesAt = fkpProperties(word, table, binTable, 13)
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength)
  return (markFc) => {
    const at = markFc < 0 ? -1 : propertiesAt(markFc)
    if (at < 0) return null
    const size = word[at]!
    const start = size === 0 ? at + 2 : at + 1
    const length = size === 0 ? 2 * word[at + 1]! : 2 * size - 1
    // The style index (2 bytes), then the property modifiers.
    return { ...listSetting(word.subarray(start + 2, Math.min(start + length, pageEnd(at)))), istd: view.getUint16(start, true) }
  }
}

/** Word's number format codes (nfc) by the names its .docx files use; 0 and unknown codes are decimal. */
const NFC_NAMES: Record<number, string> = { 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 22: 'decimalZero', 58: 'russianLower', 59: 'russianUpper' }
