// Temporary workspaces with real pairs of the shared corpus imported, and the invariant every
// operation must keep: the sentence pairs cover each side's clean text once, in order.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Workspace } from '../../corpus/workspace.ts'
import { CORPUS } from './corpus.ts'

export function temporaryPath(name = 'workspace.sqlite'): string {
  return join(mkdtempSync(join(tmpdir(), 'egiz-corpus-')), name)
}

export function openWorkspace(path = temporaryPath(), options: { busyTimeoutMs?: number } = {}): Workspace {
  const opened = Workspace.open(path, { user: 'tester', ...options })
  if (!opened.ok) throw new Error(opened.reason)
  return opened.workspace
}

/** Closes the workspace and waits for the backup process it started; returns that process's exit code (null: none started). */
export async function closeAndWaitForBackup(workspace: Workspace): Promise<number | null> {
  workspace.close()
  const backup = workspace.backupProcess
  if (!backup) return null
  if (backup.exitCode === null && backup.signalCode === null) await new Promise((resolve) => backup.once('exit', resolve))
  return backup.exitCode
}

export function importSlug(workspace: Workspace, slug: string, project = 'Treaties', rename = '', edit: Partial<Record<'kk' | 'ru', (text: string) => string>> = {}): number {
  const bytes = (side: 'kk' | 'ru') => {
    const file = readFileSync(join(CORPUS, slug, `${side}.txt`))
    return edit[side] ? new TextEncoder().encode(edit[side](file.toString('utf8'))) : file
  }
  const source = (side: 'kk' | 'ru') => ({ name: `${slug}${rename}.${side}.txt`, bytes: bytes(side) })
  const result = workspace.importPair({ project, sources: [source('kk'), source('ru')] })
  if (!result.ok) throw new Error(result.reason)
  return result.alignmentId
}

/** Checks, straight from the file, that the sentence pairs cover each clean text once, in order. */
export function coverageProblems(path: string, alignmentId: number): string[] {
  const db = new Database(path, { readonly: true })
  try {
    const problems: string[] = []
    const alignment = db.prepare('SELECT kk_version_id, ru_version_id FROM alignments WHERE id = ?').get(alignmentId) as { kk_version_id: number; ru_version_id: number }
    for (const side of ['kk', 'ru'] as const) {
      const clean = db.prepare('SELECT clean_text FROM document_versions WHERE id = ?').pluck().get(side === 'kk' ? alignment.kk_version_id : alignment.ru_version_id) as string
      const spans = db.prepare(`SELECT ${side}_start AS s, ${side}_end AS e FROM pairs WHERE alignment_id = ? AND level = 'sentence' AND ${side}_start IS NOT NULL ORDER BY seq`).all(alignmentId) as Array<{ s: number; e: number }>
      let at = 0
      let covered = ''
      for (const { s, e } of spans) {
        if (s < at) problems.push(`${side}: span ${s}-${e} overlaps or goes back (previous end ${at})`)
        covered += clean.slice(s, e)
        at = Math.max(at, e)
      }
      if (covered.replace(/\s/g, '') !== clean.replace(/\s/g, '')) problems.push(`${side}: the pairs do not cover the text exactly once`)
    }
    return problems
  } finally {
    db.close()
  }
}
