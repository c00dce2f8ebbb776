// The workspace service: one typed entry point to a translator's corpus, used alike by the app's
// contract handlers and by the command line, so both behave the same.
import type { ChildProcess } from 'node:child_process'
import { userInfo } from 'node:os'
import { describeDatabaseError, isBusyError, openDatabase, openSnapshot, writeTransaction, sql, sqlValue, type Db } from './database.ts'
import { firstUndone, lastDone, listOperations, operationDiff, redoOperation, undoOperation, type OperationRecord, type SideDiff } from './history.ts'
import { importPair, storeImportRecord, type ImportRequest, type ImportResult } from './import.ts'
import type { ImportRecord } from './import-record.ts'
import { unpackRepairRows, versionRepairs } from './repair-log.ts'
import { documentName } from '../aligner/tmx/candidates.ts'
import { changesCharacters, documentParagraphs, sortEdits, type DocumentEdit } from '../aligner/tmx/document-text.ts'
import { analyseOffThread, PAIR_BUDGET_MS } from './batch/runner.ts'
import type { WorkerTask } from './batch/worker.ts'
import { recheckPairs } from './recheck.ts'
import { alignmentOfFiles, asCopy, findSameImport, type ExistingImport, type IfImported } from './reimport.ts'
import { BatchJobs } from './batch/jobs.ts'
import { startRoutineBackup } from './backup/routine.ts'
import type { LanguageCode } from '../aligner/language.ts'
import { failure } from '../aligner/problems.ts'
import type { ApartBlock } from '../aligner/formats/extracted.ts'
import { importTmx, type TmxImportResult } from './import-tmx.ts'
import { WriteGroup } from './write-group.ts'
import { pendingForIndex, updateSearchIndex } from './search-index.ts'
import { batched, SLICE_MS, Slices } from './slices.ts'
import { describeReport, PairExporter, type ExportCandidate, type ExportOptions, type ExportReport } from '../aligner/tmx/export.ts'
import { checkExportedTmxInTurns } from '../aligner/tmx/check.ts'
import type { FindingDetail } from '../aligner/checks/messages.ts'
import { termInconsistencies, type TermGroup, type TermInconsistency } from '../aligner/checks/terms.ts'
import * as operations from './operations.ts'
import { loadAlignmentTexts, PAIR_COLUMNS, sideText, toView, toViewWithTexts, type AlignmentTexts, type Level, type PairRow, type PairView, type Side, type Status } from './rows.ts'
import { allTrigrams, matchSpans, searchKey } from './search-key.ts'
import type { Migration } from './schema.ts'

export type { EditResult, SplitPoint, StatusTarget } from './operations.ts'

/** Undo or redo: the operation it took back or did again, and the first pair it restored (to show it). */
export type StepResult =
  | { ok: true; operation: OperationRecord; focus: { pairId: number; level: Level } | null }
  | { ok: false; reason: string; refusal?: operations.Refusal }

export interface ProjectSummary {
  id: number
  name: string
  alignments: number
}

export interface AlignmentSummary {
  id: number
  projectId: number
  project: string
  title: string
  createdAt: string
  kkFile: string
  ruFile: string
  pairs: number
  confirmed: number
  /** Findings not dismissed, of every severity, the aligner's notes aside: what the review screen flags and `stats` counts. */
  openFindings: number
}

export interface RepairView {
  id: number
  kind: string
  cleanStart: number
  cleanEnd: number
  before: string
  after: string
  state: string
}

export interface FindingView {
  id: number
  pairId: number | null
  kind: string
  code: string
  severity: 'error' | 'warning' | 'info'
  /** In English; `detail` says it in any interface language (null for findings stored before details were). */
  message: string
  detail: FindingDetail | null
  kk: { start: number; end: number } | null
  ru: { start: number; end: number } | null
  dismissed: { reason: string; at: string; by: string } | null
}

export interface SearchHit {
  pair: PairView
  alignmentTitle: string
  /** Side the query was found on. */
  side: Side
}

/** A concordance line: the pair, its document, and where the query is in each side's text. */
export interface ConcordanceHit {
  pair: PairView
  alignmentTitle: string
  matches: Record<Side, Array<[number, number]>>
}

/** The two files were imported into the project before: the app asks what to do (resolveImport). */
export interface AlreadyImported {
  ok: false
  reason: string
  alreadyImported: ExistingImport & { token: number }
}

export type PairImportResult = ImportResult | AlreadyImported

export interface ConcordanceQuery {
  projectId?: number
  alignmentId?: number
  status?: Status
  offset?: number
  limit?: number
}

export interface Statistics {
  projects: number
  alignments: number
  pairs: { article: number; sentence: number }
  byStatus: Record<Status, number>
  confirmedShare: number
  findingsByKind: Record<string, number>
}

/** `batchWorkerPath` and `backupScriptPath`: the scripts of the worker and the backup process, for builds that bundle them (the desktop app). */
export interface OpenOptions {
  user?: string
  busyTimeoutMs?: number
  migrations?: Migration[]
  appVersion?: string
  batchWorkerPath?: string
  backupScriptPath?: string
}

export type OpenWorkspace = { ok: true; workspace: Workspace } | { ok: false; reason: string; backups: string[] }

