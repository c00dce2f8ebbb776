// Variants of a corpus text for the robustness bench: each changes one side of a pair the way real
// documents differ (an omission, extra text, a deleted article, a one-sided certification, a heading
// broken over lines, a testimonium in capitals, roman article numbers, article numbers in ordinal
// words, a wrapped `статьи N.` line).
// They work on the markdown with its gold anchors, so the gold still says which units correspond.
import { toRoman } from '../../aligner/text/roman.ts'

export type Side = 'kk' | 'ru'

export interface Variant {
  name: string
  /** What the variant does, for the bench's table. */
  description: string
  /** The sides it is applied to (one at a time). */
  sides: Side[]
  /**
   * The changed markdown, or null when the document has nothing to change (no testimonium, no
   * arabic headings…). `unit` is the gold unit the variant targets.
   */
  apply: (markdown: string, side: Side, units: GoldUnit[], unit: GoldUnit) => string | null
}

/** A gold unit of a markdown text: its id, and its lines [start, end) (the anchor line included). */
export interface GoldUnit {
  id: string
  start: number
  /** First line of its text (its heading, or the point's first line). */
  heading: number
  end: number
}

const ANCHOR_LINE = /^<a id="(?:an0_)?(st[0-9a-z-]+)"><\/a>\s*$/

/** The gold units of a markdown text with its anchor lines (see anchoredMarkdown). */
export function goldUnits(markdown: string): GoldUnit[] {
  const lines = markdown.split('\n')
  const starts: Array<{ id: string; start: number; heading: number }> = []
  lines.forEach((line, index) => {
    const anchor = ANCHOR_LINE.exec(line.trim())
    if (anchor) starts.push({ id: anchor[1]!, start: index, heading: nextNonBlank(lines, index + 1) })
  })
  return starts.map((unit, k) => ({ ...unit, end: starts[k + 1]?.start ?? lines.length }))
}

function nextNonBlank(lines: string[], from: number): number {
  let index = from
  while (index < lines.length && lines[index]!.trim() === '') index++
  return index
}

/** Non-blank lines of a unit after its heading: its paragraphs. */
function bodyLines(lines: string[], unit: GoldUnit): number[] {
  const body: number[] = []
  for (let index = unit.heading + 1; index < unit.end; index++) if (lines[index]!.trim() !== '') body.push(index)
  return body
}

function replaceLines(markdown: string, change: (lines: string[]) => string[] | null): string | null {
  const changed = change(markdown.split('\n'))
  return changed === null ? null : changed.join('\n')
}

const CERTIFICATION: Record<Side, string[]> = {
  ru: ['Настоящим подтверждаю, что приведенный выше текст является подлинной копией Соглашения, подписанного сторонами.', 'За Генерального Секретаря', 'Юрисконсульт', 'Нью-Йорк'],
  kk: ['Осы арқылы жоғарыда келтірілген мәтіннің тараптар қол қойған Келісімнің түпнұсқа көшірмесі екенін куәландырамын.', 'Бас хатшы үшін', 'Заң кеңесшісі', 'Нью-Йорк'],
}

const TESTIMONIUM: Record<Side, RegExp> = {
  ru: /^(?:\*\*)?(?:Совершено|Составлено)\s/u,
  kk: /(?:жасалды|жасалынды)\.?(?:\*\*)?\s*$/u,
}

