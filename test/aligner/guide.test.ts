import { describe, expect, it } from 'vitest'
import { pathGuide } from '../../aligner/align/guide.ts'
import type { UnitItem } from '../../aligner/align/units.ts'
import type { Unit } from '../../aligner/structure/parse.ts'

function item(kind: Unit['kind'], number: string | null, anchors: string[] = []): UnitItem {
  return { unit: { id: 'u', kind, number, label: null, title: null, start: 0, end: 0, children: [] }, text: 'text', anchors }
}

/** `count` unnumbered paragraphs without anchors. */
function plain(count: number): UnitItem[] {
  return Array.from({ length: count }, () => item('paragraph', null))
}

describe('the guide of the article programme', () => {
  it('holds the units the numbering pairs, as a chain increasing on both sides', () => {
    const kk = [item('article', '1'), item('paragraph', null), item('article', '2')]
    const ru = [item('article', '1'), item('article', '2')]
    expect(pathGuide(kk, ru)).toEqual([{ kk: 0, ru: 0 }, { kk: 2, ru: 1 }])
  })

  it('guides a long stretch without numbering by units whose anchors are the same on both sides and found once there', () => {
    const dated = (day: string) => item('paragraph', null, [day, 'month:1', '2005'])
    const kk = [item('article', '1'), ...plain(40), dated('21'), ...plain(30), dated('28'), ...plain(5), item('article', '2')]
    const ru = [item('article', '1'), ...plain(60), dated('21'), ...plain(50), dated('28'), ...plain(5), item('article', '2')]
    expect(pathGuide(kk, ru)).toEqual([{ kk: 0, ru: 0 }, { kk: 41, ru: 61 }, { kk: 72, ru: 112 }, { kk: 78, ru: 118 }])
  })

  it('leaves out anchors that recur in the stretch, a lone anchor, and short stretches', () => {
    const twice = () => item('paragraph', null, ['1997', 'month:11'])
    const lone = () => item('paragraph', null, ['5'])
    const kk = [item('article', '1'), ...plain(40), twice(), twice(), lone(), ...plain(3), item('article', '2'), ...plain(3), item('paragraph', null, ['7', '8']), item('article', '3')]
    const ru = [item('article', '1'), ...plain(40), twice(), twice(), lone(), ...plain(3), item('article', '2'), ...plain(3), item('paragraph', null, ['7', '8']), item('article', '3')]
    expect(pathGuide(kk, ru)).toEqual([{ kk: 0, ru: 0 }, { kk: 47, ru: 47 }, { kk: 52, ru: 52 }])
  })

  it('holds no cells when the numbering runs in another order on the other side', () => {
    const articles = (numbers: number[]) => numbers.map((n) => item('article', String(n)))
    const forward = Array.from({ length: 40 }, (_, k) => k + 1)
    // Reversed, the longest chain is one cell of forty: it says nothing of where the path runs.
    expect(pathGuide(articles(forward), articles([...forward].reverse()))).toEqual([])
    // Two halves swapped, a chain of half the articles: the two versions still run in step there.
    const swapped = [...forward.slice(20), ...forward.slice(0, 20)]
    expect(pathGuide(articles(forward), articles(swapped))).toHaveLength(20)
  })
})
