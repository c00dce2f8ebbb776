// Reads the text of a .docx from its XML parts: body paragraphs with the numbers Word generates
// for numbered lists (article and point numbers live there, not in the text), and headers,
// footers, footnotes, endnotes and comments kept apart.
import { raisedDigits } from '../text/superscript.ts'
import { failure } from '../problems.ts'
import { parseXml, XmlError, type XmlElement } from '../xml.ts'
import { FixedPitchFonts } from './docx-fonts.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { joinPreformatted, type FontedParagraph } from './preformatted.ts'
import { childNamed, elements, valueOf } from './docx-xml.ts'
import { formatListNumber } from './list-numbers.ts'
import { WordListCounters } from './word-list-counters.ts'
import { insertedSymbol } from './symbol-font.ts'
import { fileText, markGenerated, paragraphsToText, separateGenerated, type ApartBlock, type ApartKind, type Extracted } from './extracted.ts'
import { appendAll } from '../append.ts'

/** The parts of the package by name (`word/document.xml`), read by whoever unzipped it. */
export type DocxParts = Map<string, string>

/**
 * The text a body's `w:altChunk` stands for: a part in another format (HTML, a web archive, RTF,
 * text, another .docx) that Word converts into paragraphs when it opens the document. Read by the
 * caller, which has the other readers: its paragraphs, list numbers marked as generated, or why it
 * could not be read.
 */
export type ChunkText = { ok: true; paragraphs: string[]; characters: number; apart: ApartBlock[] } | { ok: false; why: string }

/** Text that chunks may add, as the other readers allow a file: one chunk named a thousand times must not fill the memory. */
const MAX_CHUNK_CHARACTERS = 32 * 1024 * 1024

/** What reading a part needs besides its XML: the list counters and the document's chunks by relationship id. */
interface Reading {
  numbering: Numbering
  chunks: Map<string, ChunkText>
  /** Characters the chunks have added so far, each counted as often as it is named. */
  chunkCharacters: number
}

export function extractDocx(parts: DocxParts, chunks = new Map<string, ChunkText>()): Extracted {
  const bodyPart = mainPartName(parts)
  const bodyXml = parts.get(bodyPart)
  if (bodyXml === undefined) return failure({ code: 'docx-no-body' })
  try {
    const styles = parseOptional(parts, 'word/styles.xml')
    const reading: Reading = { numbering: new Numbering(parseOptional(parts, 'word/numbering.xml'), styles), chunks, chunkCharacters: 0 }
    // One body, by the schema; Word shows every one of a document that has several, in order.
    const bodies = elements(parseXml(bodyXml), 'w:body')
    const fonts = new FixedPitchFonts(styles, parseOptional(parts, 'word/fontTable.xml'))
    const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(bodies.flatMap((body) => bodyParagraphs(body, reading, fonts)))))
    if (text.trim() === '') return failure({ code: 'docx-no-text' })
    const chunkApart = [...chunks.values()].flatMap((chunk) => (chunk.ok ? chunk.apart : []))
    return { ok: true, extracted: { format: 'docx', text, layout: 'paragraphs', encoding: null, apart: [...apartBlocks(parts, reading), ...chunkApart], generated } }
  } catch (error) {
    if (error instanceof XmlError) return failure({ code: 'docx-bad-xml', line: error.line, column: error.column, why: error.why })
    if (error instanceof ChunkError) return failure({ code: 'docx-bad-chunk', why: error.why })
    if (error instanceof TooMuchChunkText) return failure({ code: 'too-much-text', format: 'DOCX', millions: MAX_CHUNK_CHARACTERS / 1048576 })
    throw error
  }
}

export function mainPartName(parts: DocxParts): string {
  const rels = parts.get('_rels/.rels')
  const target = rels ? /Target="\/?([^"]+)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels) : null
  return target ? (target[1] ?? target[2])! : 'word/document.xml'
}

function parseOptional(parts: DocxParts, name: string): XmlElement | null {
  const xml = parts.get(name)
  return xml === undefined ? null : parseXml(xml)
}

