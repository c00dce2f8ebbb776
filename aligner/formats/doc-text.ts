// The text of a Word binary document (.doc) as its stories hold it: the piece table says which
// bytes of the WordDocument stream hold which characters, one or two bytes a character; paragraphs
// end at paragraph marks, field instructions go and field results stay. Shared by the readers of
// Word 97–2003 files (doc.ts) and of Word 6 and 95 files (doc-word6.ts).
import { raisedDigits } from '../text/superscript.ts'
import { CompoundFileError } from './cfb.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { lastIndexAtMost } from '../sorted.ts'
import type { FontedParagraph } from './preformatted.ts'
import { markGenerated, type ApartBlock, type ApartKind } from './extracted.ts'
import { appendAll } from '../append.ts'

/** Word's text holds this character where a symbol was inserted from a font (its properties say which). */
const SYMBOL_STAND_IN = 0x28

export interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number
  /** One byte a character (Windows-1252) rather than two (UTF-16). */
  compressed: boolean
}

/** The piece table of the Clx: which bytes of the WordDocument stream hold which characters. */
export function pieceTable(table: Uint8Array, { fc, lcb }: { fc: number; lcb: number }, oneByteOnly = false): Piece[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  let at = fc
  const end = fc + lcb
  // Property modifiers (Prc) come first; the piece table (Pcdt) follows.
  while (at < end && table[at] === 0x01) at += 3 + view.getInt16(at + 1, true)
  if (table[at] !== 0x02) throw new CompoundFileError('no piece table')
  const length = view.getUint32(at + 1, true)
  const plc = at + 5
  const count = (length - 4) / 12
  if (!Number.isInteger(count) || count < 1 || plc + length > table.length) throw new CompoundFileError('a damaged piece table')
  const pieces: Piece[] = []
  for (let k = 0; k < count; k++) {
    const descriptor = plc + 4 * (count + 1) + 8 * k
    const fcValue = view.getUint32(descriptor + 2, true)
    // Before Word 97 every piece is one byte a character, at the offset as written.
    if (oneByteOnly) {
      pieces.push({ cpStart: view.getUint32(plc + 4 * k, true), cpEnd: view.getUint32(plc + 4 * (k + 1), true), fc: fcValue, compressed: true })
      continue
    }
    const compressed = (fcValue & 0x40000000) !== 0
    const offset = fcValue & 0x3fffffff
    pieces.push({ cpStart: view.getUint32(plc + 4 * k, true), cpEnd: view.getUint32(plc + 4 * (k + 1), true), fc: compressed ? offset / 2 : offset, compressed })
  }
  return pieces
}

