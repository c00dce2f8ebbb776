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
    apply: (markdown, side) => renumberArticles(markdown, side, (number) => (side === 'ru' ? `Статья ${toRoman(number)}` : `${toRoman(number)} бап`)),
  },
  {
    name: 'ordinal-numbers',
    description: 'article numbers in ordinal words on one side (`Статья первая`, `Бірінші бап`)',
    sides: ['kk', 'ru'],
    apply: (markdown, side) =>
      renumberArticles(markdown, side, (number, title) => {
        // A lettered insertion (`Статья 1 А`) has no such form: its number stays in digits.
        if (number > 99 || /^\s[A-HА-Е](?:\s|$)/u.test(title)) return null
        return side === 'ru' ? `Статья ${ordinal(number, RUSSIAN)}` : `${capitalised(ordinal(number, KAZAKH))} бап`
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

interface OrdinalWords {
  units: string[]
  /** 10–19 as one word each, where the language has them (Russian). */
  teens?: string[]
  /** The tens as the first word of a compound (`двадцать первая`, `жиырма бірінші`). */
  tens: string[]
  /** The tens' own ordinals (`двадцатая`, `жиырмасыншы`). */
  tenths: string[]
}

/**
 * The markdown with the article headings of one side written anew: `label(number, title)` gives the
 * heading's label (`Статья XXI`, `Жиырма бірінші бап`), or null to leave the heading as it is. Null
 * when no heading changed.
 */
function renumberArticles(markdown: string, side: Side, label: (number: number, title: string) => string | null): string | null {
  return replaceLines(markdown, (lines) => {
    let changed = 0
    const renumbered = lines.map((line) => {
      const match = ARTICLE_HEADING[side].exec(line)
      if (!match) return line
      const [, hashes = '', stars = '', first, second, dot = '', title = ''] = match
      const written = label(Number(side === 'ru' ? second : first), title)
      if (written === null) return line
      changed++
      return `${hashes}${stars}${written}${dot}${title}`
    })
    return changed === 0 ? null : renumbered
  })
}

const RUSSIAN: OrdinalWords = {
  units: ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая'],
  teens: ['десятая', 'одиннадцатая', 'двенадцатая', 'тринадцатая', 'четырнадцатая', 'пятнадцатая', 'шестнадцатая', 'семнадцатая', 'восемнадцатая', 'девятнадцатая'],
  tens: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
  tenths: ['', '', 'двадцатая', 'тридцатая', 'сороковая', 'пятидесятая', 'шестидесятая', 'семидесятая', 'восьмидесятая', 'девяностая'],
}

const KAZAKH: OrdinalWords = {
  units: ['', 'бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы'],
  tens: ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'],
  tenths: ['', 'оныншы', 'жиырмасыншы', 'отызыншы', 'қырқыншы', 'елуінші', 'алпысыншы', 'жетпісінші', 'сексенінші', 'тоқсаныншы'],
}

/** `21` → `двадцать первая` / `жиырма бірінші`: an article's number in words, as older texts write it (1–99). */
function ordinal(number: number, words: OrdinalWords): string {
  const tens = Math.floor(number / 10)
  const units = number % 10
  if (tens === 0) return words.units[units]!
  if (tens === 1 && words.teens) return words.teens[units]!
  return units === 0 ? words.tenths[tens]! : `${words.tens[tens]} ${words.units[units]}`
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}
