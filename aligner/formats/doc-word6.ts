// Reads a Word 6 or Word 95 document (.doc from before Word 97, as archives of the 1990s hold
// agreements): one byte a character in the code page the text was typed in, told from the bytes
// as for a text file (Windows-1251, KZ-1048, …); the text whole or, in a fast-saved file, by its
// piece table. Paragraphs, tables, fields and the stories kept apart as for Word 97 files. Word 6
// kept list numbers in another structure (autonumbering), which is not read: typed numbers stay.
import { failure } from '../problems.ts'
import { chooseSingleByteCodePage } from '../text/decode.ts'
import { apartStories, DocCharacters, oneByteBytes, pieceTable, storyParagraphs, type Piece, type StoryLengths } from './doc-text.ts'
import { joinPreformatted } from './preformatted.ts'
import { paragraphsToText, separateGenerated, type Extracted } from './extracted.ts'

/** The File Information Block of Word 6 and 95: fixed offsets in the WordDocument stream. */
const FIB = {
  flags: 0x0a,
  fcMin: 0x18,
  fcMac: 0x1c,
  ccpText: 0x34,
  ccpFtn: 0x38,
  ccpHdd: 0x3c,
  ccpMcr: 0x40,
  ccpAtn: 0x44,
  ccpEdn: 0x48,
  fcClx: 0x160,
  lcbClx: 0x164,
} as const
const FIB_LENGTH = FIB.lcbClx + 4
const COMPLEX = 0x0004
const ENCRYPTED = 0x0100

export function extractWord6(word: Uint8Array): Extracted {
  if (word.length < FIB_LENGTH) return failure({ code: 'doc-damaged', why: 'no Word file information block' })
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength)
  const flags = view.getUint16(FIB.flags, true)
  if (flags & ENCRYPTED) return failure({ code: 'office-password' })
  const count = (offset: number) => Math.max(0, view.getInt32(offset, true))
  const stories: StoryLengths = { main: count(FIB.ccpText), footnotes: count(FIB.ccpFtn), headers: count(FIB.ccpHdd), macros: count(FIB.ccpMcr), comments: count(FIB.ccpAtn), endnotes: count(FIB.ccpEdn) }
  const pieces = flags & COMPLEX ? pieceTable(word, { fc: count(FIB.fcClx), lcb: count(FIB.lcbClx) }, true) : wholeText(view)
  if (pieces.some((piece) => piece.fc + (piece.cpEnd - piece.cpStart) > word.length || piece.cpEnd < piece.cpStart)) return failure({ code: 'doc-damaged', why: 'its text lies outside the file' })
  const total = stories.main + stories.footnotes + stories.headers + stories.macros + stories.comments + stories.endnotes
  const codePage = chooseSingleByteCodePage(oneByteBytes(word, pieces, 0, total))
  if (!codePage.ok) return codePage
  const characters = new DocCharacters(word, pieces, codePage.high)
  const plain = () => ({ label: '', style: 0 })
  const body = storyParagraphs(characters, 0, stories.main, plain, () => false)
  const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(body)))
  if (text.trim() === '') return failure({ code: 'doc-no-text' })
  return { ok: true, extracted: { format: 'doc', text, layout: 'paragraphs', encoding: codePage.encoding, apart: apartStories(characters, stories), generated } }
}

/** A file saved whole: its text runs from fcMin to fcMac, one piece. */
function wholeText(view: DataView): Piece[] {
  const fcMin = view.getInt32(FIB.fcMin, true)
  const fcMac = view.getInt32(FIB.fcMac, true)
  return fcMac > fcMin && fcMin > 0 ? [{ cpStart: 0, cpEnd: fcMac - fcMin, fc: fcMin, compressed: true }] : []
}
