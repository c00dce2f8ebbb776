// Finds what must agree between the two versions inside a piece of text: dates (read as dates in
// every form both languages use), references to articles, points and subpoints, content numbers
// (structural labels, dates and references left out), and codes and abbreviations.
import { normaliseNumber, THOUSANDS_SEPARATOR } from '../align/features.ts'
import { matchesIn } from '../text/matches.ts'
import { comparableNumber, parseHeading } from '../structure/headings.ts'
import { toLatinLookalikes } from '../text/lookalikes.ts'
import { SUPERSCRIPT_DIGITS, withInsertedPart } from '../text/superscript.ts'

export interface Found {
  /** Comparable value: `2005-05-24`, `article:26`, `point:2`, `1000000`, `SG(2007)0626`, `UN`. */
  value: string
  /** [start, end) in the text given. */
  start: number
  end: number
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[яй]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуі?і?р', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const QUOTE_OPEN = '[«"“]?'
const QUOTE_CLOSE = '[»"”]?'

const RU_DATE = new RegExp(`${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}\\s+(${RU_MONTHS.join('|')})\\p{L}*\\s+(\\d{4})(?:\\s*(?:года|г\\.))?`, 'giu')
const KK_YEAR = '(\\d{4})\\s*(?:жылғы|жылы|жылдың|ж\\.)'
const KK_DATE = new RegExp(`${KK_YEAR}\\s*${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}\\s*-?\\s*(${KK_MONTHS.join('|')})\\p{L}*`, 'giu')
/** `1965 жылғы наурыз айының 18-інде`, `2005 жылы шілденің 4-і`. */
const KK_DATE_MONTH_FIRST = new RegExp(`${KK_YEAR}\\s+(${KK_MONTHS.join('|')})\\p{L}*\\s+(?:айының\\s+)?(\\d{1,2})(?:-\\p{L}+)?`, 'giu')
/** Days of one month: `с 4 по 8 июля 2005 года`, `22-25 сентября 1969 года`. */
const RU_RANGE = new RegExp(`(\\d{1,2})\\s*(?:[-–—]|по)\\s*(\\d{1,2})\\s+(${RU_MONTHS.join('|')})\\p{L}*\\s+(\\d{4})`, 'giu')
/** Days of two months: `29 февраля - 4 марта 1972 года`. */
const RU_RANGE_TWO_MONTHS = new RegExp(`(\\d{1,2})\\s+(${RU_MONTHS.join('|')})\\p{L}*\\s*(?:[-–—]|по)\\s*(\\d{1,2})\\s+(${RU_MONTHS.join('|')})\\p{L}*\\s+(\\d{4})`, 'giu')
/** `1972 жылғы 29 ақпан–4 наурыз`. */
const KK_RANGE_TWO_MONTHS = new RegExp(`${KK_YEAR}\\s*(\\d{1,2})\\s*-?\\s*(${KK_MONTHS.join('|')})\\p{L}*\\s*[-–—]\\s*(\\d{1,2})\\s*-?\\s*(${KK_MONTHS.join('|')})`, 'giu')
/** `1969 жылғы 22–25 қыркүйек`. */
const KK_RANGE = new RegExp(`${KK_YEAR}\\s*(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})\\s*-?\\s*(${KK_MONTHS.join('|')})`, 'giu')
/** `2005 жылы шілденің 4-ден 8-ге дейін`. */
const KK_RANGE_MONTH_FIRST = new RegExp(`${KK_YEAR}\\s+(${KK_MONTHS.join('|')})\\p{L}*\\s+(\\d{1,2})\\s*-\\s*\\p{L}+\\s+(\\d{1,2})\\s*-\\s*\\p{L}+\\s+дейін`, 'giu')
const NUMERIC_DATE = /(?=\d)(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g
/** `2010.07.15`, as amendment notes in Kazakh write dates. */
const YEAR_FIRST_DATE = /(?=\d)(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])/g

function monthIndex(word: string, months: string[]): number {
  const lower = word.toLowerCase().replace(/i/g, 'і')
  return months.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower)) + 1
}

