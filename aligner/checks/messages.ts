// What each finding says, in the reviewer's language. A finding carries its detail (a code and the
// values it is about); the message is written from it here, in English for the command line and
// the stored record, and in Kazakh or Russian for the desktop interface. The English wording is
// also what a dismissal is matched by, so it changes only with care.

export type MessageLanguage = 'en' | 'kk' | 'ru'
type Side = 'kk' | 'ru'
/** What kind of value a sentence pair lacks on one side. */
export type ValueKind = 'date' | 'reference' | 'number' | 'code'

export type FindingDetail =
  | { code: 'one-sided'; side: Side }
  | { code: 'one-sided-in-balanced-article'; side: Side }
  | { code: 'one-sided-beside-other'; side: Side }
  | { code: 'one-sided-same-values'; side: Side }
  | { code: 'missing-value'; what: ValueKind; value: string; side: Side }
  | { code: 'missing-value-nearby'; what: ValueKind; value: string; side: Side }
  | { code: 'missing-code-elsewhere'; what: ValueKind; value: string; side: Side }
  | { code: 'missing-value-elsewhere'; what: ValueKind; value: string; side: Side }
  | { code: 'shorter'; side: Side; kk: number; ru: number }
  | { code: 'ending-differs'; kk: string; ru: string }
  | { code: 'unbalanced'; what: 'brackets' | 'guillemets' | 'quotes'; side: Side }
  | { code: 'kazakh-side-russian' }
  | { code: 'side-untranslated'; side: Side }
  | { code: 'russian-side-kazakh-words'; words: string[] }
  | { code: 'unit-one-side'; unit: string; label: string; side: Side }
  | { code: 'renumbered'; kk: string; ru: string }
  | { code: 'title-one-side'; kkLabel: string; kkTitle: string; ruLabel: string; ruTitle: string }
  | { code: 'title-length'; kkLabel: string; kkTitle: string; ruLabel: string; ruTitle: string }
  | { code: 'bare-label'; point: string; article: string; side: Side }
  | { code: 'item-count'; kkLabel: string; kk: number; ruLabel: string; ru: number }
  | { code: 'section-numbered-differently'; kkLabel: string; kk: string; ruLabel: string; ru: string }
  | { code: 'section-one-side'; section: string; article: string; side: Side }
  | { code: 'article-twice'; side: Side; number: string }
  | { code: 'articles-jump'; side: Side; from: number; to: number }
  | { code: 'dangling-article'; side: Side; number: string }
  | { code: 'dangling-point'; side: Side; point: string; article: string }
  | { code: 'mixed-words'; side: Side; count: number; words: string[] }

const other = (side: Side): Side => (side === 'kk' ? 'ru' : 'kk')

/** Language names as each interface language uses them: `the Kazakh text`, `қазақ мәтіні`, `казахский текст`. */
const EN: Record<Side, string> = { kk: 'Kazakh', ru: 'Russian' }
const KK: Record<Side, string> = { kk: 'қазақ', ru: 'орыс' }
const RU_ADJ: Record<Side, { text: string; ofText: string; sentence: string; inText: string; version: string; inVersion: string }> = {
  kk: { text: 'казахский текст', ofText: 'казахского текста', sentence: 'казахское предложение', inText: 'в казахском тексте', version: 'казахская версия', inVersion: 'в казахской версии' },
  ru: { text: 'русский текст', ofText: 'русского текста', sentence: 'русское предложение', inText: 'в русском тексте', version: 'русская версия', inVersion: 'в русской версии' },
}

const VALUE_EN: Record<ValueKind, string> = { date: 'date', reference: 'reference', number: 'number', code: 'code or abbreviation' }
const VALUE_KK: Record<ValueKind, string> = { date: 'күн', reference: 'сілтеме', number: 'сан', code: 'код не қысқарту' }
const VALUE_RU: Record<ValueKind, string> = { date: 'дата', reference: 'ссылка', number: 'число', code: 'код или сокращение' }

