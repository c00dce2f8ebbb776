// `egiz batch DIR`: pairs the Kazakh and Russian files of a folder, imports and aligns them on
// every core with a progress bar, resumes after an interruption, sums up, and can end with a
// corpus-wide TMX export.
import { basename, resolve } from 'node:path'
import { planFolder, type BatchPlan } from '../corpus/batch/pairing.ts'
import { runBatch, type BatchProgress, type BatchSummary } from '../corpus/batch/runner.ts'
import { parseArgs } from './args.ts'
import { runExport } from './export-command.ts'
import { usageError, type CommandIo } from './io.ts'
import { findingCounts } from './finding-counts.ts'
import { DB_OPTION, openWorkspaceOption } from './workspace-option.ts'

export const BATCH_USAGE = `usage: egiz batch DIR [--db FILE] [--project NAME] [--out corpus.tmx] [--workers N] [--plan]

Finds the Kazakh/Russian pairs in DIR and its subfolders — by file names (agreement_kz.docx and
agreement_ru.docx; kaz/rus, kk/ru) or, where the names do not say, by the language and the dates
and numbers of the titles — then imports and aligns every pair into the workspace.

  --project NAME   project to import into (default: the folder's name)
  --out FILE       afterwards, write every sentence pair of the project, reviewed or not,
                   as one TMX file (streamed)
  --workers N      worker threads (default: one per core)
  --plan           only show what would be paired, import nothing
  --db FILE        workspace file (default: the one in the user-data folder)

Ctrl+C stops after the pairs in hand; run the same command again to go on: pairs imported
before (the same files) are skipped.`

/** Seconds between progress lines when stderr is not a terminal (a log file, CI). */
const LOG_INTERVAL_MS = 10_000

export async function runBatchCommand(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(argv, {
    '--project': { value: true },
    '--out': { value: true },
    '--workers': { value: true },
    '--plan': { value: false },
    '--help': { value: false, alias: '-h' },
    ...DB_OPTION,
  })
  if (!parsed.ok) return usageError(io, 'batch', parsed.reason)
  const { options, positional } = parsed.args
  if (options.has('--help')) {
    io.out(BATCH_USAGE + '\n')
    return 0
  }
  if (positional.length !== 1) return usageError(io, 'batch', 'give one folder')
  const workersOption = options.get('--workers')
  const workers = typeof workersOption === 'string' ? Number(workersOption) : undefined
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) return usageError(io, 'batch', '--workers takes a whole number from 1 to 64')
  const folder = resolve(positional[0]!)
  const projectOption = options.get('--project')
  const project = typeof projectOption === 'string' ? projectOption : basename(folder)

  const planned = await planFolder(folder)
  if (!planned.ok) {
    io.err(`egiz: ${planned.reason}.\n`)
    return 2
  }
  printPlan(planned.plan, io)
  if (options.has('--plan')) return 0
  if (planned.plan.pairs.length === 0) {
    io.err('egiz: no Kazakh/Russian pairs found; name the files like agreement_kz.docx and agreement_ru.docx.\n')
    return 1
  }

  const workspace = openWorkspaceOption(options, io)
  if (!workspace) return 2
  const controller = new AbortController()
  const interrupt = () => {
    io.err('\negiz: stopping after the pairs in hand…\n')
    controller.abort()
  }
  process.once('SIGINT', interrupt)
  let summary: BatchSummary
  try {
    // The command is the workspace's one writer: pairs are committed in groups (grouped-store.ts).
    summary = await runBatch(workspace, planned.plan, { project, workers, signal: controller.signal, onProgress: progressPrinter(io), groupWrites: true })
  } finally {
    process.removeListener('SIGINT', interrupt)
    workspace.close()
  }
  printSummary(summary, project, workspace.path, io)
  if (summary.interrupted) return 130
  const out = options.get('--out')
  if (typeof out === 'string') {
    // Every pair, reviewed or not: a batch's TMX is a corpus straight from the aligner.
    const code = await runExport(['-o', out, '--project', project, '--status', 'all', '--db', workspace.path], io)
    if (code !== 0) return code
  }
  return summary.failed > 0 ? 1 : 0
}

function printPlan(plan: BatchPlan, io: CommandIo): void {
  const byContent = plan.pairs.filter((pair) => pair.by === 'content').length
  io.out(`${plan.folder}: ${plan.pairs.length} pairs (${plan.pairs.length - byContent} by file name, ${byContent} by content), ${plan.unpaired.length} files not paired\n`)
  for (const pair of plan.pairs) io.out(`  pair  ${relative(plan.folder, pair.kk)}  ⇄  ${relative(plan.folder, pair.ru)}${pair.by === 'content' ? '  (by content)' : ''}\n`)
  for (const file of plan.unpaired) io.out(`  alone ${relative(plan.folder, file.path)}: ${file.reason}\n`)
}

function relative(folder: string, path: string): string {
  return path.startsWith(folder + '/') || path.startsWith(folder + '\\') ? path.slice(folder.length + 1) : path
}

/** A bar redrawn in place on a terminal; a line every few seconds in a log. */
function progressPrinter(io: CommandIo): (progress: BatchProgress) => void {
  const terminal = process.stderr.isTTY === true
  let lastLine = 0
  return (progress) => {
    const line = progressLine(progress)
    if (terminal) io.err(`\r${line}\u001b[K${progress.done === progress.total ? '\n' : ''}`)
    else if (progress.done === progress.total || progress.elapsedMs - lastLine >= LOG_INTERVAL_MS) {
      lastLine = progress.elapsedMs
      io.err(line + '\n')
    }
  }
}

export function progressLine(progress: BatchProgress): string {
  const width = 24
  const filled = progress.total === 0 ? width : Math.round((progress.done / progress.total) * width)
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
  const rate = progress.elapsedMs > 0 ? ((progress.imported + progress.failed) / progress.elapsedMs) * 1000 : 0
  const parts = [`${bar} ${progress.done}/${progress.total} pairs`]
  if (progress.skipped > 0) parts.push(`${progress.skipped} done before`)
  if (progress.failed > 0) parts.push(`${progress.failed} failed`)
  parts.push(`${rate.toFixed(1)} pairs/s`)
  if (progress.remainingMs !== null && progress.done < progress.total) parts.push(`${formatDuration(progress.remainingMs)} left`)
  return parts.join(' · ')
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

function printSummary(summary: BatchSummary, project: string, path: string, io: CommandIo): void {
  const lines = [
    `${summary.interrupted ? 'Interrupted' : 'Done'} in ${formatDuration(summary.elapsedMs)}: ${summary.imported} pairs imported into project "${project}" of ${path}` +
      ` (${summary.articlePairs} article pairs, ${summary.sentencePairs} sentence pairs)` +
      (summary.skipped > 0 ? `, ${summary.skipped} imported before` : '') +
      (summary.failed > 0 ? `, ${summary.failed} failed` : '') +
      '.',
  ]
  // Most frequent first, as the summary of many pairs reads best.
  const byCount = Object.fromEntries(Object.entries(summary.findingsByKind).sort((a, b) => b[1] - a[1]))
  if (summary.imported > 0) lines.push(`${findingCounts(byCount)}.`)
  for (const outcome of summary.outcomes.filter((o) => o.status === 'failed')) lines.push(`  failed ${outcome.pair.label}: ${outcome.reason}`)
  if (summary.interrupted) lines.push('Run the same command again to go on; the pairs already imported are skipped.')
  io.out(lines.join('\n') + '\n')
}
