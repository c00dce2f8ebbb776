// Parses a clean text into the units of a legal document — title, enactment, notes, preamble,
// sections, articles with their points and subpoints, final clause, signatures, annexes — as a
// lossless tree of [start, end) spans. Documents without articles (an exchange of notes, an
// amending instrument) are parsed into their numbered points. Three passes: classify paragraphs,
// join headings the layout broke over lines, mark text quoted by amendments; then build the tree.
import { headingLabel, isBareHeadingWord, parseHeading } from './headings.ts'
import { classifyParagraph, SIGNED_NAME, splitParagraphs, type Paragraph } from './paragraphs.ts'
import { joinLaidOutParagraphs } from './paragraph-joins.ts'
import { markQuotedText } from './quoted.ts'
import { LETTER_RANGES } from '../text/letter-classes.ts'

export type UnitKind =
  | 'title'
  | 'enactment'
  | 'note'
  | 'in-force'
  | 'preamble'
  | 'section'
  | 'chapter'
  | 'subchapter'
  | 'article'
  | 'point'
  | 'subpoint'
  | 'paragraph'
  | 'final-clause'
  | 'signature'
  | 'certification'
  | 'annex'
  | 'protocol'

export interface Unit {
  id: string
  kind: UnitKind
  /** Comparable number: `5`, `16-1`, `2.1` (sections: roman read as arabic); null when unnumbered. */
  number: string | null
  /** The label as written: `Статья 5`, `5-бап`, `2.1.`, `а)`. */
  label: string | null
  title: string | null
  start: number
  end: number
  children: Unit[]
}

export interface StructureDiagnostic {
  severity: 'info' | 'warning'
  code: string
  message: string
  unit: string
}

export interface DocumentStructure {
  /** Top-level units in document order; together they cover every paragraph. */
  units: Unit[]
  diagnostics: StructureDiagnostic[]
}

/** Longest paragraph before the first article still read as a title rather than preamble. */
const MAX_TITLE_LENGTH = 400

export function parseStructure(text: string): DocumentStructure {
  const paragraphs = markQuotedText(joinBrokenHeadings(joinLaidOutParagraphs(splitParagraphs(text).map(classifyParagraph))))
  const hasArticles = paragraphs.some((p) => p.heading?.kind === 'article')
  const builder = new TreeBuilder()
  let seenBody = false
  for (const [index, paragraph] of paragraphs.entries()) {
    if (builder.inArticle() && isListedProtocol(paragraph, paragraphs[index - 1])) {
      builder.addToArticle({ ...paragraph, role: 'text', heading: null })
      continue
    }
    const heading = paragraph.heading
    if (heading?.kind === 'article') {
      seenBody = true
      builder.openArticle(paragraph, heading.number, heading.title)
    } else if (heading) {
      builder.topLevel(heading.kind, paragraph, heading.number || null, headingLabel(paragraph.text, heading.title), heading.title || null)
    } else if (builder.inArticle() && !endsArticle(paragraph)) {
      builder.addToArticle(paragraph)
    } else if (!hasArticles && paragraph.role === 'point' && !paragraph.quoted) {
      seenBody = true
      builder.openPoint(paragraph)
    } else if (!hasArticles && builder.inPoint() && (paragraph.role === 'subpoint' || paragraph.role === 'text' || paragraph.quoted)) {
      builder.addToPoint(paragraph)
    } else if (builder.openBlockKind() !== null && belongsToBlock(paragraph, builder.openBlockKind()!, seenBody)) {
      builder.addToBlock(paragraph)
    } else {
      const kind = topLevelKind(paragraph, index, seenBody)
      if (kind === 'signature' || kind === 'certification') builder.openBlock(kind, paragraph)
      else builder.topLevel(kind, paragraph, null, paragraph.label, null)
    }
  }
  const units = builder.finish()
  const diagnostics = repairInsertedArticleNumbers(units)
  return { units, diagnostics }
}

/**
 * A protocol's title in an article's list (`являются:` / `Протокол о порядке …` / `Протокол о …`):
 * after a lead-in or another such title it names a document, it does not start one.
 */
function isListedProtocol(paragraph: Paragraph, previous: Paragraph | undefined): boolean {
  return paragraph.protocolTitle === true && previous !== undefined && (previous.protocolTitle === true || /:\s*$/.test(previous.text))
}

/** Longest line of a title the layout put under its chapter or section heading (`Глава I` / `Цели`). */
const MAX_HEADING_TITLE_LENGTH = 200

/**
 * Headings the layout broke over two lines are read as one: `Статья` / `5 Язык` (the number moved
 * down), and `Глава I` / `Цели и принципы` (a chapter's or section's title on the next line).
 */
