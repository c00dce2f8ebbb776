// Reads numbers written in words, in Russian (inflected: `пяти`, `десятью`, `восьмидесяти пяти`)
// and Kazakh (`сексен бес`, `он`, `екіден бір`), so that `85 %` on one side and `сексен бес
// процент` on the other are the same content. Only what a number check needs: whole numbers,
// hundreds, thousands and millions.

type Word = { value: number; kind: 'unit' | 'hundred' | 'scale' }

const RU_WORDS: Array<[RegExp, Word]> = [
  [/^(?:ноль|нуля)$/, { value: 0, kind: 'unit' }],
  [/^(?:один|одна|одно|одного|одной|одному|одним|одном|одною|одну)$/, { value: 1, kind: 'unit' }],
  [/^(?:два|две|двух|двум|двумя)$/, { value: 2, kind: 'unit' }],
  [/^(?:три|тр[её]х|тр[её]м|тремя)$/, { value: 3, kind: 'unit' }],
  [/^(?:четыре|четыр[её]х|четыр[её]м|четырьмя)$/, { value: 4, kind: 'unit' }],
  [/^пят(?:ь|и|ью)$/, { value: 5, kind: 'unit' }],
  [/^шест(?:ь|и|ью)$/, { value: 6, kind: 'unit' }],
  [/^сем(?:ь|и|ью)$/, { value: 7, kind: 'unit' }],
  [/^(?:восемь|восьми|восемью|восьмью)$/, { value: 8, kind: 'unit' }],
  [/^девят(?:ь|и|ью)$/, { value: 9, kind: 'unit' }],
  [/^десят(?:ь|и|ью)$/, { value: 10, kind: 'unit' }],
  [/^одиннадцат(?:ь|и|ью)$/, { value: 11, kind: 'unit' }],
  [/^двенадцат(?:ь|и|ью)$/, { value: 12, kind: 'unit' }],
  [/^тринадцат(?:ь|и|ью)$/, { value: 13, kind: 'unit' }],
  [/^четырнадцат(?:ь|и|ью)$/, { value: 14, kind: 'unit' }],
  [/^пятнадцат(?:ь|и|ью)$/, { value: 15, kind: 'unit' }],
  [/^шестнадцат(?:ь|и|ью)$/, { value: 16, kind: 'unit' }],
  [/^семнадцат(?:ь|и|ью)$/, { value: 17, kind: 'unit' }],
  [/^восемнадцат(?:ь|и|ью)$/, { value: 18, kind: 'unit' }],
  [/^девятнадцат(?:ь|и|ью)$/, { value: 19, kind: 'unit' }],
  [/^двадцат(?:ь|и|ью)$/, { value: 20, kind: 'unit' }],
  [/^тридцат(?:ь|и|ью)$/, { value: 30, kind: 'unit' }],
  [/^сорок[а]?$/, { value: 40, kind: 'unit' }],
  [/^пят(?:ьдесят|идесяти|ьюдесятью)$/, { value: 50, kind: 'unit' }],
  [/^шест(?:ьдесят|идесяти|ьюдесятью)$/, { value: 60, kind: 'unit' }],
  [/^сем(?:ьдесят|идесяти|ьюдесятью)$/, { value: 70, kind: 'unit' }],
  [/^(?:восемьдесят|восьмидесяти|восемьюдесятью)$/, { value: 80, kind: 'unit' }],
  [/^девяност[оа]$/, { value: 90, kind: 'unit' }],
  [/^(?:сто|ста)$/, { value: 100, kind: 'unit' }],
  [/^(?:двести|двухсот|двумстам|двумястами|двухстах)$/, { value: 200, kind: 'unit' }],
  [/^(?:триста|тр[её]хсот|тр[её]мстам|тремястами|тр[её]хстах)$/, { value: 300, kind: 'unit' }],
  [/^(?:четыреста|четыр[её]хсот|четыр[её]мстам|четырьмястами|четыр[её]хстах)$/, { value: 400, kind: 'unit' }],
  [/^пят(?:ьсот|исот|истам|ьюстами|истах)$/, { value: 500, kind: 'unit' }],
  [/^шест(?:ьсот|исот|истам|ьюстами|истах)$/, { value: 600, kind: 'unit' }],
  [/^сем(?:ьсот|исот|истам|ьюстами|истах)$/, { value: 700, kind: 'unit' }],
  [/^(?:восемьсот|восьмисот|восьмистам|восемьюстами|восьмистах)$/, { value: 800, kind: 'unit' }],
  [/^девят(?:ьсот|исот|истам|ьюстами|истах)$/, { value: 900, kind: 'unit' }],
  [/^тысяч(?:а|и|у|ей|ью|ам|ами|ах)?$/, { value: 1000, kind: 'scale' }],
  [/^миллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/, { value: 1_000_000, kind: 'scale' }],
  [/^миллиард(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/, { value: 1_000_000_000, kind: 'scale' }],
]

/** Kazakh numerals, bare or with a case ending that cannot be another word (`бестен`, `онға`). */
const KK_NUMERALS: Record<string, Word> = {
  нөл: { value: 0, kind: 'unit' }, бір: { value: 1, kind: 'unit' }, екі: { value: 2, kind: 'unit' }, үш: { value: 3, kind: 'unit' },
  төрт: { value: 4, kind: 'unit' }, бес: { value: 5, kind: 'unit' }, алты: { value: 6, kind: 'unit' }, жеті: { value: 7, kind: 'unit' },
  сегіз: { value: 8, kind: 'unit' }, тоғыз: { value: 9, kind: 'unit' }, он: { value: 10, kind: 'unit' }, жиырма: { value: 20, kind: 'unit' },
  отыз: { value: 30, kind: 'unit' }, қырық: { value: 40, kind: 'unit' }, елу: { value: 50, kind: 'unit' }, алпыс: { value: 60, kind: 'unit' },
  жетпіс: { value: 70, kind: 'unit' }, сексен: { value: 80, kind: 'unit' }, тоқсан: { value: 90, kind: 'unit' }, жүз: { value: 100, kind: 'hundred' },
  мың: { value: 1000, kind: 'scale' }, миллион: { value: 1_000_000, kind: 'scale' }, миллиард: { value: 1_000_000_000, kind: 'scale' },
}
/** Ablative and dative endings: `екіден бір` (one half), `онға дейін`; other endings make other words (`онда`, `бірге`). */
const KK_ENDING = /^(.+?)(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|на|не)$/

function kazakhWord(word: string): Word | null {
  const bare = KK_NUMERALS[word]
  if (bare) return bare
  const ending = KK_ENDING.exec(word)
  return ending ? (KK_NUMERALS[ending[1]!] ?? null) : null
}

function russianWord(word: string): Word | null {
  for (const [pattern, value] of RU_WORDS) if (pattern.test(word)) return value
  return null
}

/** Every number a run of number words makes (`три миллиона восемьсот двадцать пять тысяч` → 3825000). */
export function numbersInWords(text: string): number[] {
  const numbers: number[] = []
  let total = 0
  let current = 0
  let inNumber = false
  const close = () => {
    if (inNumber) numbers.push(total + current)
    total = 0
    current = 0
    inNumber = false
  }
  // Words recur: each is looked up once (a Russian one tries every pattern above).
  const known = new Map<string, Word | null>()
  const lookUp = (token: string) => {
    let word = known.get(token)
    if (word === undefined) known.set(token, (word = russianWord(token) ?? kazakhWord(token.replace(/i/g, 'і'))))
    return word
  }
  for (const match of text.toLowerCase().matchAll(/\p{L}+|[^\p{L}\s]+/gu)) {
    const token = match[0]
    const word = /^\p{L}/u.test(token) ? lookUp(token) : null
    if (!word) {
      close()
      continue
    }
    inNumber = true
    if (word.kind === 'scale') {
      total += (current === 0 ? 1 : current) * word.value
      current = 0
    } else if (word.kind === 'hundred') current = (current === 0 ? 1 : current) * word.value
    else current += word.value
  }
  close()
  return numbers
}
