// A small SRX 2.0 segmenter for tests: the language rules whose map pattern matches the language,
// cascaded in file order; at each position the first rule whose before-break pattern ends there and
// whose after-break pattern starts there decides. Java's leading inline flags (`(?iu)`) become
// JavaScript flags and `\!` becomes `!`; the patterns Egiz writes need nothing else translated.

interface SrxRule {
  break: boolean
  before: RegExp
  after: RegExp
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

function javaPattern(pattern: string, anchor: 'end' | 'start'): RegExp {
  const flags = /^\(\?([a-z]+)\)/.exec(pattern)
  // Java allows escaping any punctuation; JavaScript's Unicode mode does not allow `\!`.
  const body = (flags ? pattern.slice(flags[0].length) : pattern).replace(/\\!/g, '!')
  const source = anchor === 'end' ? `(?:${body})$` : `^(?:${body})`
  return new RegExp(source, `u${flags?.[1]?.includes('i') ? 'i' : ''}`)
}

/** The rules that apply to `language`, in order. */
export function srxRulesFor(srx: string, language: string): SrxRule[] {
  const ruleSets = new Map<string, SrxRule[]>()
  for (const set of srx.matchAll(/<languagerule languagerulename="([^"]*)">([\s\S]*?)<\/languagerule>/g)) {
    const rules = [...set[2]!.matchAll(/<rule break="(yes|no)"><beforebreak>(.*?)<\/beforebreak><afterbreak>(.*?)<\/afterbreak><\/rule>/g)].map((rule) => ({
      break: rule[1] === 'yes',
      before: javaPattern(unescapeXml(rule[2]!), 'end'),
      after: javaPattern(unescapeXml(rule[3]!), 'start'),
    }))
    ruleSets.set(unescapeXml(set[1]!), rules)
  }
  const maps = [...srx.matchAll(/<languagemap languagepattern="([^"]*)" languagerulename="([^"]*)"\/>/g)]
  return maps.filter((map) => javaPattern(unescapeXml(map[1]!), 'start').test(language)).flatMap((map) => ruleSets.get(unescapeXml(map[2]!)) ?? [])
}

/** The segments of one paragraph, trimmed. */
export function srxSegments(rules: SrxRule[], paragraph: string): string[] {
  const segments: string[] = []
  let start = 0
  for (let at = 1; at < paragraph.length; at++) {
    const before = paragraph.slice(0, at)
    const after = paragraph.slice(at)
    const rule = rules.find((r) => r.before.test(before) && r.after.test(after))
    if (rule?.break) {
      segments.push(paragraph.slice(start, at))
      start = at
    }
  }
  segments.push(paragraph.slice(start))
  return segments.map((segment) => segment.trim()).filter((segment) => segment !== '')
}