function joinBrokenHeadings(paragraphs: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = []
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!
    const next = paragraphs[k + 1]
    if (next && isBareHeadingWord(paragraph.text)) {
      const heading = parseHeading(`${paragraph.text.trim()} ${next.text.trim()}`)
      if (heading) {
        joined.push({ ...paragraph, end: next.end, text: `${paragraph.text.trim()} ${next.text.trim()}`, role: 'heading', heading })
        k++
        continue
      }
    }
    const heading = paragraph.heading
    if (next && heading && TITLED_ON_NEXT_LINE.has(heading.kind) && heading.title === '' && isTitleLine(next)) {
      joined.push({ ...paragraph, end: next.end, text: `${paragraph.text} ${next.text.trim()}`, heading: { ...heading, title: next.text.trim() } })
      k++
      continue
    }
    joined.push(paragraph)
  }
  return joined
}

/** Kinds whose title, when on its own line, would otherwise become a unit of its own. */
const TITLED_ON_NEXT_LINE = new Set(['chapter', 'subchapter', 'section', 'annex', 'protocol'])

function isTitleLine(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim()
  return paragraph.role === 'text' && text.length <= MAX_HEADING_TITLE_LENGTH && /^\p{Lu}/u.test(text) && !/[.;:,]$/.test(text)
}

type BlockKind = 'signature' | 'certification'

/**
 * A note's registration number on a line of its own (`N 13/234`, `№ DPT-II-2246-21-2002/BB/35`):
 * it opens the next document of a collection (an exchange of notes after the treaty, each note
 * certified) and ends a signature block or a certification, as a translation's mark (a note) does.
 */
const NOTE_NUMBER = new RegExp(String.raw`^(?:N|№)\s?[${LETTER_RANGES}\d-]*\d[${LETTER_RANGES}\d/-]*$`, 'u')
/** Longest line after a signature or certification still read as part of its block (a name, a post, a place, a date). */
const MAX_BLOCK_LINE_LENGTH = 150

/**
 * What continues a signature block or a certification: after the body of the document, the short
 * lines that follow it (names, posts, places, dates, the second column of interleaved signatures);
 * before it (the President's signature under a ratification law), only a signed name.
 */
function belongsToBlock(paragraph: Paragraph, block: BlockKind, afterBody: boolean): boolean {
  // `Верно:` goes on a certification; a certification after signatures starts its own unit.
  if (paragraph.role === 'certification') return block === 'certification'
  if (paragraph.heading || paragraph.role === 'final-clause' || paragraph.role === 'note') return false
  const text = paragraph.text.trim()
  if (NOTE_NUMBER.test(text)) return false
  if (!afterBody) return SIGNED_NAME.test(text)
  if (paragraph.role === 'signature') return true
  if (paragraph.role !== 'text' && paragraph.role !== 'in-force') return false
  return text.length <= MAX_BLOCK_LINE_LENGTH && (!/[.;]$/.test(text) || SIGNED_NAME.test(text) || text.length <= 40)
}

/** A final clause, a certification or a signature ends the last article rather than belonging to it. */
function endsArticle(paragraph: Paragraph): boolean {
  if (paragraph.quoted) return false
  return paragraph.role === 'final-clause' || paragraph.role === 'certification' || (paragraph.role === 'signature' && !/[.;:,]$/.test(paragraph.text))
}

function topLevelKind(paragraph: Paragraph, index: number, seenBody: boolean): UnitKind {
  switch (paragraph.role) {
    case 'note':
    case 'enactment':
    case 'in-force':
    case 'final-clause':
    case 'signature':
    case 'certification':
      return paragraph.role
    case 'point':
      return 'point'
    case 'subpoint':
      return 'subpoint'
    default:
      if (seenBody) return 'paragraph'
      if (index === 0 || (paragraph.text.length < MAX_TITLE_LENGTH && !/[,;:]$/.test(paragraph.text))) return 'title'
      return 'preamble'
  }
}

class TreeBuilder {
  private units: Unit[] = []
  private article: Unit | null = null
  private point: Unit | null = null
  /** An open signature block or certification, which the short lines after it join. */
  private block: Unit | null = null
  private nextId = 1

  inArticle(): boolean {
    return this.article !== null
  }

  inPoint(): boolean {
    return this.point !== null
  }

  openBlockKind(): BlockKind | null {
    return (this.block?.kind as BlockKind | undefined) ?? null
  }

  openBlock(kind: BlockKind, paragraph: Paragraph): void {
    this.close()
    this.block = this.make(kind, paragraph, null, null, null)
    this.units.push(this.block)
  }

