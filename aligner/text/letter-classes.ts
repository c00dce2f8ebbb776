// Letter, digit and mark classes for the regular expressions that run on every command (reading,
// cleaning, parsing, aligning), written as ranges of the blocks these texts are written in instead
// of \p{L}, \p{N}, \p{M}.
//
// Why: V8 compiles a \p{L} class (some 660 ranges) into every regular expression that names it, at
// 0.3–0.7 ms each, and about forty of them run on every `egiz align`: a tenth of its start-up.
// Within the blocks below the classes equal \p{L}, \p{N} and \p{M} code point for code point
// (test/aligner/letter-classes.test.ts checks it); letters of other scripts (Arabic, Chinese, …),
// which the Kazakh and Russian texts and the Latin names in them do not use, are not counted.
//
// The blocks: Basic Latin to Cyrillic Supplement (U+0000–U+052F: Latin, its extensions, Greek,
// Cyrillic with the Kazakh letters), Latin Extended Additional (U+1E00–U+1EFF), superscripts and
// subscripts (U+2070–U+209F) and number forms (U+2150–U+218F: fractions, Roman numerals).
// \p{Lu} and \p{Ll} stay as they are: limited to these blocks they are as long as the full ones.

/** The blocks the classes cover, as [first, last] code points (for the test). */
export const COVERED_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x052f],
  [0x1e00, 0x1eff],
  [0x2070, 0x209f],
  [0x2150, 0x218f],
]

/** \p{L} within the covered blocks: the ranges, to be put inside brackets. */
export const LETTER_RANGES =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5' +
  '\\u03F7-\\u0481\\u048A-\\u052F\\u1E00-\\u1EFF\\u2071\\u207F\\u2090-\\u209C\\u2183\\u2184'

/** \p{N} within the covered blocks: digits, superscript digits, fractions, Roman numerals. */
export const NUMBER_RANGES = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182\\u2185-\\u2189'

/** \p{M} within the covered blocks: combining accents and Cyrillic combining signs. */
export const MARK_RANGES = '\\u0300-\\u036F\\u0483-\\u0489'

/** One letter: `[\p{L}]`. */
export const LETTER = `[${LETTER_RANGES}]`
/** One letter or digit, what a word is made of: `[\p{L}\p{N}]`. */
export const WORD_CHAR = `[${LETTER_RANGES}${NUMBER_RANGES}]`
/** One letter or combining mark: `[\p{L}\p{M}]`. */
export const LETTER_OR_MARK = `[${LETTER_RANGES}${MARK_RANGES}]`
