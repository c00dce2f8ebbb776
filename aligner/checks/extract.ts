// Finds what must agree between the two versions inside a piece of text: dates (read as dates in
// every form both languages use), references to articles, points and subpoints, content numbers
// (structural labels, dates and references left out), and codes and abbreviations.
import { normaliseNumber } from '../align/features.ts'
import { parseHeading } from '../structure/headings.ts'

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
const KK_DATE = new RegExp(`(\\d{4})\\s*(?:жылғы|жылы|ж\\.)\\s*${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}\\s*-?\\s*(${KK_MONTHS.join('|')})\\p{L}*`, 'giu')
/** `1965 жылғы наурыз айының 18-інде`. */
const KK_DATE_MONTH_FIRST = new RegExp(`(\\d{4})\\s*жылғы\\s+(${KK_MONTHS.join('|')})\\s+айының\\s+(\\d{1,2})(?:-\\p{L}+)?`, 'giu')
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g
/** `2010.07.15`, as amendment notes in Kazakh write dates. */
const YEAR_FIRST_DATE = /(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d])/g

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

export function findDates(text: string): Found[] {
  const full = findFullDates(text)
  const partial: Found[] = []
  for (const [pattern, months] of [[RU_DAY_MONTH, RU_MONTHS], [KK_DAY_MONTH, KK_MONTHS]] as const) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (full.some((d) => start < d.end && d.start < end)) continue
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
  const left = [...other]
  const missing: Found[] = []
  for (const date of side) {
    const same = (d: Found) => d.value === date.value || (date.value.startsWith('--') !== d.value.startsWith('--') && d.value.slice(-5) === date.value.slice(-5))
    const at = left.findIndex((d) => d.value === date.value)
    const index = at >= 0 ? at : left.findIndex(same)
    if (index >= 0) left.splice(index, 1)
    else missing.push(date)
  }
  return missing
}

