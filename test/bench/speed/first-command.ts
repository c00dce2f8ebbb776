// The first command of the day on a workspace whose routine backup is due, beside the same command
// when it is not: the backup runs in a process of its own after the command, so the two should
// cost the same. Also how long that backup process takes to finish, for scale.
import { existsSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { backupFolder, listBackups } from '../../../corpus/database.ts'
import { corpusSlugs } from '../../helpers/corpus.ts'
import { importSlug, openWorkspace, temporaryPath } from '../../helpers/workspace.ts'
import { measureProcess, median, type ProcessUsage } from './measure-process.ts'
import { EGIZ_NODE_FLAGS } from '../../../scripts/node24.mjs'

const EGIZ = fileURLToPath(new URL('../../../bin/egiz.mjs', import.meta.url))

export interface FirstCommandFigures {
  workspaceMb: number
  usages: Record<string, ProcessUsage>
  /** Seconds from the command's end to the backup written, median. */
  backupSeconds: number
}

/** A workspace holding every corpus pair, imported in this process. */
function corpusWorkspace(): string {
  const path = temporaryPath()
  const workspace = openWorkspace(path)
  for (const slug of corpusSlugs()) importSlug(workspace, slug)
  workspace.close()
  return path
}

async function waitForBackup(path: string): Promise<number> {
  const started = performance.now()
  while (listBackups(path).length === 0 || existsSync(join(backupFolder(path), 'routine.lock'))) await new Promise((resolve) => setTimeout(resolve, 20))
  return (performance.now() - started) / 1000
}

export async function measureFirstCommand(rounds: number): Promise<FirstCommandFigures> {
  const path = corpusWorkspace()
  const command = () => measureProcess(process.execPath, [...EGIZ_NODE_FLAGS, EGIZ, 'stats', '--db', path])
  const due: ProcessUsage[] = []
  const notDue: ProcessUsage[] = []
  const backupTimes: number[] = []
  // Interleaved by hand: each backup is let finish before the next run starts.
  for (let round = 0; round < rounds; round++) {
    rmSync(backupFolder(path), { recursive: true, force: true })
    due.push(command())
    backupTimes.push(await waitForBackup(path))
    notDue.push(command())
  }
  return {
    workspaceMb: statSync(path).size / 1048576,
    usages: { 'egiz stats, backup due': medianUsage(due), 'egiz stats, backup not due': medianUsage(notDue) },
    backupSeconds: median(backupTimes),
  }
}

function medianUsage(runs: ProcessUsage[]): ProcessUsage {
  return { wallSeconds: median(runs.map((r) => r.wallSeconds)), cpuSeconds: median(runs.map((r) => r.cpuSeconds)), peakMb: median(runs.map((r) => r.peakMb)), ok: runs.every((r) => r.ok) }
}
