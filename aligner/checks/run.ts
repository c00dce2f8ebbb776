// Checks an aligned pair of documents for the differences a translator must look at: structure,
// numbers, dates, references, codes, language, length, punctuation, brackets and mixed scripts.
import type { AlignedPair, AlignmentResult, PreparedDocument } from '../pipeline.ts'
import { walkUnits, type Unit } from '../structure/parse.ts'
import { amendmentQuotations, isInsideSpans } from '../structure/quoted.ts'
import { lastIndexAtMost } from '../sorted.ts'
import { detectLanguage } from '../language.ts'
import { countInlineLabels, countListLabels, findBareLabels, findCodes, findDates, findHeadingNumbers, findLabels, findNumbers, findReferences, overlapsAny, PositionsByKey, unmatched, unmatchedDates, writesOut, writtenNumber, type Found } from './extract.ts'
import { numbersInWords } from './number-words.ts'
import { scriptCounts, wordsOfBothScripts } from './script-counts.ts'
import { toLatinLookalikes } from '../text/lookalikes.ts'
import type { Finding, FindingKind, Span } from './findings.ts'
import { describeFinding, type FindingDetail } from './messages.ts'
import { appendAll } from '../append.ts'

/** A pair whose length ratio is beyond this factor of the document's ratio may have lost text. */
const LENGTH_FACTOR = 1.9
/** The same for beads that join two sentences (2-1, 1-2, 2-2). */
const MERGED_LENGTH_FACTOR = 1.3
/** Titles whose lengths differ beyond this factor (after the document's ratio) are suspect. */
const TITLE_LENGTH_FACTOR = 2.5
/** Titles shorter than this vary too much in length to judge (`Цель` / `Мақсаты`). */
const TITLE_MIN_CHARACTERS = 20
/** Shorter sides are too short for the length check to mean anything. */
const LENGTH_MIN_CHARACTERS = 100
/** Below this confidence the aligner itself doubts a sentence pair: text unpaired around it may belong to it. */
const UNSURE_PAIR = 0.5
/** Fewest letters a side needs before its language is judged. */
const LANGUAGE_MIN_LETTERS = 40
/** Share of Kazakh words on the Russian side beyond proper names (`Қазақстан Халық Кеңесі`). */
const KAZAKH_WORDS_SHARE = 0.35

const SIDES = ['kk', 'ru'] as const
type Side = (typeof SIDES)[number]

export interface CheckInput {
  result: AlignmentResult
  kk: PreparedDocument
  ru: PreparedDocument
  /** Abbreviations compared across the languages (`ООН` ↔ `БҰҰ`); the built-in table by default. */
  abbreviations?: Readonly<Record<string, string>>
}

/** What a sentence pair's own text decides: re-checked whenever a reviewer changes the pair. */
export const SENTENCE_KINDS: readonly FindingKind[] = ['empty-side', 'date', 'reference', 'number', 'code', 'language', 'length', 'punctuation', 'brackets']

export function checkAlignment(input: CheckInput): Finding[] {
  const findings: Finding[] = []
  const ratio = input.ru.normalized.text.length / Math.max(1, input.kk.normalized.text.length)
  const sentencePairs = input.result.pairs.filter((p) => p.level === 'sentence')
  for (const pair of input.result.pairs) if (pair.level === 'article') appendAll(findings, structureFindings(pair, input))
  const valuesOf = extractionMemo(input.abbreviations)
  const oneSided = oneSidedJudge(input.result.pairs, ratio, valuesOf)
  const documents = { kk: input.kk.normalized.text, ru: input.ru.normalized.text }
  // The sentence pairs hold the whole text of each version: their values are the version's.
  const elsewhere = { kk: distinctiveValues(sentencePairs.map((pair) => valuesOf(pair).kk)), ru: distinctiveValues(sentencePairs.map((pair) => valuesOf(pair).ru)) }
  const position = new Map(sentencePairs.map((p, k) => [p.id, k]))
  const unpairedIn = groupByParent(sentencePairs.filter((p) => isOneSided(p, 'kk') || isOneSided(p, 'ru')))
  // Each group in document order: its pairs' positions, to find those near a pair by binary search.
  const unpairedPositions = new Map([...unpairedIn].map(([parent, group]) => [parent, group.map((p) => position.get(p.id)!)]))
  sentencePairs.forEach((pair, k) => {
    // Where a value missing from this pair may have gone: the pairs next to it, those around it in
    // its article, the pairs the aligner is unsure of around it, and unpaired text of its article
    // (within the budget of STRETCH_LIMIT pairs each way). Gathered only for a pair missing a value.
    const nearby = () => {
      const unpairedNear = pair.parent ? within(unpairedIn.get(pair.parent), unpairedPositions.get(pair.parent), k - STRETCH_LIMIT, k + STRETCH_LIMIT) : []
      const near = [sentencePairs[k - 1], sentencePairs[k + 1], ...unsureStretch(sentencePairs, k), ...unpairedNear,
        ...[sentencePairs[k - 2], sentencePairs[k + 2]].filter((p) => p?.parent === pair.parent)]
        .filter((p): p is AlignedPair => p !== undefined && p !== pair)
      return { kk: mergedValues(near.map((p) => valuesOf(p).kk)), ru: mergedValues(near.map((p) => valuesOf(p).ru)) }
    }
    appendAll(findings, checkSentencePair(pair, ratio, input.abbreviations, { values: valuesOf(pair), nearby, oneSided: oneSided(pair), documents, elsewhere }))
  })
  for (const side of SIDES) {
    appendAll(findings, numberingFindings(input[side], side))
    appendAll(findings, danglingReferenceFindings(input[side], side))
    appendAll(findings, mixedScriptFindings(input[side], side, input.result.pairs))
  }
  return findings
}

/** A finding with its message written from its detail. */
function finding(kind: FindingKind, severity: Finding['severity'], pair: string | null, where: Pick<Finding, 'kk' | 'ru'>, detail: FindingDetail): Finding {
  return { kind, severity, pair, kk: where.kk, ru: where.ru, detail, message: describeFinding(detail) }
}

