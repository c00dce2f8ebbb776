// The lines of a preformatted block (a letterhead or signature in columns) are kept apart by U+2028
// LINE SEPARATOR (aligner/text/line-separator.ts), which browsers draw as nothing at all, gluing the
// last word of a line to the first of the next. Shown as a line break instead (the text cells are
// `white-space: pre-line`, elsewhere it reads as a space); a line break typed in an edit goes back
// to a line separator, as a sentence's text holds no paragraph break.
import { LINE_SEPARATOR } from '../aligner/text/line-separator.ts'

export function shownLines(text: string): string {
  return text.replaceAll(LINE_SEPARATOR, '\n')
}

export function storedLines(text: string): string {
  return text.replaceAll('\n', LINE_SEPARATOR)
}
