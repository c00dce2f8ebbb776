// Finds words that a hyperlink pushed out of place in the database's plain copies
// (`…туралы бекітілсін.келісім`, `осы Келісімнің  айқындалған … 11-бабында`) and proposes where
// they belong. The text is not changed: the reviewer accepts or rejects each proposal.
import type { Proposal } from './edits.ts'
import { LETTER } from './letter-classes.ts'

/** A lower-case Cyrillic word glued after a sentence's final full stop (the last token of a line). */
const GLUED_AFTER_STOP = /^(\p{Script=Cyrillic}+)\.(\p{Ll}*\p{Script=Cyrillic}\p{Ll}+)$/u
/** An article/point reference left at the end of a line; spaces from the first of their run (else n² on a long run). */
const TRAILING_REFERENCE = new RegExp(String.raw`(?<![ \t])[ \t]+(\d+(?:-\d+)?-(?:ба[пб]|тармақ|тармағ)${LETTER}*)[ \t]*$`, 'gmu')
/** The gap the reference was taken from: a genitive (`Келісімнің`) followed by two spaces. */
const GENITIVE_GAP = new RegExp(String.raw`(${LETTER}*(?:нің|ның|дің|дың|тің|тың))( {2,})(?=${LETTER})`, 'u')

export function displacedWordProposals(original: string): Proposal[] {
  const proposals: Proposal[] = []
  for (const { token, start } of lastTokens(original)) {
    // Most lines end a sentence (`…бекітілсін.`): only a token ending in a letter of Cyrillic's
    // blocks (U+0400 and above) can be a word glued after a full stop.
    if (token.charCodeAt(token.length - 1) < 0x400) continue
    const match = GLUED_AFTER_STOP.exec(token)
    if (!match) continue
    const [body, verb, word] = match as unknown as [string, string, string]
    proposals.push({
      kind: 'displaced-word',
      start,
      end: start + body.length,
      before: body,
      after: `${word} ${verb}.`,
      message: `"${word}" is glued after the end of the sentence; it probably belongs before "${verb}".`,
    })
  }
  for (const match of original.matchAll(TRAILING_REFERENCE)) {
    const lineStart = original.lastIndexOf('\n', match.index) + 1
    const line = original.slice(lineStart, match.index)
    const gap = GENITIVE_GAP.exec(line)
    if (!gap) continue
    const [, genitive, spaces] = gap as unknown as [string, string, string]
    const reference = match[1]!
    const gapStart = lineStart + gap.index + genitive.length
    const end = match.index + match[0].trimEnd().length
    const moved = original.slice(gapStart + spaces.length, match.index)
    proposals.push({
      kind: 'displaced-word',
      start: gapStart,
      end,
      before: original.slice(gapStart, end),
      after: ` ${reference} ${moved}`,
      message: `the reference "${reference}" stands at the end of the line; it probably belongs in the gap after "${genitive}".`,
    })
  }
  return proposals.sort((a, b) => a.start - b.start)
}

/** The last space-separated token of every line that holds a full stop in it, with its offset. */
function lastTokens(text: string): Array<{ token: string; start: number }> {
  const tokens: Array<{ token: string; start: number }> = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const body = line.trimEnd()
    const space = Math.max(body.lastIndexOf(' '), body.lastIndexOf('\t'))
    const token = body.slice(space + 1)
    // Cut out only to be matched with GLUED_AFTER_STOP, which needs a full stop in the token.
    if (token.includes('.')) tokens.push({ token, start: lineStart + space + 1 })
    lineStart += line.length + 1
  }
  return tokens
}
