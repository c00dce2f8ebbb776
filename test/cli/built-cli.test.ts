// `egiz` runs the bundle `npm run setup` builds, unless a source is newer; the bundle behaves as the
// sources do, batch workers included.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUILT_CLI_PATH, cliEntry, SOURCES_MANIFEST_PATH } from '../../scripts/built-cli.mjs'
import { ensureCliBuilt } from '../helpers/built-cli.ts'
import { CORPUS } from '../helpers/corpus.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))

function egiz(...argv: string[]): string {
  return execFileSync(process.execPath, [EGIZ, ...argv], { encoding: 'utf8' })
}

describe('which command line egiz runs', () => {
  function fakeCheckout(): { root: string; touch: (path: string, seconds: number) => void } {
    const root = mkdtempSync(join(tmpdir(), 'egiz-entry-'))
    const touch = (path: string, seconds: number) => {
      const file = join(root, path)
      mkdirSync(join(file, '..'), { recursive: true })
      writeFileSync(file, '')
      utimesSync(file, seconds, seconds)
    }
    return { root, touch }
  }

  it('is the sources when nothing is built', () => {
    const { root, touch } = fakeCheckout()
    touch('cli/main.ts', 1000)
    expect(cliEntry(root)).toBe(join(root, 'cli', 'main.ts'))
  })

  it('is the bundle while it is newer than every source, the sources once one is edited', () => {
    const { root, touch } = fakeCheckout()
    touch('cli/main.ts', 1000)
    touch('aligner/deep/folder/module.ts', 1500)
    touch(BUILT_CLI_PATH, 2000)
    expect(cliEntry(root)).toBe(join(root, BUILT_CLI_PATH))
    touch('corpus/batch/worker.ts', 3000)
    expect(cliEntry(root)).toBe(join(root, 'cli', 'main.ts'))
  })

  it('tells a stale bundle by the sources its build listed: one edited, one added or one removed', () => {
    const { root, touch } = fakeCheckout()
    const built = () => {
      touch('cli/main.ts', 1000)
      touch('aligner/text/normalize.ts', 1000)
      for (const folder of ['cli', 'aligner/text']) utimesSync(join(root, folder), 1000, 1000)
      touch(BUILT_CLI_PATH, 2000)
      writeFileSync(join(root, SOURCES_MANIFEST_PATH), JSON.stringify({ files: ['cli/main.ts', 'aligner/text/normalize.ts'], folders: ['cli', 'aligner/text'] }))
    }
    built()
    expect(cliEntry(root)).toBe(join(root, BUILT_CLI_PATH))
    touch('aligner/text/normalize.ts', 3000)
    expect(cliEntry(root)).toBe(join(root, 'cli', 'main.ts'))
    built()
    writeFileSync(join(root, 'aligner/text/new-module.ts'), '') // its folder's time is now
    expect(cliEntry(root)).toBe(join(root, 'cli', 'main.ts'))
    built()
    rmSync(join(root, 'aligner/text/normalize.ts'))
    utimesSync(join(root, 'aligner/text'), 1000, 1000)
    expect(cliEntry(root)).toBe(join(root, 'cli', 'main.ts'))
  })
})

/** The machine's own Node when it is older than 24 (Debian's), to start `egiz` as a fresh machine does. */
function olderSystemNode(): string | undefined {
  const node = '/usr/bin/node'
  if (!existsSync(node)) return undefined
  const major = Number(execFileSync(node, ['--version'], { encoding: 'utf8' }).slice(1).split('.')[0])
  return major < 24 ? node : undefined
}

describe('egiz started by an older Node', () => {
  const node = olderSystemNode()
  it.skipIf(!node)('runs itself again on the project\'s Node 24', () => {
    expect(execFileSync(node!, [EGIZ, '--help'], { encoding: 'utf8' })).toContain('usage: egiz COMMAND')
  })
})

describe('the built command line', () => {
  ensureCliBuilt()

  it('is what bin/egiz.mjs runs in a set-up checkout', () => {
    expect(cliEntry()).toMatch(/dist[/\\]cli[/\\]egiz\.mjs$/)
  })

  it('lists the sources it was built from, for that check', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const manifest = JSON.parse(readFileSync(join(root, SOURCES_MANIFEST_PATH), 'utf8')) as { files: string[]; folders: string[] }
    expect(manifest.files).toContain(join('cli', 'main.ts'))
    expect(manifest.files).toContain(join('corpus', 'batch', 'worker.ts'))
    expect(manifest.files.every((file) => existsSync(join(root, file)) && !file.includes('node_modules'))).toBe(true)
    expect(manifest.folders).toContain(join('aligner', 'text'))
  })

  it('prints its help and its version-stamped output like the sources', () => {
    expect(egiz('--help')).toContain('usage: egiz COMMAND')
    const slug = join(CORPUS, 'kz-fi-investment-bit-1992')
    const tmx = egiz('align', join(slug, 'kk.txt'), join(slug, 'ru.txt'), '--format', 'tmx')
    expect(tmx).toContain('<tmx version="1.4">')
    expect(tmx).toMatch(/creationtoolversion="\d+\.\d+\.\d+"/)
  })

  it('takes Node\'s own modules without importing them (an import of node:fs loads its streams at every start)', () => {
    const bundle = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli')
    const modules = readdirSync(bundle).filter((file) => file.endsWith('.mjs'))
    expect(modules.length).toBeGreaterThan(3)
    for (const file of modules) expect([file, readFileSync(join(bundle, file), 'utf8').match(/^import .* from "node:.*$/m)?.[0]]).toEqual([file, undefined])
    expect(readFileSync(join(bundle, 'egiz.mjs'), 'utf8')).toContain('process.getBuiltinModule("node:')
  })

  it('imports a folder on two batch workers (the worker is bundled beside it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egiz-built-batch-'))
    for (const slug of ['kz-fi-investment-bit-1992', 'central-asia-hydromet-1999']) {
      copyFileSync(join(CORPUS, slug, 'kk.txt'), join(dir, `${slug}_kk.txt`))
      copyFileSync(join(CORPUS, slug, 'ru.txt'), join(dir, `${slug}_ru.txt`))
    }
    const out = egiz('batch', dir, '--db', join(dir, 'w.sqlite'), '--workers', '2')
    expect(out).toMatch(/Done in \d+ s: 2 pairs imported/)
  })
})
