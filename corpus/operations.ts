// The reviewer's operations on aligned pairs — merge, split, move a sentence, unpair, edit, set
// status or note, accept or revert a repair, re-align — each one transaction recorded in the history.
import { splitSentences } from '../aligner/text/sentences.ts'
import { scoreGroup, sentenceItems } from '../aligner/align/sentences.ts'
import { writeTransaction, sql, sqlValue, type Db } from './database.ts'
import { applySnapshot, pairRows, recordOperation, type RepairState, type Snapshot } from './history.ts'
import { alignedRows, articleTextChanged, followingSentences } from './article-sentences.ts'
import { headingLabelAt } from '../aligner/structure/headings.ts'
import { PAIR_COLUMNS, sideText, type AlignmentTexts, type PairRow, type Side, type SideText, type Status } from './rows.ts'
import { appendAll } from '../aligner/append.ts'

export interface EditContext {
  db: Db
  by: string
  now: () => string
  texts: (alignmentId: number) => AlignmentTexts
  /** Called after a change to repairs, whose texts are cached. */
  textsChanged: (alignmentId: number) => void
}

/**
 * Why an operation was refused, as data the app can put in the reviewer's language (the English
 * `reason` goes with it, for the command line and for codes the app does not know).
 */
export type Refusal =
  | { code: 'no-neighbour'; direction: 'next' | 'previous' }
  | { code: 'side-edited'; side: Side }
  | { code: 'too-few-sentences'; side: Side }
  | { code: 'split-empty' }
  | { code: 'nothing-to-move'; side: Side }
  | { code: 'no-side'; side: Side }
  | { code: 'nothing-to-undo' }
  | { code: 'nothing-to-redo' }
  /** An article change would cut a sentence pair the reviewer confirmed or edited. */
  | { code: 'cuts-reviewed-pair'; pairId: number }
  /** Editing or moving sentences is done on sentence pairs, not on a whole article. */
  | { code: 'article-level' }

export type EditResult = { ok: true; operationId: number; pairs: number[] } | { ok: false; reason: string; refusal?: Refusal }

const fail = (reason: string, refusal?: Refusal): EditResult => (refusal ? { ok: false, reason, refusal } : { ok: false, reason })

