// Roman numerals, as article headings and list labels write them (1 → I, 4 → IV, 1999 → MCMXCIX).

const ROMAN_DIGITS: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** 1–3999 in roman numerals; other numbers as digits. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value)
  let rest = value
  let out = ''
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits
      rest -= amount
    }
  }
  return out
}
