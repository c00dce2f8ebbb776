// Which characters of a Word 97–2003 document are set in a fixed-pitch font (a letterhead or a
// signature laid out in columns): the font of a character comes from its own properties (the bin
// table of character properties), else from its character style, else from its paragraph's style
// and the styles it is based on, else from the document's default; the font table says which
// fonts are fixed-pitch, by their pitch or their family.
import { isFixedPitchFamily } from './preformatted.ts'
import { grpprlValue, symbolSetting } from './doc-sprms.ts'
import { insertedSymbol } from './symbol-font.ts'
import { fkpProperties, pageEnd } from './doc-fkp.ts'
import { fontOf, inherited, type StyleSheet } from './doc-styles.ts'

/** sprmCIss: the character's position, 1 superscript, 2 subscript. */
const SPRM_SUPERSCRIPT_OR_SUBSCRIPT = 0x2a48
const SUPERSCRIPT = 1
/** sprmCHpsPos: how far the character is raised, in half-points (negative: lowered). */
const SPRM_RAISED_BY = 0x4845
const SPRM_CHARACTER_STYLE = 0x4a30 // sprmCIstd

export class DocFonts {
  private readonly fixed = new Set<number>()
  /** Font names by their index in the font table. */
  private readonly names: string[] = []
  private readonly sheet: StyleSheet
  private readonly word: Uint8Array
  private readonly propertiesAt: (fc: number) => number

  constructor(word: Uint8Array, table: Uint8Array, fonts: { fc: number; lcb: number }, sheet: StyleSheet, characterRuns: { fc: number; lcb: number }) {
    this.word = word
    this.sheet = sheet
    const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
    if (fonts.lcb > 4 && fonts.fc + fonts.lcb <= table.length) this.readFonts(table, view, fonts.fc, fonts.fc + fonts.lcb)
    this.propertiesAt = fkpProperties(word, table, characterRuns, 1)
  }

  /** Is the character at byte offset `fc`, in a paragraph of style `paragraphStyle`, set in a fixed-pitch font? */
  isFixedPitch(fc: number, paragraphStyle: number): boolean {
    if (this.fixed.size === 0) return false
    const own = this.characterProperties(fc)
    const styleFont = (istd: number) => inherited(this.sheet.styles, istd, (style) => style.font)
    const font = own.font ?? (own.style !== null ? styleFont(own.style) : null) ?? styleFont(paragraphStyle) ?? this.sheet.defaultFont
    return this.fixed.has(font)
  }

  /**
   * The text of the character at byte offset `fc` when Word inserted it from a font (its text then
   * holds a stand-in, `(`), or null when it is an ordinary character.
   */
  symbolAt(fc: number): string | null {
    const grpprl = this.ownProperties(fc)
    const symbol = grpprl && symbolSetting(grpprl)
    return symbol ? insertedSymbol(this.names[symbol.font] ?? '', symbol.code) : null
  }

  /**
   * Is the character at byte offset `fc` raised: its own properties set superscript (sprmCIss, as
   * Word writes it) or raise it above the line (sprmCHpsPos, as LibreOffice writes a superscript)?
   */
  isRaised(fc: number): boolean {
    const grpprl = this.ownProperties(fc)
    if (grpprl === null) return false
    const position = grpprlValue(grpprl, SPRM_RAISED_BY)
    return grpprlValue(grpprl, SPRM_SUPERSCRIPT_OR_SUBSCRIPT) === SUPERSCRIPT || (position !== null && position > 0 && position < 0x8000)
  }

  /** The font and character style a character's own properties set, if any. */
  private characterProperties(fc: number): { font: number | null; style: number | null } {
    const grpprl = this.ownProperties(fc)
    if (!grpprl) return { font: null, style: null }
    return { font: fontOf(grpprl), style: grpprlValue(grpprl, SPRM_CHARACTER_STYLE) }
  }

  /** The character property modifiers of the run holding byte offset `fc`, or null. */
  private ownProperties(fc: number): Uint8Array | null {
    const at = this.propertiesAt(fc)
    return at < 0 ? null : this.word.subarray(at + 1, Math.min(at + 1 + this.word[at]!, pageEnd(at)))
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
      this.names[index] = name
      if ((table[at + 1]! & 0x03) === 1 || isFixedPitchFamily(name)) this.fixed.add(index)
      at += size
    }
  }
}
