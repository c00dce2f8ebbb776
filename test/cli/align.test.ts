import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { CORPUS } from '../helpers/corpus.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const KK = join(CORPUS, 'kz-fi-investment-bit-1992', 'kk.txt')
const RU = join(CORPUS, 'kz-fi-investment-bit-1992', 'ru.txt')

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'egiz-cli-'))
})

describe('-o - and a report named like a format', () => {
  it('writes to the terminal with -o -, as command-line tools read it, and leaves no file named -', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'egiz-dash-'))
    const result = spawnSync(process.execPath, [EGIZ, 'align', KK, RU, '--format', 'tsv', '-o', '-'], { encoding: 'utf8', cwd })
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').length).toBeGreaterThan(20)
    const check = spawnSync(process.execPath, [EGIZ, 'check', KK, RU, '-o', '-'], { encoding: 'utf8', cwd })
    expect(check.stdout).toContain('findings')
    expect(existsSync(join(cwd, '-'))).toBe(false)
  })

  it('says what to do with a folder given instead of the two files', async () => {
    for (const command of [['align'], ['check'], ['import', '--db', join(dir, 'never.sqlite')]]) {
      const result = await run(...command, dir)
      expect(result.code).toBe(2)
      expect(result.err).toContain(`${dir} is a folder: give the Kazakh and the Russian file in it, or import every pair in it with "egiz batch ${dir}"`)
    }
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false)
  })

  it('refuses --report without an .html file, and egiz export to the terminal, saying what to give', async () => {
    const report = await run('check', KK, RU, '--report', 'html')
    expect(report.code).toBe(2)
    expect(report.err).toContain('--report takes the HTML file to write, such as --report report.html (got "html")')
    const exported = await run('export', '-o', '-', '--db', join(dir, 'none.sqlite'))
    expect(exported.code).toBe(2)
    expect(exported.err).toContain('write to a file with -o FILE: the TMX written is read back and checked')
  })
})

describe('egiz align', () => {
  it('runs as the package command and prints a side-by-side summary', () => {
    const out = execFileSync(process.execPath, [EGIZ, 'align', KK, RU], { encoding: 'utf8' })
    expect(out).toMatch(/^Kazakh: .*kk\.txt — utf-8, markdown/m)
    expect(out).toContain('Статья 5 Экспроприация')
  })

  it('detects the languages, so the files may come in either order', async () => {
    const forward = JSON.parse((await run('align', KK, RU, '--format', 'json')).out)
    const backward = JSON.parse((await run('align', RU, KK, '--format', 'json')).out)
    expect(backward.kk.file).toBe(KK)
    expect(backward.pairs).toEqual(forward.pairs)
  })

  it('writes the versioned JSON with both levels to a file', async () => {
    const target = join(dir, 'pairs.json')
    const { code } = await run('align', KK, RU, '--format', 'json', '-o', target)
    expect(code).toBe(0)
    const result = JSON.parse(readFileSync(target, 'utf8'))
    expect(result.version).toBe(1)
    expect(result.kk).toMatchObject({ language: 'kk', encoding: 'utf-8' })
    expect(new Set(result.pairs.map((p: { level: string }) => p.level))).toEqual(new Set(['article', 'sentence']))
    expect(result.pairs[0]).toHaveProperty('kk.labels')
  })

  it('writes sentence pairs as TSV and TMX', async () => {
    const tsv = (await run('align', KK, RU, '--level', 'sentence', '--format', 'tsv')).out.split('\n')
    expect(tsv[0]).toBe('id\tlevel\tkind\tconfidence\tkk_labels\tru_labels\tkk\tru')
    expect(tsv.slice(1, -1).every((row) => row.split('\t').length === 8)).toBe(true)
    const tmx = (await run('align', KK, RU, '--format', 'tmx')).out
    expect(tmx).toContain('<tmx version="1.4">')
    expect(tmx).toContain('<tuv xml:lang="kk-KZ"><seg>')
  })

  it('--format tmx writes the TMX egiz export writes for the same pairs, and says what it wrote', async () => {
    const aligned = join(dir, 'aligned.tmx')
    const written = await run('align', KK, RU, '--format', 'tmx', '-o', aligned)
    const units = readFileSync(aligned, 'utf8').match(/<tu /g)!.length
    expect(written.err).toBe(`egiz: ${aligned}: 92 pairs written as ${units} units (cut where CAT tools cut segments).\n`)
    const db = join(dir, 'same.sqlite')
    expect((await run('import', KK, RU, '--db', db)).code).toBe(0)
    const exported = join(dir, 'exported.tmx')
    expect((await run('export', '-o', exported, '--db', db, '--status', 'all')).code).toBe(0)
    // Dates and unit ids differ (the time of writing; pair ids before import, database ids after).
    const withoutDates = (path: string) => readFileSync(path, 'utf8').replace(/(creationdate|changedate|tuid)="[^"]*"/g, '').replace(/ +/g, ' ')
    expect(withoutDates(aligned)).toBe(withoutDates(exported))
    expect(readFileSync(aligned, 'utf8')).toContain('<prop type="x-article">1-бап / Статья 1</prop>')
  })

  it('--kk and --ru override detection', async () => {
    const { code, out } = await run('align', '--kk', KK, '--ru', RU, '--format', 'json')
    expect(code).toBe(0)
    expect(JSON.parse(out).ru.file).toBe(RU)
  })
})