  /** The block stays one unit: its lines are text of it, not children, so it aligns as one pair. */
  addToBlock(paragraph: Paragraph): void {
    this.block!.end = paragraph.end
  }

  openArticle(paragraph: Paragraph, number: string, title: string): void {
    this.close()
    this.article = this.make('article', paragraph, number, headingLabel(paragraph.text, title), title || null)
    this.units.push(this.article)
  }

  /** A numbered paragraph at the top level (documents without articles); `2.1.` goes inside `2.`. */
  openPoint(paragraph: Paragraph): void {
    const number = pointNumber(paragraph.label)
    const parent = this.point
    if (parent && number && parent.number && number.startsWith(parent.number + '.')) {
      parent.children.push(this.make('point', paragraph, number, paragraph.label, null))
      parent.end = paragraph.end
      return
    }
    this.close()
    this.point = this.make('point', paragraph, number, paragraph.label, null)
    this.units.push(this.point)
  }

  addToPoint(paragraph: Paragraph): void {
    const point = this.point!
    const kind: UnitKind = paragraph.role === 'subpoint' ? 'subpoint' : paragraph.role === 'point' ? 'point' : 'paragraph'
    point.children.push(this.make(kind, paragraph, pointNumber(paragraph.label), paragraph.label, null))
    point.end = paragraph.end
  }

  addToArticle(paragraph: Paragraph): void {
    const article = this.article!
    article.end = paragraph.end
    if (paragraph.role === 'point') {
      this.point = this.make('point', paragraph, pointNumber(paragraph.label), paragraph.label, null)
      article.children.push(this.point)
      return
    }
    const kind: UnitKind = paragraph.role === 'subpoint' ? 'subpoint' : paragraph.role === 'note' ? 'note' : 'paragraph'
    const child = this.make(kind, paragraph, pointNumber(paragraph.label), paragraph.label, null)
    if (this.point && kind !== 'note') {
      this.point.children.push(child)
      this.point.end = paragraph.end
    } else {
      article.children.push(child)
    }
  }

  topLevel(kind: UnitKind, paragraph: Paragraph, number: string | null, label: string | null, title: string | null): void {
    this.close()
    this.units.push(this.make(kind, paragraph, number, label, title))
  }

  finish(): Unit[] {
    this.close()
    return this.units
  }

  private close(): void {
    this.article = null
    this.point = null
    this.block = null
  }

  private make(kind: UnitKind, paragraph: Paragraph, number: string | null, label: string | null, title: string | null): Unit {
    return { id: `u${this.nextId++}`, kind, number, label, title, start: paragraph.start, end: paragraph.end, children: [] }
  }
}

/** `2.1.` → `2.1`, `а)` → `а`, `(b)` → `b`. */
function pointNumber(label: string | null): string | null {
  if (!label) return null
  return label.replace(/[()/"«“]/g, '').replace(/\.$/, '').trim() || null
}

/**
 * Inserted articles lose their superscript in the database (`16¹` becomes `161`): where a number
 * is the previous one with one digit appended and the next article continues the count, read it
 * as an inserted article (`16-1`).
 */
function repairInsertedArticleNumbers(units: Unit[]): StructureDiagnostic[] {
  const diagnostics: StructureDiagnostic[] = []
  const articles = units.filter((u) => u.kind === 'article')
  for (let k = 1; k < articles.length; k++) {
    const article = articles[k]!
    const previousBase = baseNumber(articles[k - 1]!.number)
    const raw = article.number ?? ''
    if (previousBase === null || !/^\d+$/.test(raw)) continue
    const value = Number(raw)
    const prefix = String(previousBase)
    const rest = raw.slice(prefix.length)
    if (value === previousBase + 1 || !raw.startsWith(prefix) || !/^[1-9]$/.test(rest)) continue
    const next = baseNumber(articles[k + 1]?.number ?? null)
    if (next !== null && next !== previousBase + 1 && !(articles[k + 1]!.number ?? '').startsWith(prefix)) continue
    article.number = `${prefix}-${rest}`
    diagnostics.push({
      severity: 'info',
      code: 'inserted-article-number',
      message: `"${article.label}" read as article ${article.number} (an inserted article whose superscript was lost).`,
      unit: article.id,
    })
  }
  return diagnostics
}

function baseNumber(number: string | null): number | null {
  const match = /^(\d+)/.exec(number ?? '')
  return match ? Number(match[1]) : null
}

/** Every unit of the tree, depth first. */
export function* walkUnits(units: Unit[]): Generator<Unit> {
  for (const unit of units) {
    yield unit
    yield* walkUnits(unit.children)
  }
}
