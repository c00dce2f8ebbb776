// The workspace's documents grouped by project, each with its review progress; a click opens one.
import type { AlignmentSummary } from '../corpus/workspace.ts'
import type { StringKey } from './i18n.ts'

interface Props {
  alignments: AlignmentSummary[] | null
  alignmentId: number | null
  t: (key: StringKey) => string
  onOpen: (alignmentId: number) => void
}

export function DocumentList({ alignments, alignmentId, t, onOpen }: Props) {
  if (alignments === null) return <p>{t('loading')}</p>
  if (alignments.length === 0) return <p className="hint">{t('noDocuments')}</p>
  return (
    <>
      {projectsOf(alignments).map(([project, documents]) => (
        <section key={project} className="project" aria-label={project}>
          <h3>
            {project} <span className="project-progress">{projectProgress(documents)}% {t('confirmed')}</span>
          </h3>
          <ul className="document-list">
            {documents.map((a) => (
              <li key={a.id}>
                <button className={a.id === alignmentId ? 'current' : ''} title={`${a.kkFile} ⇄ ${a.ruFile}`} onClick={() => onOpen(a.id)}>
                  <span className="title">{a.title}</span>
                  <span className="files">{a.kkFile} ⇄ {a.ruFile}</span>
                  <span className="progress">
                    <progress max={a.pairs} value={a.confirmed} /> {a.pairs === 0 ? 0 : Math.round((100 * a.confirmed) / a.pairs)}% {t('confirmed')} · {a.openFindings} {t('findings')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

/** Documents grouped by project, projects in the order they were first imported. */
function projectsOf(alignments: AlignmentSummary[]): Array<[string, AlignmentSummary[]]> {
  const groups = new Map<string, AlignmentSummary[]>()
  for (const alignment of alignments) groups.set(alignment.project, [...(groups.get(alignment.project) ?? []), alignment])
  return [...groups]
}

/** Share of a project's sentence pairs confirmed, in percent. */
function projectProgress(documents: AlignmentSummary[]): number {
  const pairs = documents.reduce((sum, d) => sum + d.pairs, 0)
  const confirmed = documents.reduce((sum, d) => sum + d.confirmed, 0)
  return pairs === 0 ? 0 : Math.round((100 * confirmed) / pairs)
}
