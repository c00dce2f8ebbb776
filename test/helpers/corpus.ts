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


/**
 * The markdown of a pair with its gold anchors as anchor lines. Where the pair has a
 * gold-points.json (an amending instrument, whose file anchors do not mark its points), its points
 * become anchor lines (`<a id="stpoint1"></a>`) and the file's own anchors are dropped.
 */
export function anchoredMarkdown(slug: string): { kk: string; ru: string } {
  const pair = readPair(slug)
  const path = join(CORPUS, slug, 'gold-points.json')
  if (!existsSync(path)) return pair
  const units = (JSON.parse(readFileSync(path, 'utf8')) as { units: Array<{ id: string; kk: number; ru: number }> }).units
  const inject = (markdown: string, side: 'kk' | 'ru') => {
    const starts = new Map(units.map((unit) => [unit[side], unit.id]))
    return markdown
      .split('\n')
      .flatMap((line, index) => {
        if (ANY_ANCHOR_LINE.test(line.trim())) return []
        const id = starts.get(index + 1)
        return id ? [`<a id="st${id}"></a>`, '', line] : [line]
      })
      .join('\n')
  }
  return { kk: inject(pair.kk, 'kk'), ru: inject(pair.ru, 'ru') }
}

/** Markdown as given, anchors removed. */
export function stripAnchors(markdown: string): AnchoredText {
  return render(markdown, (line) => line + '\n', true)
}

/**
 * The plain-text style of the seeds: markup gone, every paragraph indented by six spaces and
 * hard-wrapped at 80 columns, no blank lines.
 */
export function renderPlainStyle(markdown: string): AnchoredText {
  return render(markdown, (line, previous) => {
    const plain = line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/\*+/g, '').replace(/\\([.)])/g, '$1').trim()
    if (plain === '' || plain.startsWith('```')) return ''
    // A soft-wrapped markdown line that goes on with the sentence is a wrapped line here too.
    const continues = previous.trim() !== '' && /^\p{Ll}/u.test(plain)
    return continues ? wrap(plain, 80).trimStart() : wrap('      ' + plain, 80)
  }, false)
}

/** Renders line by line, dropping anchor lines; YAML front matter is kept only when asked. */
function render(markdown: string, renderLine: (line: string, previous: string) => string, keepFrontMatter: boolean): AnchoredText {
  const anchors = new Map<string, number>()
  const pending: string[] = []
  let text = ''
  let inFrontMatter = false
  const lines = markdown.split('\n')
  for (const [index, line] of lines.entries()) {
    if (index === 0 && line === '---') inFrontMatter = true
    if (ANY_ANCHOR_LINE.test(line.trim())) {
      const anchor = ANCHOR_LINE.exec(line.trim())
      if (anchor) pending.push(anchor[1]!)
      continue
    }
    const rendered = inFrontMatter ? (keepFrontMatter ? line + '\n' : '') : renderLine(line, lines[index - 1] ?? '')
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

/** Both texts of a corpus pair in one style, with their gold anchors (see anchoredMarkdown). */
export function renderPair(slug: string, style: CorpusStyle): { kk: AnchoredText; ru: AnchoredText } {
  const markdown = anchoredMarkdown(slug)
  const render = style === 'markdown' ? stripAnchors : renderPlainStyle
  return { kk: render(markdown.kk), ru: render(markdown.ru) }
}
