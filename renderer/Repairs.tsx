// What the normaliser changed inside one side of the focused pair (joined lines, letter-spaced
// words, look-alike letters…): shown in place, each with a button to revert it or restore it.
import type { RepairView } from '../corpus/workspace.ts'
import type { StringKey, UiLanguage } from './i18n.ts'
import { repairKindText } from './reasons.ts'

export type { RepairView }

/** Repairs that change what a reader sees; markup, whitespace and line endings are too many and too dull. */
const SHOWN_KINDS = new Set(['letter-spacing', 'lookalike', 'line-join'])

export function repairsInside(repairs: RepairView[], start: number | null, end: number | null): RepairView[] {
  if (start === null || end === null) return []
  return repairs.filter((repair) => SHOWN_KINDS.has(repair.kind) && repair.cleanStart >= start && repair.cleanStart < end)
}

/** A span of the clean text to mark: a finding's pointed text, or a repair. */
export interface TextMark {
  start: number
  end: number
  className: string
  title: string
}

/** The marks for accepted repairs (a reverted one shows its original text, so no mark). */
export function repairMarks(repairs: RepairView[], language: UiLanguage): TextMark[] {
  return repairs.filter((r) => r.state === 'accepted').map((r) => ({ start: r.cleanStart, end: r.cleanEnd, className: `repair ${r.kind}`, title: `${repairKindText(language, r.kind)}: «${r.before}»` }))
}

/**
 * The side's text with its marks, when the text is the clean text (`start` is its offset there).
 * Marks are drawn in the order given; one overlapping an earlier mark is left out.
 */
export function MarkedText({ text, start, marks }: { text: string; start: number; marks: TextMark[] }) {
  const kept: TextMark[] = []
  for (const mark of marks) {
    const from = mark.start - start
    const to = mark.end - start
    if (from < 0 || to > text.length || to <= from || kept.some((k) => k.start < mark.end && mark.start < k.end)) continue
    kept.push(mark)
  }
  kept.sort((a, b) => a.start - b.start)
  const parts: Array<string | { mark: TextMark; text: string }> = []
  let at = 0
  for (const mark of kept) {
    parts.push(text.slice(at, mark.start - start), { mark, text: text.slice(mark.start - start, mark.end - start) })
    at = mark.end - start
  }
  parts.push(text.slice(at))
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? part : (
          <mark key={index} className={part.mark.className} title={part.mark.title}>
            {part.text}
          </mark>
        ),
      )}
    </>
  )
}

interface ListProps {
  repairs: RepairView[]
  language: UiLanguage
  t: (key: StringKey) => string
  onSet: (repairId: number, state: 'accepted' | 'reverted') => void
}

export function RepairList({ repairs, language, t, onSet }: ListProps) {
  if (repairs.length === 0) return null
  return (
    <ul className="repairs" aria-label={t('repairs')}>
      {repairs.map((repair) => (
        <li key={repair.id} className={repair.state}>
          <span className="kind">{repairKindText(language, repair.kind)}</span> «<Changed text={visible(repair.before)} other={visible(repair.after)} />» → «<Changed text={visible(repair.after)} other={visible(repair.before)} />»{' '}
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
