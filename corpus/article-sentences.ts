// When an article pair changes the text it holds (merged, split, unpaired), the sentence pairs
// inside must follow: those of the changed articles are aligned afresh inside the new articles.
// Sentence pairs a reviewer confirmed or edited are kept as they are, under the article that now
// holds them; only the text between them is aligned again.
import { alignSentences, sentenceItems, type SentenceItem } from '../aligner/align/sentences.ts'
import { splitSentences } from '../aligner/text/sentences.ts'
import { sql, type Db } from './database.ts'
import { PAIR_COLUMNS, type AlignmentTexts, type PairRow, type Side } from './rows.ts'
import { appendAll } from '../aligner/append.ts'

export type FollowingSentences =
  | { ok: true; removed: PairRow[]; written: PairRow[] }
  /** A reviewed sentence pair would be cut in two by the new article boundary. */
  | { ok: false; cutPairId: number }

type Span = [number, number]

function spanOf(row: PairRow, side: Side): Span | null {
  const start = side === 'kk' ? row.kk_start : row.ru_start
  const end = side === 'kk' ? row.kk_end : row.ru_end
  return start === null || end === null ? null : [start, end]
}

const SIDES: Side[] = ['kk', 'ru']
const reviewed = (row: PairRow) => row.status === 'confirmed' || row.kk_text !== null || row.ru_text !== null

/** Did the operation move text between article pairs (not just change a status or a note)? */
export function articleTextChanged(removed: PairRow[], written: PairRow[]): boolean {
  const key = (rows: PairRow[]) => rows.filter((row) => row.level === 'article').map((row) => `${row.kk_start}:${row.kk_end}:${row.ru_start}:${row.ru_end}`).join('|')
  return removed.some((row) => row.level === 'article') && key(removed) !== key(written)
}

/**
 * The sentence pairs to remove (those of `oldArticles`) and to write (inside `newArticles`, which
 * carry their final ids), with sequence numbers in the place the old ones held.
 */
