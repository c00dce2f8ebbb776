// Reads the text of a Word 97–2003 document (.doc) from its compound file: the piece table gives
// the characters, paragraph properties give each paragraph's list, and the list tables give the
// numbers Word shows (doc-lists.ts) — article and point numbers often live only there. Field
// instructions, footnote marks and drawings are left out; footnotes, headers, comments and
// endnotes are kept apart.
import { failure } from '../problems.ts'
import { CompoundFileError, readCompoundFile } from './cfb.ts'
import { DocFonts } from './doc-fonts.ts'
import { inherited, readStyleSheet } from './doc-styles.ts'
import { DocLists, paragraphList } from './doc-lists.ts'
import { joinPreformatted, type FontedParagraph } from './preformatted.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { lastIndexAtMost } from '../sorted.ts'
import { markGenerated, paragraphsToText, separateGenerated, type ApartBlock, type ApartKind, type Extracted } from './extracted.ts'

/** Budget: the size of any one stream read (a long treaty's .doc is a few megabytes). */
const MAX_STREAM_BYTES = 64 * 1024 * 1024
/** The first Word 97 file format; Word 6 and 95 files are older and laid out otherwise. */
const WORD_97_NFIB = 0xc1
/** Word 6 writes 101 (and Word 95 104) where Word 97 writes its version, under another identifier (0xA5DC). */
const WORD_6_NFIB = 0x65
/** Word's text holds this character where a symbol was inserted from a font (its properties say which). */
const SYMBOL_STAND_IN = 0x28

interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number
  /** One byte a character (Windows-1252) rather than two (UTF-16). */
  compressed: boolean
}

export function extractDoc(bytes: Uint8Array): Extracted {
  try {
    const file = readCompoundFile(bytes, MAX_STREAM_BYTES)
    const word = file.stream('WordDocument')
    if (!word) return notWord(file.names())
    const view = new DataView(word.buffer, word.byteOffset, word.byteLength)
    const version = word.length >= 4 ? view.getUint16(2, true) : 0
    if (version >= WORD_6_NFIB && version < WORD_97_NFIB) return failure({ code: 'doc-too-old' })
    if (word.length < 0x1a6 + 4 || view.getUint16(0, true) !== 0xa5ec) return failure({ code: 'doc-damaged', why: 'no Word file information block' })
    if (version < WORD_97_NFIB) return failure({ code: 'doc-too-old' })
    const flags = view.getUint16(0x0a, true)
    if (flags & 0x0100) return failure({ code: 'office-password' })
    const table = file.stream(flags & 0x0200 ? '1Table' : '0Table')
    if (!table) return failure({ code: 'doc-damaged', why: 'no table stream' })
    const fib = new Fib(view)
    const pieces = pieceTable(table, fib.fcLcb(33))
    const characters = new DocCharacters(word, pieces)
    const lists = new DocLists(table, fib.fcLcb(73), fib.fcLcb(74))
    const sheet = readStyleSheet(table, fib.fcLcb(1))
    const fonts = new DocFonts(word, table, fib.fcLcb(15), sheet, fib.fcLcb(12))
    const ranges = storyRanges(fib)
    const papx = paragraphList(word, table, fib.fcLcb(13))
    const paragraphInfo = (cp: number) => {
      const properties = papx(characters.fcAt(cp))
      const style = properties?.istd ?? 0
      // A paragraph's own list, else its style's (an ilfo of 0 set on the paragraph turns the style's off).
      const list = properties?.ilfo != null ? { ilfo: properties.ilfo, ilvl: properties.ilvl } : inherited(sheet.styles, style, (candidate) => candidate.list)
      return { label: lists.label(list), style }
    }
    const body = storyParagraphs(characters, 0, ranges.main, paragraphInfo, (cp, style) => fonts.isFixedPitch(characters.fcAt(cp), style), (cp) => fonts.symbolAt(characters.fcAt(cp)))
    const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(body)))
    if (text.trim() === '') return failure({ code: 'doc-no-text' })
    return { ok: true, extracted: { format: 'doc', text, layout: 'paragraphs', encoding: null, apart: apartStories(characters, ranges), generated } }
  } catch (error) {
    if (error instanceof CompoundFileError || error instanceof RangeError) return failure({ code: 'doc-damaged', why: error.message })
    throw error
  }
}

