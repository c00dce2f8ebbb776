// npm run bench:checks — how many findings the checks make on the unmodified pairs of
// test/data/corpus (per 10 articles), how many of the errors and warnings are true by the judged
// set (test/bench/judged-findings.jsonl: precision per severity and kind), and how many injected
// corruptions they find: one corruption at a time (change a digit, shift a date, change a
// referenced article, delete a sentence, delete a point, slip in a Latin look-alike, paste Russian
// into the Kazakh side) on a random side.
import { alignDocuments } from '../../aligner/pipeline.ts'
import { checkAlignment } from '../../aligner/checks/run.ts'
import type { Finding, FindingKind } from '../../aligner/checks/findings.ts'
import type { RepairKind } from '../../aligner/text/edits.ts'
import { findDates, findReferences } from '../../aligner/checks/extract.ts'
import { readPair, stripAnchors } from '../helpers/corpus.ts'
import { corpusFindings } from '../helpers/corpus-findings.ts'
import { readJudgements, type JudgedFinding } from '../helpers/judged-findings.ts'
import { prepare } from '../helpers/anchor-score.ts'
import { toCleanOffset } from '../../aligner/text/normalize.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

/** Targets of the judged set: an error is almost surely a real difference, a warning usually is. */
const PRECISION_TARGET = { error: 0.95, warning: 0.8 }

/** Corruptions of each kind per document. */
const ROUNDS = Number(process.env.ROUNDS ?? 6)

type Side = 'kk' | 'ru'
interface Corruption {
  name: string
  /** Kinds of finding that count as catching it. */
  caughtBy: FindingKind[]
  sides: Side[]
  apply: (text: string, random: () => number, other: string) => string | null
  /** A repair the normaliser logs for it, which the translator sees in the repair log. */
  caughtByRepair?: RepairKind
}

const CORRUPTIONS: Corruption[] = [
  { name: 'change a digit', caughtBy: ['number', 'date', 'reference', 'code'], sides: ['kk', 'ru'], apply: changeDigit },
  { name: 'shift a date', caughtBy: ['date'], sides: ['kk', 'ru'], apply: shiftDate },
  { name: 'change a referenced article', caughtBy: ['reference'], sides: ['kk', 'ru'], apply: changeReference },
  // A deletion shows as text left alone, a pair too short, a point gone, or the values the deleted text held missing.
  { name: 'delete a sentence', caughtBy: ['empty-side', 'length', 'structure', 'number', 'date', 'reference', 'code'], sides: ['kk', 'ru'], apply: deleteSentence },
  { name: 'delete a point', caughtBy: ['structure', 'empty-side', 'length', 'number', 'date', 'reference', 'code'], sides: ['kk', 'ru'], apply: deletePoint },
  // Repaired before checking and listed among the repairs (a word it cannot repair is a mixed-script finding).
  { name: 'Latin look-alike', caughtBy: ['mixed-script'], caughtByRepair: 'lookalike', sides: ['kk', 'ru'], apply: latinLookalike },
  { name: 'Russian in the Kazakh side', caughtBy: ['language'], sides: ['kk'], apply: pasteRussian },
  { name: 'English left in one side', caughtBy: ['language'], sides: ['kk', 'ru'], apply: pasteEnglish },
]

