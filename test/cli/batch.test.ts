import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { formatDuration, progressLine } from '../../cli/batch-command.ts'
import { CORPUS } from '../helpers/corpus.ts'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('egiz batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'egiz-batch-cli-'))
  for (const slug of ['kz-fi-investment-bit-1992', 'central-asia-hydromet-1999']) {
    copyFileSync(join(CORPUS, slug, 'kk.txt'), join(dir, `${slug}_kk.txt`))
    copyFileSync(join(CORPUS, slug, 'ru.txt'), join(dir, `${slug}_ru.txt`))
  }
  const db = join(dir, 'w.sqlite')

  it('shows the plan only with --plan', async () => {
    const result = await run('batch', dir, '--plan', '--db', db)
    expect(result.code).toBe(0)
    expect(result.out).toContain('2 pairs (2 by file name, 0 by content), 0 files not paired')
    expect(existsSync(db)).toBe(false)
  })

  it('imports the folder, sums up and writes the corpus TMX; a second run skips what is done', async () => {
    const tmx = join(dir, 'corpus.tmx')
    const first = await run('batch', dir, '--db', db, '--out', tmx, '--workers', '2')
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/Done in \d+ s: 2 pairs imported into project "egiz-batch-cli-\w+" of .* \(\d+ article pairs, \d+ sentence pairs\)\./)
    // Counted and worded as `stats` counts them, the aligner's notes apart.
    const findings = first.out.split('\n').find((line) => line.startsWith('findings: '))!
    expect(findings).toMatch(/^findings: .*; \d+ alignment notes?\.$/)
    const project = /into project "([^"]+)"/.exec(first.out)![1]!
    const stats = await run('stats', '--db', db, '--project', project)
    const sorted = (line: string) => line.replace(/^findings: /, '').replace(/;.*$/, '').split(', ').sort()
    expect(sorted(findings)).toEqual(sorted(stats.out.split('\n').find((line) => line.startsWith('findings: '))!))
    expect(first.err).toContain('2/2 pairs')
    expect(readFileSync(tmx, 'utf8')).toContain('<tmx version="1.4">')
    const second = await run('batch', dir, '--db', db)
    expect(second.out).toContain('0 pairs imported')
    expect(second.out).toContain('2 imported before')
  })

  it('refuses a missing folder and a bad worker count with what to do', async () => {
    expect((await run('batch', join(dir, 'nope'))).err).toContain('there is no folder')
    expect((await run('batch', dir, '--workers', '0')).err).toContain('--workers takes a whole number')
  })

  it('draws progress with counts, pace and time left', () => {
    const line = progressLine({ total: 10, done: 4, imported: 3, skipped: 0, failed: 1, elapsedMs: 2000, remainingMs: 3000, last: 'x' })
    expect(line).toBe('██████████░░░░░░░░░░░░░░ 4/10 pairs · 1 failed · 2.0 pairs/s · 3 s left')
    expect(formatDuration(3_725_000)).toBe('1 h 2 min')
  })
})
