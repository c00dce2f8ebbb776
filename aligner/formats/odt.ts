// Reads the text of an OpenDocument text (.odt, LibreOffice's own format) from its XML parts: body
// paragraphs and headings with the numbers their list and outline styles generate (odt-lists.ts),
// tables row by row, lines set in a fixed-pitch font kept together, and headers, footers,
// footnotes, endnotes and comments kept apart. Deleted text of tracked changes is left out.
import { failure } from '../problems.ts'
import { parseXml, XmlError, type XmlElement } from '../xml.ts'
import { LINE_SEPARATOR } from '../text/line-separator.ts'
import { raisedDigits } from '../text/superscript.ts'
import { childNamed, elements } from './docx-xml.ts'
import { fileText, markGenerated, paragraphsToText, separateGenerated, type ApartBlock, type Extracted } from './extracted.ts'
import { OdtFonts } from './odt-fonts.ts'
import { OdtLists } from './odt-lists.ts'
import { joinPreformatted, type FontedParagraph } from './preformatted.ts'
import { appendAll } from '../append.ts'

/** The parts of the package by name (`content.xml`, `styles.xml`), read by whoever unzipped it. */
export type OdtParts = Map<string, string>

/** Budget: characters of text read, spaces the file asks for (`text:s`) included. */
const MAX_TEXT_CHARACTERS = 32 * 1024 * 1024
/** Spaces one `text:s` may stand for: a letterhead's columns need dozens, not millions. */
const MAX_SPACES = 1000

/** Thrown when a file asks for more text than the budget: a small file can ask for millions of spaces. */
class TooMuchText extends Error {}

export function extractOdt(parts: OdtParts): Extracted {
  const contentXml = parts.get('content.xml')
  if (contentXml === undefined) return failure({ code: 'odt-no-body' })
  try {
    const content = parseXml(contentXml)
    const styles = parts.has('styles.xml') ? parseXml(parts.get('styles.xml')!) : null
    const body = childNamed(childNamed(content, 'office:body'), 'office:text')
    if (!body) return failure({ code: 'odt-no-body' })
    const reader = new OdtReader(new OdtLists(styles, content), new OdtFonts(styles, content), raisedTextStyles(styles, content))
    const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(reader.blocks(body))))
    if (text.trim() === '') return failure({ code: 'odt-no-text' })
    return { ok: true, extracted: { format: 'odt', text, layout: 'paragraphs', encoding: null, apart: [...pageFurniture(styles, reader), ...reader.apart], generated } }
  } catch (error) {
    if (error instanceof XmlError) return failure({ code: 'odt-bad-xml', line: error.line, column: error.column, why: error.why })
    if (error instanceof TooMuchText) return failure({ code: 'too-much-text', format: 'ODT', millions: MAX_TEXT_CHARACTERS / 1048576 })
    throw error
  }
}

/**
 * The text styles that raise their text: `style:text-position` is `super` or a raise above the line
 * (`33% 58%`), as LibreOffice writes a superscript.
 */
function raisedTextStyles(...roots: Array<XmlElement | null>): Set<string> {
  const raised = new Set<string>()
  for (const root of roots) {
    for (const container of root ? elements(root).filter((child) => child.name === 'office:styles' || child.name === 'office:automatic-styles') : []) {
      for (const style of elements(container, 'style:style')) {
        const position = childNamed(style, 'style:text-properties')?.attributes['style:text-position'] ?? ''
        if (style.attributes['style:family'] === 'text' && /^(?:super|[1-9]\d*(?:\.\d+)?%)/.test(position)) raised.add(style.attributes['style:name'] ?? '')
      }
    }
  }
  return raised
}

/** Elements that hold block content (paragraphs, lists, tables) and nothing of their own. */
const BLOCK_CONTAINERS = new Set(['text:section', 'text:index-body', 'text:table-of-content', 'text:illustration-index', 'text:table-index', 'text:object-index', 'text:user-index', 'text:alphabetical-index', 'text:bibliography', 'text:index-title', 'table:table-header-rows', 'table:table-rows', 'table:table-row-group'])
/** Inline elements whose text is not the paragraph's: marks, fields' settings, deleted text, drawings. */
const INLINE_SKIPPED = new Set(['text:note', 'office:annotation', 'office:annotation-end', 'text:change', 'text:change-start', 'text:change-end', 'text:soft-page-break', 'text:bookmark', 'text:bookmark-start', 'text:bookmark-end', 'text:reference-mark', 'text:reference-mark-start', 'text:reference-mark-end', 'text:toc-mark', 'text:alphabetical-index-mark', 'text:user-index-mark', 'draw:frame', 'draw:a', 'draw:custom-shape', 'text:number'])

interface OpenList {
  identity: string
  style: string
}

class OdtReader {
  readonly apart: ApartBlock[] = []
  private readonly lists: OdtLists
  private readonly fonts: OdtFonts
  private readonly raisedStyles: Set<string>
  private characters = 0

  constructor(lists: OdtLists, fonts: OdtFonts, raisedStyles: Set<string>) {
    this.lists = lists
    this.fonts = fonts
    this.raisedStyles = raisedStyles
  }

  /** The paragraphs of a body, section, cell or note, with their pitch. */
  blocks(container: XmlElement, list: OpenList | null = null, level = 0): FontedParagraph[] {
    return elements(container).flatMap((child) => this.block(child, list, level))
  }

  private block(child: XmlElement, list: OpenList | null, level: number): FontedParagraph[] {
    switch (child.name) {
      case 'text:p':
      case 'text:h':
        return this.paragraph(child, child.name === 'text:h' ? this.lists.headingLabel(child) : '')
      case 'text:list':
        return this.list(child, list, level)
      case 'table:table':
        return this.table(child)
      case 'text:tracked-changes':
        return []
      default:
        return BLOCK_CONTAINERS.has(child.name) ? this.blocks(child, list, level) : []
    }
  }

