// Gives the aligner franc on demand (see aligner/language.ts): a synchronous require of the ES
// module, which Node has allowed since 22.12, made only when the letters of a text do not decide.
import { createRequire } from 'node:module'
import type { franc } from 'franc'
import { setFrancLoader } from '../aligner/language.ts'

export function useFrancOnDemand(): void {
  const require = createRequire(import.meta.url)
  setFrancLoader(() => (require('franc') as { franc: typeof franc }).franc)
}
