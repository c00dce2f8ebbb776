// npm run judge:findings — lists the errors and warnings of `egiz check` on the corpus pairs that no
// judgement in test/bench/judged-findings.jsonl matches, numbered, with their context on both
// sides; `npm run judge:findings -- record VERDICTS` then appends one judgement per listed finding
// from a file of lines `N T|F reason` (T: the versions really differ there). Old judgements are
// never edited: a check that changes makes new findings, and those are judged here.
import { readFileSync, appendFileSync } from 'node:fs'
import type { Finding } from '../../aligner/checks/findings.ts'
import { JUDGED_FINDINGS, readJudgements, type JudgedFinding } from '../helpers/judged-findings.ts'
import { corpusFindings } from '../helpers/corpus-findings.ts'
import { useFrancOnDemand } from '../../corpus/franc-loader.ts'

// This script aligns in its own process: franc is loaded when a text's letters do not decide.
useFrancOnDemand()

interface Unjudged {
  doc: string
  judged: JudgedFinding
  texts: { kk: string; ru: string }
}

function unjudged(): Unjudged[] {
  const list: Unjudged[] = []
  for (const { doc, judged, texts } of corpusFindings(readJudgements())) {
    for (const entry of judged) if (entry.judgement === null && entry.finding.severity !== 'info') list.push({ doc, judged: entry, texts })
  }
  return list
}

/** The span with 60 characters before and 40 after, the span itself in ⟦ ⟧, paragraphs as ¶. */
function context(text: string, span: Finding['kk']): string {
  if (!span) return '—'
  const inside = text.slice(span.start, Math.min(span.end, span.start + 300)) + (span.end - span.start > 300 ? '…' : '')
  return `${text.slice(Math.max(0, span.start - 60), span.start)}⟦${inside}⟧${text.slice(span.end, span.end + 40)}`.replace(/\n/g, ' ¶ ')
}

function list(): void {
  const findings = unjudged()
  findings.forEach(({ doc, judged: { finding }, texts }, n) => {
    console.log(`#${n} ${doc} ${finding.kind} ${finding.severity} ${finding.pair ?? ''}: ${finding.message}`)
    console.log(`  KK ${context(texts.kk, finding.kk)}`)
    console.log(`  RU ${context(texts.ru, finding.ru)}`)
  })
  console.log(`${findings.length} errors and warnings to judge${findings.length ? ': write `N T|F reason` lines to a file and run `npm run judge:findings -- record FILE`' : ''}`)
}

function record(path: string): void {
  const verdicts = new Map<number, { real: boolean; why: string }>()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const match = /^(\d+) ([TF]) (.+)$/.exec(line.trim())
    if (!match) throw new Error(`${path}: "${line}" is not "N T|F reason"`)
    verdicts.set(Number(match[1]), { real: match[2] === 'T', why: match[3]! })
  }
  const findings = unjudged()
  if (verdicts.size !== findings.length || findings.some((_, n) => !verdicts.has(n))) {
    throw new Error(`${path} has ${verdicts.size} verdicts for ${findings.length} unjudged findings: list them again, the numbering may have changed`)
  }
  const lines = findings.map(({ doc, judged }, n) => JSON.stringify({
    doc, kind: judged.finding.kind, kk: judged.kk, ru: judged.ru, severity: judged.finding.severity, message: judged.finding.message, real: verdicts.get(n)!.real, why: verdicts.get(n)!.why,
  }))
  if (lines.length) appendFileSync(JUDGED_FINDINGS, lines.join('\n') + '\n')
  console.log(`${lines.length} judgements recorded in ${JUDGED_FINDINGS}`)
}

const [command, file] = process.argv.slice(2)
if (command === 'record' && file) record(file)
else if (command === undefined || command === 'list') list()
else {
  console.error('usage: npm run judge:findings [-- list | -- record VERDICTS]')
  process.exitCode = 2
}
