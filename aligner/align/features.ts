// Content anchors that survive translation between Kazakh and Russian: numbers (with thousand
// separators and decimal commas unified), months, Latin-script tokens and shared abbreviations.

const MONTHS: Array<[RegExp, number]> = [
  [/^(январ|қаңтар)/u, 1], [/^(феврал|ақпан)/u, 2], [/^(март|наурыз)/u, 3], [/^(апрел|сәуір|сәуiр)/u, 4],
  [/^(ма[яй]|мамыр)/u, 5], [/^(июн|маусым)/u, 6], [/^(июл|шілде|шiлде)/u, 7], [/^(август|тамыз)/u, 8],
  [/^(сентябр|қыркүйек)/u, 9], [/^(октябр|қазан)/u, 10], [/^(ноябр|қараша)/u, 11], [/^(декабр|желтоқсан)/u, 12],
]

/** Russian ↔ Kazakh abbreviations of organisations, read as one anchor. */
const ABBREVIATIONS: Record<string, string> = {
  РК: 'RK', ҚР: 'RK', ООН: 'UN', БҰҰ: 'UN', СНГ: 'CIS', ТМД: 'CIS', ОБСЕ: 'OSCE', ЕҚЫҰ: 'OSCE',
  ОДКБ: 'CSTO', ҰҚШҰ: 'CSTO', ШОС: 'SCO', ШЫҰ: 'SCO', ЕАЭС: 'EAEU', ЕАЭО: 'EAEU', МИД: 'MFA', СІМ: 'MFA',
  НАТО: 'NATO', NATO: 'NATO',
}

const NUMBER = /\d+(?:[  ]\d{3})*(?:[.,]\d+)?/gu
const WORD = /[\p{L}\p{M}]+(?:[-'][\p{L}\p{M}]+)*/gu

/** Anchors of a piece of text, as a multiset (an anchor may repeat). */
export function contentAnchors(text: string): string[] {
  const anchors: string[] = []
  for (const match of text.matchAll(NUMBER)) anchors.push(normaliseNumber(match[0]))
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const abbreviation = ABBREVIATIONS[word]
    if (abbreviation) {
      anchors.push(abbreviation)
      continue
    }
    if (/^[A-Za-z]/.test(word) && word.length >= 2 && /^[\p{Script=Latin}\d-]+$/u.test(word)) {
      anchors.push(word.toLowerCase())
      continue
    }
    const lower = word.toLowerCase()
    for (const [pattern, month] of MONTHS) {
      if (pattern.test(lower) && lower.length <= 12) {
        anchors.push(`month:${month}`)
        break
      }
    }
  }
  return anchors
}

/** `1 000 000` → `1000000`, `1,5` → `1.5`, `05` → `5`. */
export function normaliseNumber(raw: string): string {
  const compact = raw.replace(/[  ]/g, '').replace(',', '.')
  const [whole, fraction] = compact.split('.')
  const trimmed = whole!.replace(/^0+(?=\d)/, '')
  return fraction === undefined ? trimmed : `${trimmed}.${fraction}`
}

/** Dice coefficient of two multisets: 1 when they are equal, 0 when they share nothing. */
export function anchorSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1)
  let shared = 0
  for (const y of b) {
    const left = counts.get(y) ?? 0
    if (left > 0) {
      shared++
      counts.set(y, left - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

/** Shared anchors, for the reasons shown to the reviewer. */
export function sharedAnchors(a: string[], b: string[]): string[] {
  const rest = [...b]
  const shared: string[] = []
  for (const x of a) {
    const at = rest.indexOf(x)
    if (at >= 0) {
      shared.push(x)
      rest.splice(at, 1)
    }
  }
  return shared
}

/** Variance of the length difference per character (Gale & Church 1993). */
const LENGTH_VARIANCE = 6.8

/** −log-likelihood-like cost of two lengths being translations, given the document's length ratio. */
export function lengthCost(kkLength: number, ruLength: number, ratio: number): number {
  if (kkLength === 0 && ruLength === 0) return 0
  const mean = Math.max(1, (kkLength + ruLength / ratio) / 2)
  const delta = (ruLength - kkLength * ratio) / Math.sqrt(mean * LENGTH_VARIANCE)
  return Math.min(delta * delta * 0.5, 30)
}
