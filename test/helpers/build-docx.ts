// Builds small .docx packages for the importer tests: a zip writer (stored or deflated entries)
// and helpers for Word's XML, so tests can state paragraphs, numbering, notes and headers.
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipOptions {
  /** Marks every entry as encrypted (general-purpose flag bit 0), as password-protected zips do. */
  encryptedFlag?: boolean
}

export function buildZip(files: Record<string, string | Uint8Array>, options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
    const compressed = deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const flags = (options.encryptedFlag ? 1 : 0) | 0x800
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, compressed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A paragraph; `list` numbers it with a numbering instance and level, `style` gives it a style. */
export function paragraph(text: string, options: { list?: { numId: number; ilvl?: number }; style?: string } = {}): string {
  const numPr = options.list ? `<w:numPr><w:ilvl w:val="${options.list.ilvl ?? 0}"/><w:numId w:val="${options.list.numId}"/></w:numPr>` : ''
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : ''
  const pPr = numPr || style ? `<w:pPr>${style}${numPr}</w:pPr>` : ''
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
}

export interface ListLevel {
  format: string
  text: string
  start?: number
}

/** numbering.xml with one abstract list per entry and a `w:num` of the same id for each. */
export function numberingXml(lists: Array<{ levels: ListLevel[]; restartAt?: number; abstractId?: number }>): string {
  const abstracts = lists.map((list, index) =>
    `<w:abstractNum w:abstractNumId="${index}">${list.levels.map((level, ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/><w:lvlText w:val="${escapeXml(level.text)}"/></w:lvl>`).join('')}</w:abstractNum>`,
  )
  const nums = lists.map((list, index) =>
    `<w:num w:numId="${index + 1}"><w:abstractNumId w:val="${list.abstractId ?? index}"/>${list.restartAt ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${list.restartAt}"/></w:lvlOverride>` : ''}</w:num>`,
  )
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts.join('')}${nums.join('')}</w:numbering>`
}

export interface DocxContent {
  body: string[]
  numbering?: string
  styles?: string
  footnotes?: Array<{ id: number; text: string }>
  headers?: string[]
  footers?: string[]
}

export function buildDocx(content: DocxContent, options: ZipOptions = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${content.body.join('')}<w:sectPr/></w:body></w:document>`,
  }
  if (content.numbering) files['word/numbering.xml'] = content.numbering
  if (content.styles) files['word/styles.xml'] = content.styles
  if (content.footnotes) {
    const separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    files['word/footnotes.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${separator}${content.footnotes.map((note) => `<w:footnote w:id="${note.id}">${paragraph(note.text)}</w:footnote>`).join('')}</w:footnotes>`
  }
  content.headers?.forEach((text, index) => (files[`word/header${index + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${paragraph(text)}</w:hdr>`))
  content.footers?.forEach((text, index) => (files[`word/footer${index + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${W}>${paragraph(text)}</w:ftr>`))
  return buildZip(files, options)
}

export { W as WORD_NAMESPACE }