/** The stories after the main text, in the order Word stores them, a block a paragraph. */
function apartStories(characters: DocCharacters, ranges: ReturnType<typeof storyRanges>): ApartBlock[] {
  const apart: ApartBlock[] = []
  let at = ranges.main
  for (const [kind, length] of [['footnote', ranges.footnotes], ['header', ranges.headers], ['comment', ranges.comments], ['endnote', ranges.endnotes]] as Array<[ApartKind, number]>) {
    const paragraphs = storyParagraphs(characters, at, at + length, () => ({ label: '', style: 0 }), () => false)
      .map((paragraph) => paragraph.text.trim())
      .filter((paragraph) => paragraph !== '')
    paragraphs.forEach((paragraph, index) => apart.push({ kind, label: String(index + 1), text: paragraph }))
    at += length
  }
  return apart
}

/** A compound file without a Word document in it: a workbook, a presentation, or something else. */
function notWord(names: string[]): Extracted {
  const upper = new Set(names.map((name) => name.toUpperCase()))
  if (upper.has('WORKBOOK') || upper.has('BOOK')) return failure({ code: 'not-opened', kind: 'spreadsheet', extension: 'xls' })
  if (upper.has('POWERPOINT DOCUMENT')) return failure({ code: 'not-opened', kind: 'presentation', extension: 'ppt' })
  return failure({ code: 'doc-damaged', why: 'no WordDocument stream' })
}

/** The File Information Block: where the parts of the document are and how long its stories run. */
class Fib {
  private readonly view: DataView
  private readonly blobStart: number
  private readonly pairs: number

  constructor(view: DataView) {
    this.view = view
    const cslw = view.getUint16(0x3e, true)
    const rgFcLcbAt = 0x40 + cslw * 4
    this.pairs = view.getUint16(rgFcLcbAt, true)
    this.blobStart = rgFcLcbAt + 2
  }

  /** A count of characters of the FibRgLw97 (`ccpText` is 3). */
  ccp(index: number): number {
    return this.view.getInt32(0x40 + 4 * index, true)
  }

  /** The offset and length of a structure in the table stream, by its index in FibRgFcLcb97. */
  fcLcb(index: number): { fc: number; lcb: number } {
    if (index >= this.pairs) return { fc: 0, lcb: 0 }
    return { fc: this.view.getUint32(this.blobStart + 8 * index, true), lcb: this.view.getUint32(this.blobStart + 8 * index + 4, true) }
  }
}

/** Lengths of the stories, in characters, in the order they follow each other (the reserved macro story is empty). */
function storyRanges(fib: Fib) {
  const nonNegative = (value: number) => Math.max(0, value)
  return { main: nonNegative(fib.ccp(3)), footnotes: nonNegative(fib.ccp(4)), headers: nonNegative(fib.ccp(5)), comments: nonNegative(fib.ccp(7)), endnotes: nonNegative(fib.ccp(8)) }
}

/** The piece table of the Clx: which bytes of the WordDocument stream hold which characters. */
function pieceTable(table: Uint8Array, { fc, lcb }: { fc: number; lcb: number }): Piece[] {
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
    const compressed = (fcValue & 0x40000000) !== 0
    const offset = fcValue & 0x3fffffff
    pieces.push({ cpStart: view.getUint32(plc + 4 * k, true), cpEnd: view.getUint32(plc + 4 * (k + 1), true), fc: compressed ? offset / 2 : offset, compressed })
  }
  return pieces
}

/** Windows-1252's characters for bytes 0x80–0x9F, as compressed pieces store them. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

class DocCharacters {
  private readonly word: Uint8Array
  private readonly pieces: Piece[]
  private readonly starts: number[]

  constructor(word: Uint8Array, pieces: Piece[]) {
    this.word = word
    this.pieces = [...pieces].sort((a, b) => a.cpStart - b.cpStart)
    this.starts = this.pieces.map((piece) => piece.cpStart)
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
        for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte)
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

interface ParagraphInfo {
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
function storyParagraphs(
  characters: DocCharacters,
  from: number,
  to: number,
  infoAt: (cp: number) => ParagraphInfo,
  fixedPitchAt: (cp: number, style: number) => boolean,
  symbolAt: (cp: number) => string | null = () => null,
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
    else paragraphs.push(...lines.map((text) => ({ text, fixedPitch })))
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
    else if (code === 0x09 || code >= 0x20) add(raw[index]!, cp)
  }
  if (lines.some((line) => line !== '')) endParagraph(null)
  return paragraphs
}
