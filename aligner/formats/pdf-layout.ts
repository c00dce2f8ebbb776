// Turns the positioned text of PDF pages back into the paragraphs the page shows. Pure geometry,
// no PDF parsing (pdf.ts reads the file):
// - glyphs a fallback font drew over the gaps of a word go back into the word (LibreOffice draws
//   Kazakh letters its font lacks that way: `м дениет` + `ә` → `мәдениет`);
// - running headers and footers (page numbers, titles repeated on every page) are kept apart, but a
//   heading that happens to open a page stays body text;
// - printed lines are joined into paragraphs by what the page shows: vertical space, a change of
//   type size, an indented first line, a heading or a point number, a line that ends although the
//   next line's first word would have fitted on it, and a page that ends a sentence short of the
//   text area's bottom;
// - lines set in a fixed-pitch font amid proportional body text are preformatted (a letterhead or
//   signature laid out in columns, as a web page's <pre> prints): they join into one paragraph
//   (preformatted.ts).
import { parseHeading } from '../structure/headings.ts'
import { opensPoint } from '../structure/paragraphs.ts'
import type { ApartBlock } from './extracted.ts'
import { furnitureRepeats, furnitureShape, isPageNumber } from './page-furniture.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { fixedPitchIsBodyType } from './preformatted.ts'
import { readingPages, type ReadingPage } from './pdf-columns.ts'
import { appendAll } from '../append.ts'
import { raisedDigits } from '../text/superscript.ts'

export interface PlacedText {
  text: string
  /** Left end of the baseline, in points from the page's bottom-left corner. */
  x: number
  y: number
  width: number
  /** Type size in points. */
  size: number
  /** Set in a fixed-pitch font. */
  monospace?: boolean
}

export interface PdfPage {
  height: number
  items: PlacedText[]
}

/** Share of the page height at the top and bottom where running headers and footers sit. */
const MARGIN_SHARE = 0.09
/** A line this much further right than the text's left edge (in type sizes) is indented. */
const INDENT_IN_SIZES = 0.8
/** A letter printed again within this share of its width of the same letter is the same letter (simulated bold). */
const DUPLICATE_OFFSET_SHARE = 0.5
/** A gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.3
/** The share of gaps between lines smaller than the spacing inside a paragraph (a few are tighter). */
const LINE_SPACING_SHARE = 0.1
/** Text this much smaller than the body, below it on the page, is a footnote. */
const FOOTNOTE_SIZE_SHARE = 0.85
/** Lines whose sizes differ by more than this share of the body size are set in different styles. */
const STYLE_SIZE_SHARE = 0.1
/**
 * Room left at a page's bottom, in lines, that a paragraph running on would have filled: a widow
 * rule (two lines at the top of the next page) takes back one line, so two lines' room means the
 * paragraph ended there. A quarter line less, for the spacing measured from rounded positions.
 */
const SHORT_PAGE_LINES = 1.75

interface Glyph {
  character: string
  x: number
  width: number
}

interface PrintedLine {
  page: number
  text: string
  glyphs: Glyph[]
  x: number
  end: number
  y: number
  size: number
  /** Every letter of it in a fixed-pitch font. */
  monospace: boolean
}

