// Joins words that justified layout spread out letter by letter (`б е з о п а с н о с т и ,`),
// fully or in part (`қажетт i  мәл iметтермен`), deciding partial joins from the document itself.
import type { TextEdit } from './edits.ts'
import { countWords, foldWord } from './fold.ts'
import { LETTER_OR_MARK } from './letter-classes.ts'
import { appendAll } from '../append.ts'

/** Fewest single letters in a row, one space apart, taken as letter-spaced text. */
const MIN_SPACED_LETTERS = 4
/** One-letter words of Russian: inside normal text they are words, not fragments. */
const ONE_LETTER_WORDS = new Set(['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я'])
const LETTER = new RegExp(String.raw`^${LETTER_OR_MARK}$`, 'u')
const LETTERS = new RegExp(String.raw`^${LETTER_OR_MARK}+$`, 'u')
const CLOSING = /^[.,;:!?)»”]+$/u
const OPENING = /^[(«“]+$/u

interface Token {
  text: string
  start: number
  /** Spaces before this token on its line (0 for the first). */
  gapBefore: number
}

/** Lines worth a closer look: single characters one space apart, or a lone letter that is no word… */
const MAY_BE_SPACED = /(?:^|\s)(?:\S (?:\S ){2,}\S|[a-zбгдежзйлмнптфхцчшщъыьэюёәғқңөұүһі])(?=\s|$)/u

/**
 * Words on lines that may be spaced are looked up in the rest of the document: their counts are
 * gathered in two rounds, each one pass over the text (the pieces of each line, then the words
 * that some runs of pieces would join into), not by counting every word of the document.
 */
export function letterSpacingEdits(text: string): TextEdit[] {
  const lines = linesToExamine(text)
  if (lines.length === 0) return []
  const pieceCounts = countWords(text, new Set(lines.flatMap((line) => line.tokens.flatMap((token) => fragmentQuestion(token.text) ?? []))), 'folded')
  const isFragment = (token: string) => isFragmentToken(token, pieceCounts)
  const runs = lines.map((line) => pieceRuns(line, isFragment))
  const joinedCounts = countWords(text, new Set(runs.flat().flatMap((run) => run.askAbout ?? [])), 'folded')
  const edits: TextEdit[] = []
  lines.forEach((line, k) => {
    appendAll(edits, line.spacedEdits)
    for (const run of runs[k]!) if (run.askAbout === null || (joinedCounts.get(run.askAbout) ?? 0) > 0) edits.push(run.edit)
  })
  return edits
}

interface ExaminedLine {
  tokens: Token[]
  /** Edits joining fully letter-spaced words; `used` holds the tokens they consumed. */
  spacedEdits: TextEdit[]
  used: Set<number>
  justified: boolean
}

function linesToExamine(text: string): ExaminedLine[] {
  const lines: ExaminedLine[] = []
  for (const [lineStart, line] of candidateLines(text)) {
    // …or justified layout (two spaces between words), where a single space may split a word.
    const justified = isJustifiedLine(line)
    if (justified || MAY_BE_SPACED.test(line)) {
      const tokens = tokenize(line, lineStart)
      const spacedEdits: TextEdit[] = []
      const used = spacedRegionEdits(tokens, spacedEdits)
      lines.push({ tokens, spacedEdits, used, justified })
    }
  }
  return lines
}

/** MAY_BE_SPACED over a whole text: `^` and `$` at each line's ends. */
const MAY_BE_SPACED_IN_TEXT = new RegExp(MAY_BE_SPACED.source, 'gmu')

/**
 * The lines (start, text) holding a double space or a match of MAY_BE_SPACED, found by searching
 * the whole text for both: most lines have neither, and are never cut out.
 */
function* candidateLines(text: string): Generator<[number, string]> {
  let nextDouble = -1
  let nextSpaced = -1
  for (let from = 0; from < text.length; ) {
    if (nextDouble < from) nextDouble = indexOrEnd(text, text.indexOf('  ', from))
    if (nextSpaced < from) {
      // The match may open with the line break before its line (`\s`): its last character is in the line.
      MAY_BE_SPACED_IN_TEXT.lastIndex = Math.max(0, from - 1)
      const match = MAY_BE_SPACED_IN_TEXT.exec(text)
      nextSpaced = match ? match.index + match[0].length - 1 : text.length
    }
    const at = Math.min(nextDouble, nextSpaced)
    if (at >= text.length) return
    const lineStart = text.lastIndexOf('\n', at - 1) + 1
    const lineEnd = indexOrEnd(text, text.indexOf('\n', at))
    yield [lineStart, text.slice(lineStart, lineEnd)]
    from = lineEnd + 1
  }
}

function indexOrEnd(text: string, index: number): number {
  return index < 0 ? text.length : index
}

function tokenize(line: string, offset: number): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  for (const match of line.matchAll(/\S+/g)) {
    tokens.push({ text: match[0], start: offset + match.index, gapBefore: previousEnd < 0 ? 0 : match.index - previousEnd })
    previousEnd = match.index + match[0].length
  }
  return tokens
}

/**
 * Full letter spacing: runs of one-character tokens. Single spaces are inside a word, two or
 * more between words. Returns, per token index, whether it was consumed by a region.
 */
