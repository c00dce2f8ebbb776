// Reads the text of a Word 97–2003 document (.doc) from its compound file: the piece table gives
// the characters, paragraph properties give each paragraph's list, and the list tables give the
// numbers Word shows (doc-lists.ts) — article and point numbers often live only there. Field
// instructions, footnote marks and drawings are left out; footnotes, headers, comments and
// endnotes are kept apart.
import { failure } from '../problems.ts'
import { CompoundFileError, readCompoundFile } from './cfb.ts'
import { extractWord6 } from './doc-word6.ts'
import { DocFonts } from './doc-fonts.ts'
import { inherited, readStyleSheet } from './doc-styles.ts'
import { DocLists, paragraphList } from './doc-lists.ts'
import { apartStories, DocCharacters, pieceTable, storyParagraphs, type StoryLengths } from './doc-text.ts'
import { joinPreformatted } from './preformatted.ts'
import { paragraphsToText, separateGenerated, type Extracted } from './extracted.ts'

/** Budget: the size of any one stream read (a long treaty's .doc is a few megabytes). */
const MAX_STREAM_BYTES = 64 * 1024 * 1024
/** The first Word 97 file format; Word 6 and 95 files are older and laid out otherwise. */
const WORD_97_NFIB = 0xc1
/** Word 6 writes 101 (and Word 95 104) where Word 97 writes its version, under another identifier. */
const WORD_6_NFIB = 0x65
/** Word 6 and 95's identifier; their Far East editions write others, which stay refused. */
const WORD_6_IDENT = 0xa5dc
export function extractDoc(bytes: Uint8Array): Extracted {
  try {
    const file = readCompoundFile(bytes, MAX_STREAM_BYTES)
    const word = file.stream('WordDocument')
    if (!word) return notWord(file.names())
    const view = new DataView(word.buffer, word.byteOffset, word.byteLength)
    const version = word.length >= 4 ? view.getUint16(2, true) : 0
    if (version >= WORD_6_NFIB && version < WORD_97_NFIB && view.getUint16(0, true) === WORD_6_IDENT) return extractWord6(word)
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
    const body = storyParagraphs(characters, 0, ranges.main, paragraphInfo, (cp, style) => fonts.isFixedPitch(characters.fcAt(cp), style), (cp) => fonts.symbolAt(characters.fcAt(cp)), (cp) => fonts.isRaised(characters.fcAt(cp)))
    const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(body)))
    if (text.trim() === '') return failure({ code: 'doc-no-text' })
    return { ok: true, extracted: { format: 'doc', text, layout: 'paragraphs', encoding: null, apart: apartStories(characters, ranges), generated } }
  } catch (error) {
    if (error instanceof CompoundFileError || error instanceof RangeError) return failure({ code: 'doc-damaged', why: error.message })
    throw error
  }
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

/** Lengths of the stories (Word 97 reserves the macro story: it is empty). */
function storyRanges(fib: Fib): StoryLengths {
  const nonNegative = (value: number) => Math.max(0, value)
  return { main: nonNegative(fib.ccp(3)), footnotes: nonNegative(fib.ccp(4)), headers: nonNegative(fib.ccp(5)), macros: nonNegative(fib.ccp(6)), comments: nonNegative(fib.ccp(7)), endnotes: nonNegative(fib.ccp(8)) }
}

