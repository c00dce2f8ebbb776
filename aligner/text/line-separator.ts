// U+2028 LINE SEPARATOR: a line break inside a paragraph, between the lines of a preformatted block
// (a letterhead or signature laid out in columns). The aligner reads it as white space, so the
// block is one paragraph; the review screen shows it as a line break; the TMX export cuts a pair
// there (aligner/tmx/document-text.ts), since a CAT tool makes a segment of each such line.
export const LINE_SEPARATOR = '\u2028'
