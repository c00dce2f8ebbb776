// npm run bench:batch — builds a folder of 1,000 agreement pairs from the shared corpus (.txt, .md,
// .docx and .html; names in several styles, a few pairs only findable by content, some files
// alone and some broken), runs `egiz batch` on it with 1 and with 2 worker threads, each in its own
// process, and prints: pairs found and aligned, bad files reported, pairs/second, total time and
// peak memory, beside the most two threads can gain on this machine (the same pairs analysed with
// nothing stored, batch/analyse-only.ts); then the first search (which indexes the imported pairs), the workspace's size and
// the corpus-wide TMX export. `--pairs N` for a smaller folder.
// These machines are shared and noisy: the two settings run in interleaved rounds (`--rounds R`,
// default 3) and the figures are medians, with the CPU time beside the wall time.
import { execFileSync } from 'node:child_process'
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CORPUS, corpusSlugs, plainParagraphs } from '../helpers/corpus.ts'
import { buildDocx, escapeXml, paragraph } from '../helpers/build-docx.ts'
import { unpackArchived } from '../../corpus/archive.ts'
import { EGIZ_NODE_FLAGS } from '../../scripts/node24.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const EGIZ = join(ROOT, 'bin', 'egiz.mjs')
const ANALYSE_ONLY = join(ROOT, 'test', 'bench', 'batch', 'analyse-only.ts')
const APP_READS = join(ROOT, 'test', 'bench', 'batch', 'app-reads.ts')
const pairsArgument = process.argv.indexOf('--pairs')
const PAIRS = pairsArgument > 0 ? Number(process.argv[pairsArgument + 1]) : 1000
const roundsArgument = process.argv.indexOf('--rounds')
const ROUNDS = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : 3
const TARGET_SCALING = 1.7
const LONELY = 5
const BROKEN = 5

