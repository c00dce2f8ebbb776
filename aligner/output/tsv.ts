// Tab-separated pairs for spreadsheet review: one row per pair, tabs and line breaks in the text
// shown as spaces and ¶ so that every pair stays on one row; cells that a spreadsheet would run as
// a formula are neutralised unless raw cells are asked for.
import type { AlignedPair } from '../pipeline.ts'
import { spreadsheetSafe } from './spreadsheet.ts'

const HEADER = ['id', 'level', 'kind', 'confidence', 'kk_labels', 'ru_labels', 'kk', 'ru']

export function writeTsv(pairs: AlignedPair[], options: { rawCells?: boolean } = {}): string {
  const cell = (text: string) => {
    const flat = text.replace(/\t/g, ' ').replace(/\r?\n/g, ' ¶ ')
    return options.rawCells ? flat : spreadsheetSafe(flat)
  }
  const rows = pairs.map((p) => [p.id, p.level, p.kind, p.confidence.toFixed(3), cell(p.kk.labels.join(' | ')), cell(p.ru.labels.join(' | ')), cell(p.kk.text), cell(p.ru.text)])
  return [HEADER, ...rows].map((row) => row.join('\t')).join('\n') + '\n'
}
