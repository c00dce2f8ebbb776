// Reads a web page saved "as a single file" (.mht, .mhtml; Chrome's "Webpage, Single File", Word's
// "Single File Web Page"): a MIME message (RFC 2557) whose root part is the page, with its pictures
// and style sheets as parts of their own. Only the page is decoded (quoted-printable or base64)
// and read as HTML, in the charset its part declares; the other parts are never copied.
import { failure } from '../problems.ts'
import type { Extracted } from './extracted.ts'
import { extractHtml } from './html.ts'
import { byteText } from './byte-text.ts'

interface Part {
  /** Header names in lower case, folded lines joined. */
  headers: Map<string, string>
  body: Uint8Array
}

/** RFC 2046 allows boundaries of up to 70 characters; a longer one is not worth searching for. */
const MAX_BOUNDARY = 200

export function extractWebArchive(bytes: Uint8Array): Extracted {
  const page = findPage(readPart(bytes), 0)
  if (!page.ok) return page.failure
  if (page.part === null) return failure({ code: 'web-archive-no-page' })
  const body = decodeBody(page.part)
  if (body === null) return failure({ code: 'web-archive-damaged', why: 'its page is not valid base64' })
  return extractHtml(body, contentType(page.part).parameters.get('charset'))
}

/** Multiparts inside multiparts (a page and its plain-text twin in a multipart/alternative): as deep as any saver nests them. */
const MAX_NESTING = 8

type FoundPage = { ok: true; part: Part | null } | { ok: false; failure: Extracted }

/**
 * The page of a part: the part itself if it is HTML; in a multipart, the page of its root (the part
 * `start` names, else the first: RFC 2387 §3.2, where browsers and Word put the page), else of the
 * first other part that has one.
 */
function findPage(part: Part, depth: number): FoundPage {
  const type = contentType(part)
  if (type.mediaType === 'text/html') return { ok: true, part }
  if (!type.mediaType.startsWith('multipart/')) return { ok: true, part: null }
  if (depth >= MAX_NESTING) return { ok: false, failure: failure({ code: 'web-archive-damaged', why: `its parts nest more than ${MAX_NESTING} deep` }) }
  const boundary = type.parameters.get('boundary')
  if (!boundary || boundary.length > MAX_BOUNDARY) return { ok: false, failure: failure({ code: 'web-archive-damaged', why: 'its parts have no boundary' }) }
  const parts = splitParts(part.body, boundary)
  if (parts.length === 0) return { ok: false, failure: failure({ code: 'web-archive-damaged', why: 'no part follows its header' }) }
  const start = type.parameters.get('start')
  const root = (start === undefined ? parts[0] : parts.find((candidate) => candidate.headers.get('content-id') === start)) ?? parts[0]!
  // A damaged part is reported only when no other part holds the page.
  let damaged: FoundPage | null = null
  for (const candidate of [root, ...parts.filter((other) => other !== root)]) {
    const found = findPage(candidate, depth + 1)
    if (found.ok && found.part !== null) return found
    if (!found.ok) damaged ??= found
  }
  return damaged ?? { ok: true, part: null }
}

/** Longer than any header line a saver writes, by far. */
const MAX_HEADER_LINE = 65536

/** A part's headers (up to the first empty line) and its body. */
function readPart(bytes: Uint8Array): Part {
  const headers = new Map<string, string>()
  let name: string | null = null
  for (let at = 0; at < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, at)
    const end = newline < 0 ? bytes.length : newline
    // A header line is short (RFC 5322: at most 998 characters); a longer one is the body of a part that has no headers.
    if (end - at > MAX_HEADER_LINE) return { headers, body: bytes.subarray(at) }
    const line = byteText(bytes.subarray(at, end > at && bytes[end - 1] === 0x0d ? end - 1 : end))
    at = end + 1
    if (line === '') return { headers, body: bytes.subarray(at) }
    if (/^[ \t]/.test(line) && name !== null) headers.set(name, `${headers.get(name)!} ${line.trim()}`)
    else {
      const colon = line.indexOf(':')
      name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : null
      if (name !== null && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
    }
  }
  // Headers alone: a part with an empty body.
  return { headers, body: new Uint8Array() }
}

