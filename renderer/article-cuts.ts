// Where an article pair's side could be cut so that a heading starts the second part: a `Статья 5`
// run into article 4 is offered as a split, so the reviewer need not find the place by hand.
import { headingLabelAt } from '../aligner/structure/headings.ts'

export interface HeadingCut {
  /** Offset in the side's text as shown. */
  offset: number
  label: string
}

/** Places where a sentence or a line starts: after a line break, or after a sentence's end. */
const STARTS = /\n\s*|[.;:!?»"”)]\s+/g

/** The article headings inside a side's text after its start, at sentence or line starts. */
export function headingCuts(text: string): HeadingCut[] {
  const cuts: HeadingCut[] = []
  for (const match of text.matchAll(STARTS)) {
    const offset = match.index + match[0].length
    if (offset >= text.length) continue
    const label = headingLabelAt(text.slice(offset, offset + 400))
    if (label !== null && cuts.at(-1)?.offset !== offset) cuts.push({ offset, label })
  }
  return cuts
}
