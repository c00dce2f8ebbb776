// Finds the Kazakh/Russian pairs in a folder: first by file names (`_kz`/`_ru`, `kaz`/`rus`,
// `kk`/`ru`…), then, for files whose names say nothing, by content — the language of the text and
// the dates and numbers in its title. Whatever stays unpaired is listed with the reason.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, dirname, extname, basename } from 'node:path'
import { detectLanguage } from '../../aligner/language.ts'
import { DOCUMENT_EXTENSIONS } from '../../aligner/formats/extensions.ts'
import { describeProblem } from '../../aligner/problem-messages.ts'
import type { ProblemDetail } from '../../aligner/problems.ts'
import { readDocumentFile } from '../files/read-document.ts'
import { appendAll } from '../../aligner/append.ts'

/** Name tokens that say a file is the Kazakh or the Russian version. */
const KAZAKH_TOKENS = new Set(['kk', 'kaz', 'kazakh', 'qaz', 'каз', 'қаз', 'казак', 'қазақ'])
const RUSSIAN_TOKENS = new Set(['ru', 'rus', 'russian', 'рус'])
/** `kz` names the Kazakh version (`treaty_kz`) but also the country (`kz-fi-treaty_ru`): it counts only alone. */
const WEAK_KAZAKH_TOKEN = 'kz'
/** Characters of the body read for the title's dates and numbers. */
const TITLE_CHARS = 1200
/** Characters read to tell the language. */
const LANGUAGE_CHARS = 4000
/** Least share of the smaller set of title numbers that two files must share to be taken as one document. */
const MIN_NUMBER_OVERLAP = 0.5
/** Subfolders deeper than this are not searched (a folder of agreements is flat or nearly so). */
const MAX_FOLDER_DEPTH = 8

export interface PlannedPair {
  kk: string
  ru: string
  by: 'name' | 'content'
  /** What the pair is called in reports: the shared part of the names. */
  label: string
}

export interface Unpaired {
  path: string
  reason: string
  /** Why the file could not be read, for the app to word in the reader's language. */
  detail?: ProblemDetail
}

export interface BatchPlan {
  folder: string
  pairs: PlannedPair[]
  unpaired: Unpaired[]
}

export type PlanResult = { ok: true; plan: BatchPlan } | { ok: false; reason: string }

export async function planFolder(folder: string): Promise<PlanResult> {
  let files: string[]
  const unpaired: Unpaired[] = []
  try {
    if (!statSync(folder).isDirectory()) return { ok: false, reason: `${folder} is a file, not a folder; give the folder that holds the documents` }
    readdirSync(folder)
    files = listFiles(folder, 0, unpaired)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, reason: code === 'ENOENT' ? `there is no folder ${folder}; check the path` : `the folder ${folder} cannot be read (${code ?? String(error)})` }
  }
  const documents: string[] = []
  for (const path of files) {
    const extension = extname(path).slice(1).toLowerCase()
    if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) documents.push(path)
    else if (!basename(path).startsWith('.')) unpaired.push({ path, reason: `not a document Egiz opens (.${extension || 'no extension'}); it opens ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')}` })
  }
  const byName = pairByName(folder, documents)
  const byContent = await pairByContent(folder, byName.rest)
  const pairs = [...byName.pairs, ...byContent.pairs].sort((a, b) => a.label.localeCompare(b.label))
  return { ok: true, plan: { folder, pairs, unpaired: [...unpaired, ...byContent.unpaired].sort((a, b) => a.path.localeCompare(b.path)) } }
}

/** The files under a folder, and every entry left out with the reason (nothing is skipped silently). */
function listFiles(folder: string, depth: number, skipped: Unpaired[]): string[] {
  const files: string[] = []
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
  } catch (error) {
    skipped.push({ path: folder, reason: `this folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` })
    return files
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isSymbolicLink()) skipped.push({ path, reason: 'a symbolic link: a folder import stays inside the folder and does not follow links; copy the file in' })
    else if (entry.isDirectory() && entry.name.startsWith('.')) skipped.push({ path, reason: 'a hidden folder; rename it without the leading dot to import what it holds' })
    else if (entry.isDirectory() && depth >= MAX_FOLDER_DEPTH) skipped.push({ path, reason: `a folder more than ${MAX_FOLDER_DEPTH} levels deep; move its files higher up` })
    else if (entry.isDirectory()) appendAll(files, listFiles(path, depth + 1, skipped))
    else if (entry.isFile()) files.push(path)
    else skipped.push({ path, reason: 'not a regular file (a pipe, a device or a socket)' })
  }
  return files
}