/** `article:5` as each language names a reference's target. */
function referenceTarget(value: string, language: MessageLanguage): string {
  const [kind, number] = value.split(':') as [string, string]
  if (language === 'en') return `to ${kind} ${number}`
  if (language === 'kk') return `${number}-${({ article: 'бап', section: 'бөлім', point: 'тармақ' } as Record<string, string>)[kind] ?? kind}`
  return `на ${({ article: 'статью', section: 'раздел', point: 'пункт' } as Record<string, string>)[kind] ?? kind} ${number}`
}

const UNIT_KK: Record<string, string> = { article: 'бап', section: 'бөлім', chapter: 'тарау', subchapter: 'параграф', point: 'тармақ' }
const UNIT_RU: Record<string, string> = { article: 'статья', section: 'раздел', chapter: 'глава', subchapter: 'параграф', point: 'пункт' }
const UNBALANCED_EN = { brackets: 'brackets ( )', guillemets: 'quotes « »', quotes: 'quotes "' }
const UNBALANCED_KK = { brackets: 'жақшалар ( )', guillemets: 'тырнақшалар « »', quotes: 'тырнақшалар "' }
const UNBALANCED_RU = { brackets: 'скобки ( )', guillemets: 'кавычки « »', quotes: 'кавычки "' }

function quoted(words: string[]): string {
  return words.map((w) => `"${w}"`).join(', ')
}

/** The message of a finding in the given language. */
export function describeFinding(detail: FindingDetail, language: MessageLanguage = 'en'): string {
  switch (language) {
    case 'en':
      return english(detail)
    case 'kk':
      return kazakh(detail)
    case 'ru':
      return russian(detail)
  }
}

function missingValue(detail: Extract<FindingDetail, { what: ValueKind }>, language: MessageLanguage): string {
  const shown = detail.what === 'reference' ? referenceTarget(detail.value, language) : detail.value
  const side = detail.side
  if (language === 'en') return `${VALUE_EN[detail.what]} ${shown} is in the ${EN[side]} text but not in the ${EN[other(side)]} one`
  if (language === 'kk') return `${VALUE_KK[detail.what]} ${shown} ${KK[side]} мәтінінде бар, ${KK[other(side)]} мәтінінде жоқ`
  return `${VALUE_RU[detail.what]} ${shown} есть ${RU_ADJ[side].inText}, но нет ${RU_ADJ[other(side)].inText}`
}

