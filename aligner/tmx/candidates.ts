// The pairs of a fresh alignment (egiz align) as export candidates, with the text of each side
// paragraph by paragraph as the document has it (document-text.ts).
import type { AlignedPair, AlignmentResult, PairSide, PreparedDocument } from '../pipeline.ts'
import { documentEdits, documentParagraphs, type DocumentEdit } from './document-text.ts'
import type { ExportCandidate, ExportSide } from './export.ts'

export function* alignmentCandidates(result: AlignmentResult, kk: PreparedDocument, ru: PreparedDocument, now: Date): Generator<ExportCandidate> {
  const articleLabels = new Map<string, string>()
  for (const pair of result.pairs) {
    if (pair.level === 'article') articleLabels.set(pair.id, labelsOf(pair))
    yield {
      id: pair.id,
      level: pair.level,
      kk: sideOf(pair.kk, kk),
      ru: sideOf(pair.ru, ru),
      status: 'auto',
      confidence: pair.confidence,
      document: `${documentName(kk.name)} / ${documentName(ru.name)}`,
      article: pair.level === 'article' ? labelsOf(pair) : articleLabels.get(pair.parent ?? '') ?? '',
      createdAt: now,
      changedAt: null,
    }
  }
}

function labelsOf(pair: AlignedPair): string {
  return [...new Set([...pair.kk.labels, ...pair.ru.labels])].join(' / ')
}

function sideOf(side: PairSide, document: PreparedDocument): ExportSide {
  if (side.start < 0) return { clean: '', original: [] }
  return { clean: side.text, original: documentParagraphs(document.normalized.text, side.start, side.end, editsOf(document)) }
}

const edits = new WeakMap<PreparedDocument, DocumentEdit[]>()

function editsOf(document: PreparedDocument): DocumentEdit[] {
  let found = edits.get(document)
  if (!found) edits.set(document, (found = documentEdits(document.normalized, document.generated)))
  return found
}

/**
 * How a TM names a document: a name inside an imported folder (`a/kk.txt`) as it is, so two `kk.txt`
 * can be told apart; of an absolute path only the file name, so the TM does not carry the
 * translator's folders.
 */
export function documentName(path: string): string {
  const absolute = /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path)
  return absolute ? (path.split(/[\\/]/).pop() ?? path) : path.replace(/\\/g, '/')
}
