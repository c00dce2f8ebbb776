// Running headers and footers, told the same way in a PDF's pages and in a text's pages (the form
// feeds of text copied out of a PDF): a page number, or a line that recurs, numbers aside, in the
// margins of at least half the pages.

/** A line as it recurs from page to page: its numbers (page, date) and its spacing aside. */
export function furnitureShape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

/** `7`, `- 7 -`, `7/10`, `7 из 10`, `стр. 7`, `page 7`. */
export function isPageNumber(text: string): boolean {
  return /^[-–—\s]*\d{1,4}[-–—\s]*$|^\d{1,4}\s*(?:\/|из|of|ішінен)\s*\d{1,4}$|^(?:стр\.|страница|бет|page)\s*\d{1,4}$/iu.test(text.trim())
}

/** On how many of `pages` pages a line must recur to be furniture: half of them, and two at least (a phrase that happens to open two pages is body text). */
export function furnitureRepeats(pages: number): number {
  return Math.max(2, Math.floor(pages / 2))
}
