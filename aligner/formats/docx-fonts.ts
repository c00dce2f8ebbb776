// Which runs of a .docx are set in a fixed-pitch font: a paragraph all in one is preformatted text
// (a letterhead or signature laid out in columns, or a web page's <pre> pasted into Word), whose
// line breaks are layout. A run's font is its own, else its character style's, else its
// paragraph style's, else the document's default, each style following its `basedOn` chain.
import type { XmlElement } from '../xml.ts'
import { childNamed, elements, valueOf } from './docx-xml.ts'
import { isFixedPitchFamily } from './preformatted.ts'
import { appendAll } from '../append.ts'

interface StyleFonts {
  font: string | null
  basedOn: string | null
}

export class FixedPitchFonts {
  private readonly fixed = new Set<string>()
  private readonly styles = new Map<string, StyleFonts>()
  private readonly defaultFont: string | null

  constructor(styles: XmlElement | null, fontTable: XmlElement | null) {
    for (const font of fontTable ? elements(fontTable, 'w:font') : []) {
      if (valueOf(font, 'w:pitch') === 'fixed') this.fixed.add(font.attributes['w:name'] ?? '')
    }
    for (const style of styles ? elements(styles, 'w:style') : []) {
      this.styles.set(style.attributes['w:styleId'] ?? '', { font: fontOf(childNamed(style, 'w:rPr')), basedOn: valueOf(style, 'w:basedOn') })
    }
    const defaults = childNamed(childNamed(styles ? childNamed(styles, 'w:docDefaults') : null, 'w:rPrDefault'), 'w:rPr')
    this.defaultFont = fontOf(defaults)
  }

  /**
   * Whether every run of the paragraph that holds text is set in a fixed-pitch font; a paragraph
   * with no text (an empty line of a preformatted block) by the font of its own style.
   */
  isPreformatted(paragraph: XmlElement): boolean {
    const properties = childNamed(paragraph, 'w:pPr')
    const paragraphStyle = valueOf(properties, 'w:pStyle')
    const runs = textRuns(paragraph)
    if (runs.length === 0) {
      const font = fontOf(childNamed(properties, 'w:rPr')) ?? this.styleFont(paragraphStyle)
      return font !== null && this.isFixed(font)
    }
    return runs.every((run) => {
      const own = childNamed(run, 'w:rPr')
      const font = fontOf(own) ?? this.styleFont(valueOf(own, 'w:rStyle')) ?? this.styleFont(paragraphStyle) ?? this.defaultFont
      return font !== null && this.isFixed(font)
    })
  }

  private isFixed(font: string): boolean {
    return this.fixed.has(font) || isFixedPitchFamily(font)
  }

  private styleFont(styleId: string | null): string | null {
    const seen = new Set<string>()
    for (let id = styleId; id !== null && !seen.has(id); ) {
      seen.add(id)
      const style = this.styles.get(id)
      if (!style) return null
      if (style.font !== null) return style.font
      id = style.basedOn
    }
    return null
  }
}

/** The font a run's properties name for Latin and Cyrillic text (hAnsi covers Cyrillic). */
function fontOf(properties: XmlElement | null): string | null {
  const fonts = childNamed(properties, 'w:rFonts')
  return fonts ? (fonts.attributes['w:hAnsi'] ?? fonts.attributes['w:ascii'] ?? null) : null
}

/** The runs (w:r) under an element that hold visible text. */
function textRuns(element: XmlElement): XmlElement[] {
  const runs: XmlElement[] = []
  for (const child of elements(element)) {
    if (child.name === 'w:r') {
      if (elements(child, 'w:t').some((text) => text.children.some((node) => typeof node === 'string' && node.trim() !== ''))) runs.push(child)
    } else if (child.name !== 'w:pPr') {
      appendAll(runs, textRuns(child))
    }
  }
  return runs
}
