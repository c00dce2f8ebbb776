// What each file problem says, in the reader's language: English for the command line and the log,
// Kazakh or Russian for the desktop interface. Every form says what is wrong and what to do; names,
// numbers and codes from the file are carried over as they are.
import type { MessageLanguage } from './checks/messages.ts'
import type { OtherKind, ProblemDetail } from './problems.ts'

type Wording = Record<MessageLanguage, string>

const OPENS: Wording = {
  en: 'it opens .txt, .md, .html, .docx, .doc, .odt, .rtf and text .pdf files',
  kk: 'ол .txt, .md, .html, .docx, .doc, .odt, .rtf және мәтінді .pdf файлдарын ашады',
  ru: 'он открывает файлы .txt, .md, .html, .docx, .doc, .odt, .rtf и текстовые .pdf',
}
const OFFICIAL_SITE: Wording = {
  en: 'copy the text from the official site',
  kk: 'мәтінді ресми сайттан көшіріңіз',
  ru: 'скопируйте текст с официального сайта',
}
const RIGHT_FILE: Wording = { en: 'check that it is the right file', kk: 'файлдың дұрыс екенін тексеріңіз', ru: 'проверьте, тот ли это файл' }
const EXHAUST: Wording = {
  en: 'it is damaged or built to exhaust memory',
  kk: 'ол бүлінген немесе жадты толтыруға арналып жасалған',
  ru: 'он повреждён или сделан так, чтобы исчерпать память',
}
const SAVE_AGAIN_FROM_WORD: Wording = { en: 'save the document again from Word', kk: 'құжатты Word-тан қайта сақтаңыз', ru: 'сохраните документ заново из Word' }
const OFFICE_PASSWORD: Wording = {
  en: 'the document is password-protected; remove the password in Word (File → Info → Protect Document) and save it again',
  kk: 'құжат құпиясөзбен қорғалған; Word-та құпиясөзді алып тастап (Файл → Сведения → Защита документа), қайта сақтаңыз',
  ru: 'документ защищён паролем; снимите пароль в Word (Файл → Сведения → Защита документа) и сохраните его заново',
}

const OTHER_KIND: Record<Exclude<OtherKind, 'other'>, Wording> = {
  spreadsheet: { en: 'a spreadsheet', kk: 'электрондық кесте', ru: 'электронная таблица' },
  presentation: { en: 'a presentation', kk: 'презентация', ru: 'презентация' },
  picture: { en: 'a picture (a scan?); run it through OCR first, or copy the text from the official site', kk: 'сурет (скан ба?); алдымен оны OCR арқылы танытыңыз немесе мәтінді ресми сайттан көшіріңіз', ru: 'изображение (скан?); сначала распознайте его (OCR) или скопируйте текст с официального сайта' },
  archive: { en: 'an archive; unpack it and open the documents inside', kk: 'архив; оны ашып, ішіндегі құжаттарды ашыңыз', ru: 'архив; распакуйте его и откройте документы внутри' },
}

/** Where to open a damaged word-processor package and save it again. */
const SAVED_BY: Record<'docx' | 'odt', Wording> = {
  docx: { en: 'open it in Word', kk: 'оны Word-та ашып', ru: 'откройте его в Word' },
  odt: { en: 'open it in LibreOffice', kk: 'оны LibreOffice-те ашып', ru: 'откройте его в LibreOffice' },
}

function packageNoText(extension: 'docx' | 'doc' | 'odt'): Wording {
  return {
    en: `the .${extension} holds no text (pictures only? a scan?); open a document with a text layer or ${OFFICIAL_SITE.en}`,
    kk: `.${extension} файлында мәтін жоқ (тек суреттер ме? скан ба?); мәтіні бар құжатты ашыңыз немесе ${OFFICIAL_SITE.kk}`,
    ru: `в .${extension} нет текста (только рисунки? скан?); откройте документ с текстом или ${OFFICIAL_SITE.ru}`,
  }
}

function packageBadXml(extension: 'docx' | 'odt', { line, column, why }: { line: number; column: number; why: string }): Wording {
  return {
    en: `the .${extension} is damaged (its XML breaks at line ${line}, column ${column}: ${why}); ${SAVED_BY[extension].en} and save it again`,
    kk: `.${extension} бүлінген (XML-і ${line}-жолдың ${column}-бағанында бұзылады: ${why}); ${SAVED_BY[extension].kk}, қайта сақтаңыз`,
    ru: `.${extension} повреждён (его XML нарушен в строке ${line}, столбце ${column}: ${why}); ${SAVED_BY[extension].ru} и сохраните заново`,
  }
}