function iso(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** `«7» июня`, `"7" маусымда`, `24 мая`: a day and month with no year; value `--MM-DD`. */
const RU_DAY_MONTH = new RegExp(`${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}\\s+(${RU_MONTHS.join('|')})\\p{L}*`, 'giu')
const KK_DAY_MONTH = new RegExp(`${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}\\s*-?\\s*(${KK_MONTHS.join('|')})\\p{L}*`, 'giu')

/**
 * A month's name in either language, as the date patterns read them: every date written with a
 * month's name holds one. Most pieces of text hold none, and one look for them spares the ten
 * patterns that would each try every number of the text.
 */
const MONTH_NAME = new RegExp(`(?:${[...RU_MONTHS, ...KK_MONTHS].join('|')})`, 'iu')

export function findDates(text: string): Found[] {
  // Every form of a date has digits (a day, a year).
  if (!/\d/.test(text)) return []
  const named = MONTH_NAME.test(text)
  const full = findFullDates(text, named)
  if (!named) return full
  const partial: Found[] = []
  for (const [pattern, months] of [[RU_DAY_MONTH, RU_MONTHS], [KK_DAY_MONTH, KK_MONTHS]] as const) {
    const inFullDate = overlapsAny(full)
    for (const m of matchesIn(text, pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (inFullDate(start, end)) continue
      partial.push({ value: `--${String(monthIndex(m[2]!, months)).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, start, end })
    }
  }
  return [...full, ...partial].sort((a, b) => a.start - b.start)
}

/**
 * Dates of one side without a counterpart on the other. A date without a year matches a full
 * date with the same month and day (one version may leave the year out).
 */
export function unmatchedDates(side: Found[], other: Found[]): Found[] {
  // The other side's dates, each used once: the first unused one of the same value, else the first
  // of the same month and day written with a year where this one has none, or the other way round
  // (what a search of the list in order finds, looked up instead of searched for).
  const byValue = new PositionsByKey(other, (date) => date.value)
  const byDay = new PositionsByKey(other, (date) => `${date.value.startsWith('--')}|${date.value.slice(-5)}`)
  const used = new Set<number>()
  const missing: Found[] = []
  for (const date of side) {
    const withoutYear = date.value.startsWith('--')
    const index = byValue.first(date.value, used) ?? byDay.first(`${!withoutYear}|${date.value.slice(-5)}`, used)
    if (index === undefined) missing.push(date)
    else used.add(index)
  }
  return missing
}

/** Positions of values in a list by a key, each key's in list order: the first one not yet used is found without a search. */
export class PositionsByKey {
  private readonly positions = new Map<string, number[]>()
  /** Per key, how many of its first positions are known to be used. */
  private readonly skipped = new Map<string, number>()

  constructor(values: Found[], key: (value: Found) => string) {
    values.forEach((value, index) => {
      const list = this.positions.get(key(value))
      if (list) list.push(index)
      else this.positions.set(key(value), [index])
    })
  }

  /** The first position under `key` not in `used`. */
  first(key: string, used: Set<number>): number | undefined {
    const list = this.positions.get(key)
    if (!list) return undefined
    let at = this.skipped.get(key) ?? 0
    while (at < list.length && used.has(list[at]!)) at++
    this.skipped.set(key, at)
    return list[at]
  }
}

type RangeFound = (m: RegExpMatchArray, year: string, month: number, first: string, second: string, secondMonth?: number) => void

/** Dates and ranges written with a month's name, one pattern a pass, in the order that gives the longer forms first. */
function namedDatePasses(text: string, range: RangeFound, add: (value: string, start: number, end: number) => void): Array<() => void> {
  return [
    () => { for (const m of matchesIn(text, RU_RANGE_TWO_MONTHS)) range(m, m[5]!, monthIndex(m[2]!, RU_MONTHS), m[1]!, m[3]!, monthIndex(m[4]!, RU_MONTHS)) },
    () => { for (const m of matchesIn(text, KK_RANGE_TWO_MONTHS)) range(m, m[1]!, monthIndex(m[3]!, KK_MONTHS), m[2]!, m[4]!, monthIndex(m[5]!, KK_MONTHS)) },
    () => { for (const m of matchesIn(text, RU_RANGE)) range(m, m[4]!, monthIndex(m[3]!, RU_MONTHS), m[1]!, m[2]!) },
    () => { for (const m of matchesIn(text, KK_RANGE)) range(m, m[1]!, monthIndex(m[4]!, KK_MONTHS), m[2]!, m[3]!) },
    () => { for (const m of matchesIn(text, KK_RANGE_MONTH_FIRST)) range(m, m[1]!, monthIndex(m[2]!, KK_MONTHS), m[3]!, m[4]!) },
    () => { for (const m of matchesIn(text, RU_DATE)) add(iso(m[3]!, monthIndex(m[2]!, RU_MONTHS), m[1]!), m.index, m.index + m[0].length) },
    () => { for (const m of matchesIn(text, KK_DATE)) add(iso(m[1]!, monthIndex(m[3]!, KK_MONTHS), m[2]!), m.index, m.index + m[0].length) },
    () => { for (const m of matchesIn(text, KK_DATE_MONTH_FIRST)) add(iso(m[1]!, monthIndex(m[2]!, KK_MONTHS), m[3]!), m.index, m.index + m[0].length) },
  ]
}

/**
 * `named`: whether the text holds a month's name (MONTH_NAME); without one only numeric dates are
 * looked for. A date is taken where no earlier pass took its text; one pattern's matches never
 * overlap one another, so each pass looks only at what the passes before it took.
 */
function findFullDates(text: string, named: boolean): Found[] {
  const found: Found[] = []
  let taken: (start: number, end: number) => boolean = () => false
  const add = (value: string, start: number, end: number) => {
    if (!taken(start, end)) found.push({ value, start, end })
  }
  // A range gives both its dates: the first from the range's start to its day, the second from its day to the end.
  const range = (m: RegExpMatchArray, year: string, month: number, first: string, second: string, secondMonth = month) => {
    const start = m.index!
    if (taken(start, start + m[0].length)) return
    const firstEnd = start + m[0].indexOf(first, /^\d{4}/.test(m[0]) ? 4 : 0) + first.length
    found.push({ value: iso(year, month, first), start, end: firstEnd })
    found.push({ value: iso(year, secondMonth, second), start: start + m[0].indexOf(second, firstEnd - start), end: start + m[0].length })
  }
  const numericPasses = [
    () => {
      for (const m of matchesIn(text, NUMERIC_DATE)) {
        const month = Number(m[2])
        if (month >= 1 && month <= 12) add(iso(m[3]!, month, m[1]!), m.index, m.index + m[0].length)
      }
    },
    () => {
      for (const m of matchesIn(text, YEAR_FIRST_DATE)) {
        const month = Number(m[2])
        if (month >= 1 && month <= 12) add(iso(m[1]!, month, m[3]!), m.index, m.index + m[0].length)
      }
    },
  ]
  for (const pass of [...(named ? namedDatePasses(text, range, add) : []), ...numericPasses]) {
    taken = overlapsAny(found)
    pass()
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * One number of a reference: arabic (`5`, `2.1`, `16-1`, a range `13-17`), lettered (`1 А`, `11 B`:
 * an inserted article), or roman (`I`, `IV`, `ІІ` with Cyrillic І): both versions may number the
 * same article differently, so each is compared by its value.
 */
const ARABIC_ITEM = `\\d+(?:[${SUPERSCRIPT_DIGITS}]+|(?:\\.|[ \\u00A0]?[-–][ \\u00A0]?)\\d+)*(?:[ \\u00A0]?[A-HА-Е](?![\\p{L}\\d]))?`
const ROMAN_ITEM = '[IVXLCІХ]+(?:[ \\u00A0]?[-–][ \\u00A0]?[IVXLCІХ]+)?(?![\\p{L}\\d])'
const NUMBER_ITEM = `(?:${ARABIC_ITEM}|${ROMAN_ITEM})\\)?`
const NUMBER_LIST = `(${NUMBER_ITEM}(?:\\s*(?:,|и|және|мен|или|немесе)\\s*${NUMBER_ITEM})*)`
type ReferenceKind = 'article' | 'section' | 'point' | 'subpoint'
// Case matters: a roman numeral is in capitals, so the words are matched in both cases one by one.
// Each pattern opens with a lookahead for its first characters, which the engine scans for; a
// lookbehind first would be tried at every position of the text (five times slower on text without
// references). One pattern per word order, not one per word: each read the text again.
/** Russian references put the word first (`статья 5`, `п. 2`): the word tells the kind, in this order. */
const WORD_FIRST_KINDS: ReferenceKind[] = ['article', 'section', 'subpoint', 'point']
const WORD_FIRST = new RegExp(
  `(?=[СсРрПп])(?<![\\p{L}])(?:([Сс]тат(?:ь[яиеюй]\\p{L}*|ей)|[Сс]т\\.)|([Рр]аздел\\p{L}*)|([Пп]одпункт\\p{L}*|[Пп]п\\.)|([Пп]ункт\\p{L}*|[Пп]\\.))\\s*${NUMBER_LIST}\\)?`,
  'gu',
)
/**
 * Kazakh references put the numbers first and the word after (`5-бап`, `2) тармақша`): the word
 * tells the kind, in this order. The word is optional so that a list of numbers is read once, with
 * or without one; were it required, a list without it would be read again from each of its numbers
 * (a sentence of 10,000 numbers: 16 s). So the list takes a subpoint's bracket (`2)`), and the
 * subpoint's word asks for one behind it or before it.
 */
const NUMBER_FIRST_KINDS: ReferenceKind[] = ['article', 'section', 'subpoint', 'point']
const NUMBER_FIRST = new RegExp(
  `(?=[\\dIVXLCІХ])(?<![\\p{L}\\d])${NUMBER_LIST}(?:(\\s*-?\\s*[Бб]а[пб]\\p{L}*)|(\\s*-?\\s*[Бб]өл[іi]м\\p{L}*)|((?:(?<=\\))|\\))\\s*-?\\s*[Тт]армақша\\p{L}*)|(\\s*-\\s*(?:[Тт]армақ(?!ша)|[Тт]армағ)\\p{L}*))?`,
  'gu',
)

/** `16-1`, `1 А` → `1-A`, `IV` → `4`: the value a reference number is compared by. */
function referenceNumber(item: string): string {
  const bare = item.replace(/[.)]$/, '').replace(/\s*[-–]\s*/g, '-')
  if (/^[IVXLCІХ]+(?:-[IVXLCІХ]+)?$/u.test(bare)) return bare.split('-').map(comparableNumber).join('-')
  return /[A-HА-Е]$/u.test(bare) ? comparableNumber(bare) : withInsertedPart(bare)
}

/** `I-II`, `1 А`: how a reference wrote its number, to find it written alone on the other side. */
export function writtenNumber(text: string, reference: Found): string {
  return text.slice(reference.start, reference.end).replace(/\s*[-–]\s*/g, '-').replace(/\s+/g, ' ')
}

/**
 * Whether a span overlaps any of `spans`, for spans asked about in ascending order of start: one
 * pass over them all, where testing each against every one would be quadratic on a long text
 * (thousands of point labels and numbers in one version read whole).
 */
export function overlapsAny(spans: Found[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let at = 0
  return (start, end) => {
    // Spans ending before this one cannot touch it or any later one.
    while (at < sorted.length && sorted[at]!.end <= start) at++
    return at < sorted.length && sorted[at]!.start < end
  }
}

/**
 * References to articles, sections, points and subpoints, one per number of a list; `value` is
 * `article:N`, `section:N` or `point:N`. Points and subpoints are one kind here: translations
 * often call a subpoint a point (`тармақ` for `подпункт`), and the number is what must agree.
 */
export function findReferences(text: string): Found[] {
  // A reference has a number: digits or a roman numeral.
  if (!/[\dIVXLCІХ]/u.test(text)) return []
  const found: Found[] = []
  // The first pattern's matches never overlap one another; the second's are passed over where they
  // overlap a reference the first found.
  let taken: (start: number, end: number) => boolean = () => false
  const add = (kind: ReferenceKind, list: string, m: RegExpExecArray) => {
    const start = m.index
    const end = m.index + m[0].length
    if (taken(start, end)) return
    const listStart = start + m[0].indexOf(list)
    for (const item of matchesIn(list, NUMBER_ITEMS)) {
      const comparable = kind === 'subpoint' ? 'point' : kind
      const written = item[0].replace(/[.)]$/, '')
      found.push({ value: `${comparable}:${referenceNumber(written)}`, start: listStart + item.index, end: listStart + item.index + written.length })
    }
  }
  for (const m of matchesIn(text, WORD_FIRST)) add(WORD_FIRST_KINDS[m.slice(1, 5).findIndex((word) => word !== undefined)]!, m[5]!, m)
  taken = overlapsAny(found)
  for (const m of matchesIn(text, NUMBER_FIRST)) {
    const kind = m.slice(2).findIndex((word) => word !== undefined)
    if (kind >= 0) add(NUMBER_FIRST_KINDS[kind]!, m[1]!, m)
  }
  return found.sort((a, b) => a.start - b.start)
}

const NUMBER_ITEMS = new RegExp(NUMBER_ITEM, 'gu')

/** A point or subpoint label at the start of a paragraph: structure, not content. */
const LEADING_LABEL = /^\s*["«“]?(?:\(?\d+(?:[.-]\d+)*[.)/](?!\d)|\(?[а-яa-zәіөүұқғңһ][)/]|\([ivx]+\))/iu
/** `5.1 (а) Получатель…`, `2.3 Пайымдау`: a dotted number without a closing dot before a capital or a subpoint. */
const DOTTED_LABEL = /^\s*\d+(?:\.\d+)+(?=\s+[(\p{Lu}])/u
/**
 * A numbered section inside an article, which the structure parser does not take for a heading:
 * `Раздел 1.1 Определения`, `1.1.-бөлім. Анықтама`, `3.2-бөлім.`, and a bare `1.2 Пайымдау`.
 */
const DECIMAL_SECTION = /^\s*(?:(?:Раздел|РАЗДЕЛ|Section)\s+(\d+(?:\.\d+)+)\.?|(\d+(?:\.\d+)+)\.?\s*-?\s*(?:бөл[іi]м|Бөл[іi]м|БӨЛ[ІI]М)\p{L}*\.?|(\d+(?:\.\d+)+)\.?(?=\s+\p{Lu}))/u

/** Where the labels at the start of each paragraph are. */
export function findLabels(text: string): Found[] {
  return paragraphLabels(text).map(({ label }) => label)
}

/**
 * The number of each heading or numbered section a paragraph opens with (`heading:2.4` for
 * `2.4-бөлім`, `heading:5` for `Раздел 5`): the two versions of a heading must agree on it. Article
 * headings are left to the article-level check, which reports a renumbering.
 */
export function findHeadingNumbers(text: string): Found[] {
  return paragraphLabels(text).flatMap(({ label, number }) => (number === null ? [] : [{ ...label, value: `heading:${number}` }]))
}

/** Paragraphs that open with a point or subpoint label, whatever its script (`(b)`, `(Ь)`, `б)`, `2.`). */
export function countListLabels(text: string): number {
  return paragraphLabels(text).filter(({ kind }) => kind === 'label').length
}

/** Bracketed labels inside paragraphs, after the end of a sentence: `… тапсырады. (с) Несие…`. */
export function countInlineLabels(text: string): number {
  // The lookahead first: with the lookbehind first, every position of a long run of spaces would
  // look back over the run (n² steps).
  return [...text.matchAll(/(?=[(\da-zа-яәіөүұқғңһ])(?<=[.;:]\s+)\(?(?:\d{1,2}|[a-zа-яәіөүұқғңһ]|[ivx]{1,4})\)\s/giu)].length
}

/** Labels that stand alone on their line, with no text after them (`2.`, `B.`): a point whose text is missing. */
export function findBareLabels(text: string): Found[] {
  const bare: Found[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const label = /^\s*\(?(?:\d+(?:\.\d+)*|[a-zа-яәіөүұқғңһ])[.)]\s*$/iu.exec(line)
    if (label) bare.push({ value: label[0].trim().replace(/^\(|[.)]$/g, '').toLowerCase(), start: lineStart, end: lineStart + line.length })
    lineStart += line.length + 1
  }
  return bare
}

interface ParagraphLabel {
  label: Found
  kind: 'heading' | 'section' | 'label'
  /** The comparable number of a heading other than an article's, or of a numbered section. */
  number: string | null
}

function paragraphLabels(text: string): ParagraphLabel[] {
  const labels: ParagraphLabel[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const at = (covered: string) => ({ value: covered, start: lineStart, end: lineStart + covered.length })
    // A heading line (`Статья 5. Цель`, `161-бап`) is structure as a whole.
    const heading = parseHeading(line)
    const section = heading ? null : DECIMAL_SECTION.exec(line)
    const label = heading || section ? null : (LEADING_LABEL.exec(line) ?? DOTTED_LABEL.exec(line))
    if (heading) labels.push({ label: at(line), kind: 'heading', number: heading.kind === 'article' || heading.number === '' ? null : heading.number })
    else if (section) labels.push({ label: at(section[0]), kind: 'section', number: (section[1] ?? section[2] ?? section[3])! })
    else if (label) labels.push({ label: at(label[0]), kind: 'label', number: null })
    lineStart += line.length + 1
  }
  return labels
}

/**
 * A number as the text writes it: an identifier with a slash (`15/1`, a boundary point;
 * `13-11656/10567`, a note), an amount with two or more thousands groups and cents whatever the
 * separators (`3,825,000`, `3,825.000,00`), a dotted label (`2.3.1`), or a quantity with
 * thousands groups (`1 000 000`: groups of three after a first group of at most three, so table
 * cells `15000 100` stay two numbers) and a decimal part. Other numbers joined by a hyphen
 * (`04-029-695`, `13-17`) are read one by one: the versions space and dash them differently.
 * At most eight hyphens before a slash: with no bound, a long chain of hyphened numbers with no
 * slash after it would be read again from each of its numbers (n² steps).
 */
const NUMBER = new RegExp(String.raw`\d+(?:-\d+){0,8}(?:\/\d+)+(?:-\d+)*|\d{1,3}(?:[,.]\d{3}(?!\d)){2,}(?:[.,]\d{1,2}(?!\d))?|\d+(?:\.\d+){2,}|\d{1,3}(?:${THOUSANDS_SEPARATOR}\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`, 'g')

/**
 * Numbers of the content, without labels (at the start of every paragraph), dates and references;
 * `labels`: the text's labels when they are known already (findLabels).
 */
export function findNumbers(text: string, skip: Found[] = [], labels?: Found[]): Found[] {
  if (!/\d/.test(text)) return []
  const ignored = overlapsAny([...(labels ?? findLabels(text)), ...skip])
  const found: Found[] = []
  for (const m of matchesIn(text, NUMBER)) {
    const start = m.index
    const end = start + m[0].length
    if (ignored(start, end)) continue
    // One or two digits glued to letters are part of a word, not a quantity: a footnote mark
    // (`ПРАВУ1`), a digit typed for a letter (`3аем`), a code (`USD3`, `С31`). Longer runs are the
    // digits of an identifier (`29595EXIMBK`), which must agree. `N153` is the number sign.
    const glued = /\p{L}/u.test(text[end] ?? '') || (/\p{L}/u.test(text[start - 1] ?? '') && !/(?<!\p{L})[N№]$/u.test(text.slice(Math.max(0, start - 2), start)))
    if (glued && m[0].length <= 2) continue
    // `1,` and `2.` closing a list of numbers are the number; a trailing separator is not part of it.
    const raw = m[0].replace(/[.,]$/, '')
    found.push({ value: numberValue(raw), start, end: start + raw.length })
  }
  return found
}

/** The comparable value of a number as found: identifiers as written, amounts without their separators. */
function numberValue(raw: string): string {
  if (raw.includes('/')) return raw
  const amount = /^(\d{1,3}(?:[,.]\d{3}){2,})(?:[.,](\d{1,2}))?$/.exec(raw)
  if (amount) return String(Number(amount[1]!.replace(/[,.]/g, '')) + Number(`0.${amount[2] ?? '0'}`))
  return /\..*\./.test(raw) ? raw : normaliseNumber(raw)
}

/** Latin-script words and codes (`SG(2007)0626`, `NATO`) and organisation abbreviations, unified. */
// Cyrillic capitals that look Latin may be typed inside a Latin code (`DPT-II-2246/ВВ/35`): read as Latin.
const CODE = /(?=[A-Z])(?:(?<![\p{L}\d])[A-Z][A-Za-z0-9()./\-АВЕКМНОРСТХ]*[A-Za-z0-9)АВЕКМНОРСТХ](?![\p{L}\d])|(?<![\p{L}])[A-Z]{2,}(?![\p{L}]))/gu
// РК/ҚР and МИД/СІМ are left out: one version often spells out what the other abbreviates.
const ABBREVIATIONS: Record<string, string> = {
  ООН: 'UN', БҰҰ: 'UN', СНГ: 'CIS', ТМД: 'CIS', ОБСЕ: 'OSCE', ЕҚЫҰ: 'OSCE', ОДКБ: 'CSTO', ҰҚШҰ: 'CSTO',
  ШОС: 'SCO', ШЫҰ: 'SCO', ЕАЭС: 'EAEU', ЕАЭО: 'EAEU', НАТО: 'NATO',
}
/** The organisations of the table by their full names, which one version may write out (`Біріккен Ұлттар Ұйымы` for `ООН`). */
const FULL_NAMES: Record<string, RegExp> = {
  UN: /Организаци\p{L}*\s+Объединенных\s+Наций|Біріккен\s+Ұлттар\s+Ұйым/iu,
  CIS: /Содружеств\p{L}*\s+Независимых\s+Государств|Тәуелсіз\s+Мемлекеттер\s+Достастығ/iu,
  OSCE: /Организаци\p{L}*\s+по\s+безопасности\s+и\s+сотрудничеству\s+в\s+Европе|Еуропадағы\s+Қауіпсіздік\s+және\s+Ынтымақтастық\s+Ұйым/iu,
  CSTO: /Организаци\p{L}*\s+Договора\s+о\s+коллективной\s+безопасности|Ұжымдық\s+қауіпсіздік\s+туралы\s+шарт\s+Ұйым/iu,
  SCO: /Шанхайск\p{L}*\s+организаци\p{L}*\s+сотрудничества|Шанхай\s+ынтымақтастық\s+ұйым/iu,
  EAEU: /Евразийск\p{L}*\s+экономическ\p{L}*\s+союз|Еуразиялық\s+экономикалық\s+одақ/iu,
}

/** Does the text write out the organisation an abbreviation of the table names (`UN`)? */
export function writesOut(text: string, canonical: string): boolean {
  return FULL_NAMES[canonical]?.test(text) ?? false
}

const ROMAN_NUMERAL = /^[IVXLC]+(?:-[IVXLC]+)?$/
function abbreviationPattern(table: Readonly<Record<string, string>>): RegExp {
  const forms = Object.keys(table).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const firsts = [...new Set(Object.keys(table).map((form) => form[0]!.replace(/[\]\\^-]/g, '\\$&')))].join('')
  // A lookahead for the first letters lets the engine scan for them (see WORD_FIRST).
  const scan = firsts === '' ? '' : `(?=[${firsts}])`
  return new RegExp(`${scan}(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'gu')
}
const DEFAULT_ABBREVIATION = abbreviationPattern(ABBREVIATIONS)

