// The interface in Kazakh, Russian and English; the system language decides, the user may switch.

export type UiLanguage = 'kk' | 'ru' | 'en'

const STRINGS = {
  documents: { en: 'Documents', kk: 'Құжаттар', ru: 'Документы' },
  noDocuments: { en: 'No aligned documents yet. Import a pair with "egiz import KK RU".', kk: 'Әзірге құжат жоқ. Жұпты "egiz import KK RU" арқылы қосыңыз.', ru: 'Пока нет документов. Добавьте пару командой "egiz import KK RU".' },
  confirmed: { en: 'confirmed', kk: 'расталды', ru: 'подтверждено' },
  findings: { en: 'findings', kk: 'ескертулер', ru: 'замечания' },
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
  moveUp: { en: 'Sentence up', kk: 'Сөйлемді жоғары', ru: 'Предложение вверх' },
  moveDown: { en: 'Sentence down', kk: 'Сөйлемді төмен', ru: 'Предложение вниз' },
  realign: { en: 'Re-align unconfirmed', kk: 'Расталмағанды қайта туралау', ru: 'Перевыровнять неподтверждённое' },
  loading: { en: 'Loading…', kk: 'Жүктелуде…', ru: 'Загрузка…' },
  pairs: { en: 'pairs', kk: 'жұп', ru: 'пар' },
  shortcuts: {
    en: '↑↓ move · Enter confirm · A confirm all above · R needs review · X reject · M merge next · Shift+M merge previous · S split · U unpair · Alt+↑/↓ sentence up/down (Shift: Russian) · E/Shift+E edit · N/Shift+N next/previous problem · F/Shift+F next/previous finding · Ctrl+Z undo · Ctrl+Y redo',
    kk: '↑↓ жылжу · Enter растау · A жоғарыдағыны растау · R тексеру · X қабылдамау · M келесімен біріктіру · Shift+M алдыңғымен · S бөлу · U ажырату · Alt+↑/↓ сөйлем жоғары/төмен (Shift: орысша) · E/Shift+E өңдеу · N/Shift+N келесі/алдыңғы мәселе · F/Shift+F келесі/алдыңғы ескерту · Ctrl+Z болдырмау · Ctrl+Y қайтару',
    ru: '↑↓ переход · Enter подтвердить · A всё выше · R проверить · X отклонить · M объединить со следующей · Shift+M с предыдущей · S разделить · U разъединить · Alt+↑/↓ предложение вверх/вниз (Shift: русское) · E/Shift+E править · N/Shift+N следующая/предыдущая проблема · F/Shift+F следующее/предыдущее замечание · Ctrl+Z отменить · Ctrl+Y повторить',
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
  originalText: { en: 'as in the original files', kk: 'түпнұсқадағыдай', ru: 'как в исходных файлах' },
  minConfidence: { en: 'Lowest confidence', kk: 'Ең төменгі сенімділік', ru: 'Наименьшая уверенность' },
  skipEmpty: { en: 'leave out pairs with an empty side', kk: 'бір жағы бос жұптарды шығармау', ru: 'без пар с пустой стороной' },
  dropDuplicates: { en: 'leave out duplicates', kk: 'қайталанғандарды шығармау', ru: 'без повторов' },
  exporting: { en: 'Exporting', kk: 'Экспортталуда', ru: 'Экспорт' },
  close: { en: 'Close', kk: 'Жабу', ru: 'Закрыть' },
} satisfies Record<string, Record<UiLanguage, string>>

export type StringKey = keyof typeof STRINGS

export function systemLanguage(): UiLanguage {
  const code = (navigator.language || 'en').slice(0, 2)
  return code === 'kk' || code === 'ru' ? code : 'en'
}

export function translate(language: UiLanguage, key: StringKey): string {
  return STRINGS[key][language]
}
