// Back-end messages a reviewer meets — the database, folder imports — said in Kazakh and Russian.
import { describe, expect, it } from 'vitest'
import { describeDatabaseError } from '../../corpus/database.ts'
import { planFolder } from '../../corpus/batch/pairing.ts'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { backEndText, problemText } from '../../renderer/messages.ts'

describe('back-end messages in the interface language', () => {
  it.each(['SQLITE_BUSY', 'SQLITE_CORRUPT', 'SQLITE_READONLY', 'SQLITE_FULL'])('the database saying %s', (code) => {
    const english = describeDatabaseError({ code })!
    for (const language of ['kk', 'ru'] as const) expect(backEndText(language, english)).not.toBe(english)
    expect(backEndText('en', english)).toBe(english)
  })

  it('a folder that is not there keeps its path', async () => {
    const planned = await planFolder('/no/such/folder')
    if (planned.ok) throw new Error('planned a folder that is not there')
    expect(backEndText('ru', planned.reason)).toBe('папки /no/such/folder нет; проверьте путь')
    expect(backEndText('kk', planned.reason)).toContain('/no/such/folder')
  })

  it('every file a folder import leaves alone is explained in Kazakh and Russian', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'egiz-unpaired-'))
    mkdirSync(join(folder, '.hidden'))
    let deep = folder
    for (let level = 0; level < 10; level++) mkdirSync((deep = join(deep, `d${level}`)))
    writeFileSync(join(deep, 'lost_kaz.txt'), 'Қазақстан Республикасы')
    symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'link.txt'))
    writeFileSync(join(folder, 'notes.xlsx'), 'x')
    writeFileSync(join(folder, 'broken.docx'), 'PK\x03\x04 cut')
    writeFileSync(join(folder, 'english.txt'), 'The Parties agree that this Agreement shall enter into force on the date of the last notification.')
    writeFileSync(join(folder, 'alone_kaz.txt'), 'Қазақстан Республикасы мен Финляндия Республикасы арасындағы келісім. Тараптар осы Келісімге сәйкес ынтымақтастықты жүзеге асырады.')
    const planned = await planFolder(folder)
    if (!planned.ok) throw new Error(planned.reason)
    expect(planned.plan.unpaired.length).toBe(7)
    for (const file of planned.plan.unpaired) {
      for (const language of ['kk', 'ru'] as const) {
        const said = problemText(language, file)
        expect(said, file.reason).not.toBe(file.reason)
        expect(said.replace(/\d+/g, ''), file.reason).not.toMatch(/\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/i)
      }
    }
  })

  it('an unknown message stays as it is', () => {
    expect(backEndText('kk', 'something new')).toBe('something new')
  })
})
