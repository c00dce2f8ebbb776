// Folder imports started from the app: each runs in the background, the UI polls its progress
// and may cancel it. One job at a time per workspace: two would only compete for the same cores.
import type { Workspace } from '../workspace.ts'
import { planFolder, type PlannedPair, type Unpaired } from './pairing.ts'
import { runBatch, type BatchProgress, type BatchSummary, type PairOutcome } from './runner.ts'

export type BatchState = 'planning' | 'running' | 'done' | 'cancelled' | 'failed'

export interface BatchJobView {
  id: number
  folder: string
  project: string
  state: BatchState
  /** Pairs found and files left alone, once the folder is read. */
  pairs: number
  paired: PlannedPair[]
  unpaired: Unpaired[]
  progress: BatchProgress | null
  /** At the end: the totals, with the failed pairs only (the imported ones are in the documents list). */
  summary: (Omit<BatchSummary, 'outcomes'> & { failures: PairOutcome[] }) | null
  /** Why the job could not run at all (no such folder…). */
  error: string | null
}

export class BatchJobs {
  private readonly jobs = new Map<number, { view: BatchJobView; controller: AbortController }>()
  private nextId = 1
  private readonly workspace: Workspace
  private readonly workerPath: string | undefined

  constructor(workspace: Workspace, workerPath?: string) {
    this.workspace = workspace
    this.workerPath = workerPath
  }

  start(folder: string, project: string): { ok: true; jobId: number } | { ok: false; reason: string } {
    const busy = [...this.jobs.values()].find(({ view }) => view.state === 'planning' || view.state === 'running')
    if (busy) return { ok: false, reason: `a folder is being imported already (${busy.view.folder}); wait for it or cancel it` }
    const id = this.nextId++
    const view: BatchJobView = { id, folder, project, state: 'planning', pairs: 0, paired: [], unpaired: [], progress: null, summary: null, error: null }
    const controller = new AbortController()
    this.jobs.set(id, { view, controller })
    void this.run(view, controller.signal)
    return { ok: true, jobId: id }
  }

  status(id: number): BatchJobView | null {
    const job = this.jobs.get(id)
    return job ? structuredClone(job.view) : null
  }

  cancel(id: number): { ok: true } | { ok: false; reason: string } {
    const job = this.jobs.get(id)
    if (!job) return { ok: false, reason: `there is no folder import ${id}` }
    job.controller.abort()
    return { ok: true }
  }

  /** Stops every job (the workspace is closing). */
  cancelAll(): void {
    for (const { controller } of this.jobs.values()) controller.abort()
  }

  private async run(view: BatchJobView, signal: AbortSignal): Promise<void> {
    try {
      const planned = await planFolder(view.folder)
      if (!planned.ok) {
        view.state = 'failed'
        view.error = planned.reason
        return
      }
      view.pairs = planned.plan.pairs.length
      view.paired = planned.plan.pairs
      view.unpaired = planned.plan.unpaired
      if (signal.aborted) {
        view.state = 'cancelled'
        return
      }
      view.state = 'running'
      const summary = await runBatch(this.workspace, planned.plan, { project: view.project, workerPath: this.workerPath, signal, onProgress: (progress) => (view.progress = progress) })
      const { outcomes, ...totals } = summary
      view.summary = { ...totals, failures: outcomes.filter((outcome) => outcome.status === 'failed') }
      view.state = summary.interrupted ? 'cancelled' : 'done'
    } catch (error) {
      view.state = 'failed'
      view.error = `the folder import stopped: ${error instanceof Error ? error.message : String(error)}`
    }
    // So that the first search after the import does not wait for all of its pairs.
    await this.workspace.indexForSearchInBackground()
  }
}
