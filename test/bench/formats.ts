// npm run bench:formats — every corpus pair converted to the files translators open (see
// test/helpers/format-conversions.ts), read through the reader the commands use and aligned. Each
// format is scored against the .txt run of the same pair: article pairs found by both (matched by
// the opening letters and digits of each side), and the count of sentence pairs. A format made from
// another (a PDF printed from the .docx or the HTML) is also scored against that one ("from …"):
// what pandoc's conversion changed is not the reader's doing.
// Then OmegaT (Debian's, console mode) translates each pair's .txt (one paragraph per line, as
// "save as text" writes it) and .docx (pandoc's and LibreOffice's) from the TMX `egiz align` made of
// the same two files, in both directions, with OmegaT's default segmentation rules and with those
// of `egiz rules` (for .docx also with the project option "Remove tags"), and the share of
// segments it pretranslated is printed.
// Optional arguments: slugs to run (default all), --formats a,b,c, --no-omegat, --show-missed.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignDocuments, prepareDocument, type AlignmentResult, type PreparedDocument } from '../../aligner/pipeline.ts'
import { readDocumentFile } from '../../corpus/files/read-document.ts'
import { corpusSlugs } from '../helpers/corpus.ts'
import { ARTIFACTS, available, convertedFile, FORMAT_KINDS, kindNamed, type FormatKind, type Side } from '../helpers/format-conversions.ts'
import { missedWithoutUnit, OMEGAT, pretranslate } from '../helpers/omegat.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

const args = process.argv.slice(2)
const formatsArgument = args.indexOf('--formats')
const wanted = formatsArgument >= 0 ? args[formatsArgument + 1]!.split(',') : null
const slugs = args.filter((arg, index) => !arg.startsWith('--') && !(formatsArgument >= 0 && index === formatsArgument + 1))
const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const kinds = FORMAT_KINDS.filter((kind) => wanted === null || kind.name === 'txt' || wanted.includes(kind.name))

interface Run {
  articles: Set<string>
  sentences: number
}

const missing = kinds.filter((kind) => !available(kind))
for (const kind of missing) console.log(`${kind.name}: unavailable (${kind.program} is not installed)`)
const usable = kinds.filter((kind) => available(kind))

const newTotal = () => ({ reference: 0, matched: 0, predicted: 0, sentences: 0, referenceSentences: 0, failed: 0 })
const totals = new Map(usable.map((kind) => [kind.name, newTotal()]))
const fromTotals = new Map(usable.filter((kind) => kind.from).map((kind) => [kind.name, newTotal()]))
const rows: string[] = []
for (const slug of slugs.length > 0 ? slugs : corpusSlugs()) {
  let reference: Run | null = null
  const runs = new Map<string, Run>()
  const cells: string[] = []
  for (const kind of usable) {
    const outcome = await alignFormat(slug, kind)
    const total = totals.get(kind.name)!
    if (typeof outcome === 'string' && outcome.includes('the code page has no')) {
      cells.push(`${kind.name} n/a`)
      console.error(`${slug} ${kind.name}: not representable: ${outcome}`)
      continue
    }
    if (typeof outcome === 'string') {
      total.failed++
      cells.push(`${kind.name} FAILED`)
      console.error(`${slug} ${kind.name}: ${outcome}`)
      continue
    }
    reference ??= outcome
    runs.set(kind.name, outcome)
    const score = (against: Run, tally: ReturnType<typeof newTotal>) => {
      const matched = [...outcome.articles].filter((key) => against.articles.has(key)).length
      tally.reference += against.articles.size
      tally.matched += matched
      tally.predicted += outcome.articles.size
      tally.sentences += outcome.sentences
      tally.referenceSentences += against.sentences
      const sentences = (outcome.sentences - against.sentences) / Math.max(1, against.sentences)
      return `R ${(matched / Math.max(1, against.articles.size)).toFixed(2)} P ${(matched / Math.max(1, outcome.articles.size)).toFixed(2)} S ${signedPercent(sentences)}`
    }
    const source = kind.from ? runs.get(kind.from) : undefined
    const fromCell = source ? ` (from ${kind.from}: ${score(source, fromTotals.get(kind.name)!)})` : ''
    cells.push(kind.name === 'txt' ? `txt ${reference.articles.size} art ${reference.sentences} sent` : `${kind.name} ${score(reference, total)}${fromCell}`)
  }
  rows.push(`${slug.padEnd(32)} ${cells.join(' | ')}`)
}

console.log('Article pairs of each format against the .txt run of the same pair (R recall, P precision);')
console.log('S: sentence pairs against the .txt count (target: R = P = 1.00, |S| ≤ 2 %).')
console.log(rows.join('\n'))
console.log('\nOVERALL')
const overall = (total: ReturnType<typeof newTotal>) =>
  `R ${(total.matched / Math.max(1, total.reference)).toFixed(3)}  P ${(total.matched / Math.max(1, total.predicted)).toFixed(3)}  S ${signedPercent((total.sentences - total.referenceSentences) / Math.max(1, total.referenceSentences))}`
for (const [name, total] of totals) {
  if (name === 'txt') continue
  const from = fromTotals.get(name)
  const kind = usable.find((candidate) => candidate.name === name)!
  console.log(`${name.padEnd(Math.max(...usable.map((kind) => kind.name.length)) + 1)} ${overall(total)}${from && from.reference > 0 ? `   from ${kind.from}: ${overall(from)}` : ''}${total.failed > 0 ? `  failed ${total.failed}` : ''}`)
}

