// Pages set in columns of running text (a law as a newspaper prints it, a journal): each column is
// read to its end before the next, as a reader does, instead of line by line across the page, which
// interleaves the columns (`Native Amer- records of such disposals … ican Church`).
// A column here is running text: many lines, most of them filling the column's width. A table or a
// signature block laid out side by side is not one, and is read row by row as before.
import type { PdfPage, PlacedText } from './pdf-layout.ts'

/** Fewest lines of running text each side of a gutter must hold for a page to be read as columns. */
const MIN_COLUMN_LINES = 8
/** Narrowest gutter between columns, in type sizes: wider than any space between words. */
const MIN_GUTTER_SIZES = 1
/**
 * Most pieces of text a gutter may cross, as a share of the page's lines (at least two): a title,
 * a running head, a page number or a printer's mark printed across the columns, above or below them.
 */
const SPANNING_SHARE = 0.05
/** Narrowest column, in type sizes. */
const MIN_COLUMN_SIZES = 15
/** Share of a column's lines that must run to near its right edge: wrapped running text, not a table. */
const FULL_LINE_SHARE = 0.5
/** A line ends near the right edge within this share of the column's width. */
const FULL_LINE_SLACK = 0.12

/** A part of a page read as a page of its own: a column, or a band of lines spanning the columns. */
export interface ReadingPage extends PdfPage {
  /** The printed page it is a part of (0-based). */
  sourcePage: number
}

/** The pages in reading order: a page in columns becomes its bands and columns, each a reading page. */
export function readingPages(pages: PdfPage[]): ReadingPage[] {
  return pages.flatMap((page, index) => columns(page.items, MAX_COLUMNS).map((items) => ({ height: page.height, items, sourcePage: index })))
}

/** Most columns a page is split into (a newspaper's four). */
const MAX_COLUMNS = 4

/** A page's items as columns in reading order; the widest gutter first, then again inside each side. */
function columns(items: PlacedText[], most: number): PlacedText[][] {
  const gutter = most > 1 ? columnGutter(items) : null
  if (gutter === null) return [items]
  // Lines across the gutter (a title above the columns, a note below) are read before or after them.
  const spanning = items.filter((item) => crosses(item, gutter))
  const inColumns = items.filter((item) => !crosses(item, gutter))
  const top = Math.max(...inColumns.filter((item) => item.text.trim() !== '').map((item) => item.y))
  const above = spanning.filter((item) => item.y > top)
  const below = spanning.filter((item) => item.y <= top)
  const [left, right] = columnParts(inColumns, gutter)
  const leftColumns = columns(left, most - 1)
  return [above, ...leftColumns, ...columns(right, most - leftColumns.length), below].filter((part) => part.length > 0)
}

interface Line {
  y: number
  x: number
  end: number
}

/** Items on one baseline, as printed lines with their extent. */
function linesOf(items: PlacedText[]): Line[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Line[] = []
  let size = 0
  for (const item of sorted) {
    const last = lines[lines.length - 1]
    if (last && Math.abs(last.y - item.y) < 0.5 * Math.max(size, item.size)) {
      last.x = Math.min(last.x, item.x)
      last.end = Math.max(last.end, item.x + item.width)
    } else {
      lines.push({ y: item.y, x: item.x, end: item.x + item.width })
      size = item.size
    }
  }
  return lines
}

/** The x range of the gutter between two columns of running text, or null for a page read line by line. */
function columnGutter(items: PlacedText[]): [number, number] | null {
  const text = items.filter((item) => item.text.trim() !== '')
  if (text.length === 0) return null
  const sizes = text.map((item) => item.size).sort((a, b) => a - b)
  const bodySize = sizes[sizes.length >> 1]!
  // Pieces of text, not whole lines: a gutter is where no piece of (almost) any line is printed.
  const left = Math.min(...text.map((item) => item.x))
  const right = Math.max(...text.map((item) => item.x + item.width))
  const width = Math.ceil(right - left)
  if (width <= 0) return null
  const covered = new Uint16Array(width + 1)
  for (const item of text) for (let at = Math.floor(item.x - left); at < Math.ceil(item.x + item.width - left) && at <= width; at++) covered[at]!++
  const mostSpanning = Math.max(2, Math.ceil(SPANNING_SHARE * linesOf(text).length))
  const candidates: Array<[number, number]> = []
  for (let at = 0; at <= width; ) {
    if (covered[at]! > mostSpanning) {
      at++
      continue
    }
    const start = at
    while (at <= width && covered[at]! <= mostSpanning) at++
    if (at - start >= MIN_GUTTER_SIZES * bodySize) candidates.push([left + start, left + at])
  }
  // The widest gap that parts two columns; a wider one may only set off a margin note or a number column.
  candidates.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
  return candidates.find((gutter) => partsColumns(text, gutter, bodySize)) ?? null
}

/** Running text either side of the gap, and what crosses it printed above or below the columns, never between their lines. */
function partsColumns(text: PlacedText[], gutter: [number, number], bodySize: number): boolean {
  const spanning = text.filter((item) => crosses(item, gutter))
  const [leftItems, rightItems] = columnParts(text.filter((item) => !crosses(item, gutter)), gutter)
  if (!isRunningText(linesOf(leftItems), bodySize) || !isRunningText(linesOf(rightItems), bodySize)) return false
  const columnTop = Math.max(...[...leftItems, ...rightItems].map((item) => item.y))
  const columnBottom = Math.min(...[...leftItems, ...rightItems].map((item) => item.y))
  return spanning.every((item) => item.y > columnTop || item.y < columnBottom)
}

/** Printed right across the gutter; a line of a column may reach into it (a long last word), not across. */
function crosses(item: PlacedText, [from, to]: [number, number]): boolean {
  return item.text.trim() !== '' && item.x < from && item.x + item.width > to
}

/** Lines of a column of running text: enough of them, a wide enough column, most lines filling it. */
function isRunningText(lines: Line[], bodySize: number): boolean {
  if (lines.length < MIN_COLUMN_LINES) return false
  const left = Math.min(...lines.map((line) => line.x))
  const ends = lines.map((line) => line.end).sort((a, b) => a - b)
  const right = ends[Math.floor(ends.length * 0.9)]!
  const width = right - left
  if (width < MIN_COLUMN_SIZES * bodySize) return false
  const full = lines.filter((line) => line.end >= right - FULL_LINE_SLACK * width).length
  return full >= FULL_LINE_SHARE * lines.length
}

/**
 * The items of a page in columns, in reading order: the left column, then the right (each item on
 * the side of the gutter where it starts), the right moved to the left one's edge so that one
 * geometry (margins, indents) serves all columns.
 */
function columnParts(items: PlacedText[], [from, to]: [number, number]): [PlacedText[], PlacedText[]] {
  const middle = (from + to) / 2
  const leftItems = items.filter((item) => item.x < middle)
  const rightItems = items.filter((item) => item.x >= middle)
  const leftEdge = Math.min(...leftItems.filter((item) => item.text.trim() !== '').map((item) => item.x))
  const rightEdge = Math.min(...rightItems.filter((item) => item.text.trim() !== '').map((item) => item.x))
  const shift = rightEdge - leftEdge
  return [leftItems, rightItems.map((item) => ({ ...item, x: item.x - shift }))]
}
