// A minimal TMX 1.4 file of the aligned pairs (Kazakh as source): well-formed, UTF-8, the five XML
// entities only, characters XML 1.0 forbids removed. The complete exporter is a later step.
import type { AlignedPair } from '../pipeline.ts'

export interface TmxOptions {
  creationToolVersion: string
  /** UTC time stamp `YYYYMMDDThhmmssZ`; defaults to now. */
  creationDate?: string
}

export function writeTmx(pairs: AlignedPair[], options: TmxOptions): string {
  const date = options.creationDate ?? tmxDate(new Date())
  const segtype = pairs.every((p) => p.level === 'sentence') ? 'sentence' : 'paragraph'
  const units = pairs
    .filter((p) => p.kk.text.trim() !== '' && p.ru.text.trim() !== '')
    .map((p) =>
      [
        `    <tu tuid="${escapeXml(p.id)}" creationdate="${date}">`,
        `      <prop type="x-level">${p.level}</prop>`,
        `      <prop type="x-confidence">${p.confidence.toFixed(3)}</prop>`,
        `      <tuv xml:lang="kk-KZ"><seg>${escapeXml(segmentText(p.kk.text))}</seg></tuv>`,
        `      <tuv xml:lang="ru-RU"><seg>${escapeXml(segmentText(p.ru.text))}</seg></tuv>`,
        '    </tu>',
      ].join('\n'),
    )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Egiz" creationtoolversion="${escapeXml(options.creationToolVersion)}" segtype="${segtype}" o-tmf="Egiz" adminlang="en" srclang="kk-KZ" datatype="plaintext" creationdate="${date}"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n')
}

export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Paragraph breaks inside a pair become spaces; the segment is trimmed. */
function segmentText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** Characters XML 1.0 forbids: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The five XML entities; characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
