// Stores a batch's analysed pairs in groups: up to GROUP_PAIRS pairs in one transaction, committed
// at the latest GROUP_MS after its first pair (write-group.ts says why). A pair counts as imported
// only once its group is committed; if the commit fails, each pair of the group is reported failed
// with the reason, and an interrupted batch imports them again when it resumes.
import type { Workspace } from '../workspace.ts'
import type { ImportRecord } from '../import-record.ts'
import type { WriteGroup } from '../write-group.ts'
import type { PlannedPair } from './pairing.ts'
import type { PairOutcome } from './runner.ts'

const GROUP_PAIRS = 16
const GROUP_MS = 1000

export class GroupedStore {
  private group: WriteGroup | null = null
  private waiting: PairOutcome[] = []
  private timer: NodeJS.Timeout | undefined

  private readonly workspace: Workspace
  private readonly project: string
  private readonly finish: (outcome: PairOutcome) => void

  constructor(workspace: Workspace, project: string, finish: (outcome: PairOutcome) => void) {
    this.workspace = workspace
    this.project = project
    this.finish = finish
  }

  store(pair: PlannedPair, record: ImportRecord): void {
    // SQLite ends a transaction by itself after some errors (a full disk): what it held is gone.
    if (this.group && !this.group.isOpen) this.lose('the transaction holding it was ended by an earlier error')
    if (!this.group) {
      const opened = this.workspace.openWriteGroup()
      if (!opened.ok) return this.finish({ pair, status: 'failed', reason: opened.reason })
      this.group = opened.group
      this.timer = setTimeout(() => this.commit(), GROUP_MS)
    }
    const group = this.group
    const stored = this.workspace.storeImportRecord(this.project, record)
    if (!group.isOpen) {
      const why = stored.ok ? 'the transaction holding it was ended by an error' : stored.reason
      this.lose(why)
      return this.finish({ pair, status: 'failed', reason: stored.ok ? `not saved: ${why}` : why })
    }
    if (!stored.ok) return this.finish({ pair, status: 'failed', reason: stored.reason })
    const { ok: _ok, ...counts } = stored
    this.waiting.push({ pair, status: 'imported', counts })
    if (this.waiting.length >= GROUP_PAIRS) this.commit()
  }

  /** Commits the open group, if any, and tells the outcome of each of its pairs. */
  commit(): void {
    clearTimeout(this.timer)
    const group = this.group
    const waiting = this.waiting
    this.group = null
    this.waiting = []
    if (!group) return
    const committed = this.workspace.commitWriteGroup(group)
    for (const outcome of waiting) this.finish(committed.ok ? outcome : { pair: outcome.pair, status: 'failed', reason: `not saved: ${committed.reason}` })
  }

  /** The group's transaction ended without a commit: its pairs were not saved. */
  private lose(reason: string): void {
    clearTimeout(this.timer)
    this.group?.rollback()
    this.group = null
    const waiting = this.waiting
    this.waiting = []
    for (const outcome of waiting) this.finish({ pair: outcome.pair, status: 'failed', reason: `not saved: ${reason}` })
  }
}
