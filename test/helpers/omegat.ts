// Runs Debian's OmegaT in console mode on a one-file project whose translation memory is a TMX of
// ours, and counts the segments it pretranslated: the test that a TMX does its job in a CAT tool.
// OmegaT fills a segment from tm/auto/ when a TM unit's source text is exactly the segment.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readTmx } from '../../aligner/tmx/reader.ts'

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/omegat/', import.meta.url))
export const OMEGAT = '/usr/bin/omegat'

export interface Pretranslation {
  segments: number
  pretranslated: number
  /** Segments OmegaT found no translation for, as it shows them (`<t0/>` for its tags). */
  missed: string[]
  project: string
}

const SEGMENTS_SCRIPT = fileURLToPath(new URL('../fixtures/omegat/segments.groovy', import.meta.url))

export interface ProjectOptions {
  /** The project rules of `egiz rules` (omegat/segmentation.conf); OmegaT's defaults without. */
  segmentationConf?: string
  /** OmegaT's project option "Remove tags": segments without the tags of a document's formatting runs. */
  removeTags?: boolean
}

/**
 * A project translating `source` from `sourceLanguage` with `tmx` as its automatic TM, with
 * OmegaT's default segmentation rules or with the project rules of `egiz rules`.
 */
export function pretranslate(name: string, source: string, tmx: string, sourceLanguage: 'kk' | 'ru', options: ProjectOptions = {}): Pretranslation {
  const { segmentationConf, removeTags = false } = options
  const project = join(ARTIFACTS, name)
  rmSync(project, { recursive: true, force: true })
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'omegat', 'dictionary']) mkdirSync(join(project, folder), { recursive: true })
  const targetLanguage = sourceLanguage === 'kk' ? 'ru' : 'kk'
  writeFileSync(join(project, 'omegat.project'), projectFile(sourceLanguage, targetLanguage, removeTags))
  copyFileSync(source, join(project, 'source', basename(source)))
  copyFileSync(tmx, join(project, 'tm', 'auto', 'egiz.tmx'))
  if (segmentationConf) copyFileSync(segmentationConf, join(project, 'omegat', 'segmentation.conf'))
  const run = spawnSync(OMEGAT, ['--mode=console-translate', '--quiet', '--no-team', `--config-dir=${join(ARTIFACTS, '.config')}`, `--script=${SEGMENTS_SCRIPT}`, project], { encoding: 'utf8', timeout: 300_000 })
  if (run.status !== 0) throw new Error(`OmegaT failed on ${project}: ${run.stderr.split('\n').filter((line) => /Error|Exception/.test(line)).slice(0, 5).join('\n')}`)
  const listing = join(project, 'segments.txt')
  if (!existsSync(listing)) throw new Error(`OmegaT ran no script in ${project}: ${run.stderr.split('\n').filter((line) => /script/i.test(line)).slice(0, 5).join('\n')}`)
  const lines = readFileSync(listing, 'utf8').split('\n').filter((line) => line !== '')
  const missed = lines.filter((line) => line.startsWith('U\t')).map((line) => line.slice(2))
  return { segments: lines.length, pretranslated: lines.length - missed.length, missed, project }
}

function projectFile(source: string, target: string, removeTags: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${source.toUpperCase()}</source_lang>
    <target_lang>${target.toUpperCase()}</target_lang>
    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>${removeTags}</remove_tags>
  </project>
</omegat>
`
}

/**
 * The missed segments whose text no unit of the TMX holds, even inside a longer segment: text the
 * other version does not have (Egiz writes no unit with an empty side), which no TM can fill. The
 * rest of the misses are text the TM has but cut otherwise than the CAT tool cut the document.
 */
export function missedWithoutUnit(missed: string[], tmx: string, sourceLanguage: 'kk' | 'ru'): string[] {
  const read = readTmx(readFileSync(tmx))
  if (!read.ok) throw new Error(`${tmx}: ${read.reason}`)
  const held = read.pairs.map((pair) => comparable(pair[sourceLanguage])).join('\u0000')
  return missed.filter((segment) => !held.includes(comparable(segment.replace(/<\/?[a-z]+\d+\/?>/g, ''))))
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
