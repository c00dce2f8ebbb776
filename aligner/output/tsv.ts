// Tab-separated pairs for spreadsheet review: one row per pair, tabs and line breaks in the text
// shown as spaces and ¶ so that every pair stays on one row.
import type { AlignedPair } from '../pipeline.ts'

const HEADER = ['id', 'level', 'kind', 'confidence', 'kk_labels', 'ru_labels', 'kk', 'ru']

export function writeTsv(pairs: AlignedPair[]): string {
  const rows = pairs.map((p) => [p.id, p.level, p.kind, p.confidence.toFixed(3), p.kk.labels.join(' | '), p.ru.labels.join(' | '), cell(p.kk.text), cell(p.ru.text)])
  return [HEADER, ...rows].map((row) => row.join('\t')).join('\n') + '\n'
}

function cell(text: string): string {
  return text.replace(/\t/g, ' ').replace(/\r?\n/g, ' ¶ ')
}
