// Recognises the structural headings of Kazakh and Russian legal texts (articles, sections,
// chapters, annexes, protocols) and reads their numbers. Every form a heading takes in the official
// texts is one row of HEADING_FORMS, with examples; numbers are read by one shared grammar.
import { WORD_CHAR } from '../text/letter-classes.ts'
import { toRoman } from '../text/roman.ts'
import { SUPERSCRIPT_DIGITS, withInsertedPart } from '../text/superscript.ts'
import { KAZAKH_ORDINAL, ordinalValue, RUSSIAN_ORDINAL } from './ordinal-numbers.ts'

/** `subchapter`: a code's параграф (`Параграф 2`, `2-параграф`, `§ 2`), between its chapters and its articles. */
export type HeadingKind = 'article' | 'section' | 'chapter' | 'subchapter' | 'annex' | 'protocol'

export interface Heading {
  kind: HeadingKind
  /** The number as written (`5`, `16 1`, `ІІІ`, `1 А`), or '' for an unnumbered annex/protocol. */
  rawNumber: string
  /** Comparable number: arabic, inserted parts joined by '-' (`16-1`, `1-A`), roman turned arabic. */
  number: string
  /** Title on the heading line after the number, if any. */
  title: string
}

/** Roman numerals as written in these texts: Latin I/V/X/L/C mixed with Cyrillic І and Х (`ІV`, `Х`). */
const ROMAN = '[IVXLCІХ]{1,7}'
/**
 * An arabic number with an optional inserted part: `16-1`, `16¹` (raised), `16 1` (a superscript lost), `4-1`, or a
 * lettered insertion `1 А`, `11 В`, `25A` (a lone capital letter, not the first letter of a title).
 */
const ARABIC = `\\d{1,4}(?:[${SUPERSCRIPT_DIGITS}]{1,2}(?![\\d${SUPERSCRIPT_DIGITS}])|\\s?[-‑–]\\s?\\d{1,2}(?!\\d)|\\s\\d{1,2}(?!\\d)|\\s?[A-HА-Е](?!${WORD_CHAR}))?`
/** A lettered insertion after a roman number: `Статья I А` (the roman variant of `Статья 1 А`). */
const ROMAN_LETTERED = `${ROMAN}(?:\\s?[A-HА-Е])?`
const NUMBER = `(?:${ARABIC}|${ROMAN_LETTERED}(?!${WORD_CHAR}))`
/** An annex is numbered or lettered: `Приложение 2`, `Приложение № 2`, `А-қосымша`, `Приложение D`. */
const ANNEX_NUMBER = `(?:\\d{1,3}|${ROMAN}|[A-HА-Е])(?!${WORD_CHAR})`
/** What may follow the number before the title: `Статья 1.`, `Статья 1:`, `1-бап.` */
const AFTER_NUMBER = '\\s*[.:]?'
const TITLE = '(?:\\s+(.*))?'
/** `а` or a Latin `a` look-alike: `15-бaп` occurs in real texts. */
const A = '[аaАA]'
const HYPHEN = '\\s*[-‑–]?\\s*'

interface HeadingForm {
  kind: HeadingKind
  re: RegExp
}

/**
 * The heading forms. The Russian heading word is capitalised or in capitals (`Статья`, `СТАТЬЯ`):
 * `статьи 5.` at the start of a wrapped line is a reference, not a heading. A title never starts in
 * lower case (checked in parseHeading): `8-бап ережелерін …` opens a sentence with a reference.
 */
