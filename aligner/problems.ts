// Why a file could not be read, as a code the app can put in the reader's language; the English
// `reason` travelling with it gives the details and what to do.

export type FileProblem = 'empty' | 'encrypted' | 'no-text' | 'damaged' | 'unsupported' | 'encoding' | 'language' | 'same-language' | 'missing' | 'too-large'

export interface Failure {
  ok: false
  reason: string
  problem?: FileProblem
}
