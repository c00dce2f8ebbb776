// What the normaliser changed inside one side of the focused pair (joined lines, letter-spaced
// words, look-alike letters…): shown in place, each with a button to revert it or restore it.
import type { RepairView } from '../corpus/workspace.ts'
import type { StringKey } from './i18n.ts'

export type { RepairView }

/** Repairs that change what a reader sees; markup, whitespace and line endings are too many and too dull. */
const SHOWN_KINDS = new Set(['letter-spacing', 'lookalike', 'line-join'])

export function repairsInside(repairs: RepairView[], start: number | null, end: number | null): RepairView[] {
  if (start === null || end === null) return []
  return repairs.filter((repair) => SHOWN_KINDS.has(repair.kind) && repair.cleanStart >= start && repair.cleanStart < end)
}

/** The side's text with each accepted repair marked, when the text is the clean text as repaired. */
export function MarkedText({ text, start, repairs }: { text: string; start: number; repairs: RepairView[] }) {
  const parts: Array<string | { repair: RepairView; text: string }> = []
  let at = 0
  for (const repair of repairs) {
    const from = repair.cleanStart - start
    const to = repair.cleanEnd - start
    if (repair.state !== 'accepted' || from < at || to > text.length || to <= from) continue
    parts.push(text.slice(at, from), { repair, text: text.slice(from, to) })
    at = to
  }
  parts.push(text.slice(at))
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? part : (
          <mark key={index} className={`repair ${part.repair.kind}`} title={`${part.repair.kind}: «${part.repair.before}»`}>
            {part.text}
          </mark>
        ),
      )}
    </>
  )
}

interface ListProps {
  repairs: RepairView[]
  t: (key: StringKey) => string
  onSet: (repairId: number, state: 'accepted' | 'reverted') => void
}

export function RepairList({ repairs, t, onSet }: ListProps) {
  if (repairs.length === 0) return null
  return (
    <ul className="repairs" aria-label={t('repairs')}>
      {repairs.map((repair) => (
        <li key={repair.id} className={repair.state}>
          <span className="kind">{repair.kind}</span> «<Changed text={visible(repair.before)} other={visible(repair.after)} />» → «<Changed text={visible(repair.after)} other={visible(repair.before)} />»{' '}
          {repair.state === 'accepted' ? (
            <button onClick={() => onSet(repair.id, 'reverted')}>{t('revert')}</button>
          ) : (
            <button onClick={() => onSet(repair.id, 'accepted')}>{t('restore')}</button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** A look-alike swap changes single letters that look the same: underline the ones that differ. */
function Changed({ text, other }: { text: string; other: string }) {
  if (text.length !== other.length) return <>{text}</>
  return <>{[...text].map((char, index) => (char === other[index] ? char : <u key={index} title={`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`}>{char}</u>))}</>
}

/** Line breaks and spaces as visible marks, so a joined line shows what was joined. */
function visible(text: string): string {
  return text.replace(/\n/g, '⏎').replace(/^ | $/g, '·')
}
