// Reads the text layer of a .pdf with pdf.js; aligner/formats/pdf-layout.ts rebuilds the paragraphs
// from where the text sits. A PDF with no text layer is a scan and is refused; so is one beyond the
// reading budget (pages, decoded stream size, text, time), before it can exhaust memory.
import { failure, type ProblemDetail } from '../problems.ts'
import type { Extracted } from './extracted.ts'
import { inflate } from './inflate.ts'
import { pdfText, type PdfPage } from './pdf-layout.ts'

/** Budget: an agreement with its annexes runs to hundreds of pages, not thousands. */
const MAX_PAGES = 2000
/** Budget: the decompressed size of any one stream, and of all streams together. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024
const MAX_ALL_STREAMS_BYTES = 512 * 1024 * 1024
/** Budget: characters of text read from all pages. */
const MAX_TEXT_CHARACTERS = 32 * 1024 * 1024
/** Budget: time to read the text of all pages. */
const MAX_READING_MS = 60_000

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
  const streams = await streamBudgetProblem(bytes)
  if (streams) return failure(streams)
  const { getDocument } = await loadPdfJs()
  let pages: PdfPage[]
  // pdf.js wants a plain Uint8Array (not a Node Buffer) and may take ownership of it: give it a copy.
  const task = getDocument({ data: Uint8Array.from(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false, stopAtErrors: false })
  try {
    const document = await task.promise
    if (document.numPages > MAX_PAGES) return failure({ code: 'pdf-too-many-pages', pages: document.numPages, max: MAX_PAGES })
    const deadline = Date.now() + MAX_READING_MS
    let characters = 0
    pages = []
    for (let number = 1; number <= document.numPages; number++) {
      if (Date.now() > deadline) return failure({ code: 'pdf-too-slow', seconds: MAX_READING_MS / 1000, page: number, pages: document.numPages })
      const page = await document.getPage(number)
      const [, , , height] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      const monospace = (fontName: string) => content.styles[fontName]?.fontFamily === 'monospace'
      const items = content.items.flatMap((item) =>
        'str' in item && item.str !== ''
          ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.abs(item.transform[3] as number) || item.height, monospace: monospace(item.fontName) }]
          : [],
      )
      characters += items.reduce((sum, item) => sum + item.text.length, 0)
      if (characters > MAX_TEXT_CHARACTERS) return failure({ code: 'too-much-text', format: 'PDF', millions: MAX_TEXT_CHARACTERS / 1048576 })
      pages.push({ height, items })
    }
  } catch (error) {
    const name = (error as Error).name
    if (name === 'PasswordException') return failure({ code: 'pdf-password' })
    if (name === 'InvalidPDFException') return failure({ code: 'pdf-no-structure' })
    return failure({ code: 'pdf-unreadable', message: (error as Error).message })
  } finally {
    await task.destroy()
  }
  if (pages.every((page) => page.items.every((item) => item.text.trim() === ''))) {
    return failure({ code: 'pdf-no-text-layer' })
  }
  return { ok: true, extracted: { format: 'pdf', ...pdfText(pages), layout: 'paragraphs', encoding: null } }
}

/**
 * Inflates every compressed stream with a ceiling before pdf.js sees the file: a small PDF whose
 * streams decompress to gigabytes (a "flate bomb") is refused instead of exhausting memory.
 */
async function streamBudgetProblem(bytes: Uint8Array): Promise<ProblemDetail | null> {
  let total = 0
  let from = 0
  for (;;) {
    const keyword = indexOfText(bytes, 'stream', from)
    if (keyword < 0) return null
    let start = keyword + 'stream'.length
    if (bytes[start] === 0x0d) start++
    if (bytes[start] !== 0x0a || (keyword >= 3 && textAt(bytes, keyword - 3, 'end'))) {
      from = keyword + 1
      continue
    }
    start++
    const end = indexOfText(bytes, 'endstream', start)
    if (end < 0) return null
    from = end + 'endstream'.length
    // Not every stream is zlib (JPEG images, uncompressed ones): pdf.js reads those as they are.
    if (!looksLikeZlib(bytes, start)) continue
    const inflated = await inflate(bytes.subarray(start, end), 'deflate', MAX_STREAM_BYTES, true /* cut streams too */)
    if (!inflated.ok) {
      if (inflated.problem === 'too-large') return { code: 'pdf-stream-too-large', megabytes: MAX_STREAM_BYTES / 1048576 }
      continue
    }
    total += inflated.bytes.length
    if (total > MAX_ALL_STREAMS_BYTES) return { code: 'pdf-streams-too-large', megabytes: MAX_ALL_STREAMS_BYTES / 1048576 }
  }
}

/** A zlib header: deflate method, a window size deflate allows, and the check bits right. */
function looksLikeZlib(bytes: Uint8Array, at: number): boolean {
  const method = bytes[at]
  const flags = bytes[at + 1]
  return method !== undefined && flags !== undefined && (method & 0x0f) === 8 && method >> 4 <= 7 && ((method << 8) | flags) % 31 === 0
}

function indexOfText(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0)
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (textAt(bytes, at, text)) return at
  }
  return -1
}

function textAt(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false
  return true
}
