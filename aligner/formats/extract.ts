// Turns the bytes of a document file into its text, whatever the format: told by the content
// first (a renamed file still opens), then by the name. Every refusal says what to do instead.
import { decodeText } from '../text/decode.ts'
import { extractDocx } from './docx.ts'
import { extractHtml } from './html.ts'
import { extractRtf } from './rtf.ts'
import type { Extracted } from './extracted.ts'
import { extractPdf } from './pdf.ts'
import { readZip } from './zip.ts'

/** Extensions Egiz opens, for file dialogs and folder scans. */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'rtf', 'pdf'] as const

const PICTURE = 'a picture (a scan?); run it through OCR first, or copy the text from the official site'
const UNSUPPORTED: Record<string, string> = {
  doc: 'an old Word 97–2003 .doc; open it in Word or LibreOffice and save it as .docx',
  odt: 'an OpenDocument text (.odt); save it as .docx from LibreOffice',
  xls: 'a spreadsheet', xlsx: 'a spreadsheet', pptx: 'a presentation',
  jpg: PICTURE,
  jpeg: PICTURE,
  png: PICTURE,
  tif: PICTURE,
  tiff: PICTURE,
  zip: 'an archive; unpack it and open the documents inside',
}

export async function extractFile(name: string, bytes: Uint8Array): Promise<Extracted> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (bytes.length === 0) return { ok: false, problem: 'empty', reason: 'the file is empty' }
  if (startsWith(bytes, '%PDF-')) return extractPdf(bytes)
  if (startsWith(bytes, '{\\rtf')) return extractRtf(bytes)
  if (startsWith(bytes, 'PK\x03\x04')) return extension === 'docx' || extension === '' || !(extension in UNSUPPORTED) ? await extractDocxFile(bytes) : unsupported(extension)
  if (startsWith(bytes, '\xD0\xCF\x11\xE0')) {
    return hasUtf16(bytes, 'EncryptedPackage')
      ? { ok: false, problem: 'encrypted', reason: 'the document is password-protected; remove the password in Word (File → Info → Protect Document) and save it again' }
      : unsupported(extension === 'xls' ? 'xls' : 'doc')
  }
  if (extension in UNSUPPORTED) return unsupported(extension)
  if (extension === 'pdf' || extension === 'docx' || extension === 'rtf') {
    return { ok: false, problem: 'damaged', reason: `the file is named .${extension} but is not one inside (it is damaged, or another kind of file renamed); download or save it again` }
  }
  if (extension === 'html' || extension === 'htm' || looksLikeHtml(bytes)) return extractHtml(bytes)
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  return { ok: true, extracted: { format: 'text', text: decoded.text, layout: 'auto', encoding: decoded.encoding, apart: [] } }
}

async function extractDocxFile(bytes: Uint8Array): Promise<Extracted> {
  const zip = await readZip(bytes, (name) => name === '_rels/.rels' || /^word\/[^/]+\.xml$/.test(name))
  if (!zip.ok) return zip
  if (![...zip.entries.keys()].some((name) => name.startsWith('word/'))) {
    return { ok: false, problem: 'unsupported', reason: 'this zip file is not a Word document (it has no word/ part); open a .docx, .html, .rtf, .pdf or text file' }
  }
  const decoder = new TextDecoder()
  return extractDocx(new Map([...zip.entries].map(([entry, data]) => [entry, decoder.decode(data)])))
}

function unsupported(extension: string): Extracted {
  const what = UNSUPPORTED[extension] ?? `a .${extension} file`
  return { ok: false, problem: 'unsupported', reason: `this is ${what}, which Egiz does not open; it opens .txt, .md, .html, .docx, .rtf and text .pdf files` }
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false
  return true
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 512)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}

function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0), 0]))
  outer: for (let at = 0; at + needle.length <= Math.min(bytes.length, 1 << 20); at++) {
    for (let k = 0; k < needle.length; k++) if (bytes[at + k] !== needle[k]) continue outer
    return true
  }
  return false
}
