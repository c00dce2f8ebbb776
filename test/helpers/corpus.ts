// Reads the corpus of real Kazakh/Russian pairs kept in the repository (test/data, a byte-identical
// copy of the project's shared folder) and its gold article anchors (`<a id="stN"></a>`), which are
// stripped before the aligner sees the text.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The test data in the repository: corpus/, seeds/ and tools/ as in the project's shared folder. */
export const TEST_DATA = fileURLToPath(new URL('../data/', import.meta.url))
export const CORPUS = join(TEST_DATA, 'corpus')
export const SEEDS = join(TEST_DATA, 'seeds')
/** The gold sentence-alignment scorer (tools/sentence_eval.mjs of the shared folder). */
export const SENTENCE_EVAL = join(TEST_DATA, 'tools', 'sentence_eval.mjs')

export function corpusSlugs(): string[] {
  return readdirSync(CORPUS).filter((slug) => existsSync(join(CORPUS, slug, 'kk.txt'))).sort()
}

export function readPair(slug: string): { kk: string; ru: string } {
  return { kk: readFileSync(join(CORPUS, slug, 'kk.txt'), 'utf8'), ru: readFileSync(join(CORPUS, slug, 'ru.txt'), 'utf8') }
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS).sort().map((name) => join(SEEDS, name))
}

/** A text with its anchors removed, and where each anchor's heading starts in that text. */
export interface AnchoredText {
  text: string
  anchors: Map<string, number>
}

/** A gold anchor line: its id read as `st[0-9a-z-]+` (`st5`, `an0_st5`, `stiv`, `st4-1`). */
const ANCHOR_LINE = /^<a id="(?:an0_)?(st[0-9a-z-]+)"><\/a>\s*$/
const ANY_ANCHOR_LINE = /^<a id="[^"]*"><\/a>\s*$/

/** Where a gold unit starts, by 1-based line of the file, when the file's anchors cannot serve (gold-points.json). */
export type LineAnchors = Map<number, string>

/** The line anchors of a pair that has a gold-points.json (an amending instrument), else null. */
export function goldPoints(slug: string): { kk: LineAnchors; ru: LineAnchors } | null {
  const path = join(CORPUS, slug, 'gold-points.json')
  if (!existsSync(path)) return null
  const units = (JSON.parse(readFileSync(path, 'utf8')) as { units: Array<{ id: string; kk: number; ru: number }> }).units
  return { kk: new Map(units.map((u) => [u.kk, u.id])), ru: new Map(units.map((u) => [u.ru, u.id])) }
}

/** Markdown as given, anchors removed; with line anchors, those replace the file's own. */
export function stripAnchors(markdown: string, lineAnchors?: LineAnchors): AnchoredText {
  return render(markdown, (line) => line + '\n', true, lineAnchors)
}

/**
 * The plain-text style of the seeds: markup gone, every paragraph indented by six spaces and
 * hard-wrapped at 80 columns, no blank lines.
 */
export function renderPlainStyle(markdown: string, lineAnchors?: LineAnchors): AnchoredText {
  return render(markdown, (line) => {
    const plain = line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/\*+/g, '').replace(/\\([.)])/g, '$1').trim()
    return plain === '' || plain.startsWith('```') ? '' : wrap('      ' + plain, 80)
  }, false, lineAnchors)
}

/** Renders line by line, dropping anchor lines; YAML front matter is kept only when asked. */
function render(markdown: string, renderLine: (line: string) => string, keepFrontMatter: boolean, lineAnchors?: LineAnchors): AnchoredText {
  const anchors = new Map<string, number>()
  const pending: string[] = []
  let text = ''
  let inFrontMatter = false
  for (const [index, line] of markdown.split('\n').entries()) {
    if (index === 0 && line === '---') inFrontMatter = true
    if (ANY_ANCHOR_LINE.test(line.trim())) {
      const anchor = ANCHOR_LINE.exec(line.trim())
      if (anchor && !lineAnchors) pending.push(anchor[1]!)
      continue
    }
    const lineAnchor = lineAnchors?.get(index + 1)
    if (lineAnchor) pending.push(lineAnchor)
    const rendered = inFrontMatter ? (keepFrontMatter ? line + '\n' : '') : renderLine(line)
    if (inFrontMatter && index > 0 && line === '---') inFrontMatter = false
    if (rendered.trim() !== '' && pending.length > 0) {
      const at = text.length + (rendered.length - rendered.trimStart().length)
      for (const id of pending.splice(0)) anchors.set(id, at)
    }
    text += rendered
  }
  return { text, anchors }
}

function wrap(paragraph: string, width: number): string {
  const words = paragraph.trimStart().split(/\s+/)
  const lines: string[] = []
  let line = '      '
  for (const word of words) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line + ' ')
      line = word
    } else {
      line = line.trim() === '' ? line + word : line + ' ' + word
    }
  }
  lines.push(line)
  return lines.join('\n') + '\n'
}

/**
 * The paragraphs of a markdown rendering without its markup (front matter, heading marks,
 * emphasis, quote marks, anchors): the text as a .docx or .html file of it would hold it.
 */
export function plainParagraphs(markdown: string): string[] {
  return stripAnchors(markdown)
    .text.replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .map((line) => line.replace(/^#+ |\*\*|\*|^> ?/g, '').trim())
    .filter((line) => line !== '')
}

export type CorpusStyle = 'markdown' | 'plain'

/** Both texts of a corpus pair in one style, with their gold anchors (gold-points.json where there is one). */
export function renderPair(slug: string, style: CorpusStyle): { kk: AnchoredText; ru: AnchoredText } {
  const pair = readPair(slug)
  const points = goldPoints(slug)
  const render = style === 'markdown' ? stripAnchors : renderPlainStyle
  return { kk: render(pair.kk, points?.kk), ru: render(pair.ru, points?.ru) }
}
