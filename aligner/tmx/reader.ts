// Reads a TMX file (versions 1.1 to 1.4, ours or another tool's) into Kazakh/Russian segment
// pairs: `xml:lang` or `lang`, codes in any case (`kk`, `kk-KZ`, `KK-KZ`, `kaz`), UTF-8 or UTF-16.
import { decodeText } from '../text/decode.ts'
import { parseXml, XmlError, type XmlElement, type XmlNode } from '../xml.ts'

export interface TmxPair {
  id: string | null
  kk: string
  ru: string
  props: Record<string, string>
}

export type TmxReadResult =
  | { ok: true; version: string; pairs: TmxPair[]; unitsWithoutPair: number; languages: string[] }
  | { ok: false; reason: string }

const VERSIONS = new Set(['1.1', '1.2', '1.3', '1.4', '1.4a', '1.4b'])
/** Inline elements holding native codes, not text; `hi` and `sub` hold text. */
const NATIVE_CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut'])

export function readTmx(bytes: Uint8Array): TmxReadResult {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return { ok: false, reason: decoded.reason }
  let root: XmlElement
  try {
    root = parseXml(decoded.text)
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, reason: `not well-formed XML at ${error.message}` }
    throw error
  }
  if (root.name !== 'tmx') return { ok: false, reason: `the root element is <${root.name}>, not <tmx>: this is not a TMX file` }
  const version = root.attributes.version ?? ''
  if (!VERSIONS.has(version)) return { ok: false, reason: `TMX version "${version}" is not one Egiz reads (1.1 to 1.4)` }
  const body = childElements(root).find((e) => e.name === 'body')
  if (!body) return { ok: false, reason: 'the file has no <body>' }
  const pairs: TmxPair[] = []
  const languages = new Set<string>()
  let unitsWithoutPair = 0
  for (const unit of childElements(body).filter((e) => e.name === 'tu')) {
    const pair = unitPair(unit, languages)
    if (pair) pairs.push(pair)
    else unitsWithoutPair++
  }
  if (pairs.length === 0) {
    const seen = [...languages].filter(Boolean)
    return { ok: false, reason: `no unit has both a Kazakh and a Russian variant (languages in the file: ${seen.length ? seen.join(', ') : 'none'})` }
  }
  return { ok: true, version, pairs, unitsWithoutPair, languages: [...languages] }
}

/** The Kazakh/Russian pair of a `<tu>`, or null when it lacks either; the language codes seen are added to `languages`. */
export function unitPair(unit: XmlElement, languages: Set<string>): TmxPair | null {
  const segments: Partial<Record<'kk' | 'ru', string>> = {}
  for (const variant of childElements(unit).filter((e) => e.name === 'tuv')) {
    const code = variant.attributes['xml:lang'] ?? variant.attributes.lang ?? ''
    languages.add(code)
    const language = languageOf(code)
    const seg = childElements(variant).find((e) => e.name === 'seg')
    if (language && seg && segments[language] === undefined) segments[language] = segmentText(seg).trim()
  }
  if (segments.kk === undefined || segments.ru === undefined) return null
  const props: Record<string, string> = {}
  for (const prop of childElements(unit).filter((e) => e.name === 'prop')) props[prop.attributes.type ?? ''] = prop.children.filter((c) => typeof c === 'string').join('')
  return { id: unit.attributes.tuid ?? null, kk: segments.kk, ru: segments.ru, props }
}

/** `kk`, `kk-KZ`, `KK_kz`, `kaz` → 'kk'; `ru`, `ru-RU`, `rus` → 'ru'. */
export function languageOf(code: string): 'kk' | 'ru' | null {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'kk' || primary === 'kaz') return 'kk'
  if (primary === 'ru' || primary === 'rus') return 'ru'
  return null
}

function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string')
}

/** The text of a segment without its inline native codes. */
function segmentText(node: XmlNode): string {
  if (typeof node === 'string') return node
  if (NATIVE_CODE.has(node.name)) return ''
  return node.children.map(segmentText).join('')
}
