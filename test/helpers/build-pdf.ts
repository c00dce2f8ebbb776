// Builds small PDF files for the importer tests: text lines placed on pages with a font whose
// ToUnicode map carries every letter used (Kazakh ones too), or pages with no text at all.

export interface PdfLine {
  text: string
  x: number
  /** Distance from the bottom of the page, in points. */
  y: number
  size?: number
}

export interface PdfOptions {
  /** Adds an /Encrypt dictionary whose user password is not empty: readers must ask for it. */
  encrypted?: boolean
}

/** A PDF with one page per entry of `pages` (A4, 595×842 points). */
export function buildPdf(pages: PdfLine[][], options: PdfOptions = {}): Uint8Array {
  const characters = [...new Set(pages.flat().flatMap((line) => [...line.text]))]
  if (characters.length > 250) throw new Error('buildPdf: too many distinct characters for one simple font')
  const codeOf = new Map(characters.map((char, index) => [char, index + 1]))
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  const pageIds = pages.map((_, index) => 5 + index * 2)
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`)
  // Widths as a real font gives them (half an em, a space narrower), so lines are as wide as printed.
  const widths = characters.map((char) => (char === ' ' ? 280 : 550)).join(' ')
  add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar ${characters.length} /Widths [${widths}] /ToUnicode 4 0 R >>`)
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Egiz-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${characters.length} beginbfchar`,
    ...characters.map((char) => `<${hex(codeOf.get(char)!, 2)}> <${hex(char.charCodeAt(0), 4)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n')
  add(stream(cmap))
  for (const lines of pages) {
    const content = lines
      .map((line) => `BT /F1 ${line.size ?? 12} Tf 1 0 0 1 ${line.x} ${line.y} Tm <${[...line.text].map((char) => hex(codeOf.get(char)!, 2)).join('')}> Tj ET`)
      .join('\n')
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length + 2} 0 R >>`)
    add(stream(content))
  }
  let encrypt = ''
  if (options.encrypted) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'a5'.repeat(32)}> /U <${'5a'.repeat(32)}> /P -4 >>`)
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
  }
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(pdf.length)
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return Uint8Array.from(pdf, (char) => char.charCodeAt(0))
}

function stream(content: string): string {
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0')
}
