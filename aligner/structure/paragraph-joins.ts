// Paragraphs that the layout broke apart but that are one unit of the document: an editorial note
// in brackets run over several paragraphs, a Kazakh signature whose party stands on the line above
// `Үкіметі үшін`, and an annex's header set over short lines (`ПРИЛОЖЕНИЕ` / `к Соглашению между` /
// …; in Kazakh the other way round, `… келісімге` / `ҚОСЫМША`). Read apart, each piece becomes a
// unit of its own and pairs with whatever stands opposite it. Each join rests on evidence such text
// always carries: a bracket that closes, the grammar that ties the lines together.
import { parseHeading } from './headings.ts'
import { SIGNED_NAME, type Paragraph } from './paragraphs.ts'
import { LETTER } from '../text/letter-classes.ts'

export function joinLaidOutParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  return joinAnnexHeaders(joinWrappedSignatures(joinBracketedNotes(paragraphs)))
}

/** Most paragraphs after its first that an editorial note in brackets may run on to. */
const MAX_NOTE_CONTINUATION = 3
/** Longest paragraph still read as the continuation of such a note (a source, a date, a letter's number). */
const MAX_NOTE_CONTINUATION_LENGTH = 300

/**
 * An editorial note in brackets that the layout broke over paragraphs is read as one note:
 * `(Вступил в силу 16 апреля 2012 года -` / `Бюллетень международных договоров РК 2013 г., № 2,
 * ст. 17)`. Read apart, its second half is ordinary text, which pairs with the other version's
 * first paragraph when that version has no such note. The paragraphs are joined only when the
 * bracket the note opens closes within a few short paragraphs.
 */
function joinBracketedNotes(paragraphs: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = []
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!
    const last = paragraph.role === 'in-force' || paragraph.role === 'note' ? closingParagraph(paragraphs, k) : k
    joined.push(last === k ? paragraph : merged(paragraphs.slice(k, last + 1), paragraph))
    k = last
  }
  return joined
}

/** The paragraph that closes the bracket paragraphs[first] leaves open, or `first` when none does. */
function closingParagraph(paragraphs: Paragraph[], first: number): number {
  let depth = bracketBalance(paragraphs[first]!.text)
  if (depth <= 0) return first
  const limit = Math.min(paragraphs.length - 1, first + MAX_NOTE_CONTINUATION)
  for (let k = first + 1; k <= limit; k++) {
    const paragraph = paragraphs[k]!
    if (paragraph.role !== 'text' || paragraph.text.length > MAX_NOTE_CONTINUATION_LENGTH) return first
    depth += bracketBalance(paragraph.text)
    if (depth <= 0) return k
  }
  return first
}

function bracketBalance(text: string): number {
  let depth = 0
  for (const character of text) {
    if (character === '(') depth++
    else if (character === ')') depth--
  }
  return depth
}

/** A party named in the genitive: `Қазақстан Республикасының`, `Ресей Федерациясының`. */
const GENITIVE_PARTY = /^\p{Lu}.{0,80}(?:ның|нің|дың|дің|тың|тің)$/u
/** What it signs for, on the next line: `Үкіметі үшін`, `үшін`. */
const SIGNS_FOR = new RegExp(String.raw`^(?:${LETTER}+\s+)?[үу]ш[іi]н$`, 'u')

/**
 * A Kazakh signature the layout broke after its party, `Қазақстан Республикасының` / `Үкіметі
 * үшін`, is one signature: its first line alone is no signature and would be a unit of its own.
 */
function joinWrappedSignatures(paragraphs: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = []
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!
    const next = paragraphs[k + 1]
    if (next && paragraph.role === 'text' && next.role === 'signature' && GENITIVE_PARTY.test(paragraph.text.trim()) && SIGNS_FOR.test(next.text.trim())) {
      joined.push({ ...merged([paragraph, next], paragraph), role: 'signature' })
      k++
      continue
    }
    joined.push(paragraph)
  }
  return joined
}

/**
 * Most paragraphs an annex's header runs to besides its `Приложение` line; the longest of them
 * after the annex word (a header's short lines), and before it (a plain copy joins the Kazakh
 * header's lines, which go on in lower case, into one).
 */
const MAX_HEADER_LINES = 10
const MAX_HEADER_LINE_LENGTH = 60
const MAX_JOINED_HEADER_LENGTH = 200
/** The Russian header says what the annex belongs to in the dative: `к Соглашению между …`. */
const RUSSIAN_HEADER_START = /^к\s/u
/** The Kazakh header ends with it, before `ҚОСЫМША`: `… келісімге`, `… қаулысына`. */
const KAZAKH_HEADER_END = /(?:ға|ге|қа|ке|на|не)$/u

