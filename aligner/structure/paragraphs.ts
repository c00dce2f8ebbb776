// Classifies the paragraphs of a clean text (one per line) by the role they play in a legal
// document: heading, numbered point, subpoint, note, enactment, final clause, signature…
import { parseHeading, parseProtocolTitle, type Heading } from './headings.ts'
import { LETTER_RANGES, WORD_CHAR } from '../text/letter-classes.ts'

export type ParagraphRole =
  | 'heading'
  | 'point' // 1.  2.1.  11.1  2-1.
  | 'subpoint' // 1)  а)  (b)  1/  а/  (iv)
  | 'note' // Примечание / Сноска / Ескерту
  | 'enactment' // Ратифицировать… / …ратификациялансын / ПОСТАНОВЛЯЕТ / ҚАУЛЫ ЕТЕДІ
  | 'in-force' // (Вступило в силу …) / (… күшіне енді …)
  | 'final-clause' // Совершено в … / … жасалды
  | 'signature' // За Правительство … / … үшін / Президент Республики Казахстан
  | 'certification' // Настоящим подтверждаю, что … / Верно: / Көшірмесі дұрыс (often in one version only)
  | 'text'

export interface Paragraph {
  start: number
  end: number
  text: string
  role: ParagraphRole
  heading: Heading | null
  /** Point or subpoint label as written (`2.1.`, `а)`), or null. */
  label: string | null
  /**
   * Text quoted by an amending instrument (`"Статья 22 …` after `… изложить в следующей редакции:`):
   * its headings and points belong to the unit that quotes them, not to the document's structure.
   */
  quoted?: boolean
  /**
   * A protocol's heading read from its title alone (`Протокол о …`, `… туралы хаттама`): in an
   * article's list after a lead-in it is a line of the list, not a heading (parse.ts).
   */
  protocolTitle?: boolean
}

/**
 * `1.`, `2.1.`, `11.1 Text`, `2-1.`; also inside a quoted note (`"1. Мен…`). A lone number needs its
 * dot: `11 А бабы …` is a wrapped line that starts with a number, not point 11.
 */