/** Alignments whose texts stay in memory: the few a reviewer works on; an export passes through all. */
const TEXT_CACHE_SIZE = 8
/** Imports waiting for an answer to "already imported" (each holds an aligned pair in memory). */
const MAX_PENDING_IMPORTS = 4
/** Fewest characters the trigram index can search for; shorter queries scan instead. */
const TRIGRAM = 3

export class Workspace {
  private readonly textCache = new Map<number, AlignmentTexts>()
  private readonly db: Db
  readonly path: string
  readonly user: string
  /** Version of Egiz, written into exported files. */
  readonly appVersion: string

  /** Folder imports running in the background (File → Import folder…). */
  readonly batches: BatchJobs
  private readonly batchWorkerPath: string | undefined
  private readonly backupScriptPath: string | undefined
  /** The routine backup the last close started, if one was due: it runs on after this process. */
  backupProcess: ChildProcess | null = null
  /** Pair imports started from the app and still on their worker, so that Cancel can stop them. */
  private readonly pairImports = new Set<AbortController>()
  private readonly pendingImports = new Map<number, { project: string; record: ImportRecord; existing: ExistingImport }>()
  private lastImportToken = 0
  /** Made by this open: its routine backup can wait, there is no earlier work in it to protect. */
  private readonly createdNow: boolean

  private constructor(db: Db, path: string, options: OpenOptions, createdNow: boolean) {
    this.db = db
    this.createdNow = createdNow
    this.path = path
    this.user = options.user ?? currentUser()
    this.appVersion = options.appVersion ?? 'unknown'
    this.batchWorkerPath = options.batchWorkerPath
    this.backupScriptPath = options.backupScriptPath
    this.batches = new BatchJobs(this, options.batchWorkerPath)
  }

  static open(path: string, options: OpenOptions = {}): OpenWorkspace {
    const opened = openDatabase(path, { busyTimeoutMs: options.busyTimeoutMs, migrations: options.migrations })
    if (!opened.ok) return opened
    return { ok: true, workspace: new Workspace(opened.db, path, options, opened.migratedFrom === 0) }
  }

  /**
   * Closes the file, then starts the day's routine backup in a process of its own when one is due
   * (not for a workspace this open created: there is no earlier work in it to protect). Closing
   * again does nothing: a second backup process would find the first one's lock and end at once,
   * and whoever waited for it would not see the backup being written.
   */
  close(): void {
    if (!this.db.open) return
    this.batches.cancelAll()
    this.db.close()
    try {
      if (!this.createdNow) this.backupProcess = startRoutineBackup(this.path, this.backupScriptPath)
    } catch (error) {
      // The routine backup is a courtesy: an unreadable backups folder must not fail the close.
      if ((error as NodeJS.ErrnoException).code === undefined) throw error // a bug, not the disk
    }
  }

  // Projects, alignments and pairs ------------------------------------------------------------

  importPair(request: ImportRequest): ImportResult {
    return guarded(() => importPair(this.db, request, this.user, now()))
  }

  /**
   * Imports two files of any format Egiz reads (.txt, .md, .html, .docx, .doc, .odt, .rtf, .pdf), given as
   * bytes; reading and aligning run on a worker thread, so the app stays responsive.
   */
  async importFiles(project: string, files: Array<{ name: string; bytes: Uint8Array; language?: LanguageCode }>, ifImported: IfImported = 'version'): Promise<PairImportResult> {
    // The worker checks that there are two.
    return this.analyseAndStore(project, { id: 1, files }, ifImported)
  }

  /** The same for files on this computer, by path (the desktop app's open dialog). */
  async importPaths(project: string, paths: [string, string], ifImported: IfImported = 'version'): Promise<PairImportResult> {
    return this.analyseAndStore(project, { id: 1, kk: paths[0], ru: paths[1] }, ifImported)
  }

  /**
   * The reviewer's answer to "already imported": open the existing alignment, align the same
   * documents again beside it, or import a copy. The files are not read or aligned again.
   */
  resolveImport(token: number, choice: 'open' | 'version' | 'copy'): ImportResult | { ok: true; alignmentId: number; opened: true } {
    const pending = this.pendingImports.get(token)
    if (!pending) return failure({ code: 'import-gone' })
    this.pendingImports.delete(token)
    if (choice === 'open') return { ok: true, alignmentId: pending.existing.alignmentId, opened: true }
    return this.storeImportRecord(pending.project, choice === 'copy' ? asCopy(this.db, pending.project, pending.record) : pending.record)
  }

  /** Stops the pair imports the app started that are still reading or aligning; nothing of them is saved. */
  cancelPairImports(): { ok: true; cancelled: number } {
    const cancelled = this.pairImports.size
    for (const controller of this.pairImports) controller.abort()
    this.pairImports.clear()
    return { ok: true, cancelled }
  }

  private async analyseAndStore(project: string, task: WorkerTask, ifImported: IfImported): Promise<PairImportResult> {
    const controller = new AbortController()
    this.pairImports.add(controller)
    try {
      const analysis = await analyseOffThread(task, this.batchWorkerPath, PAIR_BUDGET_MS, controller.signal)
      if (!analysis.ok) return analysis
      const { record } = analysis
      const existing = ifImported === 'ask' ? findSameImport(this.db, project, record) : null
      if (existing) return this.askAboutReimport(project, record, existing)
      return this.storeImportRecord(project, ifImported === 'copy' ? asCopy(this.db, project, record) : record)
    } finally {
      this.pairImports.delete(controller)
    }
  }

