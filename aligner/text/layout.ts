// Rebuilds paragraphs: one paragraph per line in the clean text, joined from hard-wrapped lines
// (plain copies of the database) or taken from markdown lines (one line per paragraph there).
import { parseHeading, type Heading } from '../structure/headings.ts'
import { opensNote, opensWithPointLabel } from '../structure/paragraphs.ts'
import { offsetAt, type TextEdit, type TracedText } from './edits.ts'
import { WORD_CHAR } from './letter-classes.ts'
import { LINE_SEPARATOR } from './line-separator.ts'
import { appendAll } from '../append.ts'

/** A line longer than this was not wrapped by hand: copies of the database wrap at about 80. */
const UNWRAPPED_LINE = 160
/** Share of such lines above which a text keeps one paragraph per line (saved as text by Word, pandoc…). */
const UNWRAPPED_SHARE = 0.05

/** Indentation (in spaces) that starts a paragraph in plain copies: they indent by 6, headings by 2. */
const PARAGRAPH_INDENT = 2
/** Characters that, at the start of a line, continue the sentence of the line before. */
const CONTINUES_LINE = /^[\p{Ll}.,;:)»”!?]/u
/** A line in lower case, going on with the words of the line before. */
const CONTINUES_HEADING = /^\p{Ll}/u
/** Punctuation that attaches to the previous word with no space. */
const ATTACHES_LEFT = /^[.,;:)»”!?]/u

/**
 * Markdown renderings: every non-blank line is a paragraph; blank lines go, and the lines of a
 * ``` block (a signature or letterhead laid out in columns) join into one paragraph, kept apart by
 * LINE_SEPARATOR as the other formats' preformatted blocks are (formats/preformatted.ts).
 */
export function markdownLayoutEdits(input: TracedText, codeRanges: Array<[number, number]>): TextEdit[] {
  const { text, toOriginal } = input
  const edits: TextEdit[] = []
  const insideCode = (position: number) => {
    if (codeRanges.length === 0) return false
    const original = offsetAt(toOriginal, position)
    return codeRanges.some(([start, end]) => original > start && original < end)
  }
  // A run of spaces is tried from its first: tried from each, a long run with no line break after it
  // would be read again from every one of its spaces (n² steps).
  for (const match of text.matchAll(/(?<![ \t])[ \t]*\n\s*/g)) {
    const start = match.index
    const end = start + match[0].length
    if (start === 0 || end === text.length) {
      edits.push({ start, end, replacement: '', kind: 'whitespace' })
      continue
    }
    const join = insideCode(start) && insideCode(end - 1)
    const replacement = join ? LINE_SEPARATOR : '\n'
    if (match[0] !== replacement) edits.push({ start, end, replacement, kind: join ? 'line-join' : 'whitespace' })
  }
  appendAll(edits, edgeWhitespaceEdits(text))
  return dedupe(edits)
}

/**
 * Is the text one paragraph per line (no hard wrapping)? Then every line is a paragraph, even one
 * in lower case after a blank line (a preamble's clauses, list items), as a CAT tool reads it.
 * Either some lines are longer than anyone wraps at, or every line but the last closes a sentence
 * or a clause, or is a heading: wrapping leaves lines that end anywhere, and a text of short
 * paragraphs (a note, a short protocol) has none of them, however alike its lines' lengths.
 */
export function isUnwrapped(text: string): boolean {
  let lines = 0
  let long = 0
  /** A line that ends anywhere but at a sentence or clause, and is no heading. */
  let openEnd = false
  let previous: string | null = null
  for (const line of text.split('\n')) {
    const body = line.trim()
    if (body === '') continue
    lines++
    if (line.length > UNWRAPPED_LINE) long++
    // One open end decides: the headings of the rest need not be read.
    if (!openEnd && previous !== null && !ENDS_CLAUSE.test(previous) && parseHeading(previous) === null) openEnd = true
    previous = body
  }
  return lines > 0 && (long / lines > UNWRAPPED_SHARE || !openEnd)
}

/** Lines of a text, fewest, from which it can be told to be a page's printed lines. */
const FEWEST_LINES_TO_TELL = 20
/**
 * Share of line ends that cut a sentence above which "paragraphs" are a page's printed lines. On
 * the corpus in every format that keeps paragraphs it is at most 0.04 a document; in text copied
 * out of a PDF at least 0.30.
 */
const PRINTED_LINES_SHARE = 0.2

