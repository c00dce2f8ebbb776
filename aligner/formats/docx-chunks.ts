// The parts a .docx's `w:altChunk`s point to: HTML, a web archive, RTF, text or another .docx that
// Word converts into paragraphs when it opens the document (programs that make documents from web
// pages, and tools that merge documents, write them so). Each is read by the reader of its format.
import { readZip } from './zip.ts'
import { markGenerated, type Extracted, type ExtractedText } from './extracted.ts'
import { mainPartName, type ChunkText, type DocxParts } from './docx.ts'

const CHUNK_RELATIONSHIP = /\/aFChunk$/

/**
 * The chunks of the main part by relationship id. `extract` reads one chunk's bytes; null when the
 * document is already nested too deep for its chunks to be read.
 */
export async function readChunks(zipBytes: Uint8Array, parts: DocxParts, extract: ((name: string, bytes: Uint8Array) => Promise<Extracted>) | null): Promise<Map<string, ChunkText>> {
  const chunks = new Map<string, ChunkText>()
  const main = mainPartName(parts)
  if (!parts.get(main)?.includes('altChunk')) return chunks
  const targets = new Map<string, string>()
  for (const relationship of relationships(parts.get(relationshipsPartName(main)) ?? '')) {
    if (!CHUNK_RELATIONSHIP.test(relationship.type)) continue
    if (relationship.external) chunks.set(relationship.id, { ok: false, why: `a part of it is a file outside the document (${relationship.target})` })
    else if (extract === null) chunks.set(relationship.id, { ok: false, why: 'its parts in other formats nest too deep' })
    else targets.set(relationship.id, resolvePartName(main, relationship.target))
  }
  if (targets.size === 0 || extract === null) return chunks
  const wanted = new Set(targets.values())
  const zip = await readZip(zipBytes, (name) => wanted.has(name))
  // Each part is read once, however many relationships name it.
  const read = new Map<string, ChunkText>()
  for (const name of wanted) {
    const bytes = zip.ok ? zip.entries.get(name) : undefined
    if (bytes === undefined) {
      read.set(name, { ok: false, why: `its part ${name} in another format is missing` })
      continue
    }
    const extracted = await extract(name, bytes)
    read.set(name, extracted.ok ? { ok: true, paragraphs: markedParagraphs(extracted.extracted), characters: extracted.extracted.text.length, apart: extracted.extracted.apart } : { ok: false, why: `its part ${name}: ${extracted.reason}` })
  }
  for (const [id, name] of targets) chunks.set(id, read.get(name)!)
  return chunks
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relationshipsPartName(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

interface Relationship {
  id: string
  type: string
  target: string
  external: boolean
}

const RELATIONSHIP = /<(?:\w+:)?Relationship\b[^>]*>/g
const ATTRIBUTES = { id: /\sId\s*=\s*(?:"([^"]*)"|'([^']*)')/, type: /\sType\s*=\s*(?:"([^"]*)"|'([^']*)')/, target: /\sTarget\s*=\s*(?:"([^"]*)"|'([^']*)')/, mode: /\sTargetMode\s*=\s*(?:"([^"]*)"|'([^']*)')/ }

function relationships(xml: string): Relationship[] {
  const found: Relationship[] = []
  for (const [element] of xml.matchAll(RELATIONSHIP)) {
    const value = (pattern: RegExp) => {
      const match = pattern.exec(element)
      return match ? (match[1] ?? match[2]!) : ''
    }
    found.push({ id: value(ATTRIBUTES.id), type: value(ATTRIBUTES.type), target: value(ATTRIBUTES.target), external: value(ATTRIBUTES.mode) === 'External' })
  }
  return found
}

/** A relationship's target as a part name: absolute from the package root, else beside the part. */
function resolvePartName(part: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1).split('/') : [...part.split('/').slice(0, -1), ...target.split('/')]
  const resolved: string[] = []
  for (const segment of path) {
    if (segment === '..') resolved.pop()
    else if (segment !== '.' && segment !== '') resolved.push(segment)
  }
  return resolved.map((segment) => decodeURIComponentSafely(segment)).join('/')
}

function decodeURIComponentSafely(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The chunk's paragraphs with the list numbers its reader generated marked again, as the .docx reader marks its own. */
function markedParagraphs(extracted: ExtractedText): string[] {
  let marked = ''
  let at = 0
  for (const [start, end] of extracted.generated ?? []) {
    marked += extracted.text.slice(at, start) + markGenerated(extracted.text.slice(start, end))
    at = end
  }
  return (marked + extracted.text.slice(at)).split('\n')
}