/**
 * The language a file's name gives, and the rest of the name (the pair's key). A name with tokens
 * of both languages says nothing.
 */
export function nameLanguage(path: string): { language: 'kk' | 'ru' | null; stem: string } {
  const name = basename(path, extname(path)).toLowerCase()
  const tokens = name.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '')
  const kk = tokens.findLastIndex((token) => KAZAKH_TOKENS.has(token))
  const ru = tokens.findLastIndex((token) => RUSSIAN_TOKENS.has(token))
  const weak = tokens.lastIndexOf(WEAK_KAZAKH_TOKEN)
  const [language, at]: ['kk' | 'ru' | null, number] =
    kk >= 0 && ru >= 0 ? [null, -1] : kk >= 0 ? ['kk', kk] : ru >= 0 ? ['ru', ru] : weak >= 0 ? ['kk', weak] : [null, -1]
  return { language, stem: tokens.filter((_, index) => index !== at).join('_') }
}

function pairByName(folder: string, documents: string[]): { pairs: PlannedPair[]; rest: string[] } {
  const groups = new Map<string, { kk: string[]; ru: string[] }>()
  const rest: string[] = []
  for (const path of documents) {
    const { language, stem } = nameLanguage(path)
    if (language === null) {
      rest.push(path)
      continue
    }
    const key = join(relative(folder, dirname(path)), stem)
    const group = groups.get(key) ?? { kk: [], ru: [] }
    group[language].push(path)
    groups.set(key, group)
  }
  const pairs: PlannedPair[] = []
  for (const [key, group] of groups) {
    if (group.kk.length === 1 && group.ru.length === 1) pairs.push({ kk: group.kk[0]!, ru: group.ru[0]!, by: 'name', label: key })
    else appendAll(rest, [...group.kk, ...group.ru])
  }
  return { pairs, rest }
}

interface Probe {
  path: string
  language: 'kk' | 'ru'
  numbers: Set<string>
}

async function pairByContent(folder: string, paths: string[]): Promise<{ pairs: PlannedPair[]; unpaired: Unpaired[] }> {
  const unpaired: Unpaired[] = []
  const probes: Probe[] = []
  for (const path of paths) {
    const read = await readDocumentFile(path)
    if (!read.ok) {
      unpaired.push({ path, reason: read.detail ? describeProblem(read.detail) : read.reason, detail: read.detail })
      continue
    }
    const text = read.source.extracted!.text
    const language = detectLanguage(text.slice(0, LANGUAGE_CHARS)).language
    if (language === null) {
      unpaired.push({ path, reason: 'its language is neither Kazakh nor Russian' })
      continue
    }
    probes.push({ path, language, numbers: titleNumbers(text) })
  }
  const candidates: Array<{ kk: Probe; ru: Probe; score: number }> = []
  for (const kk of probes.filter((probe) => probe.language === 'kk')) {
    for (const ru of probes.filter((probe) => probe.language === 'ru')) {
      const shared = [...kk.numbers].filter((number) => ru.numbers.has(number)).length
      // Notes in one version only add numbers to it: measure against the smaller set.
      const overlap = shared / Math.max(1, Math.min(kk.numbers.size, ru.numbers.size))
      const score = shared / Math.max(1, new Set([...kk.numbers, ...ru.numbers]).size)
      if (shared >= 2 && overlap >= MIN_NUMBER_OVERLAP) candidates.push({ kk, ru, score })
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.kk.path.localeCompare(b.kk.path))
  const taken = new Set<string>()
  const pairs: PlannedPair[] = []
  for (const { kk, ru } of candidates) {
    if (taken.has(kk.path) || taken.has(ru.path)) continue
    taken.add(kk.path).add(ru.path)
    pairs.push({ kk: kk.path, ru: ru.path, by: 'content', label: relative(folder, kk.path) })
  }
  for (const probe of probes) {
    if (taken.has(probe.path)) continue
    const other = probe.language === 'kk' ? 'Russian' : 'Kazakh'
    unpaired.push({ path: probe.path, reason: `no ${other} file with the same name or with the same dates and numbers in its title` })
  }
  return { pairs, unpaired }
}

/** Numbers in the opening of the text (dates, years, act numbers): the same in both versions. */
export function titleNumbers(text: string): Set<string> {
  return new Set((text.slice(0, TITLE_CHARS).match(/\d+/g) ?? []).map((number) => String(Number(number))))
}