/**
 * Are the lines of a text a printed page's, not its paragraphs (a PDF's text pasted into Word,
 * a line a paragraph)? Then many lines end in the middle of a sentence: with no sentence or
 * clause closed, the next line goes on in lower case.
 */
export function isPrintedLines(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  if (lines.length < FEWEST_LINES_TO_TELL) return false
  let cut = 0
  for (let index = 1; index < lines.length; index++) if (!ENDS_CLAUSE.test(lines[index - 1]!) && CONTINUES_HEADING.test(lines[index]!)) cut++
  return cut / (lines.length - 1) > PRINTED_LINES_SHARE
}

/**
 * Plain copies: a paragraph starts at an indented line, at a heading, or after a blank line
 * unless the line plainly continues a sentence (it starts in lower case or with punctuation).
 * Text with no indentation to go by (copied out of a PDF) also starts one where the line before
 * ended early (endedEarly), and keeps a point's number that stood on a line of its own with its text.
 */
export function plainLayoutEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = []
  const lines = splitLines(text)
  const indented = marksParagraphsByIndent(lines)
  /** The longest line of the paragraph being joined: the width its lines were wrapped at. */
  let paragraphWidth = 0
  let previous: Line | null = null
  let blankSince = -1
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (blankSince < 0) blankSince = line.start
      continue
    }
    if (previous !== null) {
      const gapStart = previous.start + previous.text.trimEnd().length
      const gapEnd = line.start + indentOf(line.text)
      const gap = text.slice(gapStart, gapEnd)
      paragraphWidth = Math.max(paragraphWidth, previous.text.trimEnd().length)
      // The next line shows the width too when the paragraph so far is one short line. A width
      // of the paragraph's own, not the page's: a title in large type fills its lines with fewer letters.
      const width = Math.max(paragraphWidth, line.text.trimEnd().length)
      const afterBlank = blankSince >= 0
      const startsParagraph = indented ? isParagraphStart(previous, line, afterBlank, true) : startsParagraphOfWidth(previous, line, afterBlank, width)
      if (startsParagraph) paragraphWidth = 0
      const replacement = startsParagraph ? '\n' : joinSeparator(previous.text, line.text)
      if (gap !== replacement) {
        edits.push({ start: gapStart, end: gapEnd, replacement, kind: startsParagraph ? 'whitespace' : 'line-join' })
      }
    }
    previous = line
    blankSince = -1
  }
  appendAll(edits, edgeWhitespaceEdits(text))
  return dedupe(edits)
}

interface Line {
  text: string
  start: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const part of text.split('\n')) {
    lines.push({ text: part, start })
    start += part.length + 1
  }
  return lines
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** `indented`: the text marks its paragraphs by indenting their first lines (copies of the database). */
function isParagraphStart(previous: Line, line: Line, afterBlank: boolean, indented: boolean): boolean {
  const body = line.text.trim()
  if (parseHeading(body) !== null) return true
  // A heading too long for its line goes on, unindented and in lower case, where the text indents
  // its paragraphs (`7-бап Тараптардың … құқықтары мен` / `міндеттемелері`).
  const heading = parseHeading(previous.text)
  if (heading !== null) return !(indented && indentOf(line.text) === 0 && continuesHeading(heading, body))
  if (indentOf(line.text.replace(/\t/g, '    ')) >= PARAGRAPH_INDENT) return true
  if (CONTINUES_LINE.test(body)) return false
  return afterBlank
}

/**
 * Does `body` go on with the title of the heading on the line before? In lower case (`7-бап
 * Тараптардың … құқықтары мен` / `міндеттемелері`), or in capitals after a title in capitals
 * (`ГЛАВА IV ОСОБЕННОСТИ СУДОПРОИЗВОДСТВА В РАМКАХ` / `ТАМОЖЕННОГО СОЮЗА`); not a point's label.
 */
function continuesHeading(heading: Heading, body: string): boolean {
  if (opensWithPointLabel(body)) return false
  return CONTINUES_HEADING.test(body) || (isInCapitals(heading.title) && isInCapitals(body))
}

const CAPITALS = /\p{Lu}\p{Lu}/u
const LOWER_CASE_LETTER = /\p{Ll}/u

/** Written in capitals: two capital letters in a row and no lower-case letter. */
function isInCapitals(text: string): boolean {
  return CAPITALS.test(text) && !LOWER_CASE_LETTER.test(text)
}