/** The body text, one paragraph per line, and what was kept apart (headers, footers, footnotes). */
export function pdfText(printed: PdfPage[]): { text: string; apart: ApartBlock[] } {
  // A page in columns is read a column at a time: each column is a page here (`line.page`).
  const pages = readingPages(printed)
  const lines = pages.map((page, index) => printedLines(page.items, index))
  const { body, apart } = withoutFurniture(pages, lines)
  const bodySize = median(body.map((line) => line.size))
  const page = pageGeometry(body, bodySize)
  const measures = indentedMeasures(body, page)
  const lowestBodyLine = lowestBodyLines(body, bodySize)
  const endsShort = shortPageEnd(body, bodySize, page)
  const fixedPitchIsBody = fixedPitchIsBodyType(body.map((line) => ({ text: line.text, fixedPitch: line.monospace })))
  const preformatted = (line: PrintedLine) => !fixedPitchIsBody && line.monospace
  const text: PrintedLine[] = []
  for (const line of body) {
    if (line.size <= bodySize * FOOTNOTE_SIZE_SHARE && line.y < (lowestBodyLine.get(line.page) ?? -Infinity)) apart.push({ kind: 'footnote', label: `page ${pages[line.page]!.sourcePage + 1}`, text: line.text })
    else text.push(line)
  }
  // A preformatted block is one paragraph: it starts and ends where the fixed pitch does.
  const opensAfter = (previous: PrintedLine, line: PrintedLine) =>
    preformatted(previous) || preformatted(line) ? preformatted(previous) !== preformatted(line) : startsParagraph(previous, line, lineGeometry(page, measures, previous, line), bodySize)
  const opens = text.map((line, index) => index === 0 || opensAfter(text[index - 1]!, line))
  // At a page break no space shows between paragraphs. A list item's semicolon still ends one, and
  // after a sentence the widow rule (never one line of a paragraph alone at a page's top or
  // bottom) tells where one ended.
  for (const [index, line] of text.entries()) {
    const previous = text[index - 1]
    if (!previous || opens[index] || line.page === previous.page || preformatted(previous) || preformatted(line) || !ENDS_SENTENCE.test(previous.text)) continue
    const aloneAtTop = text[index + 1]?.page === line.page && opens[index + 1]!
    opens[index] = ENDS_LIST_ITEM.test(previous.text) || endsShort(previous) || aloneAtTop
  }
  const paragraphs: string[] = []
  for (const [index, line] of text.entries()) {
    if (opens[index]) paragraphs.push(line.text)
    else paragraphs[paragraphs.length - 1] += lineJoiner(paragraphs[paragraphs.length - 1]!, preformatted(line)) + line.text
  }
  return { text: paragraphs.join('\n'), apart }
}

/**
 * The page's lines; an initial (a drop cap) is read as the first letter of the line it opens. An
 * initial with no lines beside it is an ordinary letter (an annex letter set large), read as one.
 */
function printedLines(items: PlacedText[], page: number): PrintedLine[] {
  let initials = initialCandidates(items)
  for (;;) {
    const setApart = new Set(initials)
    const lines = linesOf(items.filter((item) => !setApart.has(item)), page)
    const besides = initials.map((initial) => linesBeside(initial, lines))
    if (besides.every((beside) => beside.length > 0)) {
      initials.forEach((initial, index) => openWithInitial(initial, besides[index]!))
      return lines
    }
    initials = initials.filter((_, index) => besides[index]!.length > 0)
  }
}

/** One letter set at least this many times the page's usual type size may be an initial. */
const INITIAL_SIZE_RATIO = 2
/** More large letters than this on a page are not initials opening paragraphs (a chart, a poster). */
const MOST_INITIALS_PER_PAGE = 8

function initialCandidates(items: PlacedText[]): PlacedText[] {
  const usualSize = median(items.map((item) => item.size))
  const candidates = items.filter((item) => item.size >= INITIAL_SIZE_RATIO * usualSize && /^\p{L}$/u.test(item.text.trim()))
  return candidates.length <= MOST_INITIALS_PER_PAGE ? candidates : []
}

/**
 * The lines an initial opens, top first: lines of smaller type just right of it whose baselines lie
 * between its own and its top (one line for an initial raised above the first line, two or three
 * for one dropped beside them).
 */
function linesBeside(initial: PlacedText, lines: PrintedLine[]): PrintedLine[] {
  const right = initial.x + initial.width
  return lines.filter(
    (line) =>
      line.size * INITIAL_SIZE_RATIO <= initial.size &&
      line.y >= initial.y - 0.25 * line.size &&
      line.y <= initial.y + 0.75 * initial.size &&
      line.x >= right - 0.5 * line.size &&
      line.x - right <= 2 * line.size,
  )
}

/**
 * Puts the initial at the start of the first line beside it, joined to the word it begins unless
 * that line starts further right than the others beside it (a word space: `В настоящем`). The lines
 * beside it start where it does: they are not indented.
 */
function openWithInitial(initial: PlacedText, beside: PrintedLine[]): void {
  const [first, ...rest] = beside
  if (!first) return
  const letter = initial.text.trim()
  const indent = rest.length > 0 ? Math.min(...rest.map((line) => line.x)) : initial.x + initial.width
  const spaced = first.x - indent > 0.2 * first.size
  first.text = `${letter}${spaced ? ' ' : ''}${first.text}`
  first.glyphs.unshift({ character: letter, x: initial.x, width: initial.width })
  for (const line of beside) line.x = initial.x
}

