// Files built to hang, crash or exhaust Egiz (test/fixtures/hostile): through the real commands,
// each is read or refused with one line that names it, never a stack trace, and well within the
// time limit. FIFOs and devices are refused before anything is read.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const hostile = (name: string) => fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url))
/** Far above what any of them takes now (under 2 s each); a hang or a quadratic parse exceeds it. */
const LIMIT_MS = 30_000

function egiz(...args: string[]) {
  const started = Date.now()
  const result = spawnSync(process.execPath, [EGIZ, ...args], { encoding: 'utf8', timeout: LIMIT_MS })
  return { ...result, ms: Date.now() - started }
}

function expectCleanEnd(result: ReturnType<typeof egiz>, name: string): void {
  expect(result.signal, `${name} was killed after ${LIMIT_MS} ms`).toBeNull()
  expect([0, 2]).toContain(result.status)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  if (result.status === 2) {
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(name)
  }
}

const REFUSED = [
  ['tiny_loop.rtf', /\\bin with a length of -7/],
  ['bin_loop.rtf', /\\bin with a length/],
  ['bin_neg.rtf', /\\bin with a length of -99999999/],
  ['deep4000_min.docx', /nest more than 256 deep/],
  ['bomb_250m_paras.docx', /unpacks to more than 64 MB/],
  ['flatebomb.pdf', /decompresses to more than 64 MB/],
  ['pages20000.pdf', /20000 pages, more than the 2000/],
  ['laughs.docx', /unknown entity/],
  ['xxe.docx', /unknown entity/],
  ['kk_badutf8.txt', /is UTF-8 but one byte is not valid UTF-8 \(the first at line \d+, column \d+\)/],
] as const

const READ = ['numbering_1e300.docx', 'numbering_bomb.docx', 'notclosed_quote_100000.html', 'fn60k.rtf', 'kk_utf16le_nobom.txt']

describe('hostile files through egiz align', () => {
  it.each(REFUSED)('%s is refused with its reason', (name, reason) => {
    const result = egiz('align', hostile(name), hostile('ru.txt'), '--level', 'article')
    expectCleanEnd(result, name)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(reason)
  })

  it.each(READ)('%s is read within the limit', (name) => {
    const result = egiz('align', hostile(name), hostile('ru.txt'), '--level', 'article')
    expectCleanEnd(result, name)
  })
})

describe('hostile files through egiz import', () => {
  it.each([...REFUSED.map(([name]) => name), ...READ])('%s ends cleanly and leaves the workspace sound', (name) => {
    const db = join(mkdtempSync(join(tmpdir(), 'egiz-hostile-')), 'ws.sqlite')
    const result = egiz('import', hostile(name), hostile('ru.txt'), '--db', db)
    expectCleanEnd(result, name)
    // Read or refused: a refused first import leaves no workspace, and one that was kept opens.
    if (result.status === 0) expect(egiz('projects', '--db', db).status).toBe(0)
    else expect(existsSync(db)).toBe(false)
  })

  it.each(['deep4k.tmx', 'laughs.tmx', 'xxe.tmx'])('the TMX %s is refused', (name) => {
    const db = join(mkdtempSync(join(tmpdir(), 'egiz-hostile-')), 'ws.sqlite')
    const result = egiz('import', hostile(name), '--db', db)
    expectCleanEnd(result, name)
    expect(result.status).toBe(2)
  })
})

describe('files that are not regular files', () => {
  it.each([['/dev/zero'], ['/dev/stdin']])('%s is refused before reading', (path) => {
    const result = egiz('align', path, hostile('ru.txt'))
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/is not a regular file|no such file/)
    expect(result.ms).toBeLessThan(LIMIT_MS)
  })

  it('a FIFO is refused without waiting for a writer', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'egiz-fifo-')), 'pipe.txt')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const result = egiz('align', fifo, hostile('ru.txt'))
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('is not a regular file')
  })
})