function english(d: FindingDetail): string {
  switch (d.code) {
    case 'one-sided':
      return `this ${EN[d.side]} text has no counterpart in the ${EN[other(d.side)]} version`
    case 'one-sided-in-balanced-article':
      return `this ${EN[d.side]} sentence is paired with nothing, but its article is as long as usual in both versions: its ${EN[other(d.side)]} counterpart is probably part of another sentence (split or ordered differently)`
    case 'one-sided-beside-other':
      return `this ${EN[d.side]} text is paired with nothing, and ${EN[other(d.side)]} text beside it is paired with nothing either: they may be the same text, not aligned`
    case 'one-sided-same-values':
      return `this ${EN[d.side]} text is paired with nothing, and unpaired ${EN[other(d.side)]} text elsewhere has the same dates and numbers: probably the same text, placed differently`
    case 'missing-value':
      return missingValue(d, 'en')
    case 'missing-value-nearby':
      return `${missingValue(d, 'en')}: it is in a nearby ${EN[other(d.side)]} sentence, so the sentences may be paired differently`
    case 'missing-code-elsewhere':
      return `${missingValue(d, 'en')}: the ${EN[other(d.side)]} version has it elsewhere, so the sentences may be paired differently`
    case 'missing-value-elsewhere':
      return `${missingValue(d, 'en')}; the ${EN[other(d.side)]} version has it elsewhere`
    case 'shorter':
      return `the ${EN[d.side]} text is much shorter than usual for this document (${d.kk} / ${d.ru} characters): something may be missing`
    case 'ending-differs':
      return `the sentences end differently: "${d.kk}" / "${d.ru}"`
    case 'unbalanced':
      return `unbalanced ${UNBALANCED_EN[d.what]} in the ${EN[d.side]} text only`
    case 'kazakh-side-russian':
      return 'the Kazakh side is in Russian: untranslated text?'
    case 'side-untranslated':
      return `the ${EN[d.side]} side is in another language, in Latin letters, where the ${EN[other(d.side)]} side is translated: untranslated text?`
    case 'russian-side-kazakh-words':
      return `the Russian side has Kazakh words (${d.words.join(', ')})`
    case 'unit-one-side':
      return `${d.unit} ${d.label} is in the ${EN[d.side]} version only`
    case 'renumbered':
      return `renumbered: Kazakh ${d.kk} is paired with Russian ${d.ru}`
    case 'title-one-side':
      return `${d.kkLabel} ${d.kkTitle ? `has the title "${d.kkTitle}"` : 'has no title'}, ${d.ruLabel} ${d.ruTitle ? `has the title "${d.ruTitle}"` : 'has none'}`
    case 'title-length':
      return `the titles of ${d.kkLabel} and ${d.ruLabel} differ much in length ("${d.kkTitle}" / "${d.ruTitle}"): are they the same title?`
    case 'bare-label':
      return `point ${d.point}${d.article ? ` of ${d.article}` : ''} has a label but no text in the ${EN[d.side]} version`
    case 'item-count':
      return `${d.kkLabel} has ${d.kk} numbered points and subpoints, ${d.ruLabel} has ${d.ru}`
    case 'section-numbered-differently':
      return `${d.kkLabel} numbers a section ${d.kk} where ${d.ruLabel} numbers it ${d.ru}`
    case 'section-one-side':
      return `section ${d.section} of ${d.article} is in the ${EN[d.side]} version only`
    case 'article-twice':
      return `${EN[d.side]} text: article ${d.number} appears twice`
    case 'articles-jump':
      return `${EN[d.side]} text: articles jump from ${d.from} to ${d.to}`
    case 'dangling-article':
      return `${EN[d.side]} text refers to article ${d.number} of this act, which has no such article`
    case 'dangling-point':
      return `${EN[d.side]} text refers to point ${d.point} of ${d.article}, which has no such point`
    case 'mixed-words':
      return `${EN[d.side]} text: ${d.count === 1 ? 'a word mixes' : `${d.count} words mix`} Latin and Cyrillic letters that could not be repaired (${quotedList(d.words, d.count, 'en')}): retype them in one script`
  }
}

/** The first words of a list, and how many more there are. */
function quotedList(words: string[], count: number, language: MessageLanguage): string {
  const more = count - words.length
  if (more <= 0) return quoted(words)
  return `${quoted(words)} ${{ en: `and ${more} more`, kk: `және тағы ${more}`, ru: `и ещё ${more}` }[language]}`
}