export function followingSentences(db: Db, texts: AlignmentTexts, oldArticles: PairRow[], newArticles: PairRow[], stamp: (row: PairRow) => PairRow): FollowingSentences {
  const alignmentId = (oldArticles[0] ?? newArticles[0])!.alignment_id
  const children = oldArticles.length === 0 ? [] : (sql(db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = 'sentence' AND parent_id IN (${oldArticles.map(() => '?').join(', ')}) ORDER BY seq`)
    .all(alignmentId, ...oldArticles.map((row) => row.id)) as PairRow[])
  const articles = [...newArticles].sort((a, b) => a.seq - b.seq)
  const keptBy = new Map<number, PairRow[]>(articles.map((article) => [article.id, []]))
  for (const row of children.filter(reviewed)) {
    const home = articles.find((article) => SIDES.every((side) => inside(spanOf(row, side), spanOf(article, side))) && SIDES.some((side) => spanOf(row, side) !== null))
    if (!home) return { ok: false, cutPairId: row.id }
    keptBy.get(home.id)!.push(row)
  }
  const ratio = texts.ru.clean.length / Math.max(1, texts.kk.clean.length)
  const fresh = articles.flatMap((article) => articleSentences(article, keptBy.get(article.id)!, texts, ratio))
  const [low, high] = seqRoom(db, alignmentId, children, articles)
  const step = (high - low) / (fresh.length + 1)
  const written = fresh.map((row, k) => stamp({ ...row, seq: low + (k + 1) * step }))
  return { ok: true, removed: children, written }
}

function inside(span: Span | null, outer: Span | null): boolean {
  return span === null || (outer !== null && span[0] >= outer[0] && span[1] <= outer[1])
}

/** An article's sentence pairs: the kept ones in their place, the text between them aligned anew. */
function articleSentences(article: PairRow, kept: PairRow[], texts: AlignmentTexts, ratio: number): PairRow[] {
  const rows: PairRow[] = []
  const bounds: Record<Side, number> = { kk: spanOf(article, 'kk')?.[0] ?? 0, ru: spanOf(article, 'ru')?.[0] ?? 0 }
  const alignGap = (until: Record<Side, number>) => {
    const items = (side: Side) => {
      const whole = spanOf(article, side)
      if (!whole) return []
      const start = Math.max(whole[0], bounds[side])
      const end = Math.min(whole[1], until[side])
      return start < end ? sentenceItems(texts[side].clean, splitSentences(texts[side].clean, start, end)) : []
    }
    appendAll(rows, alignedRows(article, article.id, items('kk'), items('ru'), ratio, 're-aligned after an article change'))
  }
  for (const row of kept) {
    const kk = spanOf(row, 'kk')
    const ru = spanOf(row, 'ru')
    alignGap({ kk: kk?.[0] ?? bounds.kk, ru: ru?.[0] ?? bounds.ru })
    rows.push({ ...row, parent_id: article.id })
    bounds.kk = kk?.[1] ?? bounds.kk
    bounds.ru = ru?.[1] ?? bounds.ru
  }
  alignGap({ kk: Number.MAX_SAFE_INTEGER, ru: Number.MAX_SAFE_INTEGER })
  return rows
}

/**
 * New sentence rows (id 0) for the beads the aligner finds between these sentences, under one
 * article; the other columns come from `template`, and `because` opens their reasons.
 */
export function alignedRows(template: PairRow, parentId: number | null, kk: SentenceItem[], ru: SentenceItem[], ratio: number, because: string): PairRow[] {
  const spanOfItems = (spans: Array<{ start: number; end: number }>): Span | null => (spans.length > 0 ? [spans[0]!.start, spans[spans.length - 1]!.end] : null)
  return alignSentences(kk, ru, ratio).map((pair) => sentenceRow(template, parentId, spanOfItems(pair.kk), spanOfItems(pair.ru), pair.confidence, [because, ...pair.reasons]))
}

function sentenceRow(template: PairRow, parentId: number | null, kk: Span | null, ru: Span | null, confidence: number, reasons: string[]): PairRow {
  return {
    ...template,
    id: 0,
    level: 'sentence',
    parent_id: parentId,
    kk_start: kk?.[0] ?? null,
    kk_end: kk?.[1] ?? null,
    ru_start: ru?.[0] ?? null,
    ru_end: ru?.[1] ?? null,
    kk_text: null,
    ru_text: null,
    kk_labels: '[]',
    ru_labels: '[]',
    confidence,
    reasons: JSON.stringify(reasons),
    status: 'auto',
    note: '',
  }
}

/**
 * The open interval of sentence sequence numbers the new sentence pairs go into: where the old
 * ones were, or, when the articles held none, between the neighbouring articles' sentences.
 */
function seqRoom(db: Db, alignmentId: number, children: PairRow[], articles: PairRow[]): [number, number] {
  const before = (seq: number) => sql(db, "SELECT max(seq) AS seq FROM pairs WHERE alignment_id = ? AND level = 'sentence' AND seq < ?").get(alignmentId, seq) as { seq: number | null }
  const after = (seq: number) => sql(db, "SELECT min(seq) AS seq FROM pairs WHERE alignment_id = ? AND level = 'sentence' AND seq > ?").get(alignmentId, seq) as { seq: number | null }
  if (children.length > 0) {
    const first = children[0]!.seq
    const last = children[children.length - 1]!.seq
    return [before(first).seq ?? first - 1024, after(last).seq ?? last + 1024]
  }
  // No sentences yet: after the last sentence of an earlier article, or before every sentence.
  const firstArticle = articles[0]?.seq ?? 0
  const low = (sql(db, "SELECT max(s.seq) AS seq FROM pairs s JOIN pairs a ON s.parent_id = a.id WHERE s.alignment_id = ? AND s.level = 'sentence' AND a.seq < ?").get(alignmentId, firstArticle) as { seq: number | null }).seq
  if (low !== null) return [low, after(low).seq ?? low + 1024]
  const first = after(-Number.MAX_VALUE).seq
  return first === null ? [0, 1024] : [first - 1024, first]
}
