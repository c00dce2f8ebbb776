// Which paragraphs of an OpenDocument text are set in a fixed-pitch font (a letterhead or a
// signature laid out in columns with spaces): their font comes from the paragraph's style chain,
// or from a span's text style, and a font is fixed-pitch by its declaration or by its family.
import type { XmlElement } from '../xml.ts'
import { childNamed, elements } from './docx-xml.ts'
import { isFixedPitchFamily } from './preformatted.ts'

interface StyleFont {
  font: string | null
  parent: string | null
}

/** Inline elements whose text is not the paragraph's own. */
const NOT_OWN_TEXT = new Set(['text:note', 'office:annotation'])

export class OdtFonts {
  private readonly fixedFaces = new Set<string>()
  private readonly styles = new Map<string, StyleFont>()
  private defaultFont: string | null = null

  constructor(...roots: Array<XmlElement | null>) {
    for (const root of roots) {
      if (!root) continue
      for (const face of elements(childNamed(root, 'office:font-face-decls') ?? root, 'style:font-face')) {
        const name = face.attributes['style:name'] ?? ''
        if (face.attributes['style:font-pitch'] === 'fixed' || isFixedPitchFamily(face.attributes['svg:font-family'] ?? name)) this.fixedFaces.add(name)
      }
      for (const container of elements(root).filter((child) => child.name === 'office:styles' || child.name === 'office:automatic-styles')) {
        for (const style of elements(container)) {
          const font = childNamed(style, 'style:text-properties')?.attributes['style:font-name'] ?? null
          if (style.name === 'style:default-style' && style.attributes['style:family'] === 'paragraph') this.defaultFont = font
          if (style.name !== 'style:style') continue
          this.styles.set(`${style.attributes['style:family']}:${style.attributes['style:name']}`, { font, parent: style.attributes['style:parent-style-name'] ?? null })
        }
      }
    }
  }

  /** Is all the text of the paragraph in a fixed-pitch font? */
  isFixedPitch(paragraph: XmlElement): boolean {
    if (this.fixedFaces.size === 0) return false
    let sawText = false
    let allFixed = true
    const walk = (element: XmlElement, font: string | null) => {
      for (const child of element.children) {
        if (typeof child === 'string') {
          if (!/\S/.test(child)) continue
          sawText = true
          if (font === null || !this.fixedFaces.has(font)) allFixed = false
        } else if (!NOT_OWN_TEXT.has(child.name)) {
          walk(child, child.name === 'text:span' ? (this.fontOf('text', child.attributes['text:style-name']) ?? font) : font)
        }
      }
    }
    walk(paragraph, this.fontOf('paragraph', paragraph.attributes['text:style-name']) ?? this.defaultFont)
    return sawText && allFixed
  }

  /** The font a style sets, or the nearest of its parents that sets one. */
  private fontOf(family: string, name: string | undefined): string | null {
    const seen = new Set<string>()
    for (let current = name; current !== undefined && !seen.has(current); ) {
      seen.add(current)
      const style = this.styles.get(`${family}:${current}`)
      if (!style) return null
      if (style.font !== null) return style.font
      current = style.parent ?? undefined
    }
    return null
  }
}