function span(side: AlignedPair['kk'], found?: Found): Span | null {
  if (side.start < 0) return null
  return found ? { start: side.start + found.start, end: side.start + found.end } : { start: side.start, end: side.end }
}

function at(pair: AlignedPair, side: Side, found: Found): Pick<Finding, 'kk' | 'ru'> {
  return side === 'kk' ? { kk: span(pair.kk, found), ru: span(pair.ru) } : { kk: span(pair.kk), ru: span(pair.ru, found) }
}

/**
 * The checks of one sentence pair (numbers, dates, references, codes, headings, language, length,
 * punctuation, brackets); `ratio` is the document's Russian/Kazakh length ratio. `neighbours` holds
 * the texts of the pairs before and after it in the same article: a value missing here but found
 * there is a pairing question (a note), not a difference between the versions (an error).
 */
export function checkSentencePair(pair: AlignedPair, ratio: number, abbreviations?: Readonly<Record<string, string>>, context: SentenceContext = {}): Finding[] {
  const { neighbours } = context
  const findings: Finding[] = []
  const add = (kind: FindingKind, severity: Finding['severity'], where: Pick<Finding, 'kk' | 'ru'>, detail: FindingDetail) =>
    findings.push(finding(kind, severity, pair.id, where, detail))
  const kkText = pair.kk.text
  const ruText = pair.ru.text
  if (kkText.trim() === '' || ruText.trim() === '') {
    const present: Side = kkText.trim() === '' ? 'ru' : 'kk'
    const why = context.oneSided
    add('empty-side', why ? 'info' : 'warning', { kk: span(pair.kk), ru: span(pair.ru) }, { code: why ?? 'one-sided', side: present })
    return [...findings, ...languageFindings(pair)]
  }
  const texts = { kk: kkText, ru: ruText }
  const extracted = { kk: ownValues(context.values?.kk, kkText, abbreviations), ru: ownValues(context.values?.ru, ruText, abbreviations) }
  cancelReworded(extracted.kk, extracted.ru, ruText)
  cancelReworded(extracted.ru, extracted.kk, kkText)
  const nearby = once(context.nearby ?? (neighbours && (() => ({ kk: extract(neighbours.kk, abbreviations), ru: extract(neighbours.ru, abbreviations) }))))
  for (const kind of ['date', 'reference', 'number', 'code'] as const) {
    const key = kind === 'date' ? 'dates' : kind === 'reference' ? 'references' : kind === 'number' ? 'numbers' : 'codes'
    const missingOn = (side: Side): Found[] => {
      const other = side === 'kk' ? 'ru' : 'kk'
      const unpaired = kind === 'date' ? unmatchedDates(extracted[side].dates, extracted[other].dates) : unmatched(extracted[side][key], extracted[other][key])
      if (unpaired.length === 0) return unpaired
      if (kind === 'code') {
        const otherForm = codeForm(texts[other])
        return unpaired.filter((found) => !holdsCode(otherForm, found.value) && !writesOut(texts[other], found.value))
      }
      if (kind !== 'number') return unpaired
      const inWords = new Set(numbersInWords(texts[other]))
      return withoutSplitNumbers(unpaired, texts[side], extracted[other].numbers).filter((found) => !inWords.has(Number(found.value)))
    }
    const missing = { kk: missingOn('kk'), ru: missingOn('ru') }
    for (const side of SIDES) {
      const other = side === 'kk' ? 'ru' : 'kk'
      // One value on each side where the other has none (`29` / `28 сентября`) in a pair the aligner
      // trusts: the pair itself contradicts, whatever else the document holds.
      const substituted = missing[other].length > 0 && pair.confidence >= UNSURE_PAIR
      for (const found of missing[side]) {
        const value = { what: kind, value: found.value, side }
        const where = at(pair, side, found)
        if (nearby?.()[other][key].some((f) => f.value === found.value)) {
          add(kind, 'info', where, { code: 'missing-value-nearby', ...value })
        } else if (kind === 'code') {
          const inDocument = context.documents && holdsCode(documentCodeForm(context.documents, other), found.value)
          add(kind, inDocument ? 'info' : 'warning', where, { code: inDocument ? 'missing-code-elsewhere' : 'missing-value', ...value })
        } else if (!substituted && context.elsewhere?.[other].has(`${kind}:${found.value}`)) {
          add(kind, 'warning', where, { code: 'missing-value-elsewhere', ...value })
        } else add(kind, 'error', where, { code: 'missing-value', ...value })
      }
    }
  }
  appendAll(findings, languageFindings(pair))
  const kkLength = kkText.length
  const ruLength = ruText.length
  if (Math.min(kkLength, ruLength) >= LENGTH_MIN_CHARACTERS / 2 || Math.max(kkLength, ruLength) >= 3 * LENGTH_MIN_CHARACTERS) {
    const relative = ruLength / Math.max(1, kkLength) / ratio
    // A bead that joins sentences is where a deleted sentence hides: judge it more strictly.
    const factor = pair.kind === '1-1' ? LENGTH_FACTOR : MERGED_LENGTH_FACTOR
    if (relative > factor || relative < 1 / factor) {
      // Lengths vary with wording: a hint where to look, not a sure difference.
      add('length', 'info', { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'shorter', side: relative > 1 ? 'kk' : 'ru', kk: kkLength, ru: ruLength })
    }
  }
  const kkEnd = closing(kkText)
  const ruEnd = closing(ruText)
  if (kkEnd !== ruEnd && kkEnd !== '' && ruEnd !== '') add('punctuation', 'info', { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'ending-differs', kk: kkEnd, ru: ruEnd })
  const kkBalance = unbalanced(kkText)
  const ruBalance = unbalanced(ruText)
  if (kkBalance !== ruBalance) {
    const side: Side = kkBalance ? 'kk' : 'ru'
    add('brackets', 'info', { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'unbalanced', what: (kkBalance || ruBalance) as 'brackets' | 'guillemets' | 'quotes', side })
  }
  return findings
}

