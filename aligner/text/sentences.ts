// Lossless sentence segmentation for Kazakh and Russian legal text: every paragraph starts a
// sentence; inside one, a sentence ends at . ! ? before a capital or a point label — but not after
// legal abbreviations (`ст.`, `г.`, `ж.`), initials (`Қ. ТОҚАЕВ`) or a lone label (`2.1.`, `Ескерту.`).

export interface Span {
  start: number
  end: number
}

/** Abbreviations (lower case, without the final full stop) that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'ст', 'п', 'пп', 'ч', 'т.е', 'т.д', 'т.п', 'др', 'руб', 'тыс', 'млн', 'млрд', 'им', 'проф', 'см', 'стр', 'обл',
  'ж', 'жж', 'т.б', 'т.с.с', 'қ', 'б', 'бб', 'n', '№', 'ul', 'no', 'mr', 'dr', 'р',
])
/** Words that, alone before their full stop, introduce the sentence that follows. */
const LEAD_WORDS = /^(?:Примечание|Сноска|Ескерту|Ескертпе)$/u
/** What may follow a sentence end: a capital, a digit label, an opening quote or bracket, a letter label. */
const NEXT_STARTS = /^(?:[«"“(]?\p{Lu}|\d|[«"“(]?[а-яa-z][)/]\s)/u
const END = /[.!?…]+[»"”)]*(?=\s)/gu

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

function splitParagraph(text: string, start: number, end: number, spans: Span[]): void {
  const paragraph = text.slice(start, end)
  let sentenceStart = 0
  for (const match of paragraph.matchAll(END)) {
    const stop = match.index + match[0].length
    const next = paragraph.slice(stop).trimStart()
    if (!NEXT_STARTS.test(next)) continue
    const sentence = paragraph.slice(sentenceStart, stop)
    if (!endsSentence(sentence, match[0])) continue
    const nextStart = stop + (paragraph.length - stop - next.length)
    spans.push({ start: start + sentenceStart, end: start + stop })
    sentenceStart = nextStart
  }
  if (sentenceStart < paragraph.length) spans.push({ start: start + sentenceStart, end })
}

function endsSentence(sentence: string, terminator: string): boolean {
  if (!terminator.startsWith('.')) return true
  const body = sentence.slice(0, sentence.length - terminator.length)
  // A label alone (`1.`, `2.1.`, `IV.`, `"1.`) or a lead word (`Ескерту.`) belongs to what follows.
  if (/^\s*["«“]?(?:\d+(?:\.\d+)*|[IVXLC]+)\s*$/u.test(body) || LEAD_WORDS.test(body.trim())) return false
  const lastWord = /([\p{L}.№]+)$/u.exec(body)?.[1] ?? ''
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false
  // An initial: one capital letter after a space or at the start (`О. Бектенов`).
  if (/^\p{Lu}$/u.test(lastWord)) return false
  return true
}
