// Back-end messages a reviewer meets — the database, folder imports — said in Kazakh and Russian.
import { describe, expect, it } from 'vitest'
import { describeDatabaseError } from '../../corpus/database.ts'
import { planFolder } from '../../corpus/batch/pairing.ts'
import { backEndText } from '../../renderer/messages.ts'

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

  it('an unknown message stays as it is', () => {
    expect(backEndText('kk', 'something new')).toBe('something new')
  })
})
