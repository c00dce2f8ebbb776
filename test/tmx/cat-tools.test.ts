import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../cli/main.ts'
import { cleanSegment } from '../../aligner/tmx/writer.ts'
import { CORPUS, corpusSlugs } from '../helpers/corpus.ts'
import { dtdProblems, readWithTranslateToolkit } from '../helpers/tmx-tools.ts'
import { importSlug, openWorkspace, temporaryPath } from '../helpers/workspace.ts'

async function egiz(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

/** A workspace with one corpus pair imported and every pair confirmed. */
function confirmedWorkspace(slug: string) {
  const db = temporaryPath()
  const workspace = openWorkspace(db)
  const alignmentId = importSlug(workspace, slug)
  for (const level of ['sentence', 'article'] as const) {
    const pairs = workspace.pairs(alignmentId, { level, limit: 100_000 })
    workspace.setStatus({ upToPairId: pairs[pairs.length - 1]!.id }, 'confirmed')
  }
  return { db, workspace, alignmentId }
}

describe('TMX that CAT tools accept, for every pair of the shared corpus', () => {
  it.each(corpusSlugs())('%s: valid against the TMX 1.4 DTD, read back by translate-toolkit with identical texts', async (slug) => {
    const { db, workspace, alignmentId } = confirmedWorkspace(slug)
    const expected = [...workspace.exportCandidates({ alignmentId, levels: ['article', 'sentence'] })]
      .filter((c) => c.kk.clean.trim() !== '' && c.ru.clean.trim() !== '')
      .map((c) => ({ kk: cleanSegment(c.kk.clean), ru: cleanSegment(c.ru.clean) }))
    workspace.close()
    const file = join(temporaryPath('x'), '..', `${slug}.tmx`)
    const result = await egiz('export', '--db', db, '--alignment', String(alignmentId), '--level', 'both', '--text', 'clean', '--segments', 'pairs', '-o', file)
    expect(result.code, result.err).toBe(0)
    expect(dtdProblems(file)).toBe('')
    const units = readWithTranslateToolkit(file)
    expect(units).toHaveLength(expected.length)
    expect(units.map((u) => ({ kk: u.variants['kk-KZ'], ru: u.variants['ru-RU'] }))).toEqual(expected)
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">\n {2}<header creationtool="Egiz" creationtoolversion="\d+\.\d+\.\d+" segtype="sentence" o-tmf="Egiz" adminlang="en" srclang="kk-KZ" datatype="plaintext" creationdate="\d{8}T\d{6}Z"\/>/)
    expect(text).toMatch(/<tu tuid="\d+" creationdate="\d{8}T\d{6}Z" changedate="\d{8}T\d{6}Z">\n {6}<prop type="x-document">/)
  })
})

describe('the default export: the documents\' own text, cut where CAT tools cut', () => {
  it.each(corpusSlugs())('%s: valid, read back whole, every unit\'s text found as such in its document', async (slug) => {
    const { db, workspace } = confirmedWorkspace(slug)
    workspace.close()
    const file = join(temporaryPath('x'), '..', `${slug}-default.tmx`)
    const result = await egiz('export', '--db', db, '-o', file)
    expect(result.code, result.err).toBe(0)
    expect(dtdProblems(file)).toBe('')
    const units = readWithTranslateToolkit(file)
    const counts = /(\d+) pairs written(?: as (\d+) units)?/.exec(result.err)!
    expect(units).toHaveLength(Number(counts[2] ?? counts[1]))
    // The letters are the document's own (look-alike Latin letters and all); only its layout is
    // read: wrapped lines joined, runs of blanks and markdown marks (`#`, `*`, `\` escapes…) aside.
    const layoutAside = (text: string) => text.replace(/[#*`>_\\]/g, '').replace(/\s+/g, ' ')
    const documents = { kk: layoutAside(readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8')), ru: layoutAside(readFileSync(join(CORPUS, slug, 'ru.txt'), 'utf8')) }
    for (const unit of units) {
      expect(documents.kk).toContain(layoutAside(unit.variants['kk-KZ']!).trim())
      expect(documents.ru).toContain(layoutAside(unit.variants['ru-RU']!).trim())
    }
  })
})

describe('adversarial segments survive intact or are reported', () => {
  it('entities, controls, lone surrogates, edge spaces, 100 KB segments and look-alikes', async () => {
    const { db, workspace, alignmentId } = confirmedWorkspace('kz-fi-investment-bit-1992')
    const pairs = workspace.pairs(alignmentId, { limit: 10 })
    const hundredKb = 'Уағдаласушы Тараптар & "Договаривающиеся Стороны" '.repeat(2100)
    const edits: Array<[string, string]> = [
      [`Тараптар & <қатысушылар> "бірлесіп" 'келісті'`, `Стороны & <участники> "совместно" 'согласились'`],
      ['вертикаль\u000Bтаб', 'нуль\u0000символ'],
      ['жартылай \uD800 суррогат', 'сирота \uDC00 суррогат'],
      ['   бос орындар   ', '\t пробелы по краям \t'],
      [hundredKb, hundredKb],
      ['Yкiметi Kaзaxcтан', 'Mинистерство Tapaп'],
    ]
    edits.forEach(([kk, ru], k) => {
      expect(workspace.editText(pairs[k]!.id, 'kk', kk)).toMatchObject({ ok: true })
      expect(workspace.editText(pairs[k]!.id, 'ru', ru)).toMatchObject({ ok: true })
    })
    workspace.close()
    const file = join(temporaryPath('x'), '..', 'adversarial.tmx')
    const result = await egiz('export', '--db', db, '--segments', 'pairs', '-o', file)
    // Lone surrogates were already replaced when the text was edited (UTF-8 cannot hold them).
    expect(result.err).toContain('92 pairs written, 2 characters XML forbids removed.')
    expect(dtdProblems(file)).toBe('')
    const units = readWithTranslateToolkit(file).slice(0, edits.length)
    expect(units.map((u) => u.variants['kk-KZ'])).toEqual([
      `Тараптар & <қатысушылар> "бірлесіп" 'келісті'`,
      'вертикальтаб',
      'жартылай \uFFFD суррогат',
      'бос орындар',
      hundredKb.trim(),
      'Yкiметi Kaзaxcтан',
    ])
    expect(units[1]!.variants['ru-RU']).toBe('нульсимвол')
    expect(units[3]!.variants['ru-RU']).toBe('пробелы по краям')
  })
})

describe('lone surrogates from a UTF-16 file', () => {
  it('are replaced by U+FFFD in the TMX of egiz align, and reported', async () => {
    const folder = join(temporaryPath('x'), '..')
    const kk = readFileSync(join(CORPUS, 'kz-fi-investment-bit-1992', 'kk.txt'), 'utf8').replace('Анықтамалар', 'Анықтамалар \uD800')
    writeFileSync(join(folder, 'kk-utf16.txt'), Buffer.from('\uFEFF' + kk, 'utf16le'))
    const file = join(folder, 'surrogate.tmx')
    const result = await egiz('align', join(folder, 'kk-utf16.txt'), join(CORPUS, 'kz-fi-investment-bit-1992', 'ru.txt'), '--format', 'tmx', '-o', file)
    expect(result.err).toContain('1 broken characters replaced by U+FFFD')
    expect(dtdProblems(file)).toBe('')
    expect(readWithTranslateToolkit(file).some((u) => u.variants['kk-KZ']!.includes('Анықтамалар \uFFFD'))).toBe(true)
  })
})

describe('export options and the round trip', () => {
  it('export → import → export gives the same units', async () => {
    const { db, workspace, alignmentId } = confirmedWorkspace('csto-charter-2002')
    workspace.close()
    const first = join(temporaryPath('x'), '..', 'first.tmx')
    expect((await egiz('export', '--db', db, '--alignment', String(alignmentId), '-o', first)).code).toBe(0)
    const imported = await egiz('import', first, '--db', db, '--project', 'From TMX')
    expect(imported.out).toMatch(/alignment (\d+), (\d+) confirmed pairs/)
    const secondId = /alignment (\d+)/.exec(imported.out)![1]!
    const second = join(temporaryPath('x'), '..', 'second.tmx')
    expect((await egiz('export', '--db', db, '--alignment', secondId, '-o', second)).code).toBe(0)
    const segments = (file: string) => readWithTranslateToolkit(file).map((u) => u.variants)
    expect(segments(second)).toEqual(segments(first))
  })

  it('Russian as source with short codes; malformed and foreign files refused with a reason', async () => {
    const { db, workspace, alignmentId } = confirmedWorkspace('kz-fi-investment-bit-1992')
    workspace.close()
    const file = join(temporaryPath('x'), '..', 'ru-kk.tmx')
    expect((await egiz('export', '--db', db, '--alignment', String(alignmentId), '--source', 'ru', '--codes', 'short', '--dedupe', '-o', file)).code).toBe(0)
    expect(dtdProblems(file)).toBe('')
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('srclang="ru"')
    expect(text.indexOf('<tuv xml:lang="ru">')).toBeLessThan(text.indexOf('<tuv xml:lang="kk">'))
    const broken = join(temporaryPath('x'), '..', 'broken.tmx')
    writeFileSync(broken, text.replace('</seg></tuv>', '</tuv>'))
    expect(await egiz('import', broken, '--db', db)).toMatchObject({ code: 2, err: expect.stringMatching(/broken\.tmx: not well-formed XML at line \d+, column \d+/) })
  })
})
