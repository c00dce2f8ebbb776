// A .docx whose body points to parts in other formats (`w:altChunk`): what programs that turn web
// pages into Word documents, and tools that merge documents, write (the Open XML SDK's
// AddAlternativeFormatImportPart). Word converts each chunk when it opens the file; Egiz reads it
// with the reader of its format, in its place, or refuses the document — never reads it without.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFile } from '../../../aligner/formats/extract.ts'
import { buildDocx, buildZip, paragraph } from '../../helpers/build-docx.ts'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const CHUNK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk'

interface Chunk {
  id: string
  /** The relationship's target, relative to word/ as the SDK writes it, or absolute. */
  target: string
  contentType: string
  bytes?: Uint8Array | string
  external?: boolean
}

/** A package as the Open XML SDK writes one: chunks beside document.xml, typed in [Content_Types].xml. */
function chunkedDocx(body: string, chunks: Chunk[]): Uint8Array {
  const overrides = chunks.filter((chunk) => !chunk.external).map((chunk) => `<Override PartName="/word/${chunk.target.replace(/^\//, '').replace(/^word\//, '')}" ContentType="${chunk.contentType}"/>`)
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml" Id="R1"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="utf-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chunks.map((chunk) => `<Relationship Type="${CHUNK_TYPE}" Target="${chunk.target}" Id="${chunk.id}"${chunk.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`,
  }
  for (const chunk of chunks) if (!chunk.external && chunk.bytes !== undefined) files[`word/${chunk.target.replace(/^\/?word\//, '')}`] = chunk.bytes
  return buildZip(files)
}

const altChunk = (id: string) => `<w:altChunk r:id="${id}"/>`

const PAGE = '<html><body><h2>1-бап. Мақсаты</h2><p>Тараптар ынтымақтасады:</p><ol><li>мәдениет саласында;</li><li>ғылым саласында.</li></ol></body></html>'
const RTF = '{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Times New Roman;}}\\f0 2-\\u1073?\\u1072?\\u1087?. \\u1178?\\u1086?\\u1083?\\u1076?\\u1072?\\u1085?\\u1099?\\u1083?\\u1091?\\u1099?\\par }'

async function read(bytes: Uint8Array) {
  const result = await extractFile('agreement.docx', bytes)
  if (!result.ok) throw new Error(result.reason)
  return result.extracted
}

describe('a .docx with parts in other formats (w:altChunk)', () => {
  it('reads each chunk in its place, an HTML page with its list numbers marked as generated, and RTF', async () => {
    const docx = chunkedDocx(`${paragraph('Келісім')}${altChunk('AltChunkId1')}${altChunk('AltChunkId2')}${paragraph('Қол қойылды.')}`, [
      { id: 'AltChunkId1', target: 'afchunk.htm', contentType: 'text/html', bytes: `\uFEFF${PAGE}` },
      { id: 'AltChunkId2', target: 'afchunk2.rtf', contentType: 'application/rtf', bytes: RTF },
    ])
    const extracted = await read(docx)
    expect(extracted.text.split('\n')).toEqual(['Келісім', '1-бап. Мақсаты', 'Тараптар ынтымақтасады:', '1. мәдениет саласында;', '2. ғылым саласында.', '2-бап. Қолданылуы', 'Қол қойылды.'])
    expect(extracted.generated!.map(([start, end]) => extracted.text.slice(start, end))).toEqual(['1. ', '2. '])
    expect(extracted.format).toBe('docx')
  })

  it('reads documents merged into one (a body of .docx chunks), a web archive, and targets written as absolute part names', async () => {
    const first = buildDocx({ body: [paragraph('1-бап. Бірінші келісім.')] })
    const second = buildDocx({ body: [paragraph('2-бап. Екінші келісім.')] })
    const archive = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>3-=D0=B1=D0=B0=D0=BF.</p>\r\n--b--\r\n`
    const docx = chunkedDocx(altChunk('a1') + altChunk('a2') + altChunk('a3'), [
      { id: 'a1', target: 'afchunk.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', bytes: first },
      { id: 'a2', target: '/word/afchunk2.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', bytes: second },
      { id: 'a3', target: 'afchunk3.mht', contentType: 'message/rfc822', bytes: archive },
    ])
    expect((await read(docx)).text).toBe('1-бап. Бірінші келісім.\n2-бап. Екінші келісім.\n3-бап.')
  })

  it('refuses the document, saying which part and what to do, when a chunk is missing, outside it, unreadable or nested too deep', async () => {
    const missing = chunkedDocx(paragraph('Мәтін') + altChunk('a1'), [{ id: 'a1', target: 'afchunk.htm', contentType: 'text/html' }])
    const outside = chunkedDocx(paragraph('Мәтін') + altChunk('a1'), [{ id: 'a1', target: 'file:///C:/agreement.htm', contentType: 'text/html', external: true }])
    const unreadable = chunkedDocx(paragraph('Мәтін') + altChunk('a1'), [{ id: 'a1', target: 'afchunk.htm', contentType: 'text/html', bytes: '<html><script>only()</script></html>' }])
    const noRelationship = chunkedDocx(paragraph('Мәтін') + altChunk('a9'), [])
    let nested = buildDocx({ body: [paragraph('Мәтін')] })
    for (let depth = 0; depth < 3; depth++) nested = chunkedDocx(altChunk('a1'), [{ id: 'a1', target: 'afchunk.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', bytes: nested }])
    const cases: Array<[Uint8Array, string]> = [
      [missing, 'its part word/afchunk.htm in another format is missing'],
      [outside, 'a part of it is a file outside the document (file:///C:/agreement.htm)'],
      [unreadable, 'its part word/afchunk.htm: the page holds no document text'],
      [noRelationship, 'its part "a9" in another format is missing'],
      [nested, 'its parts in other formats nest too deep'],
    ]
    for (const [bytes, why] of cases) {
      const result = await extractFile('agreement.docx', bytes)
      expect(result.ok ? 'read' : [result.problem, result.reason]).toEqual(['damaged', expect.stringContaining(why)])
      if (!result.ok) expect(result.reason).toContain('open it in Word and save it again')
    }
  })

  it('reads a part once however often it is named, and refuses a document whose chunks add more text than a file may hold', async () => {
    const page = `<html><body>${'<p>Тараптар ынтымақтасады.</p>'.repeat(2_000)}</body></html>`
    const named = (times: number) => chunkedDocx(Array.from({ length: times }, (_, k) => altChunk(`c${k}`)).join(''), Array.from({ length: times }, (_, k) => ({ id: `c${k}`, target: 'afchunk.htm', contentType: 'text/html', bytes: page })))
    expect((await read(named(3))).text.split('\n')).toHaveLength(6_000)
    const flood = await extractFile('agreement.docx', named(1_000))
    expect(flood.ok ? 'read' : [flood.problem, flood.reason]).toEqual(['too-large', expect.stringContaining('the DOCX file holds more than 32 million characters')])
  })

  // LibreOffice converts chunks that are .docx (HTML and RTF ones only Word converts): its text of
  // the same merged package, kept beside it, is what Egiz must read.
  it('reads a merged package as LibreOffice does', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../../fixtures/docx-chunks/${name}`, import.meta.url))
    const libreOffice = fixture('merged.docx.libreoffice.txt').toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean)
    expect((await read(Uint8Array.from(fixture('merged.docx')))).text.split('\n')).toEqual(libreOffice)
  })
})