function getPair(db: Db, id: number): PairRow | undefined {
  return sql(db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE id = ?`).get(id) as PairRow | undefined
}

/** The pair before or after `row` at its level. */
function neighbour(db: Db, row: PairRow, direction: 'previous' | 'next'): PairRow | undefined {
  const query = direction === 'next'
    ? `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = ? AND seq > ? ORDER BY seq ASC LIMIT 1`
    : `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = ? AND seq < ? ORDER BY seq DESC LIMIT 1`
  return sql(db, query).get(row.alignment_id, row.level, row.seq) as PairRow | undefined
}

/**
 * Stores `written` in place of `removed` (rows with id 0 get new ids) and records the operation.
 * When article pairs change their text, the sentence pairs inside them follow in the same operation.
 */
function commit(ctx: EditContext, alignmentId: number, kind: string, summary: string, removed: PairRow[], written: PairRow[], repairs?: { before: RepairState[]; after: RepairState[] }): EditResult {
  return writeTransaction(ctx.db, () => {
    let nextId = ((sqlValue(ctx.db, 'SELECT max(id) FROM pairs').get() as number | null) ?? 0) + 1
    const stamp = (row: PairRow): PairRow => ({ ...row, id: row.id === 0 ? nextId++ : row.id, updated_at: ctx.now(), updated_by: ctx.by })
    let stamped = written.map(stamp)
    if (articleTextChanged(removed, stamped)) {
      const sentences = followingSentences(ctx.db, ctx.texts(alignmentId), removed, stamped, stamp)
      if (!sentences.ok) return fail(`pair ${sentences.cutPairId} was confirmed or edited and would be cut in two; split or merge it first`, { code: 'cuts-reviewed-pair', pairId: sentences.cutPairId })
      removed = [...removed, ...sentences.removed]
      stamped = [...stamped, ...sentences.written]
    }
    const before: Snapshot = { pairs: removed, repairs: repairs?.before ?? [] }
    const after: Snapshot = { pairs: stamped, repairs: repairs?.after ?? [] }
    if (repairs) {
      applySnapshot(ctx.db, { pairs: [], repairs: [] }, { pairs: [], repairs: after.repairs }, () => ctx.texts(alignmentId))
      ctx.textsChanged(alignmentId)
    }
    applySnapshot(ctx.db, { pairs: removed, repairs: [] }, { pairs: stamped, repairs: [] }, () => ctx.texts(alignmentId))
    const operationId = recordOperation(ctx.db, alignmentId, kind, summary, before, after, ctx.now(), ctx.by)
    return { ok: true as const, operationId, pairs: stamped.map((row) => row.id) }
  })
}

/**
 * A sentence pair as the reviewer left it, with its confidence and reasons worked out again from
 * its text (lengths, shared numbers and names), after the reviewer's own reason.
 */
function rescored(row: PairRow, texts: AlignmentTexts, because: string): PairRow {
  if (row.level !== 'sentence') return { ...row, reasons: JSON.stringify([because]) }
  const items = (side: Side) => {
    const text = edited(row, side)
    if (text !== null) return sentenceItems(text, splitSentences(text, 0, text.length))
    const whole = span(row, side)
    return whole ? sentenceItems(texts[side].clean, splitSentences(texts[side].clean, whole[0], whole[1])) : []
  }
  const ratio = texts.ru.clean.length / Math.max(1, texts.kk.clean.length)
  const score = scoreGroup(items('kk'), items('ru'), ratio)
  return { ...row, confidence: score.confidence, reasons: JSON.stringify([because, ...score.reasons]) }
}

/** Neither side holds any text: the row is gone from the alignment. */
function empty(row: PairRow): boolean {
  return span(row, 'kk') === null && span(row, 'ru') === null && !row.kk_text && !row.ru_text
}

function span(row: PairRow, side: Side): [number, number] | null {
  const start = side === 'kk' ? row.kk_start : row.ru_start
  const end = side === 'kk' ? row.kk_end : row.ru_end
  return start === null || end === null ? null : [start, end]
}

function withSpan(row: PairRow, side: Side, value: [number, number] | null, text: string | null = null): PairRow {
  return side === 'kk'
    ? { ...row, kk_start: value?.[0] ?? null, kk_end: value?.[1] ?? null, kk_text: text }
    : { ...row, ru_start: value?.[0] ?? null, ru_end: value?.[1] ?? null, ru_text: text }
}

function edited(row: PairRow, side: Side): string | null {
  return side === 'kk' ? row.kk_text : row.ru_text
}

const SIDES: Side[] = ['kk', 'ru']
const describe = (row: PairRow) => `pair ${row.id}`

export function merge(ctx: EditContext, pairId: number, direction: 'next' | 'previous'): EditResult {
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  const other = neighbour(ctx.db, row, direction)
  if (!other) return fail(`${describe(row)} has no ${direction} pair to merge with`, { code: 'no-neighbour', direction })
  const [first, second] = direction === 'next' ? [row, other] : [other, row]
  const texts = ctx.texts(row.alignment_id)
  let merged: PairRow = { ...first, confidence: Math.min(first.confidence, second.confidence), reasons: JSON.stringify(['merged by the reviewer']), status: 'auto' }
  for (const side of SIDES) {
    const a = span(first, side)
    const b = span(second, side)
    const joined: [number, number] | null = a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : a ?? b
    const anyEdited = edited(first, side) !== null || edited(second, side) !== null
    const text = anyEdited ? [sideText(first, side, texts), sideText(second, side, texts)].filter(Boolean).join(' ') : null
    merged = withSpan(merged, side, joined, text)
  }
  merged.kk_labels = JSON.stringify([...JSON.parse(first.kk_labels), ...JSON.parse(second.kk_labels)])
  merged.ru_labels = JSON.stringify([...JSON.parse(first.ru_labels), ...JSON.parse(second.ru_labels)])
  if (merged.level === 'sentence') merged = rescored(merged, texts, 'merged by the reviewer')
  return commit(ctx, row.alignment_id, 'merge', `merged pairs ${first.id} and ${second.id}`, [first, second], [merged])
}

/** Where to cut each side: a character offset in the side's text as shown, or a sentence count. */
export interface SplitPoint {
  kk?: { offset: number } | { sentences: number }
  ru?: { offset: number } | { sentences: number }
}

export function split(ctx: EditContext, pairId: number, at: SplitPoint): EditResult {
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  const texts = ctx.texts(row.alignment_id)
  let first: PairRow = { ...row, reasons: JSON.stringify(['split by the reviewer']), status: 'auto' }
  let second: PairRow = { ...row, id: 0, seq: 0, reasons: JSON.stringify(['split by the reviewer']), status: 'auto', note: '', kk_labels: '[]', ru_labels: '[]' }
  let cut = false
  for (const side of SIDES) {
    const point = at[side]
    const whole = span(row, side)
    const text = edited(row, side)
    if (!point) {
      second = withSpan(second, side, null)
      continue
    }
    if (text !== null) {
      if (!('offset' in point)) return fail(`the ${side === 'kk' ? 'Kazakh' : 'Russian'} side was edited; split it at a character position`, { code: 'side-edited', side })
      const offset = clamp(point.offset, 0, text.length)
      // The second part holds typed text only: an empty span where the first one ends, or none
      // when the side was typed into a pair that had no text on it (a 0–0 span there would point
      // back to the document's start and break the order of the pairs).
      first = withSpan(first, side, whole, text.slice(0, offset).trim())
      second = withSpan(second, side, whole ? [whole[1], whole[1]] : null, text.slice(offset).trim())
      cut ||= offset > 0 && offset < text.length
      continue
    }
    if (!whole) {
      second = withSpan(second, side, null)
      continue
    }
    const boundary = 'offset' in point ? cleanOffset(texts[side], whole, point.offset) : sentenceBoundary(texts[side].clean, whole, point.sentences)
    if (boundary === null) return fail(`${describe(row)} has fewer sentences than that on the ${side === 'kk' ? 'Kazakh' : 'Russian'} side`, { code: 'too-few-sentences', side })
    const firstPart = trimSpan(texts[side].clean, whole[0], boundary)
    const secondPart = trimSpan(texts[side].clean, boundary, whole[1])
    first = withSpan(first, side, firstPart)
    second = withSpan(second, side, secondPart)
    cut ||= firstPart !== null && secondPart !== null
  }
  if (!cut) return fail(`that point does not split ${describe(row)}: one part would be empty on both sides`, { code: 'split-empty' })
  const next = neighbour(ctx.db, row, 'next')
  second.seq = next ? (row.seq + next.seq) / 2 : row.seq + 1024
  if (row.level === 'article') [first, second] = withHeadingLabels(first, second, texts)
  else [first, second] = [rescored(first, texts, 'split by the reviewer'), rescored(second, texts, 'split by the reviewer')]
  return commit(ctx, row.alignment_id, 'split', `split ${row.level === 'article' ? 'article ' : ''}pair ${row.id}`, [row], [first, second])
}

/** An article cut at a heading (`Статья 5` glued into article 4): the heading's label goes with the second part. */
function withHeadingLabels(first: PairRow, second: PairRow, texts: AlignmentTexts): [PairRow, PairRow] {
  for (const side of SIDES) {
    const label = headingLabelAt(sideText(second, side, texts))
    if (label === null) continue
    const key = side === 'kk' ? 'kk_labels' : 'ru_labels'
    first = { ...first, [key]: JSON.stringify((JSON.parse(first[key]) as string[]).filter((l) => l !== label)) }
    second = { ...second, [key]: JSON.stringify([label]) }
  }
  return [first, second]
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value))
}

/** Clean-text offset of a position in a span's text as shown (reverted repairs show longer or shorter). */
function cleanOffset(side: SideText, whole: [number, number], shownOffset: number): number {
  let shown = 0
  let clean = whole[0]
  for (const repair of side.reverted) {
    if (repair.clean_start < whole[0] || repair.clean_end > whole[1]) continue
    const plain = repair.clean_start - clean
    if (shownOffset <= shown + plain) return clean + (shownOffset - shown)
    shown += plain + repair.before.length
    clean = repair.clean_end
    if (shownOffset <= shown) return clean
  }
  return clamp(clean + (shownOffset - shown), whole[0], whole[1])
}

function sentenceBoundary(clean: string, whole: [number, number], count: number): number | null {
  const sentences = splitSentences(clean, whole[0], whole[1])
  if (count < 0 || count > sentences.length) return null
  return count === sentences.length ? whole[1] : sentences[count]!.start
}

/** A span without leading and trailing white space, or null when nothing is left. */
function trimSpan(clean: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(clean[start]!)) start++
  while (end > start && /\s/.test(clean[end - 1]!)) end--
  return start < end ? [start, end] : null
}

/** Moves the first sentence of a side to the previous pair, or the last one to the next pair. */
export function moveSentence(ctx: EditContext, pairId: number, side: Side, move: 'first-to-previous' | 'last-to-next'): EditResult {
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  if (row.level === 'article') return fail('sentences are moved between sentence pairs; in an article pair, split or merge instead', { code: 'article-level' })
  if (edited(row, side) !== null) return fail(`the ${side === 'kk' ? 'Kazakh' : 'Russian'} side of ${describe(row)} was edited; merge or split it instead`, { code: 'side-edited', side })
  const whole = span(row, side)
  if (!whole) return fail(`${describe(row)} has no ${side === 'kk' ? 'Kazakh' : 'Russian'} text to move`, { code: 'nothing-to-move', side })
  const target = neighbour(ctx.db, row, move === 'first-to-previous' ? 'previous' : 'next')
  if (!target) return fail(`${describe(row)} has no ${move === 'first-to-previous' ? 'previous' : 'next'} pair`, { code: 'no-neighbour', direction: move === 'first-to-previous' ? 'previous' : 'next' })
  if (edited(target, side) !== null) return fail(`the ${side === 'kk' ? 'Kazakh' : 'Russian'} side of pair ${target.id} was edited; merge or split it instead`, { code: 'side-edited', side })
  const texts = ctx.texts(row.alignment_id)
  const sentences = splitSentences(texts[side].clean, whole[0], whole[1])
  const moving = move === 'first-to-previous' ? sentences[0]! : sentences[sentences.length - 1]!
  const rest = move === 'first-to-previous' ? trimSpan(texts[side].clean, sentences[1]?.start ?? whole[1], whole[1]) : trimSpan(texts[side].clean, whole[0], moving.start)
  const targetSpan = span(target, side)
  const grown: [number, number] = targetSpan ? [Math.min(targetSpan[0], moving.start), Math.max(targetSpan[1], moving.end)] : [moving.start, moving.end]
  const because = 'sentence moved by the reviewer'
  const updatedRow = rescored(withSpan({ ...row, status: 'auto' }, side, rest), texts, because)
  const updatedTarget = rescored(withSpan({ ...target, status: 'auto' }, side, grown), texts, because)
  const summary = `moved a ${side === 'kk' ? 'Kazakh' : 'Russian'} sentence from pair ${row.id} to pair ${target.id}`
  // A row left with no text on either side is removed, not shown as an empty pair.
  return commit(ctx, row.alignment_id, 'move-sentence', summary, [row, target], empty(updatedRow) ? [updatedTarget] : [updatedRow, updatedTarget])
}

/** Splits a pair into a Kazakh-only and a Russian-only pair (1-0 and 0-1). */
export function unpair(ctx: EditContext, pairId: number): EditResult {
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  if (!span(row, 'kk') && row.kk_text === null) return fail(`${describe(row)} has no Kazakh side`, { code: 'no-side', side: 'kk' })
  if (!span(row, 'ru') && row.ru_text === null) return fail(`${describe(row)} has no Russian side`, { code: 'no-side', side: 'ru' })
  const next = neighbour(ctx.db, row, 'next')
  const texts = ctx.texts(row.alignment_id)
  const because = 'unpaired by the reviewer'
  const kkOnly = rescored(withSpan({ ...row, status: 'auto' }, 'ru', null), texts, because)
  const ruOnly = rescored(withSpan({ ...row, id: 0, seq: next ? (row.seq + next.seq) / 2 : row.seq + 1024, status: 'auto', note: '' }, 'kk', null), texts, because)
  return commit(ctx, row.alignment_id, 'unpair', `unpaired pair ${row.id}`, [row], [{ ...kkOnly, ru_labels: '[]' }, { ...ruOnly, kk_labels: '[]' }])
}

/** Halves of UTF-16 surrogate pairs standing alone: UTF-8 (and so SQLite) cannot store them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces the text of one side; the text before stays in the history. */
export function editText(ctx: EditContext, pairId: number, side: Side, typed: string): EditResult {
  // Said here rather than left to the database driver, which would do the same silently.
  const text = typed.replace(LONE_SURROGATE, '\uFFFD')
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  if (row.level === 'article') return fail('an article is edited in its sentence pairs', { code: 'article-level' })
  const texts = ctx.texts(row.alignment_id)
  const whole = span(row, side)
  const original = whole ? sideText({ ...row, kk_text: null, ru_text: null }, side, texts) : ''
  const value = text === original ? null : text
  const updated = rescored(side === 'kk' ? { ...row, kk_text: value } : { ...row, ru_text: value }, texts, 'edited by the reviewer')
  return commit(ctx, row.alignment_id, 'edit', `edited the ${side === 'kk' ? 'Kazakh' : 'Russian'} side of pair ${row.id}`, [row], [updated])
}

export type StatusTarget = { pairId: number } | { fromPairId: number; toPairId: number } | { upToPairId: number }

export function setStatus(ctx: EditContext, target: StatusTarget, status: Status): EditResult {
  const rows = statusRows(ctx.db, target)
  if (!rows.ok) return rows
  const changed = [...rows.rows, ...confirmedWith(ctx.db, rows.rows, status)].filter((row) => row.status !== status)
  if (changed.length === 0) return { ok: true, operationId: 0, pairs: [] }
  const first = rows.rows[0]!
  return commit(ctx, first.alignment_id, 'status', `marked ${changed.length} pair(s) ${status}`, changed, changed.map((row) => ({ ...row, status })))
}

/** Confirming an article pair confirms the sentence pairs inside it. */
function confirmedWith(db: Db, rows: PairRow[], status: Status): PairRow[] {
  const articles = rows.filter((row) => row.level === 'article').map((row) => row.id)
  if (status !== 'confirmed' || articles.length === 0) return []
  // Through the (alignment, level) index: the workspace has no index on parent_id.
  const children = sql(db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = 'sentence' AND parent_id = ? ORDER BY seq`)
  return articles.flatMap((id) => children.all(rows[0]!.alignment_id, id) as PairRow[])
}

