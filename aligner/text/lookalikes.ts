// Replaces look-alike letters of the wrong script inside a word: Latin letters in a Cyrillic word
// (`Үкiметi`, `Kaзaxcтан`, `15-бaп`) and Cyrillic letters in a Latin word (`Ваnk`). Words written
// wholly in one script (`SG(2007)0626`, `NATO`) and one-letter list labels are left alone.
import type { TextEdit } from './edits.ts'

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө',
}
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i', к: 'k', һ: 'h',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y',
}
/** Kazakh Ү/ү is the usual meaning of a Latin Y/y inside a Kazakh word (`Yкiметi`). */
const KAZAKH_Y: Record<string, string> = { y: 'ү', Y: 'Ү' }

const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

export interface LookalikeOptions {
  /** Language of the document: decides whether a Latin Y means Kazakh Ү or У. */
  language?: 'kk' | 'ru'
  /** Folded vocabulary of the document, to prefer a spelling the document uses elsewhere. */
  vocabulary?: () => Map<string, number>
}

const LATIN_LETTER = /[A-Za-zəƏɵƟ]/g
const LETTER = /[\p{L}\p{M}]/u

/** Looks only at words with a Latin letter in them: in Cyrillic text there are few. */
export function lookalikeEdits(text: string, options: LookalikeOptions = {}): TextEdit[] {
  const edits: TextEdit[] = []
  LATIN_LETTER.lastIndex = 0
  for (let match = LATIN_LETTER.exec(text); match !== null; match = LATIN_LETTER.exec(text)) {
    let start = match.index
    while (start > 0 && LETTER.test(text[start - 1]!)) start--
    let end = match.index + 1
    while (end < text.length && LETTER.test(text[end]!)) end++
    const word = text.slice(start, end)
    const replacement = repairWord(word, options)
    if (replacement !== null) edits.push({ start, end, replacement, kind: 'lookalike' })
    LATIN_LETTER.lastIndex = end
  }
  return edits
}

/** The word with its stray letters in the word's own script, or null when nothing is stray. */
const ANY_LATIN = /[A-Za-zəƏɵƟ]/
const ANY_CYRILLIC = /[\u0400-\u04FF]/

export function repairWord(word: string, options: LookalikeOptions = {}): string | null {
  if (!ANY_LATIN.test(word) || !ANY_CYRILLIC.test(word)) return null
  const chars = [...word]
  const cyrillic = chars.filter((c) => CYRILLIC.test(c))
  const latin = chars.filter((c) => LATIN.test(c))
  if (cyrillic.length === 0 || latin.length === 0) return null
  const latinIsReal = latin.some((c) => !(c in LATIN_TO_CYRILLIC))
  const cyrillicIsReal = cyrillic.some((c) => !(c in CYRILLIC_TO_LATIN))
  if (latinIsReal && cyrillicIsReal) return null
  const toCyrillic = cyrillicIsReal || (!latinIsReal && cyrillic.length >= latin.length)
  if (!toCyrillic) return chars.map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('')
  const plain = chars.map((c) => LATIN_TO_CYRILLIC[c] ?? c).join('')
  if (!/[yY]/.test(word)) return plain
  const kazakh = chars.map((c) => KAZAKH_Y[c] ?? LATIN_TO_CYRILLIC[c] ?? c).join('')
  const seen = (w: string) => options.vocabulary?.().get(w.toLowerCase()) ?? 0
  if (seen(kazakh) !== seen(plain)) return seen(kazakh) > seen(plain) ? kazakh : plain
  return options.language === 'kk' ? kazakh : plain
}
