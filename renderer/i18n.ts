// The interface in Kazakh, Russian and English; the system language decides, the user may switch.
import type { Refusal } from '../corpus/operations.ts'
import { describeFinding, type FindingDetail } from '../aligner/checks/messages.ts'

export type UiLanguage = 'kk' | 'ru' | 'en'

const STRINGS = {
  documents: { en: 'Documents', kk: 'Құжаттар', ru: 'Документы' },
  noDocuments: {
    en: 'No aligned documents yet. Open a pair, import a folder, or drop the Kazakh and Russian files here.',
    kk: 'Әзірге құжат жоқ. Жұпты ашыңыз, буманы импорттаңыз немесе қазақша және орысша файлдарды осында сүйреп әкеліңіз.',
    ru: 'Пока нет документов. Откройте пару, импортируйте папку или перетащите сюда казахский и русский файлы.',
  },
  openPair: { en: 'Open pair…', kk: 'Жұпты ашу…', ru: 'Открыть пару…' },
  newProject: { en: 'New project: its name and its first pair', kk: 'Жаңа жоба: атауы және алғашқы жұбы', ru: 'Новый проект: название и первая пара' },
  openPairHint: {
    en: 'The Kazakh and the Russian version of one agreement: .txt, .md, .html, .mhtml, .docx, .doc, .odt, .rtf or a PDF with text.',
    kk: 'Бір келісімнің қазақша және орысша нұсқасы: .txt, .md, .html, .mhtml, .docx, .doc, .odt, .rtf немесе мәтіні бар PDF.',
    ru: 'Казахская и русская версии одного соглашения: .txt, .md, .html, .mhtml, .docx, .doc, .odt, .rtf или PDF с текстом.',
  },
  files: { en: 'Files', kk: 'Файлдар', ru: 'Файлы' },
  chooseFiles: { en: 'Choose files…', kk: 'Файлдарды таңдау…', ru: 'Выбрать файлы…' },
  project: { en: 'Project', kk: 'Жоба', ru: 'Проект' },
  aligning: { en: 'Aligning…', kk: 'Туралануда…', ru: 'Выравнивание…' },
  chooseTwo: { en: 'Choose two files: the Kazakh and the Russian version.', kk: 'Екі файл таңдаңыз: қазақша және орысша нұсқа.', ru: 'Выберите два файла: казахскую и русскую версии.' },
  importNow: { en: 'Import', kk: 'Импорттау', ru: 'Импортировать' },
  importFolder: { en: 'Import folder…', kk: 'Буманы импорттау…', ru: 'Импорт папки…' },
  importFolderHint: {
    en: 'Egiz pairs the files by their names (…_kz / …_ru, kaz / rus) or by the dates and numbers of their titles, then aligns every pair.',
    kk: 'Egiz файлдарды атауы (…_kz / …_ru, kaz / rus) немесе тақырыбындағы күндер мен нөмірлер бойынша жұптайды, содан кейін әр жұпты туралайды.',
    ru: 'Egiz подбирает пары по именам файлов (…_kz / …_ru, kaz / rus) или по датам и номерам в заголовках и выравнивает каждую пару.',
  },
  folder: { en: 'Folder', kk: 'Бума', ru: 'Папка' },
  readingFolder: { en: 'Reading the folder…', kk: 'Бума оқылуда…', ru: 'Чтение папки…' },
  pairsFound: { en: 'pairs found', kk: 'жұп табылды', ru: 'пар найдено' },
  byContent: { en: 'paired by content', kk: 'мазмұны бойынша', ru: 'по содержанию' },
  filesAlone: { en: 'files without a pair', kk: 'жұбы жоқ файл', ru: 'файлов без пары' },
  imported: { en: 'imported', kk: 'импортталды', ru: 'импортировано' },
  importedBefore: { en: 'imported before', kk: 'бұрын импортталған', ru: 'импортировано ранее' },
  failed: { en: 'failed', kk: 'сәтсіз', ru: 'с ошибкой' },
  left: { en: 'left', kk: 'қалды', ru: 'осталось' },
  cancelled: { en: 'Cancelled', kk: 'Тоқтатылды', ru: 'Отменено' },
  finished: { en: 'Finished', kk: 'Аяқталды', ru: 'Готово' },
  dropHere: { en: 'Drop the Kazakh and the Russian file to align them', kk: 'Туралау үшін қазақша және орысша файлды осында тастаңыз', ru: 'Отпустите казахский и русский файлы, чтобы выровнять их' },
  confirmed: { en: 'confirmed', kk: 'расталды', ru: 'подтверждено' },
  findings: { en: 'findings', kk: 'ескертулер', ru: 'замечания' },
  alignmentNotes: { en: 'alignment notes', kk: 'туралау ескертпелері', ru: 'заметки о выравнивании' },
  kazakh: { en: 'Kazakh', kk: 'Қазақша', ru: 'Казахский' },
  russian: { en: 'Russian', kk: 'Орысша', ru: 'Русский' },
  confirm: { en: 'Confirm', kk: 'Растау', ru: 'Подтвердить' },
  confirmAbove: { en: 'Confirm all above', kk: 'Жоғарыдағының бәрін растау', ru: 'Подтвердить всё выше' },
  needsReview: { en: 'Needs review', kk: 'Тексеру керек', ru: 'Проверить' },
  reject: { en: 'Reject', kk: 'Қабылдамау', ru: 'Отклонить' },
  mergeNext: { en: 'Merge with next', kk: 'Келесімен біріктіру', ru: 'Объединить со следующей' },
  mergePrevious: { en: 'Merge with previous', kk: 'Алдыңғымен біріктіру', ru: 'Объединить с предыдущей' },
  split: { en: 'Split after first sentence', kk: 'Бірінші сөйлемнен кейін бөлу', ru: 'Разделить после первого предложения' },
  unpair: { en: 'Unpair', kk: 'Жұпты ажырату', ru: 'Разъединить' },
  undo: { en: 'Undo', kk: 'Болдырмау', ru: 'Отменить' },
  redo: { en: 'Redo', kk: 'Қайтару', ru: 'Повторить' },
  edit: { en: 'Edit', kk: 'Өңдеу', ru: 'Править' },
  save: { en: 'Save', kk: 'Сақтау', ru: 'Сохранить' },
  cancel: { en: 'Cancel', kk: 'Бас тарту', ru: 'Отмена' },
  nextProblem: { en: 'Next problem', kk: 'Келесі мәселе', ru: 'Следующая проблема' },
  previousProblem: { en: 'Previous problem', kk: 'Алдыңғы мәселе', ru: 'Предыдущая проблема' },
  moveUpKk: { en: 'Kazakh sentence up (first to the pair above)', kk: 'Қазақша сөйлемді жоғары (біріншісін жоғарғы жұпқа)', ru: 'Казахское предложение вверх (первое — в пару выше)' },
  moveDownKk: { en: 'Kazakh sentence down (last to the pair below)', kk: 'Қазақша сөйлемді төмен (соңғысын төменгі жұпқа)', ru: 'Казахское предложение вниз (последнее — в пару ниже)' },
  moveUpRu: { en: 'Russian sentence up (first to the pair above)', kk: 'Орысша сөйлемді жоғары (біріншісін жоғарғы жұпқа)', ru: 'Русское предложение вверх (первое — в пару выше)' },
  moveDownRu: { en: 'Russian sentence down (last to the pair below)', kk: 'Орысша сөйлемді төмен (соңғысын төменгі жұпқа)', ru: 'Русское предложение вниз (последнее — в пару ниже)' },
  realign: { en: 'Re-align unconfirmed', kk: 'Расталмағанды қайта туралау', ru: 'Перевыровнять неподтверждённое' },
  loading: { en: 'Loading…', kk: 'Жүктелуде…', ru: 'Загрузка…' },
  pairs: { en: 'pairs', kk: 'жұп', ru: 'пар' },
  shortcuts: {
    en: '↑↓ move · V articles/sentences · Enter confirm · A confirm all above · R needs review · X reject · M merge next · Shift+M merge previous · S split after the first sentence · Shift+S split where you clicked · U unpair · Alt+↑/↓ sentence up/down (Shift: Russian) · E/Shift+E edit · N/Shift+N next/previous problem · F/Shift+F next/previous finding · Ctrl+Z undo · Ctrl+Y redo · F1 these shortcuts',
    kk: '↑↓ жылжу · V баптар/сөйлемдер · Enter растау · A жоғарыдағыны растау · R тексеру · X қабылдамау · M келесімен біріктіру · Shift+M алдыңғымен · S бірінші сөйлемнен кейін бөлу · Shift+S басқан жерден бөлу · U ажырату · Alt+↑/↓ сөйлем жоғары/төмен (Shift: орысша) · E/Shift+E өңдеу · N/Shift+N келесі/алдыңғы мәселе · F/Shift+F келесі/алдыңғы ескерту · Ctrl+Z болдырмау · Ctrl+Y қайтару · F1 пернелер тізімі',
    ru: '↑↓ переход · V статьи/предложения · Enter подтвердить · A всё выше · R проверить · X отклонить · M объединить со следующей · Shift+M с предыдущей · S разделить после первого предложения · Shift+S разделить там, где щёлкнули · U разъединить · Alt+↑/↓ предложение вверх/вниз (Shift: русское) · E/Shift+E править · N/Shift+N следующая/предыдущая проблема · F/Shift+F следующее/предыдущее замечание · Ctrl+Z отменить · Ctrl+Y повторить · F1 список клавиш',
  },
  language: { en: 'Interface', kk: 'Интерфейс', ru: 'Интерфейс' },
  export: { en: 'Export…', kk: 'Экспорт…', ru: 'Экспорт…' },
  search: { en: 'Search both languages', kk: 'Екі тілде іздеу', ru: 'Поиск на обоих языках' },
  searchResults: { en: 'Search results', kk: 'Іздеу нәтижелері', ru: 'Результаты поиска' },
  nothingFound: { en: 'Nothing found.', kk: 'Ештеңе табылмады.', ru: 'Ничего не найдено.' },
  jumpToArticle: { en: 'Go to article…', kk: 'Бапқа өту…', ru: 'Перейти к статье…' },
  onlyFindings: { en: 'Only pairs with findings', kk: 'Тек ескертуі бар жұптар', ru: 'Только пары с замечаниями' },
  nextFinding: { en: 'Next finding', kk: 'Келесі ескерту', ru: 'Следующее замечание' },
  previousFinding: { en: 'Previous finding', kk: 'Алдыңғы ескерту', ru: 'Предыдущее замечание' },
  dismiss: { en: 'Dismiss', kk: 'Елемеу', ru: 'Снять' },
  dismissReason: { en: 'why this is not a problem', kk: 'неге бұл мәселе емес', ru: 'почему это не проблема' },
  dismissedBecause: { en: 'dismissed', kk: 'елемеді', ru: 'снято' },
  showAgain: { en: 'Show again', kk: 'Қайта көрсету', ru: 'Показать снова' },
  exportNow: { en: 'Export', kk: 'Экспорттау', ru: 'Экспортировать' },
  exportScope: { en: 'Pairs of', kk: 'Жұптар', ru: 'Пары' },
  thisDocument: { en: 'this document', kk: 'осы құжат', ru: 'этого документа' },
  wholeProject: { en: 'the whole project', kk: 'бүкіл жоба', ru: 'всего проекта' },
  exportFormat: { en: 'Format', kk: 'Пішім', ru: 'Формат' },
  exportSource: { en: 'Source language', kk: 'Бастапқы тіл', ru: 'Исходный язык' },
  exportCodes: { en: 'Language codes', kk: 'Тіл кодтары', ru: 'Коды языков' },
  exportLevel: { en: 'Level', kk: 'Деңгей', ru: 'Уровень' },
  sentences: { en: 'sentences', kk: 'сөйлемдер', ru: 'предложения' },
  articles: { en: 'articles', kk: 'баптар', ru: 'статьи' },
  both: { en: 'both', kk: 'екеуі де', ru: 'оба' },
  exportPairs: { en: 'Which pairs', kk: 'Қай жұптар', ru: 'Какие пары' },
  confirmedOnly: { en: 'confirmed only', kk: 'тек расталғандар', ru: 'только подтверждённые' },
  allButRejected: { en: 'all but rejected', kk: 'қабылданбағандардан басқасы', ru: 'все, кроме отклонённых' },
  exportText: { en: 'Text', kk: 'Мәтін', ru: 'Текст' },
  cleanText: { en: 'clean', kk: 'тазартылған', ru: 'очищенный' },
  exportSegments: { en: 'Units', kk: 'Бірліктер', ru: 'Единицы' },
  catSegments: { en: 'segments as CAT tools cut them', kk: 'CAT құралдары бөлетін сегменттер', ru: 'сегменты, как их делят CAT-программы' },
  wholePairs: { en: 'whole aligned pairs', kk: 'тұтас теңестірілген жұптар', ru: 'целые выровненные пары' },
  originalText: { en: 'as in the original files', kk: 'түпнұсқадағыдай', ru: 'как в исходных файлах' },
  minConfidence: { en: 'Lowest confidence', kk: 'Ең төменгі сенімділік', ru: 'Наименьшая уверенность' },
  skipEmpty: { en: 'leave out pairs with an empty side', kk: 'бір жағы бос жұптарды шығармау', ru: 'без пар с пустой стороной' },
  dropDuplicates: { en: 'leave out duplicates', kk: 'қайталанғандарды шығармау', ru: 'без повторов' },
  rawCells: { en: 'TSV: keep cells starting with = + - @ as they are', kk: 'TSV: = + - @ белгісінен басталатын ұяшықтарды өзгертпеу', ru: 'TSV: не менять ячейки, начинающиеся с = + - @' },
  exporting: { en: 'Exporting', kk: 'Экспортталуда', ru: 'Экспорт' },
  close: { en: 'Close', kk: 'Жабу', ru: 'Закрыть' },
  outline: { en: 'Structure', kk: 'Құрылым', ru: 'Структура' },
  keptApart: { en: 'Headers, footers and notes of the files', kk: 'Файлдардың колонтитулдары мен ескертпелері', ru: 'Колонтитулы и сноски файлов' },
  mismatches: { en: 'differ', kk: 'сәйкес емес', ru: 'расходятся' },
  noMismatches: { en: 'both versions agree', kk: 'екі нұсқа сәйкес', ru: 'версии совпадают' },
  numbersDiffer: { en: 'the numbers differ', kk: 'нөмірлері әртүрлі', ru: 'номера различаются' },
  onlyKazakh: { en: 'only in the Kazakh version', kk: 'тек қазақша нұсқада', ru: 'только в казахской версии' },
  onlyRussian: { en: 'only in the Russian version', kk: 'тек орысша нұсқада', ru: 'только в русской версии' },
  repairs: { en: 'Repairs of the layout', kk: 'Пішімді түзетулер', ru: 'Исправления вёрстки' },
  revert: { en: 'Revert', kk: 'Қайтару', ru: 'Вернуть как было' },
  restore: { en: 'Repair again', kk: 'Қайта түзету', ru: 'Исправить снова' },
  cutAt: { en: 'cut at character', kk: 'бөлу орны', ru: 'разрез у символа' },
  splitAtCursor: { en: 'Split where I clicked', kk: 'Басқан жерден бөлу', ru: 'Разделить там, где я щёлкнул' },
  view: { en: 'View', kk: 'Көрініс', ru: 'Вид' },
  alreadyImported: { en: 'These two files are in this project already:', kk: 'Бұл екі файл осы жобада бұрыннан бар:', ru: 'Эти два файла уже есть в проекте:' },
  openExisting: { en: 'Open it', kk: 'Соны ашу', ru: 'Открыть его' },
  alignAgain: { en: 'Align again as a new version', kk: 'Жаңа нұсқа ретінде қайта туралау', ru: 'Выровнять заново как новую версию' },
  importCopy: { en: 'Import a copy', kk: 'Көшірмесін импорттау', ru: 'Импортировать копию' },
  concordance: { en: 'Concordance', kk: 'Конкорданс', ru: 'Конкорданс' },
  found: { en: 'pairs found', kk: 'жұп табылды', ru: 'пар найдено' },
  where: { en: 'In', kk: 'Қайда', ru: 'Где' },
  allDocuments: { en: 'all documents', kk: 'барлық құжатта', ru: 'во всех документах' },
  inThisDocument: { en: 'this document', kk: 'осы құжатта', ru: 'в этом документе' },
  reviewStatus: { en: 'Status', kk: 'Күйі', ru: 'Статус' },
  anyStatus: { en: 'any', kk: 'кез келген', ru: 'любой' },
  notReviewed: { en: 'not reviewed', kk: 'тексерілмеген', ru: 'не проверено' },
  statusConfirmed: { en: 'confirmed', kk: 'расталған', ru: 'подтверждено' },
  statusNeedsReview: { en: 'needs review', kk: 'тексеру керек', ru: 'требует проверки' },
  statusRejected: { en: 'rejected', kk: 'қабылданбаған', ru: 'отклонено' },
  showMore: { en: 'Show more', kk: 'Тағы көрсету', ru: 'Показать ещё' },
  done: { en: 'done', kk: 'орындалды', ru: 'выполнено' },
  undone: { en: 'Undone', kk: 'Болдырылмады', ru: 'Отменено' },
  redone: { en: 'Redone', kk: 'Қайта орындалды', ru: 'Повторено' },
  articleView: { en: 'Articles', kk: 'Баптар', ru: 'Статьи' },
  sentenceView: { en: 'Sentences', kk: 'Сөйлемдер', ru: 'Предложения' },
  confirmArticle: { en: 'Confirm the article and its sentences', kk: 'Бапты және оның сөйлемдерін растау', ru: 'Подтвердить статью и её предложения' },
  openSentences: { en: 'Its sentences', kk: 'Оның сөйлемдері', ru: 'Её предложения' },
  splitBefore: { en: 'split before', kk: 'алдынан бөлу', ru: 'разделить перед' },
  focusedPair: { en: 'Focused pair', kk: 'Таңдалған жұп', ru: 'Выбранная пара' },
  focusedArticle: { en: 'Focused article', kk: 'Таңдалған бап', ru: 'Выбранная статья' },
  showDetail: { en: 'Show the pair in full', kk: 'Жұпты толық көрсету', ru: 'Показать пару целиком' },
  hideDetail: { en: 'Hide the pair in full', kk: 'Жұптың толық мәтінін жасыру', ru: 'Скрыть полный текст пары' },
  about: { en: 'About Egiz', kk: 'Egiz туралы', ru: 'О программе Egiz' },
  aboutText: {
    en: 'Egiz aligns the Kazakh and Russian versions of agreements and laws, checks them against each other and exports translation memory (TMX). Everything stays on this computer.',
    kk: 'Egiz келісімдер мен заңдардың қазақша және орысша нұсқаларын туралайды, бір-бірімен салыстырады және аударма жадын (TMX) экспорттайды. Барлығы осы компьютерде қалады.',
    ru: 'Egiz выравнивает казахскую и русскую версии соглашений и законов, сверяет их и экспортирует память переводов (TMX). Всё остаётся на этом компьютере.',
  },
  keyboardShortcuts: { en: 'Keyboard shortcuts', kk: 'Пернетақта', ru: 'Клавиши' },
  version: { en: 'Version', kk: 'Нұсқа', ru: 'Версия' },
  workspaceFile: { en: 'workspace', kk: 'жұмыс файлы', ru: 'рабочий файл' },
} satisfies Record<string, Record<UiLanguage, string>>

