// Folding for comparisons: lower case and Latin look-alikes read as the Cyrillic letters they
// imitate, so `Үкiметi` and `Үкіметі` count as one word. Never used to change the text itself.

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', b: 'в', t: 'т',
  ə: 'ә', ɵ: 'ө',
}

export function foldWord(word: string): string {
  let folded = ''
  for (const char of word.toLowerCase()) folded += LATIN_TO_CYRILLIC[char] ?? char
  return folded.replace(/ё/g, 'е')
}

/** Counts of folded words in a text. */
export function vocabulary(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = foldWord(match[0])
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}
