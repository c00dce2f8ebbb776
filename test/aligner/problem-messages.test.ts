// Every file problem is said in English, Kazakh and Russian, each form keeping the names and
// numbers it is about; and real broken files come back with a detail, so the app can word them.
import { describe, expect, it } from 'vitest'
import { describeProblem } from '../../aligner/problem-messages.ts'
import type { ProblemCode, ProblemDetail } from '../../aligner/problems.ts'
import { documentFromBytes } from '../../corpus/files/read-document.ts'
import { problemText } from '../../renderer/messages.ts'

/** One detail of every code: the compiler holds this table to the full list. */
const SAMPLES: { [C in ProblemCode]: Extract<ProblemDetail, { code: C }> } = {
  'empty-file': { code: 'empty-file' },
  'blank-file': { code: 'blank-file' },
  'binary-file': { code: 'binary-file' },
  'utf8-damaged': { code: 'utf8-damaged', bytes: 3, line: 17, column: 42 },
  'utf8-bom-invalid': { code: 'utf8-bom-invalid' },
  'lost-letters': { code: 'lost-letters', words: 12, first: '?аза?стан', line: 4 },
  'code-page-ambiguous': { code: 'code-page-ambiguous', first: 'KZ-1048', second: 'PT154', readFirst: 'қала', readSecond: 'ќала' },
  'unknown-language': { code: 'unknown-language', iso6393: 'eng' },
  'latin-kazakh': { code: 'latin-kazakh' },
  'nothing-left': { code: 'nothing-left' },
  'same-language': { code: 'same-language', first: 'a_kz.txt', second: 'b_kz.txt', language: 'kk' },
  'not-opened': { code: 'not-opened', kind: 'other', extension: 'xyz' },
  misnamed: { code: 'misnamed', extension: 'pdf' },
  'office-password': { code: 'office-password' },
  'too-much-text': { code: 'too-much-text', format: 'RTF', millions: 32 },
  'html-no-text': { code: 'html-no-text' },
  'web-archive-no-page': { code: 'web-archive-no-page' },
  'web-archive-damaged': { code: 'web-archive-damaged', why: 'its parts have no boundary' },
  'rtf-not-rtf': { code: 'rtf-not-rtf' },
  'rtf-too-deep': { code: 'rtf-too-deep', depth: 1000 },
  'rtf-bad-bin': { code: 'rtf-bad-bin', length: -7 },
  'rtf-unclosed': { code: 'rtf-unclosed' },
  'rtf-no-text': { code: 'rtf-no-text' },
  'docx-no-body': { code: 'docx-no-body' },
  'docx-no-text': { code: 'docx-no-text' },
  'docx-bad-xml': { code: 'docx-bad-xml', line: 2, column: 381, why: 'unknown entity &lol9;' },
  'docx-bad-chunk': { code: 'docx-bad-chunk', why: 'its part word/afchunk.htm in another format is missing' },
  'doc-damaged': { code: 'doc-damaged', why: 'a broken sector chain' },
  'doc-too-old': { code: 'doc-too-old' },
  'doc-no-text': { code: 'doc-no-text' },
  'odt-no-body': { code: 'odt-no-body' },
  'odt-password': { code: 'odt-password' },
  'odt-no-text': { code: 'odt-no-text' },
  'odt-bad-xml': { code: 'odt-bad-xml', line: 2, column: 117, why: 'unclosed element text:p' },
  'zip-not-word': { code: 'zip-not-word' },
  'zip-no-directory': { code: 'zip-no-directory' },
  zip64: { code: 'zip64' },
  'zip-method': { code: 'zip-method', part: 'word/document.xml', method: 14 },
  'zip-too-large': { code: 'zip-too-large', megabytes: 64 },
  'zip-damaged': { code: 'zip-damaged' },
  'pdf-stream-too-large': { code: 'pdf-stream-too-large', megabytes: 64 },
  'pdf-streams-too-large': { code: 'pdf-streams-too-large', megabytes: 512 },
  'pdf-too-many-pages': { code: 'pdf-too-many-pages', pages: 2500, max: 2000 },
  'pdf-too-slow': { code: 'pdf-too-slow', seconds: 60, page: 311, pages: 900 },
  'pdf-password': { code: 'pdf-password' },
  'pdf-no-structure': { code: 'pdf-no-structure' },
  'pdf-unreadable': { code: 'pdf-unreadable', message: 'Bad XRef entry' },
  'pdf-no-text-layer': { code: 'pdf-no-text-layer' },
  'is-folder': { code: 'is-folder' },
  'not-regular-file': { code: 'not-regular-file' },
  'file-too-large': { code: 'file-too-large', megabytes: 70, max: 64 },
  'no-such-file': { code: 'no-such-file' },
  'permission-denied': { code: 'permission-denied' },
  unreadable: { code: 'unreadable', error: 'EIO' },
  'import-gone': { code: 'import-gone' },
  internal: { code: 'internal', message: 'x is undefined' },
  'over-budget': { code: 'over-budget', seconds: 120 },
  'out-of-memory': { code: 'out-of-memory', megabytes: 2048 },
  'aligner-stopped': { code: 'aligner-stopped', message: 'Maximum call stack size exceeded' },
}

/** Three English words in a row: the mark of an English sentence left in a Kazakh or Russian message. */
const ENGLISH_RUN = /\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/i

/** The values a detail carries, as the message must show them. */
function shownValues(detail: ProblemDetail): string[] {
  return Object.entries(detail).flatMap(([key, value]) => (key === 'code' || key === 'kind' || key === 'language' || value === null ? [] : [String(value)]))
}

describe('file problems in every interface language', () => {
  it.each(Object.values(SAMPLES))('$code', (detail) => {
    const [en, kk, ru] = (['en', 'kk', 'ru'] as const).map((language) => describeProblem(detail, language))
    expect(new Set([en, kk, ru]).size).toBe(3)
    for (const message of [kk!, ru!]) {
      expect(message).toMatch(/\p{Script=Cyrillic}{3}/u)
      // Values from the file or the system (a pdf.js message) may be English; the wording around them may not.
      let wording = message
      for (const value of shownValues(detail)) wording = wording.replace(value, '')
      expect(wording).not.toMatch(ENGLISH_RUN)
    }
    for (const message of [en!, kk!, ru!]) for (const value of shownValues(detail)) expect(message).toContain(value)
  })

  it('a broken file read from bytes carries its detail and its file, and is worded in Kazakh and Russian', async () => {
    const broken = await documentFromBytes('broken_kaz.docx', new TextEncoder().encode('PK\x03\x04 cut'))
    if (broken.ok) throw new Error('read a broken file')
    expect(broken).toMatchObject({ problem: 'damaged', detail: { code: 'zip-no-directory' }, file: 'broken_kaz.docx' })
    expect(broken.reason).toBe('broken_kaz.docx: the file is cut short or damaged (its zip directory is missing); download or save it again')
    expect(problemText('en', broken)).toBe(broken.reason)
    expect(problemText('ru', broken)).toBe('broken_kaz.docx: файл оборван или повреждён (нет оглавления zip); скачайте или сохраните его заново')
    expect(problemText('kk', broken)).toMatch(/^broken_kaz\.docx: файл толық емес/)
  })

  it('a picture named as one is refused by kind, in the reader\'s language', async () => {
    const picture = await documentFromBytes('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    if (picture.ok) throw new Error('read a picture')
    expect(picture.detail).toEqual({ code: 'not-opened', kind: 'picture', extension: 'png' })
    expect(problemText('kk', picture)).toContain('сурет (скан ба?)')
  })
})