export type StringKey = keyof typeof STRINGS

export function systemLanguage(): UiLanguage {
  const code = (navigator.language || 'en').slice(0, 2)
  return code === 'kk' || code === 'ru' ? code : 'en'
}

export function translate(language: UiLanguage, key: StringKey): string {
  return STRINGS[key][language]
}

const SIDE_NAMES: Record<UiLanguage, Record<'kk' | 'ru', string>> = {
  en: { kk: 'Kazakh', ru: 'Russian' },
  kk: { kk: 'қазақша', ru: 'орысша' },
  ru: { kk: 'казахская', ru: 'русская' },
}

/** The kinds of stored operations (corpus/operations.ts), as the status line names them. */
const OPERATION_NAMES: Record<string, Record<UiLanguage, string>> = {
  merge: { en: 'merge', kk: 'біріктіру', ru: 'объединение' },
  split: { en: 'split', kk: 'бөлу', ru: 'разделение' },
  'move-sentence': { en: 'sentence move', kk: 'сөйлемді жылжыту', ru: 'перенос предложения' },
  unpair: { en: 'unpairing', kk: 'жұпты ажырату', ru: 'разъединение' },
  edit: { en: 'edit', kk: 'өңдеу', ru: 'правка' },
  status: { en: 'review status', kk: 'тексеру күйі', ru: 'статус проверки' },
  note: { en: 'note', kk: 'ескертпе', ru: 'заметка' },
  repair: { en: 'repair', kk: 'түзету', ru: 'исправление' },
  realign: { en: 're-alignment', kk: 'қайта туралау', ru: 'повторное выравнивание' },
}

