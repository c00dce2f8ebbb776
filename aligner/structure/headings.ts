// Recognises the structural headings of Kazakh and Russian legal texts (articles, sections,
// chapters, annexes) and reads their numbers, including inserted articles such as 16-1.

export type HeadingKind = 'article' | 'section' | 'chapter' | 'annex' | 'protocol'

export interface Heading {
  kind: HeadingKind
  /** The number as written (`5`, `16 1`, `ІІІ`), or '' for an unnumbered annex/protocol. */
  rawNumber: string
  /** Comparable number: arabic, inserted parts joined by '-' (`16-1`), roman turned arabic. */
  number: string
  /** Title on the heading line after the number, if any. */
  title: string
}

/** Roman numerals as written in these texts: Latin I/V/X/L/C mixed with Cyrillic І and Х. */
const ROMAN = '[IVXLCІХ]+'
const NUMBER = '\\d+(?:\\s?[-‑–]\\s?\\d+)?(?: \\d{1,2}(?!\\d))?'
/** `а` or a Latin `a` look-alike: `15-бaп` occurs in real texts. */
const A = '[аa]'

const PATTERNS: Array<{ kind: HeadingKind; re: RegExp }> = [
  { kind: 'article', re: new RegExp(`^Стать[яи]\\s+(${NUMBER})\\s*\\.?(?:\\s+(.*))?$`, 'iu') },
  { kind: 'article', re: new RegExp(`^(${NUMBER})\\s*[-‑–]\\s*б${A}п(?![\\p{L}\\p{N}])\\.?(?:\\s+(.*))?$`, 'iu') },
  { kind: 'section', re: new RegExp(`^Раздел\\s+(${ROMAN}|\\d+)\\s*\\.?(?:\\s+(.*))?$`, 'u') },
  { kind: 'section', re: new RegExp(`^(${ROMAN}|\\d+)\\s*[-‑–]?\\s*бөл[iі]м(?![\\p{L}\\p{N}])\\.?(?:\\s+(.*))?$`, 'iu') },
  { kind: 'section', re: new RegExp(`^Бөл[iі]м\\s+(${ROMAN}|\\d+)\\s*\\.?(?:\\s+(.*))?$`, 'u') },
  { kind: 'chapter', re: new RegExp(`^Глава\\s+(${ROMAN}|\\d+)\\s*\\.?(?:\\s+(.*))?$`, 'iu') },
  { kind: 'chapter', re: new RegExp(`^(${ROMAN}|\\d+)\\s*[-‑–]?\\s*тарау(?![\\p{L}\\p{N}])\\.?(?:\\s+(.*))?$`, 'iu') },
  { kind: 'annex', re: /^Приложение(?:\s+(?:N|№)?\s*(\d+))?\s*\.?(?:\s+(.*))?$/u },
  { kind: 'annex', re: /^(?:(\d+)\s*[-‑–]\s*)?[Ққ]осымша\s*\.?(?:\s+(.*))?$/u },
  { kind: 'protocol', re: /^(?:ПРОТОКОЛ|Протокол)(?:\s+(.*))?$/u },
]

/** Longest line still taken as a heading (titles of articles can be long, body text is longer). */
const MAX_HEADING_LENGTH = 300

export function parseHeading(line: string): Heading | null {
  const text = line.trim()
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return null
  for (const { kind, re } of PATTERNS) {
    const match = re.exec(text)
    if (!match) continue
    if (kind === 'protocol') return { kind, rawNumber: '', number: '', title: (match[1] ?? '').trim() }
    const rawNumber = (match[1] ?? '').trim()
    const title = (match[2] ?? '').trim()
    // A title starts with a capital (`Статья 5. Цель`, `5-бап Мақсаты`); `Статья 5 настоящего
    // Соглашения применяется…` and `1-бап жаңа редакцияда` are sentences that begin with a reference.
    if (/^\p{Ll}/u.test(title)) return null
    if (kind === 'annex' && title.length > 0 && /[.;:]$/.test(title) && title.length > 80) return null
    return { kind, rawNumber, number: comparableNumber(rawNumber), title }
  }
  return null
}

/** `16 1` and `16-1` → `16-1`; `ІІІ` → `3`; `5` → `5`. */
export function comparableNumber(raw: string): string {
  const roman = romanToArabic(raw)
  if (roman !== null) return String(roman)
  return raw.replace(/\s*[-‑–]\s*/g, '-').replace(/ /g, '-')
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