export function findCodes(text: string, table: Readonly<Record<string, string>> = ABBREVIATIONS): Found[] {
  const found: Found[] = []
  const abbreviation = table === ABBREVIATIONS ? DEFAULT_ABBREVIATION : abbreviationPattern(table)
  for (const m of matchesIn(text, CODE)) {
    // A closing bracket belongs to the code only when the code opened one: `SG(2007)0626`, not `ICSID)`.
    const code = m[0].endsWith(')') && !m[0].includes('(') ? m[0].slice(0, -1) : m[0]
    // A Latin form listed in the table (NATO) is read as its entry, below; `N153` is the number
    // sign; `Ic-шараларды` is a Cyrillic word with look-alike letters, not a code.
    if (code in table || /^N\d/.test(code) || /^-\p{Script=Cyrillic}/u.test(text.slice(m.index + code.length, m.index + code.length + 2))) continue
    if (!ROMAN_NUMERAL.test(code) && code.length >= 2) found.push({ value: toLatinLookalikes(code), start: m.index, end: m.index + code.length })
  }
  if (Object.keys(table).length > 0) for (const m of matchesIn(text, abbreviation)) found.push({ value: table[m[0]]!, start: m.index, end: m.index + m[0].length })
  return found.sort((a, b) => a.start - b.start)
}

/** Values of `a` with no counterpart in `b` (multisets): each unmatched occurrence once. */
export function unmatched(a: Found[], b: Found[]): Found[] {
  const left = new Map<string, number>()
  for (const f of b) left.set(f.value, (left.get(f.value) ?? 0) + 1)
  const missing: Found[] = []
  for (const f of a) {
    const n = left.get(f.value) ?? 0
    if (n > 0) left.set(f.value, n - 1)
    else missing.push(f)
  }
  return missing
}
