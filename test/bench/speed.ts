// npm run bench:speed — how fast Egiz is, printed as figures beside their targets:
//  1. start-up of the `egiz` command (fresh processes);
//  2. one document (the constitution pair, sentence level) as a whole process, against hunalign
//     on the same sentences, and the same as the input grows ×4 and ×16;
//  3. the aligner in-process at both levels on the largest corpus pair and on a ~5 MB pair made by
//     concatenating the corpus, each in a child process so that its peak memory is its own.
// These machines are noisy: every process figure is a median of interleaved runs, in CPU seconds.
// `--quick` runs fewer rounds and skips ×16.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { alignDocuments, prepareDocument, type Level } from '../../aligner/pipeline.ts'
import { corpusSlugs, readPair } from '../helpers/corpus.ts'
import { ensureCliBuilt } from '../helpers/built-cli.ts'
import { findHunalign, HUNALIGN_BUILD_HINT } from './speed/hunalign.ts'
import { requireGnuTime } from './speed/measure-process.ts'
import { measureAgainstPeer, type PeerRun } from './speed/peer.ts'
import { measureStartup } from './speed/startup.ts'
import { measureFirstCommand } from './speed/first-command.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

/** Targets: in-process milliseconds per MB of input per core at sentence level; start-up; against hunalign. */
const TARGET_MS_PER_MB = 100
const TARGET_STARTUP_SECONDS = 0.15
const TARGET_STARTUP_MB = 60
const TARGET_NPX_EXTRA_SECONDS = 0.05
const TARGET_PEER_RATIO = 1.5
const QUICK = process.argv.includes('--quick')
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
  const usageBefore = process.resourceUsage()
  const runs = Array.from({ length: count }, () => alignOnce(kkBytes, ruBytes, level))
  const usageAfter = process.resourceUsage()
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const megabytes = (kkBytes.length + ruBytes.length) / (1024 * 1024)
  // Pages touched for the first time (each new whole-text string is fresh memory) and the kernel's time, per run.
  const faults = (usageAfter.minorPageFault - usageBefore.minorPageFault) / count
  const system = (usageAfter.systemCPUTime - usageBefore.systemCPUTime) / 1000 / count
  console.log(JSON.stringify({ name, level, megabytes, cold: cold.milliseconds, warm: median(runs.map((r) => r.milliseconds)), cpu: median(runs.map((r) => r.cpu)), pairs: cold.pairs, peak, faults, system }))
}

function printStartup(): void {
  const rounds = QUICK ? 3 : 9
  const usages = measureStartup(rounds)
  console.log(`Start-up: median of ${rounds} interleaved runs, each a fresh process (wall, CPU = user + system, peak RSS).`)
  for (const [name, usage] of Object.entries(usages)) {
    console.log(`  ${name.padEnd(26)} ${usage.ok ? `${seconds(usage.wallSeconds)} wall ${seconds(usage.cpuSeconds)} CPU ${usage.peakMb.toFixed(0).padStart(4)} MiB` : 'failed'}`)
  }
  for (const name of ['egiz --help', 'egiz align (tiny pair)']) {
    const usage = usages[name]!
    console.log(`  ${name}: ${seconds(usage.wallSeconds)}, ${usage.peakMb.toFixed(0)} MiB (target < ${TARGET_STARTUP_SECONDS} s and ${TARGET_STARTUP_MB} MiB)`)
  }
  const npxExtra = usages['npx egiz --help']!.wallSeconds - usages['egiz --help']!.wallSeconds
  console.log(`  npx adds ${seconds(npxExtra)} (target ≤ ${TARGET_NPX_EXTRA_SECONDS} s; this is npm's own start)`)
}

async function printFirstCommand(): Promise<void> {
  const rounds = QUICK ? 3 : 5
  const figures = await measureFirstCommand(rounds)
  console.log(`\nFirst command of the day on a ${figures.workspaceMb.toFixed(1)} MB workspace (the 15 corpus pairs): median of ${rounds} runs.`)
  for (const [name, usage] of Object.entries(figures.usages)) console.log(`  ${name.padEnd(28)} ${usage.ok ? `${seconds(usage.wallSeconds)} wall ${seconds(usage.cpuSeconds)} CPU` : 'failed'}`)
  console.log(`  the routine backup, in a process of its own after the command, was written ${seconds(figures.backupSeconds)} later (not on the command's path)`)
}

