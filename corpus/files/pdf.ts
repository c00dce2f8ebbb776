// Reads the text layer of a .pdf with pdf.js: printed lines rebuilt from the positioned text,
// a paragraph's first line indented, page headers, footers (page numbers, running titles) and
// small-print footnotes kept apart. A PDF with no text layer is a scan and is refused; so is one
// beyond the reading budget (pages, decoded stream size, text, time), before it can exhaust memory.
import { constants, inflateSync } from 'node:zlib'
import type { ApartBlock, Extracted } from '../../aligner/formats/extracted.ts'

/** Share of the page height at the top and bottom where running headers and footers sit. */
const MARGIN_SHARE = 0.09
/** A line this much further right than the page's left edge (in font sizes) starts a paragraph. */
const INDENT_IN_SIZES = 0.8
/** A gap between lines of more than this many line spacings is a paragraph break. */
const PARAGRAPH_GAP = 1.6
/** Text this much smaller than the body, below it on the page, is a footnote. */
const FOOTNOTE_SIZE_SHARE = 0.85

/** Budget: an agreement with its annexes runs to hundreds of pages, not thousands. */
const MAX_PAGES = 2000
/** Budget: the decompressed size of any one stream, and of all streams together. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024
const MAX_ALL_STREAMS_BYTES = 512 * 1024 * 1024
/** Budget: characters of text read from all pages. */
const MAX_TEXT_CHARACTERS = 32 * 1024 * 1024
/** Budget: time to read the text of all pages. */
const MAX_READING_MS = 60_000

interface PrintedLine {
  text: string
  x: number
  y: number
  size: number
}

interface PdfPage {
  height: number
  lines: PrintedLine[]
}

/**
 * pdf.js, loaded once. On load it warns that it cannot render pages without a canvas package:
 * Egiz only reads text (scripts/no-canvas stands in for the canvas), so those warnings are dropped.
 */
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null
function loadPdfJs() {
  pdfjs ??= (async () => {
    const warn = console.warn
    console.warn = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/.test(args[0]))) warn(...args)
    }
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs')
    } finally {
      console.warn = warn
    }
  })()
  return pdfjs
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const streams = streamBudgetProblem(bytes)
  if (streams) return { ok: false, problem: 'too-large', reason: streams }
  const { getDocument } = await loadPdfJs()
  let pages: PdfPage[]
  // pdf.js wants a plain Uint8Array (not a Node Buffer) and may take ownership of it: give it a copy.
  const task = getDocument({ data: Uint8Array.from(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false, stopAtErrors: false })
  try {
    const document = await task.promise
    if (document.numPages > MAX_PAGES) return { ok: false, problem: 'too-large', reason: `the PDF has ${document.numPages} pages, more than the ${MAX_PAGES} Egiz reads: check that it is the right file` }
    const deadline = Date.now() + MAX_READING_MS
    let characters = 0
    pages = []
    for (let number = 1; number <= document.numPages; number++) {
      if (Date.now() > deadline) return { ok: false, problem: 'too-large', reason: `reading the PDF's text took longer than ${MAX_READING_MS / 1000} s (page ${number} of ${document.numPages}): check that it is the right file` }
      const page = await document.getPage(number)
      const [, , , height] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.abs(item.transform[3] as number) || item.height }] : []))
      characters += items.reduce((sum, item) => sum + item.text.length, 0)
      if (characters > MAX_TEXT_CHARACTERS) return { ok: false, problem: 'too-large', reason: `the PDF holds more than ${MAX_TEXT_CHARACTERS / 1048576} million characters of text: check that it is the right file` }
      pages.push({ height, lines: printedLines(items) })
    }
  } catch (error) {
    const name = (error as Error).name
    if (name === 'PasswordException') return { ok: false, problem: 'encrypted', reason: 'the PDF is password-protected; open it with its password and save an unprotected copy, or copy the text from the official site' }
    if (name === 'InvalidPDFException') return { ok: false, problem: 'damaged', reason: 'the PDF is damaged or cut short (it has no readable structure); download it again' }
    return { ok: false, problem: 'damaged', reason: `the PDF cannot be read (${(error as Error).message}); download it again or copy the text from the official site` }
  } finally {
    await task.destroy()
  }
  if (pages.every((page) => page.lines.length === 0)) {
    return { ok: false, problem: 'no-text', reason: 'the PDF has no text layer (it is a scan or a picture); run it through OCR first, or copy the text from the official site' }
  }
  return { ok: true, extracted: { format: 'pdf', ...pagesText(pages), layout: 'lines', encoding: null } }
}

/**
 * Inflates every compressed stream with a ceiling before pdf.js sees the file: a small PDF whose
 * streams decompress to gigabytes (a "flate bomb") is refused instead of exhausting memory.
 */
