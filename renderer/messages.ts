// Messages of the back end — file problems, the workspace database, folder imports, internal
// problems — in the interface language. A file problem carries its detail, worded by
// aligner/problem-messages.ts. The others the back end words in English for the command line and
// the log; each form is one row here (names, paths and codes carried over), and an unknown one
// stays in English.
import type { UiLanguage } from './i18n.ts'
import type { Failure } from '../aligner/problems.ts'
import { describeProblem } from '../aligner/problem-messages.ts'

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
  [/^this folder cannot be read \((.+)\)$/, (m) => ({ kk: `бұл буманы оқу мүмкін емес (${m[1]})`, ru: `эту папку не удаётся прочитать (${m[1]})` })],
  [/^a folder more than (\d+) levels deep; move its files higher up$/, (m) => ({ kk: `${m[1]} деңгейден терең бума; оның файлдарын жоғарырақ жылжытыңыз`, ru: `папка глубже ${m[1]} уровней; перенесите её файлы выше` })],
  [/^not a regular file \(a pipe, a device or a socket\)$/, () => ({ kk: 'кәдімгі файл емес (арна, құрылғы не сокет)', ru: 'не обычный файл (канал, устройство или сокет)' })],
  [/^a hidden folder; rename it without the leading dot to import what it holds$/, () => ({ kk: 'жасырын бума; ішіндегісін импорттау үшін атауының басындағы нүктені алып тастаңыз', ru: 'скрытая папка; чтобы импортировать её содержимое, уберите точку в начале имени' })],
  // corpus/workspace.ts: dismissing a finding
  [/^say why the finding is dismissed$/, () => ({ kk: 'ескертуді неге жабатыныңызды жазыңыз', ru: 'укажите, почему замечание отклоняется' })],
  [/^finding (\d+) does not exist$/, (m) => ({ kk: `${m[1]} ескертуі енді жоқ; тізімді жаңартыңыз`, ru: `замечания ${m[1]} больше нет; обновите список` })],
  // corpus/operations.ts: a pair removed meanwhile (another window, an undo)
  [/^pair (\d+) does not exist$/, (m) => ({ kk: `${m[1]} жұбы енді жоқ; тізімді жаңартыңыз`, ru: `пары ${m[1]} больше нет; обновите список` })],
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

/** Why a file or a pair could not be imported, in the interface language, naming the file when one is known. */
export function problemText(language: UiLanguage, failure: Pick<Failure, 'reason' | 'detail' | 'file'>): string {
  if (!failure.detail) return backEndText(language, failure.reason)
  const said = describeProblem(failure.detail, language)
  return failure.file ? `${failure.file}: ${said}` : said
}