/** The value of `make`, made at the first call only (undefined stays undefined). */
function once<T>(make: (() => T) | undefined): (() => T) | undefined {
  if (!make) return undefined
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/** Where a sentence pair sits, for the checks that need more than its own text. */
export interface SentenceContext {
  /** The texts of the pairs around it in the same article. */
  neighbours?: { kk: string; ru: string }
  /** The values of those pairs, read pair by pair once for the whole document (instead of `neighbours`). */
  nearby?: () => Record<Side, Extracted>
  /** The pair's own values, every code included, as read for the pairs it is a neighbour of. */
  values?: Record<Side, Extracted>
  /** The whole clean text of each version. */
  documents?: { kk: string; ru: string }
  /** Values rare enough to tell one place from another (`number:2264`, `date:2004-07-27`), in each whole version. */
  elsewhere?: { kk: Set<string>; ru: Set<string> }
  /** Why text on one side only is probably a pairing question rather than a missing translation. */
  oneSided?: OneSidedReason
}

/** Why text on one side only is a note: the codes of the findings that say so. */
type OneSidedReason = 'one-sided-in-balanced-article' | 'one-sided-beside-other' | 'one-sided-same-values'

const isOneSided = (pair: AlignedPair, side: Side) => pair[side].text.trim() !== '' && pair[side === 'kk' ? 'ru' : 'kk'].text.trim() === ''

/** Sentence pairs by the article-level pair they belong to. */
function groupByParent(pairs: AlignedPair[]): Map<string, AlignedPair[]> {
  const groups = new Map<string, AlignedPair[]>()
  for (const p of pairs) {
    if (!p.parent) continue
    const group = groups.get(p.parent)
    if (group) group.push(p)
    else groups.set(p.parent, [p])
  }
  return groups
}

/** The pairs of `group` whose positions (ascending, one per pair) lie in [from, to]. */
function within(group: AlignedPair[] | undefined, positions: number[] | undefined, from: number, to: number): AlignedPair[] {
  if (!group || !positions || positions.length === 0 || positions[positions.length - 1]! < from) return []
  let first = positions[0]! >= from ? 0 : lastIndexAtMost(positions, from - 1) + 1
  const found: AlignedPair[] = []
  for (; first < positions.length && positions[first]! <= to; first++) found.push(group[first]!)
  return found
}

/** Budget: pairs looked at on each side of an unsure pair; a badly aligned stretch can be the whole document. */
const STRETCH_LIMIT = 20

/** The pairs around an unsure pair (low confidence or one-sided) that the aligner is unsure of too: where its text may have gone. */
function unsureStretch(sentences: AlignedPair[], at: number): AlignedPair[] {
  const unsure = (p: AlignedPair) => isOneSided(p, 'kk') || isOneSided(p, 'ru') || p.confidence < UNSURE_PAIR
  if (!unsure(sentences[at]!)) return []
  let first = at
  let last = at
  while (first > 0 && at - first < STRETCH_LIMIT && unsure(sentences[first - 1]!)) first--
  while (last < sentences.length - 1 && last - at < STRETCH_LIMIT && unsure(sentences[last + 1]!)) last++
  return sentences.slice(first, last + 1)
}

/**
 * Tells text really missing from one version from text the aligner left unpaired. Around a
 * one-sided sentence, the stretch of pairs the aligner is unsure of (one-sided, or of low
 * confidence) is where its counterpart would be: if that stretch also leaves text of the other
 * version unpaired, the two are likely one text, not aligned. Inside an article both versions
 * have, a one-sided sentence is missing text only if the article is too long on its side by
 * about the sentence (it balances much better without it).
 */
function oneSidedJudge(pairs: AlignedPair[], ratio: number, valuesOf: (pair: AlignedPair) => Record<Side, Extracted>): (pair: AlignedPair) => OneSidedReason | undefined {
  const sentences = pairs.filter((p) => p.level === 'sentence')
  const articles = new Map(pairs.filter((p) => p.level === 'article').map((p) => [p.id, p]))
  const imbalance = (kk: number, ru: number) => Math.abs(Math.log(Math.max(1, ru) / Math.max(1, kk) / ratio))
  const index = new Map(sentences.map((p, k) => [p.id, k]))
  // Per article, whether some of its text is unpaired on each side.
  const unpairedSides = new Map<string, Set<Side>>()
  // The dates and long numbers of each unpaired text, to find the same text placed elsewhere: every
  // two values one unpaired text holds together.
  const unpairedValuePairs = { kk: new Set<string>(), ru: new Set<string>() }
  for (const p of sentences) {
    for (const side of SIDES) {
      if (!isOneSided(p, side)) continue
      if (p.parent) unpairedSides.set(p.parent, (unpairedSides.get(p.parent) ?? new Set()).add(side))
      for (const key of valuePairs(distinctiveValues([valuesOf(p)[side]]))) unpairedValuePairs[side].add(key)
    }
  }
  return (pair) => {
    const side: Side | null = isOneSided(pair, 'kk') ? 'kk' : isOneSided(pair, 'ru') ? 'ru' : null
    const at = index.get(pair.id)
    if (!side || at === undefined) return undefined
    const other: Side = side === 'kk' ? 'ru' : 'kk'
    const besideOther = (pair.parent !== undefined && unpairedSides.get(pair.parent)?.has(other)) || unsureStretch(sentences, at).some((p) => isOneSided(p, other))
    if (besideOther) return 'one-sided-beside-other'
    // Two shared values (a note citing the same amending law by date and number), not one: a
    // treaty's own date recurs in titles, notes and certifications alike.
    if (valuePairs(distinctiveValues([valuesOf(pair)[side]])).some((key) => unpairedValuePairs[other].has(key))) return 'one-sided-same-values'
    const parent = pair.parent ? articles.get(pair.parent) : undefined
    if (!parent || isOneSided(parent, side) || parent.confidence < UNSURE_PAIR) return undefined
    const kk = parent.kk.text.length
    const ru = parent.ru.text.length
    const length = pair[side].text.length
    const without = side === 'kk' ? imbalance(kk - length, ru) : imbalance(kk, ru - length)
    return without < imbalance(kk, ru) / 2 ? undefined : 'one-sided-in-balanced-article'
  }
}

/**
 * Every two of a text's distinctive values, as one key each (in sorted order): two texts share two
 * values when they share a key. A text with many values (a table's row of figures) counts by its
 * first VALUES_PAIRED, so that the keys of a long table stay few.
 */
function valuePairs(values: Set<string>): string[] {
  const sorted = [...values].slice(0, VALUES_PAIRED).sort()
  const keys: string[] = []
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) keys.push(`${sorted[i]}\u0000${sorted[j]}`)
  return keys
}

