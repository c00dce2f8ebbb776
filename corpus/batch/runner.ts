// Imports the pairs of a folder plan: worker threads read, align and check (one per core by
// default), the calling thread writes each pair in its own transaction, or, when no one else writes
// to the workspace meanwhile (the command line), in groups of pairs (grouped-store.ts). Pairs
// imported before (same bytes) are skipped, so an interrupted batch resumes where it stopped.
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { Workspace } from '../workspace.ts'
import { failure, type FileProblem, type ProblemDetail } from '../../aligner/problems.ts'
import type { BatchPlan, PlannedPair } from './pairing.ts'
import type { WorkerReply, WorkerTask } from './worker.ts'
import type { ImportCounts } from '../import.ts'
import { GroupedStore } from './grouped-store.ts'
import { sha256 } from '../analyse.ts'
import { endWorker, startWorker } from './worker-threads.ts'

/**
 * The worker script beside this module: its source when running from TypeScript (tests), its bundle
 * when running from the built command line (dist/cli, see cli/vite.config.ts). The desktop build
 * passes its own.
 */
const DEFAULT_WORKER_PATH = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './batch-worker.mjs', import.meta.url))

export interface BatchOptions {
  project: string
  /** Worker threads (default: one per core). */
  workers?: number
  workerPath?: string
  signal?: AbortSignal
  onProgress?: (progress: BatchProgress) => void
  /** Time one pair may take before it fails and its worker is replaced (default PAIR_BUDGET_MS). */
  pairBudgetMs?: number
  /** The folder imported: documents are named by their path inside it (set by runBatch from the plan). */
  folder?: string
  /**
   * Commit pairs in groups rather than one by one: much faster, but every write on the connection
   * joins the open group, so only for a batch that is the workspace's one writer (not the app,
   * where the reviewer's edits must be saved as they are made).
   */
  groupWrites?: boolean
}

export interface BatchProgress {
  total: number
  /** Pairs finished in any way: imported, skipped or failed. */
  done: number
  imported: number
  skipped: number
  failed: number
  elapsedMs: number
  /** Estimated time left, from the pace of the pairs aligned so far; null before the first. */
  remainingMs: number | null
  /** The pair just finished. */
  last: string | null
}

export interface PairOutcome {
  pair: PlannedPair
  status: 'imported' | 'skipped' | 'failed'
  reason?: string
  problem?: FileProblem
  /** What went wrong, for the app to word in the reader's language; `file` is the file it is about. */
  detail?: ProblemDetail
  file?: string
  counts?: ImportCounts
}

export interface BatchSummary {
  outcomes: PairOutcome[]
  imported: number
  skipped: number
  failed: number
  articlePairs: number
  sentencePairs: number
  findingsByKind: Record<string, number>
  elapsedMs: number
  /** True when the signal stopped the batch before every pair was done. */
  interrupted: boolean
}

