// Web pages as translators save them: a page "as a single file" (.mhtml, made by Chromium from the
// fixtures' pages; .mht in the form Word writes), and pages that websites serve under a .doc name.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import type { ExtractedText } from '../../../aligner/formats/extracted.ts'
import { htmlOpening, looksLikeWebArchive } from '../../../aligner/formats/sniff.ts'
import { readDocumentFile } from '../../../corpus/files/read-document.ts'

const FIXTURES = new URL('../../fixtures/web-archive/', import.meta.url)
const fixture = (name: string) => Uint8Array.from(readFileSync(new URL(name, FIXTURES)))
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))
const utf8 = (text: string) => new TextEncoder().encode(text)
/** Bytes as a string of one character each, the inverse of `ascii`. */
const binary = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')

async function extracted(name: string, bytes: Uint8Array): Promise<ExtractedText> {
  const result = await extractFile(name, bytes)
  if (!result.ok) throw new Error(result.reason)
  return result.extracted
}

/** Quoted-printable as Word writes it: lines of at most 76 characters, `=` ending a wrapped one. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let line = ''
  for (const byte of bytes) {
    const piece = byte === 0x0a ? '\n' : byte === 0x0d ? '' : byte === 0x3d || byte >= 0x80 ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte)
    if (piece === '\n') {
      out += `${line}\r\n`
      line = ''
    } else if (line.length + piece.length > 75) {
      out += `${line}=\r\n`
      line = piece
    } else line += piece
  }
  return out + line
}

/** A Single File Web Page in the form Word saves one: the page's charset in its part header only. */
function wordArchive(page: string, headers = 'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="windows-1251"'): Uint8Array {
  const boundary = '----=_NextPart_01DB4C2A.5E3F0A10'
  return ascii(
    [
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; boundary="${boundary}"`,
      '',
      'This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, your browser or editor doesn\'t support Web Archive files.',
      '',
      `--${boundary}`,
      'Content-Location: file:///C:/D0D4A5B2/word-page.htm',
      headers,
      '',
      page,
      '',
      `--${boundary}`,
      'Content-Location: file:///C:/D0D4A5B2/word-page_files/image001.png',
      'Content-Transfer-Encoding: base64',
      'Content-Type: image/png',
      '',
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  )
}

/** windows-1251 bytes (one character each) in KOI8-U. */
function koi8u(latin1: string): Uint8Array {
  const koi8 = new TextDecoder('koi8-u').decode(Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k))
  const cyrillic = new TextDecoder('windows-1251').decode(ascii(latin1))
  return Uint8Array.from(cyrillic, (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x80 + koi8.indexOf(char)))
}

/** The Word page without its <meta charset>: only the archive's part header says windows-1251. */
const wordPage = () => binary(fixture('word-page.html')).replace(/<meta http-equiv=Content-Type[^>]*>/, '')

describe('web pages saved as a single file', () => {
  it('reads what Chromium saves exactly as the page it was saved from, list numbers and all', async () => {
    for (const [page, archive] of [['kk.html', 'kk.mhtml'], ['ru.html', 'ru.mhtml'], ['word-page.html', 'word-page.mhtml']]) {
      const fromPage = await extracted(page!, fixture(page!))
      const fromArchive = await extracted(archive!, fixture(archive!))
      expect(fromArchive.text).toBe(fromPage.text)
      expect(fromArchive.generated).toEqual(fromPage.generated)
      expect(fromArchive.format).toBe('html')
    }
    // The Word page's Kazakh letters are character references in a windows-1251 page.
    expect((await extracted('word-page.mhtml', fixture('word-page.mhtml'))).text).toContain('Қазақстан Республикасының халықаралық шарттары туралы')
  })

  it('reads the page from disk through the reader every command uses, whatever the archive is named', async () => {
    const path = new URL('kk.mhtml', FIXTURES).pathname
    const read = await readDocumentFile(path, 'kk')
    expect(read.ok && read.source.extracted?.text).toContain('1-бап. Негізгі ұғымдар')
    const renamed = await extractFile('kk.doc', fixture('kk.mhtml'))
    expect(renamed.ok && renamed.extracted.text).toBe((await extracted('kk.html', fixture('kk.html'))).text)
  })

  it('decodes the page in the charset its part declares, quoted-printable or base64, skipping the preamble and pictures', async () => {
    const text = (await extracted('word-page.mht', fixture('word-page.html'))).text
    const page = ascii(wordPage())
    const qp = await extracted('word-page.mht', wordArchive(quotedPrintable(page)))
    expect([qp.text, qp.encoding]).toEqual([text, 'windows-1251'])
    // Line ends turned into LF (a copy through git or a Unix tool) break neither the parts nor the soft line breaks.
    const unixLines = ascii(binary(wordArchive(quotedPrintable(page))).replace(/\r\n/g, '\n'))
    expect((await extracted('word-page.mht', unixLines)).text).toBe(text)
    // A charset no text-file guess would try: only the part header can say it.
    const koi8 = await extracted('word-page.mht', wordArchive(quotedPrintable(koi8u(wordPage())), 'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=koi8-u'))
    expect([koi8.text, koi8.encoding]).toEqual([text, 'koi8-u'])
    const base64 = btoa(wordPage()).replace(/.{76}/g, '$&\r\n')
    const b64 = await extracted('word-page.mht', wordArchive(base64, 'Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset="windows-1251"'))
    expect(b64.text).toBe(text)
  })

  it('takes the root part that `start` names, or the first page when the root is no page', async () => {
    const message = (start: string, first: [string, string], second: [string, string]) =>
      utf8(
        [
          'MIME-Version: 1.0',
          `Content-Type: multipart/related; boundary="b"; type="text/html"; start="${start}"`,
          '',
          '--b',
          `Content-ID: <one>\r\nContent-Type: ${first[0]}\r\n\r\n${first[1]}`,
          '--b',
          `Content-ID: <two>\r\nContent-Type: ${second[0]}\r\n\r\n${second[1]}`,
          '--b--',
        ].join('\r\n'),
      )
    const named = await extracted('page.mhtml', message('<two>', ['text/html', '<p>Frame</p>'], ['text/html', '<p>Статья 1</p>']))
    expect(named.text).toBe('Статья 1')
    const noPage = await extracted('page.mhtml', message('<one>', ['text/css', 'p { }'], ['text/html', '<p>1-бап</p>']))
    expect(noPage.text).toBe('1-бап')
  })

  it('finds the page inside a nested multipart (the page beside its plain-text twin), but not at any depth', async () => {
    const nested = (depth: number): string =>
      depth === 0
        ? 'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n--alt\r\nContent-Type: text/plain\r\n\r\nСтатья 1 (текстом)\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Статья 1</p>\r\n--alt--'
        : `Content-Type: multipart/related; boundary="n${depth}"\r\n\r\n--n${depth}\r\n${nested(depth - 1)}\r\n--n${depth}--`
    const archive = (depth: number) => utf8(`MIME-Version: 1.0\r\n${nested(depth)}\r\n`)
    expect((await extracted('page.mht', archive(1))).text).toBe('Статья 1')
    const deep = await extractFile('page.mht', archive(40))
    expect(deep.ok ? 'read' : deep.reason).toContain('nest more than 8 deep')
  })

  it('refuses an archive with no page, or broken, saying what to do', async () => {
    const pictures = ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--b--\r\n')
    const noBoundary = ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<p>Текст</p>\r\n')
    const badBase64 = ascii('MIME-Version: 1.0\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n<p>not base64</p>\r\n')
    const cases: Array<[Uint8Array, string, string]> = [
      [pictures, 'holds no web page', 'no-text'],
      [noBoundary, 'its parts have no boundary', 'damaged'],
      [badBase64, 'its page is not valid base64', 'damaged'],
      [utf8('Просто текст, не архив.'), 'named .mht but is not one', 'damaged'],
    ]
    for (const [bytes, reason, problem] of cases) {
      const result = await extractFile('page.mht', bytes)
      expect(result.ok ? 'read' : [result.reason, result.problem]).toEqual([expect.stringContaining(reason), problem])
    }
  })
})

describe('pages under another name', () => {
  it('opens a web page saved or served as .doc, as browsers tell pages: by their opening tag', async () => {
    const page = fixture('word-page.html')
    const asDoc = await extracted('agreement.doc', page)
    expect([asDoc.format, asDoc.text]).toEqual(['html', (await extracted('word-page.html', page)).text])
    for (const opening of ['<p>Статья 1</p>', '<!-- saved -->\n<div>Статья 1</div>', '\uFEFF<html><body><p>Статья 1</p>', '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><p>Статья 1</p></html>']) {
      const read = await extracted('agreement.doc', utf8(opening))
      expect([read.format, read.text]).toEqual(['html', 'Статья 1'])
    }
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'<html><p>1-бап</p>'].map((char) => char.charCodeAt(0))).buffer)])
    expect((await extracted('agreement.doc', utf16)).text).toBe('1-бап')
  })

  it('keeps a text file that opens with a tag a text file, and still refuses plain text named .doc', async () => {
    const markdown = await extracted('kk.md', utf8('<!-- from adilet -->\n# 1-бап\n\nМәтін'))
    expect(markdown.format).toBe('text')
    const text = await extracted('kk.txt', utf8('<b> is a tag.\nМәтін'))
    expect(text.format).toBe('text')
    const plain = await extractFile('kk.doc', utf8('1-бап. Мәтін'))
    expect(plain.ok ? 'read' : plain.reason).toContain('named .doc but is not one')
  })

  it('tells a web archive and a web page by content only where the bytes say so', () => {
    expect(looksLikeWebArchive(fixture('kk.mhtml'))).toBe(true)
    expect(looksLikeWebArchive(utf8('Subject: a letter\nMIME-Version: 1.0\nContent-Type: text/plain\n\nText'))).toBe(false)
    expect(looksLikeWebArchive(utf8('MIME-Version: 1.0 is how mail says it\nContent-Type: multipart/related\n'))).toBe(false)
    expect(htmlOpening(utf8('<pre>text</pre>'))).toBe(null)
    expect(htmlOpening(utf8('<abbr>text</abbr>'))).toBe(null)
    expect(htmlOpening(utf8('  <HTML lang="kk">'))).toBe('page')
    expect(htmlOpening(utf8('<p>text'))).toBe('fragment')
  })
})