function findFullDates(text: string): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(RU_DATE)) found.push({ value: iso(m[3]!, monthIndex(m[2]!, RU_MONTHS), m[1]!), start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(KK_DATE)) found.push({ value: iso(m[1]!, monthIndex(m[3]!, KK_MONTHS), m[2]!), start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(KK_DATE_MONTH_FIRST)) found.push({ value: iso(m[1]!, monthIndex(m[2]!, KK_MONTHS), m[3]!), start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const month = Number(m[2])
    if (month >= 1 && month <= 12) found.push({ value: iso(m[3]!, month, m[1]!), start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(YEAR_FIRST_DATE)) {
    const month = Number(m[2])
    if (month >= 1 && month <= 12) found.push({ value: iso(m[1]!, month, m[3]!), start: m.index, end: m.index + m[0].length })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** One number (`5`, `2.1`, `16-1`, a range `13-17`) or a list of them (`8, 13-17 и 20`). */
const NUMBER_ITEM = '\\d+(?:(?:\\.|\\s?[-–]\\s?)\\d+)*\\)?'
const NUMBER_LIST = `(${NUMBER_ITEM}(?:\\s*(?:,|и|және|мен|или|немесе)\\s*${NUMBER_ITEM})*)`
const REFERENCES: Array<{ kind: 'article' | 'point' | 'subpoint'; re: RegExp }> = [
  { kind: 'article', re: new RegExp(`(?<![\\p{L}])(?:стать[яиеюй]\\p{L}*|ст\\.)\\s*${NUMBER_LIST}`, 'giu') },
  { kind: 'subpoint', re: new RegExp(`(?<![\\p{L}])(?:подпункт\\p{L}*|пп\\.)\\s*${NUMBER_LIST}\\)?`, 'giu') },
  { kind: 'point', re: new RegExp(`(?<![\\p{L}])(?:пункт\\p{L}*|п\\.)\\s*${NUMBER_LIST}`, 'giu') },
  { kind: 'article', re: new RegExp(`${NUMBER_LIST}\\s*-?\\s*ба[пб]\\p{L}*`, 'giu') },
  { kind: 'subpoint', re: new RegExp(`${NUMBER_LIST}\\)\\s*-?\\s*тармақша\\p{L}*`, 'giu') },
  { kind: 'point', re: new RegExp(`${NUMBER_LIST}\\s*-\\s*(?:тармақ(?!ша)|тармағ)\\p{L}*`, 'giu') },
]

/**
 * References to articles and to points or subpoints, one per number of a list; `value` is
 * `article:N` or `point:N`. Points and subpoints are one kind here: translations often call a
 * subpoint a point (`тармақ` for `подпункт`), and the number is what must agree.
 */
export function findReferences(text: string): Found[] {
  const found: Found[] = []
  for (const { kind, re } of REFERENCES) {
    for (const m of text.matchAll(re)) {
      const start = m.index
      const end = m.index + m[0].length
      if (found.some((f) => start < f.end && f.start < end)) continue
      const list = m[1]!
      const listStart = start + m[0].indexOf(list)
      for (const item of list.matchAll(new RegExp(NUMBER_ITEM, 'g'))) {
        const comparable = kind === 'subpoint' ? 'point' : kind
        const number = item[0].replace(/[.)]$/, '').replace(/\s*[-–]\s*/g, '-')
        found.push({ value: `${comparable}:${number}`, start: listStart + item.index, end: listStart + item.index + number.length })
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** A point or subpoint label at the start of a paragraph: structure, not content. */
const LEADING_LABEL = /^\s*["«“]?(?:\(?\d+(?:[.-]\d+)*[.)/]|\(?[а-яa-zәіөүұқғңһ][)/]|\([ivx]+\))/iu
const NUMBER = /\d+(?:[\u00A0 ]\d{3})*(?:[.,]\d+)?/g

/** Numbers of the content, without labels (at the start of every paragraph), dates and references. */
/** Where the labels at the start of each paragraph are. */
export function findLabels(text: string): Found[] {
  const labels: Found[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    // A heading line (`Статья 5. Цель`, `161-бап`) is structure as a whole.
    const label = parseHeading(line) ? [line] : LEADING_LABEL.exec(line)
    if (label) labels.push({ value: label[0], start: lineStart, end: lineStart + label[0].length })
    lineStart += line.length + 1
  }
  return labels
}

export function findNumbers(text: string, skip: Found[] = []): Found[] {
  const ignored = [...findLabels(text), ...skip]
  const found: Found[] = []
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index
    const end = start + m[0].length
    if (ignored.some((s) => start < s.end && s.start < end)) continue
    // `1,` and `2.` closing a list of numbers are the number; a trailing separator is not part of it.
    const raw = m[0].replace(/[.,]$/, '')
    found.push({ value: normaliseNumber(raw), start, end: start + raw.length })
  }
  return found
}

/** Latin-script words and codes (`SG(2007)0626`, `NATO`) and organisation abbreviations, unified. */
const CODE = /(?<![\p{L}\d])[A-Z][A-Za-z0-9()./-]*[A-Za-z0-9)](?![\p{L}\d])|(?<![\p{L}])[A-Z]{2,}(?![\p{L}])/gu
// РК/ҚР and МИД/СІМ are left out: one version often spells out what the other abbreviates.
const ABBREVIATIONS: Record<string, string> = {
  ООН: 'UN', БҰҰ: 'UN', СНГ: 'CIS', ТМД: 'CIS', ОБСЕ: 'OSCE', ЕҚЫҰ: 'OSCE', ОДКБ: 'CSTO', ҰҚШҰ: 'CSTO',
  ШОС: 'SCO', ШЫҰ: 'SCO', ЕАЭС: 'EAEU', ЕАЭО: 'EAEU', НАТО: 'NATO',
}
const ROMAN_NUMERAL = /^[IVXLC]+(?:-[IVXLC]+)?$/
function abbreviationPattern(table: Readonly<Record<string, string>>): RegExp {
  const forms = Object.keys(table).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'gu')
}
const DEFAULT_ABBREVIATION = abbreviationPattern(ABBREVIATIONS)

export function findCodes(text: string, table: Readonly<Record<string, string>> = ABBREVIATIONS): Found[] {
  const found: Found[] = []
  const abbreviation = table === ABBREVIATIONS ? DEFAULT_ABBREVIATION : abbreviationPattern(table)
  for (const m of text.matchAll(CODE)) {
    // A closing bracket belongs to the code only when the code opened one: `SG(2007)0626`, not `ICSID)`.
    const code = m[0].endsWith(')') && !m[0].includes('(') ? m[0].slice(0, -1) : m[0]
    // A Latin form listed in the table (NATO) is read as its entry, below.
    if (code in table) continue
    if (!ROMAN_NUMERAL.test(code) && code.length >= 2) found.push({ value: code, start: m.index, end: m.index + code.length })
  }
  if (Object.keys(table).length > 0) for (const m of text.matchAll(abbreviation)) found.push({ value: table[m[0]]!, start: m.index, end: m.index + m[0].length })
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
