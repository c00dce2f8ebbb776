// Finds the text an amending instrument quotes: replacement articles and points (`"Статья 22 …`,
// `**22-бап**` even without its opening quote mark) belong to the amending point or article that
// quotes them, not to the document's own structure. The evidence is the document's own numbering:
// after an amending formula (`… изложить в следующей редакции:`), a heading or point is quoted
// unless its number continues the document's own sequence of that kind.
import { parseHeading } from './headings.ts'
import type { Paragraph } from './paragraphs.ts'
import { WORD_CHAR } from '../text/letter-classes.ts'

/** The formula that introduces quoted text names an amendment and ends with a colon. */
const AMENDMENT_WORD = /заменя|замени|дополн|добавля|излож|редакци|следующего содержания|ауыстыр|толықтыр|қосыл|жазылсын|мазмұндағы/iu
const OPENING_QUOTE = /^["«“„]/u

/**
 * Marks quoted headings and points: a quoted heading loses its heading role, a quoted point stays a
 * point of its quoter. While an amendment is quoting, a numbered heading or point is the document's
 * own when it starts the document's numbering (number 1, none of its kind before), or when, not
 * directly after the formula, it is itself an amending formula or continues the own sequence. The
 * instrument's testimonium or signatures end any quotation.
 */
export function markQuotedText(paragraphs: Paragraph[]): Paragraph[] {
  const own = new OwnNumbering()
  let quoting = false
  let afterFormula = false
  return paragraphs.map((paragraph) => {
    let marked = paragraph
    if (paragraph.heading === null && OPENING_QUOTE.test(paragraph.text) && parseHeading(paragraph.text.replace(OPENING_QUOTE, '')) !== null) {
      quoting = true
      marked = { ...paragraph, quoted: true }
    } else if (isStructural(paragraph, own)) {
      const key = keyOf(paragraph)
      const isOwn = !quoting || key === null || own.starts(key) || (!afterFormula && (isAmendingFormula(paragraph) || own.continues(key)))
      if (isOwn) {
        quoting = false
        own.record(key)
      } else {
        marked = quote(paragraph)
      }
    }
    if (closesInstrument(paragraph)) quoting = false
    afterFormula = isAmendingFormula(paragraph)
    if (afterFormula) quoting = true
    return marked
  })
}

/**
 * The testimonium or a signature, not itself quoted, closes the instrument and with it any quotation:
 * what follows (an annex, a protocol, the next document of a file) numbers its own units afresh.
 */
function closesInstrument(paragraph: Paragraph): boolean {
  return (paragraph.role === 'final-clause' || paragraph.role === 'signature') && !OPENING_QUOTE.test(paragraph.text)
}

function isAmendingFormula(paragraph: Paragraph): boolean {
  return /:\s*$/.test(paragraph.text) && AMENDMENT_WORD.test(paragraph.text)
}

/** Headings always; points only while the document has no article of its own (an amending instrument made of points). */
function isStructural(paragraph: Paragraph, own: OwnNumbering): boolean {
  return paragraph.heading !== null || (paragraph.role === 'point' && !own.hasArticles())
}

function quote(paragraph: Paragraph): Paragraph {
  return paragraph.heading ? { ...paragraph, role: 'text', heading: null, quoted: true } : { ...paragraph, quoted: true }
}

interface NumberKey {
  kind: string
  number: string
}

/** The last number of each kind of the document's own units, to tell its sequence from a quotation. */
class OwnNumbering {
  private last = new Map<string, string>()

  hasArticles(): boolean {
    return this.last.has('article')
  }

  record(key: NumberKey | null): void {
    if (key) this.last.set(key.kind, key.number)
  }

  /** The first unit of its kind, numbered 1: where a document's own numbering starts. */
  starts(key: NumberKey): boolean {
    return !this.last.has(key.kind) && key.number === '1'
  }

  /** Does the number continue the own sequence: the next number, an insertion (`4-1` after 4), a sub-point (`2.1` after 2)? */
  continues(key: NumberKey): boolean {
    const last = this.last.get(key.kind)
    if (last === undefined) return false
    const lastBase = leadingInteger(last)
    const base = leadingInteger(key.number)
    if (lastBase === null || base === null) return false
    return (base === lastBase + 1 && /^\d+$/.test(key.number)) || key.number.startsWith(`${lastBase}-`) || key.number.startsWith(`${last}.`)
  }
}

function keyOf(paragraph: Paragraph): NumberKey | null {
  if (paragraph.heading) return paragraph.heading.number ? { kind: paragraph.heading.kind, number: paragraph.heading.number } : null
  const number = /^["«“]?(\d+(?:[.-]\d+)*)/u.exec(paragraph.label ?? '')
  return number ? { kind: 'point', number: number[1]! } : null
}

function leadingInteger(number: string): number | null {
  const match = /^(\d+)/.exec(number)
  return match ? Number(match[1]) : null
}

export interface Span {
  start: number
  end: number
}

/** An opening quote mark right after an amending formula's colon (`… в следующей редакции: «`). */
const QUOTE_AFTER_COLON = /:\s*(["«“„])/gu
/** Where the formula's sentence starts: the text after the last sentence end or paragraph break. */
const SENTENCE_START = /(?:[.;!?]\s+|\n)(?=[^\n]*$)/u
const CLOSING_OF: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' }
const WORD_CHARACTER = new RegExp(WORD_CHAR, 'u')

/**
 * The text an amendment quotes, as spans of the whole text: from the quote mark after an amending
 * formula to the mark that closes it. Inside, `настоящего Соглашения` and `статья 5` are the amended
 * act's words, not the amending instrument's. Marks of the same kind nest (`«… «Байтерек» …»`); a
 * straight quote closes at the next one that ends a word. A quotation that never closes is no span:
 * the text after it is left to the checks.
 */
export function amendmentQuotations(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(QUOTE_AFTER_COLON)) {
    const colon = match.index
    if (spans.length > 0 && colon < spans.at(-1)!.end) continue
    const lineStart = text.lastIndexOf('\n', colon) + 1
    const before = text.slice(lineStart, colon)
    const sentence = before.slice((SENTENCE_START.exec(before)?.index ?? -1) + 1)
    if (!AMENDMENT_WORD.test(sentence)) continue
    const open = colon + match[0].length - 1
    const close = closingQuote(text, open, match[1]!)
    if (close !== null) spans.push({ start: open, end: close + 1 })
  }
  return spans
}

function closingQuote(text: string, open: number, opening: string): number | null {
  const closing = CLOSING_OF[opening]!
  if (opening === closing) {
    // A straight quote: the first one after a non-space that is not followed by a letter or digit.
    for (let at = text.indexOf(closing, open + 1); at >= 0; at = text.indexOf(closing, at + 1)) {
      if (!/\s/u.test(text[at - 1]!) && !WORD_CHARACTER.test(text[at + 1] ?? '')) return at
    }
    return null
  }
  let depth = 0
  for (let at = open; at < text.length; at++) {
    const char = text[at]
    if (char === opening) depth++
    else if (char === closing && --depth === 0) return at
  }
  return null
}

/** Is the offset inside one of the (sorted, disjoint) spans? */
export function isInsideSpans(spans: Span[], offset: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return true
  }
  return false
}
