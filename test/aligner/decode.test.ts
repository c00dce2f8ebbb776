import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../aligner/text/decode.ts'
import { IBM866_HIGH, ISO_8859_5_HIGH, KOI8_R_HIGH, KZ_1048_HIGH, MAC_CYRILLIC_HIGH, PT154_HIGH, WINDOWS_1251_HIGH } from '../../aligner/text/codepages.ts'
import { corpusSlugs, readPair } from '../helpers/corpus.ts'

function encodeSingleByte(text: string, high: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x80 + high.indexOf(c))))
}

describe('decodeText', () => {
  const kazakh = 'Қазақстан Республикасының Үкіметі мен Әзірбайжан Республикасының Үкіметі'
  const russian = 'Статья 1. Высокие Договаривающиеся Стороны строят свои отношения'

  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(kazakh)
    expect(decodeText(bytes)).toEqual({ ok: true, text: kazakh, encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: kazakh, encoding: 'utf-8-bom' })
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.from('\uFEFF' + kazakh, 'utf16le')
    expect(decodeText(le)).toMatchObject({ ok: true, text: kazakh, encoding: 'utf-16le' })
    const be = Buffer.from(le).swap16()
    expect(decodeText(be)).toMatchObject({ ok: true, text: kazakh, encoding: 'utf-16be' })
  })

  it('tells KZ-1048 from Windows-1251 by the Kazakh letters', () => {
    expect(decodeText(encodeSingleByte(kazakh, KZ_1048_HIGH))).toEqual({ ok: true, text: kazakh, encoding: 'kz-1048' })
    expect(decodeText(encodeSingleByte(russian, WINDOWS_1251_HIGH))).toEqual({ ok: true, text: russian, encoding: 'windows-1251' })
  })

  it('tells PT154 from KZ-1048, which put the Kazakh letters in other places', () => {
    expect(decodeText(encodeSingleByte(kazakh, PT154_HIGH))).toEqual({ ok: true, text: kazakh, encoding: 'pt154' })
    expect(decodeText(encodeSingleByte('Тараптар мәдениет және ғылым салаларында ынтымақтасады.', PT154_HIGH))).toMatchObject({ ok: true, encoding: 'pt154' })
  })

  it('reads every corpus text in every code page that has its letters, naming the code page', () => {
    const pages: Array<[string, string, 'kk' | 'ru']> = [
      ['kz-1048', KZ_1048_HIGH, 'kk'],
      ['pt154', PT154_HIGH, 'kk'],
      ['windows-1251', WINDOWS_1251_HIGH, 'ru'],
      ['ibm866', IBM866_HIGH, 'ru'],
      ['koi8-r', KOI8_R_HIGH, 'ru'],
      ['iso-8859-5', ISO_8859_5_HIGH, 'ru'],
      ['x-mac-cyrillic', MAC_CYRILLIC_HIGH, 'ru'],
    ]
    for (const slug of corpusSlugs()) {
      for (const [encoding, high, side] of pages) {
        // What a code page lacks (quotes, dashes, № in some) is written in ASCII, as converters do.
        const text = [...readPair(slug)[side]].map((char) => (char.charCodeAt(0) < 0x80 || high.includes(char) ? char : /[«»“”„]/.test(char) ? '"' : /[–—]/.test(char) ? '-' : ' ')).join('')
        expect([slug, decodeText(encodeSingleByte(text, high))]).toEqual([slug, { ok: true, text, encoding }])
      }
    }
  })

  it('refuses bytes that read as Kazakh in two code pages alike, quoting both readings', () => {
    // `ә`/`ғ` in PT154 are `ғ`/`ә`… in KZ-1048: a lone word outside the frequent ones cannot decide.
    const doubtful = encodeSingleByte('Ә ә', PT154_HIGH)
    expect(decodeText(doubtful)).toMatchObject({ ok: false, problem: 'encoding', reason: expect.stringMatching(/^the file is in a one-byte Cyrillic code page, but whether (PT154|KZ-1048) or (PT154|KZ-1048) cannot be told \(read as the first it says «.+», as the second «.+»\)/) })
  })

  it('refuses a text whose Kazakh letters a program replaced by "?", saying where', () => {
    const lost = new TextEncoder().encode('Статья 1\n?аза?стан Республикасы мен ?ытай Республикасы арасындағы м?дениет туралы. Что это?')
    expect(decodeText(lost)).toMatchObject({ ok: false, problem: 'encoding', reason: expect.stringContaining('letters of the text were replaced by "?" (3 words, the first «?аза?стан» on line 2)') })
    expect(decodeText(new TextEncoder().encode('Кто? Что? Где? Когда? Зачем?'))).toMatchObject({ ok: true })
  })

  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringContaining('empty') })
    expect(decodeText(new TextEncoder().encode('  \n\n '))).toMatchObject({ ok: false, reason: expect.stringContaining('no text') })
    const binary = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256)
    expect(decodeText(binary)).toMatchObject({ ok: false })
  })
})

describe('text files that other programs made', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))))

  it.each([
    ['encodings/kk.utf16be.txt', 'utf-16be', 'бап'],
    ['encodings/ru.utf16le.txt', 'utf-16le', 'Статья'],
    ['hostile/kk_utf16le_nobom.txt', 'utf-16le', 'бап'],
  ])('%s: UTF-16 without a byte-order mark is read as %s', (name, encoding, word) => {
    const decoded = decodeText(fixture(name))
    expect(decoded).toMatchObject({ ok: true, encoding })
    if (decoded.ok) expect(decoded.text).toContain(word)
  })

  it.each([
    ['encodings/ru.cp866.txt', 'ibm866'],
    ['encodings/ru.koi8-r.txt', 'koi8-r'],
    ['encodings/ru.iso-8859-5.txt', 'iso-8859-5'],
    ['encodings/ru.mac-cyrillic.txt', 'x-mac-cyrillic'],
  ])('%s, made by iconv as old archives hold Russian texts, is read as %s, not as a Kazakh code page', (name, encoding) => {
    expect(decodeText(fixture(name))).toMatchObject({ ok: true, encoding, text: expect.stringContaining('Ратифицировать Устав Организации Договора о коллективной безопасности') })
  })

  it('a PT154 Kazakh file and a Windows-1251 Russian one (repro 07) read with their letters', () => {
    expect(decodeText(fixture('encodings/kk.pt154.txt'))).toMatchObject({ ok: true, encoding: 'pt154', text: expect.stringContaining('Тараптар арасындағы мәдени ынтымақтастық') })
    expect(decodeText(fixture('encodings/ru.cp1251.txt'))).toMatchObject({ ok: true, encoding: 'windows-1251', text: expect.stringContaining('Пробное соглашение') })
  })

  it('a UTF-8 file with one bad byte stays UTF-8: refused with the line and column, not read as KZ-1048', () => {
    expect(decodeText(fixture('hostile/kk_badutf8.txt'))).toMatchObject({ ok: false, problem: 'encoding', reason: expect.stringMatching(/^the file is UTF-8 but one byte is not valid UTF-8 \(the first at line \d+, column \d+\)/) })
  })
})