/**
 * An annex's header set over short lines is one heading with its title: in Russian the annex word
 * comes first and the next line says in the dative what it is annexed to (`ПРИЛОЖЕНИЕ` / `к
 * Соглашению между` / `Правительством Республики` / …); in Kazakh the dative comes first and the
 * annex word last (`… арасындағы` / `келісімге` / `ҚОСЫМША`).
 */
function joinAnnexHeaders(paragraphs: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = []
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = runInAnnexHeading(paragraphs[k]!)
    if (!isBareAnnexHeading(paragraph)) {
      joined.push(paragraph)
      continue
    }
    // What a plain copy ran into the annex word's line (`ПРИЛОЖЕНИЕ к Соглашению между`).
    const runIn = paragraph === paragraphs[k] ? '' : paragraphs[k]!.text.trim().slice(paragraph.text.length + 1)
    const following = runIn !== '' || RUSSIAN_HEADER_START.test(paragraphs[k + 1]?.text.trim() ?? '') ? headerLinesAfter(paragraphs, k) : []
    const preceding = runIn === '' && following.length === 0 ? takeHeaderLinesBefore(joined) : []
    const lines = [...preceding, paragraph, ...following]
    const title = [runIn, ...preceding.map((line) => line.text.trim()), ...following.map((line) => line.text.trim())].filter((part) => part !== '').join(' ')
    joined.push(title === '' ? paragraph : { ...paragraph, start: lines[0]!.start, end: lines[lines.length - 1]!.end, text: `${paragraph.text.trim()} ${title}`, heading: { ...paragraph.heading!, title } })
    k += following.length
  }
  return joined
}

/** The header's short lines after the annex word at paragraphs[at]. */
function headerLinesAfter(paragraphs: Paragraph[], at: number): Paragraph[] {
  const lines: Paragraph[] = []
  for (let k = at + 1; k < paragraphs.length && lines.length < MAX_HEADER_LINES && isHeaderLine(paragraphs[k]!, MAX_HEADER_LINE_LENGTH); k++) lines.push(paragraphs[k]!)
  return lines
}

/** The Kazakh header's lines before the annex word, taken off the end of `joined`, when the last one ends in the dative. */
function takeHeaderLinesBefore(joined: Paragraph[]): Paragraph[] {
  if (joined.length === 0 || !KAZAKH_HEADER_END.test(joined[joined.length - 1]!.text.trim())) return []
  const lines: Paragraph[] = []
  while (lines.length < MAX_HEADER_LINES && joined.length > 0 && isHeaderLine(joined[joined.length - 1]!, MAX_JOINED_HEADER_LENGTH)) lines.unshift(joined.pop()!)
  return lines
}

/** A plain copy joins the header's first line to the annex word: `ПРИЛОЖЕНИЕ к Соглашению между`. */
const RUN_IN_RUSSIAN_ANNEX = /^((?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?:N|№)?\s*\d{1,3})?)\s+к\s/u

/** The annex word of such a paragraph as a bare heading of its own (its text the word alone); others as they are. */
function runInAnnexHeading(paragraph: Paragraph): Paragraph {
  if (paragraph.heading !== null || paragraph.text.length > MAX_JOINED_HEADER_LENGTH) return paragraph
  const word = RUN_IN_RUSSIAN_ANNEX.exec(paragraph.text.trim())?.[1]
  const heading = word ? parseHeading(word) : null
  return heading?.kind === 'annex' ? { ...paragraph, role: 'heading', heading, label: null, text: word! } : paragraph
}

/** `Приложение`, `ПРИЛОЖЕНИЕ 2`, `1-қосымша`, `ҚОСЫМША`: an annex heading with no title of its own. */
function isBareAnnexHeading(paragraph: Paragraph): boolean {
  return paragraph.heading?.kind === 'annex' && paragraph.heading.title === ''
}

/** A short line that goes on a phrase: no heading, point or signature, not in capitals, no sentence's end. */
function isHeaderLine(paragraph: Paragraph, maxLength: number): boolean {
  const text = paragraph.text.trim()
  if (paragraph.role !== 'text' || text.length > maxLength || /[.;:!?]$/u.test(text) || SIGNED_NAME.test(text)) return false
  return text !== text.toUpperCase() && parseHeading(text) === null
}

/** `parts` read as one paragraph with the role and heading of `first`. */
function merged(parts: Paragraph[], first: Paragraph): Paragraph {
  return { ...first, end: parts[parts.length - 1]!.end, text: parts.map((part) => part.text.trim()).join(' ') }
}
