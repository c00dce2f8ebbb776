// Messages of the back end — the workspace database, folder imports, internal problems — in the
// interface language. The back end words them in English for the command line and the log; each
// form is one row here (names, paths and codes carried over), and an unknown one stays in English.
import type { UiLanguage } from './i18n.ts'

type Say = (match: RegExpExecArray) => Record<Exclude<UiLanguage, 'en'>, string>

const FORMS: Array<[RegExp, Say]> = [
  // corpus/database.ts
  [/^the workspace is busy in another Egiz window or command; try again in a moment$/, () => ({ kk: 'Жұмыс кеңістігін басқа Egiz терезесі не командасы пайдаланып жатыр; сәлден соң қайталаңыз', ru: 'Рабочее пространство занято другим окном или командой Egiz; повторите чуть позже' })],
  [/^the workspace file is damaged; open its latest backup instead$/, () => ({ kk: 'Жұмыс кеңістігінің файлы бүлінген; оның соңғы сақтық көшірмесін ашыңыз', ru: 'Файл рабочего пространства повреждён; откройте его последнюю резервную копию' })],
  [/^the workspace file is read-only; copy it somewhere writable$/, () => ({ kk: 'Жұмыс кеңістігінің файлы тек оқуға арналған; оны жазуға болатын жерге көшіріңіз', ru: 'Файл рабочего пространства только для чтения; скопируйте его туда, где можно писать' })],
  [/^the disk is full; free some space and try again$/, () => ({ kk: 'Диск толы; орын босатып, қайталаңыз', ru: 'Диск заполнен; освободите место и повторите' })],
  [/^the file is not an Egiz workspace \(not a database\); choose another file$/, () => ({ kk: 'Бұл файл Egiz жұмыс кеңістігі емес (дерекқор емес); басқа файлды таңдаңыз', ru: 'Файл не является рабочим пространством Egiz (это не база данных); выберите другой файл' })],
  // contract/dispatch.ts
  [/^Egiz met an internal problem and did not finish this step; nothing was changed\. Please report it with the log\.$/, () => ({ kk: 'Egiz ішкі ақауға тап болып, бұл қадамды аяқтамады; ештеңе өзгерген жоқ. Журналмен бірге хабарлаңыз.', ru: 'Egiz столкнулся с внутренней ошибкой и не завершил этот шаг; ничего не изменено. Сообщите об этом, приложив журнал.' })],
  // corpus/batch/pairing.ts and jobs.ts
  [/^there is no folder (.+); check the path$/, (m) => ({ kk: `${m[1]} деген бума жоқ; жолды тексеріңіз`, ru: `папки ${m[1]} нет; проверьте путь` })],
  [/^the folder (.+) cannot be read \((.+)\)$/, (m) => ({ kk: `${m[1]} бумасын оқу мүмкін емес (${m[2]})`, ru: `папку ${m[1]} не удаётся прочитать (${m[2]})` })],
  [/^(.+) is a file, not a folder; give the folder that holds the documents$/, (m) => ({ kk: `${m[1]} — бума емес, файл; құжаттар жатқан буманы көрсетіңіз`, ru: `${m[1]} — файл, а не папка; укажите папку с документами` })],
  [/^a folder is being imported already \((.+)\); wait for it or cancel it$/, (m) => ({ kk: `Бір бума импортталып жатыр (${m[1]}); оны күтіңіз немесе тоқтатыңыз`, ru: `Уже импортируется папка (${m[1]}); дождитесь или отмените` })],
  [/^not a document Egiz opens \(\.(.+)\); it opens (.+)$/, (m) => ({ kk: `Egiz ашпайтын файл (.${m[1]}); ол мыналарды ашады: ${m[2]}`, ru: `Egiz не открывает такие файлы (.${m[1]}); он открывает ${m[2]}` })],
  [/^its language is neither Kazakh nor Russian$/, () => ({ kk: 'тілі қазақша да, орысша да емес', ru: 'язык не казахский и не русский' })],
  [/^no (Kazakh|Russian) file with the same name or with the same dates and numbers in its title$/, (m) => ({ kk: `атауы немесе тақырыбындағы күндер мен нөмірлері бірдей ${m[1] === 'Kazakh' ? 'қазақша' : 'орысша'} файл жоқ`, ru: `нет ${m[1] === 'Kazakh' ? 'казахского' : 'русского'} файла с тем же именем или с теми же датами и номерами в заголовке` })],
  [/^a symbolic link: a folder import stays inside the folder and does not follow links; copy the file in$/, () => ({ kk: 'символдық сілтеме: бума импорты сілтемелерге ермейді; файлды бумаға көшіріңіз', ru: 'символическая ссылка: импорт папки не следует по ссылкам; скопируйте файл в папку' })],
  [/^a hidden folder; rename it without the leading dot to import what it holds$/, () => ({ kk: 'жасырын бума; ішіндегісін импорттау үшін атауының басындағы нүктені алып тастаңыз', ru: 'скрытая папка; чтобы импортировать её содержимое, уберите точку в начале имени' })],
  [/^these two files were imported into (.+) before, as "(.+)"$/, (m) => ({ kk: `бұл екі файл бұрын ${m[1]} жобасына «${m[2]}» ретінде импортталған`, ru: `эти два файла уже импортированы в проект ${m[1]} как «${m[2]}»` })],
]

/** A back-end message in the interface language (the English words when no form matches). */
export function backEndText(language: UiLanguage, message: string): string {
  if (language === 'en') return message
  for (const [pattern, say] of FORMS) {
    const match = pattern.exec(message)
    if (match) return say(match)[language]
  }
  return message
}
