// Lossless sentence segmentation for Kazakh and Russian legal text: every paragraph starts a
// sentence; inside one, a sentence ends at . ! ? before a capital or a point label — but not after
// legal abbreviations (`ст.`, `г.`, `ж.`), initials (`Қ. ТОҚАЕВ`) or a lone label (`2.1.`, `Ескерту.`).
import { LETTER, LETTER_RANGES } from './letter-classes.ts'

export interface Span {
  start: number
  end: number
}

/** Abbreviations (lower case, without the final full stop) that do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'г', 'гг', 'ст', 'п', 'пп', 'ч', 'т.е', 'т.д', 'т.п', 'т.ч', 'др', 'руб', 'тыс', 'млн', 'млрд', 'им', 'проф', 'см', 'стр', 'обл',
  // currency and address: `долл. США`, `пр. Республики`, `ул. Абая`, `көш.` (көшесі), `даң.` (даңғылы)
  'долл', 'коп', 'ул', 'пр', 'пл', 'кв', 'корп', 'тел', 'көш', 'даң',
  'ж', 'жж', 'т.б', 'т.с.с', 'қ', 'б', 'бб', 'n', '№', 'ul', 'no', 'mr', 'dr', 'р',
])
/** A heading's number alone: `Статья 1`, `Раздел 2.2`, `2.2-бөлім`, `4.2.-бөлім`, `IV тарау`. */
const HEADING_NUMBER_WORDS = {
  before: 'Статья|Раздел|Глава|Часть|Приложение|Article|Section|Chapter|Part|Annex',
  after: 'бап|бөлім|бөлiм|бөлік|бөлiк|тарау|қосымша',
}
/** The same as a pattern source (also written into `egiz rules`), without anchors. */
export const HEADING_NUMBER_SOURCE = String.raw`(?:(?:${HEADING_NUMBER_WORDS.before})\s+(?:\d+(?:[.-]\d+)*|[IVXLCІХ]+)|(?:\d+(?:[.-]\d+)*|[IVXLCІХ]+)\.?\s*-?\s*(?:${HEADING_NUMBER_WORDS.after}))`
const HEADING_NUMBER_ALONE = new RegExp(String.raw`^\s*${HEADING_NUMBER_SOURCE}$`, 'iu')
/** Words that, alone before their full stop, introduce the sentence that follows (an editorial note's). */
export const LEAD_WORDS = /^(?:Примечание|Сноска|Ескерту|Ескертпе)$/u
/** What may follow a sentence end: a capital, a digit label, an opening quote or bracket, a letter label. */
const NEXT_STARTS = /^(?:[«"“(]?\p{Lu}|\d|[«"“(]?[а-яa-z][)/]\s)/u
/** A sentence mark before a space, a tab or a line separator (between the lines of a preformatted block). */
const END = /[.!?…]+[»"”)]*(?=[ \t\u2028])/gu

export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = []
  let paragraphStart = start
  while (paragraphStart < end) {
    let paragraphEnd = text.indexOf('\n', paragraphStart)
    if (paragraphEnd < 0 || paragraphEnd > end) paragraphEnd = end
    if (paragraphEnd > paragraphStart) splitParagraph(text, paragraphStart, paragraphEnd, spans)
    paragraphStart = paragraphEnd + 1
  }
  return spans
}

/** What may follow a sentence end, tried at one position (sticky). */
const NEXT_STARTS_AT = new RegExp(NEXT_STARTS.source.slice(1), 'uy')

function splitParagraph(text: string, start: number, end: number, spans: Span[]): void {
  let sentenceStart = start
  // Searched within the paragraph only: over the whole text, a paragraph with no sentence mark
  // would send the search on to the next mark, however far, and make a long list quadratic.
  const paragraph = text.slice(start, end)
  END.lastIndex = 0
  for (let match = END.exec(paragraph); match !== null; match = END.exec(paragraph)) {
    const stop = start + match.index + match[0].length
    let next = stop
    while (next < end && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u2028')) next++
    if (next >= end) break
    NEXT_STARTS_AT.lastIndex = next
    if (!NEXT_STARTS_AT.test(text)) continue
    if (!endsSentence(text, sentenceStart, stop - match[0].length, match[0])) continue
    spans.push({ start: sentenceStart, end: stop })
    sentenceStart = next
  }
  if (sentenceStart < end) spans.push({ start: sentenceStart, end })
}

/** Whether the terminator after text[from, bodyEnd) ends the sentence. */
function endsSentence(text: string, from: number, bodyEnd: number, terminator: string): boolean {
  if (!terminator.startsWith('.')) return true
  // A label alone (`1.`, `2.1.`, `IV.`, `"1.`) or a lead word (`Ескерту.`) belongs to what follows.
  if (bodyEnd - from <= 24) {
    const body = text.slice(from, bodyEnd)
    if (/^\s*["«“]?(?:\d+(?:\.\d+)*|[IVXLC]+)\s*$/u.test(body) || LEAD_WORDS.test(body.trim())) return false
    // A heading's number and its title are one unit, stop or no stop: `2.2-бөлім. Мақсаты` as
    // `Раздел 2.2 Цель`, `Статья 1. Определения` as `1-бап Анықтамалар`.
    if (HEADING_NUMBER_ALONE.test(body)) return false
  }
  const lastWord = lastWordBefore(text, from, bodyEnd)
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false
  // An initial: one capital letter after a space or at the start (`О. Бектенов`); but a letter
  // naming an annex or a part (`в форме Приложения А. Нота…`) may end a sentence.
  if (/^\p{Lu}$/u.test(lastWord)) return LETTERED_UNIT.test(wordBefore(text, from, bodyEnd - lastWord.length))
  // Two or more initials run together (`А.Г. Лукашенко`).
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(lastWord)) return false
  return true
}

/** Stems of the words that take a letter for a number: `Приложение А`, `Часть B`, `Annex C`. */
export const LETTERED_UNIT_STEMS = 'Приложени|приложени|Раздел|раздел|Част|част|Annex|annex|Section|section|Part|part'
const LETTERED_UNIT = new RegExp(String.raw`^(?:${LETTERED_UNIT_STEMS})${LETTER}*$`, 'u')

/** The word before `end` (spaces skipped). */
function wordBefore(text: string, from: number, end: number): string {
  let at = end
  while (at > from && /\s/u.test(text[at - 1]!)) at--
  return lastWordBefore(text, from, at)
}

/** The run of letters, full stops and № that ends at bodyEnd (`т.е`, `ст`, `О`). */
function lastWordBefore(text: string, from: number, bodyEnd: number): string {
  let at = bodyEnd
  while (at > from && WORD_CHAR.test(text[at - 1]!)) at--
  return text.slice(at, bodyEnd)
}

const WORD_CHAR = new RegExp(String.raw`[${LETTER_RANGES}.№]`, 'u')
