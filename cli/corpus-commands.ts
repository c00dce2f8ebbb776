// Commands on the workspace (`--db FILE`, or the default one): import a pair, list projects and
// alignments, search the concordance, print statistics.
import { parseArgs } from './args.ts'
import { usageError, type CommandIo } from './io.ts'
import { pairInputs } from './read-input.ts'
import { readInputFile } from '../corpus/files/read-file.ts'
import { readDocumentFile } from '../corpus/files/read-document.ts'
import { findingCounts } from './finding-counts.ts'
import { DB_OPTION, openWorkspaceOption, removeNewWorkspace, workspacePathOption } from './workspace-option.ts'
import type { ImportSource } from '../corpus/analyse.ts'
import type { Workspace } from '../corpus/workspace.ts'
import { existsSync, readFileSync } from 'node:fs'
import { parseTermTable, type TermGroup } from '../aligner/checks/terms.ts'

export const IMPORT_USAGE = `usage: egiz import KK_FILE RU_FILE [--project NAME] [--db FILE]
       egiz import FILE.tmx [--project NAME] [--db FILE]
Imports and aligns a pair into the workspace (default project "Egiz"); --kk/--ru say which file is
which. A TMX file (1.1 to 1.4, from any tool) is imported as confirmed pairs.`
export const PROJECTS_USAGE = 'usage: egiz projects [--db FILE]\nLists the projects and their aligned documents with review progress.'
export const SEARCH_USAGE = 'usage: egiz search TEXT [--project NAME] [--limit N] [--db FILE]\nFinds TEXT on either side of the sentence pairs and shows the aligned counterpart.'
export const TERMS_USAGE = `usage: egiz terms [--project NAME] [--terms FILE.json] [--db FILE]
Lists terms rendered in more than one way in the confirmed pairs (default table: Contracting
Parties, ratify/approve; --terms gives your own: [{ "name", "kk": { variant: pattern }, "ru": { … } }]).`
export const STATS_USAGE = 'usage: egiz stats [--project NAME] [--db FILE]\nCounts pairs, review statuses and findings.'

const HELP = { '--help': { value: false, alias: '-h' } } as const

/** Parses, shows help, opens the workspace, runs `work`, closes: the frame every corpus command shares. */
async function withWorkspace(
  command: string,
  usage: string,
  argv: string[],
  io: CommandIo,
  spec: Record<string, { value: boolean; alias?: string }>,
  work: (workspace: Workspace, positional: string[], options: Map<string, string | true>) => number | Promise<number>,
  { creates = false } = {},
): Promise<number> {
  const parsed = parseArgs(argv, { ...spec, ...DB_OPTION, ...HELP })
  if (!parsed.ok) return usageError(io, command, parsed.reason)
  if (parsed.args.options.has('--help')) {
    io.out(usage + '\n')
    return 0
  }
  const path = workspacePathOption(parsed.args.options)
  const isNew = !existsSync(path)
  const workspace = openWorkspaceOption(parsed.args.options, io, { mustExist: !creates })
  if (!workspace) return 2
  let status = 1
  try {
    status = await work(workspace, parsed.args.positional, parsed.args.options)
    return status
  } finally {
    workspace.close()
    if (isNew && status !== 0) removeNewWorkspace(path)
  }
}

function projectId(workspace: Workspace, options: Map<string, string | true>, io: CommandIo): number | null | undefined {
  const name = options.get('--project')
  if (typeof name !== 'string') return undefined
  const project = workspace.projects().find((p) => p.name === name)
  if (!project) {
    io.err(`egiz: there is no project "${name}" in ${workspace.path}; "egiz projects" lists them.\n`)
    return null
  }
  return project.id
}

export function runImport(argv: string[], io: CommandIo): Promise<number> {
  const spec = { '--kk': { value: true }, '--ru': { value: true }, '--project': { value: true } }
  return withWorkspace('import', IMPORT_USAGE, argv, io, spec, async (workspace, positional, options) => {
    const project = options.get('--project')
    const projectName = typeof project === 'string' ? project : 'Egiz'
    if (positional.length === 1 && /\.tmx$/i.test(positional[0]!)) return importTmxFile(workspace, positional[0]!, projectName, io)
    const files = pairInputs(positional, options)
    if (!files.ok) return usageError(io, 'import', files.reason)
    const sources: ImportSource[] = []
    for (const input of files.inputs) {
      const read = await readDocumentFile(input.path, input.language)
      if (!read.ok) {
        io.err(`egiz: ${read.reason}.\n`)
        return 2
      }
      sources.push(read.source)
    }
    const result = workspace.importPair({ project: projectName, sources: sources as [ImportSource, ImportSource] })
    if (!result.ok) {
      io.err(`egiz: ${result.reason}.\n`)
      return 2
    }
    io.out(`imported into ${workspace.path}: alignment ${result.alignmentId}, ${result.articlePairs} article-level pairs, ${result.sentencePairs} sentence pairs; ${findingCounts(result.findingsByKind)}\n`)
    return 0
  }, { creates: true })
}

