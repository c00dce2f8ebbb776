// `egiz serve`: the review screen in a browser, on this computer only, for one workspace.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from './args.ts'
import { usageError, type CommandIo } from './io.ts'
import { PROJECT_ROOT } from './project-root.ts'
import { startHost, type Host } from './serve-host.ts'
import { DB_OPTION, openWorkspaceOption } from './workspace-option.ts'

export const SERVE_USAGE = `usage: egiz serve [--db FILE] [--port N] [--check]
Serves the review screen at a 127.0.0.1 address (printed, with its access token) until Ctrl+C.
--check: start, load the page and the documents as a browser would, say what answered, and stop.`

const RENDERER = join(PROJECT_ROOT, 'dist', 'renderer')

export async function runServe(argv: string[], io: CommandIo, stop: Promise<void> = interrupted()): Promise<number> {
  const parsed = parseArgs(argv, { '--port': { value: true }, '--check': { value: false }, '--help': { value: false, alias: '-h' }, ...DB_OPTION })
  if (!parsed.ok) return usageError(io, 'serve', parsed.reason)
  if (parsed.args.options.has('--help')) {
    io.out(SERVE_USAGE + '\n')
    return 0
  }
  const port = Number(parsed.args.options.get('--port') ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(io, 'serve', '--port must be a number from 0 to 65535')
  if (!existsSync(`${RENDERER}/index.html`)) {
    io.err('egiz: the review screen is not built in this copy; run "npm run setup" (or "npm run build:ui").\n')
    return 2
  }
  const workspace = openWorkspaceOption(parsed.args.options, io)
  if (!workspace) return 2
  let host
  try {
    host = await startHost({ workspace, port, staticRoot: RENDERER, log: (line) => io.err(line + '\n') })
  } catch (error) {
    workspace.close()
    io.err(`egiz: cannot listen on 127.0.0.1:${port} (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another --port.\n`)
    return 2
  }
  if (parsed.args.options.has('--check')) {
    const status = await checkHost(host, io)
    await host.close()
    workspace.close()
    return status
  }
  io.out(`Egiz is serving ${workspace.path}\nOpen ${host.url}\n(only this computer can reach it; Ctrl+C stops)\n`)
  void workspace.indexForSearchInBackground()
  await stop
  await host.close()
  workspace.close()
  return 0
}

/** Loads the page and the document list through the host, as the browser does; 0 when both answer. */
async function checkHost(host: Host, io: CommandIo): Promise<number> {
  const page = await fetch(host.url)
  const html = await page.text()
  const documents = await fetch(new URL('/api/alignments.list', host.url), {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-egiz-token': host.token }, body: '{}',
  })
  const reply = (await documents.json()) as { ok: boolean; value?: unknown[] }
  if (page.status !== 200 || !html.includes('<div id="root">') || !reply.ok) {
    io.err(`egiz: the review screen did not answer as expected (page ${page.status}, documents ${documents.status}).\n`)
    return 1
  }
  io.out(`Egiz served the review screen at ${new URL(host.url).origin} with ${reply.value!.length} document(s), then stopped (--check).\n`)
  return 0
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}