/** The parts between `--boundary` lines, up to the closing `--boundary--` (RFC 2046 §5.1.1). */
function splitParts(body: Uint8Array, boundary: string): Part[] {
  const delimiter = Uint8Array.from(`--${boundary}`, (char) => char.charCodeAt(0))
  const parts: Part[] = []
  let partStart = -1
  for (let at = indexOfLine(body, delimiter, 0); at >= 0; at = indexOfLine(body, delimiter, at + delimiter.length)) {
    // The line break before a delimiter belongs to the delimiter, not to the part.
    if (partStart >= 0) parts.push(readPart(body.subarray(partStart, at > 0 && body[at - 2] === 0x0d ? at - 2 : Math.max(partStart, at - 1))))
    const after = at + delimiter.length
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return parts
    const newline = body.indexOf(0x0a, after)
    if (newline < 0) return parts
    partStart = newline + 1
  }
  // No closing delimiter (a file cut short): what the last part holds is still read.
  if (partStart >= 0) parts.push(readPart(body.subarray(partStart)))
  return parts
}

/** Where `needle` next opens a line at or after `from`, or -1. */
function indexOfLine(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(needle[0]!, from); at >= 0; at = bytes.indexOf(needle[0]!, at + 1)) {
    if (at > 0 && bytes[at - 1] !== 0x0a) continue
    let k = 1
    while (k < needle.length && bytes[at + k] === needle[k]) k++
    if (k === needle.length) return at
  }
  return -1
}

interface ContentType {
  mediaType: string
  parameters: Map<string, string>
}

/** `type/subtype; name=value; name="quoted value"`, names in lower case. */
function contentType(part: Part): ContentType {
  const value = part.headers.get('content-type') ?? 'text/plain'
  const [mediaType = '', ...rest] = value.split(';')
  const parameters = new Map<string, string>()
  for (const match of rest.join(';').matchAll(/([^=;\s]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g)) {
    parameters.set(match[1]!.toLowerCase(), match[2] ?? match[3]!)
  }
  return { mediaType: mediaType.trim().toLowerCase(), parameters }
}

/** The part's body as its Content-Transfer-Encoding left it; null when base64 does not decode. */
function decodeBody(part: Part): Uint8Array | null {
  const encoding = part.headers.get('content-transfer-encoding')?.toLowerCase()
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body)
  if (encoding === 'base64') return decodeBase64(part.body)
  return part.body
}

/** `=XX` is the byte XX; `=` at a line's end joins the line to the next (RFC 2045 §6.7). */
function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length)
  let length = 0
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!
    if (byte !== 0x3d) {
      out[length++] = byte
      continue
    }
    if (bytes[at + 1] === 0x0a) at += 1
    else if (bytes[at + 1] === 0x0d && bytes[at + 2] === 0x0a) at += 2
    else {
      const value = hexValue(bytes[at + 1]) * 16 + hexValue(bytes[at + 2])
      if (value >= 0) {
        out[length++] = value
        at += 2
      } else out[length++] = byte
    }
  }
  return out.subarray(0, length)
}

/** 0–15 for a hexadecimal digit, else a negative number large enough to spoil any sum. */
function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -256
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  const lower = byte | 0x20
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10
  return -256
}

/** Base64 (RFC 4648) with line breaks and other white space between its characters; null when another character or a cut group comes. */
function decodeBase64(bytes: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(Math.ceil((bytes.length * 3) / 4))
  let length = 0
  let group = 0
  let count = 0
  for (const byte of bytes) {
    if (byte === 0x3d) break
    const value = BASE64_VALUES[byte]!
    if (value === WHITE_SPACE) continue
    if (value === INVALID) return null
    group = (group << 6) | value
    if (++count === 4) {
      out[length++] = group >> 16
      out[length++] = (group >> 8) & 0xff
      out[length++] = group & 0xff
      group = 0
      count = 0
    }
  }
  if (count === 1) return null
  if (count === 2) out[length++] = group >> 4
  if (count === 3) {
    out[length++] = group >> 10
    out[length++] = (group >> 2) & 0xff
  }
  return out.subarray(0, length)
}

const INVALID = 255
const WHITE_SPACE = 254
const BASE64_VALUES = (() => {
  const values = new Uint8Array(256).fill(INVALID)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let k = 0; k < alphabet.length; k++) values[alphabet.charCodeAt(k)] = k
  for (const space of [0x09, 0x0a, 0x0d, 0x20]) values[space] = WHITE_SPACE
  return values
})()
