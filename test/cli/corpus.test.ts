import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { defaultWorkspacePath } from '../../corpus/paths.ts'
import { CORPUS } from '../helpers/corpus.ts'
import { temporaryPath } from '../helpers/workspace.ts'

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

const pair = (slug: string) => [join(CORPUS, slug, 'kk.txt'), join(CORPUS, slug, 'ru.txt')]

describe('workspace commands', () => {
  const db = temporaryPath()

  it('import, list, search, count and export through --db', async () => {
    const imported = await run('import', ...pair('kz-fi-investment-bit-1992'), '--db', db, '--project', 'Investment')
    expect(imported).toMatchObject({ code: 0, out: expect.stringContaining('92 sentence pairs') })
    // The differences found are counted alike by import and stats; the alignment's notes apart.
    const differences = /; (findings: [^;\n]*)/.exec(imported.out)?.[1]
    expect(differences).toMatch(/^findings: (none|\d+ \w)/)
    expect((await run('projects', '--db', db)).out).toMatch(/^Investment \(1 aligned documents\)\n +1 +0% confirmed of 92 pairs/)
    const search = await run('search', 'Суброгация', '--db', db)
    expect(search.out).toContain('ru: Статья 10 Суброгация')
    expect(search.out).toContain('kk: 10-бап Суброгация')
    // The first search indexes the pairs the import queued, and says so; the next has nothing to index.
    expect(search.err).toContain('indexing for search the 92 sentence pair(s) imported since the last search')
    expect((await run('search', 'Суброгация', '--db', db)).err).toBe('')
    const stats = (await run('stats', '--db', db, '--project', 'Investment')).out
    expect(stats).toContain('review: 92 auto')
    expect(stats).toContain(`\n${differences}\n`)
    const target = join(temporaryPath('x'), '..', 'all.tmx')
    const exported = await run('export', '--db', db, '--status', 'all', '-o', target)
    expect(exported.code).toBe(0)
    const units = Number(/92 pairs written as (\d+) units/.exec(exported.err)?.[1])
    expect(readFileSync(target, 'utf8').match(/<tu /g)).toHaveLength(units)
    const confirmedOnly = await run('export', '--db', db, '-o', target)
    expect(confirmedOnly.err).toContain('0 pairs written, 92 left out by review status')
  })

  it('reports a missing project, a bad file and a damaged workspace in one line each', async () => {
    expect(await run('search', 'x', '--db', db, '--project', 'Nope')).toMatchObject({ code: 2, err: expect.stringContaining('no project "Nope"') })
    const notes = temporaryPath('notes.txt')
    writeFileSync(notes, 'just some notes, not a database; '.repeat(30))
    const opened = await run('projects', '--db', notes)
    expect(opened).toMatchObject({ code: 2, err: expect.stringContaining('not an Egiz workspace') })
    expect(opened.err.trim().split('\n')).toHaveLength(1)
    expect(await run('import', pair('kz-fi-investment-bit-1992')[0]!, pair('kz-fi-investment-bit-1992')[0]!, '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('both Kazakh') })
    expect(await run('export', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('-o FILE') })
    expect(existsSync(join(db, '..', 'never.tmx'))).toBe(false)
  })

  it('uses the user-data folder by default', () => {
    expect(defaultWorkspacePath({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Egiz/workspace.sqlite')
    expect(defaultWorkspacePath({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Egiz')
  })
})

describe('egiz terms', () => {
  it('lists terms rendered more than one way in the confirmed pairs', async () => {
    const db = temporaryPath()
    for (const slug of ['kz-fi-investment-bit-1992', 'csto-charter-2002']) expect((await run('import', ...pair(slug), '--db', db)).code).toBe(0)
    expect((await run('terms', '--db', db)).out).toContain('Every term of the table is rendered one way')
    const { openWorkspace } = await import('../helpers/workspace.ts')
    const workspace = openWorkspace(db)
    for (const alignment of workspace.alignments()) {
      const pairs = workspace.pairs(alignment.id, { limit: 100_000 })
      workspace.setStatus({ upToPairId: pairs[pairs.length - 1]!.id }, 'confirmed')
    }
    workspace.close()
    const listed = await run('terms', '--db', db)
    expect(listed.out).toMatch(/ratify \/ approve: Kazakh "бекіту" is rendered 2 ways:\n +\d+ × "утверждение"/)
    const table = join(db, '..', 'terms.json')
    writeFileSync(table, '[{"name": "broken", "kk": {}}]')
    expect(await run('terms', '--db', db, '--terms', table)).toMatchObject({ code: 2, err: expect.stringContaining('needs "name", "kk" and "ru"') })
  })
})
