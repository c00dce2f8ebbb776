// Removes the markdown and HTML of the database's markdown renderings (headings, emphasis,
// anchors, quote markers, code fences, front matter, escapes), keeping the words and line breaks.
import { editsForMatches, type TextEdit } from './edits.ts'

/** True when the text looks like a markdown rendering rather than plain copied text. */
export function looksLikeMarkdown(text: string): boolean {
  return /^(---\n|#{1,6} |> |```|<a id=)/m.test(text) || /^\*\*[^*\n]+\*\*\s*$/m.test(text)
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/
const ANCHOR = /<a\s+(?:id|name)="[^"]*"\s*>\s*<\/a>/g
const HTML_TAG = /<\/?(?:table|thead|tbody|tr|td|th|br|p|div|span|sup|sub|b|i|strong|em|u)\b[^>]*>/gi
const HEADING_MARK = /^ {0,3}#{1,6}[ \t]+/gm
/** Quote markers, also on indented lines (amendment notes are indented in some renderings). */
const QUOTE_MARK = /^[ \t]*(?:> ?)+/gm
const CODE_FENCE = /^ {0,3}```[^\n]*$/gm
/** `**bold**`, `*emphasis*` and lone footnote asterisks: every `*` in these renderings is markup. */
const EMPHASIS = /\*+/g
/** `2\.` and `1\)`: markdown escapes of list numbers. */
const ESCAPE = /\\([.)([\]*_#>-])/g

export function markupEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = []
  const front = FRONT_MATTER.exec(text)
  const from = front ? front[0].length : 0
  if (front) edits.push({ start: 0, end: from, replacement: '', kind: 'markup' })
  const body = text.slice(from)
  const remove = () => ''
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [ANCHOR, remove],
    [HTML_TAG, (m) => (/^<\/(td|th)/i.test(m[0]) ? '\t' : /^<(\/tr|br|\/p|\/div)/i.test(m[0]) ? '\n' : '')],
    [HEADING_MARK, remove],
    [QUOTE_MARK, remove],
    [CODE_FENCE, remove],
    [EMPHASIS, remove],
    [ESCAPE, (m) => m[1]!],
  ]
  // Earlier patterns win where two overlap (an escaped `\*` is an escape, not emphasis).
  const found = patterns.flatMap(([pattern, replace], priority) =>
    editsForMatches(body, pattern, 'markup', replace).map((edit) => ({ edit, priority })),
  )
  found.sort((a, b) => a.edit.start - b.edit.start || a.priority - b.priority)
  let end = 0
  for (const { edit } of found) {
    if (edit.start < end) continue
    edits.push({ ...edit, start: edit.start + from, end: edit.end + from })
    end = edit.end
  }
  return edits
}

/** [start, end) of the lines inside ``` fences: their line breaks are layout, not paragraphs. */
export function codeBlockRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let openedAt = -1
  for (const match of text.matchAll(CODE_FENCE)) {
    if (openedAt < 0) {
      openedAt = match.index + match[0].length
    } else {
      ranges.push([openedAt, match.index])
      openedAt = -1
    }
  }
  return ranges
}
