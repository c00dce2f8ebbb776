// The peer: hunalign (https://github.com/danielvarga/hunalign), run on the sentences Egiz splits,
// one per line, with an empty dictionary. Found where the README says to build it
// (test-artifacts/hunalign, never committed) or installed on PATH.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareDocument } from '../../../aligner/pipeline.ts'
import { splitSentences } from '../../../aligner/text/sentences.ts'

const BUILT = fileURLToPath(new URL('../../../test-artifacts/hunalign/src/hunalign/hunalign', import.meta.url))

export const HUNALIGN_BUILD_HINT = 'build it with: git clone https://github.com/danielvarga/hunalign test-artifacts/hunalign && make -C test-artifacts/hunalign/src/hunalign'

export function findHunalign(): string | undefined {
  if (existsSync(BUILT)) return BUILT
  const onPath = spawnSync('sh', ['-c', 'command -v hunalign'], { encoding: 'utf8' }).stdout.trim()
  return onPath || undefined
}

/** Egiz's sentences of a document, one per line, as hunalign reads them. */
export function sentenceLines(bytes: Uint8Array, name: string): string {
  const prepared = prepareDocument({ name, bytes })
  if (!prepared.ok) throw new Error(`${name}: ${prepared.reason}`)
  const text = prepared.document.normalized.text
  const sentences = prepared.document.structure.units.flatMap((unit) => splitSentences(text, unit.start, unit.end))
  return sentences.map((span) => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()).filter((line) => line !== '').join('\n') + '\n'
}

/** Writes hunalign's three inputs into `folder`; returns its arguments. */
export function hunalignArguments(folder: string, kk: Uint8Array, ru: Uint8Array): string[] {
  const dictionary = join(folder, 'null.dic')
  writeFileSync(dictionary, '')
  writeFileSync(join(folder, 'kk.sen'), sentenceLines(kk, 'kk'))
  writeFileSync(join(folder, 'ru.sen'), sentenceLines(ru, 'ru'))
  return ['-utf', dictionary, join(folder, 'kk.sen'), join(folder, 'ru.sen')]
}
