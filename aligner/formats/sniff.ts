// Tells a web page and a web archive by their first bytes, whatever the file is named: websites
// and Word serve pages as `.doc`, and a page saved "as a single file" (.mht, .mhtml) is a MIME
// message. The HTML test is the one browsers use (the WHATWG MIME Sniffing standard, §7.1): an
// opening tag among a fixed list, after white space; a byte-order mark may come first.
import { byteText } from './byte-text.ts'

/** Bytes looked at: the standard reads at most the first 512 of a resource. */
const SNIFF_BYTES = 512

/** A whole page: its doctype or root element; for XHTML, after the XML declaration. */
const PAGE_OPENING = /^(?:<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*)*)?<(?:!doctype html|html)[\s>]/i
/** The other tags that open an HTML resource, each ended by a space or `>` (WHATWG MIME Sniffing §7.1). */
const FRAGMENT_OPENING = /^<(?:head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[ >]/i

/**
 * 'page' when the bytes open with a doctype or `<html>`; 'fragment' when with another tag that
 * opens web pages (a text file may open so too: a markdown file with an HTML comment); else null.
 */
export function htmlOpening(bytes: Uint8Array): 'page' | 'fragment' | null {
  const head = headText(bytes).replace(/^[\t\n\f\r ]+/, '')
  if (PAGE_OPENING.test(head)) return 'page'
  return FRAGMENT_OPENING.test(head) ? 'fragment' : null
}

/**
 * A MIME message holding a web page, as browsers and Word save a page "as a single file": header
 * lines ended by an empty line, among them `MIME-Version` and a Content-Type of
 * multipart/related (the page and its pictures) or text/html (the page alone).
 */
export function looksLikeWebArchive(bytes: Uint8Array): boolean {
  const head = headText(bytes, MIME_HEADER_BYTES)
  const end = /\r?\n\r?\n/.exec(head)
  if (!end) return false
  const lines = head.slice(0, end.index).split(/\r?\n/)
  if (!lines.every((line, k) => HEADER_LINE.test(line) || (k > 0 && /^[ \t]/.test(line)))) return false
  const header = lines.join('\n').replace(/\n[ \t]+/g, ' ')
  return /^MIME-Version:/im.test(header) && /^Content-Type:\s*(?:multipart\/related|text\/html)\b/im.test(header)
}

/** A web archive's header block can be long (Chrome writes the page's address, title and date). */
const MIME_HEADER_BYTES = 8192
/** `Name: value`, the name printable ASCII without a colon (RFC 5322 §2.2). */
const HEADER_LINE = /^[!-9;-~]+:/

/** The first bytes as text: UTF-16 by its byte-order mark, else one character per byte. */
function headText(bytes: Uint8Array, length = SNIFF_BYTES): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2, 2 + length))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2, 2 + length))
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  return byteText(bytes.subarray(from, from + length))
}
