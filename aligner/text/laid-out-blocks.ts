// Preformatted blocks in a text saved one paragraph per line (Word's or LibreOffice's "save as
// text", pandoc's plain text, a copy of a page's <pre>): a letterhead, an address or a signature
// laid out with spaces — in columns, centred or set to the right. Its lines are layout, not
// paragraphs: the block becomes one paragraph with its lines kept apart by LINE_SEPARATOR, as the
// other formats' preformatted blocks do (formats/preformatted.ts).
import { parseHeading } from '../structure/headings.ts'
import { opensNumberedPoint } from '../structure/paragraphs.ts'

/**
 * A line longer than this is a paragraph of prose, not a line of a layout: a layout set with
 * spaces fits the width of a typed page (80 to 100 columns).
 */
const LAYOUT_WIDTH = 100
/** Spaces inside a line that set columns apart (`Washington, D.C.     Cable Address`). */
const COLUMN_GAP = /\S {3,}\S/
/** Leading spaces that place a line (centred, to the right) rather than indent a paragraph. */
const PLACED_INDENT = 2
/**
 * Lines all placed at one depth are a block (an address set apart) only deeper than a paragraph's
 * first-line indent, which is a tab stop (4 to 8 columns) or a few typed spaces. Shallower, they
 * may be a quotation whose lines were broken by hand: other formats read those as paragraphs.
 */
const SET_APART_INDENT = 9

interface Line {
  start: number
  end: number
  indent: number
  /** Laid out with spaces: a column gap inside, or placed by its leading spaces. */
  laidOut: boolean
  columns: boolean
}

/**
 * [start, end) ranges of `text` (one paragraph per line) holding preformatted blocks. A block runs
 * from a laid-out line to the last laid-out line before prose resumes; unindented short lines
 * between them belong to it (a save as text drops no spaces, but a letterhead has lines at the
 * margin too). It needs two laid-out lines and a column gap, lines placed at different depths or
 * all set apart deeper than a paragraph indent, so a list nested by indentation, or paragraphs
 * indented alike, stay paragraphs.
 */
export function laidOutBlockRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let run: Line[] = []
  const closeRun = () => {
    const block = blockOf(run)
    if (block) ranges.push(block)
    run = []
  }
  for (const { start, end } of splitLines(text)) {
    const line = readLine(text, start, end)
    if (line === null) closeRun()
    else run.push(line)
  }
  closeRun()
  return ranges
}

function splitLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = []
  let start = 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    lines.push({ start, end })
    if (newline < 0) return lines
    start = newline + 1
  }
}

/** A line that may belong to a block, or null for one that ends it (blank, prose, heading, point). */
function readLine(text: string, start: number, end: number): Line | null {
  const typed = text.slice(start, end)
  const tabsExpanded = typed.replace(/\t/g, '    ')
  const body = tabsExpanded.trim()
  if (body === '' || tabsExpanded.trimEnd().length > LAYOUT_WIDTH || parseHeading(body) !== null) return null
  const indent = tabsExpanded.length - tabsExpanded.trimStart().length
  // Spaces, not tabs: a tab between cells is a table row, which the other readers keep a paragraph.
  const columns = COLUMN_GAP.test(typed.trim())
  // A point placed by indentation is a nested list item (pandoc indents them), not layout.
  const point = opensNumberedPoint(body)
  if (point && indent === 0 && !columns) return null
  return { start, end, indent, columns, laidOut: columns || (indent >= PLACED_INDENT && !point) }
}

function blockOf(run: Line[]): [number, number] | null {
  const first = run.findIndex((line) => line.laidOut)
  const last = run.findLastIndex((line) => line.laidOut)
  if (first < 0 || first === last) return null
  const lines = run.slice(first, last + 1)
  const depths = new Set(lines.map((line) => line.indent))
  const setApart = depths.size === 1 && lines[0]!.indent >= SET_APART_INDENT
  if (!lines.some((line) => line.columns) && depths.size < 2 && !setApart) return null
  return [lines[0]!.start, lines[lines.length - 1]!.end]
}
