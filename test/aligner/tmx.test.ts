import { describe, expect, it } from 'vitest'
import { parseXml, XmlError } from '../../aligner/xml.ts'
import { readTmx, languageOf } from '../../aligner/tmx/reader.ts'
import { DEFAULT_EXPORT_OPTIONS, describeReport, PairExporter, type ExportCandidate } from '../../aligner/tmx/export.ts'
import { cleanSegment, emptyRepairs, escapeXml } from '../../aligner/tmx/writer.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the XML reader', () => {
  it('reads entities, character references, CDATA and comments', () => {
    const root = parseXml('<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><a x="1 &amp; 2"><!-- note -->A&lt;B&#x49A;&#1179;<![CDATA[<raw>]]></a>')
    expect(root.attributes.x).toBe('1 & 2')
    expect(root.children.join('')).toBe('A<BҚқ<raw>')
  })

  it.each([
    ['<a><b></a>', 1, 7, '</a> closes <b>'],
    ['<a>\n  <b x=1/></a>', 2, 8, 'in quotes'],
    ['<a>Tom & Jerry</a>', 1, 8, '"&" must start an entity'],
    ['<a>&nbsp;</a>', 1, 4, 'unknown entity'],
    ['<a>', 1, 4, 'not closed'],
    ['<a></a><b/>', 1, 8, 'after the root'],
  ])('reports %j with line and column', (text, line, column, message) => {
    let error: XmlError | null = null
    try {
      parseXml(text)
    } catch (caught) {
      error = caught as XmlError
    }
    expect(error).toBeInstanceOf(XmlError)
    expect(error!.message).toContain(message)
    expect([error!.line, error!.column]).toEqual([line, column])
  })
})

describe('reading TMX files of other tools', () => {
  it('reads TMX 1.1 with lang, 1.4 with xml:lang, and language codes in any case', () => {
    const old = readTmx(bytes('<tmx version="1.1"><header srclang="KK"/><body><tu><tuv lang="KK"><seg>Бап</seg></tuv><tuv lang="RU"><seg>Статья</seg></tuv></tu></body></tmx>'))
    expect(old).toMatchObject({ ok: true, version: '1.1', pairs: [{ kk: 'Бап', ru: 'Статья' }] })
    const modern = readTmx(bytes('<tmx version="1.4"><header/><body><tu tuid="7"><tuv xml:lang="ru-RU"><seg>Статья <bpt i="1">&lt;b&gt;</bpt>5<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="KK-kz"><seg>5-<hi>бап</hi></seg></tuv></tu></body></tmx>'))
    expect(modern).toMatchObject({ ok: true, pairs: [{ id: '7', kk: '5-бап', ru: 'Статья 5' }] })
    expect(['kk', 'kk-KZ', 'KK-KZ', 'kaz', 'kk_KZ'].map(languageOf)).toEqual(['kk', 'kk', 'kk', 'kk', 'kk'])
    expect(languageOf('en-US')).toBeNull()
  })

  it('reads UTF-16 with a byte-order mark', () => {
    const text = '\uFEFF<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="kk"><seg>Тарап</seg></tuv><tuv xml:lang="ru"><seg>Сторона</seg></tuv></tu></body></tmx>'
    expect(readTmx(Buffer.from(text, 'utf16le'))).toMatchObject({ ok: true, pairs: [{ kk: 'Тарап', ru: 'Сторона' }] })
  })

  it('says where a malformed file breaks and when no unit has Kazakh and Russian', () => {
    expect(readTmx(bytes('<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="kk"><seg>a</tuv></tu></body></tmx>'))).toEqual({ ok: false, reason: expect.stringMatching(/^not well-formed XML at line 3, column \d+: <\/tuv> closes <seg>/) })
    expect(readTmx(bytes('<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>'))).toEqual({ ok: false, reason: 'no unit has both a Kazakh and a Russian variant (languages in the file: en, de)' })
    expect(readTmx(bytes('<xliff/>'))).toMatchObject({ ok: false, reason: expect.stringContaining('not a TMX file') })
    expect(readTmx(bytes('<tmx version="2.0"><body/></tmx>'))).toMatchObject({ ok: false, reason: expect.stringContaining('version "2.0"') })
  })
})

describe('writing segments', () => {
  it('escapes the five entities and nothing else', () => {
    expect(escapeXml(`& < > " ' Ә`)).toBe('&amp; &lt; &gt; &quot; &apos; Ә')
  })

  it('removes characters XML forbids and replaces lone surrogates, counting both', () => {
    const repairs = emptyRepairs()
    expect(cleanSegment('  a\u000Bb\u0000c \uD800d\uDC00 \uD83D\uDE00  ', repairs)).toBe('abc \uFFFDd\uFFFD \uD83D\uDE00')
    expect(repairs).toEqual({ illegalRemoved: 2, surrogatesReplaced: 2 })
  })
})

function candidate(overrides: Partial<ExportCandidate>): ExportCandidate {
  return {
    id: '1', level: 'sentence', kk: { clean: 'Тарап', original: ['Тарап'] }, ru: { clean: 'Сторона', original: ['Сторона'] },
    status: 'confirmed', confidence: 0.9, document: 'doc.txt', article: '1-бап / Статья 1', createdAt: null, changedAt: null, ...overrides,
  }
}

