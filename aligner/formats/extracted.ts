// What every file-format reader returns: the body text, one paragraph per line where the format
// knows its paragraphs, and the parts that are not body text (headers, footers, notes) kept apart.
import type { Failure } from '../problems.ts'

export type FileFormat = 'text' | 'html' | 'docx' | 'rtf' | 'pdf'

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
}

export type Extracted = { ok: true; extracted: ExtractedText } | Failure

/** Joins paragraphs into body text, one per line; empty ones are dropped, nothing else changes. */
export function paragraphsToText(paragraphs: string[]): string {
  return paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n')
}