  /** Keeps the aligned pair for a short while, until the reviewer says what to do with it. */
  private askAboutReimport(project: string, record: ImportRecord, existing: ExistingImport): AlreadyImported {
    const token = ++this.lastImportToken
    this.pendingImports.set(token, { project, record, existing })
    if (this.pendingImports.size > MAX_PENDING_IMPORTS) this.pendingImports.delete(this.pendingImports.keys().next().value!)
    return { ok: false, reason: `these two files were imported into ${project} before, as "${existing.title.slice(0, 80)}"`, alreadyImported: { ...existing, token } }
  }

  /** Stores an analysed pair: in a transaction of its own, or in a savepoint of an open write group. */
  storeImportRecord(project: string, record: ImportRecord): ImportResult {
    return guarded(() => storeImportRecord(this.db, project, record, this.user, now()))
  }

  /**
   * Opens a group of writes in one transaction, for a batch import with no other writer (see
   * write-group.ts). Every write on this connection joins it until it is committed.
   */
  openWriteGroup(): { ok: true; group: WriteGroup } | { ok: false; reason: string } {
    return guarded(() => ({ ok: true as const, group: new WriteGroup(this.db) }))
  }

  /** Commits a group of writes; when that fails, nothing of the group is kept and the reason is told. */
  commitWriteGroup(group: WriteGroup): { ok: true } | { ok: false; reason: string } {
    return guarded(() => {
      group.commit()
      return { ok: true as const }
    })
  }

  /** Whether a project of this name exists and holds an alignment. */
  hasAlignments(project: string): boolean {
    return sqlValue(this.db, 'SELECT EXISTS (SELECT 1 FROM alignments a JOIN projects p ON p.id = a.project_id WHERE p.name = ?)').get(project) === 1
  }

  /** Whether a project already holds an alignment of these two files (by the SHA-256 of their bytes, either order). */
  importedBefore(project: string, firstSha256: string, secondSha256: string): boolean {
    return alignmentOfFiles(this.db, project, firstSha256, secondSha256) !== null
  }

  importTmx(request: { project: string; name: string; bytes: Uint8Array }): TmxImportResult {
    return guarded(() => importTmx(this.db, request, this.user, now()))
  }

  projects(): ProjectSummary[] {
    return sql(this.db, 'SELECT p.id, p.name, count(a.id) AS alignments FROM projects p LEFT JOIN alignments a ON a.project_id = p.id GROUP BY p.id ORDER BY p.name').all() as ProjectSummary[]
  }

  alignments(projectId?: number): AlignmentSummary[] {
    const rows = sql(this.db, 
        `SELECT a.id, a.project_id AS projectId, pr.name AS project, a.title, a.created_at AS createdAt, kv.file_name AS kkFile, rv.file_name AS ruFile,
           (SELECT count(*) FROM pairs p WHERE p.alignment_id = a.id AND p.level = 'sentence') AS pairs,
           (SELECT count(*) FROM pairs p WHERE p.alignment_id = a.id AND p.level = 'sentence' AND p.status = 'confirmed') AS confirmed,
           (SELECT count(*) FROM findings f WHERE f.alignment_id = a.id AND f.dismissed_reason IS NULL AND f.kind != 'alignment') AS openFindings
         FROM alignments a JOIN projects pr ON pr.id = a.project_id
           JOIN document_versions kv ON kv.id = a.kk_version_id JOIN document_versions rv ON rv.id = a.ru_version_id
         WHERE (? IS NULL OR a.project_id = ?) ORDER BY a.id`,
      )
      .all(projectId ?? null, projectId ?? null)
    return rows as AlignmentSummary[]
  }

  /** The headers, footers and notes each file of an alignment had, kept out of the aligned text. */
  apart(alignmentId: number): Record<Side, { fileFormat: string; blocks: ApartBlock[] }> | null {
    const row = sqlValue(
      this.db,
      `SELECT json_object('kk', json_object('fileFormat', kv.file_format, 'blocks', json(kv.apart)), 'ru', json_object('fileFormat', rv.file_format, 'blocks', json(rv.apart)))
       FROM alignments a JOIN document_versions kv ON kv.id = a.kk_version_id JOIN document_versions rv ON rv.id = a.ru_version_id WHERE a.id = ?`,
    ).get(alignmentId) as string | undefined
    return row === undefined ? null : (JSON.parse(row) as Record<Side, { fileFormat: string; blocks: ApartBlock[] }>)
  }

