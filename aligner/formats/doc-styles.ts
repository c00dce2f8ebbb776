// The style sheet (STSH) of a Word 97–2003 document: for each style, the style it is based on, the
// font its character properties set, and the list its paragraph properties put it in (Word numbers
// headings and points through their styles as often as directly).
import { grpprlValue, listSetting } from './doc-sprms.ts'

const SPRM_FONT = 0x4a4f // sprmCRgFtc0: the font of ASCII text
const SPRM_FONT_EAST = 0x4a50 // sprmCRgFtc1
const SPRM_FONT_OTHER = 0x4a51 // sprmCRgFtc2: the font of other scripts (Cyrillic among them)
export const NO_STYLE = 0x0fff

export interface Style {
  base: number
  font: number | null
  /** The list (1-based list format override) and level the style numbers its paragraphs in. */
  list: { ilfo: number; ilvl: number } | null
}

export interface StyleSheet {
  styles: Style[]
  /** The font of text no style sets one for. */
  defaultFont: number
}

export function readStyleSheet(table: Uint8Array, { fc, lcb }: { fc: number; lcb: number }): StyleSheet {
  if (lcb <= 16 || fc + lcb > table.length) return { styles: [], defaultFont: 0 }
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const to = fc + lcb
  const headerSize = view.getUint16(fc, true)
  const count = view.getUint16(fc + 2, true)
  const baseSize = view.getUint16(fc + 4, true)
  const defaultFont = view.getUint16(fc + 2 + 12, true)
  const styles: Style[] = []
  let at = fc + 2 + headerSize
  for (let istd = 0; istd < count && at + 2 <= to; istd++) {
    const size = view.getUint16(at, true)
    const std = at + 2
    at = std + size
    if (size === 0 || std + baseSize + 2 > to) {
      styles.push({ base: NO_STYLE, font: null, list: null })
      continue
    }
    const kind = table[std + 2]! & 0x0f
    const base = view.getUint16(std + 2, true) >> 4
    const upxCount = table[std + 4]! & 0x0f
    // The name (a length, the letters, a null), then the property exceptions, each at an even offset.
    let upx = std + baseSize + 2 + 2 * view.getUint16(std + baseSize, true) + 2
    let font: number | null = null
    let list: Style['list'] = null
    for (let k = 0; k < upxCount && upx + 2 <= at; k++) {
      if ((upx - std) % 2 === 1) upx++
      const length = view.getUint16(upx, true)
      const data = table.subarray(upx + 2, Math.min(upx + 2 + length, at))
      // A paragraph style's first exception holds paragraph properties (after a style index); its second, character ones.
      if (kind === 1 && k === 0) {
        const setting = listSetting(data.subarray(2))
        if (setting.ilfo !== null) list = { ilfo: setting.ilfo, ilvl: setting.ilvl }
      }
      if ((kind === 1 && k === 1) || (kind === 2 && k === 0)) font = fontOf(data)
      upx += 2 + length
    }
    styles.push({ base, font, list })
  }
  return { styles, defaultFont }
}

/** What a style sets, or the nearest style it is based on that sets it. */
export function inherited<T>(styles: Style[], istd: number, pick: (style: Style) => T | null): T | null {
  const seen = new Set<number>()
  for (let current = istd; current !== NO_STYLE && !seen.has(current); ) {
    seen.add(current)
    const style = styles[current]
    if (!style) return null
    const value = pick(style)
    if (value !== null) return value
    current = style.base
  }
  return null
}

/** The font a list of character property modifiers sets: the one for Cyrillic and other scripts, else the ASCII one. */
export function fontOf(grpprl: Uint8Array): number | null {
  return grpprlValue(grpprl, SPRM_FONT_OTHER) ?? grpprlValue(grpprl, SPRM_FONT) ?? grpprlValue(grpprl, SPRM_FONT_EAST)
}
