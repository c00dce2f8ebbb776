// Search keys for the concordance: Kazakh and Russian case folding and look-alike folding done here,
// because SQLite's lower() leaves Cyrillic alone. Text and query are folded the same way.
import { foldWord } from '../aligner/text/fold.ts'

/** Lower case, Latin look-alikes read as Cyrillic, ё as е, runs of white space as one space. */
export function searchKey(text: string): string {
  return foldWord(text).replace(/\s+/g, ' ').trim()
}