const POINT = /^["«“]?(?:(\d{1,3}(?:[.-]\d{1,3})*)\.(?=\s|$)|(\d{1,3}(?:[.-]\d{1,3})+)(?=\s+\p{Lu}))/u
const SUBPOINT = /^(\(?(?:\d{1,3}(?:-\d{1,2})?|[а-яёәғқңөұүһіa-z]|[ivx]{1,4})[)/])(?=\s)/u
/** The database's mark of a translation (`Неофициальный перевод`, `Бейресми аударма`), as a pattern's source. */
export const TRANSLATION_MARK_WORDS = 'Неофициальный перевод|НЕОФИЦИАЛЬНЫЙ ПЕРЕВОД|Бейресми аударма|БЕЙРЕСМИ АУДАРМА'
/** Such a mark on a line of its own, often in one version only: an editorial note. */
const TRANSLATION_MARK = new RegExp(`^(?:${TRANSLATION_MARK_WORDS})\\.?$`, 'u')
/** A signed name: `Н. Назарбаев`, `Н. НАЗАРБАЕВ`, `Назарбаев Н.Ә.`. */
export const SIGNED_NAME = new RegExp(String.raw`^(?:\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[${LETTER_RANGES}-]+|\p{Lu}[${LETTER_RANGES}-]+\s\p{Lu}\.\s?(?:\p{Lu}\.)?)$`, 'u')
const NOTE = new RegExp(String.raw`^(?:Примечание|Сноска|Ескерту|Ескертпе)(?!${WORD_CHAR})`, 'u')
const ENACTMENT =
  new RegExp(String.raw`^(?:Ратифицировать|Утвердить|Одобрить|Принять)(?!${WORD_CHAR})|ПОСТАНОВЛЯЕТ|ҚАУЛЫ ЕТЕД[IІ]|(?:ратификациялансын|бекiтiлсiн|бекітілсін|мақұлдансын)\.?$`, 'u')
/**
 * Also after the note's source: `(Официальный сайт МИД РК - Вступило в силу 12 июля 2000 года)`;
 * and after the footnote mark that the title carries too (`Соглашение *` … `*(Вступило в силу …)`).
 */
const IN_FORCE = /^\*?\s*(?:\(?\s*Вступил[оа]? в силу|\(.{0,80}[-–—]\s*Вступил[оа]? в силу)|^(?:.{0,80}күшіне енді|.{0,80}күшiне ендi)/u
/** The testimonium, in any case: `Совершено в …`, `СОВЕРШЕНО В НАЙРОБИ`, `… жасалды`, `… жасалынды`. */
const FINAL_CLAUSE =
  new RegExp(String.raw`^(?:Совершено|СОВЕРШЕНО|Составлено|СОСТАВЛЕНО|Жасалды|ЖАСАЛДЫ)(?!${WORD_CHAR})|(?:қаласында|ҚАЛАСЫНДА)\s.{0,200}(?:жасал|ЖАСАЛ)(?:ды|ынды|ған|ДЫ|ЫНДЫ|ҒАН)|(?:дана|ДАНА).{0,60}(?:жасал|ЖАСАЛ)(?:ды|ынды|ған|ДЫ|ЫНДЫ|ҒАН)|(?<!${WORD_CHAR})(?:жасалды|жасалынды|ЖАСАЛДЫ|ЖАСАЛЫНДЫ)\.?$`, 'u')
/** A depositary's or notary's certification of the copy: `Настоящим подтверждаю, что …`, `Подтверждаю достоверность …`,
 * `Верно:`, `Всего прошнуровано … листов`, a depositary's
 * `От имени … настоящим удостоверяю`, `Осымен … куәландырамын`; in Kazakh the verb may close a
 * sentence about the copy, translation or text (`1955 жылғы 15 шілдеде … Жарғысы қазақ тіліндегі аудармасы …
 * сәйкес келетінін куәландырамын.`), not a form's `… мен осы арқылы … растаймын`. */
const CERTIFICATION =
  /^(?:(?:Настоящим )?(?:[Пп]одтверждаю|[Уу]достоверяю|[Зз]аверяю|[Сс]видетельствую)(?!\s+(?:свое|своё|совершенное)\s+уважение)|(?:Всего )?(?:прошнуровано|прошито|пронумеровано)|От имени .{0,300}настоящим (?:подтверждаю|удостоверяю|заверяю)|Верно\s*:?$|Верно\s*:|Копия верна|Заверенная копия|Подлинная копия|Осы(?:мен| арқылы) .{0,300}(?:растаймын|куәландырамын)|.{0,400}(?:көшірме|көшiрме|аударма|мәтін|мәтiн).{0,300}(?:растаймын|куәландырамын)\.?$|Көшірмес[іi] дұрыс|Көшірме дұрыс|Дұрыс\s*:)/u
const SIGNATURE = new RegExp(String.raw`^(?:За\s+\p{Lu}|Президент Республики Казахстан$|Премьер-Министр(?!${WORD_CHAR}))|(?<!${WORD_CHAR})үшін$|(?<!${WORD_CHAR})үшiн$|Республикасының\s+Президентi?і?$`, 'u')

/** Signature blocks of multilateral treaties list many parties: `За Республику Армения За …`. */
const MAX_SIGNATURE_LENGTH = 600

/** Does a line open a point, a subpoint or a list item (`1.`, `2.1.`, `а)`, `•`)? For readers that rebuild paragraphs. */
export function opensPoint(line: string): boolean {
  return opensNumberedPoint(line) || /^[•·▪◦‣–—-]\s/u.test(line)
}

/** Does a line open a numbered or lettered point (`1.`, `2.1.`, `а)`), not a dash item? */
export function opensNumberedPoint(line: string): boolean {
  return POINT.test(line) || SUBPOINT.test(line)
}

export function splitParagraphs(text: string): Array<{ start: number; end: number; text: string }> {
  const paragraphs: Array<{ start: number; end: number; text: string }> = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.length > 0) paragraphs.push({ start, end: start + line.length, text: line })
    start += line.length + 1
  }
  return paragraphs
}

/** Whether a line opens with a point's or subpoint's number (`1.`, `2.1.`, `3)`, `а)`, `1/`). */
export function opensWithPointLabel(text: string): boolean {
  return POINT.test(text) || SUBPOINT.test(text)
}

/** An editorial note: `Сноска. …`, `Ескерту. …`. */
export function opensNote(text: string): boolean {
  return NOTE.test(text)
}

export function classifyParagraph(paragraph: { start: number; end: number; text: string }): Paragraph {
  const { text } = paragraph
  const heading = parseHeading(text)
  if (heading) return { ...paragraph, role: 'heading', heading, label: null }
  const protocol = parseProtocolTitle(text)
  if (protocol) return { ...paragraph, role: 'heading', heading: protocol, label: null, protocolTitle: true }
  const point = POINT.exec(text)
  if (point) return { ...paragraph, role: 'point', heading: null, label: point[0] }
  const subpoint = SUBPOINT.exec(text)
  if (subpoint) return { ...paragraph, role: 'subpoint', heading: null, label: subpoint[1]! }
  return { ...paragraph, role: roleOfText(text), heading: null, label: null }
}

function roleOfText(text: string): ParagraphRole {
  if (NOTE.test(text) || TRANSLATION_MARK.test(text)) return 'note'
  if (IN_FORCE.test(text)) return 'in-force'
  // Before the testimonium: a certification names the copy it certifies by where it was done
  // (`Осымен … Мәскеу қаласында жасалған … көшірмесінің дәлдігін куәландырамын`).
  if (CERTIFICATION.test(text)) return 'certification'
  if (ENACTMENT.test(text)) return 'enactment'
  if (FINAL_CLAUSE.test(text)) return 'final-clause'
  if (SIGNATURE.test(text) && text.length < MAX_SIGNATURE_LENGTH) return 'signature'
  return 'text'
}
