// Term consistency across a corpus: in confirmed pairs, is a Kazakh term always rendered the same
// way in Russian, and the reverse? Terms and their variants come from a small editable table;
// the default holds the treaty terms whose renderings really vary.
import { foldWord } from '../text/fold.ts'

/** One term: its variants in each language, each a pattern over folded (lower-case) text. */
export interface TermGroup {
  name: string
  kk: Record<string, string>
  ru: Record<string, string>
}

export const DEFAULT_TERMS: TermGroup[] = [
  {
    name: 'Contracting Parties',
    kk: { 'Жоғары Уағдаласушы Тараптар': 'жоғары уағдаласушы тарап', 'Уағдаласушы Тараптар': 'уағдаласушы тарап', 'Уағдаласушы Жақтар': 'уағдаласушы жақ' },
    ru: { 'Высокие Договаривающиеся Стороны': 'высок\\S* договарива\\S* сторон', 'Договаривающиеся Стороны': 'договарива\\S* сторон' },
  },
  {
    name: 'ratify / approve',
    kk: { ратификациялау: 'ратификациял', бекіту: 'бекіт' },
    ru: { ратификация: 'ратифи', утверждение: 'утвер' },
  },
]

export interface TermPair {
  id: string
  kk: string
  ru: string
}

export interface TermRendering {
  kk: string
  ru: string
  pairs: string[]
}

export interface TermInconsistency {
  term: string
  /** The side whose one variant is rendered several ways on the other side. */
  side: 'kk' | 'ru'
  variant: string
  /** Renderings, most used first; all but the first are the ones to look at. */
  renderings: TermRendering[]
}

/** The first variant found in a text, most specific first (the table lists them that way). */
function variantIn(text: string, variants: Array<[string, RegExp]>): string | null {
  for (const [name, pattern] of variants) if (pattern.test(text)) return name
  return null
}

export function termInconsistencies(pairs: Iterable<TermPair>, groups: TermGroup[] = DEFAULT_TERMS): TermInconsistency[] {
  const compiled = groups.map((group) => ({
    group,
    kk: Object.entries(group.kk).map(([name, source]) => [name, new RegExp(`(?<![\\p{L}])${source}`, 'u')] as [string, RegExp]),
    ru: Object.entries(group.ru).map(([name, source]) => [name, new RegExp(`(?<![\\p{L}])${source}`, 'u')] as [string, RegExp]),
  }))
  const usage = compiled.map(() => new Map<string, TermRendering>())
  for (const pair of pairs) {
    const kk = foldWord(pair.kk)
    const ru = foldWord(pair.ru)
    compiled.forEach((term, k) => {
      const kkVariant = variantIn(kk, term.kk)
      const ruVariant = variantIn(ru, term.ru)
      if (!kkVariant || !ruVariant) return
      const key = `${kkVariant}\u0000${ruVariant}`
      const rendering = usage[k]!.get(key) ?? { kk: kkVariant, ru: ruVariant, pairs: [] }
      rendering.pairs.push(pair.id)
      usage[k]!.set(key, rendering)
    })
  }
  const found: TermInconsistency[] = []
  compiled.forEach((term, k) => {
    const renderings = [...usage[k]!.values()]
    for (const side of ['kk', 'ru'] as const) {
      const other = side === 'kk' ? 'ru' : 'kk'
      for (const variant of new Set(renderings.map((r) => r[side]))) {
        const ways = renderings.filter((r) => r[side] === variant).sort((a, b) => b.pairs.length - a.pairs.length)
        if (new Set(ways.map((r) => r[other])).size > 1) found.push({ term: term.group.name, side, variant, renderings: ways })
      }
    }
  })
  return found
}

/** Reads a term table (JSON: the TermGroup list); a clear message when it is malformed. */
export function parseTermTable(json: string): { ok: true; groups: TermGroup[] } | { ok: false; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` }
  }
  if (!Array.isArray(value)) return { ok: false, reason: 'expected a list of terms: [{ "name": …, "kk": { variant: pattern }, "ru": { … } }]' }
  for (const [k, entry] of value.entries()) {
    const group = entry as Partial<TermGroup>
    if (typeof group.name !== 'string' || typeof group.kk !== 'object' || typeof group.ru !== 'object' || !group.kk || !group.ru) {
      return { ok: false, reason: `term ${k + 1} needs "name", "kk" and "ru"` }
    }
    for (const pattern of [...Object.values(group.kk), ...Object.values(group.ru)]) {
      try {
        new RegExp(String(pattern), 'u')
      } catch {
        return { ok: false, reason: `term "${group.name}": "${String(pattern)}" is not a valid pattern` }
      }
    }
  }
  return { ok: true, groups: value as TermGroup[] }
}