function streamBudgetProblem(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let total = 0
  let from = 0
  for (;;) {
    const keyword = buffer.indexOf('stream', from, 'latin1')
    if (keyword < 0) return null
    let start = keyword + 'stream'.length
    if (buffer[start] === 0x0d) start++
    if (buffer[start] !== 0x0a || buffer.subarray(keyword - 3, keyword).toString('latin1') === 'end') {
      from = keyword + 1
      continue
    }
    start++
    const end = buffer.indexOf('endstream', start, 'latin1')
    if (end < 0) return null
    from = end + 'endstream'.length
    let size: number
    try {
      size = inflateSync(buffer.subarray(start, end), { maxOutputLength: MAX_STREAM_BYTES, finishFlush: constants.Z_SYNC_FLUSH /* cut streams too */ }).length
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return `a stream inside the PDF decompresses to more than ${MAX_STREAM_BYTES / 1048576} MB; the file is damaged or built to exhaust memory`
      continue // Not a zlib stream (a JPEG image, an uncompressed stream): pdf.js reads those as they are.
    }
    total += size
    if (total > MAX_ALL_STREAMS_BYTES) return `the PDF's streams decompress to more than ${MAX_ALL_STREAMS_BYTES / 1048576} MB; the file is damaged or built to exhaust memory`
  }
}

interface PlacedText {
  text: string
  x: number
  y: number
  width: number
  size: number
}

/** Items on the same baseline, left to right, with a space where the gap between them is wide. */
function printedLines(items: PlacedText[]): PrintedLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Array<{ items: PlacedText[]; y: number; size: number }> = []
  for (const item of sorted) {
    const line = lines[lines.length - 1]
    if (line && Math.abs(line.y - item.y) < 0.5 * Math.max(line.size, item.size)) line.items.push(item)
    else lines.push({ items: [item], y: item.y, size: item.size })
  }
  return lines.map((line) => {
    line.items.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    for (const item of line.items) {
      const gap = item.x - end
      if (text !== '' && gap > 0.2 * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' '
      text += item.text
      end = item.x + item.width
    }
    return { text: text.trim(), x: line.items[0]!.x, y: line.y, size: Math.max(...line.items.map((item) => item.size)) }
  })
}

function pagesText(pages: PdfPage[]): { text: string; apart: ApartBlock[] } {
  const apart: ApartBlock[] = []
  const repeated = repeatedMarginLines(pages)
  const bodyLines: Array<{ line: PrintedLine; page: number }> = []
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      const where = line.y > page.height * (1 - MARGIN_SHARE) ? 'header' : line.y < page.height * MARGIN_SHARE ? 'footer' : null
      if (where && (isPageNumber(line.text) || repeated.has(shape(line.text)))) apart.push({ kind: where, label: `page ${index + 1}`, text: line.text })
      else bodyLines.push({ line, page: index })
    }
  })
  const bodySize = median(bodyLines.map(({ line }) => line.size))
  const left = leftEdge(bodyLines.map(({ line }) => line.x))
  const spacing = median(bodyLines.slice(1).flatMap(({ line, page }, index) => (bodyLines[index]!.page === page ? [bodyLines[index]!.line.y - line.y] : [])).filter((gap) => gap > 0))
  const out: string[] = []
  pages.forEach((_, pageIndex) => {
    const onPage = bodyLines.filter(({ page }) => page === pageIndex).map(({ line }) => line)
    const lowestBody = Math.min(...onPage.filter((line) => line.size > bodySize * FOOTNOTE_SIZE_SHARE).map((line) => line.y))
    let previous: PrintedLine | null = null
    for (const line of onPage) {
      if (line.size <= bodySize * FOOTNOTE_SIZE_SHARE && line.y < lowestBody) {
        apart.push({ kind: 'footnote', label: `page ${pageIndex + 1}`, text: line.text })
        continue
      }
      const gap = previous ? previous.y - line.y : 0
      if (previous && spacing > 0 && gap > spacing * PARAGRAPH_GAP) out.push('')
      const indented = line.x - left > INDENT_IN_SIZES * line.size
      out.push(indented ? `      ${line.text}` : line.text)
      previous = line
    }
  })
  return { text: out.join('\n'), apart }
}

/** Lines in the top or bottom margin of at least two pages, numbers aside (running titles). */
function repeatedMarginLines(pages: PdfPage[]): Set<string> {
  const pagesWith = new Map<string, number>()
  for (const page of pages) {
    const shapes = new Set(page.lines.filter((line) => line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE).map((line) => shape(line.text)))
    for (const key of shapes) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  }
  return new Set([...pagesWith].filter(([, count]) => count >= 2).map(([key]) => key))
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

function isPageNumber(text: string): boolean {
  return /^[-–—\s]*\d{1,4}[-–—\s]*$|^\d{1,4}\s*(?:\/|из|of|ішінен)\s*\d{1,4}$/i.test(text.trim())
}

/** The page's left edge: the leftmost start shared by two lines (a lone line may stick out). */
function leftEdge(starts: number[]): number {
  const counts = new Map<number, number>()
  for (const start of starts) counts.set(Math.round(start), (counts.get(Math.round(start)) ?? 0) + 1)
  const shared = [...counts].filter(([, count]) => count >= 2).map(([start]) => start)
  return shared.length > 0 ? Math.min(...shared) : Math.min(...starts)
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
