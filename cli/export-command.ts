// `egiz export`: streams the pairs of a project or an alignment from the workspace to a TMX or TSV
// file, one pair at a time, into a temporary file that replaces the target only when complete.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { tmxDate, tmxFooter, tmxHeader, tmxUnit } from '../aligner/output/tmx.ts'
import type { Status } from '../corpus/rows.ts'
import type { Workspace } from '../corpus/workspace.ts'
import { parseArgs } from './args.ts'
import { packageVersion, usageError, type CommandIo } from './io.ts'
import { DB_OPTION, openWorkspaceOption } from './workspace-option.ts'

export const EXPORT_USAGE = `usage: egiz export -o FILE [--project NAME | --alignment ID] [options] [--db FILE]
  --format tmx|tsv          tmx (default) or tab-separated text
  --level sentence|article  which pairs (default sentence)
  --status confirmed|all    confirmed pairs only (default) or all but rejected`

export function runExport(argv: string[], io: CommandIo): number {
  const parsed = parseArgs(argv, {
    '--output': { value: true, alias: '-o' },
    '--project': { value: true },
    '--alignment': { value: true },
    '--format': { value: true },
    '--level': { value: true },
    '--status': { value: true },
    '--help': { value: false, alias: '-h' },
    ...DB_OPTION,
  })
  if (!parsed.ok) return usageError(io, 'export', parsed.reason)
  const { options } = parsed.args
  if (options.has('--help')) {
    io.out(EXPORT_USAGE + '\n')
    return 0
  }
  const target = options.get('--output')
  if (typeof target !== 'string') return usageError(io, 'export', 'say where to write with -o FILE')
  const format = options.get('--format') ?? 'tmx'
  if (format !== 'tmx' && format !== 'tsv') return usageError(io, 'export', '--format must be tmx or tsv')
  const level = options.get('--level') ?? 'sentence'
  if (level !== 'sentence' && level !== 'article') return usageError(io, 'export', '--level must be sentence or article')
  const statusOption = options.get('--status') ?? 'confirmed'
  if (statusOption !== 'confirmed' && statusOption !== 'all') return usageError(io, 'export', '--status must be confirmed or all')
  const statuses: Status[] = statusOption === 'confirmed' ? ['confirmed'] : ['auto', 'confirmed', 'needs-review']
  const workspace = openWorkspaceOption(options, io)
  if (!workspace) return 2
  try {
    const scope = resolveScope(workspace, options, io)
    if (!scope) return 2
    const count = writeStreamed(target, format, (write) => exportPairs(workspace, { ...scope, level, statuses }, format, write))
    io.err(`egiz: wrote ${count} pairs to ${target}\n`)
    return 0
  } catch (error) {
    io.err(`egiz: ${target}: cannot write the export (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place with -o.\n`)
    return 2
  } finally {
    workspace.close()
  }
}

function resolveScope(workspace: Workspace, options: Map<string, string | true>, io: CommandIo): { projectId?: number; alignmentId?: number } | null {
  const project = options.get('--project')
  const alignment = options.get('--alignment')
  if (typeof alignment === 'string') {
    const id = Number(alignment)
    if (!workspace.alignments().some((a) => a.id === id)) {
      io.err(`egiz: there is no alignment ${alignment} in ${workspace.path}; "egiz projects" lists them.\n`)
      return null
    }
    return { alignmentId: id }
  }
  if (typeof project === 'string') {
    const found = workspace.projects().find((p) => p.name === project)
    if (!found) {
      io.err(`egiz: there is no project "${project}" in ${workspace.path}; "egiz projects" lists them.\n`)
      return null
    }
    return { projectId: found.id }
  }
  return {}
}

/** Writes through a temporary file beside the target; returns what `produce` counted. */
function writeStreamed(target: string, _format: string, produce: (write: (text: string) => void) => number): number {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
  const fd = openSync(temporary, 'w')
  try {
    const count = produce((text) => writeSync(fd, text))
    closeSync(fd)
    renameSync(temporary, target)
    return count
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
}

function exportPairs(workspace: Workspace, scope: Parameters<Workspace['exportPairs']>[0], format: 'tmx' | 'tsv', write: (text: string) => void): number {
  const now = tmxDate(new Date())
  if (format === 'tmx') write(tmxHeader({ creationToolVersion: packageVersion(), segtype: scope.level === 'article' ? 'paragraph' : 'sentence', sourceLanguage: 'kk-KZ', creationDate: now }))
  else write('id\tstatus\tconfidence\tkk_file\tru_file\tkk\tru\n')
  let count = 0
  for (const pair of workspace.exportPairs(scope)) {
    if (pair.kk.trim() === '' || pair.ru.trim() === '') continue
    count++
    if (format === 'tsv') {
      const cell = (text: string) => text.replace(/\t/g, ' ').replace(/\r?\n/g, ' ¶ ')
      write([pair.row.id, pair.row.status, pair.row.confidence.toFixed(3), pair.kkFile, pair.ruFile, cell(pair.kk), cell(pair.ru)].join('\t') + '\n')
      continue
    }
    write(
      tmxUnit({
        id: String(pair.row.id),
        changeDate: tmxDate(new Date(pair.row.updated_at)),
        props: [['x-document', pair.kkFile], ['x-status', pair.row.status], ['x-confidence', pair.row.confidence.toFixed(3)]],
        variants: [{ language: 'kk-KZ', text: pair.kk }, { language: 'ru-RU', text: pair.ru }],
      }),
    )
  }
  if (format === 'tmx') write(tmxFooter())
  return count
}
