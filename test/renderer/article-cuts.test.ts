import { describe, expect, it } from 'vitest'
import { headingCuts } from '../../renderer/article-cuts.ts'

describe('headings inside an article side, offered as splits', () => {
  it('finds a heading run into the previous article, after a sentence end', () => {
    const text = 'Статья 4 Защита инвестиций Каждая из Сторон обеспечивает режим. Статья 5 Экспроприация 1) Инвестиции не могут быть национализированы.'
    expect(headingCuts(text)).toEqual([{ offset: text.indexOf('Статья 5'), label: 'Статья 5' }])
  })

  it('finds a heading on its own line, and never the one the article opens with', () => {
    const text = '4-бап Қорғау\nМәтін.\n5-бап Экспроприация\nМәтін.'
    expect(headingCuts(text)).toEqual([{ offset: text.indexOf('5-бап'), label: '5-бап' }])
  })

  it('does not take a reference opening a sentence for a heading', () => {
    expect(headingCuts('Статья 4 Защита. Статья 5 настоящего Соглашения применяется к инвестициям.')).toEqual([])
  })
})