  /** One page of pairs in document order. */
  pairs(alignmentId: number, options: { level?: Level; offset?: number; limit?: number } = {}): PairView[] {
    const texts = this.texts(alignmentId)
    const rows = sql(this.db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE alignment_id = ? AND level = ? ORDER BY seq LIMIT ? OFFSET ?`)
      .all(alignmentId, options.level ?? 'sentence', options.limit ?? 200, options.offset ?? 0) as PairRow[]
    return rows.map((row) => toView(row, texts))
  }

  /** How many pairs of a level an alignment has. */
  pairCount(alignmentId: number, level: Level = 'sentence'): number {
    return sqlValue(this.db, 'SELECT count(*) FROM pairs WHERE alignment_id = ? AND level = ?').get(alignmentId, level) as number
  }

  pair(id: number): PairView | null {
    const row = sql(this.db, `SELECT ${PAIR_COLUMNS} FROM pairs WHERE id = ?`).get(id) as PairRow | undefined
    return row ? toView(row, this.texts(row.alignment_id)) : null
  }

  /** The findings of an alignment, dismissed ones included (with their reason). */
  findings(alignmentId: number): FindingView[] {
    const rows = sql(this.db, 'SELECT * FROM findings WHERE alignment_id = ? ORDER BY id').all(alignmentId) as FindingRow[]
    const locate = this.pairLocator(alignmentId)
    return rows.map((row) => findingView(row, locate(row)))
  }

  /** The findings recorded for these pairs (as the checks just ran on them). */
  findingsOfPairs(alignmentId: number, pairIds: number[]): FindingView[] {
    if (pairIds.length === 0) return []
    const rows = sql(this.db, 'SELECT * FROM findings WHERE alignment_id = ? AND pair_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(alignmentId, JSON.stringify(pairIds)) as FindingRow[]
    return rows.map((row) => findingView(row, row.pair_id))
  }

  /**
   * Finds the pair a finding belongs to now: the one whose span holds the finding's text (pairs
   * are merged, split and moved after the checks ran), else the pair it was found in if it is
   * still there.
   */
  private pairLocator(alignmentId: number): (finding: { pair_id: number | null; kk_start: number | null; ru_start: number | null }) => number | null {
    type Span = { id: number; level: string; kk_start: number | null; kk_end: number | null; ru_start: number | null; ru_end: number | null }
    const pairs = sql(this.db, 'SELECT id, level, kk_start, kk_end, ru_start, ru_end FROM pairs WHERE alignment_id = ? ORDER BY level, seq').all(alignmentId) as Span[]
    const byId = new Map(pairs.map((pair) => [pair.id, pair]))
    const holds = (pair: Span, side: 'kk' | 'ru', at: number) => pair[`${side}_start`] !== null && pair[`${side}_start`]! <= at && at < pair[`${side}_end`]!
    // Sentence pairs by where each side starts, for a binary search of the pair holding an offset.
    const bySide = {
      kk: pairs.filter((pair) => pair.level === 'sentence' && pair.kk_start !== null).sort((a, b) => a.kk_start! - b.kk_start!),
      ru: pairs.filter((pair) => pair.level === 'sentence' && pair.ru_start !== null).sort((a, b) => a.ru_start! - b.ru_start!),
    }
    const holder = (side: 'kk' | 'ru', at: number): Span | undefined => {
      const list = bySide[side]
      let low = 0
      let high = list.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (list[mid]![`${side}_start`]! <= at) low = mid
        else high = mid - 1
      }
      const candidate = list[low]
      return candidate && holds(candidate, side, at) ? candidate : undefined
    }
    return (finding) => {
      const found = byId.get(finding.pair_id ?? -1)
      if (found && found.level === 'article') return found.id
      for (const side of ['kk', 'ru'] as const) {
        const at = finding[`${side}_start`]
        if (at === null) continue
        if (found && holds(found, side, at)) return found.id
        const pair = holder(side, at)
        if (pair) return pair.id
      }
      return found ? found.id : null
    }
  }

  /** Dismisses a finding with a reason, which is kept (null reason: show it again). */
  dismissFinding(findingId: number, reason: string | null): { ok: true } | { ok: false; reason: string } {
    if (reason !== null && reason.trim() === '') return { ok: false, reason: 'say why the finding is dismissed' }
    return guarded(() => {
      const changed = sql(this.db, 'UPDATE findings SET dismissed_reason = ?, dismissed_at = ?, dismissed_by = ? WHERE id = ?')
        .run(reason?.trim() ?? null, reason === null ? null : now(), reason === null ? null : this.user, findingId).changes
      return changed === 1 ? { ok: true as const } : { ok: false as const, reason: `finding ${findingId} does not exist` }
    })
  }

  /** The normaliser's repairs of one side, all or those starting inside a clean-text range [start, end). */
  repairs(alignmentId: number, side: Side, range?: { start: number; end: number }): RepairView[] {
    const versionId = sqlValue(this.db, `SELECT ${side}_version_id FROM alignments WHERE id = ?`).get(alignmentId) as number | undefined
    if (versionId !== undefined) unpackRepairRows(this.db, versionId)
    return sql(
      this.db,
      `SELECT r.id, r.kind, r.clean_start AS cleanStart, r.clean_end AS cleanEnd, r.before, r.after, r.state FROM repairs r JOIN alignments a ON r.version_id = a.${side}_version_id
       WHERE a.id = ? AND r.clean_start >= ? AND r.clean_start < ? ORDER BY r.clean_start`,
    ).all(alignmentId, range?.start ?? 0, range?.end ?? Number.MAX_SAFE_INTEGER) as RepairView[]
  }

  // Operations -------------------------------------------------------------------------------

  merge(pairId: number, direction: 'next' | 'previous'): operations.EditResult {
    return this.rechecked(guarded(() => operations.merge(this.context(), pairId, direction)))
  }

  split(pairId: number, at: operations.SplitPoint): operations.EditResult {
    return this.rechecked(guarded(() => operations.split(this.context(), pairId, at)))
  }

  moveSentence(pairId: number, side: Side, move: 'first-to-previous' | 'last-to-next'): operations.EditResult {
    return this.rechecked(guarded(() => operations.moveSentence(this.context(), pairId, side, move)))
  }

  unpair(pairId: number): operations.EditResult {
    return this.rechecked(guarded(() => operations.unpair(this.context(), pairId)))
  }

  editText(pairId: number, side: Side, text: string): operations.EditResult {
    return this.rechecked(guarded(() => operations.editText(this.context(), pairId, side, text)))
  }

  setStatus(target: operations.StatusTarget, status: Status): operations.EditResult {
    return guarded(() => operations.setStatus(this.context(), target, status))
  }

  setNote(pairId: number, note: string): operations.EditResult {
    return guarded(() => operations.setNote(this.context(), pairId, note))
  }

  setRepairState(alignmentId: number, repairId: number, state: 'accepted' | 'reverted'): operations.EditResult {
    return guarded(() => operations.setRepairState(this.context(), alignmentId, repairId, state))
  }

  realign(alignmentId: number, range?: { fromPairId: number; toPairId: number }): operations.EditResult {
    return this.rechecked(guarded(() => operations.realign(this.context(), alignmentId, range)))
  }

  /** After an operation that changed pairs: their sentence checks run again on what they say now. */
  private rechecked(result: operations.EditResult): operations.EditResult {
    if (!result.ok || result.pairs.length === 0) return result
    const alignmentId = sqlValue(this.db, 'SELECT alignment_id FROM pairs WHERE id = ?').get(result.pairs[0]) as number | undefined
    if (alignmentId !== undefined) guarded(() => writeTransaction(this.db, () => (recheckPairs(this.db, alignmentId, result.pairs, this.texts(alignmentId), now()), { ok: true as const })))
    return result
  }

  undo(alignmentId: number): StepResult {
    return this.step(alignmentId, 'undo')
  }

  redo(alignmentId: number): StepResult {
    return this.step(alignmentId, 'redo')
  }

  history(alignmentId: number, limit = 100): OperationRecord[] {
    return listOperations(this.db, alignmentId, limit)
  }

  /** What an operation changed, word by word, on each side. */
  diff(operationId: number): SideDiff[] | null {
    const alignmentId = sqlValue(this.db, 'SELECT alignment_id FROM operations WHERE id = ?').get(operationId) as number | undefined
    return alignmentId === undefined ? null : operationDiff(this.db, operationId, this.texts(alignmentId))
  }

  // Search, statistics, export -----------------------------------------------------------------

  /**
   * Bilingual concordance: pairs whose Kazakh or Russian side holds the query, with their
   * counterpart. The trigram index gives the pairs holding every trigram of the query (it keeps no
   * text and no positions, see search-index.ts); a query shorter than a trigram scans the pairs.
   * Each candidate's text is read from its document and checked, which also says on which side.
   */
  search(query: string, options: { projectId?: number; limit?: number } = {}): SearchHit[] {
    const key = searchKey(query)
    const limit = options.limit ?? 50
    const hits: SearchHit[] = []
    if (key === '') return hits
    this.indexBeforeSearch()
    for (const { row, kk, ru, alignmentTitle } of this.pairsHolding(key, { projectId: options.projectId })) {
      hits.push({ pair: toViewWithTexts(row, kk, ru), alignmentTitle, side: searchKey(kk).includes(key) ? 'kk' : 'ru' })
      if (hits.length >= limit) break
    }
    return hits
  }

  /**
   * Indexes pairs imported since the last search (up to `limit` of them; all by default), as search
   * does before it looks: see search-index.ts. Returns how many are still waiting.
   */
  updateSearchIndex(limit?: number): number {
    return updateSearchIndex(this.db, limit)
  }

  /**
   * Brings the index up to date before a search, unless another program holds the workspace for
   * writing: the search then reads the queued pairs one by one (pairsHolding) rather than wait.
   */
  private indexBeforeSearch(): void {
    try {
      this.withoutWaiting(() => this.updateSearchIndex())
    } catch (error) {
      if (!isBusyError(error)) throw error
    }
  }

  /** Pairs imported since the search index was last brought up to date. */
  pendingForSearchIndex(): number {
    return pendingForIndex(this.db)
  }

  /**
   * Indexes the queued pairs a slice at a time, letting the app answer in between, so that its
   * first search does not wait for all of them: after a folder import, when the app opens a
   * workspace a batch filled, and before the app's searches (a search made while the index is
   * still behind waits in slices, not in one piece). What is left when the workspace closes is
   * indexed by the next search.
   */
  async indexForSearchInBackground(): Promise<void> {
    try {
      while (this.db.open && this.withoutWaiting(() => this.updateSearchIndex(INDEX_SLICE_PAIRS)) > 0) await new Promise((resolve) => setImmediate(resolve))
    } catch {
      // Busy (another program writes) or worse: the next search indexes them, or reads them one by one.
    }
  }

  /**
   * Runs a write that must not wait for another program holding the workspace (a busy error at
   * once instead of after BUSY_TIMEOUT_MS): better-sqlite3 waits on this thread, the app's only one.
   */
  private withoutWaiting<T>(write: () => T): T {
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number
    this.db.pragma('busy_timeout = 0')
    try {
      return write()
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`)
    }
  }

  /**
   * The concordance view of a search: every sentence pair holding the query (total), one page of
   * them with the places it occurs on each side, optionally within one document or review status.
   */
  concordance(query: string, options: ConcordanceQuery = {}): { total: number; hits: ConcordanceHit[] } {
    const key = searchKey(query)
    const offset = options.offset ?? 0
    const limit = options.limit ?? 50
    const hits: ConcordanceHit[] = []
    let total = 0
    if (key === '') return { total, hits }
    this.indexBeforeSearch()
    for (const { row, kk, ru, alignmentTitle } of this.pairsHolding(key, options)) {
      if (total >= offset && hits.length < limit) hits.push({ pair: toViewWithTexts(row, kk, ru), alignmentTitle, matches: { kk: matchSpans(kk, key), ru: matchSpans(ru, key) } })
      total++
    }
    return { total, hits }
  }

  /**
   * Sentence pairs whose text as shown holds the search key, in document order: the trigram index
   * names candidates (every pair, for keys shorter than a trigram), their text is checked.
   */
  private *pairsHolding(key: string, scope: { projectId?: number; alignmentId?: number; status?: Status }): Generator<{ row: PairRow; kk: string; ru: string; alignmentTitle: string }> {
    const filter = `p.level = 'sentence' AND (? IS NULL OR a.project_id = ?) AND (? IS NULL OR p.alignment_id = ?) AND (? IS NULL OR p.status = ?)`
    const args = [scope.projectId ?? null, scope.projectId ?? null, scope.alignmentId ?? null, scope.alignmentId ?? null, scope.status ?? null, scope.status ?? null]
    type Candidate = PairRow & { alignmentTitle: string }
    // Pairs still queued for the index (search-index.ts) are candidates too: search finds them even
    // when the index could not be brought up to date (another program writing to the workspace).
    const candidates = ([...key].length >= TRIGRAM
      ? sql(this.db, `SELECT p.*, a.title AS alignmentTitle FROM pair_search s JOIN pairs p ON p.id = s.rowid JOIN alignments a ON a.id = p.alignment_id
           WHERE pair_search MATCH ? AND ${filter}
           UNION ALL SELECT p.*, a.title AS alignmentTitle FROM search_pending q JOIN pairs p ON p.id = q.pair_id JOIN alignments a ON a.id = p.alignment_id
           WHERE ${filter} ORDER BY p.alignment_id, p.seq`).iterate(allTrigrams(key), ...args, ...args)
      : sql(this.db, `SELECT p.*, a.title AS alignmentTitle FROM pairs p JOIN alignments a ON a.id = p.alignment_id
           WHERE ${filter} ORDER BY p.alignment_id, p.seq`).iterate(...args)) as Iterable<Candidate>
    for (const { alignmentTitle, ...row } of candidates) {
      const texts = this.texts(row.alignment_id)
      const kk = sideText(row, 'kk', texts)
      const ru = sideText(row, 'ru', texts)
      if (searchKey(kk).includes(key) || searchKey(ru).includes(key)) yield { row, kk, ru, alignmentTitle }
    }
  }

  statistics(projectId?: number): Statistics {
    const scope = 'JOIN alignments a ON a.id = p.alignment_id WHERE (? IS NULL OR a.project_id = ?)'
    const args = [projectId ?? null, projectId ?? null]
    const byLevel = sql(this.db, `SELECT p.level, count(*) AS n FROM pairs p ${scope} GROUP BY p.level`).all(...args) as Array<{ level: Level; n: number }>
    const byStatus = sql(this.db, `SELECT p.status, count(*) AS n FROM pairs p ${scope} AND p.level = 'sentence' GROUP BY p.status`).all(...args) as Array<{ status: Status; n: number }>
    const findings = sql(this.db, `SELECT f.kind AS code, count(*) AS n FROM findings f JOIN alignments a ON a.id = f.alignment_id WHERE (? IS NULL OR a.project_id = ?) AND f.dismissed_reason IS NULL AND f.kind != 'alignment' GROUP BY f.kind`).all(...args) as Array<{ code: string; n: number }>
    const status: Record<Status, number> = { auto: 0, confirmed: 0, 'needs-review': 0, rejected: 0 }
    for (const row of byStatus) status[row.status] = row.n
    const sentences = byLevel.find((r) => r.level === 'sentence')?.n ?? 0
    return {
      projects: projectId === undefined ? (sqlValue(this.db, 'SELECT count(*) FROM projects').get() as number) : 1,
      alignments: sqlValue(this.db, 'SELECT count(*) FROM alignments WHERE (? IS NULL OR project_id = ?)').get(...args) as number,
      pairs: { article: byLevel.find((r) => r.level === 'article')?.n ?? 0, sentence: sentences },
      byStatus: status,
      confirmedShare: sentences === 0 ? 0 : status.confirmed / sentences,
      findingsByKind: Object.fromEntries(findings.map((row) => [row.code, row.n])),
    }
  }

  /**
   * Pairs as the TMX/TSV exporter takes them, in document order: both texts (clean and as in the
   * original files), the article they belong to, dates and review state (only pairs of `status` when given). Streams.
   */
  *exportCandidates(scope: { alignmentId?: number; projectId?: number; levels: Level[]; status?: Status }): Generator<ExportCandidate> {
    const statement = sql(this.db,
      `SELECT p.${PAIR_COLUMNS.split(', ').join(', p.')}, a.created_at AS alignmentCreated, kv.file_name AS kkFile, rv.file_name AS ruFile,
         parent.kk_labels AS parentKkLabels, parent.ru_labels AS parentRuLabels
       FROM pairs p JOIN alignments a ON a.id = p.alignment_id
       JOIN document_versions kv ON kv.id = a.kk_version_id JOIN document_versions rv ON rv.id = a.ru_version_id
       LEFT JOIN pairs parent ON parent.id = p.parent_id
       WHERE (? IS NULL OR p.alignment_id = ?) AND (? IS NULL OR a.project_id = ?) AND p.level IN (?, ?) AND (? IS NULL OR p.status = ?)
       ORDER BY p.alignment_id, p.level = 'sentence', p.seq`,
    )
    const [first, second] = [scope.levels[0] ?? 'sentence', scope.levels[1] ?? scope.levels[0] ?? 'sentence']
    type Row = PairRow & { alignmentCreated: string; kkFile: string; ruFile: string; parentKkLabels: string | null; parentRuLabels: string | null }
    // How to get each side's document text back; rows come alignment by alignment.
    let current: { alignmentId: number; kk: DocumentEdit[]; ru: DocumentEdit[] } = { alignmentId: -1, kk: [], ru: [] }
    for (const row of statement.iterate(scope.alignmentId ?? null, scope.alignmentId ?? null, scope.projectId ?? null, scope.projectId ?? null, first, second, scope.status ?? null, scope.status ?? null) as Iterable<Row>) {
      const texts = this.texts(row.alignment_id)
      if (current.alignmentId !== row.alignment_id) current = { alignmentId: row.alignment_id, kk: this.documentEdits(texts.kk.versionId), ru: this.documentEdits(texts.ru.versionId) }
      const originals = current
      const labels = [...JSON.parse(row.parentKkLabels ?? row.kk_labels), ...JSON.parse(row.parentRuLabels ?? row.ru_labels)] as string[]
      const side = (which: Side) => {
        const clean = sideText(row, which, texts)
        const start = which === 'kk' ? row.kk_start : row.ru_start
        const end = which === 'kk' ? row.kk_end : row.ru_end
        const edited = (which === 'kk' ? row.kk_text : row.ru_text) !== null
        const source = originals[which]
        const original = edited || start === null || end === null ? clean.split('\n') : documentParagraphs(texts[which].clean, start, end, source)
        return { clean, original }
      }
      yield {
        id: String(row.id),
        level: row.level,
        kk: side('kk'),
        ru: side('ru'),
        status: row.status,
        confidence: row.confidence,
        document: documentName(row.kkFile) === documentName(row.ruFile) ? documentName(row.kkFile) : `${documentName(row.kkFile)} / ${documentName(row.ruFile)}`,
        article: [...new Set(labels)].join(' / '),
        createdAt: new Date(row.alignmentCreated),
        changedAt: new Date(row.updated_at),
      }
    }
  }

  /**
   * The pairs of an alignment or a project as a TMX or TSV file under the export options, in
   * chunks (never one string: a project's file can be hundreds of megabytes, and joining it would
   * hold the app for a second or more), with what was left out or changed. For the app's export
   * dialog; `egiz export` streams to a file.
   * A project can take many seconds: it is read in slices (readInSlices), between which the app
   * goes on answering (and saving) the reviewer.
   */
  exportFile(scope: { alignmentId?: number; projectId?: number }, options: ExportOptions): Promise<{ chunks: string[]; report: ExportReport; description: string }> {
    return this.readInSlices(async (snapshot, slices) => {
      const exporter = new PairExporter(options, this.appVersion)
      const levels: Level[] = options.level === 'both' ? ['article', 'sentence'] : [options.level]
      const chunks: string[] = []
      for (const chunk of batched(exporter.document(snapshot.exportCandidates({ ...scope, levels })))) {
        chunks.push(chunk)
        if (slices.due()) await slices.pause()
      }
      const problem = options.format === 'tmx' ? await checkExportedTmxInTurns(utf8(chunks), exporter.report.units, slices) : null
      if (problem) throw new Error(`the exported TMX failed its check: ${problem}`)
      return { chunks, report: exporter.report, description: describeReport(exporter.report) }
    })
  }

  /**
   * Terms rendered in more than one way across the confirmed sentence pairs of a project (or all),
   * read like an export: from a snapshot, in slices between the app's other work.
   */
  termConsistency(options: { projectId?: number; groups?: TermGroup[] } = {}): Promise<TermInconsistency[]> {
    return this.readInSlices(async (snapshot, slices) => {
      const pairs: Array<{ id: string; kk: string; ru: string }> = []
      for (const candidate of snapshot.exportCandidates({ projectId: options.projectId, levels: ['sentence'], status: 'confirmed' })) {
        pairs.push({ id: candidate.id, kk: candidate.kk.clean, ru: candidate.ru.clean })
        if (slices.due()) await slices.pause()
      }
      return termInconsistencies(pairs, options.groups)
    })
  }

  /**
   * Runs a long read on this workspace as it is now, on a read-only connection of its own
   * (openSnapshot), in slices of SLICE_MS between which the app goes on with its other work.
   */
  private async readInSlices<T>(read: (snapshot: Workspace, slices: Slices) => Promise<T>): Promise<T> {
    // Ended here, not by close(): it has no routine backup to start (true: as if made by this open).
    const snapshot = new Workspace(openSnapshot(this.path), this.path, { user: this.user, appVersion: this.appVersion }, true)
    try {
      return await read(snapshot, new Slices(SLICE_MS))
    } finally {
      snapshot.db.close()
    }
  }

  /** What turns a version's clean text back into the document's own: character repairs undone, list numbers out. */
  private documentEdits(versionId: number): DocumentEdit[] {
    const repairs = versionRepairs(this.db, versionId)
    const generated = JSON.parse((sql(this.db, 'SELECT generated FROM document_versions WHERE id = ?').get(versionId) as { generated: string }).generated) as Array<[number, number]>
    return sortEdits([
      ...repairs.filter((repair) => changesCharacters(repair.kind, repair.before, repair.after)).map((repair) => ({ start: repair.clean_start, end: repair.clean_end, text: repair.before })),
      ...generated.map(([start, end]) => ({ start, end, text: '' })),
    ])
  }

  /** Full check of the file (PRAGMA integrity_check): 'ok' or the problems found. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ')
  }

  // Internals ----------------------------------------------------------------------------------

  private step(alignmentId: number, direction: 'undo' | 'redo'): StepResult {
    return guarded(() => writeTransaction(this.db, () => {
      const operation = direction === 'undo' ? lastDone(this.db, alignmentId) : firstUndone(this.db, alignmentId)
      if (!operation) return { ok: false as const, reason: `nothing to ${direction}`, refusal: { code: `nothing-to-${direction}` } as const }
      const touchesRepairs = operation.kind === 'repair'
      if (touchesRepairs) this.textCache.delete(alignmentId)
      const texts = () => this.texts(alignmentId)
      if (direction === 'undo') undoOperation(this.db, operation, texts)
      else redoOperation(this.db, operation, texts)
      if (touchesRepairs) this.textCache.delete(alignmentId)
      const restored = JSON.parse(direction === 'undo' ? operation.before : operation.after) as { pairs: Array<{ id: number; level: Level }> }
      recheckPairs(this.db, alignmentId, restored.pairs.map((pair) => pair.id), texts(), now())
      const { before: _before, after: _after, ...record } = operation
      const first = restored.pairs[0]
      return { ok: true as const, operation: { ...record, state: direction === 'undo' ? 'undone' : 'done' }, focus: first ? { pairId: first.id, level: first.level } : null }
    }))
  }

  /** The texts of an alignment, from a small most-recently-used cache (exports walk them all). */
  private texts(alignmentId: number): AlignmentTexts {
    let texts = this.textCache.get(alignmentId)
    if (texts) {
      this.textCache.delete(alignmentId)
    } else {
      texts = loadAlignmentTexts(this.db, alignmentId) ?? undefined
      if (!texts) throw new Error(`alignment ${alignmentId} does not exist`)
    }
    this.textCache.set(alignmentId, texts)
    if (this.textCache.size > TEXT_CACHE_SIZE) this.textCache.delete(this.textCache.keys().next().value!)
    return texts
  }

  private context(): operations.EditContext {
    return { db: this.db, by: this.user, now, texts: (id) => this.texts(id), textsChanged: (id) => this.textCache.delete(id) }
  }
}