function kazakh(d: FindingDetail): string {
  switch (d.code) {
    case 'one-sided':
      return `бұл ${KK[d.side]} мәтінінің ${KK[other(d.side)]} нұсқасында баламасы жоқ`
    case 'one-sided-in-balanced-article':
      return `бұл ${KK[d.side]} сөйлемі ешнәрсемен жұпталмаған, бірақ екі нұсқада да бабы әдеттегідей ұзындықта: оның ${KK[other(d.side)]} баламасы басқа сөйлемнің бөлігі болуы мүмкін (басқаша бөлінген немесе орналасқан)`
    case 'one-sided-beside-other':
      return `бұл ${KK[d.side]} мәтіні ешнәрсемен жұпталмаған, қасындағы ${KK[other(d.side)]} мәтіні де жұпталмаған: бұлар бір мәтін болуы мүмкін, тек сәйкестендірілмеген`
    case 'one-sided-same-values':
      return `бұл ${KK[d.side]} мәтіні ешнәрсемен жұпталмаған, ал басқа жердегі жұпталмаған ${KK[other(d.side)]} мәтінінде дәл сондай күндер мен сандар бар: бір мәтін, басқа жерге орналасқан болуы ықтимал`
    case 'missing-value':
      return missingValue(d, 'kk')
    case 'missing-value-nearby':
      return `${missingValue(d, 'kk')}: ол жақын тұрған ${KK[other(d.side)]} сөйлемінде бар, сөйлемдер басқаша жұпталған болуы мүмкін`
    case 'missing-code-elsewhere':
      return `${missingValue(d, 'kk')}: ${KK[other(d.side)]} нұсқасында ол басқа жерде бар, сөйлемдер басқаша жұпталған болуы мүмкін`
    case 'missing-value-elsewhere':
      return `${missingValue(d, 'kk')}; ${KK[other(d.side)]} нұсқасында ол басқа жерде бар`
    case 'shorter':
      return `${KK[d.side]} мәтіні осы құжат үшін әдеттегіден әлдеқайда қысқа (${d.kk} / ${d.ru} таңба): бірдеңе түсіп қалған болуы мүмкін`
    case 'ending-differs':
      return `сөйлемдер әртүрлі аяқталады: "${d.kk}" / "${d.ru}"`
    case 'unbalanced':
      return `${UNBALANCED_KK[d.what]} тек ${KK[d.side]} мәтінінде теңгерілмеген`
    case 'kazakh-side-russian':
      return 'қазақ жағы орыс тілінде: аударылмаған мәтін бе?'
    case 'side-untranslated':
      return `${KK[d.side]} жағы латын әрпімен басқа тілде жазылған, ал ${KK[other(d.side)]} жағы аударылған: аударылмаған мәтін бе?`
    case 'russian-side-kazakh-words':
      return `орыс жағында қазақ сөздері бар (${d.words.join(', ')})`
    case 'unit-one-side':
      return `${d.label} (${UNIT_KK[d.unit] ?? d.unit}) тек ${KK[d.side]} нұсқасында бар`
    case 'renumbered':
      return `нөмірі өзгерген: қазақша ${d.kk} орысша ${d.ru} бабымен жұпталған`
    case 'title-one-side':
      return `${d.kkLabel}: ${d.kkTitle ? `тақырыбы "${d.kkTitle}"` : 'тақырыбы жоқ'}, ${d.ruLabel}: ${d.ruTitle ? `тақырыбы "${d.ruTitle}"` : 'тақырыбы жоқ'}`
    case 'title-length':
      return `${d.kkLabel} мен ${d.ruLabel} тақырыптарының ұзындығы қатты өзгеше ("${d.kkTitle}" / "${d.ruTitle}"): бұл бір тақырып па?`
    case 'bare-label':
      return `${d.article ? `${d.article}: ` : ''}${d.point} тармағының ${KK[d.side]} нұсқасында белгісі бар, мәтіні жоқ`
    case 'item-count':
      return `${d.kkLabel} бабында ${d.kk} нөмірленген тармақ пен тармақша бар, ${d.ruLabel} бабында — ${d.ru}`
    case 'section-numbered-differently':
      return `${d.kkLabel} бөлімді ${d.kk} деп нөмірлейді, ал ${d.ruLabel} — ${d.ru} деп`
    case 'section-one-side':
      return `${d.article}: ${d.section} бөлімі тек ${KK[d.side]} нұсқасында бар`
    case 'article-twice':
      return `${KK[d.side]} мәтіні: ${d.number}-бап екі рет кездеседі`
    case 'articles-jump':
      return `${KK[d.side]} мәтіні: баптар ${d.from}-ден ${d.to}-ге секіреді`
    case 'dangling-article':
      return `${KK[d.side]} мәтіні осы актінің ${d.number}-бабына сілтейді, ал ондай бап жоқ`
    case 'dangling-point':
      return `${KK[d.side]} мәтіні ${d.article} ${d.point}-тармағына сілтейді, ал ондай тармақ жоқ`
    case 'mixed-words':
      return `${KK[d.side]} мәтіні: ${d.count} сөзде латын және кирилл әріптері аралас, оларды түзету мүмкін болмады (${quotedList(d.words, d.count, 'kk')}): бір әліпбимен қайта теріңіз`
  }
}

