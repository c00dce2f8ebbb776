// TMX 1.4 written piece by piece (header, one unit at a time, footer) so that a whole corpus can
// be streamed to a file: UTF-8, the five XML entities only, forbidden characters removed and counted.

export interface TmxHeaderOptions {
  creationToolVersion: string
  /** `sentence` for sentence pairs, `paragraph` for article-level pairs. */
  segtype: 'sentence' | 'paragraph' | 'block'
  /** Language code of the source side, written first in every unit (`kk-KZ`). */
  sourceLanguage: string
  /** UTC time stamp `YYYYMMDDThhmmssZ`. */
  creationDate: string
}

export interface TmxUnit {
  id: string
  /** Source and target segments in that order, each with its language code. */
  variants: Array<{ language: string; text: string }>
  /** `x-` property types and values. */
  props: Array<[string, string]>
  creationDate?: string
  changeDate?: string
}

export function tmxHeader(options: TmxHeaderOptions): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Egiz" creationtoolversion="${escapeXml(options.creationToolVersion)}" segtype="${options.segtype}" o-tmf="Egiz" adminlang="en" srclang="${escapeXml(options.sourceLanguage)}" datatype="plaintext" creationdate="${options.creationDate}"/>`,
    '  <body>',
    '',
  ].join('\n')
}

/** What writing had to change in the segments: reported to the user, never silent. */
export interface SegmentRepairs {
  /** Characters XML 1.0 forbids (controls such as U+000B or U+0000), removed. */
  illegalRemoved: number
  /** Unpaired UTF-16 surrogates, replaced by U+FFFD. */
  surrogatesReplaced: number
}

export function emptyRepairs(): SegmentRepairs {
  return { illegalRemoved: 0, surrogatesReplaced: 0 }
}

/** One `tu`; the segments are cleaned (see cleanSegment) and what that changed is added to `repairs`. */
export function tmxUnit(unit: TmxUnit, repairs: SegmentRepairs = emptyRepairs()): string {
  const dates = [unit.creationDate ? ` creationdate="${unit.creationDate}"` : '', unit.changeDate ? ` changedate="${unit.changeDate}"` : ''].join('')
  const lines = [`    <tu tuid="${escapeXml(unit.id)}"${dates}>`]
  for (const [type, value] of unit.props) lines.push(`      <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>`)
  for (const variant of unit.variants) lines.push(`      <tuv xml:lang="${escapeXml(variant.language)}"><seg>${escapeXml(cleanSegment(variant.text, repairs))}</seg></tuv>`)
  lines.push('    </tu>', '')
  return lines.join('\n')
}

export function tmxFooter(): string {
  return '  </body>\n</tmx>\n'
}

export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/**
 * Paragraph breaks and line separators inside a pair become spaces; the segment is trimmed. A run
 * of spaces is matched from its first (`(?<!\s)`): tried from each of its spaces, a long run with
 * no break in it is read again from every one (a million spaces in a sentence: the export hung).
 */
export function segmentText(text: string): string {
  return text.replace(/(?<!\s)\s*[\n\u2028]\s*/g, ' ').trim()
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A segment as TMX can hold it: one line, trimmed, no forbidden characters, no lone surrogates. */
export function cleanSegment(text: string, repairs: SegmentRepairs = emptyRepairs()): string {
  const withoutIllegal = text.replace(XML_ILLEGAL, () => {
    repairs.illegalRemoved++
    return ''
  })
  const whole = withoutIllegal.replace(LONE_SURROGATE, () => {
    repairs.surrogatesReplaced++
    return '\uFFFD'
  })
  return segmentText(whole)
}

/** The five XML entities; in attributes, forbidden characters are dropped too. */
export function escapeXml(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(LONE_SURROGATE, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}
