// Property modifiers (sprms) of Word 97–2003 files: each a two-byte code whose top three bits give
// the size of its operand. Lists of them (grpprls) hold paragraph, character and style properties.

/** The value of the last modifier `sprm` in a list (a one- or two-byte operand), or null. */
export function grpprlValue(grpprl: Uint8Array, sprm: number): number | null {
  const found = lastOperand(grpprl, sprm)
  if (!found) return null
  return found.size === 1 ? grpprl[found.at]! : new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength).getUint16(found.at, true)
}

const SPRM_SYMBOL = 0x6a09

/** The font (an index into the font table) and character code a character's sprmCSymbol sets: "Insert → Symbol". */
export function symbolSetting(grpprl: Uint8Array): { font: number; code: number } | null {
  const found = lastOperand(grpprl, SPRM_SYMBOL)
  if (!found || found.size < 4) return null
  const view = new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength)
  return { font: view.getUint16(found.at, true), code: view.getUint16(found.at + 2, true) }
}

/** Where the operand of the last modifier `sprm` in a list starts, and its size; null when there is none. */
function lastOperand(grpprl: Uint8Array, sprm: number): { at: number; size: number } | null {
  const view = new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength)
  let found: { at: number; size: number } | null = null
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const code = view.getUint16(at, true)
    const operand = at + 2
    const size = operandSize(code, grpprl, view, operand)
    if (size < 0 || operand + size > grpprl.length) break
    if (code === sprm) found = { at: operand, size }
    at = operand + size
  }
  return found
}

const SPRM_ILFO = 0x460b
const SPRM_ILVL = 0x260a

/**
 * The list (1-based list format override; 0 turns a style's list off; null when not set) and level
 * that paragraph property modifiers set. Negative overrides (Word 6 compatibility) count as none.
 */
export function listSetting(grpprl: Uint8Array): { ilfo: number | null; ilvl: number } {
  const ilfo = grpprlValue(grpprl, SPRM_ILFO)
  return { ilfo: ilfo === null ? null : ilfo > 0x7fff ? 0 : ilfo, ilvl: grpprlValue(grpprl, SPRM_ILVL) ?? 0 }
}

/** The size of a modifier's operand, by the size code in its top three bits (-1 when it cannot be read). */
export function operandSize(sprm: number, bytes: Uint8Array, view: DataView, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default:
      // Variable: a length byte, or for a table's cell layout a two-byte length.
      if (sprm === 0xd608 || sprm === 0xd606) return at + 2 <= bytes.length ? view.getUint16(at, true) + 1 : -1
      return at < bytes.length ? bytes[at]! + 1 : -1
  }
}