/** Values of one text that take part in value pairs: a sentence rarely holds more dates and long numbers. */
const VALUES_PAIRED = 32

/**
 * The dates and numbers of a whole version (the values of all its pairs) that identify one place:
 * full dates, and numbers of three digits or more or identifiers (`2264`, `15/1`). Small numbers
 * recur everywhere.
 */
function distinctiveValues(pairValues: Extracted[]): Set<string> {
  const distinct = new Set<string>()
  for (const { dates, numbers } of pairValues) {
    for (const date of dates) if (!date.value.startsWith('--')) distinct.add(`date:${date.value}`)
    for (const number of numbers) if (/[/]|\..*\./.test(number.value) || Number(number.value) >= 100) distinct.add(`number:${number.value}`)
  }
  return distinct
}

/**
 * Numbers that are one number split by a stray separator (`3,825, 000` for `3,825,000`): adjacent
 * numbers with only separators between them whose digits, run together, are a number of the
 * other side. They are the same content, so they go.
 */
function withoutSplitNumbers(missing: Found[], text: string, other: Found[]): Found[] {
  const digits = (value: string) => value.replace(/\D/g, '')
  const otherDigits = new Set(other.map((f) => digits(f.value)))
  let longest = 0
  for (const value of otherDigits) longest = Math.max(longest, value.length)
  // Where the run of adjacent numbers (only separators between them) that starts at each number ends.
  const runEnd = missing.map((_, k) => k)
  for (let k = missing.length - 2; k >= 0; k--) {
    if (/^[\s,.\u00A0]*$/u.test(text.slice(missing[k]!.end, missing[k + 1]!.start))) runEnd[k] = runEnd[k + 1]!
  }
  const kept: Found[] = []
  for (let k = 0; k < missing.length; k++) {
    const end = runEnd[k]!
    if (end > k && otherDigits.has(runDigits(missing, k, end, text, digits, longest))) {
      k = end
      continue
    }
    kept.push(missing[k]!)
  }
  return kept
}

/** The digits of numbers k…end run together, or '' once they are longer than any number of the other side. */
function runDigits(missing: Found[], k: number, end: number, text: string, digits: (value: string) => string, longest: number): string {
  let joined = ''
  for (let at = k; at <= end; at++) {
    joined += digits(text.slice(missing[at]!.start, missing[at]!.end))
    if (joined.length > longest) return ''
  }
  return joined
}

/**
 * A text as codes are compared in it: look-alike letters in Latin (a code written on the other side
 * in the other script's look-alikes, `СОМІАС` for `COMIAC`), initials and codes closed up.
 */
function codeForm(text: string): string {
  // `N. Ү.` is `N.Y.`: initials and abbreviations are spaced differently.
  // `USD 3,825` holds `USD3`; `LG` is `L.G`.
  return toLatinLookalikes(text).replace(/(?<=\b\p{Lu})\.\s+(?=\p{Lu}\b)/gu, '.').replace(/(?<=\p{Lu})\s+(?=\d)/gu, '')
}

/**
 * The code form of a whole version, made once per check run (the documents object is the run's):
 * made for each code missing from a pair, it cost a pass over the whole document each time.
 */
const documentCodeForms = new WeakMap<object, Partial<Record<Side, string>>>()

function documentCodeForm(documents: Record<Side, string>, side: Side): string {
  let forms = documentCodeForms.get(documents)
  if (!forms) documentCodeForms.set(documents, (forms = {}))
  return (forms[side] ??= codeForm(documents[side]))
}

/** Whether a text in code form (codeForm) holds a code standing alone. */
function holdsCode(latin: string, code: string): boolean {
  // Capitals alone are a code beside digits too (`К 26595EXIMBK`), as the codes are found.
  const boundary = /^[A-Z]{2,}$/.test(code) ? /\p{L}/u : /[\p{L}\d]/u
  const standsAlone = (form: string) => {
    for (let at = latin.indexOf(form); at >= 0; at = latin.indexOf(form, at + 1)) {
      if (!boundary.test(latin[at - 1] ?? '') && !boundary.test(latin[at + form.length] ?? '')) return true
    }
    return false
  }
  return standsAlone(code) || (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(code) && standsAlone(code.replace(/\./g, '')))
}

interface Extracted {
  dates: Found[]
  /** With the number as written (`I-II`, `1 А`). */
  references: Array<Found & { written: string }>
  numbers: Found[]
  codes: Found[]
}

/** `everyCode`: also the codes of a block mostly in Latin script, as a place a value may have gone. */
function extract(text: string, abbreviations?: Readonly<Record<string, string>>, everyCode = false): Extracted {
  const dates = findDates(text)
  const labels = findLabels(text)
  // An article heading (`161-бап`) is structure, checked with the articles, not a reference.
  const isLabel = overlapsAny(labels)
  const references = findReferences(text).filter((r) => !isLabel(r.start, r.end)).map((r) => ({ ...r, written: writtenNumber(text, r) }))
  // Blocks mostly in Latin script (letterheads, addresses) are laid out, not translated: their
  // codes are not compared, and the digits inside them (`DPT-II-2264-21-2002/MJ/356`) are no numbers.
  const allCodes = findCodes(text, abbreviations)
  const codes = allCodes.length > 0 && !everyCode && latinShare(text) > 0.5 ? [] : allCodes
  return { dates, references, codes, numbers: findNumbers(text, [...dates, ...references, ...allCodes], labels) }
}

/**
 * The values a pair's side is checked by: those read for it as a neighbour (every code) less the
 * codes of a block mostly in Latin script, as extract() gives them, or read now. A copy: the check
 * takes out what it matched.
 */