/** Share of indented lines above which a text marks its paragraphs by indentation (copies of the database indent a quarter to two fifths of their lines). */
const INDENTED_SHARE = 0.02

function marksParagraphsByIndent(lines: Line[]): boolean {
  let text = 0
  let indented = 0
  for (const line of lines) {
    if (line.text.trim() === '') continue
    text++
    if (indentOf(line.text.replace(/\t/g, '    ')) >= PARAGRAPH_INDENT) indented++
  }
  return indented > text * INDENTED_SHARE
}

/** A line holding a point's number alone: a PDF's hanging number, copied on a line of its own. */
const LONE_LABEL = /^\(?(?:\d{1,3}(?:[.-]\d{1,3})*[.)]|[а-яёәғқңөұүһіa-z][.)]|[ivx]{1,4}\))$/u

/** isParagraphStart for a text wrapped at `width` with no indentation to go by (copied out of a PDF). */
function startsParagraphOfWidth(previous: Line, line: Line, afterBlank: boolean, width: number): boolean {
  const body = line.text.trim()
  if (parseHeading(body) !== null || LONE_LABEL.test(body)) return true
  // The number's text follows on the next line, unless that line is the next point: then the
  // number stands alone, a point left without its text.
  if (LONE_LABEL.test(previous.text.trim())) return opensWithPointLabel(body)
  // A heading too long for its line goes on in lower case, or in capitals.
  const heading = parseHeading(previous.text.trim())
  if (heading !== null) return !continuesHeading(heading, body)
  // After a sentence or clause, a point or a note opens a paragraph, however full the line before;
  // after a semicolon or a colon, anything does: in legal text they end a list item, a preamble's
  // clause or a lead-in.
  const previousEnd = previous.text.trimEnd()
  if (ENDS_LIST_ITEM.test(previousEnd) || (ENDS_CLAUSE.test(previousEnd) && (opensWithPointLabel(body) || opensNote(body)))) return true
  return isParagraphStart(previous, line, afterBlank, false) || endedEarly(previous, line, width)
}

/** The end of a sentence or of a clause of one (a preamble's, a list item's). */
const ENDS_CLAUSE = /[.;:,!?][»”")]*$/u
/** The end of a list item, a preamble's clause or a lead-in. */
const ENDS_LIST_ITEM = /[;:][»”")]*$/u

/**
 * Did `previous` end its paragraph early: the first word of `line` would have fitted after it in
 * a text wrapped at `width` (characters stand for the width: a line of wide letters holds fewer)?
 * Not when `line` goes on in lower case after a line that closes no sentence or clause: there a
 * long word or wide letters, not the paragraph's end, cut the line.
 */
function endedEarly(previous: Line, line: Line, width: number): boolean {
  const body = line.text.trimStart()
  if (ATTACHES_LEFT.test(body) || (!ENDS_CLAUSE.test(previous.text.trimEnd()) && CONTINUES_HEADING.test(body))) return false
  const firstWord = body.split(/\s/, 1)[0]!
  return previous.text.trimEnd().length + 1 + firstWord.length <= width
}

/** A line ending in a hyphen right after a word (`между-`): the next line continues the word. */
const HYPHEN_AFTER_WORD = new RegExp(`${WORD_CHAR}-$`, 'u')

/** Two spaces keep a word boundary inside letter-spaced text (`с я  С т о`), one space elsewhere. */
function joinSeparator(previous: string, next: string): string {
  const body = next.trimStart()
  if (ATTACHES_LEFT.test(body)) return ''
  const trimmed = previous.trimEnd()
  if (HYPHEN_AFTER_WORD.test(trimmed)) return ''
  return previous.length - trimmed.length >= 2 ? '  ' : ' '
}

/** Leading and trailing blank space of the whole text. */
function edgeWhitespaceEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = []
  const lead = /^\s+/.exec(text)
  if (lead) edits.push({ start: 0, end: lead[0].length, replacement: '', kind: 'whitespace' })
  // trimEnd drops what `\s+$` matches, without trying that pattern at every space of the text.
  const trailStart = text.trimEnd().length
  if (trailStart < text.length && trailStart > 0) edits.push({ start: trailStart, end: text.length, replacement: '', kind: 'whitespace' })
  return edits
}

/** Drops edits that overlap an earlier one (edge trimming meets the first/last line gap). */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TextEdit[] = []
  let end = -1
  for (const edit of sorted) {
    if (edit.start < end) continue
    kept.push(edit)
    end = edit.end
  }
  return kept
}