function statusRows(db: Db, target: StatusTarget): { ok: true; rows: PairRow[] } | { ok: false; reason: string } {
  const anchorId = 'pairId' in target ? target.pairId : 'upToPairId' in target ? target.upToPairId : target.fromPairId
  const anchor = getPair(db, anchorId)
  if (!anchor) return { ok: false, reason: `pair ${anchorId} does not exist` }
  if ('pairId' in target) return { ok: true, rows: [anchor] }
  const select = `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = ? AND seq BETWEEN ? AND ? ORDER BY seq`
  if ('upToPairId' in target) return { ok: true, rows: sql(db, select).all(anchor.alignment_id, anchor.level, -Infinity, anchor.seq) as PairRow[] }
  const end = getPair(db, target.toPairId)
  if (!end || end.alignment_id !== anchor.alignment_id || end.level !== anchor.level) return { ok: false, reason: `pairs ${target.fromPairId} and ${target.toPairId} are not in the same alignment and level` }
  return { ok: true, rows: sql(db, select).all(anchor.alignment_id, anchor.level, Math.min(anchor.seq, end.seq), Math.max(anchor.seq, end.seq)) as PairRow[] }
}

export function setNote(ctx: EditContext, pairId: number, note: string): EditResult {
  const row = getPair(ctx.db, pairId)
  if (!row) return fail(`pair ${pairId} does not exist`)
  return commit(ctx, row.alignment_id, 'note', `changed the note of pair ${row.id}`, [row], [{ ...row, note }])
}