const LANGUAGE_NAME: Record<'kk' | 'ru', Wording> = {
  kk: { en: 'Kazakh', kk: 'қазақ тілінде', ru: 'на казахском' },
  ru: { en: 'Russian', kk: 'орыс тілінде', ru: 'на русском' },
}

/** `one byte is` / `3 bytes are`, in each language. */
function bytesCount(bytes: number, language: MessageLanguage): string {
  if (language === 'en') return bytes === 1 ? 'one byte is' : `${bytes} bytes are`
  if (language === 'kk') return bytes === 1 ? 'бір байт' : `${bytes} байт`
  return bytes === 1 ? 'один байт' : `${bytes} ${russianCount(bytes, 'байт', 'байта', 'байтов')}`
}

/** The Russian noun form for a count: 1 байт, 2 байта, 5 байтов, 21 байт. */
function russianCount(count: number, one: string, few: string, many: string): string {
  const lastTwo = count % 100
  const last = count % 10
  if (lastTwo >= 11 && lastTwo <= 14) return many
  if (last === 1) return one
  return last >= 2 && last <= 4 ? few : many
}

/** The message of a file problem in the given language. */
export function describeProblem(detail: ProblemDetail, language: MessageLanguage = 'en'): string {
  const say = (wording: Wording) => wording[language]
  switch (detail.code) {
    case 'empty-file':
      return say({ en: 'the file is empty', kk: 'файл бос', ru: 'файл пуст' })
    case 'blank-file':
      return say({ en: 'the file holds no text (only spaces or blank lines)', kk: 'файлда мәтін жоқ (тек бос орындар не бос жолдар)', ru: 'в файле нет текста (только пробелы или пустые строки)' })
    case 'binary-file':
      return say({ en: 'this is not a text file (it holds binary data); open the text version of the document', kk: 'бұл мәтіндік файл емес (ішінде екілік деректер бар); құжаттың мәтіндік нұсқасын ашыңыз', ru: 'это не текстовый файл (в нём двоичные данные); откройте текстовую версию документа' })
    case 'utf8-damaged': {
      const { bytes, line, column } = detail
      return say({
        en: `the file is UTF-8 but ${bytesCount(bytes, 'en')} not valid UTF-8 (the first at line ${line}, column ${column}); correct ${bytes === 1 ? 'it' : 'them'} or save the file again as UTF-8`,
        kk: `файл UTF-8 кодтауында, бірақ ${bytesCount(bytes, 'kk')} UTF-8 ережесіне сай емес (біріншісі ${line}-жолдың ${column}-бағанында); оларды түзетіңіз немесе файлды UTF-8 ретінде қайта сақтаңыз`,
        ru: `файл в UTF-8, но ${bytesCount(bytes, 'ru')} не ${bytes === 1 ? 'соответствует' : 'соответствуют'} UTF-8 (первый в строке ${line}, столбце ${column}); исправьте ${bytes === 1 ? 'его' : 'их'} или сохраните файл заново в UTF-8`,
      })
    }
    case 'utf8-bom-invalid':
      return say({ en: 'the bytes are not valid UTF-8 (it starts with a UTF-8 byte-order mark); save the file as UTF-8 and try again', kk: 'файл UTF-8 белгісімен басталады, бірақ байттары UTF-8 емес; файлды UTF-8 ретінде сақтап, қайталаңыз', ru: 'файл начинается с метки UTF-8, но его байты не UTF-8; сохраните файл в UTF-8 и повторите' })
    case 'lost-letters': {
      const { words, first, line } = detail
      return say({
        en: `letters of the text were replaced by "?" (${words} words, the first «${first}» on line ${line}): a program saved it in a code page without Kazakh letters; open the original file, or save it as UTF-8 from the program that has it whole`,
        kk: `мәтіннің әріптері "?" белгісіне ауыстырылған (${words} сөзде, біріншісі — ${line}-жолдағы «${first}»): бағдарлама оны қазақ әріптері жоқ кодтық бетте сақтаған; түпнұсқа файлды ашыңыз немесе мәтіні толық бағдарламадан оны UTF-8 ретінде сақтаңыз`,
        ru: `буквы текста заменены на "?" (${words} ${russianCount(words, 'слово', 'слова', 'слов')}, первое — «${first}» в строке ${line}): программа сохранила его в кодировке без казахских букв; откройте исходный файл или сохраните его в UTF-8 из программы, где он цел`,
      })
    }
    case 'code-page-ambiguous': {
      const { first, second, readFirst, readSecond } = detail
      return say({
        en: `the file is in a one-byte Cyrillic code page, but whether ${first} or ${second} cannot be told (read as the first it says «${readFirst}», as the second «${readSecond}»); save it as UTF-8 from the program that made it`,
        kk: `файл бір байтты кирилл кодтық бетінде, бірақ ${first} ме, ${second} ме — анықтау мүмкін емес (біріншісімен оқығанда «${readFirst}», екіншісімен «${readSecond}»); оны жасаған бағдарламадан UTF-8 ретінде сақтаңыз`,
        ru: `файл в однобайтовой кириллической кодировке, но какой — ${first} или ${second} — определить нельзя (в первой он читается «${readFirst}», во второй «${readSecond}»); сохраните его в UTF-8 из программы, в которой он создан`,
      })
    }
    case 'unknown-language': {
      const iso = detail.iso6393
      return say({
        en: `${iso ? `the text looks like ${iso} (ISO 639-3)` : 'no language could be recognised'}, not Kazakh or Russian; give the Kazakh and the Russian version of the agreement`,
        kk: `${iso ? `мәтін ${iso} (ISO 639-3) тіліне ұқсайды` : 'мәтіннің тілі танылмады'}, ол қазақша да, орысша да емес; келісімнің қазақша және орысша нұсқасын беріңіз`,
        ru: `${iso ? `текст похож на язык ${iso} (ISO 639-3)` : 'язык текста не распознан'}, это не казахский и не русский; дайте казахскую и русскую версии соглашения`,
      })
    }
    case 'latin-kazakh':
      return say({
        en: 'the text is Kazakh in the Latin alphabet; Egiz reads the Kazakh version in Cyrillic, as the official legal database publishes it: open that version',
        kk: 'мәтін латын әліпбиіндегі қазақ тілінде; Egiz қазақша нұсқаны ресми құқықтық дерекқор жариялайтындай кирилл әліпбиінде оқиды: сол нұсқаны ашыңыз',
        ru: 'текст на казахском языке латиницей; Egiz читает казахскую версию кириллицей, как её публикует официальная правовая база: откройте эту версию',
      })
    case 'nothing-left':
      return say({ en: 'after removing markup and layout, no text is left', kk: 'белгілеу мен беттеу алынған соң мәтін қалмады', ru: 'после удаления разметки и вёрстки текста не осталось' })
    case 'same-language': {
      const { first, second } = detail
      return say({
        en: `${first} and ${second} are both ${LANGUAGE_NAME[detail.language].en}; give one Kazakh and one Russian version`,
        kk: `${first} және ${second} екеуі де ${LANGUAGE_NAME[detail.language].kk}; бір қазақша және бір орысша нұсқа беріңіз`,
        ru: `${first} и ${second} оба ${LANGUAGE_NAME[detail.language].ru}; дайте одну казахскую и одну русскую версию`,
      })
    }
    case 'not-opened': {
      const what = detail.kind === 'other' ? { en: `a .${detail.extension} file`, kk: `.${detail.extension} файлы`, ru: `файл .${detail.extension}` } : OTHER_KIND[detail.kind]
      return say({
        en: `this is ${what.en}, which Egiz does not open; ${OPENS.en}`,
        kk: `бұл — ${what.kk}, Egiz мұндай файлды ашпайды; ${OPENS.kk}`,
        ru: `это ${what.ru}, Egiz такие файлы не открывает; ${OPENS.ru}`,
      })
    }
    case 'misnamed': {
      const extension = detail.extension
      return say({
        en: `the file is named .${extension} but is not one inside (it is damaged, or another kind of file renamed); download or save it again`,
        kk: `файлдың аты .${extension}, бірақ іші ондай емес (бүлінген немесе басқа файлдың аты өзгертілген); оны қайта жүктеп алыңыз не сақтаңыз`,
        ru: `файл назван .${extension}, но внутри он не такой (повреждён или это переименованный файл другого вида); скачайте или сохраните его заново`,
      })
    }
    case 'office-password':
      return say(OFFICE_PASSWORD)
    case 'too-much-text': {
      const { format, millions } = detail
      return say({
        en: `the ${format} file holds more than ${millions} million characters of text: ${RIGHT_FILE.en}`,
        kk: `${format} файлында ${millions} миллионнан астам таңба бар: ${RIGHT_FILE.kk}`,
        ru: `в файле ${format} больше ${millions} миллионов знаков текста: ${RIGHT_FILE.ru}`,
      })
    }
    case 'html-no-text':
      return say({ en: 'the page holds no document text (only markup, scripts or menus); save the page of the document itself', kk: 'бетте құжат мәтіні жоқ (тек белгілеу, скрипттер не мәзірлер); құжаттың өз бетін сақтаңыз', ru: 'на странице нет текста документа (только разметка, скрипты или меню); сохраните страницу самого документа' })
    case 'web-archive-no-page':
      return say({
        en: 'the web archive holds no web page, only pictures or style sheets; open it in a browser and save the page as .html',
        kk: 'веб-архивте веб-бет жоқ, тек суреттер не стильдер бар; оны браузерде ашып, бетті .html ретінде сақтаңыз',
        ru: 'в веб-архиве нет веб-страницы, только рисунки или стили; откройте его в браузере и сохраните страницу как .html',
      })
    case 'web-archive-damaged':
      return say({
        en: `the web archive is damaged (${detail.why}); open the page in a browser and save it again`,
        kk: `веб-архив бүлінген (${detail.why}); бетті браузерде ашып, қайта сақтаңыз`,
        ru: `веб-архив повреждён (${detail.why}); откройте страницу в браузере и сохраните её заново`,
      })
    case 'docx-bad-chunk':
      return say({
        en: `the .docx holds text in another format (HTML, RTF…) for Word to convert, which cannot be read: ${detail.why}; open it in Word and save it again, which converts that text`,
        kk: `.docx ішінде Word түрлендіретін басқа форматтағы (HTML, RTF…) мәтін бар, оны оқу мүмкін емес: ${detail.why}; оны Word-та ашып, қайта сақтаңыз, сонда бұл мәтін түрленеді`,
        ru: `в .docx есть текст в другом формате (HTML, RTF…), который Word преобразует при открытии, и его не удаётся прочитать: ${detail.why}; откройте файл в Word и сохраните заново, это преобразует такой текст`,
      })
    case 'rtf-not-rtf':
      return say({ en: 'this is not an RTF file (it does not start with "{\\rtf"); is the file name right?', kk: 'бұл RTF файлы емес ("{\\rtf" деп басталмайды); файлдың аты дұрыс па?', ru: 'это не файл RTF (он не начинается с "{\\rtf"); верно ли имя файла?' })
    case 'rtf-too-deep':
      return say({
        en: `the RTF file is damaged (its groups nest more than ${detail.depth} deep); save it again from the word processor`,
        kk: `RTF файлы бүлінген (топтары ${detail.depth} деңгейден терең кірістірілген); оны мәтін өңдегіштен қайта сақтаңыз`,
        ru: `файл RTF повреждён (группы вложены глубже ${detail.depth} уровней); сохраните его заново из текстового редактора`,
      })
    case 'rtf-bad-bin': {
      const length = detail.length ?? { en: 'none', kk: 'жоқ', ru: 'нет' }[language]
      return say({
        en: `the RTF file is damaged (a \\bin with a length of ${length}); save it again from the word processor`,
        kk: `RTF файлы бүлінген (\\bin ұзындығы қате: ${length}); оны мәтін өңдегіштен қайта сақтаңыз`,
        ru: `файл RTF повреждён (\\bin с неверной длиной: ${length}); сохраните его заново из текстового редактора`,
      })
    }
    case 'rtf-unclosed':
      return say({ en: 'the RTF file is cut short or damaged (its groups do not close); save it again from the word processor', kk: 'RTF файлы толық емес не бүлінген (топтары жабылмайды); оны мәтін өңдегіштен қайта сақтаңыз', ru: 'файл RTF оборван или повреждён (группы не закрыты); сохраните его заново из текстового редактора' })
    case 'rtf-no-text':
      return say({ en: 'the RTF file holds no text (only pictures or objects?); save the document with its text', kk: 'RTF файлында мәтін жоқ (тек суреттер не нысандар ма?); құжатты мәтінімен сақтаңыз', ru: 'в файле RTF нет текста (только рисунки или объекты?); сохраните документ вместе с текстом' })
    case 'docx-no-body':
      return say({ en: 'this .docx has no document body (word/document.xml); is it a Word document?', kk: 'бұл .docx файлында құжат денесі жоқ (word/document.xml); бұл Word құжаты ма?', ru: 'в этом .docx нет тела документа (word/document.xml); это документ Word?' })
    case 'docx-no-text':
      return say(packageNoText('docx'))
    case 'docx-bad-xml':
      return say(packageBadXml('docx', detail))
    case 'doc-damaged':
      return say({
        en: `the .doc is damaged (${detail.why}); open it in Word or LibreOffice and save it again`,
        kk: `.doc бүлінген (${detail.why}); оны Word не LibreOffice-те ашып, қайта сақтаңыз`,
        ru: `.doc повреждён (${detail.why}); откройте его в Word или LibreOffice и сохраните заново`,
      })
    case 'doc-too-old':
      return say({ en: 'the .doc is from Word 6 or 95, older than Word 97; open it in Word or LibreOffice and save it as .docx', kk: '.doc файлы Word 97-ден ескі Word 6 не 95 нұсқасында; оны Word не LibreOffice-те ашып, .docx ретінде сақтаңыз', ru: '.doc из Word 6 или 95, старше Word 97; откройте его в Word или LibreOffice и сохраните как .docx' })
    case 'doc-no-text':
      return say(packageNoText('doc'))
    case 'odt-no-body':
      return say({ en: 'this .odt has no text body (content.xml); is it a LibreOffice Writer document?', kk: 'бұл .odt файлында мәтін денесі жоқ (content.xml); бұл LibreOffice Writer құжаты ма?', ru: 'в этом .odt нет тела текста (content.xml); это документ LibreOffice Writer?' })
    case 'odt-password':
      return say({
        en: 'the .odt is password-protected; open it in LibreOffice with its password and save it again without one (File → Save As, untick "Save with password")',
        kk: '.odt құпиясөзбен қорғалған; оны LibreOffice-те құпиясөзімен ашып, құпиясөзсіз қайта сақтаңыз (Файл → Сохранить как, «Сохранить с паролем» белгісін алыңыз)',
        ru: '.odt защищён паролем; откройте его в LibreOffice с паролем и сохраните заново без пароля (Файл → Сохранить как, снимите «Сохранить с паролем»)',
      })
    case 'odt-no-text':
      return say(packageNoText('odt'))
    case 'odt-bad-xml':
      return say(packageBadXml('odt', detail))
    case 'zip-not-word':
      return say({ en: `this zip file is not a Word or OpenDocument text (it has no word/ part and no content.xml); open a .docx, .odt, .html, .rtf, .pdf or text file`, kk: 'бұл zip файлы Word не OpenDocument мәтіні емес (word/ бөлігі де, content.xml да жоқ); .docx, .odt, .html, .rtf, .pdf не мәтіндік файлды ашыңыз', ru: 'этот zip-файл не документ Word и не текст OpenDocument (в нём нет ни части word/, ни content.xml); откройте файл .docx, .odt, .html, .rtf, .pdf или текстовый' })
    case 'zip-no-directory':
      return say({ en: 'the file is cut short or damaged (its zip directory is missing); download or save it again', kk: 'файл толық емес не бүлінген (zip мазмұны жоқ); оны қайта жүктеп алыңыз не сақтаңыз', ru: 'файл оборван или повреждён (нет оглавления zip); скачайте или сохраните его заново' })
    case 'zip64':
      return say({ en: 'the archive is in the zip64 format, which documents never need; save the document again', kk: 'архив zip64 пішімінде, құжаттарға ол керек емес; құжатты қайта сақтаңыз', ru: 'архив в формате zip64, который документам не нужен; сохраните документ заново' })
    case 'zip-method': {
      const { part, method } = detail
      return say({
        en: `a part of the file (${part}) is compressed with a method Egiz does not read (${method}); ${SAVE_AGAIN_FROM_WORD.en}`,
        kk: `файлдың бір бөлігі (${part}) Egiz оқымайтын тәсілмен сығылған (${method}); ${SAVE_AGAIN_FROM_WORD.kk}`,
        ru: `часть файла (${part}) сжата способом, который Egiz не читает (${method}); ${SAVE_AGAIN_FROM_WORD.ru}`,
      })
    }
    case 'zip-too-large':
      return say({
        en: `the file unpacks to more than ${detail.megabytes} MB, far more than any document: ${EXHAUST.en}`,
        kk: `файл ашқанда ${detail.megabytes} МБ-тан асады, бұл кез келген құжаттан әлдеқайда көп: ${EXHAUST.kk}`,
        ru: `в распакованном виде файл больше ${detail.megabytes} МБ, намного больше любого документа: ${EXHAUST.ru}`,
      })
    case 'zip-damaged':
      return say({ en: 'the file is damaged (a part of its zip archive cannot be read); download or save it again', kk: 'файл бүлінген (zip архивінің бір бөлігі оқылмайды); оны қайта жүктеп алыңыз не сақтаңыз', ru: 'файл повреждён (часть его zip-архива не читается); скачайте или сохраните его заново' })
    case 'pdf-stream-too-large':
      return say({
        en: `a stream inside the PDF decompresses to more than ${detail.megabytes} MB; ${EXHAUST.en}`,
        kk: `PDF ішіндегі бір ағын ашқанда ${detail.megabytes} МБ-тан асады; ${EXHAUST.kk}`,
        ru: `поток внутри PDF распаковывается больше чем в ${detail.megabytes} МБ; ${EXHAUST.ru}`,
      })
    case 'pdf-streams-too-large':
      return say({
        en: `the PDF's streams decompress to more than ${detail.megabytes} MB; ${EXHAUST.en}`,
        kk: `PDF ағындары ашқанда ${detail.megabytes} МБ-тан асады; ${EXHAUST.kk}`,
        ru: `потоки PDF распаковываются больше чем в ${detail.megabytes} МБ; ${EXHAUST.ru}`,
      })
    case 'pdf-too-many-pages': {
      const { pages, max } = detail
      return say({
        en: `the PDF has ${pages} pages, more than the ${max} Egiz reads: ${RIGHT_FILE.en}`,
        kk: `PDF-те ${pages} бет бар, бұл Egiz оқитын ${max} беттен көп: ${RIGHT_FILE.kk}`,
        ru: `в PDF ${pages} страниц, больше ${max}, которые читает Egiz: ${RIGHT_FILE.ru}`,
      })
    }
    case 'pdf-too-slow': {
      const { seconds, page, pages } = detail
      return say({
        en: `reading the PDF's text took longer than ${seconds} s (page ${page} of ${pages}): ${RIGHT_FILE.en}`,
        kk: `PDF мәтінін оқу ${seconds} секундтан ұзаққа созылды (${pages} беттің ${page}-беті): ${RIGHT_FILE.kk}`,
        ru: `чтение текста PDF заняло больше ${seconds} с (страница ${page} из ${pages}): ${RIGHT_FILE.ru}`,
      })
    }
    case 'pdf-password':
      return say({ en: `the PDF is password-protected; open it with its password and save an unprotected copy, or ${OFFICIAL_SITE.en}`, kk: `PDF құпиясөзбен қорғалған; оны құпиясөзімен ашып, қорғаусыз көшірмесін сақтаңыз немесе ${OFFICIAL_SITE.kk}`, ru: `PDF защищён паролем; откройте его с паролем и сохраните незащищённую копию или ${OFFICIAL_SITE.ru}` })
    case 'pdf-no-structure':
      return say({ en: 'the PDF is damaged or cut short (it has no readable structure); download it again', kk: 'PDF бүлінген не толық емес (оқылатын құрылымы жоқ); оны қайта жүктеп алыңыз', ru: 'PDF повреждён или оборван (у него нет читаемой структуры); скачайте его заново' })
    case 'pdf-unreadable':
      return say({
        en: `the PDF cannot be read (${detail.message}); download it again or ${OFFICIAL_SITE.en}`,
        kk: `PDF оқылмайды (${detail.message}); оны қайта жүктеп алыңыз немесе ${OFFICIAL_SITE.kk}`,
        ru: `PDF не читается (${detail.message}); скачайте его заново или ${OFFICIAL_SITE.ru}`,
      })
    case 'pdf-no-text-layer':
      return say({ en: `the PDF has no text layer (it is a scan or a picture); run it through OCR first, or ${OFFICIAL_SITE.en}`, kk: `PDF-те мәтін қабаты жоқ (ол скан не сурет); алдымен оны OCR арқылы танытыңыз немесе ${OFFICIAL_SITE.kk}`, ru: `в PDF нет текстового слоя (это скан или изображение); сначала распознайте его (OCR) или ${OFFICIAL_SITE.ru}` })
    case 'is-folder':
      return say({ en: 'is a folder, not a file; give the path of the text file inside it', kk: 'бұл файл емес, бума; ішіндегі мәтіндік файлдың жолын көрсетіңіз', ru: 'это папка, а не файл; укажите путь к текстовому файлу в ней' })
    case 'not-regular-file':
      return say({ en: 'is not a regular file (a pipe, a device or a socket); save the document as a file and give its path', kk: 'бұл кәдімгі файл емес (арна, құрылғы не сокет); құжатты файл ретінде сақтап, жолын көрсетіңіз', ru: 'это не обычный файл (канал, устройство или сокет); сохраните документ в файл и укажите его путь' })
    case 'file-too-large': {
      const { megabytes, max } = detail
      return say({
        en: `is ${megabytes} MB or more, larger than the ${max} MB Egiz reads: ${RIGHT_FILE.en}`,
        kk: `көлемі ${megabytes} МБ не одан көп, бұл Egiz оқитын ${max} МБ-тан үлкен: ${RIGHT_FILE.kk}`,
        ru: `размер ${megabytes} МБ или больше, это больше ${max} МБ, которые читает Egiz: ${RIGHT_FILE.ru}`,
      })
    }
    case 'no-such-file':
      return say({ en: 'no such file; check the path', kk: 'мұндай файл жоқ; жолды тексеріңіз', ru: 'такого файла нет; проверьте путь' })
    case 'permission-denied':
      return say({ en: 'cannot be read (permission denied)', kk: 'оқылмайды (рұқсат жоқ)', ru: 'не читается (нет доступа)' })
    case 'unreadable':
      return say({ en: `cannot be read (${detail.error})`, kk: `оқылмайды (${detail.error})`, ru: `не читается (${detail.error})` })
    case 'import-gone':
      return say({ en: 'that import is no longer waiting for an answer; open the files again', kk: 'бұл импорт енді жауап күтпейді; файлдарды қайта ашыңыз', ru: 'этот импорт больше не ждёт ответа; откройте файлы снова' })
    case 'over-budget':
      return say({
        en: `reading and aligning this pair took longer than ${detail.seconds} s, so it was stopped; the files may be damaged or far larger than an agreement`,
        kk: `бұл жұпты оқу мен туралау ${detail.seconds} секундтан ұзаққа созылып, тоқтатылды; файлдар бүлінген немесе келісімнен әлдеқайда үлкен болуы мүмкін`,
        ru: `чтение и выравнивание этой пары заняло больше ${detail.seconds} с и было остановлено; файлы, возможно, повреждены или намного больше соглашения`,
      })
    case 'out-of-memory':
      return say({
        en: `reading this pair needed more than ${detail.megabytes} MB of memory, so it was stopped; the files may be damaged or far larger than an agreement`,
        kk: `бұл жұпты оқуға ${detail.megabytes} МБ-тан көп жад керек болып, тоқтатылды; файлдар бүлінген немесе келісімнен әлдеқайда үлкен болуы мүмкін`,
        ru: `для чтения этой пары понадобилось больше ${detail.megabytes} МБ памяти, и оно было остановлено; файлы, возможно, повреждены или намного больше соглашения`,
      })
    case 'aligner-stopped':
      return say({
        en: `the aligner stopped on this pair (${detail.message})`,
        kk: `туралағыш осы жұпта тоқтап қалды (${detail.message})`,
        ru: `выравнивание остановилось на этой паре (${detail.message})`,
      })
    case 'internal':
      return say({
        en: `Egiz met an internal problem with this pair (${detail.message})`,
        kk: `Egiz бұл жұппен ішкі ақауға тап болды (${detail.message})`,
        ru: `Egiz столкнулся с внутренней ошибкой на этой паре (${detail.message})`,
      })
  }
}
