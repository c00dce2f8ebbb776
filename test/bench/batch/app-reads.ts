// The app's long reads on a batch's workspace, run in one process through the channels the screen
// calls, as the app runs them: a search while every imported sentence pair is still queued for the
// index, the export dialog's TMX of the whole project, and the terms check. For each: its time, the
// longest the event loop waited meanwhile (what the reviewer would feel), and the peak memory.
// usage: node test/bench/batch/app-reads.ts WORKSPACE (one a batch just filled, never searched)
import { dispatch } from '../../../contract/dispatch.ts'
import { Workspace } from '../../../corpus/workspace.ts'

const [path] = process.argv.slice(2)
if (!path) {
  console.error('usage: node test/bench/batch/app-reads.ts WORKSPACE')
  process.exit(2)
}
const opened = Workspace.open(path, { user: 'bench' })
if (!opened.ok) throw new Error(opened.reason)
const workspace = opened.workspace
const projectId = workspace.projects()[0]!.id

/** Runs one channel call, timing it and the event loop's longest wait (a 1 ms ticker). */
async function timed(label: string, channel: string, input: unknown): Promise<void> {
  let last = performance.now()
  let longest = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  const started = performance.now()
  last = started
  const reply = await dispatch(workspace, channel, input, (error) => {
    throw error
  })
  const seconds = (performance.now() - started) / 1000
  // A call that never let the loop in waited all along.
  longest = Math.max(longest, performance.now() - last)
  clearInterval(ticker)
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`)
  console.log(`  ${label.padEnd(58)} ${seconds.toFixed(1).padStart(5)} s, the app's loop waited at most ${longest.toFixed(0).padStart(4)} ms; peak memory so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
}

const queued = workspace.pendingForSearchIndex()
await timed(`search with ${queued} sentence pairs queued for the index`, 'search', { query: 'Республика', limit: 1 })
await timed('export dialog: TMX of the whole project, every pair', 'export.file', {
  projectId,
  format: 'tmx',
  source: 'kk',
  codes: 'regional',
  level: 'sentence',
  pairs: 'all',
  minConfidence: null,
  skipEmpty: true,
  dropDuplicates: false,
  text: 'original',
})
await timed('terms check of the whole project', 'terms.check', { projectId })
workspace.close()
