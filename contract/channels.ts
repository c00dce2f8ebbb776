// The one API between the UI and the back end: each channel's name, its input (validated before
// any handler runs) and the Workspace operation it calls. The desktop shell and the browser-mode
// host both dispatch through this table, so the two behave the same.
import type { Workspace } from '../corpus/workspace.ts'
import { anyOf, arrayOf, boolean, integer, name, nullable, number, object, oneOf, optional, string, type Validator } from './validate.ts'

const id = integer({ min: 1 })
const side = oneOf('kk', 'ru')
const status = oneOf('auto', 'confirmed', 'needs-review', 'rejected')
const level = oneOf('article', 'sentence')
/** What an import does when the same two files are in the project already. */
const ifImported = oneOf('ask', 'version', 'copy')
/** Limit on pairs per page: enough for a screen and its scroll margin. */
const MAX_PAGE = 2000
/** A full path on this computer (a relative one would depend on where the back end was started). */
const localPath: Validator<string> = (value, path) => {
  const checked = string({ min: 1, max: 4096 })(value, path)
  if (checked.ok && !/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(checked.value)) return { ok: false, reason: `${path} must be a full path (from / or a drive letter)` }
  return checked
}
const cut = anyOf(object({ offset: integer({ max: 10_000_000 }) }), object({ sentences: integer({ max: 10_000 }) }))

interface Channel<I, O> {
  input: Validator<I>
  call: (workspace: Workspace, input: I) => O
}

function channel<I, O>(input: Validator<I>, call: (workspace: Workspace, input: I) => O): Channel<I, O> {
  return { input, call }
}

