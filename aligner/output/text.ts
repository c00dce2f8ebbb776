// A readable side-by-side summary of an alignment for the terminal: what was read, what was
// repaired, and each pair with its confidence, the Kazakh text on the left, the Russian on the right.
import type { AlignedPair, AlignmentResult, SideSummary } from '../pipeline.ts'
import { printable } from './terminal.ts'
import { appendAll } from '../append.ts'

/** Width of each text column, in characters. */
const COLUMN = 48

export function writeText(result: AlignmentResult, level: 'article' | 'sentence' | 'both'): string {
  const lines: string[] = []
  lines.push(describeSide('Kazakh', result.kk), describeSide('Russian', result.ru), '')
  const articles = result.pairs.filter((p) => p.level === 'article')
  const sentences = result.pairs.filter((p) => p.level === 'sentence')
  const shown = level === 'sentence' ? sentences : level === 'article' ? articles : result.pairs
  for (const pair of shown) appendAll(lines, formatPair(pair))
  lines.push('')
  const low = shown.filter((p) => p.confidence < 0.5).length
  lines.push(`${articles.length} article-level pairs, ${sentences.length} sentence pairs; ${low} of ${shown.length} shown have confidence below 0.5.`)
  for (const diagnostic of result.diagnostics.filter((d) => d.severity !== 'info')) lines.push(`${diagnostic.severity}: ${diagnostic.message}`)
  const notes = result.diagnostics.filter((d) => d.severity === 'info').length
  if (notes > 0) lines.push(`${notes} notes (low-confidence pairs, proposed repairs…): see --format json.`)
  return printable(lines.join('\n') + '\n')
}

function describeSide(language: string, side: SideSummary): string {
  const articles = side.units.filter((u) => u.kind === 'article').length
  const counts = new Map<string, number>()
  for (const repair of side.repairs) counts.set(repair.kind, (counts.get(repair.kind) ?? 0) + 1)
  const repairs = [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none'
  const apart = side.apart.length > 0 ? `; kept apart: ${countsByKind(side.apart)}` : ''
  return `${language}: ${side.file} — ${side.encoding}, ${side.format}, ${side.units.length} units (${articles} articles); repairs: ${repairs}; ${side.proposals.length} proposed${apart}`
}

function formatPair(pair: AlignedPair): string[] {
  const head = `${pair.id.padEnd(6)} ${pair.kind.padEnd(4)} ${pair.confidence.toFixed(2)}`
  const left = wrap(pair.kk.text)
  const right = wrap(pair.ru.text)
  const rows = Math.min(3, Math.max(left.length, right.length))
  const lines: string[] = []
  for (let k = 0; k < rows; k++) {
    const prefix = k === 0 ? head : ' '.repeat(head.length)
    lines.push(`${prefix} │ ${(left[k] ?? '').padEnd(COLUMN)} │ ${right[k] ?? ''}`)
  }
  return lines
}

function wrap(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return ['—']
  const lines: string[] = []
  for (let at = 0; at < flat.length && lines.length < 3; at += COLUMN) lines.push(flat.slice(at, at + COLUMN))
  if (flat.length > 3 * COLUMN) lines[2] = lines[2]!.slice(0, COLUMN - 1) + '…'
  return lines
}

/** `2 header, 1 footnote`: how many blocks of each kind a file had apart from its body. */
function countsByKind(blocks: SideSummary['apart']): string {
  const counts = new Map<string, number>()
  for (const block of blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')
}
