// The browser-mode host: the contract's channels over HTTP on 127.0.0.1 only, for the review screen
// in a browser and for end-to-end tests. Every call needs the per-launch token; the Host and Origin
// headers must name this host (no DNS rebinding, no calls from other sites).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'
import { dispatch } from '../contract/dispatch.ts'
import type { Workspace } from '../corpus/workspace.ts'

/** Largest request body: an import of two large texts, base64-encoded. */
export const MAX_BODY_BYTES = 200 * 1024 * 1024
const TOKEN_HEADER = 'x-egiz-token'
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.json': 'application/json' }

export interface Host {
  url: string
  token: string
  port: number
  close: () => Promise<void>
}

export interface HostOptions {
  workspace: Workspace
  /** 0 picks a free port. */
  port?: number
  /** Folder of the built review screen, served at /. */
  staticRoot?: string
  log?: (line: string) => void
}

export function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(32).toString('hex')
  const log = options.log ?? (() => {})
  const server = createServer((request, response) => {
    handle(request, response, { ...options, token, port: (server.address() as { port: number }).port, log }).catch((error: unknown) => {
      log(`egiz serve: ${String(error)}`)
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'internal problem' } })
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${port}/?token=${token}`, token, port, close: () => closeServer(server) })
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

interface Context extends HostOptions {
  token: string
  port: number
  log: (line: string) => void
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  const allowedHosts = [`127.0.0.1:${context.port}`, `localhost:${context.port}`]
  if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 403, refusal('the Host header does not name this Egiz'))
  const origin = request.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) return send(response, 403, refusal('calls from other sites are refused'))
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
  if (url.pathname.startsWith('/api/')) {
    const channel = decodedOrNull(url.pathname.slice(5))
    if (channel === null) return send(response, 400, refusal('the address is not valid (a broken % escape)'))
    return api(request, response, context, channel)
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, refusal('only GET for pages'))
  return serveStatic(response, context.staticRoot, url.pathname)
}

async function api(request: IncomingMessage, response: ServerResponse, context: Context, channel: string): Promise<void> {
  if (request.method !== 'POST') return send(response, 405, refusal('API calls are POST requests'))
  if (!sameToken(String(request.headers[TOKEN_HEADER] ?? ''), context.token)) return send(response, 401, refusal('the token is missing or wrong; open the address egiz serve printed'))
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, refusal('send JSON'))
  const tooLarge = () => send(response, 413, refusal(`the request is larger than ${MAX_BODY_BYTES / 1048576} MB`), { connection: 'close' })
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const body = await readBody(request)
  if (body === null) return tooLarge()
  let input: unknown
  try {
    input = body.length === 0 ? {} : JSON.parse(body)
  } catch {
    return send(response, 400, refusal('the request is not valid JSON'))
  }
  const reply = await dispatch(context.workspace, channel, input, (error) => context.log(`egiz serve: ${channel}: ${error instanceof Error ? error.stack : String(error)}`))
  const status = reply.ok ? 200 : reply.error.code === 'unknown-channel' ? 404 : reply.error.code === 'invalid-input' ? 400 : 500
  send(response, status, reply)
}

function refusal(message: string) {
  return { ok: false, error: { code: 'refused', message } }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The body as text, or null past MAX_BODY_BYTES (the rest is read and dropped, so the 413 reaches the client). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers })
  response.end(text)
}

function serveStatic(response: ServerResponse, root: string | undefined, pathname: string): void {
  if (!root || !existsSync(join(root, 'index.html'))) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('The review screen is not built in this copy of Egiz; run "npm run setup".\n')
    return
  }
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  const file = join(root, relative === '' ? 'index.html' : relative)
  if (!file.startsWith(root + sep) && file !== join(root, 'index.html')) return send(response, 403, refusal('outside the app'))
  const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html')
  response.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  })
  response.end(readFileSync(target))
}
