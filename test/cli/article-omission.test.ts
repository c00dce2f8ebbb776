// The reproducer of an omission that unpaired articles: three and six extra paragraphs in the
// Russian article 3 (test/fixtures/article-omission). Through the real command, every article stays
// paired with its number, and only article 3 is doubted, with a warning.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AlignmentResult } from '../../aligner/pipeline.ts'

const EGIZ = fileURLToPath(new URL('../../bin/egiz.mjs', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/article-omission/${name}`, import.meta.url))

describe('egiz align on a Russian article with extra paragraphs', () => {
  it.each(['ru-plus3.md', 'ru-plus6.md'])('%s: articles pair by number; only article 3 is below 0.5, with a length warning', (russian) => {
    const output = execFileSync(process.execPath, [EGIZ, 'align', fixture('kk.md'), fixture(russian), '--level', 'article', '--format', 'json'], { encoding: 'utf8' })
    const result = JSON.parse(output) as AlignmentResult
    const articles = result.pairs.filter((p) => p.kk.labels.length > 0 || p.ru.labels.length > 0)
    expect(articles.map((p) => `${p.kk.labels.join()} | ${p.ru.labels.join()}`)).toEqual(['1-бап | Статья 1', '2-бап | Статья 2', '3-бап | Статья 3'])
    expect(articles.map((p) => p.confidence < 0.5)).toEqual([false, false, true])
    expect(result.pairs.every((p) => p.kind === '1-1')).toBe(true)
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings).toEqual([expect.objectContaining({ code: 'length-mismatch', pair: articles[2]!.id })])
  })
})