/** Text as UTF-8, a chunk at a time. */
function* utf8(chunks: Iterable<string>): Generator<Uint8Array> {
  const encoder = new TextEncoder()
  for (const chunk of chunks) yield encoder.encode(chunk)
}

/** Pairs indexed between two turns of the app's event loop (about 50 ms of work). */
const INDEX_SLICE_PAIRS = 1000

/** Runs a change; an expected database failure (busy, full, read-only) becomes a message. */
function guarded<T extends { ok: boolean }>(work: () => T): T | { ok: false; reason: string } {
  try {
    return work()
  } catch (error) {
    const reason = describeDatabaseError(error)
    if (reason === null) throw error
    return { ok: false, reason }
  }
}

function now(): string {
  return new Date().toISOString()
}

function currentUser(): string {
  try {
    return userInfo().username || 'unknown'
  } catch {
    return 'unknown'
  }
}

type FindingRow = { id: number; pair_id: number | null; kind: string; code: string; severity: FindingView['severity']; message: string; detail: string | null; kk_start: number | null; kk_end: number | null; ru_start: number | null; ru_end: number | null; dismissed_reason: string | null; dismissed_at: string | null; dismissed_by: string | null }

function findingView(row: FindingRow, pairId: number | null): FindingView {
  return {
    id: row.id,
    pairId,
    kind: row.kind,
    code: row.code,
    severity: row.severity,
    message: row.message,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as FindingDetail),
    kk: row.kk_start === null ? null : { start: row.kk_start, end: row.kk_end! },
    ru: row.ru_start === null ? null : { start: row.ru_start, end: row.ru_end! },
    dismissed: row.dismissed_reason === null ? null : { reason: row.dismissed_reason, at: row.dismissed_at!, by: row.dismissed_by! },
  }
}
