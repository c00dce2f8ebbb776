// Text copied out of a PDF keeps its pages: pdftotext ends each with a form feed, and with them the
// running headers and footers a printed page carries (a page number, a date, the title, an
// address). Those lines are kept apart, as the PDF reader keeps them, and the body goes on from
// page to page; a text of one page, or without form feeds, is left as it is.
import { parseHeading } from '../structure/headings.ts'
import { opensPoint } from '../structure/paragraphs.ts'
import type { ApartBlock } from './extracted.ts'
import { furnitureRepeats, furnitureShape, isPageNumber } from './page-furniture.ts'

const FORM_FEED = '\f'
/** Lines at each end of a page (blank lines aside) that may be a header or a footer. */
const MARGIN_LINES = 4

interface PageLine {
  text: string
  /** 'header' or 'footer': among the page's first or last MARGIN_LINES non-blank lines. */
  margin: 'header' | 'footer' | null
}

/** The text without the headers and footers of its pages, and those, kept apart. */
export function withoutPageFurniture(text: string): { text: string; apart: ApartBlock[] } {
  if (!text.includes(FORM_FEED)) return { text, apart: [] }
  const pages = text.split(FORM_FEED).map(pageLines)
  const written = pages.filter((page) => page.some((line) => line.text.trim() !== '')).length
  if (written < 2) return { text, apart: [] }
  // On how many pages a line recurs in the margins (numbers aside).
  const pagesWith = new Map<string, number>()
  for (const page of pages) {
    for (const shape of new Set(page.filter((line) => line.margin !== null).map((line) => furnitureShape(line.text)))) pagesWith.set(shape, (pagesWith.get(shape) ?? 0) + 1)
  }
  const repeatsOn = furnitureRepeats(written)
  const apart: ApartBlock[] = []
  const kept = pages.map((page, number) =>
    page
      .filter((line) => {
        const body = line.text.trim()
        const furniture =
          line.margin !== null && (isPageNumber(body) || ((pagesWith.get(furnitureShape(line.text)) ?? 0) >= repeatsOn && parseHeading(body) === null && !opensPoint(body)))
        if (furniture) apart.push({ kind: line.margin!, label: `page ${number + 1}`, text: body })
        return !furniture
      })
      .map((line) => line.text)
      .join('\n'),
  )
  return apart.length === 0 ? { text, apart } : { text: kept.join(FORM_FEED), apart }
}

function pageLines(page: string): PageLine[] {
  const lines: PageLine[] = page.split('\n').map((text) => ({ text, margin: null }))
  const written = lines.filter((line) => line.text.trim() !== '')
  written.slice(0, MARGIN_LINES).forEach((line) => (line.margin = 'header'))
  // A page of few lines: its last lines are its footer only past its header.
  written.slice(Math.max(MARGIN_LINES, written.length - MARGIN_LINES)).forEach((line) => (line.margin = 'footer'))
  return lines
}