/** Body lines: not headings, anchors, front matter, code blocks, notes. */
function bodyLines(text: string): Array<{ start: number; line: string }> {
  const lines: Array<{ start: number; line: string }> = []
  let at = 0
  let inCode = false
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode
    if (!inCode && line.length > 60 && !/^(#|>|<|---|\*\*|[a-z_]+:)/.test(line)) lines.push({ start: at, line })
    at += line.length + 1
  }
  return lines
}

function pick<T>(items: T[], random: () => number): T | null {
  return items.length === 0 ? null : items[Math.floor(random() * items.length)]!
}

function changeDigit(text: string, random: () => number): string | null {
  const candidates = bodyLines(text).flatMap(({ start, line }) =>
    [...line.matchAll(/(?<![\d.,])\d{2,}(?![\d])/g)].filter((m) => m.index > 6).map((m) => start + m.index + m[0].length - 1))
  const at = pick(candidates, random)
  if (at === null) return null
  const digit = Number(text[at])
  return text.slice(0, at) + String((digit + 3) % 10) + text.slice(at + 1)
}

function shiftDate(text: string, random: () => number): string | null {
  const date = pick(bodyLines(text).flatMap(({ start, line }) => findDates(line).map((d) => ({ ...d, start: start + d.start, end: start + d.end }))), random)
  if (!date) return null
  const piece = text.slice(date.start, date.end)
  const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(piece)
  if (!day) return null
  const shifted = String(((Number(day[1]) + 5) % 28) + 1)
  return text.slice(0, date.start + day.index) + shifted + text.slice(date.start + day.index + day[1]!.length)
}

function changeReference(text: string, random: () => number): string | null {
  const references = bodyLines(text).flatMap(({ start, line }) =>
    findReferences(line).filter((r) => r.value.startsWith('article:') && /^\d+$/.test(r.value.slice(8))).map((r) => ({ ...r, start: start + r.start, end: start + r.end })))
  const reference = pick(references, random)
  if (!reference) return null
  const number = Number(text.slice(reference.start, reference.end))
  return text.slice(0, reference.start) + String(number + 7) + text.slice(reference.end)
}

function deleteSentence(text: string, random: () => number): string | null {
  const candidates = bodyLines(text).flatMap(({ start, line }) => {
    const ends = [...line.matchAll(/[.!?] (?=\p{Lu})/gu)]
    return ends.length === 0 ? [] : [{ start, line, cut: ends[0]!.index + 2 }]
  })
  const chosen = pick(candidates, random)
  if (!chosen) return null
  return text.slice(0, chosen.start + chosen.cut) + text.slice(chosen.start + chosen.line.length)
}

function deletePoint(text: string, random: () => number): string | null {
  const points = bodyLines(text).filter(({ line }) => /^\d{1,2}[.)] /.test(line))
  const point = pick(points, random)
  if (!point) return null
  return text.slice(0, point.start) + text.slice(point.start + point.line.length + 1)
}

const TO_LATIN: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x' }

function latinLookalike(text: string, random: () => number): string | null {
  const words = bodyLines(text).flatMap(({ start, line }) => [...line.matchAll(/(?<![\p{L}])[\p{Script=Cyrillic}]{5,}(?![\p{L}])/gu)].map((m) => ({ start: start + m.index, word: m[0] })))
  const word = pick(words.filter((w) => /[аеорсх]/.test(w.word.slice(1))), random)
  if (!word) return null
  const k = 1 + word.word.slice(1).search(/[аеорсх]/)
  const at = word.start + k
  return text.slice(0, at) + TO_LATIN[text[at]!]! + text.slice(at + 1)
}

function pasteRussian(text: string, random: () => number, russian: string): string | null {
  const target = pick(bodyLines(text), random)
  const source = pick(bodyLines(russian).filter(({ line }) => !/[әғқңөұүһі]/i.test(line)), random)
  if (!target || !source) return null
  return text.slice(0, target.start) + source.line + text.slice(target.start + target.line.length)
}

/** Sentences of a treaty in its English original, as a version may leave one untranslated. */
const ENGLISH_SENTENCES = [
  'The Parties shall settle any dispute concerning the interpretation or application of this Agreement through consultations and negotiations.',
  'Each Party shall notify the other Party in writing of the completion of its internal procedures required for the entry into force of this Agreement.',
  'Nothing in this Agreement shall affect the rights and obligations of the Parties arising from other international treaties to which they are parties.',
  'Investments made by investors of either Party shall enjoy full protection and security in the territory of the other Party.',
  'This Agreement may be amended by mutual written consent of the Parties, and such amendments shall form an integral part of it.',
  'The competent authorities of the Parties shall exchange information necessary for carrying out the provisions of this Agreement.',
]

function pasteEnglish(text: string, random: () => number): string | null {
  const target = pick(bodyLines(text), random)
  if (!target) return null
  return text.slice(0, target.start) + pick(ENGLISH_SENTENCES, random)! + text.slice(target.start + target.line.length)
}

