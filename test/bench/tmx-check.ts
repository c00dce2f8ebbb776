// npm run bench:tmx-check — the read-back check of an exported TMX on files of 16 to 256 MB: time
// and how much the process's peak memory grew, to show it is checked whatever its size in
// bounded memory (the file is read a chunk at a time and one unit is held at a time).
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkTmxFile } from '../../cli/export-command.ts'
import { tmxFooter, tmxHeader, tmxUnit } from '../../aligner/tmx/writer.ts'

const DIR = fileURLToPath(new URL('../../test-artifacts/tmx-check/', import.meta.url))
const SIZES_MB = [16, 64, 256]

/** Writes a TMX of about `megabytes` of sentence pairs, a unit at a time; returns the units written. */
function writeTmx(path: string, megabytes: number): number {
  const fd = openSync(path, 'w')
  writeSync(fd, tmxHeader({ creationToolVersion: 'bench', segtype: 'sentence', sourceLanguage: 'kk-KZ', creationDate: '20261204T120000Z' }))
  let bytes = 0
  let units = 0
  while (bytes < megabytes * 1024 * 1024) {
    units++
    const text = tmxUnit({ id: String(units), props: [['x-document', 'bench']], variants: [
      { language: 'kk-KZ', text: `Тараптар осы Келісімнің ${units}-бабына сәйкес өзара ынтымақтастықты дамытады және нығайтады.` },
      { language: 'ru-RU', text: `Стороны развивают и укрепляют взаимное сотрудничество в соответствии со статьей ${units} настоящего Соглашения.` },
    ] })
    bytes += writeSync(fd, text)
  }
  writeSync(fd, tmxFooter())
  closeSync(fd)
  return units
}

mkdirSync(DIR, { recursive: true })
console.log('size       units      check   peak RSS growth   result')
for (const megabytes of SIZES_MB) {
  const path = join(DIR, `${megabytes}.tmx`)
  const units = writeTmx(path, megabytes)
  const size = statSync(path).size / 1024 / 1024
  const before = process.resourceUsage().maxRSS / 1024
  const started = performance.now()
  const problem = await checkTmxFile(path, units)
  const seconds = (performance.now() - started) / 1000
  const growth = process.resourceUsage().maxRSS / 1024 - before
  console.log(`${size.toFixed(0).padStart(4)} MB ${String(units).padStart(9)} ${seconds.toFixed(1).padStart(8)} s ${growth.toFixed(0).padStart(11)} MB      ${problem ?? 'sound'}`)
  rmSync(path)
}