function russian(d: FindingDetail): string {
  const side = 'side' in d ? RU_ADJ[d.side] : RU_ADJ.kk
  const otherSide = 'side' in d ? RU_ADJ[other(d.side)] : RU_ADJ.ru
  switch (d.code) {
    case 'one-sided':
      return `у этого ${side.ofText} нет соответствия ${otherSide.inVersion}`
    case 'one-sided-in-balanced-article':
      return `это ${side.sentence} ни с чем не сопоставлено, но статья в обеих версиях обычной длины: соответствие ${otherSide.inText}, вероятно, входит в другое предложение (разделено или расположено иначе)`
    case 'one-sided-beside-other':
      return `этот ${side.text} ни с чем не сопоставлен, и соседний текст ${otherSide.inVersion} тоже: возможно, это один и тот же текст, не выровненный`
    case 'one-sided-same-values':
      return `этот ${side.text} ни с чем не сопоставлен, а в другом месте ${otherSide.inVersion} есть несопоставленный текст с теми же датами и числами: вероятно, тот же текст в другом месте`
    case 'missing-value':
      return missingValue(d, 'ru')
    case 'missing-value-nearby':
      return `${missingValue(d, 'ru')}: это есть в соседнем предложении ${otherSide.inText}, возможно, предложения сопоставлены иначе`
    case 'missing-code-elsewhere':
      return `${missingValue(d, 'ru')}: ${otherSide.version} содержит его в другом месте, возможно, предложения сопоставлены иначе`
    case 'missing-value-elsewhere':
      return `${missingValue(d, 'ru')}; ${otherSide.version} содержит его в другом месте`
    case 'shorter':
      return `${capital(side.text)} намного короче обычного для этого документа (${d.kk} / ${d.ru} знаков): возможно, что-то пропущено`
    case 'ending-differs':
      return `предложения заканчиваются по-разному: "${d.kk}" / "${d.ru}"`
    case 'unbalanced':
      return `непарные ${UNBALANCED_RU[d.what]} только ${side.inText}`
    case 'kazakh-side-russian':
      return 'казахская сторона на русском языке: непереведённый текст?'
    case 'side-untranslated':
      return `${capital(side.text)} на другом языке, латиницей, а ${otherSide.text} переведён: непереведённый текст?`
    case 'russian-side-kazakh-words':
      return `в русском тексте есть казахские слова (${d.words.join(', ')})`
    case 'unit-one-side':
      return `${UNIT_RU[d.unit] ?? d.unit} ${d.label} есть только ${side.inVersion}`
    case 'renumbered':
      return `другой номер: казахская ${d.kk} сопоставлена с русской ${d.ru}`
    case 'title-one-side':
      return `${d.kkLabel}: ${d.kkTitle ? `заголовок "${d.kkTitle}"` : 'без заголовка'}, ${d.ruLabel}: ${d.ruTitle ? `заголовок "${d.ruTitle}"` : 'без заголовка'}`
    case 'title-length':
      return `заголовки ${d.kkLabel} и ${d.ruLabel} сильно различаются по длине ("${d.kkTitle}" / "${d.ruTitle}"): это один заголовок?`
    case 'bare-label':
      return `${d.article ? `${d.article}: у` : 'У'} пункта ${d.point} ${side.inVersion} есть номер, но нет текста`
    case 'item-count':
      return `в ${d.kkLabel} ${d.kk} пронумерованных пунктов и подпунктов, в ${d.ruLabel} — ${d.ru}`
    case 'section-numbered-differently':
      return `${d.kkLabel} нумерует раздел как ${d.kk}, а ${d.ruLabel} — как ${d.ru}`
    case 'section-one-side':
      return `${d.article}: раздел ${d.section} есть только ${side.inVersion}`
    case 'article-twice':
      return `${capital(side.text)}: статья ${d.number} встречается дважды`
    case 'articles-jump':
      return `${capital(side.text)}: нумерация статей прыгает с ${d.from} на ${d.to}`
    case 'dangling-article':
      return `${capital(side.text)} ссылается на статью ${d.number} этого акта, а такой статьи нет`
    case 'dangling-point':
      return `${capital(side.text)} ссылается на пункт ${d.point} (${d.article}), а такого пункта нет`
    case 'mixed-words':
      return `${capital(side.text)}: в ${d.count} словах смешаны латинские и кириллические буквы, исправить не удалось (${quotedList(d.words, d.count, 'ru')}): наберите их в одной раскладке`
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
