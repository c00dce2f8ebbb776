// Turns the bytes of a document file into its text, whatever the format: told by the content
// first (a renamed file still opens), then by the name. Every refusal says what to do instead.
// Each format's reader is loaded when a file of that format comes: most files are text, and the
// readers are nearly half of the code every command that reads a file would otherwise load.
import { failure, type OtherKind } from '../problems.ts'
import { decodeText } from '../text/decode.ts'
import type { Extracted } from './extracted.ts'
import { htmlOpening, looksLikeWebArchive } from './sniff.ts'
import { withoutPageFurniture } from './text-pages.ts'

/** Extensions of formats told by their content: a file so named whose content is not one was damaged or renamed. */
const NAMED_BY_CONTENT = new Set(['pdf', 'docx', 'docm', 'dotx', 'dotm', 'doc', 'dot', 'odt', 'ott', 'rtf', 'mht', 'mhtml'])
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml'])
/** Text files, which may open with a tag and still be text (markdown allows HTML). */
const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown'])

/** Extensions of files Egiz recognises but does not open, and what each is. */
const UNSUPPORTED: Record<string, OtherKind> = {
  ods: 'spreadsheet',
  odp: 'presentation',
  xls: 'spreadsheet',
  ppt: 'presentation',
  xlsx: 'spreadsheet',
  pptx: 'presentation',
  jpg: 'picture',
  jpeg: 'picture',
  png: 'picture',
  tif: 'picture',
  tiff: 'picture',
  zip: 'archive',
}

export function extractFile(name: string, bytes: Uint8Array): Promise<Extracted> {
  return extractNested(name, bytes, 0)
}

/** `depth`: how many documents this one is inside (a part of a .docx in another format is one deep). */
async function extractNested(name: string, bytes: Uint8Array, depth: number): Promise<Extracted> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (bytes.length === 0) return failure({ code: 'empty-file' })
  if (hasPdfHeader(bytes)) return (await import('./pdf.ts')).extractPdf(bytes)
  if (startsWith(bytes, '{\\rtf')) return (await import('./rtf.ts')).extractRtf(bytes)
  if (startsWith(bytes, 'PK\x03\x04')) return extension in UNSUPPORTED ? unsupported(extension) : await extractZipDocument(bytes, depth)
  if (startsWith(bytes, '\xD0\xCF\x11\xE0')) {
    if (hasUtf16(bytes, 'EncryptedPackage')) return failure({ code: 'office-password' })
    return extension in UNSUPPORTED ? unsupported(extension) : (await import('./doc.ts')).extractDoc(bytes)
  }
  if (extension in UNSUPPORTED) return unsupported(extension)
  // Websites and Word serve web pages as .doc: the page opens whatever its name.
  if (looksLikeWebArchive(bytes)) return (await import('./web-archive.ts')).extractWebArchive(bytes)
  const html = htmlOpening(bytes)
  if (html === 'page' || (html === 'fragment' && !TEXT_EXTENSIONS.has(extension)) || HTML_EXTENSIONS.has(extension)) return (await import('./html.ts')).extractHtml(bytes)
  if (NAMED_BY_CONTENT.has(extension)) return failure({ code: 'misnamed', extension })
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  const { text, apart } = withoutPageFurniture(decoded.text)
  return { ok: true, extracted: { format: 'text', text, layout: 'auto', encoding: decoded.encoding, apart } }
}

/** How far into a file PDF readers look for its header: a byte-order mark or a printer's job header may come first. */
const PDF_HEADER_SEARCH_BYTES = 1024

/** `%PDF-` opening the file, or a line near its start (not a text that mentions it mid-sentence). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_SEARCH_BYTES + 5))
  return /^(?:\xEF\xBB\xBF)?%PDF-|[\r\n]%PDF-/.test(head)
}

/** Parts of the packages read: a Word document's (with its parts' relationships) and an OpenDocument text's. */
const PACKAGE_PARTS = /^(?:_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels|mimetype|content\.xml|styles\.xml|META-INF\/manifest\.xml)$/

/** Documents inside documents (a .docx whose chunk is a .docx with chunks): deeper ones are refused. */
const MAX_NESTING = 3

/** A zip package: a Word document (.docx) or an OpenDocument text (.odt), told by its parts. */
async function extractZipDocument(bytes: Uint8Array, depth: number): Promise<Extracted> {
  const { readZip } = await import('./zip.ts')
  const zip = await readZip(bytes, (name) => PACKAGE_PARTS.test(name))
  if (!zip.ok) return zip
  const names = [...zip.entries.keys()]
  if (names.some((name) => name.startsWith('word/'))) {
    const { extractDocx } = await import('./docx.ts')
    const parts = new Map(names.filter((name) => name.startsWith('word/') || name === '_rels/.rels').map((name) => [name, xmlText(zip.entries.get(name)!)]))
    const { readChunks } = await import('./docx-chunks.ts')
    const chunks = await readChunks(bytes, parts, depth + 1 < MAX_NESTING ? (name, chunkBytes) => extractNested(name, chunkBytes, depth + 1) : null)
    return extractDocx(parts, chunks)
  }
  const mimetype = zip.entries.has('mimetype') ? xmlText(zip.entries.get('mimetype')!).trim() : null
  if (zip.entries.has('content.xml') && (mimetype === null || OPENDOCUMENT_TEXT.test(mimetype))) {
    // An encrypted OpenDocument lists how each part is encrypted in its manifest; the parts are ciphertext.
    if (zip.entries.has('META-INF/manifest.xml') && /<manifest:encryption-data\b/.test(xmlText(zip.entries.get('META-INF/manifest.xml')!))) return failure({ code: 'odt-password' })
    const { extractOdt } = await import('./odt.ts')
    return extractOdt(new Map(['content.xml', 'styles.xml'].filter((name) => zip.entries.has(name)).map((name) => [name, xmlText(zip.entries.get(name)!)])))
  }
  if (mimetype !== null && /opendocument\.spreadsheet/.test(mimetype)) return unsupported('ods')
  if (mimetype !== null && /opendocument\.presentation/.test(mimetype)) return unsupported('odp')
  return failure({ code: 'zip-not-word' })
}

/**
 * A package part's XML as text: UTF-8 unless a byte-order mark says UTF-16, which XML allows and
 * some programs that generate documents write (Word itself writes UTF-8).
 */
function xmlText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes)
  return new TextDecoder().decode(bytes)
}

/** The media types of an OpenDocument text and its template. */
const OPENDOCUMENT_TEXT = /^application\/vnd\.oasis\.opendocument\.text(?:-template)?$/

function unsupported(extension: string): Extracted {
  return failure({ code: 'not-opened', kind: UNSUPPORTED[extension] ?? 'other', extension })
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false
  return true
}

function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0), 0]))
  outer: for (let at = 0; at + needle.length <= Math.min(bytes.length, 1 << 20); at++) {
    for (let k = 0; k < needle.length; k++) if (bytes[at + k] !== needle[k]) continue outer
    return true
  }
  return false
}