function ownValues(withEveryCode: Extracted | undefined, text: string, abbreviations?: Readonly<Record<string, string>>): Extracted {
  if (!withEveryCode) return extract(text, abbreviations)
  const { dates, references, numbers, codes } = withEveryCode
  return { dates, references, numbers: [...numbers], codes: codes.length > 0 && latinShare(text) > 0.5 ? [] : codes }
}

/**
 * The values of a pair's two sides, read once however many pairs it is a neighbour of: a long
 * pair (a document on one line) would otherwise be read again for every pair around it.
 */
function extractionMemo(abbreviations?: Readonly<Record<string, string>>): (pair: AlignedPair) => Record<Side, Extracted> {
  const memo = new Map<AlignedPair, Record<Side, Extracted>>()
  return (pair) => {
    let values = memo.get(pair)
    if (!values) memo.set(pair, (values = { kk: extract(pair.kk.text, abbreviations, true), ru: extract(pair.ru.text, abbreviations, true) }))
    return values
  }
}

function mergedValues(list: Extracted[]): Extracted {
  return {
    dates: list.flatMap((values) => values.dates),
    references: list.flatMap((values) => values.references),
    codes: list.flatMap((values) => values.codes),
    numbers: list.flatMap((values) => values.numbers),
  }
}

/**
 * A reference or date on one side may be plain numbers on the other (`ст. 16` ↔ `16-құжат`, a date
 * in a form not read as one): such a reference's number, or a date's day and year, found among the
 * other side's numbers, is the same content worded differently, so both go.
 */
