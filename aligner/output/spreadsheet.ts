// Keeps TSV cells from running as formulas when a spreadsheet opens the file: a cell that starts
// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (OWASP's advice
// against CSV injection); spreadsheets show the text and keep the apostrophe out of the value.

const FORMULA_START = /^[=+\-@\t\r]/

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}