/** The bytes of the one-byte pieces of [from, to), in the order of the text: what a code page is told from. */
export function oneByteBytes(word: Uint8Array, pieces: Piece[], from: number, to: number): Uint8Array {
  const parts: Uint8Array[] = []
  for (const piece of [...pieces].sort((a, b) => a.cpStart - b.cpStart)) {
    const start = Math.max(from, piece.cpStart)
    const end = Math.min(to, piece.cpEnd)
    if (start < end && piece.compressed) parts.push(word.subarray(piece.fc + (start - piece.cpStart), piece.fc + (end - piece.cpStart)))
  }
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/** Windows-1252's characters for bytes 0x80–0xFF, as Word 97's compressed pieces store them. */
const CP1252_HIGH = `€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ${Array.from({ length: 96 }, (_, k) => String.fromCharCode(0xa0 + k)).join('')}`

export class DocCharacters {
  private readonly word: Uint8Array
  private readonly pieces: Piece[]
  private readonly starts: number[]
  /** The characters of bytes 0x80–0xFF in one-byte pieces: Windows-1252 in Word 97, the document's code page before. */
  private readonly high: string

  constructor(word: Uint8Array, pieces: Piece[], high = CP1252_HIGH) {
    this.word = word
    this.pieces = [...pieces].sort((a, b) => a.cpStart - b.cpStart)
    this.starts = this.pieces.map((piece) => piece.cpStart)
    this.high = high
  }

  /** The characters [from, to) of the document's character positions. */
  text(from: number, to: number): string {
    let text = ''
    for (const piece of this.pieces) {
      const start = Math.max(from, piece.cpStart)
      const end = Math.min(to, piece.cpEnd)
      if (start >= end) continue
      if (piece.compressed) {
        const at = piece.fc + (start - piece.cpStart)
        const bytes = this.word.subarray(at, at + (end - start))
        for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : this.high[byte - 0x80]!
      } else {
        const at = piece.fc + 2 * (start - piece.cpStart)
        const bytes = this.word.subarray(at, at + 2 * (end - start))
        text += new TextDecoder('utf-16le').decode(bytes)
      }
    }
    return text
  }

  /** The byte offset of a character position: where its paragraph's properties are looked up. */
  fcAt(cp: number): number {
    const piece = this.starts.length > 0 && cp >= this.starts[0]! ? this.pieces[lastIndexAtMost(this.starts, cp)] : undefined
    if (!piece || cp >= piece.cpEnd) return -1
    return piece.compressed ? piece.fc + (cp - piece.cpStart) : piece.fc + 2 * (cp - piece.cpStart)
  }
}

export interface ParagraphInfo {
  label: string
  style: number
}

/**
 * A story's paragraphs: each ends at a paragraph mark; in a table, cells are joined by tabs and a
 * row is a line (the last cell's mark and the row's mark follow each other). `infoAt` gives the
 * list number and style of the paragraph whose mark is at a position, `fixedPitchAt` whether a
 * character is set in a fixed-pitch font: a paragraph all in one keeps its lines together, and
 * `symbolAt` the text of a character inserted from a font. Field instructions go, field results
 * stay; line, page and column breaks start a new line.
 */
export function storyParagraphs(
  characters: DocCharacters,
  from: number,
  to: number,
  infoAt: (cp: number) => ParagraphInfo,
  fixedPitchAt: (cp: number, style: number) => boolean,
  symbolAt: (cp: number) => string | null = () => null,
  raisedAt: (cp: number) => boolean = () => false,
): FontedParagraph[] {
  const raw = characters.text(from, to)
  const paragraphs: FontedParagraph[] = []
  let lines = ['']
  let letters: number[] = []
  const add = (text: string, cp: number) => {
    lines[lines.length - 1] += text
    if (/\S/.test(text)) letters.push(cp)
  }
  const endParagraph = (info: ParagraphInfo | null) => {
    lines[0] = markGenerated(info?.label ?? '') + lines[0]
    const fixedPitch = info !== null && letters.length > 0 && letters.every((cp) => fixedPitchAt(cp, info.style))
    if (fixedPitch) paragraphs.push({ text: lines.join(LINE_SEPARATOR), fixedPitch })
    else appendAll(paragraphs, lines.map((text) => ({ text, fixedPitch })))
    lines = ['']
    letters = []
  }
  // Per open field: whether its result has begun (its instruction is left out).
  const fields: boolean[] = []
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    const cp = from + index
    if (code === 0x13) fields.push(false)
    else if (code === 0x14 && fields.length > 0) fields[fields.length - 1] = true
    else if (code === 0x15) fields.pop()
    else if (code === 0x0d) endParagraph(infoAt(cp))
    else if (code === 0x07) {
      if (raw.charCodeAt(index + 1) !== 0x07) add('\t', cp)
      else {
        endParagraph(null)
        index++
      }
    } else if (fields.includes(false)) continue
    else if (code === 0x0b || code === 0x0c || code === 0x0e) lines.push('')
    else if (code === 0x1e) add('-', cp)
    else if (code === SYMBOL_STAND_IN) add(symbolAt(cp) ?? raw[index]!, cp)
    // A raised digit (an inserted article's `5¹`) stays raised.
    else if (code >= 0x30 && code <= 0x39 && raisedAt(cp)) add(raisedDigits(raw[index]!), cp)
    else if (code === 0x09 || code >= 0x20) add(raw[index]!, cp)
  }
  if (lines.some((line) => line !== '')) endParagraph(null)
  return paragraphs
}

/** The stories after the main text, in the order Word stores them, a block a paragraph. */
export function apartStories(characters: DocCharacters, ranges: StoryLengths): ApartBlock[] {
  const apart: ApartBlock[] = []
  let at = ranges.main
  // Macro text (Word 6 and 95 only) lies between headers and comments and is no text of the document.
  for (const [kind, length] of [['footnote', ranges.footnotes], ['header', ranges.headers], [null, ranges.macros], ['comment', ranges.comments], ['endnote', ranges.endnotes]] as Array<[ApartKind | null, number]>) {
    const paragraphs = kind === null ? [] : storyParagraphs(characters, at, at + length, () => ({ label: '', style: 0 }), () => false)
      .map((paragraph) => paragraph.text.trim())
      .filter((paragraph) => paragraph !== '')
    if (kind !== null) paragraphs.forEach((paragraph, index) => apart.push({ kind, label: String(index + 1), text: paragraph }))
    at += length
  }
  return apart
}

/** Lengths of a document's stories, in characters, in the order they follow each other. */
export interface StoryLengths {
  main: number
  footnotes: number
  headers: number
  macros: number
  comments: number
  endnotes: number
}