export const CHANNELS = {
  'app.info': channel(object({}), (ws) => ({ version: ws.appVersion, workspace: ws.path })),
  'projects.list': channel(object({}), (ws) => ws.projects()),
  'alignments.list': channel(object({ projectId: optional(id) }), (ws, i) => ws.alignments(i.projectId)),
  'pairs.page': channel(
    object({ alignmentId: id, level: optional(level), offset: optional(integer({ max: 10_000_000 })), limit: optional(integer({ min: 1, max: MAX_PAGE })) }),
    (ws, i) => ws.pairs(i.alignmentId, { level: i.level, offset: i.offset, limit: i.limit }),
  ),
  'pairs.window': channel(
    object({ alignmentId: id, level: optional(level), offset: integer({ max: 10_000_000 }), limit: integer({ min: 1, max: MAX_PAGE }) }),
    (ws, i) => ({ total: ws.pairCount(i.alignmentId, i.level), offset: i.offset, pairs: ws.pairs(i.alignmentId, { level: i.level, offset: i.offset, limit: i.limit }) }),
  ),
  'pair.get': channel(object({ pairId: id }), (ws, i) => ws.pair(i.pairId)),
  'pair.merge': channel(object({ pairId: id, direction: oneOf('next', 'previous') }), (ws, i) => ws.merge(i.pairId, i.direction)),
  'pair.split': channel(object({ pairId: id, kk: optional(cut), ru: optional(cut) }), (ws, i) => ws.split(i.pairId, { kk: i.kk, ru: i.ru })),
  'pair.moveSentence': channel(
    object({ pairId: id, side, move: oneOf('first-to-previous', 'last-to-next') }),
    (ws, i) => ws.moveSentence(i.pairId, i.side, i.move),
  ),
  'pair.unpair': channel(object({ pairId: id }), (ws, i) => ws.unpair(i.pairId)),
  'pair.edit': channel(object({ pairId: id, side, text: string({ max: 1_000_000 }) }), (ws, i) => ws.editText(i.pairId, i.side, i.text)),
  'pair.note': channel(object({ pairId: id, note: string({ max: 10_000 }) }), (ws, i) => ws.setNote(i.pairId, i.note)),
  'pairs.status': channel(
    object({ status, pairId: optional(id), fromPairId: optional(id), toPairId: optional(id), upToPairId: optional(id) }),
    (ws, i) => {
      if (i.upToPairId !== undefined) return ws.setStatus({ upToPairId: i.upToPairId }, i.status)
      if (i.fromPairId !== undefined && i.toPairId !== undefined) return ws.setStatus({ fromPairId: i.fromPairId, toPairId: i.toPairId }, i.status)
      if (i.pairId !== undefined) return ws.setStatus({ pairId: i.pairId }, i.status)
      return { ok: false as const, reason: 'say which pairs: pairId, fromPairId and toPairId, or upToPairId' }
    },
  ),
  'repair.set': channel(object({ alignmentId: id, repairId: id, state: oneOf('accepted', 'reverted') }), (ws, i) => ws.setRepairState(i.alignmentId, i.repairId, i.state)),
  'repairs.list': channel(
    object({ alignmentId: id, side, start: optional(integer({ max: 1_000_000_000 })), end: optional(integer({ max: 1_000_000_000 })) }),
    (ws, i) => ws.repairs(i.alignmentId, i.side, i.start !== undefined && i.end !== undefined ? { start: i.start, end: i.end } : undefined),
  ),
  'alignment.realign': channel(object({ alignmentId: id, fromPairId: optional(id), toPairId: optional(id) }), (ws, i) =>
    ws.realign(i.alignmentId, i.fromPairId !== undefined && i.toPairId !== undefined ? { fromPairId: i.fromPairId, toPairId: i.toPairId } : undefined),
  ),
  'history.undo': channel(object({ alignmentId: id }), (ws, i) => ws.undo(i.alignmentId)),
  'history.redo': channel(object({ alignmentId: id }), (ws, i) => ws.redo(i.alignmentId)),
  'history.list': channel(object({ alignmentId: id, limit: optional(integer({ min: 1, max: 1000 })) }), (ws, i) => ws.history(i.alignmentId, i.limit)),
  'history.diff': channel(object({ operationId: id }), (ws, i) => ws.diff(i.operationId)),
  /** The findings of a few pairs, after an operation changed them (cheaper than the whole list). */
  'findings.ofPairs': channel(object({ alignmentId: id, pairIds: arrayOf(id, { max: 1000 }) }), (ws, i) => ws.findingsOfPairs(i.alignmentId, i.pairIds)),
  'document.apart': channel(object({ alignmentId: id }), (ws, i) => ws.apart(i.alignmentId)),
  'findings.list': channel(object({ alignmentId: id }), (ws, i) => ws.findings(i.alignmentId)),
  'finding.dismiss': channel(object({ findingId: id, reason: nullable(string({ max: 2000 })) }), (ws, i) => ws.dismissFinding(i.findingId, i.reason)),
  concordance: channel(
    object({ query: string({ min: 1, max: 500 }), projectId: optional(id), alignmentId: optional(id), status: optional(status), offset: optional(integer({ max: 10_000_000 })), limit: optional(integer({ min: 1, max: 500 })) }),
    async (ws, i) => {
      // Pairs imported since the last search are indexed first, a slice at a time: the app answers meanwhile.
      await ws.indexForSearchInBackground()
      return ws.concordance(i.query, { projectId: i.projectId, alignmentId: i.alignmentId, status: i.status, offset: i.offset, limit: i.limit })
    },
  ),
  search: channel(object({ query: string({ min: 1, max: 500 }), projectId: optional(id), limit: optional(integer({ min: 1, max: 500 })) }), async (ws, i) => {
    // As for the concordance: what is still queued is indexed in slices first.
    await ws.indexForSearchInBackground()
    return ws.search(i.query, { projectId: i.projectId, limit: i.limit })
  }),
  statistics: channel(object({ projectId: optional(id) }), (ws, i) => ws.statistics(i.projectId)),
  'terms.check': channel(object({ projectId: optional(id) }), (ws, i) => ws.termConsistency({ projectId: i.projectId })),
  'export.file': channel(
    object({
      alignmentId: optional(id),
      projectId: optional(id),
      format: oneOf('tmx', 'tsv', 'tsv-full'),
      source: oneOf('kk', 'ru'),
      codes: oneOf('regional', 'short'),
      level: oneOf('sentence', 'article', 'both'),
      pairs: oneOf('confirmed', 'all'),
      minConfidence: nullable(number({ min: 0, max: 1 })),
      skipEmpty: boolean(),
      dropDuplicates: boolean(),
      text: oneOf('clean', 'original'),
      segments: optional(oneOf('cat', 'pairs')),
      rawCells: optional(boolean()),
    }),
    (ws, { alignmentId, projectId, rawCells, segments, ...options }) => ws.exportFile({ alignmentId, projectId }, { ...options, segments: segments ?? 'cat', rawCells: rawCells ?? false }),
  ),
  'import.pair': channel(
    object({
      project: name(200),
      first: object({ name: string({ min: 1, max: 500 }), base64: string({ max: 96 * 1024 * 1024 }), language: optional(side) }),
      second: object({ name: string({ min: 1, max: 500 }), base64: string({ max: 96 * 1024 * 1024 }), language: optional(side) }),
      ifImported: optional(ifImported),
    }),
    (ws, i) =>
      ws.importFiles(i.project, [
        { name: i.first.name, bytes: fromBase64(i.first.base64), language: i.first.language },
        { name: i.second.name, bytes: fromBase64(i.second.base64), language: i.second.language },
      ], i.ifImported),
  ),
  /** Files on this computer, chosen in the desktop app's open dialog. */
  'import.paths': channel(
    object({ project: name(200), first: localPath, second: localPath, ifImported: optional(ifImported) }),
    (ws, i) => ws.importPaths(i.project, [i.first, i.second], i.ifImported),
  ),
  /** The answer to "these files were imported before": open it, align again beside it, or import a copy. */
  'import.resolve': channel(object({ token: id, choice: oneOf('open', 'version', 'copy') }), (ws, i) => ws.resolveImport(i.token, i.choice)),
  /** Stops the pair imports still reading or aligning (the Cancel button of Open pair). */
  'import.cancel': channel(object({}), (ws) => ws.cancelPairImports()),
  'batch.start': channel(object({ folder: localPath, project: name(200) }), (ws, i) => ws.batches.start(i.folder, i.project)),
  'batch.status': channel(object({ jobId: id }), (ws, i) => ws.batches.status(i.jobId)),
  'batch.cancel': channel(object({ jobId: id }), (ws, i) => ws.batches.cancel(i.jobId)),
} as const

export type ChannelName = keyof typeof CHANNELS
export type ChannelInput<C extends ChannelName> = (typeof CHANNELS)[C] extends Channel<infer I, unknown> ? I : never
export type ChannelOutput<C extends ChannelName> = Awaited<ReturnType<(typeof CHANNELS)[C]["call"]>>

/** Base64 to bytes without Node's Buffer (this layer runs anywhere). */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

declare function atob(data: string): string
