// Folding for comparisons: lower case and Latin look-alikes read as the Cyrillic letters they
// imitate, so `Үкiметi` and `Үкіметі` count as one word. Never used to change the text itself.

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', b: 'в', t: 'т',
  ə: 'ә', ɵ: 'ө',
}

const NEEDS_MAPPING = /[a-zəɵё]/

export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  if (!NEEDS_MAPPING.test(lower)) return lower
  let folded = ''
  for (const char of lower) folded += LATIN_TO_CYRILLIC[char] ?? char
  return folded.replace(/ё/g, 'е')
}

/** Counts of folded words in a text. */
export function vocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const words = /[\p{L}\p{M}]+/gu
  const lower = text.toLowerCase()
  for (let match = words.exec(lower); match !== null; match = words.exec(lower)) {
    const word = NEEDS_MAPPING.test(match[0]) ? foldWord(match[0]) : match[0]
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

/** A vocabulary built on first use only: most texts never need one. */
export function lazyVocabulary(text: string): () => Map<string, number> {
  let counts: Map<string, number> | null = null
  return () => (counts ??= vocabulary(text))
}

/** Counts whole-word occurrences of lower-case words in a text, looking each word up once. */
export function wordCounter(text: string): (word: string) => number {
  let lower: string | null = null
  const cache = new Map<string, number>()
  return (word) => {
    let count = cache.get(word)
    if (count !== undefined) return count
    lower ??= text.toLowerCase()
    count = 0
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (!isLetterAt(lower, at - 1) && !isLetterAt(lower, at + word.length)) count++
    }
    cache.set(word, count)
    return count
  }
}

function isLetterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && /[\p{L}\p{M}]/u.test(text[index]!)
}