interface Checked {
  findings: Finding[]
  documents: { kk: ReturnType<typeof prepare>; ru: ReturnType<typeof prepare> }
}

function check(kk: string, ru: string): Checked {
  const kkDocument = prepare('kk', kk)
  const ruDocument = prepare('ru', ru)
  return { findings: checkAlignment({ result: alignDocuments(kkDocument, ruDocument), kk: kkDocument, ru: ruDocument }), documents: { kk: kkDocument, ru: ruDocument } }
}

/** Where two texts first differ: the place a corruption was injected. */
function changedAt(before: string, after: string): number {
  let at = 0
  while (at < before.length && before[at] === after[at]) at++
  return at
}

/**
 * A corruption in text that exists in one version only cannot be compared with anything; it is
 * still found when a finding already points the translator at that very text (its span covers it).
 */
function coveredByFinding(result: Checked, side: Side, original: number): boolean {
  const clean = toCleanOffset(result.documents[side].normalized, original)
  // A deletion at the very end of one-sided text is at the end of its span.
  return result.findings.some((f) => f.kind === 'empty-side' && f[side] !== null && f[side]!.start <= clean && clean <= f[side]!.end)
}

const key = (f: Finding) => `${f.kind}|${f.message}`

/**
 * A random stream per kind of corruption, each from the same seed moved by the kind's name: the
 * draws of one kind do not depend on the kinds before it, so adding a kind leaves the others' cases
 * as they were.
 */
function randomStream(name: string): () => number {
  let seed = 20261122
  for (const character of name) seed = (seed * 31 + character.charCodeAt(0)) % 2147483648
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
}
const randomOf = new Map(CORRUPTIONS.map((corruption) => [corruption.name, randomStream(corruption.name)]))

