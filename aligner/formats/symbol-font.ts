// The text of a character Word inserted from a font ("Insert → Symbol": `<w:sym>` in a .docx,
// sprmCSymbol in a .doc). From a symbol font the code is a glyph of that font, often in the
// private-use area (0xF0xx): the Symbol font's glyphs have Unicode characters of their own (µ, ±,
// ≤, •), so `15 µg` stays `15 µg`; other symbol fonts (Wingdings' check boxes) have none and give nothing.

/** The Symbol font's glyphs 0x20–0xFE in Unicode (the Adobe Symbol encoding); none where a glyph is a piece of a larger sign. */
const SYMBOL_GLYPHS: Record<number, string> = {
  0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2a: '∗', 0x2d: '−', 0x40: '≅',
  0x41: 'Α', 0x42: 'Β', 0x43: 'Χ', 0x44: 'Δ', 0x45: 'Ε', 0x46: 'Φ', 0x47: 'Γ', 0x48: 'Η', 0x49: 'Ι', 0x4a: 'ϑ', 0x4b: 'Κ', 0x4c: 'Λ',
  0x4d: 'Μ', 0x4e: 'Ν', 0x4f: 'Ο', 0x50: 'Π', 0x51: 'Θ', 0x52: 'Ρ', 0x53: 'Σ', 0x54: 'Τ', 0x55: 'Υ', 0x56: 'ς', 0x57: 'Ω', 0x58: 'Ξ',
  0x59: 'Ψ', 0x5a: 'Ζ', 0x5c: '∴', 0x5e: '⊥', 0x60: '‾',
  0x61: 'α', 0x62: 'β', 0x63: 'χ', 0x64: 'δ', 0x65: 'ε', 0x66: 'φ', 0x67: 'γ', 0x68: 'η', 0x69: 'ι', 0x6a: 'ϕ', 0x6b: 'κ', 0x6c: 'λ',
  0x6d: 'μ', 0x6e: 'ν', 0x6f: 'ο', 0x70: 'π', 0x71: 'θ', 0x72: 'ρ', 0x73: 'σ', 0x74: 'τ', 0x75: 'υ', 0x76: 'ϖ', 0x77: 'ω', 0x78: 'ξ',
  0x79: 'ψ', 0x7a: 'ζ', 0x7e: '∼',
  0xa0: '€', 0xa1: 'ϒ', 0xa2: '′', 0xa3: '≤', 0xa4: '⁄', 0xa5: '∞', 0xa6: 'ƒ', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥', 0xaa: '♠', 0xab: '↔',
  0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓', 0xb0: '°', 0xb1: '±', 0xb2: '″', 0xb3: '≥', 0xb4: '×', 0xb5: '∝', 0xb6: '∂', 0xb7: '•',
  0xb8: '÷', 0xb9: '≠', 0xba: '≡', 0xbb: '≈', 0xbc: '…', 0xbf: '↵', 0xc0: 'ℵ', 0xc1: 'ℑ', 0xc2: 'ℜ', 0xc3: '℘', 0xc4: '⊗', 0xc5: '⊕',
  0xc6: '∅', 0xc7: '∩', 0xc8: '∪', 0xc9: '⊃', 0xca: '⊇', 0xcb: '⊄', 0xcc: '⊂', 0xcd: '⊆', 0xce: '∈', 0xcf: '∉', 0xd0: '∠', 0xd1: '∇',
  0xd2: '®', 0xd3: '©', 0xd4: '™', 0xd5: '∏', 0xd6: '√', 0xd7: '⋅', 0xd8: '¬', 0xd9: '∧', 0xda: '∨', 0xdb: '⇔', 0xdc: '⇐', 0xdd: '⇑',
  0xde: '⇒', 0xdf: '⇓', 0xe0: '◊', 0xe1: '〈', 0xe2: '®', 0xe3: '©', 0xe4: '™', 0xe5: '∑', 0xf1: '〉', 0xf2: '∫',
}

/** The glyphs of a symbol font are addressed in the private-use area from here (`F06D` is the Symbol font's 0x6D). */
const SYMBOL_FONT_AREA = 0xf000

function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff
}

/** Fonts of pictures (boxes, ticks, arrows) whose codes are no letters, whatever their number. */
const DINGBAT_FONT = /^(?:wingdings(?: [23])?|webdings|marlett|monotype sorts|zapf ?dingbats|ms outlook)$/

/** What a character inserted from `font` with code `code` reads as in the text. */
export function insertedSymbol(font: string, code: number): string {
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return ''
  const name = font.trim().toLowerCase()
  if (DINGBAT_FONT.test(name)) return ''
  const glyph = code >= SYMBOL_FONT_AREA && code <= SYMBOL_FONT_AREA + 0xff ? code - SYMBOL_FONT_AREA : code
  if (name === 'symbol') {
    if (glyph <= 0x7e && glyph >= 0x20 && SYMBOL_GLYPHS[glyph] === undefined) return String.fromCharCode(glyph)
    return SYMBOL_GLYPHS[glyph] ?? ''
  }
  return isPrivateUse(code) ? '' : String.fromCodePoint(code)
}
