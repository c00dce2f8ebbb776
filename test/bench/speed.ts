// npm run bench:speed — time and peak memory of `egiz align` at both levels on the largest pair of
// test/data/corpus and on a ~5 MB pair made by concatenating the corpus. Each case runs in a child
// process so that its peak memory is its own.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { alignDocuments, prepareDocument, type Level } from '../../aligner/pipeline.ts'
import { corpusSlugs, readPair } from '../helpers/corpus.ts'

/** Target from the issue: milliseconds per MB of input per core at sentence level. */
const TARGET_MS_PER_MB = 200
const TARGET_PEAK_MB = 500
const CONCATENATED_TARGET_BYTES = 5 * 1024 * 1024

function inputs(name: string): { kk: string; ru: string } {
  if (name === 'largest') {
    const slug = corpusSlugs().sort((a, b) => byteLength(readPair(b).kk + readPair(b).ru) - byteLength(readPair(a).kk + readPair(a).ru))[0]!
    return readPair(slug)
  }
  const pairs = corpusSlugs().map(readPair)
  let kk = ''
  let ru = ''
  while (byteLength(kk) + byteLength(ru) < CONCATENATED_TARGET_BYTES) {
    for (const pair of pairs) {
      kk += pair.kk + '\n\n'
      ru += pair.ru + '\n\n'
    }
  }
  return { kk, ru }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Runs after the first (which pays for module set-up and JIT warm-up, shown apart): at least
 * MIN_WARM_RUNS, and enough to fill WARM_SECONDS, so that short cases are not at the mercy of noise.
 */
const MIN_WARM_RUNS = 5
const WARM_SECONDS = 3

function alignOnce(kkBytes: Uint8Array, ruBytes: Uint8Array, level: Level): { milliseconds: number; cpu: number; pairs: number } {
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const kkDocument = prepareDocument({ name: 'kk', bytes: kkBytes })
  const ruDocument = prepareDocument({ name: 'ru', bytes: ruBytes })
  if (!kkDocument.ok || !ruDocument.ok) throw new Error('the benchmark input did not prepare')
  const result = alignDocuments(kkDocument.document, ruDocument.document, { level })
  const cpu = process.cpuUsage(cpuStarted)
  return { milliseconds: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, pairs: result.pairs.length }
}

function runCase(name: string, level: Level): void {
  const { kk, ru } = inputs(name)
  const kkBytes = new TextEncoder().encode(kk)
  const ruBytes = new TextEncoder().encode(ru)
  const cold = alignOnce(kkBytes, ruBytes, level)
  const peak = process.resourceUsage().maxRSS / 1024
  const count = Math.max(MIN_WARM_RUNS, Math.ceil((WARM_SECONDS * 1000) / cold.milliseconds))
  const runs = Array.from({ length: count }, () => alignOnce(kkBytes, ruBytes, level))
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const megabytes = (kkBytes.length + ruBytes.length) / (1024 * 1024)
  console.log(JSON.stringify({ name, level, megabytes, cold: cold.milliseconds, warm: median(runs.map((r) => r.milliseconds)), cpu: median(runs.map((r) => r.cpu)), pairs: cold.pairs, peak }))
}

const [, , caseName, caseLevel] = process.argv
if (caseName) {
  runCase(caseName, caseLevel as Level)
} else {
  const self = fileURLToPath(import.meta.url)
  console.log('One core. cold: first run in a fresh process; warm: median wall time of the next runs; CPU: median')
  console.log('CPU time of those runs (all threads, so garbage collection counts, time stolen by the host does not);')
  console.log('peak RSS: of the whole process after the first run.')
  console.log('case          level       input     cold      warm      CPU   CPU/MB    pairs  peak RSS')
  let worstPerMb = 0
  let worstPeak = 0
  for (const name of ['largest', 'concatenated']) {
    for (const level of ['article', 'sentence'] as Level[]) {
      const line = execFileSync(process.execPath, [self, name, level], { encoding: 'utf8' }).trim().split('\n').pop()!
      const r = JSON.parse(line) as { megabytes: number; cold: number; warm: number; cpu: number; pairs: number; peak: number }
      const perMb = r.cpu / r.megabytes
      if (level === 'sentence') worstPerMb = Math.max(worstPerMb, perMb)
      worstPeak = Math.max(worstPeak, r.peak)
      const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`
      console.log(`${name.padEnd(14)}${level.padEnd(10)}${r.megabytes.toFixed(2).padStart(6)} MB ${ms(r.cold)} ${ms(r.warm)} ${ms(r.cpu)} ${ms(perMb)} ${String(r.pairs).padStart(7)} ${r.peak.toFixed(0).padStart(6)} MB`)
    }
  }
  console.log(`sentence level, worst CPU time per MB: ${worstPerMb.toFixed(0)} ms (target < ${TARGET_MS_PER_MB}); peak ${worstPeak.toFixed(0)} MB (target < ${TARGET_PEAK_MB})`)
}