export function operationName(language: UiLanguage, kind: string): string {
  return OPERATION_NAMES[kind]?.[language] ?? kind
}

/** An operation's refusal in the reviewer's language. */
export function refusalText(language: UiLanguage, refusal: Refusal): string {
  const side = 'side' in refusal ? SIDE_NAMES[language][refusal.side] : ''
  const next = 'direction' in refusal && refusal.direction === 'next'
  switch (refusal.code) {
    case 'no-neighbour':
      return { en: `This pair has no ${next ? 'next' : 'previous'} pair.`, kk: `Бұл жұптан ${next ? 'кейін' : 'бұрын'} жұп жоқ.`, ru: `У этой пары нет ${next ? 'следующей' : 'предыдущей'} пары.` }[language]
    case 'side-edited':
      return { en: `The ${side} side was edited by hand: merge it, or split it where you click (Shift+S).`, kk: `${capital(side)} жағы қолмен өңделген: оны біріктіріңіз немесе басқан жерден бөліңіз (Shift+S).`, ru: `${capital(side)} сторона изменена вручную: объедините её или разделите там, где щёлкнете (Shift+S).` }[language]
    case 'too-few-sentences':
      return { en: `The ${side} side has only one sentence: split it where you click (Shift+S).`, kk: `${capital(side)} жағында бір ғана сөйлем бар: басқан жерден бөліңіз (Shift+S).`, ru: `Только одно предложение (${side} сторона): разделите там, где щёлкнете (Shift+S).` }[language]
    case 'split-empty':
      return { en: 'There is nothing to split off here: one part would be empty on both sides.', kk: 'Мұнда бөлетін ештеңе жоқ: бір бөлігі екі жағында да бос болады.', ru: 'Здесь нечего отделять: одна часть была бы пустой с обеих сторон.' }[language]
    case 'nothing-to-move':
      return { en: `This pair has no ${side} text to move.`, kk: `Бұл жұпта жылжытатын ${side} мәтін жоқ.`, ru: `Нет текста для переноса (${side} сторона).` }[language]
    case 'no-side':
      return { en: `This pair has no ${side} side already.`, kk: `Бұл жұпта ${side} жағы онсыз да жоқ.`, ru: `У этой пары и так пусто: ${side} сторона.` }[language]
    case 'nothing-to-undo':
      return { en: 'Nothing to undo.', kk: 'Болдырмайтын ештеңе жоқ.', ru: 'Нечего отменять.' }[language]
    case 'nothing-to-redo':
      return { en: 'Nothing to redo.', kk: 'Қайтаратын ештеңе жоқ.', ru: 'Нечего повторять.' }[language]
    case 'cuts-reviewed-pair':
      return {
        en: 'This would cut a sentence pair you confirmed or edited in two. Split or merge that sentence pair first.',
        kk: 'Бұл сіз растаған не өңдеген сөйлем жұбын екіге бөліп жібереді. Алдымен сол сөйлем жұбын бөліңіз немесе біріктіріңіз.',
        ru: 'Это разрезало бы подтверждённую или изменённую вами пару предложений. Сначала разделите или объедините эту пару.',
      }[language]
    case 'article-level':
      return {
        en: 'Sentences are edited and moved in the sentence view; an article can be merged, split or unpaired.',
        kk: 'Сөйлемдер сөйлем көрінісінде өңделеді және жылжытылады; бапты біріктіруге, бөлуге немесе жұптан ажыратуға болады.',
        ru: 'Предложения правят и переносят в режиме предложений; статью можно объединить, разделить или разъединить.',
      }[language]
  }
}

/** A finding in the reviewer's language; one stored before findings had details keeps its English message. */
export function findingText(language: UiLanguage, finding: { message: string; detail: FindingDetail | null }): string {
  return finding.detail ? describeFinding(finding.detail, language) : finding.message
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