function cancelReworded(side: Extracted, other: Extracted, otherText: string): void {
  // Looked up, not searched for: a pair may hold thousands of values (a long sentence, a table).
  const numbers = new NumberPool(other.numbers)
  const otherReferences = new Set(other.references.map((r) => r.value))
  const otherDates = new Set(other.dates.map((d) => d.value))
  const otherDays = new Set(other.dates.map((d) => `${d.value.startsWith('--')}|${d.value.slice(-5)}`))
  // A roman or lettered number written alone on the other side (`положения I-II` ↔ `I-II-баптардың`).
  let joined: string | undefined
  const aloneByWritten = new Map<string, boolean>()
  const writtenAlone = (r: Extracted['references'][number]) => {
    if (!/[^\d.-]/.test(r.written)) return false
    // Spaces before a dash are matched from the first of their run: from each, a long run with no
    // dash after it would be read again from every space.
    joined ??= otherText.replace(/(?:(?<!\s)\s+)?[-–]\s*/g, '-')
    let alone = aloneByWritten.get(r.written)
    if (alone === undefined) aloneByWritten.set(r.written, (alone = joined.includes(r.written) && new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(r.written)}(?![\\p{L}\\d])`, 'u').test(joined)))
    return alone
  }
  side.references = side.references.filter((r) => !(!otherReferences.has(r.value) && (numbers.take(r.value.split(':')[1]!) || writtenAlone(r))))
  side.dates = side.dates.filter((d) => {
    if (otherDates.has(d.value) || otherDays.has(`${!d.value.startsWith('--')}|${d.value.slice(-5)}`)) return true
    if (d.value.startsWith('--')) return true
    const [year, , day] = d.value.split('-')
    if (!numbers.has(year!) || !numbers.has(String(Number(day)))) return true
    numbers.take(year!)
    numbers.take(String(Number(day)))
    return false
  })
  other.numbers = numbers.left()
}

/** A side's numbers, each taken at most once, the first of its value first. */
class NumberPool {
  private readonly numbers: Found[]
  private readonly byValue: PositionsByKey
  private readonly taken = new Set<number>()

  constructor(numbers: Found[]) {
    this.numbers = numbers
    this.byValue = new PositionsByKey(numbers, (number) => number.value)
  }

  has(value: string): boolean {
    return this.byValue.first(value, this.taken) !== undefined
  }

  take(value: string): boolean {
    const index = this.byValue.first(value, this.taken)
    if (index === undefined) return false
    this.taken.add(index)
    return true
  }

  /** The numbers not taken, in their order. */
  left(): Found[] {
    return this.taken.size === 0 ? this.numbers : this.numbers.filter((_, index) => !this.taken.has(index))
  }
}

/** Characters enough to tell a mostly Latin block (a letterhead) from text: the share of a long text is estimated from its start. */
const LATIN_SHARE_SAMPLE = 20_000

function latinShare(text: string): number {
  const sample = text.length > LATIN_SHARE_SAMPLE ? text.slice(0, LATIN_SHARE_SAMPLE) : text
  const { letters, latin } = scriptCounts(sample)
  return letters === 0 ? 0 : latin / letters
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `.` `;` `:` `,` `?` `!` closing a side, or '' when it ends otherwise (headings, labels). */
function closing(text: string): string {
  const match = /([.;:,?!])[»"”)]*\s*$/.exec(text)
  return match ? match[1]! : ''
}

/** The first kind of bracket or quote left open or closed too often, or ''; list labels (`1)`) aside. */
function unbalanced(full: string): '' | 'brackets' | 'guillemets' | 'quotes' {
  let text = full
  for (const label of findLabels(full).reverse()) text = text.slice(0, label.start) + text.slice(label.end)
  const count = (c: string) => text.split(c).length - 1
  if (count('(') !== count(')')) return 'brackets'
  if (count('«') !== count('»')) return 'guillemets'
  if (count('"') % 2 !== 0) return 'quotes'
  return ''
}

/** Kazakh-only letters, or a Latin i inside a Cyrillic word (old encoding of і). */
const KAZAKH_LETTER = /[әғқңөұүһі]/iu
const KAZAKH_MARK = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|\p{Script=Cyrillic}[iI]|[iI]\p{Script=Cyrillic}/u

/** Words of a language in Latin letters (English, the treaty's original): three letters or more. */
const LATIN_WORD = /[A-Za-z]{3,}/g
/** Latin words a passage needs before it is read as text in another language, not a name or a code. */
const FEWEST_LATIN_WORDS = 6

/**
 * A passage of one side written in Latin letters (English left as in the original) where the other
 * side of the pair is Cyrillic text: untranslated. Not when the other side has the same words (an
 * annex's form, an address or a name kept in Latin letters in both versions).
 */
function hasUntranslatedPassage(text: string, otherText: string): boolean {
  if (!/[A-Za-z]{3}/.test(text) || !mostlyCyrillic(otherText)) return false
  const otherWords = new Set((otherText.match(LATIN_WORD) ?? []).map((word) => word.toLowerCase()))
  return passages(text).some((passage) => {
    if (!ENOUGH_LETTERS.test(passage)) return false
    const { letters, cyrillic } = scriptCounts(passage)
    if (cyrillic > letters / 10) return false
    const words = (passage.match(LATIN_WORD) ?? []).map((word) => word.toLowerCase())
    return words.length >= FEWEST_LATIN_WORDS && words.filter((word) => otherWords.has(word)).length < words.length / 2
  })
}

/**
 * The paragraphs and sentences of a side, to judge their language one by one; a paragraph whole
 * too, when its sentences are each too short to judge (`ОСНОВОПОЛАГАЮЩИЙ ПРИНЦИП К: Планы действий …`).
 */
function passages(text: string): string[] {
  const paragraphs = text.split('\n')
  return [...paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?;:])\s+(?=\p{Lu})/u)), ...paragraphs.filter((paragraph) => /[.!?;:]\s+\p{Lu}/u.test(paragraph))]
}

/** Whether a text has LANGUAGE_MIN_LETTERS letters or more: one match from the start (unanchored, a text short of them would be tried again from every position). */
const ENOUGH_LETTERS = new RegExp(`^(?:\\P{L}*\\p{L}){${LANGUAGE_MIN_LETTERS}}`, 'u')

function mostlyCyrillic(text: string): boolean {
  const { letters, cyrillic } = scriptCounts(text)
  return cyrillic > letters / 2
}

/** The text without quotations and lines written in capitals. */
function translatedPart(text: string): string {
  return text
    .replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, ' ')
    .split('\n')
    .filter((line) => /\p{Ll}/u.test(line))
    .join('\n')
}

function languageFindings(pair: AlignedPair): Finding[] {
  const findings: Finding[] = []
  for (const side of SIDES) {
    const text = pair[side].text
    if (!ENOUGH_LETTERS.test(text)) continue
    // Any Kazakh sentence of some length has a Kazakh-only letter (or the old encoding's Latin i).
    // English (a letterhead, a bank's address) is not Russian: only mostly Cyrillic passages count.
    const russianPassage = side === 'kk' ? passages(text).find((p) => ENOUGH_LETTERS.test(p) && !KAZAKH_MARK.test(p) && mostlyCyrillic(p) && detectLanguage(p).language !== 'kk') : undefined
    const looksRussian = russianPassage !== undefined
    if (looksRussian) findings.push(finding('language', 'error', pair.id, { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'kazakh-side-russian' }))
    else if (hasUntranslatedPassage(text, pair[side === 'kk' ? 'ru' : 'kk'].text)) findings.push(finding('language', 'warning', pair.id, { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'side-untranslated', side }))
    // Most Russian sentences have no Kazakh letter at all: no word of them to count.
    if (side !== 'ru' || !KAZAKH_LETTER.test(text)) continue
    let words = 0
    const kazakhWords: string[] = []
    // Quotations (a note quoting the Kazakh text) and lines in capitals (a letterhead) keep their language.
    for (const [word] of translatedPart(text).matchAll(/\p{L}{3,}/gu)) {
      words++
      if (KAZAKH_LETTER.test(word)) kazakhWords.push(word)
    }
    if (kazakhWords.length >= 4 && kazakhWords.length / words >= KAZAKH_WORDS_SHARE) findings.push(finding('language', 'warning', pair.id, { kk: span(pair.kk), ru: span(pair.ru) }, { code: 'russian-side-kazakh-words', words: kazakhWords.slice(0, 3) }))
  }
  return findings
}

const COUNTED_KINDS = new Set(['article', 'section', 'chapter', 'subchapter', 'point'])

function structureFindings(pair: AlignedPair, input: CheckInput): Finding[] {
  const findings: Finding[] = []
  const kkUnits = unitsOf(input.kk, pair.kk)
  const ruUnits = unitsOf(input.ru, pair.ru)
  const whole = { kk: span(pair.kk), ru: span(pair.ru) }
  const only = kkUnits.length === 0 ? ruUnits : ruUnits.length === 0 ? kkUnits : null
  if (only) {
    for (const unit of only.filter((u) => COUNTED_KINDS.has(u.kind))) {
      const where: Side = kkUnits.length === 0 ? 'ru' : 'kk'
      findings.push(finding('structure', 'error', pair.id, whole, { code: 'unit-one-side', unit: unit.kind, label: unit.label ?? unit.number ?? '', side: where }))
    }
    return findings
  }
  const kkArticle = kkUnits.find((u) => u.kind === 'article')
  const ruArticle = ruUnits.find((u) => u.kind === 'article')
  if (kkArticle && ruArticle && kkArticle.number !== ruArticle.number) {
    findings.push(finding('structure', 'warning', pair.id, whole, { code: 'renumbered', kk: kkArticle.label ?? '', ru: ruArticle.label ?? '' }))
  }
  // A point left with its label and no text, in an article or in a document of points alone.
  for (const side of SIDES) {
    const other = side === 'kk' ? 'ru' : 'kk'
    const article = side === 'kk' ? kkArticle : ruArticle
    for (const bare of unmatched(findBareLabels(pair[side].text), findBareLabels(pair[other].text))) {
      findings.push(finding('structure', 'warning', pair.id, { ...whole, [side]: span(pair[side], bare) }, { code: 'bare-label', point: bare.value, article: article?.label ?? '', side }))
    }
  }
  if (kkArticle && ruArticle) {
    const title = titleFinding(kkArticle, ruArticle, input)
    if (title) findings.push(finding('structure', 'warning', pair.id, whole, title))
    appendAll(findings, sectionNumberFindings(pair, kkArticle, ruArticle))
    const kkItems = countListLabels(pair.kk.text)
    const ruItems = countListLabels(pair.ru.text)
    // One version may run items together in a paragraph (`… тапсырады. (с) Несие…`): they still count.
    const explained = kkItems < ruItems ? kkItems + countInlineLabels(pair.kk.text) >= ruItems : ruItems + countInlineLabels(pair.ru.text) >= kkItems
    if (kkItems !== ruItems && !explained) findings.push(finding('structure', 'warning', pair.id, whole, { code: 'item-count', kkLabel: kkArticle.label ?? '', kk: kkItems, ruLabel: ruArticle.label ?? '', ru: ruItems }))
  }
  return findings
}

/**
 * Numbered sections inside paired articles (`2.4-бөлім` / `Раздел 12.4`) that the other article
 * does not number so: a differing number is an error, a section on one side only a warning.
 */
function sectionNumberFindings(pair: AlignedPair, kkArticle: Unit, ruArticle: Unit): Finding[] {
  const numbers = (side: Side) => findHeadingNumbers(pair[side].text)
  const kk = numbers('kk')
  const ru = numbers('ru')
  const kkOnly = unmatched(kk, ru)
  const ruOnly = unmatched(ru, kk)
  const number = (found: Found) => found.value.slice('heading:'.length)
  const findings: Finding[] = []
  for (let k = 0; k < Math.max(kkOnly.length, ruOnly.length); k++) {
    const kkSection = kkOnly[k]
    const ruSection = ruOnly[k]
    const where = { kk: span(pair.kk, kkSection), ru: span(pair.ru, ruSection) }
    if (kkSection && ruSection) findings.push(finding('structure', 'error', pair.id, where, { code: 'section-numbered-differently', kkLabel: kkArticle.label ?? '', kk: number(kkSection), ruLabel: ruArticle.label ?? '', ru: number(ruSection) }))
    else {
      const [side, article, section] = kkSection ? (['kk', kkArticle, kkSection] as const) : (['ru', ruArticle, ruSection!] as const)
      findings.push(finding('structure', 'warning', pair.id, where, { code: 'section-one-side', section: number(section), article: article.label ?? '', side }))
    }
  }
  return findings
}

/** Titles of paired articles that cannot be the same title: one missing, or lengths far apart. */
function titleFinding(kk: Unit, ru: Unit, input: CheckInput): FindingDetail | null {
  const kkTitle = kk.title?.trim() ?? ''
  const ruTitle = ru.title?.trim() ?? ''
  if (kkTitle === '' && ruTitle === '') return null
  // Both versions of a document either title their articles or do not: a lone title is a difference.
  if (kkTitle === '' || ruTitle === '') {
    const documentTitles = (document: PreparedDocument) => document.structure.units.filter((u) => u.kind === 'article' && u.title).length
    if (documentTitles(input.kk) === 0 || documentTitles(input.ru) === 0) return null
    return { code: 'title-one-side', kkLabel: kk.label ?? '', kkTitle, ruLabel: ru.label ?? '', ruTitle }
  }
  const ratio = input.ru.normalized.text.length / Math.max(1, input.kk.normalized.text.length)
  const relative = ruTitle.length / kkTitle.length / ratio
  if (Math.max(kkTitle.length, ruTitle.length) >= TITLE_MIN_CHARACTERS && (relative > TITLE_LENGTH_FACTOR || relative < 1 / TITLE_LENGTH_FACTOR)) {
    return { code: 'title-length', kkLabel: kk.label ?? '', kkTitle, ruLabel: ru.label ?? '', ruTitle }
  }
  return null
}

/** The top-level units inside a pair's side, found by binary search: a pair is a run of units in document order. */
function unitsOf(document: PreparedDocument, side: AlignedPair['kk']): Unit[] {
  if (side.start < 0) return []
  const units = document.structure.units
  const starts = unitStarts(document)
  let index = lastIndexAtMost(starts, side.start)
  if ((starts[index] ?? Infinity) < side.start) index++
  const inside: Unit[] = []
  for (; index < units.length && units[index]!.start < side.end; index++) if (units[index]!.end <= side.end) inside.push(units[index]!)
  return inside
}

const startsByDocument = new WeakMap<PreparedDocument, number[]>()

function unitStarts(document: PreparedDocument): number[] {
  let starts = startsByDocument.get(document)
  if (!starts) {
    starts = document.structure.units.map((unit) => unit.start)
    startsByDocument.set(document, starts)
  }
  return starts
}

/** Gaps and duplicates in a document's article numbering (1, 2, 4 or 1, 2, 2). */
function numberingFindings(document: PreparedDocument, side: Side): Finding[] {
  const findings: Finding[] = []
  const articles = document.structure.units.filter((u) => u.kind === 'article' && u.number)
  const seen = new Set<string>()
  let previous = 0
  for (const article of articles) {
    const where = side === 'kk' ? { kk: { start: article.start, end: article.end }, ru: null } : { kk: null, ru: { start: article.start, end: article.end } }
    const number = article.number!
    const base = Number(/^\d+/.exec(number)?.[0] ?? NaN)
    // Article 1 after others starts a new numbering (a protocol, an annex): its numbers are its own.
    if (number === '1' && previous > 1) {
      previous = 0
      seen.clear()
    }
    if (seen.has(number)) findings.push(finding('structure', 'warning', null, where, { code: 'article-twice', side, number }))
    seen.add(number)
    if (!number.includes('-') && Number.isFinite(base)) {
      if (previous > 0 && base > previous + 1) findings.push(finding('structure', 'warning', null, where, { code: 'articles-jump', side, from: previous, to: base }))
      previous = Math.max(previous, base)
    }
  }
  return findings
}

/** References to "this agreement's" articles that do not exist in the document. */
const OWN_ACT_AFTER = /^[^.;]{0,40}?настоящ\p{L}*\s+(?:Соглашени|Договор|Конвенци|Закон|Устав|Протокол|Кодекс|Конституци)/u
const OWN_ACT_BEFORE = /осы\s+(?:Келісім|Шарт|Конвенция|Заң|Жарғы|Хаттама|Кодекс|Конституция)\p{L}*\s*$/u

function danglingReferenceFindings(document: PreparedDocument, side: Side): Finding[] {
  const text = document.normalized.text
  const articles = new Set(document.structure.units.filter((u) => u.kind === 'article').map((u) => u.number))
  if (articles.size === 0) return []
  const findings: Finding[] = []
  const quoted = amendmentQuotations(text)
  for (const reference of findReferences(text)) {
    const [kind, number] = reference.value.split(':')
    if (kind !== 'article' || articles.has(number!) || isKnownRange(number!, articles)) continue
    // Text an amendment quotes is the amended act's: its `настоящего Соглашения` is not this act.
    if (isInsideSpans(quoted, reference.start)) continue
    const own = side === 'ru' ? OWN_ACT_AFTER.test(text.slice(reference.end, reference.end + 60)) : OWN_ACT_BEFORE.test(text.slice(Math.max(0, reference.start - 40), reference.start))
    if (!own) continue
    const where = side === 'kk' ? { kk: reference, ru: null } : { kk: null, ru: reference }
    findings.push(finding('reference', 'error', null, { kk: where.kk && { start: where.kk.start, end: where.kk.end }, ru: where.ru && { start: where.ru.start, end: where.ru.end } }, { code: 'dangling-article', side, number: number! }))
  }
  appendAll(findings, danglingPointFindings(document, side, quoted))
  return findings
}

/** `пункт 2 статьи 3 настоящего …`, `3-бабының 2-тармағы` (after `осы Заңның`): a point of a given article. */
const RU_POINT_OF_ARTICLE = /(?<![\p{L}])(?:пункт\p{L}*|п\.)\s*(\d+)\s+стать\p{L}*\s*(\d+(?:-\d+)?)\s+настоящ\p{L}*\s+(?:Соглашени|Договор|Конвенци|Закон|Устав|Протокол|Кодекс|Конституци)/gu
const KK_POINT_OF_ARTICLE = /осы\s+(?:Келісім|Шарт|Конвенция|Заң|Жарғы|Хаттама|Кодекс|Конституция)\p{L}*\s+(\d+(?:-\d+)?)\s*-\s*ба[пб]\p{L}*\s+(\d+)\s*-\s*(?:тармақ|тармағ)/gu
/** `пункта 4 настоящей статьи`, `осы баптың 2-тармағы`: a point of the article the sentence is in. */
const RU_POINT_OF_THIS_ARTICLE = /(?<![\p{L}])(?:пункт\p{L}*|п\.)\s*(\d+)\s+настоящей\s+статьи/gu
const KK_POINT_OF_THIS_ARTICLE = /осы\s+баптың\s+(\d+)\s*-\s*(?:тармақ|тармағ)/gu

/** References to points that the referenced article of this act does not have. */
function danglingPointFindings(document: PreparedDocument, side: Side, quoted: Span[]): Finding[] {
  const text = document.normalized.text
  const articles = document.structure.units.filter((u) => u.kind === 'article')
  // Numbered items of an article, whatever their label style (`1.`, `1)`, `1/`): translations differ in it.
  const pointsOf = (article: Unit) => new Set([...walkUnits(article.children)].filter((u) => (u.kind === 'point' || u.kind === 'subpoint') && /^\d/.test(u.number ?? '')).map((u) => u.number!.split('.')[0]))
  const findings: Finding[] = []
  const check = (start: number, end: number, articleNumber: string | null, point: string) => {
    const article = articleNumber === null ? articles.find((a) => a.start <= start && start < a.end) : articles.find((a) => a.number === articleNumber)
    if (!article || isInsideSpans(quoted, start)) return
    const points = pointsOf(article)
    // An article without numbered points cannot be checked: its points may be unnumbered paragraphs.
    if (points.size === 0 || points.has(point)) return
    const span = { start, end }
    findings.push(finding('reference', 'error', null, { kk: side === 'kk' ? span : null, ru: side === 'ru' ? span : null }, { code: 'dangling-point', side, point, article: article.label ?? '' }))
  }
  const ofArticle = side === 'ru' ? RU_POINT_OF_ARTICLE : KK_POINT_OF_ARTICLE
  for (const m of text.matchAll(ofArticle)) {
    const [point, article] = side === 'ru' ? [m[1]!, m[2]!] : [m[2]!, m[1]!]
    check(m.index, m.index + m[0].length, article, point)
  }
  for (const m of text.matchAll(side === 'ru' ? RU_POINT_OF_THIS_ARTICLE : KK_POINT_OF_THIS_ARTICLE)) check(m.index, m.index + m[0].length, null, m[1]!)
  return findings
}

/** `13-17` names articles 13 to 17 when those exist (and no inserted article 13-17 does). */
function isKnownRange(number: string, articles: Set<string | null>): boolean {
  const range = /^(\d+)-(\d+)$/.exec(number)
  return range !== null && Number(range[2]) > Number(range[1]) && articles.has(range[1]!) && articles.has(range[2]!)
}

/** Words still mixing Latin and Cyrillic letters (`Ргоjес`) shown in a finding before it says "and N more". */
const MIXED_WORDS_SHOWN = 5

/**
 * Words that still mix Latin and Cyrillic letters in the text as the translator sees it, after
 * the look-alike repairs (each repair is in the document's repair log, not a finding): one
 * finding per version, listing them, since a careless typist repeats the slip.
 */
function mixedScriptFindings(document: PreparedDocument, side: Side, pairs: AlignedPair[]): Finding[] {
  const mixed = wordsOfBothScripts(document.normalized.text)
  if (mixed.length === 0) return []
  const words = [...new Set(mixed.map((m) => m.word))]
  const first = mixed[0]!
  const where = { start: first.index, end: first.index + first.word.length }
  const sentencePairs = pairs.filter((p) => p.level === 'sentence')
  const pair = sentencePairs.find((p) => p[side].start <= where.start && where.start < p[side].end)?.id ?? null
  return [finding('mixed-script', 'info', pair, { kk: side === 'kk' ? where : null, ru: side === 'ru' ? where : null }, { code: 'mixed-words', side, count: words.length, words: words.slice(0, MIXED_WORDS_SHOWN) })]
}

