// Tells Kazakh from Russian and names any other language it sees. The letters decide when they can:
// Kazakh-only letters make a text Kazakh (franc may not weigh them enough in short or
// look-alike-damaged texts), and a text written in the Russian alphabet alone, with the letter ы
// and Russian's one-letter words, is Russian. Otherwise franc decides. It is loaded only then,
// because building its models of 187 languages takes longer than a whole `egiz align` of a small
// pair; aligner code cannot load a module on demand, so the host says how (setFrancLoader).
import type { franc as Franc } from 'franc'

export type LanguageCode = 'kk' | 'ru'

export interface LanguageGuess {
  /** 'kk' or 'ru', or null when the text is in neither. */
  language: LanguageCode | null
  /** franc's ISO 639-3 answer, for messages (`kaz`, `rus`, `eng`, `und`…). */
  iso6393: string
  /** Kazakh in a Latin alphabet (2018's `ǵ ń ú`, 2021's `ŋ ū`), which franc does not know. */
  latinKazakh?: boolean
}

/** Characters of text franc looks at: enough for a sure answer, little enough to stay fast. */
const SAMPLE_LENGTH = 6000
/**
 * Share of Kazakh letters among Cyrillic letters above which a text is Kazakh. `і` is not one of
 * them: Ukrainian and Belarusian write it too.
 */
const KAZAKH_LETTER_SHARE = 0.01
/**
 * Share of Cyrillic letters below which a text is in another language. Low: a version may keep
 * long passages in the treaty's original language (an annex, a form, an article left untranslated,
 * which the checks report), and is still the Kazakh or the Russian version; a text in another
 * language has next to none.
 */
const CYRILLIC_SHARE = 0.2
const CLOSE_LANGUAGES = ['kaz', 'rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kir', 'tat', 'bak', 'uzb', 'tgk']
/**
 * A Cyrillic letter outside the Russian alphabet, written inside a Cyrillic word: each other
 * Cyrillic language writes some (і ї є ґ in Ukrainian, і ў in Belarusian, ј љ њ in Serbian and
 * Macedonian, the Turkic and Tajik letters). Alone or beside Latin letters it is a look-alike in a
 * Russian text (`VІ` in a roman number).
 */
const NON_RUSSIAN_CYRILLIC = /(?<=\p{Script=Cyrillic})[\p{Script=Cyrillic}--[а-яА-ЯёЁ]]|[\p{Script=Cyrillic}--[а-яА-ЯёЁ]](?=\p{Script=Cyrillic})/v
/** ы, which Bulgarian, Serbian, Macedonian and Ukrainian lack. */
const YERY = /[ыЫ]/u
/**
 * One of Russian's one-letter words `в`, `и`, `с`, `к`, `о` before the next word. Kazakh and Kyrgyz
 * have none, so a Kazakh text that lost its own letters (`?аза?стан`, `Казакстан`), which is written
 * in the Russian alphabet with ы too, is not taken for Russian. Lower case only: capitals alone are
 * labels (`В абзацы`, `11 В бабы`, `И бөлім`), and so is a letter before a bracket (`в)`).
 */
const RUSSIAN_ONE_LETTER_WORD = /(?<=^|\s)[виско] \p{Ll}/mu

export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleOf(text)
  // Counted by what is left after removing the rest: one string, not an array of every letter.
  const letters = sample.replace(/\P{L}+/gu, '').length
  const cyrillic = sample.replace(/\P{Script=Cyrillic}+/gu, '').length
  if (letters === 0) return { language: null, iso6393: 'und' }
  if (cyrillic / letters < CYRILLIC_SHARE) return { language: null, iso6393: franc(sample, { minLength: 10 }), latinKazakh: isLatinKazakh(sample, letters) }
  const kazakhLetters = sample.match(/[әғқңөұүһӘҒҚҢӨҰҮҺ]/gu)?.length ?? 0
  if (kazakhLetters / cyrillic > KAZAKH_LETTER_SHARE) return { language: 'kk', iso6393: 'kaz' }
  if (isRussianByLetters(sample)) return { language: 'ru', iso6393: 'rus' }
  // Which Cyrillic language: the words in Latin letters (a passage in the original) say nothing of it.
  const guess = franc(sample.replace(/[A-Za-z]+/g, ' '), { only: CLOSE_LANGUAGES, minLength: 10 })
  if (guess === 'rus' || guess === 'kaz') return { language: guess === 'rus' ? 'ru' : 'kk', iso6393: guess }
  return { language: null, iso6393: guess }
}

/**
 * Kazakh in a Latin alphabet: `q` is frequent (`Qazaqstan`, `qyzmet`), as in no other Latin alphabet
 * without these letters, and it writes letters of its own: `ǵ ń` (2018), `ŋ ū` (2021). Polish has
 * `ń`, Latvian and Lithuanian `ū`, but none of them writes `q`.
 */
function isLatinKazakh(sample: string, letters: number): boolean {
  const q = sample.match(/q/giu)?.length ?? 0
  const own = sample.match(/[ǵńŋūǴŃŊŪ]/gu)?.length ?? 0
  return q / letters >= LATIN_KAZAKH_Q_SHARE && own >= 2
}

/** Share of `q` among the letters of a Latin-Kazakh text: several per hundred letters (`Qazaqstan`). */
const LATIN_KAZAKH_Q_SHARE = 0.01

function isRussianByLetters(sample: string): boolean {
  return !NON_RUSSIAN_CYRILLIC.test(sample) && YERY.test(sample) && RUSSIAN_ONE_LETTER_WORD.test(sample)
}

let loadFranc: (() => typeof Franc) | undefined
let loadedFranc: typeof Franc | undefined

/** How to load franc the first time it is needed; every host sets it once (corpus/franc-loader.ts). */
export function setFrancLoader(load: () => typeof Franc): void {
  loadFranc = load
}

function franc(...args: Parameters<typeof Franc>): string {
  if (!loadedFranc) {
    if (!loadFranc) throw new Error('egiz: the language of this text needs franc, and this program did not say how to load it (setFrancLoader)')
    loadedFranc = loadFranc()
  }
  return loadedFranc(...args)
}

/** Three slices from the start, middle and end, so a long preface does not decide alone. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text
  const third = SAMPLE_LENGTH / 3
  const middle = Math.floor(text.length / 2 - third / 2)
  return [text.slice(0, third), text.slice(middle, middle + third), text.slice(text.length - third)].join('\n')
}