function apartBlocks(parts: DocxParts, reading: Reading): ApartBlock[] {
  const blocks: ApartBlock[] = []
  const names = [...parts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  for (const name of names) {
    const kind = /^word\/(header|footer)\d*\.xml$/.exec(name)?.[1] as 'header' | 'footer' | undefined
    if (!kind) continue
    const { text } = separateGenerated(paragraphsToText(blockParagraphs(parseXml(parts.get(name)!), reading)))
    if (text.trim() !== '') blocks.push({ kind, label: name.slice('word/'.length), text })
  }
  const notes: Array<[string, string, ApartKind]> = [['word/footnotes.xml', 'w:footnote', 'footnote'], ['word/endnotes.xml', 'w:endnote', 'endnote'], ['word/comments.xml', 'w:comment', 'comment']]
  for (const [part, element, kind] of notes) {
    const root = parseOptional(parts, part)
    if (!root) continue
    for (const note of elements(root, element)) {
      const type = note.attributes['w:type']
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue
      const { text } = separateGenerated(paragraphsToText(blockParagraphs(note, reading).map((p) => p.trim())))
      if (text !== '') blocks.push({ kind, label: note.attributes['w:id'] ?? String(blocks.length + 1), text })
    }
  }
  return blocks
}

/**
 * The body's paragraphs with their pitch: one set in a fixed-pitch font (a letterhead or signature
 * laid out in columns) keeps its line breaks inside, for joinPreformatted to join the block.
 */
function bodyParagraphs(body: XmlElement, reading: Reading, fonts: FixedPitchFonts): FontedParagraph[] {
  return elements(body).flatMap((child): FontedParagraph[] => {
    if (child.name === 'w:p' && fonts.isPreformatted(child)) return [{ text: paragraphText(child, reading.numbering).join(LINE_SEPARATOR), fixedPitch: true }]
    return elementParagraphs(child, reading).map((text) => ({ text, fixedPitch: false }))
  })
}

/** Paragraphs of a body, cell, header or note. */
function blockParagraphs(container: XmlElement, reading: Reading): string[] {
  return elements(container).flatMap((child) => elementParagraphs(child, reading))
}

/** The paragraphs of one block element: tables read row by row with cells joined by tabs. */
function elementParagraphs(child: XmlElement, reading: Reading): string[] {
  if (child.name === 'w:p') return paragraphText(child, reading.numbering)
  if (child.name === 'w:altChunk') return chunkParagraphs(child, reading)
  if (child.name === 'w:tbl') {
    const paragraphs: string[] = []
    for (const row of wrapped(child, 'w:tr')) {
      const cells = wrapped(row, 'w:tc').map((cell) => blockParagraphs(cell, reading))
      // A row of one-line cells is one line; cells of several paragraphs each keep them.
      if (cells.every((cell) => cell.length <= 1)) paragraphs.push(cells.map((cell) => cell[0] ?? '').join('\t').replace(/\t+$/, ''))
      else for (const cell of cells) appendAll(paragraphs, cell)
    }
    return paragraphs
  }
  if (child.name === 'w:sdt') {
    const content = childNamed(child, 'w:sdtContent')
    return content ? blockParagraphs(content, reading) : []
  }
  if (child.name === 'w:customXml' || child.name === 'w:ins' || child.name === 'w:smartTag') return blockParagraphs(child, reading)
  return []
}

/** A chunk that could not be read: the whole document is refused, never read without it. */
class ChunkError extends Error {
  readonly why: string
  constructor(why: string) {
    super(why)
    this.why = why
  }
}

class TooMuchChunkText extends Error {}

function chunkParagraphs(altChunk: XmlElement, reading: Reading): string[] {
  const id = altChunk.attributes['r:id'] ?? ''
  const chunk = reading.chunks.get(id)
  if (chunk === undefined) throw new ChunkError(`its part ${id === '' ? 'without an id' : `"${id}"`} in another format is missing`)
  if (!chunk.ok) throw new ChunkError(chunk.why)
  reading.chunkCharacters += chunk.characters
  if (reading.chunkCharacters > MAX_CHUNK_CHARACTERS) throw new TooMuchChunkText()
  return chunk.paragraphs
}

/** Elements that wrap rows and cells as they wrap paragraphs: content controls (a form's repeating rows) and custom XML. */
const ROW_AND_CELL_WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml'])

/** The children named `name` of a table or row, also those inside content controls and custom XML. */
function wrapped(container: XmlElement, name: string): XmlElement[] {
  return elements(container).flatMap((child) => (child.name === name ? [child] : ROW_AND_CELL_WRAPPERS.has(child.name) ? wrapped(child, name) : []))
}

/** A paragraph's text with its list number in front; a manual line break starts a new line. */
function paragraphText(paragraph: XmlElement, numbering: Numbering): string[] {
  const properties = childNamed(paragraph, 'w:pPr')
  const label = numbering.labelFor(properties)
  const text = markGenerated(label) + runsText(paragraph)
  return text.split('\n')
}

const RUN_CONTAINERS = new Set(['w:r', 'w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:sdt', 'w:sdtContent', 'w:moveTo', 'w:dir', 'w:bdo'])

function runsText(element: XmlElement): string {
  let text = ''
  for (const child of elements(element)) {
    switch (child.name) {
      case 'w:t':
        text += fileText(child.children.filter((node): node is string => typeof node === 'string').join(''))
        break
      case 'w:tab':
      case 'w:ptab':
        if (element.name === 'w:r') text += '\t'
        break
      case 'w:br':
      case 'w:cr':
        text += '\n'
        break
      case 'w:noBreakHyphen':
        text += '-'
        break
      case 'w:sym':
        text += insertedSymbol(child.attributes['w:font'] ?? '', parseInt(child.attributes['w:char'] ?? '', 16))
        break
      case 'mc:AlternateContent': {
        const choice = childNamed(child, 'mc:Choice') ?? childNamed(child, 'mc:Fallback')
        if (choice) text += runsText(choice)
        break
      }
      case 'w:r':
        // A run in superscript (`Статья 5` and a raised `1`, an inserted article) keeps its digits raised.
        text += isSuperscript(child) ? raisedDigits(runsText(child)) : runsText(child)
        break
      default:
        if (RUN_CONTAINERS.has(child.name)) text += runsText(child)
    }
  }
  return text
}

/** A run whose properties raise it: `<w:vertAlign w:val="superscript"/>`. */
function isSuperscript(run: XmlElement): boolean {
  const properties = childNamed(run, 'w:rPr')
  return properties ? childNamed(properties, 'w:vertAlign')?.attributes['w:val'] === 'superscript' : false
}

interface Level {
  start: number
  format: string
  text: string
  suffix: string
  legal: boolean
}

function readLevel(level: XmlElement): Level {
  return {
    start: listStart(valueOf(level, 'w:start')),
    format: valueOf(level, 'w:numFmt') ?? 'decimal',
    text: valueOf(level, 'w:lvlText') ?? '',
    // Even with nothing after it, a label is not glued to the word it numbers (`Статья 1.Цели` reads as no heading).
    suffix: ' ',
    legal: childNamed(level, 'w:isLgl') !== null,
  }
}

/** Word's list numbering: counters per list, reset below the level that advances. */
class Numbering {
  private readonly levelsByAbstract = new Map<string, Level[]>()
  private readonly abstractByNum = new Map<string, string>()
  private readonly startOverrides = new Map<string, Map<number, number>>()
  private readonly levelOverrides = new Map<string, Map<number, Level>>()
  private readonly styleNumbering = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>()
  private readonly counters = new Map<string, WordListCounters>()
  private readonly overridesApplied = new Set<string>()

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    for (const abstract of numbering ? elements(numbering, 'w:abstractNum') : []) {
      const levels: Level[] = []
      for (const level of elements(abstract, 'w:lvl')) levels[Number(level.attributes['w:ilvl'] ?? 0)] = readLevel(level)
      this.levelsByAbstract.set(abstract.attributes['w:abstractNumId'] ?? '', levels)
    }
    for (const num of numbering ? elements(numbering, 'w:num') : []) {
      const numId = num.attributes['w:numId'] ?? ''
      this.abstractByNum.set(numId, valueOf(num, 'w:abstractNumId') ?? '')
      const starts = new Map<number, number>()
      const levels = new Map<number, Level>()
      for (const override of elements(num, 'w:lvlOverride')) {
        const ilvl = Number(override.attributes['w:ilvl'] ?? 0)
        const start = valueOf(override, 'w:startOverride')
        if (start !== null) starts.set(ilvl, listStart(start))
        // A whole level given anew: its label and format (the count goes on with the list's).
        const level = childNamed(override, 'w:lvl')
        if (level) levels.set(ilvl, readLevel(level))
      }
      if (starts.size > 0) this.startOverrides.set(numId, starts)
      if (levels.size > 0) this.levelOverrides.set(numId, levels)
    }
    for (const style of styles ? elements(styles, 'w:style') : []) {
      const numPr = childNamed(childNamed(style, 'w:pPr'), 'w:numPr')
      const ilvl = valueOf(numPr, 'w:ilvl')
      this.styleNumbering.set(style.attributes['w:styleId'] ?? '', { numId: valueOf(numPr, 'w:numId'), ilvl: ilvl === null ? null : Number(ilvl), basedOn: valueOf(style, 'w:basedOn') })
    }
  }

  /** The number Word shows before this paragraph ('' for none), advancing the list's counters. */
  labelFor(properties: XmlElement | null): string {
    const own = childNamed(properties, 'w:numPr')
    let numId = valueOf(own, 'w:numId')
    let ilvlText = valueOf(own, 'w:ilvl')
    const fromStyle = this.styleChain(valueOf(properties, 'w:pStyle'))
    numId ??= fromStyle.numId
    ilvlText ??= fromStyle.ilvl === null ? null : String(fromStyle.ilvl)
    if (numId === null || numId === '0') return ''
    const abstractId = this.abstractByNum.get(numId)
    const counted = abstractId === undefined ? undefined : this.levelsByAbstract.get(abstractId)
    const ilvl = Number(ilvlText ?? 0)
    const levels = counted && this.shownLevels(numId, counted)
    const level = levels?.[ilvl]
    if (!counted || !levels || !level) return ''
    const numbers = this.countersFor(abstractId!, numId, counted).advance(ilvl)
    if (level.format === 'none') return ''
    if (level.format === 'bullet') return level.text === '' || /[\uE000-\uF8FF]/.test(level.text) ? '' : level.text + level.suffix
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1
      const format = level.legal && index < ilvl ? 'decimal' : levels[index]?.format ?? 'decimal'
      return formatListNumber(numbers[index]!, format)
    })
    return label + level.suffix
  }

  /** The levels as this list instance shows them: the abstract list's, with the levels it gives anew. */
  private shownLevels(numId: string, counted: Level[]): Level[] {
    const overrides = this.levelOverrides.get(numId)
    if (!overrides) return counted
    const levels = [...counted]
    for (const [ilvl, level] of overrides) levels[ilvl] = level
    return levels
  }

  private countersFor(abstractId: string, numId: string, levels: Level[]): WordListCounters {
    let counters = this.counters.get(abstractId)
    if (!counters) {
      counters = new WordListCounters(Array.from({ length: 9 }, (_, index) => levels[index]?.start ?? 1))
      this.counters.set(abstractId, counters)
    }
    // A list that restarts (a startOverride) begins again the first time it is used.
    const overrides = this.startOverrides.get(numId)
    if (overrides && !this.overridesApplied.has(numId)) {
      for (const [index, start] of overrides) counters.restart(index, start)
      this.overridesApplied.add(numId)
    }
    return counters
  }

  private styleChain(styleId: string | null): { numId: string | null; ilvl: number | null } {
    const seen = new Set<string>()
    let numId: string | null = null
    let ilvl: number | null = null
    for (let id = styleId; id !== null && !seen.has(id); ) {
      seen.add(id)
      const style = this.styleNumbering.get(id)
      if (!style) break
      numId ??= style.numId
      ilvl ??= style.ilvl
      id = style.basedOn
    }
    return { numId, ilvl }
  }
}

/** Word accepts list starts from 0 to 32767; a file with another value was not made by Word. */
const MAX_LIST_START = 32767

function listStart(value: string | null): number {
  const number = Number(value ?? 1)
  return Number.isInteger(number) ? Math.min(Math.max(number, 0), MAX_LIST_START) : 1
}