function importTmxFile(workspace: Workspace, path: string, project: string, io: CommandIo): number {
  const read = readInputFile(path)
  if (!read.ok) {
    io.err(`egiz: ${path}: ${read.reason}.\n`)
    return 2
  }
  const result = workspace.importTmx({ project, name: path.split(/[\\/]/).pop() ?? path, bytes: read.bytes })
  if (!result.ok) {
    io.err(`egiz: ${result.reason}.\n`)
    return 2
  }
  const skipped = result.unitsWithoutPair ? `; ${result.unitsWithoutPair} units without both a Kazakh and a Russian variant were left out` : ''
  io.out(`imported into ${workspace.path}: alignment ${result.alignmentId}, ${result.pairs} confirmed pairs${skipped}\n`)
  return 0
}

export function runProjects(argv: string[], io: CommandIo): Promise<number> {
  return withWorkspace('projects', PROJECTS_USAGE, argv, io, {}, (workspace) => {
    const projects = workspace.projects()
    if (projects.length === 0) io.out(`${workspace.path} holds no projects yet; "egiz import KK RU" adds one.\n`)
    for (const project of projects) {
      io.out(`${project.name} (${project.alignments} aligned documents)\n`)
      for (const alignment of workspace.alignments(project.id)) {
        const share = alignment.pairs === 0 ? 0 : Math.round((100 * alignment.confirmed) / alignment.pairs)
        io.out(`  ${String(alignment.id).padStart(4)}  ${share}% confirmed of ${alignment.pairs} pairs, ${alignment.openFindings} open findings  ${alignment.title.slice(0, 70)}\n`)
      }
    }
    return 0
  })
}

export function runSearch(argv: string[], io: CommandIo): Promise<number> {
  const spec = { '--project': { value: true }, '--limit': { value: true } }
  return withWorkspace('search', SEARCH_USAGE, argv, io, spec, (workspace, positional, options) => {
    const query = positional.join(' ').trim()
    if (query === '') return usageError(io, 'search', 'give the text to look for')
    const project = projectId(workspace, options, io)
    if (project === null) return 2
    const limit = Number(options.get('--limit') ?? 20)
    if (!Number.isInteger(limit) || limit < 1) return usageError(io, 'search', '--limit must be a whole number above 0')
    const waiting = workspace.pendingForSearchIndex()
    if (waiting > 0) io.err(`egiz: indexing for search the ${waiting} sentence pair(s) imported since the last search…\n`)
    const hits = workspace.search(query, { projectId: project, limit })
    for (const hit of hits) {
      io.out(`[${hit.pair.id}] ${hit.alignmentTitle.slice(0, 60)}\n  kk: ${hit.pair.kk.text.replace(/\s+/g, ' ')}\n  ru: ${hit.pair.ru.text.replace(/\s+/g, ' ')}\n`)
    }
    io.out(`${hits.length} pair(s) found${hits.length === limit ? ` (the first ${limit}; --limit shows more)` : ''}.\n`)
    return 0
  })
}

export function runStats(argv: string[], io: CommandIo): Promise<number> {
  return withWorkspace('stats', STATS_USAGE, argv, io, { '--project': { value: true } }, (workspace, _positional, options) => {
    const project = projectId(workspace, options, io)
    if (project === null) return 2
    const stats = workspace.statistics(project)
    io.out(`${stats.projects} project(s), ${stats.alignments} aligned document(s)\n`)
    io.out(`pairs: ${stats.pairs.article} article-level, ${stats.pairs.sentence} sentence\n`)
    io.out(`review: ${Object.entries(stats.byStatus).map(([status, n]) => `${n} ${status}`).join(', ')} (${(100 * stats.confirmedShare).toFixed(1)}% confirmed)\n`)
    io.out(`${findingCounts(stats.findingsByKind)}\n`)
    return 0
  })
}

export function runTerms(argv: string[], io: CommandIo): Promise<number> {
  return withWorkspace('terms', TERMS_USAGE, argv, io, { '--project': { value: true }, '--terms': { value: true } }, async (workspace, _positional, options) => {
    const project = projectId(workspace, options, io)
    if (project === null) return 2
    let groups: TermGroup[] | undefined
    const table = options.get('--terms')
    if (typeof table === 'string') {
      let parsed: ReturnType<typeof parseTermTable>
      try {
        parsed = parseTermTable(readFileSync(table, 'utf8'))
      } catch (error) {
        io.err(`egiz: ${table}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`)
        return 2
      }
      if (!parsed.ok) {
        io.err(`egiz: ${table}: ${parsed.reason}.\n`)
        return 2
      }
      groups = parsed.groups
    }
    const found = await workspace.termConsistency({ projectId: project, groups })
    if (found.length === 0) io.out('Every term of the table is rendered one way in the confirmed pairs.\n')
    for (const item of found) {
      io.out(`${item.term}: ${item.side === 'kk' ? 'Kazakh' : 'Russian'} "${item.variant}" is rendered ${item.renderings.length} ways:\n`)
      for (const rendering of item.renderings) {
        const shown = item.side === 'kk' ? rendering.ru : rendering.kk
        io.out(`  ${String(rendering.pairs.length).padStart(5)} × "${shown}"  (pairs ${rendering.pairs.slice(0, 8).join(', ')}${rendering.pairs.length > 8 ? ', …' : ''})\n`)
      }
    }
    return 0
  })
}