const ARTICLE_HEADING: Record<Side, RegExp> = {
  ru: /^(#{1,6}\s+)?(\**)(Статья)\s+(\d+)(\.?)(\s.*)?$/u,
  kk: /^(#{1,6}\s+)?(\**)(\d+)(-бап)(\.?)(\s.*)?$/u,
}

export const VARIANTS: Variant[] = [
  {
    name: 'omission',
    description: 'one version of an article cut to its first paragraph',
    sides: ['kk', 'ru'],
    apply: (markdown, _side, _units, unit) =>
      replaceLines(markdown, (lines) => {
        const body = bodyLines(lines, unit)
        if (body.length < 2) return null
        return lines.filter((_, index) => !body.slice(1).includes(index))
      }),
  },
  {
    name: 'extra-text',
    description: 'three extra paragraphs added to an article on one side',
    sides: ['kk', 'ru'],
    apply: (markdown, _side, units, unit) =>
      replaceLines(markdown, (lines) => {
        // Plain paragraphs of other units: no markup line (heading, anchor, quote, table, code).
        const extra = units
          .filter((other) => other !== unit)
          .flatMap((other) => bodyLines(lines, other).map((index) => lines[index]!))
          .filter((line) => /^[\p{L}\d]/u.test(line) && line.length > 40)
          .slice(0, 3)
        if (extra.length < 3) return null
        return [...lines.slice(0, unit.end), ...extra.flatMap((line) => [line, '']), ...lines.slice(unit.end)]
      }),
  },
  {
    name: 'deleted-article',
    description: 'an article deleted on one side',
    sides: ['kk', 'ru'],
    apply: (markdown, _side, _units, unit) => replaceLines(markdown, (lines) => [...lines.slice(0, unit.start), ...lines.slice(unit.end)]),
  },
  {
    name: 'certification',
    description: 'a certification added after the last article on one side',
    sides: ['kk', 'ru'],
    apply: (markdown, side) => `${markdown.trimEnd()}\n\n${CERTIFICATION[side].join('\n\n')}\n`,
  },
  {
    name: 'broken-heading',
    description: 'a heading broken over two lines',
    sides: ['kk', 'ru'],
    apply: (markdown, side, _units, unit) =>
      replaceLines(markdown, (lines) => {
        const match = ARTICLE_HEADING[side].exec(lines[unit.heading] ?? '')
        if (!match) return null
        const [, hashes = '', stars, first, second, dot, title = ''] = match
        // `Статья` / `5 Язык`, and in Kazakh `5-бап` / `Тіл` (the title on the next line).
        const broken = side === 'ru'
          ? [`${hashes}${stars}${first}${stars}`, '', `${hashes}${stars}${second}${dot}${title}${stars}`.replace(/\*\*\*\*/g, '')]
          : title.trim() === '' ? null : [`${hashes}${stars}${first}${second}${dot}${stars}`, '', `${hashes}${title.trim()}`]
        if (!broken) return null
        return [...lines.slice(0, unit.heading), ...broken, ...lines.slice(unit.heading + 1)]
      }),
  },
  {
    name: 'testimonium-capitals',
    description: 'the testimonium in capitals',
    sides: ['kk', 'ru'],
    apply: (markdown, side) =>
      replaceLines(markdown, (lines) => {
        const at = lines.findLastIndex((line) => TESTIMONIUM[side].test(line.trim()))
        if (at < 0) return null
        return lines.map((line, index) => (index === at ? line.toLocaleUpperCase('ru') : line))
      }),
  },
  {
    name: 'roman-numbers',
    description: 'roman article numbers instead of arabic on one side',
    sides: ['kk', 'ru'],
    apply: (markdown, side) =>
      replaceLines(markdown, (lines) => {
        let changed = 0
        const romanised = lines.map((line) => {
          const match = ARTICLE_HEADING[side].exec(line)
          if (!match) return line
          changed++
          const [, hashes = '', stars, first, second, dot, title = ''] = match
          return side === 'ru' ? `${hashes}${stars}${first} ${toRoman(Number(second))}${dot}${title}` : `${hashes}${stars}${toRoman(Number(first))} бап${dot}${title}`
        })
        return changed === 0 ? null : romanised
      }),
  },
  {
    name: 'ordinal-numbers',
    description: 'article numbers in ordinal words on one side (`Статья первая`, `Бірінші бап`)',
    sides: ['kk', 'ru'],
    apply: (markdown, side) =>
      replaceLines(markdown, (lines) => {
        let changed = 0
        const worded = lines.map((line) => {
          const match = ARTICLE_HEADING[side].exec(line)
          const number = match && Number(side === 'ru' ? match[4] : match[3])
          // A lettered insertion (`Статья 1 А`) has no such form: its number stays in digits.
          if (!match || !number || number > 99 || /^\s[A-HА-Е](?:\s|$)/u.test(match[6] ?? '')) return line
          changed++
          const [, hashes = '', stars, first, , dot, title = ''] = match
          return side === 'ru' ? `${hashes}${stars}${first} ${russianOrdinal(number)}${dot}${title}` : `${hashes}${stars}${capitalised(kazakhOrdinal(number))} бап${dot}${title}`
        })
        return changed === 0 ? null : worded
      }),
  },
  {
    name: 'wrapped-reference',
    description: 'a wrapped line starting with `статьи N.` inside an article',
    sides: ['ru'],
    apply: (markdown, _side, _units, unit) =>
      replaceLines(markdown, (lines) => {
        const body = bodyLines(lines, unit).filter((index) => /[.;:]$/.test(lines[index]!.trim()))
        if (body.length === 0) return null
        const at = body[0]!
        const continuation = `статьи ${unit.id.replace(/^st/, '').replace(/\D.*$/, '') || '2'}. Это положение применяется и далее.`
        return [...lines.slice(0, at), `${lines[at]!.replace(/[.;:]$/, '')} с учетом положений`, continuation, ...lines.slice(at + 1)]
      }),
  },
]

const RUSSIAN_UNITS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая']
const RUSSIAN_TEENS = ['десятая', 'одиннадцатая', 'двенадцатая', 'тринадцатая', 'четырнадцатая', 'пятнадцатая', 'шестнадцатая', 'семнадцатая', 'восемнадцатая', 'девятнадцатая']
const RUSSIAN_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const RUSSIAN_TENTHS = ['', '', 'двадцатая', 'тридцатая', 'сороковая', 'пятидесятая', 'шестидесятая', 'семидесятая', 'восьмидесятая', 'девяностая']

/** `21` → `двадцать первая`: an article's number in words, as older Russian texts write it (1–99). */
function russianOrdinal(number: number): string {
  const tens = Math.floor(number / 10)
  const units = number % 10
  if (tens === 0) return RUSSIAN_UNITS[units]!
  if (tens === 1) return RUSSIAN_TEENS[units]!
  return units === 0 ? RUSSIAN_TENTHS[tens]! : `${RUSSIAN_TENS[tens]} ${RUSSIAN_UNITS[units]}`
}

const KAZAKH_UNITS = ['', 'бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы']
const KAZAKH_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан']
const KAZAKH_TENTHS = ['', 'оныншы', 'жиырмасыншы', 'отызыншы', 'қырқыншы', 'елуінші', 'алпысыншы', 'жетпісінші', 'сексенінші', 'тоқсаныншы']

/** `21` → `жиырма бірінші` (1–99). */
function kazakhOrdinal(number: number): string {
  const tens = Math.floor(number / 10)
  const units = number % 10
  if (tens === 0) return KAZAKH_UNITS[units]!
  return units === 0 ? KAZAKH_TENTHS[tens]! : `${KAZAKH_TENS[tens]} ${KAZAKH_UNITS[units]}`
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}
