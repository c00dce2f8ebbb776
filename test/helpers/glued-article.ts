// The BIT pair with its Russian `Статья 5` heading run into the last paragraph of article 4: the
// aligner then leaves `5-бап` without a counterpart. Tests and bench:ui fix it at article level.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ImportSource } from '../../corpus/analyse.ts'
import { CORPUS } from './corpus.ts'

const SLUG = 'kz-fi-investment-bit-1992'

export function gluedArticleSources(): [ImportSource, ImportSource] {
  const dir = join(CORPUS, SLUG)
  const ru = readFileSync(join(dir, 'ru.txt'), 'utf8')
  const glued = ru.replace(/\n\n<a id="st5"><\/a>\n\n### (Статья 5 Экспроприация)\n\n/, ' $1 ')
  if (glued === ru) throw new Error(`the heading of article 5 was not found in ${SLUG}/ru.txt`)
  return [
    { name: `${SLUG}.kk.txt`, bytes: readFileSync(join(dir, 'kk.txt')) },
    { name: `${SLUG}.ru.txt`, bytes: new TextEncoder().encode(glued) },
  ]
}
