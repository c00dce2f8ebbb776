// Parses a clean text into the units of a legal document — title, enactment, notes, preamble,
// sections, articles with their points and subpoints, final clause, signatures, annexes — as a
// lossless tree of [start, end) spans. Documents without articles (an exchange of notes) are
// parsed into their numbered paragraphs.
import { classifyParagraph, splitParagraphs, type Paragraph } from './paragraphs.ts'

export type UnitKind =
  | 'title'
  | 'enactment'
  | 'note'
  | 'in-force'
  | 'preamble'
  | 'section'
  | 'chapter'
  | 'article'
  | 'point'
  | 'subpoint'
  | 'paragraph'
  | 'final-clause'
  | 'signature'
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
  const paragraphs = splitParagraphs(text).map(classifyParagraph)
  const hasArticles = paragraphs.some((p) => p.heading?.kind === 'article')
  const builder = new TreeBuilder()
  let seenArticle = false
  for (const [index, paragraph] of paragraphs.entries()) {
    const heading = paragraph.heading
    if (heading?.kind === 'article') {
      seenArticle = true
      builder.openArticle(paragraph, heading.number, heading.title)
    } else if (heading) {
      builder.topLevel(heading.kind, paragraph, heading.number || null, headingLabel(paragraph.text, heading.title), heading.title || null)
    } else if (builder.inArticle() && !endsArticle(paragraph)) {
      builder.addToArticle(paragraph)
    } else if (!hasArticles && paragraph.role === 'point') {
      builder.openPoint(paragraph)
    } else if (!hasArticles && builder.inPoint() && (paragraph.role === 'subpoint' || paragraph.role === 'text')) {
      builder.addToPoint(paragraph)
    } else {
      builder.topLevel(topLevelKind(paragraph, index, seenArticle), paragraph, null, paragraph.label, null)
    }
  }
  const units = builder.finish()
  const diagnostics = repairInsertedArticleNumbers(units)
  return { units, diagnostics }
}

/** The heading without its title: `Статья 5`, `5-бап`, `II бөлім`. */
function headingLabel(line: string, title: string): string {
  const label = title ? line.slice(0, line.lastIndexOf(title)) : line
  return label.trim().replace(/[.\s]+$/u, '')
}

/** A final clause or signature ends the last article rather than belonging to it. */
function endsArticle(paragraph: Paragraph): boolean {
  return paragraph.role === 'final-clause' || (paragraph.role === 'signature' && !/[.;:,]$/.test(paragraph.text))
}

function topLevelKind(paragraph: Paragraph, index: number, seenArticle: boolean): UnitKind {
  switch (paragraph.role) {
    case 'note':
    case 'enactment':
    case 'in-force':
    case 'final-clause':
    case 'signature':
      return paragraph.role
    case 'point':
      return 'point'
    case 'subpoint':
      return 'subpoint'
    default:
      if (seenArticle) return 'paragraph'
      if (index === 0 || (paragraph.text.length < MAX_TITLE_LENGTH && !/[,;:]$/.test(paragraph.text))) return 'title'
      return 'preamble'
  }
}

class TreeBuilder {
  private units: Unit[] = []
  private article: Unit | null = null
  private point: Unit | null = null
  private nextId = 1

  inArticle(): boolean {
    return this.article !== null
  }

  inPoint(): boolean {
    return this.point !== null
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
    point.children.push(this.make(paragraph.role === 'subpoint' ? 'subpoint' : 'paragraph', paragraph, pointNumber(paragraph.label), paragraph.label, null))
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