const HEADING_FORMS: HeadingForm[] = [
  // Статья 5 · Статья 5. Цель · Статья 1: Поправка · СТАТЬЯ 5 · Статья I · Статья 16 1 · Статья 1 А · Article XXVII
  { kind: 'article', re: new RegExp(`^(?:Статья|СТАТЬЯ|Article|ARTICLE)\\s+(${NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // 5-бап Мақсаты · 5 - бап · 1-БАП ЖАЛПЫ ЕРЕЖЕЛЕР · 1-Бап: Түзету · I бап · ІV бап · 4-1-бап · 15-бaп.
  { kind: 'article', re: new RegExp(`^(${NUMBER})${HYPHEN}(?:б${A}п|Б${A}п|Б${A}П)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Раздел II · РАЗДЕЛ 2. Общие положения
  { kind: 'section', re: new RegExp(`^(?:Раздел|РАЗДЕЛ)\\s+(${NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // II бөлім · 2-бөлім · II БӨЛІМ
  { kind: 'section', re: new RegExp(`^(${NUMBER})${HYPHEN}(?:бөл[iі]м|Бөл[iі]м|БӨЛ[IІ]М)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Бөлім II
  { kind: 'section', re: new RegExp(`^(?:Бөл[iі]м|БӨЛ[IІ]М)\\s+(${NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Глава I · ГЛАВА 3. Заключение
  { kind: 'chapter', re: new RegExp(`^(?:Глава|ГЛАВА)\\s+(${NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // I тарау · ІІІ-тарау · 3-ТАРАУ
  { kind: 'chapter', re: new RegExp(`^(${NUMBER})${HYPHEN}(?:тарау|Тарау|ТАРАУ)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // A code's параграф: Параграф 2. Налоговые агенты · ПАРАГРАФ 2 · 2-параграф. Салық агенттері · § 2
  { kind: 'subchapter', re: new RegExp(`^(?:Параграф|ПАРАГРАФ|§)\\s*(${NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  { kind: 'subchapter', re: new RegExp(`^(${NUMBER})${HYPHEN}(?:параграф|Параграф|ПАРАГРАФ)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Приложение · Приложение 2 · Приложение № 2 · Приложение D · ПРИЛОЖЕНИЕ А
  { kind: 'annex', re: new RegExp(`^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\\s+(?:N|№)?\\s*(${ANNEX_NUMBER}))?${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Қосымша · 1-қосымша · А-қосымша · Е қосымша · <В-қосымша> (markup left around it)
  { kind: 'annex', re: new RegExp(`^<?(?:(${ANNEX_NUMBER})${HYPHEN})?(?:[Ққ]осымша|ҚОСЫМША)>?${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Қосымша 2 · ҚОСЫМША № 2
  { kind: 'annex', re: new RegExp(`^(?:Қосымша|ҚОСЫМША)\\s+(?:N|№)?\\s*(${ANNEX_NUMBER})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Numbers as ordinal words: Статья первая · СТАТЬЯ ДВАДЦАТЬ ТРЕТЬЯ. Цели · Бірінші бап · Жиырма үшінші бап
  { kind: 'article', re: new RegExp(`^(?:Статья|СТАТЬЯ)\\s+(${RUSSIAN_ORDINAL})(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  { kind: 'article', re: new RegExp(`^(${KAZAKH_ORDINAL})\\s+(?:б${A}п|Б${A}п|Б${A}П)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // Раздел первый · Бірінші бөлім · Глава вторая · Екінші тарау
  { kind: 'section', re: new RegExp(`^(?:Раздел|РАЗДЕЛ)\\s+(${RUSSIAN_ORDINAL})(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  { kind: 'section', re: new RegExp(`^(${KAZAKH_ORDINAL})\\s+(?:бөл[iі]м|Бөл[iі]м|БӨЛ[IІ]М)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  { kind: 'chapter', re: new RegExp(`^(?:Глава|ГЛАВА)\\s+(${RUSSIAN_ORDINAL})(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  { kind: 'chapter', re: new RegExp(`^(${KAZAKH_ORDINAL})\\s+(?:тарау|Тарау|ТАРАУ)(?!${WORD_CHAR})${AFTER_NUMBER}${TITLE}$`, 'u') },
  // ПРОТОКОЛ · Протокол о … · ХАТТАМА · Хаттама
  { kind: 'protocol', re: /^(?:ПРОТОКОЛ|Протокол|ХАТТАМА|Хаттама)()(?:\s+(.*))?$/u },
]

/**
 * What every heading form opens with: its heading word, or a number or letter (or `<`) and, after
 * nothing but the characters of numbers, spaces and hyphens, a heading word; or one or two words
 * (a Kazakh ordinal, `Жиырма үшінші`) and a heading word. Most lines are no
 * heading (`1. Осы баптың …` is a point); this one scan turns them away before the forms
 * above, each compiled on first use, are tried in turn.
 */
const MAY_BE_HEADING = new RegExp(
  String.raw`^(?:Статья|СТАТЬЯ|Article|ARTICLE|Раздел|РАЗДЕЛ|Бөл|БӨЛ|Глава|ГЛАВА|Параграф|ПАРАГРАФ|§|Приложение|ПРИЛОЖЕНИЕ|[Ққ]осымша|ҚОСЫМША|ПРОТОКОЛ|Протокол|ХАТТАМА|Хаттама)|^[<\dIVXLCІХA-HА-Е][\d${SUPERSCRIPT_DIGITS}\sIVXLCІХA-HА-Е\-‑–]*?(?:[бБ][аaАA][пП]|[бБ][өӨ][лЛ]|[тТ][аА][рР][аА][уУ]|[қҚ][оО][сС][ыЫ][мМ][шШ][аА]|[пП][аА][рР][аА][гГ][рР][аА][фФ])|^[^\s\d]{2,12}(?:\s+[^\s\d]{2,12})?\s+(?:[бБ][аaАA][пП]|[бБ][өӨ][лЛ]|[тТ][аА][рР][аА][уУ])`,
)

/** Heading words that a layout can leave alone on their line, the number following on the next. */
const BARE_HEADING_WORD = /^(?:Статья|СТАТЬЯ|Article|ARTICLE|Глава|ГЛАВА|Раздел|РАЗДЕЛ)\s*$/u

/** Longest line still taken as a heading (titles of articles can be long, body text is longer). */
const MAX_HEADING_LENGTH = 300
/** An annex "heading" longer than this that ends like a sentence is a sentence about an annex. */
const MAX_SENTENCE_LIKE_ANNEX_TITLE = 80

export function parseHeading(line: string): Heading | null {
  const text = line.trim()
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH || !MAY_BE_HEADING.test(text)) return null
  for (const { kind, re } of HEADING_FORMS) {
    const match = re.exec(text)
    if (!match) continue
    let rawNumber = (match[1] ?? '').trim()
    let title = (match[2] ?? '').trim()
    // A title starts with a capital (`Статья 5. Цель`, `5-бап Мақсаты`); `Статья 5 настоящего
    // Соглашения применяется…` and `1-бап жаңа редакцияда` are sentences that begin with a reference.
    if (/^\p{Ll}/u.test(title)) {
      // `Статья 7 В случае …`: the capital read as a lettered insertion opened the title.
      const lettered = /^(.*[\dIVXLCІХ])\s([A-HА-Е])$/u.exec(rawNumber)
      if (!lettered) return null
      rawNumber = lettered[1]!
      title = `${lettered[2]} ${title}`
    }
    if (kind === 'annex' && title.length > MAX_SENTENCE_LIKE_ANNEX_TITLE && /[.;:]$/.test(title)) return null
    if (rawNumber !== '' && !validNumber(rawNumber)) return null
    return { kind, rawNumber, number: comparableNumber(rawNumber), title }
  }
  return null
}

/** A Russian protocol's title opens with a preposition in lower case: `к Соглашению`, `о внесении изменений`. */
const RUSSIAN_PROTOCOL_TITLE = /^(?:ПРОТОКОЛ|Протокол)\s+((?:к|о|об|между)\s.*)$/u
/** A Kazakh title names the protocol last: `Келісімге хаттама`, `… енгізу туралы ХАТТАМА`. */
const KAZAKH_PROTOCOL_TITLE = /^\p{Lu}.{0,250}\s(?:хаттама|Хаттама|ХАТТАМА)$/u

/**
 * A protocol's heading that the heading forms do not read, as a whole paragraph: `ПРОТОКОЛ к
 * Соглашению`, `Протокол о внесении изменений в …`, `Келісімге хаттама`. A title ends with no
 * stop. Whole paragraphs only: a wrapped line may open with `Протокол о …` or end with `… хаттама`
 * in the middle of a sentence, so the line joining never asks this.
 */
export function parseProtocolTitle(paragraph: string): Heading | null {
  const text = paragraph.trim()
  if (text.length > MAX_HEADING_LENGTH || /[.;:,]$/.test(text)) return null
  const russian = RUSSIAN_PROTOCOL_TITLE.exec(text)
  if (russian) return { kind: 'protocol', rawNumber: '', number: '', title: russian[1]! }
  return KAZAKH_PROTOCOL_TITLE.test(text) ? { kind: 'protocol', rawNumber: '', number: '', title: text } : null
}

/** The heading without its title: `Статья 5`, `5-бап`, `II бөлім`. */
export function headingLabel(line: string, title: string): string {
  const label = title ? line.slice(0, line.lastIndexOf(title)) : line
  return label.trim().replace(/[.:\s]+$/u, '')
}

/** Words a heading's label and the start of its title take: `5 - бап Мақсаты` is four. */
const MAX_LABEL_WORDS = 4

/**
 * The label of the heading a text opens with (`Статья 5` of `Статья 5. Цель …`), or null; also
 * when the heading runs into its paragraph (`Статья 5 Экспроприация 1) Инвестиции …`), but not
 * for a sentence opening with a reference (`Статья 5 настоящего Соглашения …`).
 */
export function headingLabelAt(text: string): string | null {
  const line = text.trimStart().split('\n', 1)[0]!.trim()
  const whole = parseHeading(line)
  if (whole) return headingLabel(line, whole.title)
  const words = line.split(/\s+/)
  for (let count = Math.min(MAX_LABEL_WORDS, words.length - 1); count >= 2; count--) {
    const opening = words.slice(0, count).join(' ')
    const heading = parseHeading(opening)
    if (heading && !/^\p{Ll}/u.test(words[count]!)) return headingLabel(opening, heading.title)
  }
  return null
}

/** Is the line a heading word alone (`Статья`), whose number the layout moved to the next line? */
export function isBareHeadingWord(line: string): boolean {
  return BARE_HEADING_WORD.test(line.trim())
}

/** Roman numerals must be well formed (`IIII`, `VX` are not numbers but words or initials), and ordinal words name a number. */
function validNumber(raw: string): boolean {
  // Letters that write no numeral, lettered insertion or separator: ordinal words, which must name a number.
  if (NOT_A_NUMERAL.test(raw)) return ordinalValue(raw) !== null
  const numeral = raw.replace(/\s?[A-HА-Е]$/u, '')
  const roman = romanToArabic(numeral)
  return roman === null || toRoman(roman) === numeral.replace(/І/g, 'I').replace(/Х/g, 'X')
}

/** A character that writes no numeral, lettered insertion or separator: the number is in words. */
const NOT_A_NUMERAL = new RegExp(`[^\\d${SUPERSCRIPT_DIGITS}IVXLCІХA-HА-Е\\s\\-‑–]`, 'u')
/** A number with a raised inserted part: `5¹`. */
const RAISED = new RegExp(`^\\d+[${SUPERSCRIPT_DIGITS}]+$`, 'u')

/** Cyrillic capitals that look like Latin ones, for lettered numbers written in either script. */
const LATIN_LOOKALIKE: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H' }

/** `16 1`, `16-1` and `16¹` → `16-1`; `1 А` and `1A` → `1-A`; `ІІІ` → `3`; `первая` → `1`; a lone letter `Е` → `E`; `5` → `5`. */
export function comparableNumber(raw: string): string {
  if (RAISED.test(raw)) return withInsertedPart(raw)
  const ordinal = ordinalValue(raw)
  if (ordinal !== null) return String(ordinal)
  const latin = raw.replace(/[АВСЕН]/g, (letter) => LATIN_LOOKALIKE[letter]!)
  if (/^[A-H]$/.test(latin)) return latin
  const romanLettered = /^([IVXLCІХ]+)\s?([A-HА-Е])$/u.exec(raw)
  const roman = romanToArabic(romanLettered ? romanLettered[1]! : raw)
  if (roman !== null) return romanLettered ? `${roman}-${LATIN_LOOKALIKE[romanLettered[2]!] ?? romanLettered[2]}` : String(roman)
  return latin.replace(/\s*[-‑–]\s*/g, '-').replace(/(\d)\s?([A-H])$/, '$1-$2').replace(/ /g, '-')
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, І: 1, Х: 10 }

export function romanToArabic(raw: string): number | null {
  if (!/^[IVXLCІХ]+$/u.test(raw)) return null
  let total = 0
  for (let i = 0; i < raw.length; i++) {
    const value = ROMAN_VALUES[raw[i]!]!
    const next = i + 1 < raw.length ? ROMAN_VALUES[raw[i + 1]!]! : 0
    total += value < next ? -value : value
  }
  return total
}
