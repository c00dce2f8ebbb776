// Search keys for the concordance: Kazakh and Russian case folding and look-alike folding done here,
// because SQLite's lower() leaves Cyrillic alone. Text and query are folded the same way.
import { foldWord } from '../aligner/text/fold.ts'

/** Lower case, Latin look-alikes read as Cyrillic, ё as е, runs of white space as one space. */
export function searchKey(text: string): string {
  const folded = foldWord(text)
  // Most texts have single spaces only: no copy of them is made.
  return /\s\s|[^\S ]|^ | $/.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded
}

/** An FTS5 query for the rows holding every three-character piece of the key (of three or more). */
export function allTrigrams(key: string): string {
  const characters = [...key]
  const trigrams = new Set<string>()
  for (let k = 0; k + 3 <= characters.length; k++) trigrams.add(characters.slice(k, k + 3).join(''))
  return [...trigrams].map((trigram) => `"${trigram.replace(/"/g, '""')}"`).join(' AND ')
}

/**
 * Where the key occurs in a text as shown: [start, end) offsets of the original text, folded and
 * with white space collapsed exactly as searchKey does, so that what search found can be marked.
 */
export function matchSpans(text: string, key: string): Array<[number, number]> {
  if (key === '') return []
  let folded = ''
  const source: number[] = []
  let inSpace = false
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    if (/\s/.test(char)) {
      if (!inSpace) {
        folded += ' '
        source.push(index)
      }
      inSpace = true
    } else {
      inSpace = false
      for (const unit of foldWord(char)) {
        folded += unit
        source.push(index)
      }
    }
    index += char.length
  }
  source.push(text.length)
  const spans: Array<[number, number]> = []
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
    const last = source[at + key.length - 1]!
    spans.push([source[at]!, last + String.fromCodePoint(text.codePointAt(last)!).length])
  }
  return spans
}
