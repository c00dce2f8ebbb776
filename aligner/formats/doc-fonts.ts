// Which characters of a Word 97–2003 document are set in a fixed-pitch font (a letterhead or a
// signature laid out in columns): the font of a character comes from its own properties (the bin
// table of character properties), else from its character style, else from its paragraph's style
// and the styles it is based on, else from the document's default; the font table says which
// fonts are fixed-pitch, by their pitch or their family.
import { lastIndexAtMost } from '../sorted.ts'
import { isFixedPitchFamily } from './preformatted.ts'
import { grpprlValue } from './doc-sprms.ts'

const SPRM_FONT = 0x4a4f // sprmCRgFtc0: the font of ASCII text
const SPRM_FONT_EAST = 0x4a50 // sprmCRgFtc1
const SPRM_FONT_OTHER = 0x4a51 // sprmCRgFtc2: the font of other scripts (Cyrillic among them)
const SPRM_CHARACTER_STYLE = 0x4a30 // sprmCIstd
const NO_STYLE = 0x0fff

interface Style {
  base: number
  font: number | null
}

export class DocFonts {
  private readonly fixed = new Set<number>()
  private readonly styles: Style[] = []
  private readonly defaultFont: number
  private readonly word: Uint8Array
  private readonly limits: number[]
  private readonly pages: number[]

  constructor(word: Uint8Array, table: Uint8Array, fonts: { fc: number; lcb: number }, styles: { fc: number; lcb: number }, characterRuns: { fc: number; lcb: number }) {
    this.word = word
    const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
    if (fonts.lcb > 4 && fonts.fc + fonts.lcb <= table.length) this.readFonts(table, view, fonts.fc, fonts.fc + fonts.lcb)
    this.defaultFont = styles.lcb > 16 && styles.fc + styles.lcb <= table.length ? this.readStyles(table, view, styles.fc, styles.fc + styles.lcb) : 0
    const count = (characterRuns.lcb - 4) / 8
    const valid = Number.isInteger(count) && count >= 1 && characterRuns.fc + characterRuns.lcb <= table.length
    this.limits = valid ? Array.from({ length: count + 1 }, (_, k) => view.getUint32(characterRuns.fc + 4 * k, true)) : []
    this.pages = valid ? Array.from({ length: count }, (_, k) => view.getUint32(characterRuns.fc + 4 * (count + 1) + 4 * k, true) & 0x3fffff) : []
  }

  /** Is the character at byte offset `fc`, in a paragraph of style `paragraphStyle`, set in a fixed-pitch font? */
  isFixedPitch(fc: number, paragraphStyle: number): boolean {
    if (this.fixed.size === 0) return false
    const own = this.characterProperties(fc)
    const font = own.font ?? (own.style !== null ? this.styleFont(own.style) : null) ?? this.styleFont(paragraphStyle) ?? this.defaultFont
    return this.fixed.has(font)
  }

  /** The font and character style a character's own properties set, if any. */
  private characterProperties(fc: number): { font: number | null; style: number | null } {
    const none = { font: null, style: null }
    if (this.limits.length === 0 || fc < this.limits[0]!) return none
    const index = lastIndexAtMost(this.limits, fc)
    if (index >= this.pages.length) return none
    const page = this.pages[index]! * 512
    if (page + 512 > this.word.length) return none
    const view = new DataView(this.word.buffer, this.word.byteOffset + page, 512)
    const runs = this.word[page + 511]!
    const bounds = Array.from({ length: runs + 1 }, (_, k) => view.getUint32(4 * k, true))
    if (fc < bounds[0]! || fc >= bounds[runs]!) return none
    const run = lastIndexAtMost(bounds, fc)
    const offset = this.word[page + 4 * (runs + 1) + run]! * 2
    if (offset === 0) return none
    const size = this.word[page + offset]!
    const grpprl = this.word.subarray(page + offset + 1, Math.min(page + offset + 1 + size, page + 511))
    return { font: fontOf(grpprl), style: grpprlValue(grpprl, SPRM_CHARACTER_STYLE) }
  }

  private styleFont(istd: number): number | null {
    const seen = new Set<number>()
    for (let current = istd; current !== NO_STYLE && !seen.has(current); ) {
      seen.add(current)
      const style = this.styles[current]
      if (!style) return null
      if (style.font !== null) return style.font
      current = style.base
    }
    return null
  }

  /** SttbfFfn: each font's pitch (prq) and name. */
  private readFonts(table: Uint8Array, view: DataView, from: number, to: number): void {
    let count = view.getUint16(from, true)
    let at = from + 4
    if (count === 0xffff) {
      count = view.getUint16(from + 2, true)
      at = from + 6
    }
    // Each FFN: its size less one, the pitch and family byte, 38 bytes of metrics, then the name.
    for (let index = 0; index < count && at < to; index++) {
      const size = table[at]! + 1
      let name = ''
      for (let k = at + 40; k + 1 < Math.min(at + size, to); k += 2) {
        const code = view.getUint16(k, true)
        if (code === 0) break
        name += String.fromCharCode(code)
      }
      if ((table[at + 1]! & 0x03) === 1 || isFixedPitchFamily(name)) this.fixed.add(index)
      at += size
    }
  }

  /** The style sheet (STSH): each style's base and font; returns the document's default font. */
  private readStyles(table: Uint8Array, view: DataView, from: number, to: number): number {
    const headerSize = view.getUint16(from, true)
    const count = view.getUint16(from + 2, true)
    const baseSize = view.getUint16(from + 4, true)
    const defaultFont = view.getUint16(from + 2 + 12, true)
    let at = from + 2 + headerSize
    for (let istd = 0; istd < count && at + 2 <= to; istd++) {
      const size = view.getUint16(at, true)
      const std = at + 2
      at = std + size
      if (size === 0 || std + baseSize > to) {
        this.styles.push({ base: NO_STYLE, font: null })
        continue
      }
      const kind = table[std + 2]! & 0x0f
      const base = view.getUint16(std + 2, true) >> 4
      const upxCount = table[std + 4]! & 0x0f
      // The name (a length, the letters, a null), then the property exceptions, each at an even offset.
      let upx = std + baseSize + 2 + 2 * view.getUint16(std + baseSize, true) + 2
      let font: number | null = null
      for (let k = 0; k < upxCount && upx + 2 <= at; k++) {
        if ((upx - std) % 2 === 1) upx++
        const length = view.getUint16(upx, true)
        const data = table.subarray(upx + 2, Math.min(upx + 2 + length, at))
        // A paragraph style's first exception holds paragraph properties (after its style index); the character ones come next.
        const isCharacterUpx = (kind === 1 && k === 1) || (kind === 2 && k === 0)
        if (isCharacterUpx) font = fontOf(data)
        upx += 2 + length
      }
      this.styles.push({ base, font })
    }
    return defaultFont
  }
}

/** The font a list of character property modifiers sets: the one for Cyrillic and other scripts, else the ASCII one. */
function fontOf(grpprl: Uint8Array): number | null {
  return grpprlValue(grpprl, SPRM_FONT_OTHER) ?? grpprlValue(grpprl, SPRM_FONT) ?? grpprlValue(grpprl, SPRM_FONT_EAST)
}