  /** A list's items: an item's first paragraph takes its number; nested lists are the next level. */
  private list(element: XmlElement, outer: OpenList | null, outerLevel: number): FontedParagraph[] {
    const list = outer ?? { identity: this.lists.openList(element), style: element.attributes['text:style-name'] ?? '' }
    const style = element.attributes['text:style-name'] ?? list.style
    const level = outerLevel + 1
    const paragraphs: FontedParagraph[] = []
    for (const item of elements(element)) {
      if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue
      const children = elements(item)
      // An item that only holds a deeper list is not numbered at this level.
      const numbered = item.name === 'text:list-item' && (children[0]?.name === 'text:p' || children[0]?.name === 'text:h')
      children.forEach((child, index) => {
        if (index === 0 && numbered) appendAll(paragraphs, this.paragraph(child, this.lists.itemLabel(list.identity, style, level, item)))
        else appendAll(paragraphs, this.block(child, { ...list, style }, level))
      })
    }
    return paragraphs
  }

  /** Rows whose cells hold one line each are one line, cells joined by tabs; other cells keep their paragraphs. */
  private table(table: XmlElement): FontedParagraph[] {
    const paragraphs: FontedParagraph[] = []
    for (const row of tableRows(table)) {
      const cells = elements(row, 'table:table-cell').map((cell) => this.blocks(cell).map((paragraph) => paragraph.text))
      if (cells.every((cell) => cell.length <= 1)) paragraphs.push({ text: cells.map((cell) => cell[0] ?? '').join('\t').replace(/\t+$/, ''), fixedPitch: false })
      else for (const cell of cells) appendAll(paragraphs, cell.map((text) => ({ text, fixedPitch: false })))
    }
    return paragraphs
  }

  /** A paragraph with its label; a line break starts a new paragraph, except in fixed-pitch text. */
  private paragraph(element: XmlElement, label: string): FontedParagraph[] {
    const text = markGenerated(label) + this.inline(element)
    if (this.fonts.isFixedPitch(element)) return [{ text: text.split('\n').join(LINE_SEPARATOR), fixedPitch: true }]
    return text.split('\n').map((line) => ({ text: line, fixedPitch: false }))
  }

  /** The text of a paragraph or span: white space collapsed as the format says, `text:s` and `text:tab` kept. */
  private inline(element: XmlElement): string {
    let text = ''
    for (const child of element.children) {
      if (typeof child === 'string') {
        text += this.counted(fileText(child.replace(/[ \t\r\n]+/g, ' ')))
        continue
      }
      switch (child.name) {
        case 'text:s':
          text += this.counted(' '.repeat(Math.min(Math.max(Number(child.attributes['text:c'] ?? 1) || 1, 1), MAX_SPACES)))
          break
        case 'text:tab':
          text += '\t'
          break
        case 'text:line-break':
          text += '\n'
          break
        case 'text:note':
          this.note(child)
          break
        case 'office:annotation':
          this.comment(child)
          break
        case 'text:span':
          // A span in superscript (`Статья 5` and a raised `1`, an inserted article) keeps its digits raised.
          text += this.raisedStyles.has(child.attributes['text:style-name'] ?? '') ? raisedDigits(this.inline(child)) : this.inline(child)
          break
        default:
          if (!INLINE_SKIPPED.has(child.name)) text += this.inline(child)
      }
    }
    return text
  }

  private counted(text: string): string {
    this.characters += text.length
    if (this.characters > MAX_TEXT_CHARACTERS) throw new TooMuchText()
    return text
  }

  private note(note: XmlElement): void {
    const body = childNamed(note, 'text:note-body')
    if (!body) return
    const citation = childNamed(note, 'text:note-citation')
    const text = this.apartText(body)
    const kind = note.attributes['text:note-class'] === 'endnote' ? 'endnote' : 'footnote'
    if (text !== '') this.apart.push({ kind, label: citation ? this.inline(citation).trim() : String(this.apart.length + 1), text })
  }

  private comment(annotation: XmlElement): void {
    const text = this.apartText(annotation)
    if (text !== '') this.apart.push({ kind: 'comment', label: annotation.attributes['office:name'] ?? String(this.apart.length + 1), text })
  }

  apartText(container: XmlElement): string {
    return separateGenerated(paragraphsToText(this.blocks(container).map((paragraph) => paragraph.text.trim()))).text
  }
}

function tableRows(table: XmlElement): XmlElement[] {
  return elements(table).flatMap((child) => (child.name === 'table:table-row' ? [child] : BLOCK_CONTAINERS.has(child.name) ? tableRows(child) : []))
}

/** The headers and footers of the page styles, each text once. */
function pageFurniture(styles: XmlElement | null, reader: OdtReader): ApartBlock[] {
  const masters = childNamed(styles, 'office:master-styles')
  if (!masters) return []
  const blocks: ApartBlock[] = []
  const seen = new Set<string>()
  for (const page of elements(masters, 'style:master-page')) {
    for (const part of elements(page)) {
      const kind = /^style:(header|footer)/.exec(part.name)?.[1] as 'header' | 'footer' | undefined
      if (!kind) continue
      const text = reader.apartText(part)
      if (text === '' || seen.has(`${kind}\n${text}`)) continue
      seen.add(`${kind}\n${text}`)
      blocks.push({ kind, label: page.attributes['style:name'] ?? kind, text })
    }
  }
  return blocks
}
