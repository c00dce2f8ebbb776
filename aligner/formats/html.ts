// Reads an .html/.htm page as saved from the official legal database: the charset the page
// declares, its text one paragraph per block element, page headers and footers kept apart.
import { decodeSingleByte, decodeText, decodeUtf8 } from '../text/decode.ts'
import { KZ_1048_HIGH, PT154_HIGH, WINDOWS_1251_HIGH } from '../text/codepages.ts'
import { ListNumbers } from './html-lists.ts'
import { fileText, markGenerated, paragraphsToText, separateGenerated, type ApartBlock, type ApartKind, type Extracted } from './extracted.ts'
import { failure, type Failure } from '../problems.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { raisedDigits } from '../text/superscript.ts'
import { isFixedPitchFamily, joinPreformatted, ParagraphPitch, type FontedParagraph } from './preformatted.ts'
import { byteText } from './byte-text.ts'
import { appendAll } from '../append.ts'

/** Bytes searched for a `<meta charset>`: the HTML standard asks for it within the first 1024. */
const CHARSET_SCAN_BYTES = 4096

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'form', 'button', 'select', 'svg', 'iframe', 'object'])
/** Elements whose content is page furniture, kept apart under the same name. */
const APART = new Set(['header', 'footer'])
/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre', 'section',
  'article', 'main', 'dd', 'dt', 'dl', 'center', 'hr', 'ul', 'ol', 'caption', 'address', 'figure', 'figcaption',
])
const CELLS = new Set(['td', 'th'])
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'source'])

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', ndash: '–', mdash: '—',
  hellip: '…', copy: '©', reg: '®', sect: '§', deg: '°', bull: '•', middot: '·', ldquo: '“', rdquo: '”', bdquo: '„',
  lsquo: '‘', rsquo: '’', sbquo: '‚', shy: '\u00AD', times: '×', minus: '−', euro: '€', trade: '™', plusmn: '±',
  numero: '№', para: '¶', prime: '′', Prime: '″', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200C', zwj: '\u200D',
}

/** `transportCharset`: the charset the page's container declares (a web archive's part header). */
export function extractHtml(bytes: Uint8Array, transportCharset?: string): Extracted {
  const decoded = decodeHtml(bytes, transportCharset)
  if (!decoded.ok) return decoded
  const marked = htmlText(decoded.text)
  const { text: body, generated } = separateGenerated(marked.body)
  const { apart } = marked
  if (body.trim() === '') {
    return failure({ code: 'html-no-text' })
  }
  return { ok: true, extracted: { format: 'html', text: body, layout: 'paragraphs', encoding: decoded.encoding, apart, generated } }
}

type Decoded = { ok: true; text: string; encoding: string } | Failure

/**
 * BOM first, then the charset of the container, then the one the page declares (the order of the
 * HTML standard's encoding sniffing), then the text-file guess (UTF-8, 1251, KZ-1048).
 */
function decodeHtml(bytes: Uint8Array, transportCharset: string | undefined): Decoded {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const declared = hasBom ? [] : [transportCharset?.toLowerCase(), declaredCharset(bytes)]
  for (const charset of declared) {
    if (charset === undefined || charset === null) continue
    const text = decodeWithCharset(bytes, charset)
    if (text === null) continue
    // A page saved again as UTF-8 that kept its one-byte declaration: read as declared, every
    // letter would turn into two (`Статья` as `РЎС‚Р°С‚СЊСЏ`). One-byte Cyrillic text is never valid
    // UTF-8 with letters in it, so such bytes are what they look like.
    if (!UNICODE_CHARSETS.has(charset)) {
      const utf8 = decodeUtf8(bytes)
      if (utf8 !== null && /\P{ASCII}/u.test(utf8)) return { ok: true, text: utf8, encoding: 'utf-8' }
    }
    return { ok: true, text, encoding: charset }
  }
  const guessed = decodeText(bytes)
  if (!guessed.ok) return guessed
  return { ok: true, text: guessed.text, encoding: guessed.encoding }
}

const UNICODE_CHARSETS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be'])

function declaredCharset(bytes: Uint8Array): string | null {
  const head = byteText(bytes.subarray(0, CHARSET_SCAN_BYTES))
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([-\w:.]+)/i.exec(head)
  return match ? match[1]!.toLowerCase() : null
}