/** Accepts or reverts one repair of the normaliser; the pairs that show its text are re-indexed. */
export function setRepairState(ctx: EditContext, alignmentId: number, repairId: number, state: 'accepted' | 'reverted'): EditResult {
  const repair = sql(ctx.db, 'SELECT r.id, r.state, r.changed_at, r.changed_by, r.version_id, r.clean_start, r.clean_end FROM repairs r JOIN alignments a ON r.version_id IN (a.kk_version_id, a.ru_version_id) WHERE r.id = ? AND a.id = ?').get(repairId, alignmentId) as
    | (RepairState & { version_id: number; clean_start: number; clean_end: number })
    | undefined
  if (!repair) return fail(`repair ${repairId} is not part of alignment ${alignmentId}`)
  if (repair.state === state) return { ok: true, operationId: 0, pairs: [] }
  const side: Side = sqlValue(ctx.db, 'SELECT kk_version_id FROM alignments WHERE id = ?').get(alignmentId) === repair.version_id ? 'kk' : 'ru'
  const affected = sql(ctx.db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND ${side}_start <= ? AND ${side}_end >= ?`)
    .all(alignmentId, repair.clean_start, repair.clean_end) as PairRow[]
  const before: RepairState = { id: repair.id, state: repair.state, changed_at: repair.changed_at, changed_by: repair.changed_by }
  const after: RepairState = { id: repair.id, state, changed_at: ctx.now(), changed_by: ctx.by }
  return commit(ctx, alignmentId, 'repair', `${state === 'reverted' ? 'reverted' : 'accepted'} repair ${repairId}`, affected, affected, { before: [before], after: [after] })
}

/**
 * Re-aligns the sentence pairs of an alignment (or of the stretch between two pairs) that are not
 * confirmed: each run of unconfirmed pairs between confirmed ones is cut into sentences again and
 * aligned anew, article by article; confirmed pairs stay as they are.
 */
export function realign(ctx: EditContext, alignmentId: number, range?: { fromPairId: number; toPairId: number }): EditResult {
  const texts = ctx.texts(alignmentId)
  const all = sql(ctx.db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = 'sentence' ORDER BY seq`).all(alignmentId) as PairRow[]
  let rows = all
  if (range) {
    const [from, to] = pairRows(ctx.db, [range.fromPairId, range.toPairId])
    if (!from || !to) return fail('the range to re-align names a pair that does not exist')
    rows = rows.filter((row) => row.seq >= Math.min(from.seq, to.seq) && row.seq <= Math.max(from.seq, to.seq))
  }
  const ratio = texts.ru.clean.length / Math.max(1, texts.kk.clean.length)
  const removed: PairRow[] = []
  const written: PairRow[] = []
  for (const stretch of unconfirmedStretches(rows)) {
    // The next pair of the whole alignment, not of the range: new rows must fit before it.
    const next = all[all.indexOf(stretch[stretch.length - 1]!) + 1]
    const seqEnd = next ? next.seq : stretch[stretch.length - 1]!.seq + 1024
    const fresh = realignStretch(stretch, texts, ratio)
    if (fresh === null) continue
    const step = (seqEnd - stretch[0]!.seq) / (fresh.length + 1)
    appendAll(removed, stretch)
    fresh.forEach((row, k) => written.push({ ...row, seq: stretch[0]!.seq + k * step }))
  }
  if (removed.length === 0) return { ok: true, operationId: 0, pairs: [] }
  return commit(ctx, alignmentId, 'realign', `re-aligned ${removed.length} unconfirmed pair(s) into ${written.length}`, removed, written)
}

