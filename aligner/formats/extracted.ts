// What every file-format reader returns: the body text, one paragraph per line where the format
// knows its paragraphs, and the parts that are not body text (headers, footers, notes) kept apart.
import type { Failure } from '../problems.ts'

export type FileFormat = 'text' | 'html' | 'docx' | 'doc' | 'odt' | 'rtf' | 'pdf'

export type ApartKind = 'header' | 'footer' | 'footnote' | 'endnote' | 'comment'

export interface ApartBlock {
  kind: ApartKind
  /** Footnote number, header part name, page number… whatever tells blocks of one kind apart. */
  label: string
  text: string
}

export interface ExtractedText {
  format: FileFormat
  text: string
  /**
   * `paragraphs`: one paragraph per line (the format knew them); `lines`: printed lines, indented
   * or after a blank line where a paragraph starts; `auto`: a text file whose layout the normaliser works out.
   */
  layout: 'paragraphs' | 'lines' | 'auto'
  /** The character encoding the bytes were in, for formats that have one. */
  encoding: string | null
  apart: ApartBlock[]
  /**
   * [start, end) spans of `text` that the reader wrote and the file holds only as formatting: the
   * numbers of Word and HTML lists. They count for alignment; a CAT tool's segments leave them out.
   */
  generated?: Array<[number, number]>
}

export type Extracted = { ok: true; extracted: ExtractedText } | Failure

/** Joins paragraphs into body text, one per line; empty ones are dropped, nothing else changes. */
export function paragraphsToText(paragraphs: string[]): string {
  return paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n')
}

/** Brackets a reader puts around text it generates (list numbers) until `separateGenerated` takes them out. */
const GENERATED_START = '\uE000'
const GENERATED_END = '\uE001'
const BRACKETS = /[\uE000\uE001]/g

export function markGenerated(label: string): string {
  return label === '' ? '' : GENERATED_START + label + GENERATED_END
}

/** Text from the file itself, with any stray bracket characters dropped so they cannot be misread. */
export function fileText(text: string): string {
  return text.replace(BRACKETS, '')
}

/** The text without the brackets, and where the generated spans are in it. */
export function separateGenerated(marked: string): { text: string; generated: Array<[number, number]> } {
  const generated: Array<[number, number]> = []
  let text = ''
  let start = -1
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === GENERATED_START) start = text.length
    else if (part === GENERATED_END) {
      if (start >= 0 && text.length > start) generated.push([start, text.length])
      start = -1
    } else text += part
  }
  return { text, generated }
}
