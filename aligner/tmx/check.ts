// The check every TMX export passes before it is handed over: the file reads back as TMX, with
// exactly the units that were written, each with a Kazakh and a Russian segment. It reads the file
// as a stream of chunks and holds one unit at a time, so a TMX of any size is checked in bounded
// memory. It relies on what Egiz writes: markup escaped in text and attributes, no comments or
// CDATA between units, so a unit ends at the first `</tu>` after its `<tu`.
import { parseXml, XmlError } from '../xml.ts'
import { unitPair } from './reader.ts'

const VERSIONS = new Set(['1.1', '1.2', '1.3', '1.4', '1.4a', '1.4b'])

/** A problem found in an exported TMX, or null when it is sound. */
export function checkExportedTmx(bytes: Uint8Array, written: number): string | null {
  return checkExportedTmxStream([bytes], written)
}

/** The same check over the file's bytes in chunks (as a file is read). */
export function checkExportedTmxStream(chunks: Iterable<Uint8Array>, written: number): string | null {
  const check = new ExportedTmxCheck(written)
  for (const chunk of chunks) {
    const problem = check.add(chunk)
    if (problem) return problem
  }
  return check.finish()
}

/** What lets other work run between chunks: corpus/slices.ts's Slices. */
export interface TurnTaker {
  due(): boolean
  pause(): Promise<void>
}

/** The same check for a task that lets other work run between chunks (the app, a Ctrl-C). */
export async function checkExportedTmxInTurns(chunks: Iterable<Uint8Array>, written: number, turns: TurnTaker): Promise<string | null> {
  const check = new ExportedTmxCheck(written)
  for (const chunk of chunks) {
    const problem = check.add(chunk)
    if (problem) return problem
    if (turns.due()) await turns.pause()
  }
  return check.finish()
}

/** The check fed a chunk at a time. The first problem found ends it: `add` and `finish` return it. */
class ExportedTmxCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  private readonly languages = new Set<string>()
  private readonly written: number
  private buffer = ''
  private prolog: string | null = null
  private units = 0

  constructor(written: number) {
    this.written = written
  }

  add(chunk: Uint8Array): string | null {
    const decoded = this.decode(chunk, true)
    if (decoded !== null) return decoded
    return this.take()
  }

  finish(): string | null {
    const decoded = this.decode(undefined, false)
    if (decoded !== null) return decoded
    const problem = this.take()
    if (problem) return problem
    // What is left is the end of the document: checked with its start, as a document with no units.
    const frame = this.prolog === null ? checkFrame(this.buffer, '') : checkFrame(this.prolog, this.buffer)
    if (frame) return frame
    return this.units === this.written ? null : `${this.units} units read back, ${this.written} written`
  }

  /** Appends the decoded chunk to the buffer; a problem when the bytes are not UTF-8. */
  private decode(chunk: Uint8Array | undefined, stream: boolean): string | null {
    try {
      this.buffer += this.decoder.decode(chunk, { stream })
      return null
    } catch (error) {
      if (error instanceof TypeError) return 'the file is not valid UTF-8'
      throw error
    }
  }

  /** Checks the whole units in the buffer and keeps what follows the last of them. */
  private take(): string | null {
    const buffer = this.buffer
    let at = 0
    if (this.prolog === null) {
      const first = buffer.search(/<tu[\s>]/)
      if (first < 0) return null
      this.prolog = buffer.slice(0, first)
      at = first
    }
    for (;;) {
      UNIT_START.lastIndex = at
      if (!UNIT_START.test(buffer)) break
      const end = buffer.indexOf('</tu>', at)
      if (end < 0) break
      const problem = checkUnit(buffer.slice(at, end + 5), this.languages, this.units + 1)
      if (problem) return problem
      this.units++
      at = end + 5
    }
    this.buffer = buffer.slice(at)
    return null
  }
}

/** Where a unit starts, after the white space between units. */
const UNIT_START = /\s*<tu[\s>]/y

function checkUnit(text: string, languages: Set<string>, index: number): string | null {
  try {
    const element = parseXml(text.trimStart())
    if (element.name !== 'tu') return `unit ${index}: <${element.name}> where a <tu> was expected`
    return unitPair(element, languages) ? null : `unit ${index} has no Kazakh or no Russian segment`
  } catch (error) {
    if (error instanceof XmlError) return `unit ${index} is not well-formed XML (${error.message})`
    throw error
  }
}

/** The document around the units: a <tmx> of a version Egiz reads, with a <body>. */
function checkFrame(start: string, end: string): string | null {
  try {
    const root = parseXml(start + end)
    if (root.name !== 'tmx') return `the root element is <${root.name}>, not <tmx>`
    if (!VERSIONS.has(root.attributes.version ?? '')) return `TMX version "${root.attributes.version ?? ''}" is not one Egiz reads (1.1 to 1.4)`
    const body = root.children.find((c) => typeof c !== 'string' && c.name === 'body')
    return body ? null : 'the file has no <body>'
  } catch (error) {
    if (error instanceof XmlError) return `not well-formed XML around the units (${error.message})`
    throw error
  }
}
