// What a check reports: the kind, how serious, the pair, the exact spans on both sides, and what it
// says: a detail (a code and its values, written in any interface language) and its English message.
import type { FindingDetail } from './messages.ts'

export type FindingKind =
  | 'structure' // a unit on one side only, renumbering, numbering gaps or duplicates, list lengths
  | 'empty-side' // a pair with text on one side only
  | 'number'
  | 'date'
  | 'reference' // to an article, point or subpoint: differing, or to a unit that does not exist
  | 'code' // Latin-script codes and names, organisation abbreviations
  | 'language' // untranslated or wrong-language text
  | 'length' // a length far from the document's own ratio: a possible omission
  | 'punctuation' // different closing punctuation
  | 'brackets' // unbalanced quotes or brackets on one side
  | 'mixed-script' // words mixing Latin and Cyrillic letters

export const FINDING_KINDS: FindingKind[] = ['structure', 'empty-side', 'number', 'date', 'reference', 'code', 'language', 'length', 'punctuation', 'brackets', 'mixed-script']

export interface Span {
  start: number
  end: number
}

export interface Finding {
  kind: FindingKind
  severity: 'error' | 'warning' | 'info'
  /** The aligned pair (`a5`, `s17`), or null for a finding about a whole document. */
  pair: string | null
  /** Spans in the clean texts; null where the finding has nothing to point at on that side. */
  kk: Span | null
  ru: Span | null
  /** What the finding is about, to say it in the reviewer's language (messages.ts). */
  detail: FindingDetail
  /** The detail in English: for the command line, reports and the stored record. */
  message: string
}
