// Search keys for the concordance: Kazakh and Russian case folding and look-alike folding done here,
// because SQLite's lower() leaves Cyrillic alone. Text and query are folded the same way.
import { foldWord } from '../aligner/text/fold.ts'

/** Lower case, Latin look-alikes read as Cyrillic, ё as е, runs of white space as one space. */
export function searchKey(text: string): string {
  return foldWord(text).replace(/\s+/g, ' ').trim()
}

/** An FTS5 query for the rows holding every three-character piece of the key (of three or more). */
export function allTrigrams(key: string): string {
  const characters = [...key]
  const trigrams = new Set<string>()
  for (let k = 0; k + 3 <= characters.length; k++) trigrams.add(characters.slice(k, k + 3).join(''))
  return [...trigrams].map((trigram) => `"${trigram.replace(/"/g, '""')}"`).join(' AND ')
}
