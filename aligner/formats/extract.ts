// Turns the bytes of a document file into its text, whatever the format: told by the content
// first (a renamed file still opens), then by the name. Every refusal says what to do instead.
import { failure, type OtherKind } from '../problems.ts'
import { decodeText } from '../text/decode.ts'
import { extractDocx } from './docx.ts'
import { extractHtml } from './html.ts'
import { extractRtf } from './rtf.ts'
import type { Extracted } from './extracted.ts'
import { extractPdf } from './pdf.ts'
import { readZip } from './zip.ts'

/** Extensions Egiz opens, for file dialogs and folder scans. */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'rtf', 'pdf'] as const

/** Extensions of files Egiz recognises but does not open, and what each is. */
const UNSUPPORTED: Record<string, OtherKind> = {
  doc: 'doc',
  odt: 'odt',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  pptx: 'presentation',
  jpg: 'picture',
  jpeg: 'picture',
  png: 'picture',
  tif: 'picture',
  tiff: 'picture',
  zip: 'archive',
}

export async function extractFile(name: string, bytes: Uint8Array): Promise<Extracted> {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (bytes.length === 0) return failure({ code: 'empty-file' })
  if (startsWith(bytes, '%PDF-')) return extractPdf(bytes)
  if (startsWith(bytes, '{\\rtf')) return extractRtf(bytes)
  if (startsWith(bytes, 'PK\x03\x04')) return extension === 'docx' || extension === '' || !(extension in UNSUPPORTED) ? await extractDocxFile(bytes) : unsupported(extension)
  if (startsWith(bytes, '\xD0\xCF\x11\xE0')) {
    return hasUtf16(bytes, 'EncryptedPackage')
      ? failure({ code: 'office-password' })
      : unsupported(extension === 'xls' ? 'xls' : 'doc')
  }
  if (extension in UNSUPPORTED) return unsupported(extension)
  if (extension === 'pdf' || extension === 'docx' || extension === 'rtf') {
    return failure({ code: 'misnamed', extension })
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
    return failure({ code: 'zip-not-word' })
  }
  const decoder = new TextDecoder()
  return extractDocx(new Map([...zip.entries].map(([entry, data]) => [entry, decoder.decode(data)])))
}

function unsupported(extension: string): Extracted {
  return failure({ code: 'not-opened', kind: UNSUPPORTED[extension] ?? 'other', extension })
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