export async function runBatch(workspace: Workspace, plan: BatchPlan, options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now()
  const outcomes: PairOutcome[] = []
  const progress: BatchProgress = { total: plan.pairs.length, done: 0, imported: 0, skipped: 0, failed: 0, elapsedMs: 0, remainingMs: null, last: null }
  let alignedMs = 0
  const finish = (outcome: PairOutcome) => {
    outcomes.push(outcome)
    progress.done++
    progress[outcome.status]++
    progress.last = outcome.pair.label
    progress.elapsedMs = performance.now() - started
    if (outcome.status !== 'skipped') alignedMs = progress.elapsedMs
    const aligned = progress.imported + progress.failed
    const left = progress.total - progress.done
    progress.remainingMs = aligned > 0 ? (alignedMs / aligned) * left : null
    options.onProgress?.({ ...progress })
  }

  const queue: Array<{ id: number; pair: PlannedPair }> = []
  // Into a project with nothing in it yet, no file needs reading here to tell.
  const mayHaveImported = workspace.hasAlignments(options.project)
  plan.pairs.forEach((pair, id) => {
    if (options.signal?.aborted) return
    const before = mayHaveImported && alreadyImported(workspace, options.project, pair)
    if (before) finish({ pair, status: 'skipped', reason: 'imported before (the same files)' })
    else queue.push({ id, pair })
  })
  if (queue.length > 0 && !options.signal?.aborted) {
    const grouped = options.groupWrites ? new GroupedStore(workspace, options.project, finish) : null
    await runOnWorkers(queue, { ...options, folder: plan.folder }, (pair, reply) => {
      if (!reply.analysis.ok) {
        const { reason, problem, detail, file } = reply.analysis
        return finish({ pair, status: 'failed', reason, problem, detail, file })
      }
      if (grouped) return grouped.store(pair, reply.analysis.record)
      const stored = workspace.storeImportRecord(options.project, reply.analysis.record)
      if (!stored.ok) return finish({ pair, status: 'failed', reason: stored.reason })
      const { ok: _ok, ...counts } = stored
      finish({ pair, status: 'imported', counts })
    })
    grouped?.commit()
  }
  return summarise(outcomes, performance.now() - started, outcomes.length < plan.pairs.length)
}

function alreadyImported(workspace: Workspace, project: string, pair: PlannedPair): boolean {
  try {
    return workspace.importedBefore(project, fileSha256(pair.kk), fileSha256(pair.ru))
  } catch {
    // An unreadable file is the worker's to report, with its reason.
    return false
  }
}

function fileSha256(path: string): string {
  return sha256(readFileSync(path))
}

/** Feeds the queue to a pool of workers; a worker that dies fails its pair and is replaced. */
function runOnWorkers(queue: Array<{ id: number; pair: PlannedPair }>, options: BatchOptions, onReply: (pair: PlannedPair, reply: WorkerReply) => void): Promise<void> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), queue.length))
  const path = options.workerPath ?? DEFAULT_WORKER_PATH
  const pending = [...queue]
  const pairsById = new Map(queue.map(({ id, pair }) => [id, pair]))
  let running = 0
  return new Promise((resolve) => {
    const workers = new Set<Worker>()
    const stopAll = () => {
      for (const worker of workers) endWorker(worker, 'terminate')
      workers.clear()
      resolve()
    }
    options.signal?.addEventListener('abort', stopAll, { once: true })
    const start = async () => {
      const worker = await startWorker(path, WORKER_LIMITS)
      workers.add(worker)
      // Pairs sent to this worker, in the order it works on them: the first is the one in hand.
      const inFlight: Array<{ id: number; pair: PlannedPair }> = []
      let timer: NodeJS.Timeout | undefined
      // Past its budget, a pair fails and its worker is replaced, as if it had died.
      const budget = options.pairBudgetMs ?? PAIR_BUDGET_MS
      const startClock = () => {
        clearTimeout(timer)
        if (inFlight.length > 0) timer = setTimeout(expire, budget)
      }
      /** Ends this worker; the pair in hand gets `analysis`, the others it held go back to the queue. */
      const replace = (analysis: WorkerReply['analysis']) => {
        clearTimeout(timer)
        workers.delete(worker)
        endWorker(worker, 'terminate')
        const [inHand, ...waiting] = inFlight.splice(0)
        pending.unshift(...waiting)
        if (inHand) onReply(inHand.pair, { id: inHand.id, analysis })
        // A new worker takes this one's place (and its count in `running`); each one ended costs one pair, so this ends.
        void start()
      }
      const expire = () => {
        if (workers.has(worker) && inFlight.length > 0) replace(overBudget(budget))
      }
      /** Keeps PAIRS_IN_FLIGHT pairs sent ahead, so the worker never waits for this thread to store a reply. */
      const fill = () => {
        while (inFlight.length < PAIRS_IN_FLIGHT && !options.signal?.aborted && pending.length > 0) {
          const task = pending.shift()!
          inFlight.push(task)
          if (inFlight.length === 1) startClock()
          worker.postMessage({ id: task.id, kk: task.pair.kk, ru: task.pair.ru, folder: options.folder } satisfies WorkerTask)
        }
        if (inFlight.length > 0) return
        workers.delete(worker)
        endWorker(worker, 'release')
        if (--running === 0) {
          options.signal?.removeEventListener('abort', stopAll)
          resolve()
        }
      }
      worker.on('message', (reply: WorkerReply) => {
        inFlight.shift()
        // The worker goes on with the next pair sent: its budget starts now.
        startClock()
        // After a stop, a pair still in flight is dropped: the next run imports it again.
        if (options.signal?.aborted) return
        fill()
        onReply(pairsById.get(reply.id)!, reply)
      })
      worker.on('error', (error) => {
        if (workers.has(worker)) replace(workerFailure(error))
      })
      fill()
    }
    for (let index = 0; index < count; index++) {
      running++
      void start()
    }
  })
}

