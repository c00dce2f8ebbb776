// npm run bench:corpus — builds a workspace of 1,000 agreement pairs by importing the shared corpus
// again and again under different names (kept in test-artifacts/ and reused; --rebuild to redo),
// then prints: open time, a page of 200 pairs, merge/split/edit with history, a concordance query,
// and the memory of a streamed export of everything versus a tenth of it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Workspace } from '../../corpus/workspace.ts'
import { CORPUS, corpusSlugs } from '../helpers/corpus.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

const DOCUMENTS = 1000
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const PATH = join(ROOT, 'test-artifacts', 'bench-corpus.sqlite')
const ROUNDS = 40

function open(): Workspace {
  const opened = Workspace.open(PATH, { user: 'bench' })
  if (!opened.ok) throw new Error(opened.reason)
  return opened.workspace
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

function timed(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

function build(): void {
  rmSync(PATH, { force: true })
  rmSync(`${PATH}.backups`, { force: true, recursive: true })
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true })
  const workspace = open()
  const slugs = corpusSlugs()
  const sources = slugs.map((slug) => ({ slug, kk: readFileSync(join(CORPUS, slug, 'kk.txt')), ru: readFileSync(join(CORPUS, slug, 'ru.txt')) }))
  const started = performance.now()
  for (let k = 0; k < DOCUMENTS; k++) {
    const { slug, kk, ru } = sources[k % sources.length]!
    const copy = Math.floor(k / sources.length)
    const result = workspace.importPair({ project: `Project ${copy % 20}`, sources: [{ name: `${slug}-${copy}.kk.txt`, bytes: kk }, { name: `${slug}-${copy}.ru.txt`, bytes: ru }] })
    if (!result.ok) throw new Error(result.reason)
    if ((k + 1) % 100 === 0) console.log(`  imported ${k + 1} pairs (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  workspace.close()
}

if (process.argv[2] === '--export-child') {
  // Runs in its own process so that its peak memory is its own.
  const fraction = Number(process.argv[3])
  const workspace = open()
  const alignments = workspace.alignments()
  const limit = Math.ceil(alignments.length * fraction)
  let pairs = 0
  let bytes = 0
  // Sampled here: ru_maxrss would report the parent's high-water mark, which survives exec on Linux.
  let peak = 0
  for (const alignment of alignments.slice(0, limit)) {
    for (const pair of workspace.exportCandidates({ alignmentId: alignment.id, levels: ['sentence'] })) {
      pairs++
      bytes += pair.kk.clean.length + pair.ru.clean.length
      if (pairs % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss / 1048576)
    }
  }
  ;(globalThis as { gc?: () => void }).gc?.()
  const liveHeap = process.memoryUsage().heapUsed / 1048576
  console.log(JSON.stringify({ pairs, bytes, peak: Math.max(peak, process.memoryUsage().rss / 1048576), liveHeap }))
  process.exit(0)
}

if (process.argv.includes('--rebuild') || !existsSync(PATH)) {
  console.log(`building ${DOCUMENTS} pairs into ${PATH} …`)
  build()
}

const openTimes: number[] = []
for (let k = 0; k < 5; k++) {
  let workspace: Workspace | null = null
  openTimes.push(timed(() => (workspace = open())))
  ;(workspace as Workspace | null)?.close()
}
const workspace = open()
const alignments = workspace.alignments()
const stats = workspace.statistics()
console.log(`workspace: ${(statSync(PATH).size / 1048576).toFixed(0)} MB, ${alignments.length} aligned documents, ${stats.pairs.sentence} sentence pairs, ${stats.pairs.article} article-level pairs`)
console.log(`open:                          ${median(openTimes).toFixed(1)} ms (median of 5; target < 200)`)

const pageTimes = Array.from({ length: ROUNDS }, (_, k) => {
  const alignment = alignments[(k * 97) % alignments.length]!
  return timed(() => workspace.pairs(alignment.id, { offset: 0, limit: 200 }))
})
console.log(`page of 200 pairs:             ${median(pageTimes).toFixed(2)} ms (median of ${ROUNDS}; target < 20)`)

const big = alignments.reduce((a, b) => (b.pairs > a.pairs ? b : a))
const opTimes = { merge: [] as number[], split: [] as number[], edit: [] as number[], undo: [] as number[] }
for (let k = 0; k < ROUNDS; k++) {
  const [first] = workspace.pairs(big.id, { offset: 10 + k, limit: 1 })
  opTimes.merge.push(timed(() => workspace.merge(first!.id, 'next')))
  opTimes.split.push(timed(() => workspace.split(first!.id, { kk: { offset: 5 }, ru: { offset: 5 } })))
  opTimes.edit.push(timed(() => workspace.editText(first!.id, 'kk', 'Өңделген мәтін.')))
  for (let u = 0; u < 3; u++) opTimes.undo.push(timed(() => workspace.undo(big.id)))
}
for (const [name, values] of Object.entries(opTimes)) console.log(`${(name + ' with history:').padEnd(31)}${median(values).toFixed(2)} ms (median of ${values.length}; target < 5)`)

const queries = ['Уағдаласушы Тараптар', 'Договаривающиеся Стороны', 'экспроприац', 'ратификациялансын', 'Президент', 'консульск', 'халықаралық шарт', 'NATO', 'гидрометеоролог', 'Конституци']
// The first query of a session reads the index from disk: a warm-up, not measured.
workspace.search('прогрев', { limit: 50 })
const searchTimes = queries.map((query) => timed(() => workspace.search(query, { limit: 50 })))
const slowest = searchTimes.indexOf(Math.max(...searchTimes))
console.log(`concordance query (50 hits):   ${median(searchTimes).toFixed(2)} ms (median of ${queries.length}; target < 50), slowest ${searchTimes[slowest]!.toFixed(1)} ms ("${queries[slowest]}")`)
const check = timed(() => workspace.integrityCheck())
workspace.close()
console.log(`full integrity check:          ${check.toFixed(0)} ms (not run at open)`)

/** The export child runs with this JavaScript heap limit: if exporting held the pairs, it would run out. */
const EXPORT_HEAP_LIMIT_MB = 64
const exportRun = (fraction: number) =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', `--max-old-space-size=${EXPORT_HEAP_LIMIT_MB}`, fileURLToPath(import.meta.url), '--export-child', String(fraction)], { encoding: 'utf8' })) as { pairs: number; bytes: number; peak: number; liveHeap: number }
const tenth = exportRun(0.1)
const all = exportRun(1)
console.log(`streamed export (heap limit ${EXPORT_HEAP_LIMIT_MB} MB), live heap after GC / peak RSS:`)
console.log(`  10% of pairs: ${String(tenth.pairs).padStart(7)} pairs, ${(tenth.bytes / 1048576).toFixed(0).padStart(3)} MB of text: ${tenth.liveHeap.toFixed(0)} MB / ${tenth.peak.toFixed(0)} MB`)
console.log(`  all pairs:    ${String(all.pairs).padStart(7)} pairs, ${(all.bytes / 1048576).toFixed(0).padStart(3)} MB of text: ${all.liveHeap.toFixed(0)} MB / ${all.peak.toFixed(0)} MB`)