async function alignFormat(slug: string, kind: FormatKind): Promise<Run | string> {
  const documents: Partial<Record<Side, PreparedDocument>> = {}
  for (const side of ['kk', 'ru'] as const) {
    let path: string
    try {
      path = convertedFile(slug, kind, side)
    } catch (error) {
      return `conversion failed: ${(error as Error).message.split('\n')[0]}`
    }
    const read = await readDocumentFile(path, side)
    if (!read.ok) return read.reason
    const prepared = prepareDocument(read.source, side)
    if (!prepared.ok) return prepared.reason
    documents[side] = prepared.document
  }
  const { kk, ru } = documents as Record<Side, PreparedDocument>
  const articles = alignDocuments(kk, ru, { level: 'article' })
  const sentences = alignDocuments(kk, ru, { level: 'sentence' })
  return { articles: articleKeys(articles, kk, ru), sentences: sentences.pairs.filter((pair) => pair.level === 'sentence').length }
}

/** An article pair by the opening letters and digits of each side: what survives every format. */
function articleKeys(result: AlignmentResult, kk: PreparedDocument, ru: PreparedDocument): Set<string> {
  const opening = (document: PreparedDocument, span: { start: number; end: number }) =>
    span.start < 0 ? '∅' : (document.normalized.text.slice(span.start, span.end).toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []).slice(0, 40).join('')
  return new Set(result.pairs.filter((pair) => pair.level === 'article').map((pair) => `${opening(kk, pair.kk)}|${opening(ru, pair.ru)}`))
}

function signedPercent(share: number): string {
  return `${share >= 0 ? '+' : ''}${(100 * share).toFixed(1)} %`
}

if (!args.includes('--no-omegat')) {
  if (!existsSync(OMEGAT)) console.log('\nOmegaT: unavailable (Debian omegat is not installed)')
  else omegatRoundTrips()
}

/**
 * Both directions, for .txt, .docx and .odt sources: segments OmegaT filled from Egiz's TMX, with its
 * default segmentation rules and with the project rules of `egiz rules`.
 */
function omegatRoundTrips(): void {
  console.log('\nOmegaT pretranslation from the TMX of `egiz align` on the same files (target ≥ 95 % each way):')
  const conf = join(ARTIFACTS, 'segmentation.conf')
  execFileSync(process.execPath, [EGIZ, 'rules', '-o', conf], { stdio: 'ignore' })
  const totals = new Map<string, { segments: number; pretranslated: number; withoutUnit: number }>()
  for (const slug of slugs.length > 0 ? slugs : corpusSlugs()) {
    const cells: string[] = []
    for (const format of ['plain', 'docx', 'lo-docx', 'odt']) {
      const kind = kindNamed(format)
      if (!available(kind)) continue
      const files = { kk: convertedFile(slug, kind, 'kk'), ru: convertedFile(slug, kind, 'ru') }
      const tmx = files.kk.replace(/kk\.[^.]+$/, 'egiz.tmx')
      execFileSync(process.execPath, [EGIZ, 'align', files.kk, files.ru, '--format', 'tmx', '-o', tmx], { stdio: 'ignore' })
      // A .docx or .odt made by a converter splits runs (at quotation marks): OmegaT shows a tag at each
      // split unless the project removes tags, which translators do for such files.
      const setups = format === 'plain' ? (['default', 'egiz'] as const) : (['default', 'egiz', 'egiz no-tags'] as const)
      for (const rules of setups) {
        for (const side of ['kk', 'ru'] as const) {
          const options = { segmentationConf: rules === 'default' ? undefined : conf, removeTags: rules === 'egiz no-tags' }
          const run = pretranslate(`${slug}-${format}-${side}-${rules.replace(' ', '-')}`, files[side], tmx, side, options)
          const key = `${format} ${side}→${side === 'kk' ? 'ru' : 'kk'} ${rules}`
          const total = totals.get(key) ?? { segments: 0, pretranslated: 0, withoutUnit: 0 }
          total.segments += run.segments
          total.pretranslated += run.pretranslated
          const withoutUnit = new Set(missedWithoutUnit(run.missed, tmx, side))
          total.withoutUnit += withoutUnit.size
          totals.set(key, total)
          cells.push(`${key} ${run.pretranslated}/${run.segments}`)
          if (args.includes('--show-missed')) for (const segment of run.missed) console.log(`  ${slug} ${key} missed${withoutUnit.has(segment) ? ' (no unit)' : ''}: ${segment.slice(0, 150)}`)
        }
      }
    }
    console.log(`${slug.padEnd(32)} ${cells.join(' | ')}`)
  }
  console.log('\nOVERALL (rules: OmegaT\'s default segmentation, or the project rules of `egiz rules`; no-tags: with the project option "Remove tags")')
  console.log('(missed, no unit: missed segments whose text no TM unit holds, the other version having none; of the rest: of the segments whose text the TM holds)')
  for (const [key, total] of totals) {
    const missed = total.segments - total.pretranslated
    const held = total.segments - total.withoutUnit
    console.log(`${key.padEnd(24)} ${total.pretranslated}/${total.segments} = ${percent(total.pretranslated, total.segments)}   missed ${missed}, no unit ${total.withoutUnit}   of the rest ${total.pretranslated}/${held} = ${percent(total.pretranslated, held)}`)
  }
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`
}