function printPeer(): void {
  const hunalign = findHunalign()
  if (!hunalign) console.log(`hunalign not found, so no ratios: ${HUNALIGN_BUILD_HINT}`)
  const pair = readPair('constitution-2026')
  const runs: Array<[number, PeerRun]> = []
  for (const times of QUICK ? [1, 4] : [1, 4, 16]) runs.push([times, measureAgainstPeer(pair, times, times === 16 ? 1 : QUICK ? 3 : 5, hunalign)])
  console.log('\nOne document (constitution pair, sentence level, JSON written), end to end as a process, and as it grows;')
  console.log('hunalign on the same sentences (Egiz\'s split, one per line, empty dictionary). CPU seconds, peak RSS.')
  console.log('input          Egiz CPU   CPU/MB    peak   hunalign CPU   CPU/MB     peak   Egiz/hunalign')
  for (const [times, run] of runs) {
    const peer = run.hunalign
    const peerColumns = !peer ? '             –        –        –' : peer.ok ? `${seconds(peer.cpuSeconds).padStart(14)} ${seconds(peer.cpuSeconds / run.megabytes)} ${mib(peer.peakMb)}` : '  did not finish (limit or crash)'
    const ratio = peer?.ok ? `${(run.egiz.cpuSeconds / peer.cpuSeconds).toFixed(2)}×` : '–'
    console.log(`×${String(times).padEnd(3)}${run.megabytes.toFixed(2).padStart(6)} MB ${seconds(run.egiz.cpuSeconds)} ${seconds(run.egiz.cpuSeconds / run.megabytes)} ${mib(run.egiz.peakMb)} ${peerColumns}   ${ratio.padStart(6)}`)
  }
  const [, one] = runs[0]!
  if (one.hunalign?.ok) console.log(`one document: Egiz uses ${(one.egiz.cpuSeconds / one.hunalign.cpuSeconds).toFixed(2)}× hunalign's CPU time (target ≤ ${TARGET_PEER_RATIO}×)`)
  const [lastTimes, last] = runs[runs.length - 1]!
  console.log(`growth ×1 → ×${lastTimes}: Egiz CPU per MB ×${(last.egiz.cpuSeconds / last.megabytes / (one.egiz.cpuSeconds / one.megabytes)).toFixed(2)}, peak memory per MB ×${(last.egiz.peakMb / last.megabytes / (one.egiz.peakMb / one.megabytes)).toFixed(2)} (linear: ≤ 1)`)
}

function seconds(value: number): string {
  return `${value.toFixed(3).padStart(7)} s`
}

function mib(value: number): string {
  return `${value.toFixed(0).padStart(5)} MiB`
}

const [, , caseName, caseLevel] = process.argv
if (caseName && !caseName.startsWith('--')) {
  runCase(caseName, caseLevel as Level)
} else {
  requireGnuTime('bench:speed')
  ensureCliBuilt()
  printStartup()
  await printFirstCommand()
  printPeer()
  const self = fileURLToPath(import.meta.url)
  console.log('\nIn-process alignment.')
  console.log('One core. cold: first run in a fresh process; warm: median wall time of the next runs; CPU: median')
  console.log('CPU time of those runs (all threads, so garbage collection counts, time stolen by the host does not);')
  console.log('peak RSS: of the whole process after the first run.')
  console.log('page faults: pages touched for the first time per MB of input (mean of the warm runs); system: the kernel\'s share of CPU/MB.')
  console.log('case          level       input     cold      warm      CPU   CPU/MB    pairs  peak RSS  faults/MB  system/MB')
  let worstPerMb = 0
  let worstPeak = 0
  for (const name of ['largest', 'concatenated']) {
    for (const level of ['article', 'sentence'] as Level[]) {
      const line = execFileSync(process.execPath, [self, name, level], { encoding: 'utf8' }).trim().split('\n').pop()!
      const r = JSON.parse(line) as { megabytes: number; cold: number; warm: number; cpu: number; pairs: number; peak: number; faults: number; system: number }
      const perMb = r.cpu / r.megabytes
      if (level === 'sentence') worstPerMb = Math.max(worstPerMb, perMb)
      worstPeak = Math.max(worstPeak, r.peak)
      const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`
      console.log(`${name.padEnd(14)}${level.padEnd(10)}${r.megabytes.toFixed(2).padStart(6)} MB ${ms(r.cold)} ${ms(r.warm)} ${ms(r.cpu)} ${ms(perMb)} ${String(r.pairs).padStart(7)} ${r.peak.toFixed(0).padStart(6)} MB ${(r.faults / r.megabytes).toFixed(0).padStart(10)} ${ms(r.system / r.megabytes)}`)
    }
  }
  console.log(`sentence level, worst CPU time per MB: ${worstPerMb.toFixed(0)} ms (target < ${TARGET_MS_PER_MB}); peak ${worstPeak.toFixed(0)} MB (target < ${TARGET_PEAK_MB})`)
}
