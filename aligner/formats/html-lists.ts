// The numbers a browser shows before list items: `<ol start type reversed>` and `<li value>`, nested
// lists counted on their own. Pages saved by Word, LibreOffice or pandoc carry point and article
// numbers only this way, so reading a page without them would lose its structure.
import { toRoman } from '../text/roman.ts'

interface OpenList {
  ordered: boolean
  type: string
  reversed: boolean
  next: number
}

/** Most list items numbered: a page with more is damaged or hostile, and its numbers are not needed. */
const MAX_LIST_NUMBER = 1_000_000

export class ListNumbers {
  private lists: OpenList[] = []

  /** `<ol …>` or `<ul>`: a list opens. */
  open(name: 'ol' | 'ul', attributes: string): void {
    const reversed = /(?:^|\s)reversed(?:\s|=|$)/i.test(attributes)
    const type = /(?:^|\s)type\s*=\s*["']?([1aAiI])/.exec(attributes)?.[1] ?? '1'
    this.lists.push({ ordered: name === 'ol', type, reversed, next: integerAttribute(attributes, 'start') ?? 1 })
  }

  close(): void {
    this.lists.pop()
  }

  /** `<li …>`: the label a browser shows for it (`3. `, `b. `, `iv. `), or '' in an unordered list. */
  item(attributes: string): string {
    const list = this.lists[this.lists.length - 1]
    if (!list || !list.ordered) return ''
    const value = integerAttribute(attributes, 'value')
    const number = value ?? list.next
    list.next = number + (list.reversed ? -1 : 1)
    if (Math.abs(number) > MAX_LIST_NUMBER) return ''
    return `${format(number, list.type)}. `
  }
}

function integerAttribute(attributes: string, name: string): number | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']?(-?\\d{1,9})`, 'i').exec(attributes)
  return match ? Number(match[1]) : null
}

function format(number: number, type: string): string {
  if (number < 1) return String(number)
  if (type === 'a' || type === 'A') {
    let text = ''
    for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text
    return type === 'A' ? text.toUpperCase() : text
  }
  if (type === 'i') return toRoman(number).toLowerCase()
  if (type === 'I') return toRoman(number)
  return String(number)
}

