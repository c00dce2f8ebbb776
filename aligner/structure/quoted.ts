// Finds the text an amending instrument quotes: replacement articles and points (`"Статья 22 …`,
// `**22-бап**` even without its opening quote mark) belong to the amending point or article that
// quotes them, not to the document's own structure. The evidence is the document's own numbering:
// after an amending formula (`… изложить в следующей редакции:`), a heading or point is quoted
// unless its number continues the document's own sequence of that kind.
import { parseHeading } from './headings.ts'
import type { Paragraph } from './paragraphs.ts'

/** The formula that introduces quoted text names an amendment and ends with a colon. */
const AMENDMENT_WORD = /заменя|замени|дополн|добавля|излож|редакци|следующего содержания|ауыстыр|толықтыр|қосыл|жазылсын|мазмұндағы/iu
const OPENING_QUOTE = /^["«“„]/u

/** Marks quoted headings and points: a quoted heading loses its heading role, a quoted point stays a point of its quoter. */
export function markQuotedText(paragraphs: Paragraph[]): Paragraph[] {
  const own = new OwnNumbering()
  let quoting = false
  return paragraphs.map((paragraph) => {
    const quotedHeading = paragraph.heading === null && OPENING_QUOTE.test(paragraph.text) && parseHeading(paragraph.text.replace(OPENING_QUOTE, '')) !== null
    let marked = paragraph
    if (quotedHeading) {
      quoting = true
      marked = { ...paragraph, quoted: true }
    } else if (isStructural(paragraph, own)) {
      // An unnumbered heading (`Приложение`) cannot be told by its number: it is the document's own.
      if (quoting && keyOf(paragraph) !== null && !own.continues(paragraph)) marked = quote(paragraph)
      else {
        quoting = false
        own.record(paragraph)
      }
    }
    if (/:\s*$/.test(paragraph.text) && AMENDMENT_WORD.test(paragraph.text)) quoting = true
    return marked
  })
}

/** Headings always; points only while the document has no article of its own (an amending instrument made of points). */
function isStructural(paragraph: Paragraph, own: OwnNumbering): boolean {
  return paragraph.heading !== null || (paragraph.role === 'point' && !own.hasArticles())
}

function quote(paragraph: Paragraph): Paragraph {
  return paragraph.heading ? { ...paragraph, role: 'text', heading: null, quoted: true } : { ...paragraph, quoted: true }
}

/** The last number of each kind of the document's own units, to tell its sequence from a quotation. */
class OwnNumbering {
  private last = new Map<string, string>()

  hasArticles(): boolean {
    return this.last.has('article')
  }

  record(paragraph: Paragraph): void {
    const key = keyOf(paragraph)
    if (key) this.last.set(key.kind, key.number)
  }

  /** Does the number continue the own sequence: the next number, an insertion (`4-1` after 4), a sub-point (`2.1` after 2)? */
  continues(paragraph: Paragraph): boolean {
    const key = keyOf(paragraph)
    if (!key) return false
    const last = this.last.get(key.kind)
    if (last === undefined) return key.number === '1'
    const lastBase = leadingInteger(last)
    const base = leadingInteger(key.number)
    if (lastBase === null || base === null) return false
    return (base === lastBase + 1 && /^\d+$/.test(key.number)) || key.number.startsWith(`${lastBase}-`) || key.number.startsWith(`${last}.`)
  }
}

function keyOf(paragraph: Paragraph): { kind: string; number: string } | null {
  if (paragraph.heading) return paragraph.heading.number ? { kind: paragraph.heading.kind, number: paragraph.heading.number } : null
  const number = /^["«“]?(\d+(?:[.-]\d+)*)/u.exec(paragraph.label ?? '')
  return number ? { kind: 'point', number: number[1]! } : null
}

function leadingInteger(number: string): number | null {
  const match = /^(\d+)/.exec(number)
  return match ? Number(match[1]) : null
}