function spacedRegionEdits(tokens: Token[], edits: TextEdit[]): Set<number> {
  const used = new Set<number>()
  let i = 0
  while (i < tokens.length) {
    if (!isSingleChar(tokens[i]!.text)) {
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length && isSingleChar(tokens[j]!.text)) j++
    const region = tokens.slice(i, j)
    if (hasSpacedWord(region)) {
      const first = region[0]!
      const last = region[region.length - 1]!
      const replacement = joinRegion(region)
      if (replacement !== null) {
        edits.push({ start: first.start, end: last.start + last.text.length, replacement, kind: 'letter-spacing' })
        for (let k = i; k < j; k++) used.add(k)
      }
    }
    i = j
  }
  return used
}

function isSingleChar(token: string): boolean {
  return [...token].length === 1 && !/\d/.test(token)
}

/** A region counts when some word in it has MIN_SPACED_LETTERS letters one space apart. */
function hasSpacedWord(region: Token[]): boolean {
  let run = 0
  for (let k = 0; k < region.length; k++) {
    const token = region[k]!
    const isLetter = LETTER.test(token.text)
    run = isLetter && k > 0 && token.gapBefore === 1 && run > 0 ? run + 1 : isLetter ? 1 : 0
    if (run >= MIN_SPACED_LETTERS) return true
  }
  return false
}

function joinRegion(region: Token[]): string | null {
  const words: string[] = []
  for (const [k, token] of region.entries()) {
    if (k === 0 || token.gapBefore === 1) {
      if (words.length === 0) words.push(token.text)
      else words[words.length - 1] += token.text
    } else if (CLOSING.test(token.text)) {
      words[words.length - 1] += token.text
    } else {
      words.push(token.text)
    }
  }
  const joined = words.map((w, k) => (k > 0 && OPENING.test(words[k - 1]!) ? w : ' ' + w)).join('').trimStart()
  return joined.replace(/([(«“]) /gu, '$1')
}

/** A run of pieces to join: at once, or when the document uses the word it makes (`askAbout`, folded). */
interface PieceRun {
  edit: TextEdit
  askAbout: string | null
}

/**
 * Partial spacing (`қажетт i`, `мәл iметтермен`, `агентт іг і`): a run of Cyrillic letter tokens
 * one space apart, every one a fragment (a word found nowhere else in the document, or a lone
 * letter that is not a word), is joined when it holds a lone letter, when the line is justified
 * (two spaces between its words), or when the joined word occurs elsewhere in the document.
 * Only lines with a double space or a lone letter are looked at: that is where layout splits words.
 */
function pieceRuns({ tokens, used, justified }: ExaminedLine, isFragment: (token: string) => boolean): PieceRun[] {
  const runs: PieceRun[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (j < tokens.length && !used.has(j) && (j === i || tokens[j]!.gapBefore === 1) && isFragment(tokens[j]!.text)) {
      j++
      if (TRAILING_PUNCTUATION.test(tokens[j - 1]!.text)) break
    }
    if (j - i >= 2) {
      const run = tokens.slice(i, j).map((t) => t.text)
      const joined = run.join('')
      const hasLoneLetter = run.some((t) => [...wordOf(t)].length === 1)
      const first = tokens[i]!
      const last = tokens[j - 1]!
      const edit: TextEdit = { start: first.start, end: last.start + last.text.length, replacement: joined, kind: 'letter-spacing' }
      runs.push({ edit, askAbout: hasLoneLetter || justified ? null : foldWord(wordOf(joined)) })
    }
    i = Math.max(j, i + 1)
  }
  return runs
}

const TRAILING_PUNCTUATION = /[.,;:!?)»”]+$/u
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}ia-z]*\p{Script=Cyrillic}[\p{Script=Cyrillic}ia-z]*$|^[ia-z]$/u

function wordOf(token: string): string {
  return token.replace(TRAILING_PUNCTUATION, '')
}

/** A token as a Cyrillic word (its text and folded form), or null when it is none. */
function cyrillicWord(token: string): { word: string; folded: string } | null {
  const word = wordOf(token)
  return CYRILLIC_WORD.test(word) && LETTERS.test(word) ? { word, folded: foldWord(word) } : null
}

/** The folded word whose count decides whether a token is a fragment, or null when no count does. */
function fragmentQuestion(token: string): string | null {
  const folded = cyrillicWord(token)?.folded
  return folded === undefined || [...folded].length === 1 ? null : folded
}

/** A piece of a Cyrillic word: unknown elsewhere in the document, or a lower-case letter that is no word. */
function isFragmentToken(token: string, counts: Map<string, number>): boolean {
  const cyrillic = cyrillicWord(token)
  if (cyrillic === null) return false
  const { word, folded } = cyrillic
  // `г.`, `ж.`, `қ.`: a lone letter with a full stop is an abbreviation, not a piece of a word.
  if ([...folded].length === 1) return word === word.toLowerCase() && !ONE_LETTER_WORDS.has(folded) && !token.endsWith('.')
  return (counts.get(folded) ?? 0) <= 1
}

/** Justified lines put two spaces between many of their words. */
function isJustifiedLine(line: string): boolean {
  // Most lines have no double space at all: no need to count their words.
  if (!line.includes('  ')) return false
  const doubles = line.trim().match(/\S {2,}(?=\S)/g)?.length ?? 0
  const singles = line.trim().match(/\S (?=\S)/g)?.length ?? 0
  return doubles >= 2 && 2 * doubles >= singles
}
