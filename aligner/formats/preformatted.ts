// Preformatted text in the formats that carry fonts (.docx, .rtf, .html, .pdf): lines set in a
// fixed-pitch font amid proportional text are a letterhead or signature laid out in columns, or a
// web page's <pre> block. Such a block is one paragraph for the aligner, as a ``` block of a
// markdown text is; its lines stay apart by LINE_SEPARATOR (text/line-separator.ts). Where most of the
// text is fixed-pitch (a typewritten document), the font says nothing and paragraphs stay as they are.

import { LINE_SEPARATOR } from '../text/line-separator.ts'

/** A paragraph (or a line) as a reader found it, and whether all its text is in a fixed-pitch font. */
export interface FontedParagraph {
  text: string
  fixedPitch: boolean
}

/**
 * Fixed-pitch families by name, for files that do not say (pandoc's .docx font table calls every
 * font variable) or name a font without describing it.
 */
const FIXED_PITCH_FAMILY = /mono|courier|consolas|lucida console|lucida sans typewriter|menlo|monaco|fixedsys|typewriter|andale|inconsolata/i

export function isFixedPitchFamily(name: string): boolean {
  return FIXED_PITCH_FAMILY.test(name)
}

/**
 * For readers that meet a paragraph's text piece by piece (.rtf, .html): whether the paragraph
 * read so far has text, and all of it in a fixed-pitch font.
 */
export class ParagraphPitch {
  private hasText = false
  private allFixedPitch = true

  note(text: string, fixedPitch: boolean): void {
    if (!/\S/.test(text)) return
    this.hasText = true
    if (!fixedPitch) this.allFixedPitch = false
  }

  /** The finished paragraph's pitch; the next paragraph starts afresh. */
  end(text: string): FontedParagraph {
    const paragraph = { text, fixedPitch: this.hasText && this.allFixedPitch }
    this.hasText = false
    this.allFixedPitch = true
    return paragraph
  }
}

/** Share of the text at or above which fixed pitch is the body's own type, not preformatting. */
const BODY_SHARE = 0.5

export function fixedPitchIsBodyType(paragraphs: FontedParagraph[]): boolean {
  let fixed = 0
  let all = 0
  for (const paragraph of paragraphs) {
    const length = paragraph.text.trim().length
    all += length
    if (paragraph.fixedPitch) fixed += length
  }
  return all > 0 && fixed >= BODY_SHARE * all
}

/** The paragraphs, each run of consecutive fixed-pitch ones joined into one by LINE_SEPARATOR; empty ones go. */
export function joinPreformatted(paragraphs: FontedParagraph[]): string[] {
  if (fixedPitchIsBodyType(paragraphs)) return paragraphs.map((paragraph) => paragraph.text)
  const joined: string[] = []
  let inBlock = false
  for (const { text, fixedPitch } of paragraphs) {
    // An empty paragraph (between two block elements) neither starts nor ends a block.
    if (text.trim() === '') continue
    if (fixedPitch && inBlock) joined[joined.length - 1] += LINE_SEPARATOR + text
    else joined.push(text)
    inBlock = fixedPitch
  }
  return joined
}
