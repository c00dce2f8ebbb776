import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES, startHost, type Host } from '../../cli/serve-host.ts'
import { importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

const workspace = openWorkspace()
const alignmentId = importSlug(workspace, 'kz-fi-investment-bit-1992')
const root = join(temporaryPath('x'), '..', 'app')
let host: Host

beforeAll(async () => {
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Egiz</title>')
  host = await startHost({ workspace, staticRoot: root })
})
afterAll(() => host.close())

function post(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-egiz-token': host.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

describe('egiz serve host', () => {
  it('listens on loopback and prints an address with its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/)
  })

  it('answers valid calls with the contract reply', async () => {
    const response = await post('pairs.page', { alignmentId, limit: 2 })
    expect(response.status).toBe(200)
    const reply = (await response.json()) as { ok: boolean; value: Array<{ kk: { text: string } }> }
    expect(reply.ok).toBe(true)
    expect(reply.value).toHaveLength(2)
  })

  it.each([
    ['no token', () => post('projects.list', {}, { 'x-egiz-token': '' }), 401],
    ['a wrong token', () => post('projects.list', {}, { 'x-egiz-token': 'f'.repeat(64) }), 401],
    ['a foreign Origin', () => post('projects.list', {}, { origin: 'http://evil.example' }), 403],
    ['GET on the API', () => fetch(`http://127.0.0.1:${host.port}/api/projects.list`), 405],
    ['form data instead of JSON', () => post('projects.list', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
    ['broken JSON', () => post('projects.list', '{"a":'), 400],
    ['an unknown channel', () => post('drop.everything', {}), 404],
    ['invalid input', () => post('pairs.page', { alignmentId: -1 }), 400],
    ['a broken % escape in the channel', () => post('pairs%E0%A4%A.page', {}), 400],
    ['inherited names as fields', () => post('pairs.page', { alignmentId, constructor: 1 }), 400],
    ['toString as a field', () => post('projects.list', { toString: 'x' }), 400],
  ])('refuses %s', async (_name, request, status) => {
    expect((await request()).status).toBe(status)
  })

  it.each([['said by its length', true], ['streamed without a length', false]])('answers 413 to a body over the limit %s, instead of resetting the connection', async (_name, declared) => {
    const { request } = await import('node:http')
    const megabyte = 'x'.repeat(1024 * 1024)
    const chunks = MAX_BODY_BYTES / megabyte.length + 1
    const length: Record<string, string> = declared ? { 'content-length': String(chunks * megabyte.length) } : { 'transfer-encoding': 'chunked' }
    const status = await new Promise<number>((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port: host.port, path: '/api/projects.list', method: 'POST', headers: { 'x-egiz-token': host.token, 'content-type': 'application/json', ...length } }, (res) => resolve(res.statusCode!))
      r.on('error', reject)
      const writeAll = (left: number): void => {
        if (left === 0) return void r.end()
        if (r.write(megabyte)) writeAll(left - 1)
        else r.once('drain', () => writeAll(left - 1))
      }
      writeAll(chunks)
    })
    expect(status).toBe(413)
  })

  it('refuses a Host header that names another site (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      const r = request({ host: '127.0.0.1', port: host.port, path: '/api/projects.list', method: 'POST', headers: { host: 'evil.example', 'x-egiz-token': host.token, 'content-type': 'application/json' } }, (res) => resolve(res.statusCode!))
      r.end('{}')
    })
    expect(status).toBe(403)
  })

  it('serves the app with a strict CSP, and nothing outside it', async () => {
    const page = await fetch(`http://127.0.0.1:${host.port}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const escape = await fetch(`http://127.0.0.1:${host.port}/..%2f..%2fetc%2fpasswd`)
    expect(await escape.text()).not.toContain('root:')
  })
})
