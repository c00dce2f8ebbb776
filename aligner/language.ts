// Tells Kazakh from Russian (franc, helped by the Kazakh-only letters, which franc may not weigh
// enough in short or look-alike-damaged texts) and names any other language it sees.
import { franc } from 'franc'

export type LanguageCode = 'kk' | 'ru'

export interface LanguageGuess {
  /** 'kk' or 'ru', or null when the text is in neither. */
  language: LanguageCode | null
  /** franc's ISO 639-3 answer, for messages (`kaz`, `rus`, `eng`, `und`…). */
  iso6393: string
}

/** Characters of text franc looks at: enough for a sure answer, little enough to stay fast. */
const SAMPLE_LENGTH = 6000
/** Share of Kazakh-only letters among Cyrillic letters above which a text is Kazakh. */
const KAZAKH_LETTER_SHARE = 0.01
const CLOSE_LANGUAGES = ['kaz', 'rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kir', 'tat', 'bak', 'uzb', 'tgk']

export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleOf(text)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  if (letters === 0) return { language: null, iso6393: 'und' }
  if (cyrillic / letters < 0.5) return { language: null, iso6393: franc(sample, { minLength: 10 }) }
  const kazakhLetters = sample.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|(?<=\p{Script=Cyrillic})[iI]|[iI](?=\p{Script=Cyrillic})/gu)?.length ?? 0
  const guess = franc(sample, { only: CLOSE_LANGUAGES, minLength: 10 })
  if (kazakhLetters / cyrillic > KAZAKH_LETTER_SHARE) return { language: 'kk', iso6393: 'kaz' }
  if (guess === 'rus' || guess === 'kaz') return { language: guess === 'rus' ? 'ru' : 'kk', iso6393: guess }
  return { language: null, iso6393: guess }
}

/** Three slices from the start, middle and end, so a long preface does not decide alone. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text
  const third = SAMPLE_LENGTH / 3
  const middle = Math.floor(text.length / 2 - third / 2)
  return [text.slice(0, third), text.slice(middle, middle + third), text.slice(text.length - third)].join('\n')
}
