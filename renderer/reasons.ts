// Why the aligner paired what it paired, and what the normaliser repaired, in the interface
// language. The back end stores these in English (the command line shows them as they are); each
// form it writes is one row here, and a reason of a form not listed stays in English.
import type { UiLanguage } from './i18n.ts'

type Words = Record<Exclude<UiLanguage, 'en'>, string>

const LANGUAGE_NAMES: Record<string, Words> = {
  Kazakh: { kk: 'қазақша', ru: 'казахском' },
  Russian: { kk: 'орысша', ru: 'русском' },
}

const UNIT_KINDS: Record<string, Words> = {
  title: { kk: 'тақырып', ru: 'заголовок' },
  enactment: { kk: 'қабылдау жазбасы', ru: 'запись о принятии' },
  note: { kk: 'ескертпе', ru: 'примечание' },
  'in-force': { kk: 'күшіне ену жазбасы', ru: 'запись о вступлении в силу' },
  preamble: { kk: 'кіріспе', ru: 'преамбула' },
  section: { kk: 'бөлім', ru: 'раздел' },
  chapter: { kk: 'тарау', ru: 'глава' },
  subchapter: { kk: 'параграф', ru: 'параграф' },
  article: { kk: 'бап', ru: 'статья' },
  point: { kk: 'тармақ', ru: 'пункт' },
  subpoint: { kk: 'тармақша', ru: 'подпункт' },
  paragraph: { kk: 'абзац', ru: 'абзац' },
  'final-clause': { kk: 'қорытынды ереже', ru: 'заключительное положение' },
  signature: { kk: 'қолтаңба', ru: 'подпись' },
  certification: { kk: 'куәландыру', ru: 'заверение' },
  annex: { kk: 'қосымша', ru: 'приложение' },
  protocol: { kk: 'хаттама', ru: 'протокол' },
  sentence: { kk: 'сөйлем', ru: 'предложение' },
}

const kind = (name: string, language: Exclude<UiLanguage, 'en'>) => UNIT_KINDS[name]?.[language] ?? name
const side = (name: string, language: Exclude<UiLanguage, 'en'>) => LANGUAGE_NAMES[name]?.[language] ?? name

interface Form {
  pattern: RegExp
  say: (match: RegExpExecArray, language: Exclude<UiLanguage, 'en'>) => string
}

const FORMS: Form[] = [
  { pattern: /^length ratio ([\d.]+) \(document ([\d.]+)\)$/, say: (m, l) => (l === 'kk' ? `ұзындық қатынасы ${m[1]} (құжатта ${m[2]})` : `соотношение длин ${m[1]} (в документе ${m[2]})`) },
  { pattern: /^shared anchors: (.*)$/, say: (m, l) => (l === 'kk' ? `ортақ белгілер: ${m[1]}` : `общие опорные элементы: ${m[1]}`) },
  { pattern: /^([\w-]+) found in the (Kazakh|Russian) text only$/, say: (m, l) => (l === 'kk' ? `${kind(m[1]!, l)} тек ${side(m[2]!, l)} мәтінде бар` : `${kind(m[1]!, l)}: есть только в ${side(m[2]!, l)} тексте`) },
  { pattern: /^same ([\w-]+) number (.+)$/, say: (m, l) => (l === 'kk' ? `${kind(m[1]!, l)} нөмірі бірдей: ${m[2]}` : `одинаковый номер (${kind(m[1]!, l)}): ${m[2]}`) },
  { pattern: /^([\w-]+) numbers differ: (.+)$/, say: (m, l) => (l === 'kk' ? `${kind(m[1]!, l)} нөмірлері әртүрлі: ${m[2]}` : `номера различаются (${kind(m[1]!, l)}): ${m[2]}`) },
  { pattern: /^(\d+-\d+): (sentences|units) split differently$/, say: (m, l) => (l === 'kk' ? `${m[1]}: ${m[2] === 'sentences' ? 'сөйлемдер' : 'бөліктер'} әртүрлі бөлінген` : `${m[1]}: ${m[2] === 'sentences' ? 'предложения' : 'части'} разделены по-разному`) },
  {
    pattern: /^the (Kazakh|Russian) text is much shorter than the (Kazakh|Russian) one for this document \((\d+) \/ (\d+) characters, ([\d.]+) standard deviations\): text may be missing on one side$/,
    say: (m, l) =>
      l === 'kk'
        ? `${side(m[1]!, l)} мәтін бұл құжат үшін ${side(m[2]!, l)} мәтіннен әлдеқайда қысқа (${m[3]} / ${m[4]} таңба, ${m[5]} стандартты ауытқу): бір жағында мәтін жоқ болуы мүмкін`
        : `текст на ${side(m[1]!, l)} намного короче, чем на ${side(m[2]!, l)}, для этого документа (${m[3]} / ${m[4]} знаков, ${m[5]} стандартных отклонения): на одной стороне может не хватать текста`,
  },
  {
    pattern: /^the (Kazakh|Russian) side also holds the heading "(.+)": two articles may be glued together$/,
    say: (m, l) => (l === 'kk' ? `${side(m[1]!, l)} жағында «${m[2]}» тақырыбы да бар: екі бап біріктіріліп кеткен болуы мүмкін` : `на ${side(m[1]!, l)} стороне есть и заголовок «${m[2]}»: возможно, две статьи слиты`),
  },
  { pattern: /^merged by the reviewer$/, say: (_, l) => (l === 'kk' ? 'тексеруші біріктірді' : 'объединено проверяющим') },
  { pattern: /^split by the reviewer$/, say: (_, l) => (l === 'kk' ? 'тексеруші бөлді' : 'разделено проверяющим') },
  { pattern: /^unpaired by the reviewer$/, say: (_, l) => (l === 'kk' ? 'тексеруші жұптан ажыратты' : 'разъединено проверяющим') },
  { pattern: /^edited by the reviewer$/, say: (_, l) => (l === 'kk' ? 'тексеруші өңдеді' : 'изменено проверяющим') },
  { pattern: /^sentence moved by the reviewer$/, say: (_, l) => (l === 'kk' ? 'тексеруші сөйлемді жылжытты' : 'предложение перенесено проверяющим') },
  { pattern: /^re-aligned after an article change$/, say: (_, l) => (l === 'kk' ? 'бап өзгергеннен кейін қайта туралды' : 'выровнено заново после изменения статьи') },
  { pattern: /^re-aligned$/, say: (_, l) => (l === 'kk' ? 'қайта туралды' : 'выровнено заново') },
]

/** One reason of a pair in the interface language. */
export function reasonText(language: UiLanguage, reason: string): string {
  if (language === 'en') return reason
  for (const form of FORMS) {
    const match = form.pattern.exec(reason)
    if (match) return form.say(match, language)
  }
  return reason
}

const REPAIR_KINDS: Record<string, Record<UiLanguage, string>> = {
  'letter-spacing': { en: 'letter spacing', kk: 'әріп аралығы', ru: 'разрядка' },
  lookalike: { en: 'look-alike letter', kk: 'ұқсас әріп', ru: 'похожая буква' },
  'line-join': { en: 'joined line', kk: 'біріктірілген жол', ru: 'соединённая строка' },
}

/** A kind of normaliser repair in the interface language. */
export function repairKindText(language: UiLanguage, kind: string): string {
  return REPAIR_KINDS[kind]?.[language] ?? kind
}
