// The check report as one self-contained HTML page (no scripts, no outside files): a summary by
// kind, then every finding with both sides and the exact spans highlighted; prints to PDF. Written
// finding by finding: a long document with many findings never becomes one string.
import type { AlignmentResult } from '../pipeline.ts'
import { FINDING_KINDS, type Finding, type Span } from './findings.ts'

const KIND_TITLES: Record<string, string> = {
  structure: 'Structure', 'empty-side': 'Text on one side only', number: 'Numbers', date: 'Dates', reference: 'References',
  code: 'Codes and abbreviations', language: 'Language', length: 'Length (possible omission)', punctuation: 'Closing punctuation',
  brackets: 'Quotes and brackets', 'mixed-script': 'Mixed Latin and Cyrillic',
}

/** The page in pieces, in order. */
export function* checkReportChunks(result: AlignmentResult, findings: Finding[], texts: { kk: string; ru: string }, generated: Date): Generator<string> {
  const counts = FINDING_KINDS.map((kind) => [kind, findings.filter((f) => f.kind === kind)] as const).filter(([, list]) => list.length > 0)
  const rows = counts
    .map(([kind, list]) => `<tr><td>${KIND_TITLES[kind]}</td><td>${list.filter((f) => f.severity === 'error').length}</td><td>${list.filter((f) => f.severity === 'warning').length}</td><td>${list.filter((f) => f.severity === 'info').length}</td></tr>`)
    .join('\n')
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Egiz check: ${escapeHtml(result.kk.file)} / ${escapeHtml(result.ru.file)}</title>
<style>
  body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #1d2330; }
  h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccd; }
  table.summary { border-collapse: collapse; } table.summary td, table.summary th { border: 1px solid #ccd; padding: .3em .8em; text-align: left; }
  .finding { border: 1px solid #dde; border-left: 5px solid #999; margin: .8em 0; padding: .5em .8em; page-break-inside: avoid; }
  .finding.error { border-left-color: #c0392b; } .finding.warning { border-left-color: #d68910; } .finding.info { border-left-color: #7f8c8d; }
  .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin-top: .4em; }
  .side { background: #f7f8fb; padding: .4em .6em; white-space: pre-wrap; }
  .side .lang { font-size: .8em; color: #667; display: block; }
  mark { background: #ffe08a; padding: 0 .1em; }
  .meta { color: #556; font-size: .9em; }
  @media print { body { margin: 1cm; } }
</style>
</head>
<body>
<h1>Consistency check</h1>
<p class="meta">Kazakh: ${escapeHtml(result.kk.file)} · Russian: ${escapeHtml(result.ru.file)} · ${findings.length} findings · made by Egiz on ${generated.toISOString().slice(0, 16).replace('T', ' ')} UTC</p>
<table class="summary"><tr><th>Kind</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr>
${rows || '<tr><td colspan="4">No findings: the two versions agree on everything checked.</td></tr>'}
</table>
`
  const pairs = new Map(result.pairs.map((pair) => [pair.id, pair]))
  for (const [kind, list] of counts) {
    yield `<h2 id="${kind}">${KIND_TITLES[kind]} (${list.length})</h2>\n`
    for (const finding of list) yield `${findingHtml(finding, finding.pair ? pairs.get(finding.pair) : undefined, texts)}\n`
  }
  yield '</body>\n</html>\n'
}

/**
 * Most of the text shown for one side of a finding: its pair's text when shorter, else what is
 * around the finding's span, cut at this length (a pair can be one article of thousands of points,
 * a span a whole list of references).
 */
const MAX_CONTEXT = 2000

function findingHtml(finding: Finding, pair: AlignmentResult['pairs'][number] | undefined, texts: { kk: string; ru: string }): string {
  const side = (which: 'kk' | 'ru', span: Span | null) => {
    const language = `<span class="lang">${which === 'kk' ? 'Kazakh' : 'Russian'}</span>`
    const whole = pair && pair[which].start >= 0 ? { start: pair[which].start, end: pair[which].end } : null
    const near = whole && whole.end - whole.start <= MAX_CONTEXT ? whole : span ? around(span, texts[which].length) : whole
    if (!near) return `<div class="side">${language}—</div>`
    const context = { start: near.start, end: Math.min(near.end, near.start + MAX_CONTEXT) }
    const text = texts[which]
    // The part of the span that is shown.
    const shown = span && span.start < context.end && span.end > context.start && (span.start !== context.start || span.end !== context.end)
      ? { start: Math.max(span.start, context.start), end: Math.min(span.end, context.end) }
      : null
    const marked = shown
      ? `${escapeHtml(text.slice(context.start, shown.start))}<mark>${escapeHtml(text.slice(shown.start, shown.end))}</mark>${escapeHtml(text.slice(shown.end, context.end))}`
      : escapeHtml(text.slice(context.start, context.end))
    // Where only part of the pair's text (or of the span) is shown, an ellipsis says so.
    const before = whole && context.start > whole.start ? '…' : ''
    const after = context.end < Math.max(whole?.end ?? 0, span?.end ?? 0) ? '…' : ''
    return `<div class="side">${language}${before}${marked}${after}</div>`
  }
  return `<div class="finding ${finding.severity}"><strong>${finding.severity}</strong>${finding.pair ? ` · pair ${finding.pair}` : ''}: ${escapeHtml(finding.message)}
<div class="sides">${side('kk', finding.kk)}${side('ru', finding.ru)}</div></div>`
}

/** Some context around a span that has no pair: the span itself and up to 200 characters each side. */
function around(span: Span, length: number): Span {
  return { start: Math.max(0, span.start - 200), end: Math.min(length, span.end + 200) }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