/** Items on the same baseline, left to right; glyphs drawn over another item's gaps fill them. */
function linesOf(items: PlacedText[], page: number): PrintedLine[] {
  const sorted = items.filter((item) => item.text !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PlacedText[][] = []
  for (const item of sorted) {
    const group = groups[groups.length - 1]
    const first = group?.[0]
    if (group && first && Math.abs(first.y - item.y) < 0.5 * Math.max(first.size, item.size)) group.push(item)
    else groups.push([item])
  }
  return groups.flatMap((group) => {
    const glyphs = lineGlyphs(withRaisedDigits(group).sort((a, b) => a.x - b.x))
    const text = glyphs.map((glyph) => glyph.character).join('').replace(/\s+/g, ' ').trim()
    if (text === '') return []
    const visible = glyphs.filter((glyph) => !/\s/.test(glyph.character))
    const last = visible[visible.length - 1]!
    const monospace = group.every((item) => item.monospace === true || item.text.trim() === '')
    return [{ page, text, glyphs: visible, x: visible[0]!.x, end: last.x + last.width, y: group[0]!.y, size: Math.max(...group.map((item) => item.size)), monospace }]
  })
}

/** Type smaller than this share of its line's, set at least this much (in the line's type size) above the line's baseline, is raised. */
const RAISED_SIZE_SHARE = 0.85
const RAISED_RISE_SHARE = 0.2

/**
 * Digits set small above the line (an inserted article's `5¹`, a footnote's mark) written as the
 * superscript digits they are: read as plain digits, `Статья 5¹` would be article 51.
 */
function withRaisedDigits(line: PlacedText[]): PlacedText[] {
  const body = line.reduce((largest, item) => (item.size > largest.size ? item : largest))
  const raised = (item: PlacedText) => item.size < body.size * RAISED_SIZE_SHARE && item.y - body.y >= body.size * RAISED_RISE_SHARE && /^\s*\d+\s*$/.test(item.text)
  return line.some(raised) ? line.map((item) => (raised(item) ? { ...item, text: raisedDigits(item.text) } : item)) : line
}

/**
 * The line's letters left to right; an item drawn over letters already placed fills their gaps.
 * Blank items count only where no letters are drawn over them: a fallback font's blanks span the
 * words between its glyphs, and the main font leaves blanks where the fallback draws.
 */
function lineGlyphs(items: PlacedText[]): Glyph[] {
  const glyphs: Glyph[] = []
  let end = -Infinity
  const letters = items.filter((item) => item.text.trim() !== '')
  for (const item of letters) {
    const own = itemGlyphs(item)
    if (glyphs.length > 0 && item.x < end - 0.25 * item.size) {
      fillGaps(glyphs, item, own)
      continue
    }
    const last = glyphs[glyphs.length - 1]
    if (last && item.x - end > 0.2 * item.size && !/\s/.test(last.character) && !/^\s/.test(item.text)) glyphs.push({ character: ' ', x: end, width: item.x - end })
    appendAll(glyphs, own)
    end = Math.max(end, item.x + item.width)
  }
  for (const blank of items.filter((item) => item.text.trim() === '')) {
    const inset = 0.1 * blank.size
    if (letters.some((item) => item.x < blank.x + blank.width - inset && item.x + item.width > blank.x + inset)) continue
    const at = insertionIndex(glyphs, blank.x)
    if (at > 0 && at < glyphs.length && !/\s/.test(glyphs[at - 1]!.character) && !/\s/.test(glyphs[at]!.character)) glyphs.splice(at, 0, { character: ' ', x: blank.x, width: blank.width })
  }
  return glyphs
}

/**
 * An item drawn over text already on the line: a fallback font's glyphs, each over the blank its
 * letter left in the word. Over nothing but blanks it replaces them whole (its own spaces are the
 * line's); otherwise each of its letters takes the nearest blank.
 */
function fillGaps(glyphs: Glyph[], item: PlacedText, own: Glyph[]): void {
  if (item.text.trim() === '') return
  const centre = (glyph: Glyph) => glyph.x + glyph.width / 2
  const covered = glyphs.flatMap((glyph, index) => (centre(glyph) >= item.x && centre(glyph) <= item.x + item.width ? [index] : []))
  const trimmed = own.filter((glyph, index) => !/\s/.test(glyph.character) || (index > 0 && index < own.length - 1))
  if (covered.every((index) => /\s/.test(glyphs[index]!.character))) {
    if (covered.length === 0) {
      glyphs.splice(insertionIndex(glyphs, item.x), 0, ...trimmed)
      return
    }
    // A blank wider than the letters drawn over it also held the space between two words.
    const first = glyphs[covered[0]!]!
    const last = glyphs[covered[covered.length - 1]!]!
    const slack = 0.15 * item.size
    const before = item.x - first.x > slack ? [{ character: ' ', x: first.x, width: item.x - first.x }] : []
    const after = last.x + last.width - (item.x + item.width) > slack ? [{ character: ' ', x: item.x + item.width, width: last.x + last.width - item.x - item.width }] : []
    glyphs.splice(covered[0]!, covered[covered.length - 1]! - covered[0]! + 1, ...before, ...trimmed, ...after)
    return
  }
  for (const glyph of trimmed) {
    if (/\s/.test(glyph.character) || drawnAgain(glyphs, glyph)) continue
    let nearest = -1
    for (let index = 0; index < glyphs.length; index++) {
      if (!/\s/.test(glyphs[index]!.character)) continue
      const distance = Math.abs(centre(glyphs[index]!) - centre(glyph))
      if (distance <= Math.max(glyph.width, glyphs[index]!.width) && (nearest < 0 || distance < Math.abs(centre(glyphs[nearest]!) - centre(glyph)))) nearest = index
    }
    if (nearest >= 0) glyphs[nearest] = glyph
    else glyphs.splice(insertionIndex(glyphs, glyph.x), 0, glyph)
  }
}

function insertionIndex(glyphs: Glyph[], x: number): number {
  const index = glyphs.findIndex((glyph) => glyph.x > x)
  return index < 0 ? glyphs.length : index
}

/** The item's width shared among its characters by their usual widths (narrow i, wide ш). */
/**
 * Whether the same letter is already placed where `glyph` falls: text printed again a fraction of a
 * letter aside to look bold, or as a shadow, is one text (`PDF`, not `PPPPPDDDDDFFFFF`).
 */
function drawnAgain(glyphs: Glyph[], glyph: Glyph): boolean {
  const centre = glyph.x + glyph.width / 2
  return glyphs.some((placed) => placed.character === glyph.character && Math.abs(placed.x + placed.width / 2 - centre) <= DUPLICATE_OFFSET_SHARE * Math.max(placed.width, glyph.width))
}

function itemGlyphs(item: PlacedText): Glyph[] {
  const characters = [...item.text]
  const weights = characters.map(characterWeight)
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1
  let x = item.x
  return characters.map((character, index) => {
    const width = (item.width * weights[index]!) / total
    const glyph = { character, x, width }
    x += width
    return glyph
  })
}

function characterWeight(character: string): number {
  if (/\s/.test(character)) return 0.28
  if (/[.,:;!'|іїilj]/u.test(character)) return 0.28
  if (/[()[\]«»"“”\-–]/u.test(character)) return 0.35
  if (/[шщжмфюыШЩЖМФЮЫWMmw—]/u.test(character)) return 0.8
  if (/\p{Lu}/u.test(character)) return 0.68
  return 0.55
}

/**
 * Running headers and footers: lines in the top or bottom margin that are page numbers, or that
 * repeat on at least half the pages (numbers aside): a phrase that happens to open two pages is
 * body text. So is a heading or a point even there: `3-бап` at the top of page 4 opens article 3
 * whatever `2-бап` did at the top of page 3.
 */
function withoutFurniture(pages: ReadingPage[], lines: PrintedLine[][]): { body: PrintedLine[]; apart: ApartBlock[] } {
  const inMargin = (line: PrintedLine) => marginOf(line, pages[line.page]!.height) !== null
  // On how many printed pages a line in the margins recurs (a page in columns counts once).
  const printedPagesWith = new Map<string, Set<number>>()
  for (const pageLines of lines) {
    for (const line of pageLines.filter(inMargin)) {
      const key = furnitureShape(line.text)
      printedPagesWith.set(key, (printedPagesWith.get(key) ?? new Set()).add(pages[line.page]!.sourcePage))
    }
  }
  const pagesWith = new Map([...printedPagesWith].map(([key, printed]) => [key, printed.size]))
  const repeatsOn = furnitureRepeats(new Set(pages.map((page) => page.sourcePage)).size)
  const apart: ApartBlock[] = []
  const body: PrintedLine[] = []
  for (const pageLines of lines) {
    pageLines.forEach((line, index) => {
      const where = marginOf(line, pages[line.page]!.height)
      const outermost = index === 0 || index === pageLines.length - 1
      const furniture =
        isPageNumber(line.text) ? where !== null || outermost : where !== null && (pagesWith.get(furnitureShape(line.text)) ?? 0) >= repeatsOn && parseHeading(line.text) === null && !opensPoint(line.text)
      if (furniture) apart.push({ kind: where ?? (index === 0 ? 'header' : 'footer'), label: `page ${pages[line.page]!.sourcePage + 1}`, text: line.text })
      else body.push(line)
    })
  }
  return { body, apart }
}

function marginOf(line: PrintedLine, height: number): 'header' | 'footer' | null {
  if (line.y > height * (1 - MARGIN_SHARE)) return 'header'
  if (line.y < height * MARGIN_SHARE) return 'footer'
  return null
}

/** A line that ends in a word's hyphen or slash goes on with the word on the next line. */
const WRAPS_WORD = /[\p{L}\p{N}][-/]$/u

/**
 * A list item ends the line: items of legal lists end with a semicolon, and a line rarely ends on
 * one inside a sentence (it must fill the line to the margin there).
 */
const ENDS_LIST_ITEM = /;[»"”’)]?$/u

/** A sentence or a clause of a list ends the line: `.`, `:`, `;`, `!`, `?`, maybe before a closing quote or bracket. */
const ENDS_SENTENCE = /[.:;!?][»"”’)]?$/u

/**
 * Does a line end its page short of the text area's bottom by two lines' room or more? Only the
 * page's lowest line counts (a page with footnotes ends in them), and the bottom is the lowest end
 * of body text that two pages share (a line placed lower by itself does not move it).
 */
function shortPageEnd(body: PrintedLine[], bodySize: number, page: PageGeometry): (line: PrintedLine) => boolean {
  const pageEnds = new Map<number, number>()
  for (const line of body) pageEnds.set(line.page, Math.min(pageEnds.get(line.page) ?? Infinity, line.y))
  const bodyEnds = lowestBodyLines(body, bodySize)
  const bottom = lowestShared([...bodyEnds.values()])
  return (line) => pageEnds.get(line.page) === line.y && line.y - bottom >= SHORT_PAGE_LINES * page.leading * line.size
}

/** Per page, the height of the lowest line in body type: small print below it is a footnote. */
function lowestBodyLines(body: PrintedLine[], bodySize: number): Map<number, number> {
  const lowest = new Map<number, number>()
  for (const line of body) {
    if (line.size > bodySize * FOOTNOTE_SIZE_SHARE) lowest.set(line.page, Math.min(lowest.get(line.page) ?? Infinity, line.y))
  }
  return lowest
}

interface PageGeometry {
  left: number
  right: number
  /** Usual distance between baselines, in type sizes. */
  leading: number
}

function pageGeometry(body: PrintedLine[], bodySize: number): PageGeometry {
  const inBody = body.filter((line) => Math.abs(line.size - bodySize) <= STYLE_SIZE_SHARE * bodySize)
  const ends = inBody.map((line) => line.end).sort((a, b) => a - b)
  const leadings = inBody.slice(1).flatMap((line, index) => {
    const previous = inBody[index]!
    const gap = previous.y - line.y
    return previous.page === line.page && gap > 0 ? [gap / line.size] : []
  })
  return { left: leftEdge(inBody.map((line) => line.x)), right: ends[Math.floor(ends.length * 0.9)] ?? 0, leading: lineSpacing(leadings) }
}

/**
 * The spacing of lines inside a paragraph, in type sizes: among the smallest gaps between lines, as
 * a text of many one-line paragraphs (list items, short clauses) has more gaps between paragraphs.
 */
function lineSpacing(gaps: number[]): number {
  if (gaps.length === 0) return 1.2
  const sorted = [...gaps].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * LINE_SPACING_SHARE)]!
}

/**
 * Blocks indented on both sides (a quotation, an editorial note): runs of three or more lines that
 * start at one indented position and fill a measure as much narrower on the right — the block's
 * own right edge, where its lines wrap. Runs of short lines (a signature) fill no measure.
 */
function indentedMeasures(body: PrintedLine[], page: PageGeometry): Map<PrintedLine, number> {
  const measures = new Map<PrintedLine, number>()
  let run: PrintedLine[] = []
  const closeRun = () => {
    const first = run[0]
    if (first && run.length >= 3) {
      const right = Math.max(...run.map((line) => line.end))
      const symmetricRight = page.right - (first.x - page.left)
      if (right < page.right - first.size && right > symmetricRight - 2 * first.size) for (const line of run) measures.set(line, right)
    }
    run = []
  }
  for (const line of body) {
    const first = run[0]
    const indented = line.x - page.left > INDENT_IN_SIZES * line.size
    if (first && !(indented && Math.abs(line.x - first.x) <= 0.5 * line.size && line.size === first.size)) closeRun()
    if (indented) run.push(line)
  }
  closeRun()
  return measures
}

/** The page's geometry, narrowed to an indented block's measure for two lines of one such block. */
function lineGeometry(page: PageGeometry, measures: Map<PrintedLine, number>, previous: PrintedLine, line: PrintedLine): PageGeometry {
  const right = measures.get(previous)
  return right !== undefined && measures.get(line) === right ? { ...page, right } : page
}

function startsParagraph(previous: PrintedLine, line: PrintedLine, page: PageGeometry, bodySize: number): boolean {
  if (line.page === previous.page && previous.y - line.y > PARAGRAPH_GAP * page.leading * Math.max(line.size, previous.size)) return true
  if (Math.abs(line.size - previous.size) > STYLE_SIZE_SHARE * bodySize) return true
  if (WRAPS_WORD.test(previous.text)) return false
  const hadRoom = previous.end + firstWordWidth(line) < page.right - 0.5 * line.size
  if (parseHeading(line.text) !== null) return true
  // A heading's title may wrap like any line: it ends where a line had room to go on. A bare
  // `Статья 1` has no title to wrap; a title filling its line does not go on in a point placed
  // elsewhere (`1. Передаточная инстанция…` indented under `Статья 5 Передача решений…`).
  const heading = parseHeading(previous.text)
  if (heading !== null) return hadRoom || heading.title.trim() === '' || (LIST_LABEL.test(line.text) && Math.abs(line.x - previous.x) > 0.5 * line.size)
  if (LIST_LABEL.test(line.text) && /[.:;]$/.test(previous.text)) return true
  if (isCentred(previous, page) && isCentred(line, page)) return false
  if (hadRoom) return true
  const indented = line.x - page.left > INDENT_IN_SIZES * line.size && line.x - previous.x > INDENT_IN_SIZES * line.size
  return indented && Math.abs(line.x - textStart(previous)) > 0.5 * line.size
}

/** The width the line's first word (with the space before it) would take at the end of another. */
function firstWordWidth(line: PrintedLine): number {
  const word = /^\S+/.exec(line.text)?.[0] ?? ''
  const glyphs = line.glyphs.slice(0, [...word].length)
  const width = glyphs.reduce((sum, glyph) => sum + glyph.width, 0)
  return width + 0.28 * line.size
}

/** A label a list item may start with: `1.`, `2.1)`, `а)`, `d.`, `iii.`, `(b)`, a bullet. */
const LIST_LABEL = /^(?:["«“]?\(?(?:\d{1,3}(?:[.-]\d{1,3})*|\p{L}|[ivxlcIVXLC]{1,6})[.)/]|[•·▪◦‣–—-])\s+/u

/** Where the text after an item's label starts: a hanging indent lines its next lines up there. */
function textStart(line: PrintedLine): number {
  const label = LIST_LABEL.exec(line.text)
  if (!label) return line.x
  const labelCharacters = [...label[0].trimEnd()].filter((character) => !/\s/.test(character)).length
  return line.glyphs[labelCharacters]?.x ?? line.x
}

function isCentred(line: PrintedLine, page: PageGeometry): boolean {
  const middle = (page.left + page.right) / 2
  return line.x - page.left > 2 * line.size && Math.abs((line.x + line.end) / 2 - middle) < 2 * line.size
}

/**
 * Lines of a paragraph join with a space, or with nothing after a hyphen or a slash at a line's end
 * (kept: `қарым-`, `20-`, `және/` of `және/немесе`: browsers and LibreOffice wrap after them); the
 * lines of a preformatted block with a LINE_SEPARATOR, unless one ends so (the page wrapped a line
 * too long for it).
 */
function lineJoiner(paragraph: string, preformatted: boolean): string {
  if (WRAPS_WORD.test(paragraph)) return ''
  return preformatted ? LINE_SEPARATOR : ' '
}

/** The text's left edge: the leftmost start shared by two lines (a lone line may stick out). */
function leftEdge(starts: number[]): number {
  return lowestShared(starts)
}

/** The lowest of the values (rounded) that at least two share; the lowest of all when none is shared. */
function lowestShared(values: number[]): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1)
  const shared = [...counts].filter(([, count]) => count >= 2).map(([value]) => value)
  return shared.length > 0 ? Math.min(...shared) : Math.min(...values)
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