describe('egiz align with bad input: one line naming the file, exit 2, no output file', () => {
  const target = () => join(dir, 'never.json')
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'missing.txt'), RU], /missing\.txt: no such file/],
    ['a folder', () => [dir, RU], /is a folder/],
    ['an empty file', () => [write('empty.txt', ''), RU], /empty\.txt: the file is empty/],
    ['a binary file', () => [write('binary.txt', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256))), RU], /binary\.txt: .*(not a text file|not valid)/],
    ['two Russian files', () => [RU, RU], /both Russian/],
    ['an English text', () => [write('english.txt', 'This Agreement shall enter into force on the date of the last notification. '.repeat(20)), RU], /english\.txt: .*not Kazakh or Russian/],
    ['one file only', () => [KK], /exactly two files/],
  ]
  it.each(cases)('%s', async (_name, files, message) => {
    const { code, err, out } = await run('align', ...files(), '--format', 'json', '-o', target())
    expect(code).toBe(2)
    expect(err).toMatch(message)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(out).toBe('')
    expect(existsSync(target())).toBe(false)
  })

  it('exits 2 through the real command too', () => {
    const result = spawnSync(process.execPath, [EGIZ, 'align', join(dir, 'nope.txt'), RU], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('nope.txt: no such file')
  })

  it('rejects unknown options and formats', async () => {
    expect((await run('align', KK, RU, '--colour')).code).toBe(2)
    expect((await run('align', KK, RU, '--format', 'pdf')).err).toContain('--format must be one of')
  })
})

function write(name: string, content: string | Buffer): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('egiz check', () => {
  it('prints findings by kind, writes JSON and a self-contained HTML report', async () => {
    const report = join(dir, 'report.html')
    const text = await run('check', KK, RU, '--report', report)
    expect(text.code).toBe(0)
    // Look-alike letters are repaired before checking, and said so; they are no findings.
    expect(text.out).toMatch(/repaired before checking \(not findings\): \d+ look-alike letters/)
    const html = readFileSync(report, 'utf8')
    expect(html).toContain('<h1>Consistency check</h1>')
    expect(html).not.toMatch(/<script|<link|src="http/)
    const json = JSON.parse((await run('check', KK, RU, '--format', 'json')).out)
    expect(json.findings.every((f: { kind: string; message: string }) => f.kind && f.message)).toBe(true)
    expect(json.kk.repairs.lookalike).toBeGreaterThan(0)
  })

  it('shows each side of a finding in at most a few thousand characters, however long its sentence', async () => {
    // One sentence of 3,000 references against one of 3,000 other numbers: each finding's sentence
    // is 40,000 characters, and the span of a missing number is the whole list.
    const numbers = Array.from({ length: 3000 }, (_, k) => k + 1)
    const kk = join(dir, 'long-kk.txt')
    const ru = join(dir, 'long-ru.txt')
    writeFileSync(kk, `1-бап\nТараптар осы Келісімге сәйкес ${numbers.map((n) => `${n}-баптың`).join(', ')} ынтымақтасады.`)
    writeFileSync(ru, `Статья 1\nСтороны осуществляют сотрудничество согласно ${numbers.map((n) => n * 7).join(', ')}.`)
    const report = join(dir, 'long-report.html')
    expect((await run('check', kk, ru, '--report', report)).code).toBe(0)
    const sides = readFileSync(report, 'utf8').split('<div class="side">').slice(1)
    expect(sides.length).toBeGreaterThan(1000)
    const shown = sides.map((side) => side.slice(0, side.indexOf('</div>')).replace(/<[^>]*>/g, ''))
    expect(Math.max(...shown.map((text) => text.length))).toBeLessThan(2100)
    expect(shown.some((text) => text.endsWith('…'))).toBe(true)
  })

  it('compares abbreviations from an editable table', async () => {
    const table = join(dir, 'abbreviations.json')
    writeFileSync(table, JSON.stringify({ Финляндия: 'FI' }))
    const json = JSON.parse((await run('check', KK, RU, '--format', 'json', '--abbreviations', table)).out)
    expect(json.findings.some((f: { kind: string; message: string }) => f.kind === 'code' && f.message === 'code or abbreviation FI is in the Kazakh text but not in the Russian one')).toBe(true)
    writeFileSync(table, '["not", "a", "table"]')
    expect(await run('check', KK, RU, '--abbreviations', table)).toMatchObject({ code: 2, err: expect.stringContaining('expected an object of abbreviations') })
  })

  it('refuses bad input like egiz align does', async () => {
    expect(await run('check', KK)).toMatchObject({ code: 2, err: expect.stringContaining('exactly two files') })
  })
})
