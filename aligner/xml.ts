// A small, strict XML reader (TMX files, the parts of a .docx): elements, attributes, text, CDATA,
// comments and the predefined and numeric entities, with the line and column of any well-formedness error.

import { lastIndexAtMost } from './sorted.ts'

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
  line: number
  column: number
}

export type XmlNode = XmlElement | string

export class XmlError extends Error {
  readonly line: number
  readonly column: number
  /** What is wrong there, without the place. */
  readonly why: string
  constructor(message: string, line: number, column: number) {
    super(`line ${line}, column ${column}: ${message}`)
    this.line = line
    this.column = column
    this.why = message
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y

/** Parses a whole document into its root element; throws XmlError with a position. */
export function parseXml(text: string): XmlElement {
  return new XmlParser(text).document()
}

/** Budget: elements nest no deeper than this in real documents (Word: a few dozen). */
const MAX_DEPTH = 256
/** Budget: elements in one XML part; a document part of a long treaty has a few hundred thousand. */
const MAX_ELEMENTS = 4_000_000

class XmlParser {
  private at = 0
  private elements = 0
  private readonly text: string
  /** Offsets where lines start, for positions in errors. */
  private readonly lineStarts: number[] = [0]

  constructor(text: string) {
    this.text = text
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1)
  }

  document(): XmlElement {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1
    this.skipMisc(true)
    if (this.text[this.at] !== '<') this.fail('expected the root element')
    const root = this.element()
    this.skipMisc(false)
    if (this.at < this.text.length) this.fail('text after the root element')
    return root
  }

  /** Declarations, comments, processing instructions, DOCTYPE and white space around the root. */
  private skipMisc(beforeRoot: boolean): void {
    for (;;) {
      this.skipSpace()
      if (this.text.startsWith('<?', this.at)) this.skipPast('?>', 'processing instruction')
      else if (this.text.startsWith('<!--', this.at)) this.skipPast('-->', 'comment')
      else if (beforeRoot && this.text.startsWith('<!DOCTYPE', this.at)) this.skipDoctype()
      else return
    }
  }

  private skipDoctype(): void {
    let depth = 0
    for (; this.at < this.text.length; this.at++) {
      const char = this.text[this.at]
      if (char === '[') depth++
      else if (char === ']') depth--
      else if (char === '>' && depth === 0) {
        this.at++
        return
      }
    }
    this.fail('unfinished DOCTYPE')
  }

  private element(depth = 0): XmlElement {
    if (depth > MAX_DEPTH) this.fail(`elements nest more than ${MAX_DEPTH} deep`)
    if (++this.elements > MAX_ELEMENTS) this.fail(`more than ${MAX_ELEMENTS} elements`)
    const [line, column] = this.position(this.at)
    this.at++ // <
    const name = this.name('element name')
    const attributes: Record<string, string> = {}
    for (;;) {
      const spaced = this.skipSpace()
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2
        return { name, attributes, children: [], line, column }
      }
      if (this.text[this.at] === '>') {
        this.at++
        break
      }
      if (!spaced) this.fail(`expected white space, ">" or "/>" in <${name}>`)
      const attribute = this.name('attribute name')
      this.skipSpace()
      this.expect('=')
      this.skipSpace()
      if (attribute in attributes) this.fail(`attribute "${attribute}" appears twice in <${name}>`)
      attributes[attribute] = this.attributeValue()
    }
    const children: XmlNode[] = []
    let text = ''
    for (;;) {
      if (this.at >= this.text.length) this.fail(`<${name}> (line ${line}) is not closed`)
      const char = this.text[this.at]
      if (char === '<') {
        if (this.text.startsWith('</', this.at)) {
          if (text) children.push(text)
          const closingAt = this.at
          this.at += 2
          const closing = this.name('closing tag name')
          if (closing !== name) this.fail(`</${closing}> closes <${name}> opened at line ${line}`, closingAt)
          this.skipSpace()
          this.expect('>')
          return { name, attributes, children, line, column }
        }
        if (this.text.startsWith('<!--', this.at)) {
          this.skipPast('-->', 'comment')
        } else if (this.text.startsWith('<![CDATA[', this.at)) {
          const end = this.text.indexOf(']]>', this.at + 9)
          if (end < 0) this.fail('unfinished CDATA section')
          text += this.text.slice(this.at + 9, end)
          this.at = end + 3
        } else if (this.text.startsWith('<?', this.at)) {
          this.skipPast('?>', 'processing instruction')
        } else {
          if (text) children.push(text)
          text = ''
          children.push(this.element(depth + 1))
        }
      } else if (char === '&') {
        text += this.entity()
      } else {
        const next = this.nextMarkup()
        text += this.text.slice(this.at, next)
        this.at = next
      }
    }
  }

  private nextMarkup(): number {
    let i = this.at
    while (i < this.text.length) {
      const code = this.text.charCodeAt(i)
      if (code === 60 || code === 38) break // < &
      i++
    }
    return i
  }

  private attributeValue(): string {
    const quote = this.text[this.at]
    if (quote !== '"' && quote !== "'") this.fail('an attribute value must be in quotes')
    this.at++
    let value = ''
    for (;;) {
      if (this.at >= this.text.length) this.fail('unfinished attribute value')
      const char = this.text[this.at]!
      if (char === quote) {
        this.at++
        return value
      }
      if (char === '<') this.fail('"<" is not allowed in an attribute value')
      if (char === '&') value += this.entity()
      else {
        value += char === '\t' || char === '\n' || char === '\r' ? ' ' : char
        this.at++
      }
    }
  }

  private entity(): string {
    const end = this.text.indexOf(';', this.at)
    if (end < 0 || end - this.at > 12) this.fail('"&" must start an entity such as &amp;')
    const body = this.text.slice(this.at + 1, end)
    let value: string | undefined
    if (body.startsWith('#x')) value = codePoint(parseInt(body.slice(2), 16))
    else if (body.startsWith('#')) value = codePoint(parseInt(body.slice(1), 10))
    else value = ENTITIES[body]
    if (value === undefined) this.fail(`unknown entity "&${body};"`)
    this.at = end + 1
    return value
  }

  private name(what: string): string {
    NAME.lastIndex = this.at
    const match = NAME.exec(this.text)
    if (!match) this.fail(`expected ${what}`)
    this.at += match[0].length
    return match[0]
  }

  private skipSpace(): boolean {
    const start = this.at
    while (this.at < this.text.length && /[ \t\r\n]/.test(this.text[this.at]!)) this.at++
    return this.at > start
  }

  private skipPast(end: string, what: string): void {
    const found = this.text.indexOf(end, this.at)
    if (found < 0) this.fail(`unfinished ${what}`)
    this.at = found + end.length
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail(`expected "${char}"`)
    this.at++
  }

  private position(offset: number): [number, number] {
    const line = lastIndexAtMost(this.lineStarts, offset)
    return [line + 1, offset - this.lineStarts[line]! + 1]
  }

  private fail(message: string, at = this.at): never {
    const [line, column] = this.position(Math.min(at, this.text.length))
    throw new XmlError(message, line, column)
  }
}

function codePoint(value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 0x10ffff) return undefined
  return String.fromCodePoint(value)
}

/** The text of an element, concatenated from its descendants. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('')
}