describe('export options', () => {
  const run = (options: Partial<typeof DEFAULT_EXPORT_OPTIONS>, candidates: ExportCandidate[]) => {
    const exporter = new PairExporter({ ...DEFAULT_EXPORT_OPTIONS, ...options }, '9.9.9', new Date('2026-01-02T03:04:05Z'))
    return { text: exporter.header() + candidates.map((c) => exporter.pair(c)).join('') + exporter.footer(), report: exporter.report }
  }

  it('puts the source language first, in the header and in every unit', () => {
    const { text } = run({ source: 'ru', codes: 'short' }, [candidate({})])
    expect(text).toContain('srclang="ru"')
    expect(text.indexOf('xml:lang="ru"')).toBeLessThan(text.indexOf('xml:lang="kk"'))
    expect(text).toContain('creationdate="20260102T030405Z"')
    expect(text).toContain('<prop type="x-article">1-бап / Статья 1</prop>')
  })

  it('leaves out by status, confidence, empty side and duplicates, and says how many', () => {
    const { report } = run({ minConfidence: 0.5, dropDuplicates: true }, [
      candidate({ id: '1' }),
      candidate({ id: '2' }),
      candidate({ id: '3', status: 'auto' }),
      candidate({ id: '4', confidence: 0.2, kk: { clean: 'Басқа', original: ['Басқа'] } }),
      candidate({ id: '5', ru: { clean: '', original: [] }, kk: { clean: 'Жалғыз', original: ['Жалғыз'] } }),
    ])
    expect(report).toMatchObject({ written: 1, leftOutByStatus: 1, leftOutByConfidence: 1, leftOutEmpty: 1, leftOutDuplicates: 1 })
  })

  it('writes the text as the documents have it by default, the clean text when asked, and TSV with or without the review columns', () => {
    const pair = candidate({ kk: { clean: 'Үкіметі', original: ['Үкiметi'] } })
    expect(run({}, [pair]).text).toContain('<seg>Үкiметi</seg>')
    expect(run({ text: 'clean' }, [pair]).text).toContain('<seg>Үкіметі</seg>')
    expect(run({ format: 'tsv', text: 'clean' }, [pair]).text).toBe('kk-KZ\tru-RU\nҮкіметі\tСторона\n')
    expect(run({ format: 'tsv-full', text: 'clean' }, [pair]).text.split('\n')[1]).toBe('1\tҮкіметі\tСторона\t0.900\tconfirmed\tsentence\t1-бап / Статья 1\tdoc.txt')
  })

  it('reports every kind of left-out pair and repair in each interface language', () => {
    const report = { written: 5, units: 5, leftOutByStatus: 1, leftOutByConfidence: 2, leftOutEmpty: 3, leftOutDuplicates: 4, segments: { ...emptyRepairs(), illegalRemoved: 6, surrogatesReplaced: 7 } }
    const said = (['en', 'kk', 'ru'] as const).map((language) => describeReport(report, language))
    for (const text of said) expect(text.match(/\d+/g)).toEqual(['5', '1', '2', '3', '4', '6', '7'])
    expect(said[1]).not.toMatch(/[a-z]{3,} [a-z]{3,}/)
    expect(said[2]).not.toMatch(/[a-z]{3,} [a-z]{3,}/)
  })

  it('cuts a sentence pair where CAT tools cut segments, counts pairs and units, and keeps article pairs whole', () => {
    const point = candidate({ id: 's7', kk: { clean: '', original: ['1. Тараптар келісті.', 'Осы Келісім күшіне енеді.'] }, ru: { clean: '', original: ['1. Стороны согласились.', 'Настоящее Соглашение вступает в силу.'] } })
    const { text, report } = run({ level: 'both' }, [point, { ...point, id: 'a1', level: 'article' }])
    expect([...text.matchAll(/<seg>([^<]*)<\/seg>/g)].map((match) => match[1])).toEqual([
      '1.', '1.', 'Тараптар келісті.', 'Стороны согласились.', 'Осы Келісім күшіне енеді.', 'Настоящее Соглашение вступает в силу.',
      '1. Тараптар келісті. Осы Келісім күшіне енеді.', '1. Стороны согласились. Настоящее Соглашение вступает в силу.',
    ])
    expect(text).toContain('tuid="s7.2"')
    expect(report).toMatchObject({ written: 2, units: 4 })
    expect(describeReport(report)).toBe('2 pairs written as 4 units (cut where CAT tools cut segments)')
    expect(describeReport(report, 'kk')).toBe('2 жұп 4 бірлік болып жазылды (CAT құралдары сегменттерді бөлетін жерден бөлінді)')
    expect(describeReport(report, 'ru')).toBe('записано пар: 2, единиц: 4 (разрезаны там, где CAT-программы режут сегменты)')
    expect(run({ segments: 'pairs' }, [point]).report).toMatchObject({ written: 1, units: 1 })
  })
})