/** Runs of consecutive pairs that are neither confirmed nor edited (edited text cannot be re-cut). */
function unconfirmedStretches(rows: PairRow[]): PairRow[][] {
  const stretches: PairRow[][] = []
  let current: PairRow[] = []
  for (const row of rows) {
    const fixed = row.status === 'confirmed' || row.kk_text !== null || row.ru_text !== null
    if (fixed) {
      if (current.length > 0) stretches.push(current)
      current = []
    } else {
      current.push(row)
    }
  }
  if (current.length > 0) stretches.push(current)
  return stretches
}

/** New sentence pairs for a stretch, aligned per article; null when nothing would change. */
function realignStretch(stretch: PairRow[], texts: AlignmentTexts, ratio: number): PairRow[] | null {
  const groups = new Map<number | null, PairRow[]>()
  for (const row of stretch) {
    const group = groups.get(row.parent_id)
    if (group) group.push(row)
    else groups.set(row.parent_id, [row])
  }
  const fresh: PairRow[] = []
  for (const [parent, group] of groups) {
    const items = (side: Side) => {
      const spans = group.flatMap((row) => {
        const s = span(row, side)
        return s ? splitSentences(texts[side].clean, s[0], s[1]) : []
      })
      return sentenceItems(texts[side].clean, spans)
    }
    appendAll(fresh, alignedRows(group[0]!, parent, items('kk'), items('ru'), ratio, 're-aligned'))
  }
  const same = fresh.length === stretch.length && fresh.every((row, k) => row.kk_start === stretch[k]!.kk_start && row.kk_end === stretch[k]!.kk_end && row.ru_start === stretch[k]!.ru_start && row.ru_end === stretch[k]!.ru_end)
  return same ? null : fresh
}
