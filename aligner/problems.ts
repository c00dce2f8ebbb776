// Why a file could not be read. A failure carries its detail (a code and the values it is about),
// from which aligner/problem-messages.ts words it in English for the command line and the log and
// in Kazakh or Russian for the desktop interface; `problem` is the broad kind, for code that sorts.
import { describeProblem } from './problem-messages.ts'

export type FileProblem = 'empty' | 'encrypted' | 'no-text' | 'damaged' | 'unsupported' | 'encoding' | 'language' | 'same-language' | 'missing' | 'too-large' | 'internal'

/** The kinds of file Egiz recognises but does not open. */
export type OtherKind = 'spreadsheet' | 'presentation' | 'picture' | 'archive' | 'other'

export type ProblemDetail =
  // Text files and their encodings
  | { code: 'empty-file' }
  | { code: 'blank-file' }
  | { code: 'binary-file' }
  | { code: 'utf8-damaged'; bytes: number; line: number; column: number }
  | { code: 'utf8-bom-invalid' }
  | { code: 'lost-letters'; words: number; first: string; line: number }
  | { code: 'code-page-ambiguous'; first: string; second: string; readFirst: string; readSecond: string }
  // Language and content
  | { code: 'unknown-language'; iso6393: string | null }
  | { code: 'latin-kazakh' }
  | { code: 'nothing-left' }
  | { code: 'same-language'; first: string; second: string; language: 'kk' | 'ru' }
  // Formats
  | { code: 'not-opened'; kind: OtherKind; extension: string }
  | { code: 'misnamed'; extension: string }
  | { code: 'office-password' }
  | { code: 'too-much-text'; format: 'RTF' | 'PDF' | 'ODT' | 'DOCX'; millions: number }
  | { code: 'html-no-text' }
  | { code: 'web-archive-no-page' }
  | { code: 'web-archive-damaged'; why: string }
  | { code: 'rtf-not-rtf' }
  | { code: 'rtf-too-deep'; depth: number }
  | { code: 'rtf-bad-bin'; length: number | null }
  | { code: 'rtf-unclosed' }
  | { code: 'rtf-no-text' }
  | { code: 'docx-no-body' }
  | { code: 'docx-no-text' }
  | { code: 'docx-bad-xml'; line: number; column: number; why: string }
  | { code: 'docx-bad-chunk'; why: string }
  | { code: 'doc-damaged'; why: string }
  | { code: 'doc-too-old' }
  | { code: 'doc-no-text' }
  | { code: 'odt-no-body' }
  | { code: 'odt-password' }
  | { code: 'odt-no-text' }
  | { code: 'odt-bad-xml'; line: number; column: number; why: string }
  | { code: 'zip-not-word' }
  | { code: 'zip-no-directory' }
  | { code: 'zip64' }
  | { code: 'zip-method'; part: string; method: number }
  | { code: 'zip-too-large'; megabytes: number }
  | { code: 'zip-damaged' }
  | { code: 'pdf-stream-too-large'; megabytes: number }
  | { code: 'pdf-streams-too-large'; megabytes: number }
  | { code: 'pdf-too-many-pages'; pages: number; max: number }
  | { code: 'pdf-too-slow'; seconds: number; page: number; pages: number }
  | { code: 'pdf-password' }
  | { code: 'pdf-no-structure' }
  | { code: 'pdf-unreadable'; message: string }
  | { code: 'pdf-no-text-layer' }
  // Reading from disk
  | { code: 'is-folder' }
  | { code: 'not-regular-file' }
  | { code: 'file-too-large'; megabytes: number; max: number }
  | { code: 'no-such-file' }
  | { code: 'permission-denied' }
  | { code: 'unreadable'; error: string }
  // The app
  | { code: 'import-gone' }
  | { code: 'internal'; message: string }
  | { code: 'over-budget'; seconds: number }
  | { code: 'out-of-memory'; megabytes: number }
  | { code: 'aligner-stopped'; message: string }

export type ProblemCode = ProblemDetail['code']

export interface Failure {
  ok: false
  /** The whole reason in English, with the file's name when one is known. */
  reason: string
  problem?: FileProblem
  detail?: ProblemDetail
  /** The file the failure is about, when it is one file. */
  file?: string
}

const KIND: Record<ProblemCode, FileProblem> = {
  'empty-file': 'empty',
  'blank-file': 'empty',
  'binary-file': 'unsupported',
  'utf8-damaged': 'encoding',
  'utf8-bom-invalid': 'encoding',
  'lost-letters': 'encoding',
  'code-page-ambiguous': 'encoding',
  'unknown-language': 'language',
  'latin-kazakh': 'language',
  'nothing-left': 'no-text',
  'same-language': 'same-language',
  'not-opened': 'unsupported',
  misnamed: 'damaged',
  'office-password': 'encrypted',
  'too-much-text': 'too-large',
  'html-no-text': 'no-text',
  'web-archive-no-page': 'no-text',
  'web-archive-damaged': 'damaged',
  'rtf-not-rtf': 'unsupported',
  'rtf-too-deep': 'damaged',
  'rtf-bad-bin': 'damaged',
  'rtf-unclosed': 'damaged',
  'rtf-no-text': 'no-text',
  'docx-no-body': 'unsupported',
  'docx-no-text': 'no-text',
  'docx-bad-xml': 'damaged',
  'docx-bad-chunk': 'damaged',
  'doc-damaged': 'damaged',
  'doc-too-old': 'unsupported',
  'doc-no-text': 'no-text',
  'odt-no-body': 'unsupported',
  'odt-password': 'encrypted',
  'odt-no-text': 'no-text',
  'odt-bad-xml': 'damaged',
  'zip-not-word': 'unsupported',
  'zip-no-directory': 'damaged',
  zip64: 'unsupported',
  'zip-method': 'unsupported',
  'zip-too-large': 'too-large',
  'zip-damaged': 'damaged',
  'pdf-stream-too-large': 'too-large',
  'pdf-streams-too-large': 'too-large',
  'pdf-too-many-pages': 'too-large',
  'pdf-too-slow': 'too-large',
  'pdf-password': 'encrypted',
  'pdf-no-structure': 'damaged',
  'pdf-unreadable': 'damaged',
  'pdf-no-text-layer': 'no-text',
  'is-folder': 'missing',
  'not-regular-file': 'missing',
  'file-too-large': 'too-large',
  'no-such-file': 'missing',
  'permission-denied': 'missing',
  unreadable: 'missing',
  'import-gone': 'missing',
  internal: 'internal',
  'over-budget': 'too-large',
  'out-of-memory': 'too-large',
  'aligner-stopped': 'internal',
}

/** A failure with its detail, its kind and its English reason. */
export function failure(detail: ProblemDetail): Failure {
  return { ok: false, problem: KIND[detail.code], detail, reason: describeProblem(detail) }
}

/** The same failure, said of the named file. */
export function aboutFile(failed: Failure, file: string): Failure {
  return { ...failed, file, reason: `${file}: ${failed.reason}` }
}
