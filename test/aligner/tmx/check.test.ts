import { describe, expect, it } from 'vitest'
import { checkExportedTmx, checkExportedTmxStream } from '../../../aligner/tmx/check.ts'
import { tmxFooter, tmxHeader, tmxUnit } from '../../../aligner/tmx/writer.ts'

const header = tmxHeader({ creationToolVersion: '1.0', segtype: 'sentence', sourceLanguage: 'kk-KZ', creationDate: '20261204T120000Z' })
const unit = (id: number, kk = `Тараптар ${id}-бапқа сәйкес ынтымақтасады & <келіседі>.`, ru = `Стороны сотрудничают согласно статье ${id}.`) =>
  tmxUnit({ id: String(id), props: [], variants: [{ language: 'kk-KZ', text: kk }, { language: 'ru-RU', text: ru }] })
const tmx = (units: string[]) => header + units.join('') + tmxFooter()
const bytes = (text: string) => new TextEncoder().encode(text)

/** The file in chunks of `size` bytes, cut anywhere: inside tags, entities and UTF-8 characters. */
function* chunks(data: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size)
}

describe('the check of an exported TMX', () => {
  const sound = bytes(tmx(Array.from({ length: 40 }, (_, k) => unit(k + 1))))

  it('reads a sound file back with the units written, whatever the chunks', () => {
    for (const size of [1, 3, 7, 64, 1000, sound.length]) expect(checkExportedTmxStream(chunks(sound, size), 40), `chunks of ${size}`).toBeNull()
    expect(checkExportedTmx(sound, 40)).toBeNull()
    expect(checkExportedTmx(bytes(tmx([])), 0)).toBeNull()
  })

  it('says what is wrong: a count, a unit, a segment, the frame, the encoding', () => {
    expect(checkExportedTmx(sound, 41)).toBe('40 units read back, 41 written')
    const broken = tmx([unit(1), unit(2).replace('</seg></tuv>', '</tuv>'), unit(3)])
    expect(checkExportedTmxStream(chunks(bytes(broken), 5), 3)).toMatch(/^unit 2 is not well-formed XML/)
    expect(checkExportedTmx(bytes(tmx([unit(1), unit(2).replace('ru-RU', 'en-GB')])), 2)).toBe('unit 2 has no Kazakh or no Russian segment')
    expect(checkExportedTmx(bytes(tmx([unit(1)]).replace('</body>', '')), 1)).toMatch(/^not well-formed XML around the units/)
    expect(checkExportedTmx(bytes(tmx([unit(1)]).replace('version="1.4"', 'version="2.0"')), 1)).toMatch(/^TMX version "2.0"/)
    const invalid = new Uint8Array([...sound.subarray(0, 500), 0xff, ...sound.subarray(500)])
    expect(checkExportedTmxStream(chunks(invalid, 64), 40)).toBe('the file is not valid UTF-8')
  })
})
