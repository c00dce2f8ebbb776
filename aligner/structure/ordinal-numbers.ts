// Heading numbers written as ordinal words, as older treaties number their articles, chapters and
// sections: `Статья первая`, `Статья двадцать третья`, `Раздел второй`, `Бірінші бап`, `Жиырма
// үшінші бап`. Read as the number they name, so that `Статья первая` pairs with `1-бап`.

/** Russian ordinal stems of 1–19 and of the tens and 100, with their values; an ending follows. */
const RUSSIAN_ORDINAL_STEMS: Array<[string, number]> = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['четвёрт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9],
  ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
  ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50],
  ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90], ['сот', 100],
]
/** Endings of the ordinal in the genders headings take: `статья первая`, `раздел первый`, `третий`, `второе`. */
const RUSSIAN_ENDINGS = ['ая', 'ья', 'ый', 'ий', 'ой', 'ое', 'ье']
/** Cardinal tens before a compound ordinal's last word: `двадцать первая`. */
const RUSSIAN_TENS: Array<[string, number]> = [
  ['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80], ['девяносто', 90],
]

/** Kazakh ordinals (invariable) of 1–9, the tens and 100. */
const KAZAKH_ORDINALS: Array<[string, number]> = [
  ['бірінші', 1], ['екінші', 2], ['үшінші', 3], ['төртінші', 4], ['бесінші', 5], ['алтыншы', 6], ['жетінші', 7], ['сегізінші', 8], ['тоғызыншы', 9],
  ['оныншы', 10], ['жиырмасыншы', 20], ['отызыншы', 30], ['қырқыншы', 40], ['елуінші', 50], ['алпысыншы', 60], ['жетпісінші', 70],
  ['сексенінші', 80], ['тоқсаныншы', 90], ['жүзінші', 100],
]
/** Kazakh cardinal tens before a compound ordinal's last word: `жиырма бірінші`. */
const KAZAKH_TENS: Array<[string, number]> = [
  ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80], ['тоқсан', 90],
]

/** A word as headings write it: in lower case, capitalised, or in capitals. */
function anyCase(word: string): string {
  return [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()].join('|')
}

function alternatives(words: string[]): string {
  // Longest first, so that `пятнадцат` is not read as `пят` followed by the rest.
  return [...words].sort((a, b) => b.length - a.length).map(anyCase).join('|')
}

/** Regex source of a Russian ordinal of 1–199: `первая`, `Двадцать Третья`, `СОРОКОВОЙ`. */
export const RUSSIAN_ORDINAL = `(?:(?:${alternatives(RUSSIAN_TENS.map(([word]) => word))})\\s+)?(?:${alternatives(RUSSIAN_ORDINAL_STEMS.map(([stem]) => stem))})(?:${[...RUSSIAN_ENDINGS, ...RUSSIAN_ENDINGS.map((ending) => ending.toUpperCase())].join('|')})`
/** Regex source of a Kazakh ordinal of 1–199: `бірінші`, `Жиырма үшінші`, `ОНЫНШЫ`. */
export const KAZAKH_ORDINAL = `(?:(?:${alternatives(KAZAKH_TENS.map(([word]) => word))})\\s+)?(?:${alternatives(KAZAKH_ORDINALS.map(([word]) => word))})`

const RUSSIAN_STEM_VALUE = new Map(RUSSIAN_ORDINAL_STEMS)
const RUSSIAN_TENS_VALUE = new Map(RUSSIAN_TENS)
const KAZAKH_VALUE = new Map(KAZAKH_ORDINALS)
const KAZAKH_TENS_VALUE = new Map(KAZAKH_TENS)
const RUSSIAN_ENDING_AT_END = new RegExp(`(?:${RUSSIAN_ENDINGS.join('|')})$`, 'u')

/** The number an ordinal in either language names (`двадцать первая` → 21, `Екінші` → 2), or null. */
export function ordinalValue(words: string): number | null {
  const parts = words.toLowerCase().split(/\s+/u)
  if (parts.length > 2) return null
  const last = parts[parts.length - 1]!
  const tens = parts.length === 2 ? (RUSSIAN_TENS_VALUE.get(parts[0]!) ?? KAZAKH_TENS_VALUE.get(parts[0]!)) : 0
  if (tens === undefined) return null
  const unit = KAZAKH_VALUE.get(last) ?? RUSSIAN_STEM_VALUE.get(last.replace(RUSSIAN_ENDING_AT_END, ''))
  // A compound adds units to tens: `двадцать двадцатая` and `он оныншы` name nothing.
  if (unit === undefined || (tens > 0 && unit >= 10)) return null
  return tens + unit
}