/**
 * Budget of one pair on a worker: real agreements take seconds; a file that takes minutes, or
 * gigabytes, is damaged or hostile, and its worker is ended so the app and the batch go on.
 */
export const PAIR_BUDGET_MS = 120_000
/** Pairs sent ahead to each worker: one in hand, one waiting, so it goes on while this thread stores. */
const PAIRS_IN_FLIGHT = 2
const WORKER_LIMITS = { maxOldGenerationSizeMb: 2048 }

function overBudget(ms: number): WorkerReply['analysis'] {
  return failure({ code: 'over-budget', seconds: ms / 1000 })
}

function workerFailure(error: Error): WorkerReply['analysis'] {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return failure({ code: 'out-of-memory', megabytes: WORKER_LIMITS.maxOldGenerationSizeMb })
  return failure({ code: 'aligner-stopped', message: error.message })
}

/** What a cancelled import answers. */
export const CANCELLED_IMPORT = 'the import was cancelled; nothing was saved'

/**
 * One pair analysed on a worker thread of its own, for imports started from the app; ended past
 * its budget, or at once when `signal` aborts (the reader pressed Cancel).
 */
export async function analyseOffThread(task: WorkerTask, workerPath: string = DEFAULT_WORKER_PATH, budgetMs: number = PAIR_BUDGET_MS, signal?: AbortSignal): Promise<WorkerReply['analysis']> {
  if (signal?.aborted) return { ok: false, reason: CANCELLED_IMPORT }
  const worker = await startWorker(workerPath, WORKER_LIMITS)
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(overBudget(budgetMs)), budgetMs)
    const cancel = () => finish({ ok: false, reason: CANCELLED_IMPORT })
    signal?.addEventListener('abort', cancel, { once: true })
    const finish = (analysis: WorkerReply['analysis'], idle = false) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', cancel)
      endWorker(worker, idle ? 'release' : 'terminate')
      resolve(analysis)
    }
    if (signal?.aborted) return cancel()
    worker.once('message', (reply: WorkerReply) => finish(reply.analysis, true))
    worker.once('error', (error) => finish(workerFailure(error)))
    worker.postMessage(task)
  })
}

function summarise(outcomes: PairOutcome[], elapsedMs: number, interrupted: boolean): BatchSummary {
  const findingsByKind: Record<string, number> = {}
  let articlePairs = 0
  let sentencePairs = 0
  for (const outcome of outcomes) {
    if (!outcome.counts) continue
    articlePairs += outcome.counts.articlePairs
    sentencePairs += outcome.counts.sentencePairs
    for (const [kind, count] of Object.entries(outcome.counts.findingsByKind)) findingsByKind[kind] = (findingsByKind[kind] ?? 0) + count
  }
  const count = (status: PairOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length
  return { outcomes, imported: count('imported'), skipped: count('skipped'), failed: count('failed'), articlePairs, sentencePairs, findingsByKind, elapsedMs, interrupted }
}
