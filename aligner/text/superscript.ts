// Superscript digits: an article inserted between 5 and 6 is `Статья 5¹` in documents that set its
// number raised (HTML `<sup>`, a Word run in superscript). Read as plain digits the raised 1 would
// make article 51; kept as the superscript characters the reader sees, it reads as `5-1`.

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const SUPERSCRIPT_OF = [...SUPERSCRIPT_DIGITS]
const RAISED_RUN = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'gu')

/** The text with its digits raised: what a superscript run or `<sup>` shows (`1` → `¹`). */
export function raisedDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => SUPERSCRIPT_OF[Number(digit)]!)
}

/** A number with a raised part read as an inserted number: `5¹` → `5-1`, `10²³` → `10-23`. */
export function withInsertedPart(number: string): string {
  return number.replace(RAISED_RUN, (raised) => `-${[...raised].map((digit) => SUPERSCRIPT_OF.indexOf(digit)).join('')}`)
}