function buildFolder(folder: string): { good: number } {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const documents = corpusSlugs().map((slug) => ({ slug, kk: readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8'), ru: readFileSync(join(CORPUS, slug, 'ru.txt'), 'utf8') }))
  const write = (name: string, language: 'kk' | 'ru', markdown: string, format: string) => {
    const path = join(folder, name)
    if (format === 'docx') writeFileSync(path, buildDocx({ body: plainParagraphs(markdown).map((line) => paragraph(line)) }))
    else if (format === 'html') writeFileSync(path, `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"></head><body>${plainParagraphs(markdown).map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}</body></html>`)
    else writeFileSync(path, markdown)
  }
  for (let k = 0; k < PAIRS; k++) {
    const document = documents[k % documents.length]!
    // A closing line makes every copy's bytes different, as real distinct agreements are.
    const kk = `${document.kk}\n\nКөшірме № ${k + 1}.\n`
    const ru = `${document.ru}\n\nКопия № ${k + 1}.\n`
    const format = ['txt', 'txt', 'md', 'docx', 'html', 'txt', 'md'][k % 7]!
    const style = k % 4
    if (k < documents.length) {
      // Named by nothing: found by language and the numbers of the title.
      write(`document-${k}-a.${format}`, 'kk', kk, format)
      write(`document-${k}-b.${format}`, 'ru', ru, format)
    } else if (style === 0) {
      write(`${document.slug}-${k}_kz.${format}`, 'kk', kk, format)
      write(`${document.slug}-${k}_ru.${format}`, 'ru', ru, format)
    } else if (style === 1) {
      write(`${document.slug}-${k}-kaz.${format}`, 'kk', kk, format)
      write(`${document.slug}-${k}-rus.${format}`, 'ru', ru, format)
    } else if (style === 2) {
      write(`KK ${document.slug} ${k}.${format}`, 'kk', kk, format)
      write(`RU ${document.slug} ${k}.${format}`, 'ru', ru, format)
    } else {
      mkdirSync(join(folder, `${document.slug}-${k}`))
      write(join(`${document.slug}-${k}`, `kk.${format}`), 'kk', kk, format)
      write(join(`${document.slug}-${k}`, `ru.${format}`), 'ru', ru, format)
    }
  }
  for (let k = 0; k < LONELY; k++) writeFileSync(join(folder, `lonely-${k}_kz.txt`), documents[k % documents.length]!.kk + `\nЖалғыз ${k}\n`)
  const broken: Array<[string, Uint8Array | string]> = [
    ['broken-0_kz.docx', buildDocx({ body: [paragraph('Мәтін')] }).subarray(0, 100)],
    ['broken-1_kz.pdf', 'not a pdf at all'],
    ['broken-2_kz.txt', ''],
    ['broken-3_kz.txt', Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)],
    ['broken-4_kz.docx', buildDocx({ body: [paragraph('Мәтін')] }, { encryptedFlag: true })],
  ]
  for (const [name, bytes] of broken.slice(0, BROKEN)) {
    writeFileSync(join(folder, name), bytes)
    writeFileSync(join(folder, name.replace('_kz.', '_ru.').replace(/\.(docx|pdf)$/, '.txt')), documents[0]!.ru)
  }
  return { good: PAIRS }
}

interface Measured {
  output: string
  seconds: number
  /** User + system CPU seconds of the process and its threads. */
  cpuSeconds: number
  peakMb: number
}

/** Runs egiz in its own process; GNU time's maximum resident set covers the worker threads too. */
function measure(args: string[]): Measured {
  const started = performance.now()
  const stderrFile = join(tmpdir(), `egiz-bench-time-${process.pid}.txt`)
  let output: string
  try {
    output = execFileSync('/usr/bin/time', ['-f', '%M %U %S', '-o', stderrFile, process.execPath, ...EGIZ_NODE_FLAGS, EGIZ, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
  } catch (error) {
    // Exit code 1 means some pairs failed — expected here, the folder holds broken files.
    output = (error as { stdout?: string }).stdout ?? ''
  }
  const seconds = (performance.now() - started) / 1000
  const [peakKb, user, system] = readFileSync(stderrFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  return { output, seconds, cpuSeconds: user! + system!, peakMb: peakKb! / 1024 }
}

function summaryOf(output: string): { imported: number; failed: number; articles: number; sentences: number } {
  const done = /(\d+) pairs imported .*\((\d+) article pairs, (\d+) sentence pairs\)(?:, (\d+) failed)?/.exec(output)
  if (!done) throw new Error(`no summary in the output:\n${output.slice(-2000)}`)
  return { imported: Number(done[1]), failed: Number(done[4] ?? 0), articles: Number(done[2]), sentences: Number(done[3]) }
}

/** The workspace on disk against the text it holds (as read from the files), and its largest parts. */
function workspaceSize(path: string): string {
  const db = new Database(path)
  db.pragma('wal_checkpoint(TRUNCATE)')
  let inputBytes = 0
  for (const row of db.prepare('SELECT original_text, original_deflated FROM document_versions').iterate() as Iterable<{ original_text: string; original_deflated: Buffer | null }>) {
    inputBytes += Buffer.byteLength(unpackArchived(row.original_deflated, row.original_text))
  }
  const parts = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 5').all() as Array<{ name: string; bytes: number }>
  db.close()
  const fileBytes = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0)
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
  return (
    `Workspace: ${mb(fileBytes)} for ${mb(inputBytes)} of input text: ${(fileBytes / inputBytes).toFixed(1)}× (target ≤ 4×), with both levels, history and the search index;\n` +
    `  largest parts: ${parts.map((part) => `${part.name} ${((100 * part.bytes) / fileBytes).toFixed(0)} %`).join(', ')}.`
  )
}

if (!existsSync('/usr/bin/time')) {
  console.error('bench:batch measures peak memory with GNU time: install the Debian package "time" first.')
  process.exit(2)
}
const folder = join(tmpdir(), 'egiz-bench-batch')
const { good } = buildFolder(folder)
console.log(`Folder: ${good} good pairs (${corpusSlugs().length} agreements, .txt/.md/.docx/.html, ${corpusSlugs().length} findable by content only), ${LONELY} files alone, ${BROKEN} pairs with a broken file; ${availableParallelism()} cores.`)

const plan = measure(['batch', folder, '--plan'])
const found = /: (\d+) pairs \((\d+) by file name, (\d+) by content\), (\d+) files not paired/.exec(plan.output)!
const alone = plan.output.split('\n').filter((line) => line.startsWith('  alone lonely-')).length
console.log(`Plan: ${found[1]} pairs found (${found[2]} by name, ${found[3]} by content) of ${good + BROKEN} expected; ${found[4]} files not paired (${alone} of the ${LONELY} lone files); ${plan.seconds.toFixed(1)} s.`)

/** One batch run into a fresh workspace. */
function runBatch(workers: number): { db: string; run: Measured; summary: ReturnType<typeof summaryOf> } {
  const db = join(tmpdir(), `egiz-bench-batch-${workers}.sqlite`)
  rmSync(db, { force: true })
  rmSync(`${db}-wal`, { force: true })
  rmSync(`${db}.backups`, { force: true, recursive: true })
  const run = measure(['batch', folder, '--db', db, '--workers', String(workers), '--project', 'Bench'])
  return { db, run, summary: summaryOf(run.output) }
}

/** The same pairs analysed on worker threads with nothing stored (analyse-only.ts): the workers' share alone. */
function analyseOnly(workers: number): { seconds: number; cpuSeconds: number } {
  const output = execFileSync(process.execPath, ['--efficiency-mode', ANALYSE_ONLY, folder, String(workers)], { encoding: 'utf8' })
  const [, seconds, cpuSeconds] = / in ([\d.]+) s, ([\d.]+) s CPU/.exec(output)!
  return { seconds: Number(seconds), cpuSeconds: Number(cpuSeconds) }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const runs = new Map<number, Array<ReturnType<typeof runBatch>>>([[1, []], [2, []]])
const analysisRuns = new Map<number, Array<ReturnType<typeof analyseOnly>>>([[1, []], [2, []]])
for (let round = 0; round < ROUNDS; round++) {
  for (const workers of [1, 2]) {
    runs.get(workers)!.push(runBatch(workers))
    analysisRuns.get(workers)!.push(analyseOnly(workers))
  }
}
let lastDb = ''
const throughput = new Map<number, number>()
for (const [workers, results] of runs) {
  const { summary } = results[0]!
  const pairsPerSecond = median(results.map((result) => result.summary.imported / result.run.seconds))
  throughput.set(workers, pairsPerSecond)
  console.log(
    `Batch, ${workers} worker${workers > 1 ? 's' : ''}: ${summary.imported} pairs imported, ${summary.failed} failed (broken files reported), ` +
      `${summary.articles} article pairs, ${summary.sentences} sentence pairs; median of ${ROUNDS} interleaved runs: ` +
      `${median(results.map((result) => result.run.seconds)).toFixed(1)} s wall, ${median(results.map((result) => result.run.cpuSeconds)).toFixed(1)} s CPU, ` +
      `${pairsPerSecond.toFixed(1)} pairs/s (runs: ${results.map((result) => (result.summary.imported / result.run.seconds).toFixed(1)).join(', ')}), ` +
      `peak memory ${median(results.map((result) => result.run.peakMb)).toFixed(0)} MB.`,
  )
  const missed = results.find((result) => result.summary.imported !== good || result.summary.failed !== BROKEN)
  const verdict = missed ? `MISSED: expected ${good} imported and ${BROKEN} failed, got ${missed.summary.imported} and ${missed.summary.failed}` : 'every good pair aligned, every broken file reported, in every run'
  console.log(`  ${verdict}.`)
  lastDb = results.at(-1)!.db
}
console.log(`2 workers against 1: ${(throughput.get(2)! / throughput.get(1)!).toFixed(2)}× the throughput (target ≥ ${TARGET_SCALING}×).`)
// What two threads can gain on this machine at all: the threads share the cores' caches and memory.
const analysis = (workers: number) => ({ seconds: median(analysisRuns.get(workers)!.map((run) => run.seconds)), cpuSeconds: median(analysisRuns.get(workers)!.map((run) => run.cpuSeconds)) })
const [oneThread, twoThreads] = [analysis(1), analysis(2)]
console.log(
  `  The workers' share alone (the same pairs read, aligned and checked on worker threads, nothing stored, no plan): ` +
    `1 thread ${oneThread.seconds.toFixed(1)} s (${oneThread.cpuSeconds.toFixed(1)} s CPU), 2 threads ${twoThreads.seconds.toFixed(1)} s (${twoThreads.cpuSeconds.toFixed(1)} s CPU): ` +
    `${(oneThread.seconds / twoThreads.seconds).toFixed(2)}×, the most two workers can gain on this machine.`,
)

// An import queues its sentence pairs for the search index; the first search indexes them.
const firstSearch = measure(['search', 'Республика', '--db', lastDb, '--limit', '1'])
const secondSearch = measure(['search', 'Республика', '--db', lastDb, '--limit', '1'])
console.log(
  `First search after the batch (it indexes the ${runs.get(2)![0]!.summary.sentences} sentence pairs first): ${firstSearch.seconds.toFixed(1)} s wall, ${firstSearch.cpuSeconds.toFixed(1)} s CPU, ` +
    `peak memory ${firstSearch.peakMb.toFixed(0)} MB; the next search: ${secondSearch.seconds.toFixed(2)} s.`,
)

console.log(workspaceSize(lastDb))

const tmx = join(tmpdir(), 'egiz-bench-corpus.tmx')
const exported = measure(['export', '-o', tmx, '--project', 'Bench', '--status', 'all', '--db', lastDb])
console.log(`Corpus TMX export (every sentence pair of the batch): ${(statSync(tmx).size / 1048576).toFixed(0)} MB in ${exported.seconds.toFixed(1)} s, peak memory ${exported.peakMb.toFixed(0)} MB.`)

// The same reads in the app (app-reads.ts), on the one-worker run's workspace: its index is still
// all to build, as after a folder import. The screen must go on answering meanwhile.
console.log('In the app, through the channels the screen calls (the same content, not yet searched):')
process.stdout.write(execFileSync(process.execPath, [APP_READS, runs.get(1)!.at(-1)!.db], { encoding: 'utf8' }))
