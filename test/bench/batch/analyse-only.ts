// The workers' share of `egiz batch` alone: the pairs of a folder read, aligned and checked on N
// worker threads (the batch's own worker script), with nothing stored and no writing thread. How
// this scales from one thread to two is the most two batch workers can gain on this machine,
// whatever the writer does: the threads still share the cores' caches and memory.
// usage: node --efficiency-mode test/bench/batch/analyse-only.ts FOLDER WORKERS (as bin/egiz.mjs sets
// V8); prints the pairs analysed and the time and CPU time (all threads) the analysis took.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { planFolder } from '../../../corpus/batch/pairing.ts'
import type { WorkerReply, WorkerTask } from '../../../corpus/batch/worker.ts'
import { useFrancOnDemand } from '../../../corpus/franc-loader.ts'
import { builtCliIsFresh } from '../../../scripts/built-cli.mjs'

const [folder, workersArgument] = process.argv.slice(2)
const workers = Number(workersArgument)
if (!folder || !(workers >= 1)) {
  console.error('usage: node test/bench/batch/analyse-only.ts FOLDER WORKERS')
  process.exit(2)
}
useFrancOnDemand()
// The script `egiz batch` runs: the bundle when it is up to date, as bin/egiz.mjs chooses.
const built = fileURLToPath(new URL('../../../dist/cli/batch-worker.mjs', import.meta.url))
const workerPath = builtCliIsFresh() && existsSync(built) ? built : fileURLToPath(new URL('../../../corpus/batch/worker.ts', import.meta.url))

const planned = await planFolder(folder)
if (!planned.ok) throw new Error(planned.reason)
const pending = planned.plan.pairs.map((pair, id): WorkerTask => ({ id, kk: pair.kk, ru: pair.ru, folder: planned.plan.folder }))
let analysed = 0
const started = performance.now()
const cpuBefore = process.cpuUsage()
await Promise.all(
  Array.from({ length: workers }, () => new Promise<void>((resolve) => {
    const worker = new Worker(workerPath)
    let inFlight = 0
    // Two pairs sent ahead, as the batch runner does.
    const fill = () => {
      while (inFlight < 2 && pending.length > 0) {
        worker.postMessage(pending.shift()!)
        inFlight++
      }
      if (inFlight > 0) return
      // No more work, as the batch runner says it: the thread ends by itself.
      worker.once('exit', () => resolve())
      worker.postMessage(null)
    }
    worker.on('message', (reply: WorkerReply) => {
      inFlight--
      if (reply.analysis.ok) analysed++
      fill()
    })
    fill()
  })),
)
const cpu = process.cpuUsage(cpuBefore)
console.log(`${analysed} pairs analysed in ${((performance.now() - started) / 1000).toFixed(2)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`)