/** Decodes with a declared charset; null when it is unknown or the bytes do not fit it. */
function decodeWithCharset(bytes: Uint8Array, charset: string): string | null {
  if (charset === 'utf-8' || charset === 'utf8') return decodeUtf8(bytes)
  if (charset === 'windows-1251' || charset === 'cp1251') return decodeSingleByte(bytes, WINDOWS_1251_HIGH)
  if (charset === 'rk1048' || charset === 'kz-1048' || charset === 'kz1048' || charset === 'strk1048-2002') return decodeSingleByte(bytes, KZ_1048_HIGH)
  if (charset === 'pt154' || charset === 'ptcp154' || charset === 'cp154' || charset === 'csptcp154') return decodeSingleByte(bytes, PT154_HIGH)
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** The text of a page: block elements become paragraphs, cells are separated by tabs. */
function htmlText(html: string): { body: string; apart: ApartBlock[] } {
  const paragraphs: FontedParagraph[] = []
  const apart: ApartBlock[] = []
  let current = ''
  let skipping: string | null = null
  /** Inside a footnote's mark or back-link, whose text is left out. */
  let inNoteLink = false
  let apartOf: { name: string; kind: ApartKind; depth: number; paragraphs: string[] } | null = null
  let preDepth = 0
  let supDepth = 0
  /** Open elements that set a fixed-pitch font (`<tt>`, `<code>`, `<font face="Courier New">`). */
  const fixedPitchOpen: string[] = []
  const pitch = new ParagraphPitch()
  const lists = new ListNumbers()
  /** The number of the list item just opened, written before its first text (`<li><p>Text` → `2. Text`). */
  let itemLabel = ''
  const endParagraph = () => {
    const text = current.replace(/^[ \u2028]+|[ \u2028]+$/g, '')
    if (apartOf) apartOf.paragraphs.push(text)
    else paragraphs.push(pitch.end(text))
    current = ''
  }
  // A quoted attribute value stops at the next `<`: an unclosed quote then costs one tag, not a
  // scan to the end of the file for every tag after it (quadratic on 100,000 tags).
  const tokens = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([A-Za-z][\w:-]*)((?:[^>"']|"[^"<]*"|'[^'<]*')*)>|[^<]+|</g
  for (const match of html.matchAll(tokens)) {
    const token = match[0]
    const name = match[1]?.toLowerCase()
    if (name === undefined) {
      if (skipping !== null || inNoteLink || token.startsWith('<!') || token.startsWith('<?')) continue
      const text = fileText(decodeEntities(token))
      if (itemLabel !== '' && text.trim() !== '') {
        current = markGenerated(itemLabel) + current.trimStart()
        itemLabel = ''
      }
      // A <pre> block (a letterhead or signature laid out in columns) is one paragraph, as a ```
      // block in markdown, its lines kept apart by LINE_SEPARATOR (preformatted.ts).
      const shown = supDepth > 0 ? raisedDigits(text) : text
      current += preDepth > 0 ? shown.replace(/\r\n?|\n/g, LINE_SEPARATOR) : shown.replace(/[ \t\r\n\f]+/g, ' ')
      // Lines in a fixed-pitch font outside <pre> (`<p><font face="Consolas">…<br>…`, as LibreOffice
      // saves a preformatted paragraph) are such a block too (preformatted.ts joins them). A <pre>
      // is a block of its own: two in a row stay two, as two ``` blocks do.
      if (apartOf === null) pitch.note(text, fixedPitchOpen.length > 0 && preDepth === 0)
      continue
    }
    const closing = token.startsWith('</')
    // A note's mark is a few characters in a link: its end, a block or another link ends it, so
    // that a link left open (a damaged page) cannot take the text after it.
    if (inNoteLink) {
      if (name !== 'a' && !BLOCKS.has(name) && !CELLS.has(name)) continue
      inNoteLink = false
      if (name === 'a' && closing) continue
    }
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null
      continue
    }
    if (SKIPPED.has(name)) {
      if (!closing && !VOID.has(name) && !token.endsWith('/>')) skipping = name
      continue
    }
    const attributes = match[2] ?? ''
    // A footnote's mark in the text, and the link back from the note: numbers the page draws, not text.
    if (name === 'a' && !closing && NOTE_LINK.test(attributes)) {
      inNoteLink = !token.endsWith('/>')
      continue
    }
    const kind = closing ? null : apartKind(name, attributes)
    if (kind !== null && apartOf === null) {
      endParagraph()
      apartOf = { name, kind, depth: 1, paragraphs: [] }
      continue
    }
    if (apartOf !== null && apartOf.name === name && !VOID.has(name)) {
      apartOf.depth += closing ? -1 : 1
      if (apartOf.depth === 0) {
        endParagraph()
        if (apartOf.kind === 'footnote' || apartOf.kind === 'endnote') appendAll(apart, notes(apartOf.kind, apartOf.paragraphs, apart.length))
        else {
          const { text } = separateGenerated(paragraphsToText(apartOf.paragraphs))
          if (text !== '') apart.push({ kind: apartOf.kind, label: String(apart.length + 1), text })
        }
        apartOf = null
        continue
      }
    }
    if (APART.has(name)) continue
    if (!closing && !VOID.has(name) && !token.endsWith('/>') && setsFixedPitch(name, match[2] ?? '')) fixedPitchOpen.push(name)
    else if (closing && fixedPitchOpen.includes(name)) fixedPitchOpen.splice(fixedPitchOpen.lastIndexOf(name))
    if (name === 'pre') preDepth += closing ? -1 : 1
    // A raised number (`Статья 5<sup>1</sup>`, an inserted article) keeps its digits raised.
    if (name === 'sup' && !token.endsWith('/>')) supDepth = Math.max(0, supDepth + (closing ? -1 : 1))
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.close()
      else lists.open(name, match[2] ?? '')
    }
    if (BLOCKS.has(name)) endParagraph()
    else if (CELLS.has(name) && closing) current += '\t'
    if (name === 'li' && !closing) itemLabel = lists.item(match[2] ?? '')
  }
  endParagraph()
  return { body: paragraphsToText(joinPreformatted(paragraphs).map((p) => p.replace(/\t+$/, ''))), apart }
}

/**
 * Links that are a footnote's mark or the way back from the note: pandoc's (`role="doc-noteref"`,
 * `doc-backlink`), LibreOffice's (`sdfootnoteanc`, `sdfootnotesym`) and Word's (`mso-footnote-id`).
 */
const NOTE_LINK = /\brole\s*=\s*["']?doc-(?:noteref|backlink)|\bclass\s*=\s*["']?[^"'>]*\b(?:footnote-ref|footnote-back|sdfootnoteanc|sdfootnotesym|sdendnoteanc|sdendnotesym)\b|mso-(?:footnote|endnote)-id/i

/**
 * Where an element holds text kept apart: `<header>`, `<footer>`, and the notes pandoc (a section
 * with `role="doc-endnotes"` or class `footnotes`), LibreOffice (`<div id="sdfootnote1">`) and Word
 * (`mso-element:footnote`) put after the body.
 */
function apartKind(name: string, attributes: string): ApartKind | null {
  if (name === 'header' || name === 'footer') return name
  if (name !== 'div' && name !== 'section' && name !== 'aside') return null
  if (/\brole\s*=\s*["']?doc-endnotes|\bclass\s*=\s*["']?(?:[^"'>]*\s)?footnotes\b|\bid\s*=\s*["']?sdfootnote\d|mso-element\s*:\s*footnote/i.test(attributes)) return 'footnote'
  if (/\bid\s*=\s*["']?sdendnote\d|mso-element\s*:\s*endnote/i.test(attributes)) return 'endnote'
  return null
}

/**
 * The notes of a page's notes section, one block each as the other readers keep them: a paragraph
 * that opens with a list number (pandoc's `<ol>` of notes) starts a note labelled by that number,
 * and a paragraph without one goes on with the note before it (or starts one, numbered in turn).
 */
function notes(kind: ApartKind, paragraphs: string[], before: number): ApartBlock[] {
  const blocks: ApartBlock[] = []
  for (const paragraph of paragraphs) {
    const { text, generated } = separateGenerated(paragraph)
    const numbered = generated[0]?.[0] === 0
    const body = (numbered ? text.slice(generated[0]![1]) : text).trim()
    if (body === '') continue
    const last = blocks.at(-1)
    if (!numbered && last) last.text += `\n${body}`
    else blocks.push({ kind, label: numbered ? text.slice(0, generated[0]![1]).trim().replace(/[.)]$/, '') : String(before + blocks.length + 1), text: body })
  }
  return blocks
}

/** Elements a browser sets in a fixed-pitch font. */
const FIXED_PITCH_ELEMENTS = new Set(['tt', 'code', 'kbd', 'samp'])

/** Does the element set a fixed-pitch font: by its kind, or by a `face` or `font-family` it names? */
function setsFixedPitch(name: string, attributes: string): boolean {
  if (FIXED_PITCH_ELEMENTS.has(name)) return true
  const family = /(?:\bface\s*=\s*["']?|font-family\s*:\s*)([^"';>]+)/i.exec(attributes)?.[1]
  return family !== undefined && isFixedPitchFamily(family)
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD'
    }
    return NAMED_ENTITIES[body] ?? whole
  })
}