let articles = 0
let baselineTotal = 0
const baselineBySeverity = { error: 0, warning: 0, info: 0 }
const recall = new Map<string, { tried: number; caught: number; asNote: number; byRepair: number; inOneSidedText: number; missed: string[] }>()
const judgedFindings: JudgedFinding[] = []
console.log('Unmodified pairs:')
for (const { doc: slug, findings: baseline, judged, articles: documentArticles } of corpusFindings(readJudgements())) {
  judgedFindings.push(...judged.filter((j) => j.finding.severity !== 'info'))
  const pair = readPair(slug)
  const kk = stripAnchors(pair.kk).text
  const ru = stripAnchors(pair.ru).text
  articles += documentArticles
  baselineTotal += baseline.length
  for (const f of baseline) baselineBySeverity[f.severity]++
  const bySeverity = (s: Finding['severity']) => baseline.filter((f) => f.severity === s).length
  console.log(`  ${slug.padEnd(34)} ${String(documentArticles).padStart(3)} articles: ${String(baseline.length).padStart(3)} findings (${bySeverity('error')} errors, ${bySeverity('warning')} warnings, ${bySeverity('info')} notes)`)
  const known = new Map<string, number>()
  for (const f of baseline) known.set(key(f), (known.get(key(f)) ?? 0) + 1)
  const baselineDocuments = { kk: prepare('kk', kk), ru: prepare('ru', ru) }
  for (const corruption of CORRUPTIONS) {
    const tally = recall.get(corruption.name) ?? { tried: 0, caught: 0, asNote: 0, byRepair: 0, inOneSidedText: 0, missed: [] }
    recall.set(corruption.name, tally)
    const random = randomOf.get(corruption.name)!
    for (let round = 0; round < ROUNDS; round++) {
      const side = corruption.sides[Math.floor(random() * corruption.sides.length)]!
      const corrupted = corruption.apply(side === 'kk' ? kk : ru, random, side === 'kk' ? ru : kk)
      if (corrupted === null) continue
      tally.tried++
      const checked = side === 'kk' ? check(corrupted, ru) : check(kk, corrupted)
      const after = checked.findings
      const left = new Map(known)
      const fresh = after.filter((f) => {
        const n = left.get(key(f)) ?? 0
        if (n > 0) {
          left.set(key(f), n - 1)
          return false
        }
        return true
      })
      const catching = fresh.filter((f) => corruption.caughtBy.includes(f.kind))
      const repairs = (document: Checked['documents']['kk']) => document.normalized.repairs.filter((r) => r.kind === corruption.caughtByRepair).length
      if (corruption.caughtByRepair && repairs(checked.documents[side]) > repairs(side === 'kk' ? baselineDocuments.kk : baselineDocuments.ru)) {
        tally.caught++
        tally.byRepair++
      } else if (catching.length > 0) {
        tally.caught++
        if (catching.every((f) => f.severity === 'info')) tally.asNote++
      }
      else if (coveredByFinding(checked, side, changedAt(side === 'kk' ? kk : ru, corrupted))) {
        tally.caught++
        tally.inOneSidedText++
      }
      else {
        tally.missed.push(`${slug} (${side})`)
        if (process.env.DEBUG === corruption.name) debugMiss(side === 'kk' ? kk : ru, corrupted, fresh)
      }
    }
  }
}
console.log(`  all: ${baselineTotal} findings for ${articles} articles = ${((10 * baselineTotal) / articles).toFixed(1)} per 10 articles (${baselineBySeverity.error} errors, ${baselineBySeverity.warning} warnings, ${baselineBySeverity.info} notes); ${((10 * (baselineBySeverity.error + baselineBySeverity.warning)) / articles).toFixed(1)} errors and warnings per 10 articles`)
printPrecision(judgedFindings)
console.log(`\nInjected corruptions found (${ROUNDS} per kind and document, one at a time):`)
let tried = 0
let caught = 0
for (const [name, tally] of recall) {
  tried += tally.tried
  caught += tally.caught
  const notes = (tally.asNote ? ` (${tally.asNote} only as a note)` : '') + (tally.byRepair ? ` (${tally.byRepair} repaired and logged)` : '')
  const oneSided = tally.inOneSidedText ? ` (${tally.inOneSidedText} in text on one side only, inside its finding)` : ''
  console.log(`  ${name.padEnd(28)} ${String(tally.caught).padStart(3)} / ${String(tally.tried).padEnd(3)} ${(tally.tried ? tally.caught / tally.tried : 1).toFixed(3)}${notes}${oneSided}${tally.missed.length ? `  missed: ${[...new Set(tally.missed)].slice(0, 4).join(', ')}` : ''}`)
}
console.log(`  ${'all'.padEnd(28)} ${String(caught).padStart(3)} / ${String(tried).padEnd(3)} ${(caught / tried).toFixed(3)} (target 1.000)`)

/** With DEBUG="<corruption name>": what changed and what the checks said, for a missed corruption. */
function debugMiss(before: string, after: string, fresh: Finding[]): void {
  let start = 0
  while (start < before.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  console.log(`    missed: "${before.slice(Math.max(0, start - 40), before.length - end + 20)}" → "${after.slice(Math.max(0, start - 40), after.length - end + 20)}"`)
  for (const f of fresh) console.log(`      new finding: ${f.kind} ${f.message}`)
}

function printPrecision(judged: JudgedFinding[]): void {
  console.log('\nPrecision on the judged set (true findings / judged findings; judgements in test/bench/judged-findings.jsonl):')
  for (const severity of ['error', 'warning'] as const) {
    const ofSeverity = judged.filter((j) => j.finding.severity === severity)
    const line = (label: string, list: JudgedFinding[]) => {
      const known = list.filter((j) => j.judgement !== null)
      const real = known.filter((j) => j.judgement!.real).length
      const unjudged = list.length - known.length
      const share = known.length ? (real / known.length).toFixed(3) : '  —  '
      return `${label.padEnd(16)} ${String(real).padStart(3)} / ${String(known.length).padEnd(3)} ${share}${unjudged ? `  (${unjudged} not judged yet: npm run judge:findings)` : ''}`
    }
    console.log(`  ${line(`${severity}s`, ofSeverity)}   (target ${PRECISION_TARGET[severity].toFixed(2)})`)
    for (const kind of new Set(ofSeverity.map((j) => j.finding.kind))) console.log(`    ${line(kind, ofSeverity.filter((j) => j.finding.kind === kind))}`)
  }
}
