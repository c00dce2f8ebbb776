// The numbers an OpenDocument text shows before its list items and numbered headings. They are
// not in the text: LibreOffice keeps a Word file's article and point numbers in list styles
// (`text:list-style`) and the headings' numbers in the outline style, and works them out from the
// lists' nesting and continuation, as this does.
import { elements } from './docx-xml.ts'
import { formatListNumber } from './list-numbers.ts'
import type { XmlElement } from '../xml.ts'

interface LevelStyle {
  /** `1`, `a`, `A`, `i`, `I`, a Cyrillic letter, or '' for no number. */
  format: string
  prefix: string
  suffix: string
  /** How many levels the label shows (`2` makes `1.3`). */
  displayLevels: number
  start: number
  /** LibreOffice's own pattern for the whole label (`%1%.%2%)`), when it writes one. */
  pattern: string | null
  /** A bullet's character, for bulleted levels. */
  bullet: string | null
  /** Whether a space separates the label from the text (a bullet drawn with no text has none). */
  spaced: boolean
}

/** Levels 1…10 of a list or outline style, by level number. */
type Levels = Map<number, LevelStyle>

/** LibreOffice numbers lists up to ten levels deep. */
const MAX_LEVEL = 10

export class OdtLists {
  private readonly listStyles = new Map<string, Levels>()
  private readonly outline: Levels
  /** Counters of each list, by the list's identity: a list continued by another shares them. */
  private readonly counters = new Map<string, Array<number | null>>()
  private readonly identityById = new Map<string, string>()
  private readonly lastListByStyle = new Map<string, string>()
  private lastList: string | null = null
  private readonly outlineCounters: Array<number | null> = new Array(MAX_LEVEL + 1).fill(null)
  private fresh = 0

  constructor(...roots: Array<XmlElement | null>) {
    let outline: Levels = new Map()
    for (const root of roots) {
      if (!root) continue
      for (const container of elements(root).filter((child) => child.name === 'office:styles' || child.name === 'office:automatic-styles')) {
        for (const style of elements(container, 'text:list-style')) this.listStyles.set(style.attributes['style:name'] ?? '', levelsOf(style))
        for (const style of elements(container, 'text:outline-style')) outline = levelsOf(style)
      }
    }
    this.outline = outline
  }

  /**
   * Starts a top-level `text:list` and returns its identity: the list it continues
   * (`text:continue-list`, or `text:continue-numbering` for the last list of its style), else a new one.
   */
  openList(list: XmlElement): string {
    const style = list.attributes['text:style-name'] ?? ''
    const continues = list.attributes['text:continue-list']
    let identity: string
    if (continues !== undefined) identity = this.identityById.get(continues) ?? `continued:${continues}`
    else if (list.attributes['text:continue-numbering'] === 'true') identity = this.lastListByStyle.get(style) ?? this.lastList ?? this.newIdentity()
    else identity = this.newIdentity()
    const id = list.attributes['xml:id']
    if (id !== undefined) this.identityById.set(id, identity)
    this.lastListByStyle.set(style, identity)
    this.lastList = identity
    return identity
  }

  /** The label of an item's first paragraph at `level` (1-based) of a list, advancing its counters. */
  itemLabel(identity: string, styleName: string, level: number, item: XmlElement): string {
    const levels = this.listStyles.get(styleName) ?? new Map<number, LevelStyle>()
    const counters = this.countersOf(identity)
    return advance(counters, levels, Math.min(level, MAX_LEVEL), item.attributes['text:start-value'])
  }

  /** The label of a heading at its outline level (none for a heading that asks for none). */
  headingLabel(heading: XmlElement): string {
    if (heading.attributes['text:is-list-header'] === 'true') return ''
    const level = Math.min(Math.max(Number(heading.attributes['text:outline-level'] ?? 1) || 1, 1), MAX_LEVEL)
    const restart = heading.attributes['text:restart-numbering'] === 'true' ? (heading.attributes['text:start-value'] ?? '1') : undefined
    return advance(this.outlineCounters, this.outline, level, restart)
  }

  private countersOf(identity: string): Array<number | null> {
    let counters = this.counters.get(identity)
    if (!counters) {
      counters = new Array(MAX_LEVEL + 1).fill(null)
      this.counters.set(identity, counters)
    }
    return counters
  }

  private newIdentity(): string {
    return `list:${++this.fresh}`
  }
}

/** Moves the counter of `level` on (or to a start value), clears deeper ones, and writes the label. */
function advance(counters: Array<number | null>, levels: Levels, level: number, startValue: string | undefined): string {
  const style = levels.get(level)
  const explicit = startValue === undefined ? NaN : Number(startValue)
  const current = counters[level]
  counters[level] = Number.isInteger(explicit) ? explicit : current === null || current === undefined ? (style?.start ?? 1) : current + 1
  for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = null
  if (!style) return ''
  // A bullet drawn from a symbol font (a private-use or blank character here) means nothing as text.
  if (style.bullet !== null) return style.bullet.trim() === '' || /[\uE000-\uF8FF]/.test(style.bullet) ? '' : style.bullet + (style.spaced ? ' ' : '')
  if (style.format === '' && style.pattern === null) return ''
  const value = (at: number) => formatListNumber(counters[at] ?? levels.get(at)?.start ?? 1, formatName(levels.get(at)?.format ?? '1'))
  let label: string
  if (style.pattern !== null) {
    label = style.pattern.replace(/%(\d+)%/g, (_, digits: string) => (Number(digits) <= level ? value(Number(digits)) : ''))
  } else {
    const first = Math.max(1, level - style.displayLevels + 1)
    const numbers: string[] = []
    for (let at = first; at <= level; at++) numbers.push(value(at))
    label = style.prefix + numbers.join('.') + style.suffix
  }
  return label.trim() === '' ? '' : label + (style.spaced ? ' ' : '')
}

function levelsOf(style: XmlElement): Levels {
  const levels: Levels = new Map()
  for (const level of elements(style)) {
    const number = Number(level.attributes['text:level'] ?? 0)
    if (!Number.isInteger(number) || number < 1 || number > MAX_LEVEL) continue
    const bulleted = level.name === 'text:list-level-style-bullet'
    const numbered = level.name === 'text:list-level-style-number' || level.name === 'text:outline-level-style'
    if (!bulleted && !numbered) continue
    const start = Number(level.attributes['text:start-value'] ?? 1)
    levels.set(number, {
      format: bulleted ? '' : (level.attributes['style:num-format'] ?? ''),
      prefix: level.attributes['style:num-prefix'] ?? '',
      suffix: level.attributes['style:num-suffix'] ?? '',
      displayLevels: Math.max(1, Number(level.attributes['text:display-levels'] ?? 1) || 1),
      start: Number.isInteger(start) && start >= 0 ? start : 1,
      pattern: numbered ? (level.attributes['loext:num-list-format'] ?? null) : null,
      bullet: bulleted ? (level.attributes['text:bullet-char'] ?? '') : null,
      // Even with nothing after it, a label is not glued to the word it numbers (`Статья 1.Цели` reads as no heading).
      spaced: true,
    })
  }
  return levels
}

/** LibreOffice's number formats (`1`, `a`, `A`, `i`, `I`, the Russian letters `а, б, .., аа, бб`) by Word's names. */
function formatName(format: string): string {
  if (format === 'a') return 'lowerLetter'
  if (format === 'A') return 'upperLetter'
  if (format === 'i') return 'lowerRoman'
  if (format === 'I') return 'upperRoman'
  if (/^а/.test(format)) return 'russianLower'
  if (/^А/.test(format)) return 'russianUpper'
  return 'decimal'
}
