// Reads an .rtf file: Kazakh letters from \uN (skipping the \ucN fallbacks after them), other
// bytes in the code page of the document or of the font, list numbers as written, and headers,
// footers and footnotes kept apart from the body.
import { raisedDigits } from '../text/superscript.ts'
import { failure } from '../problems.ts'
import { decodeSingleByte } from '../text/decode.ts'
import { KZ_1048_HIGH, WINDOWS_1251_HIGH } from '../text/codepages.ts'
import { fileText, markGenerated, paragraphsToText, separateGenerated, type ApartBlock, type ApartKind, type Extracted } from './extracted.ts'
import { isFixedPitchFamily, joinPreformatted, ParagraphPitch, type FontedParagraph } from './preformatted.ts'
import { insertedSymbol } from './symbol-font.ts'
import { byteText } from './byte-text.ts'

/** Code page of each \fcharsetN (Windows' own table): Cyrillic fonts are 204. */
const CHARSET_CODE_PAGES: Record<number, number> = {
  0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
}
/** \fcharset2: a symbol font, whose bytes are its glyphs, not a code page's letters. */
const SYMBOL_CHARSET = 2
/** Code pages of two bytes a character, by the names the decoder knows them by. */
const DOUBLE_BYTE_DECODERS: Record<number, string> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5' }
/** Destinations whose text is not part of the document. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'filetbl', 'revtbl', 'fldinst',
  'pgdsctbl', 'mmathPr', 'operator', 'author', 'title', 'subject', 'keywords', 'comment', 'doccomm', 'nonshppict', 'bkmkstart', 'bkmkend',
  // Parts of list tables, left out also where a writer puts them outside \listtable.
  'list', 'listlevel', 'leveltext', 'levelnumbers', 'listname', 'listoverride', 'lfolevel', 'listpicture',
])
const APART_DESTINATIONS: Record<string, ApartKind> = {
  header: 'header', headerl: 'header', headerr: 'header', headerf: 'header',
  footer: 'footer', footerl: 'footer', footerr: 'footer', footerf: 'footer', footnote: 'footnote', annotation: 'comment',
}
const SYMBOLS: Record<string, string> = {
  tab: '\t', emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005',
}

/** Budget: group nesting deeper than this is a damaged or hostile file (Word nests a few dozen deep). */
const MAX_GROUP_DEPTH = 1000
/** Fallback characters after \uN: real files use 0–2; a larger \ucN would swallow the text after it. */
const MAX_FALLBACK_CHARACTERS = 8
/** Budget: characters of text taken from one file. */
const MAX_TEXT_CHARACTERS = 32 * 1024 * 1024

interface GroupState {
  /** Characters of fallback text after each \uN. */
  uc: number
  skip: boolean
  apart: ApartBlock | null
  codePage: number
  /** The current font is of fixed pitch. */
  fixedPitch: boolean
  /** The current font's name when it is a symbol font (\fcharset2), else null. */
  symbolFont: string | null
  /** After \upr: its first group is the ANSI twin of the Unicode text in the \ud group that follows. */
  skipNextGroup: boolean
  /** Inside \listtext or \pntext: the list number Word wrote for readers without lists, which it generates. */
  listNumber: boolean
  /** In superscript (\super): digits are kept raised (`Статья 5` and a raised `1`, an inserted article). */
  raised: boolean
}

export function extractRtf(bytes: Uint8Array): Extracted {
  const source = byteText(bytes)
  if (!source.startsWith('{\\rtf')) return failure({ code: 'rtf-not-rtf' })
  const fonts = readFontTable(source)
  const documentCodePage = Number(/\\ansicpg(\d+)/.exec(source.slice(0, 2000))?.[1] ?? 1252)
  const paragraphs: FontedParagraph[] = []
  const apart: ApartBlock[] = []
  let apartParagraphs: string[] = []
  let current = ''
  /** The body paragraph a footnote or header interrupted; it goes on after the group. */
  let interrupted = ''
  const pitch = new ParagraphPitch()
  let bytesPending: number[] = []
  const defaultFont = Number(/\\deff(\d+)/.exec(source.slice(0, 200))?.[1] ?? 0)
  let state: GroupState = { uc: 1, skip: false, apart: null, codePage: documentCodePage, fixedPitch: fonts.fixedPitch.has(defaultFont), symbolFont: fonts.symbolFonts.get(defaultFont) ?? null, skipNextGroup: false, listNumber: false, raised: false }
  const stack: GroupState[] = []
  let fallbackToSkip = 0
  let depth = 0
  let closedAtDepth0 = false
  let characters = 0
  /** Apart blocks of each kind so far, for their labels (footnote 1, 2…). */
  const apartCounts = new Map<ApartKind, number>()

  /** The list number being read (inside \listtext or \pntext), written marked as generated when its group ends. */
  let listNumber = ''
  const add = (text: string) => {
    if (state.listNumber) {
      listNumber += text
      return
    }
    if (!state.apart) pitch.note(text, state.fixedPitch)
    current += fileText(state.raised ? raisedDigits(text) : text)
  }
  const flushBytes = () => {
    if (bytesPending.length === 0) return
    const { symbolFont } = state
    add(symbolFont !== null ? bytesPending.map((byte) => insertedSymbol(symbolFont, byte)).join('') : decodeCodePage(Uint8Array.from(bytesPending), state.codePage))
    bytesPending = []
  }
  const emit = (text: string) => {
    flushBytes()
    if (state.skip) return
    add(text)
  }
  const endParagraph = () => {
    flushBytes()
    if (state.skip) return
    characters += current.length
    if (state.apart) apartParagraphs.push(current)
    else paragraphs.push(pitch.end(current))
    current = ''
  }

  let at = 0
  while (at < source.length) {
    const char = source[at]!
    if (char === '{') {
      flushBytes()
      // A group ends the fallback of a \uN (the fallback never spans a group boundary).
      fallbackToSkip = 0
      if (depth >= MAX_GROUP_DEPTH) return failure({ code: 'rtf-too-deep', depth: MAX_GROUP_DEPTH })
      const skipThis = state.skipNextGroup
      state.skipNextGroup = false
      stack.push(state)
      state = { ...state, skip: state.skip || skipThis }
      depth++
      at++
      continue
    }
    if (char === '}') {
      flushBytes()
      fallbackToSkip = 0
      if (characters + current.length > MAX_TEXT_CHARACTERS) return failure({ code: 'too-much-text', format: 'RTF', millions: MAX_TEXT_CHARACTERS / 1048576 })
      const closing = state
      state = stack.pop() ?? state
      // The number as the .docx reader writes one: the label and a space, not the writer's spacing and tab.
      if (closing.listNumber && !state.listNumber) {
        const label = listNumber.replace(/\s+/g, ' ').trim()
        if (label !== '') current += markGenerated(`${label} `)
        listNumber = ''
      }
      if (closing.apart && !state.apart) {
        if (current !== '') apartParagraphs.push(current)
        current = ''
        closing.apart.text = separateGenerated(paragraphsToText(apartParagraphs.map((p) => p.trim())).toWellFormed()).text
        if (closing.apart.text !== '') apart.push(closing.apart)
        apartParagraphs = []
        current = interrupted
      }
      depth--
      at++
      if (depth === 0) {
        closedAtDepth0 = true
        break
      }
      continue
    }
    if (char === '\r' || char === '\n') {
      at++
      continue
    }
    if (char !== '\\') {
      if (fallbackToSkip > 0) fallbackToSkip--
      else if (!state.skip) emit(char)
      at++
      continue
    }
    // A control symbol or control word.
    const next = source[at + 1] ?? ''
    if (next === "'") {
      const byte = parseInt(source.slice(at + 2, at + 4), 16)
      at += 4
      if (fallbackToSkip > 0) {
        fallbackToSkip--
        continue
      }
      if (!state.skip && !Number.isNaN(byte)) bytesPending.push(byte)
      continue
    }
    if (!/[a-zA-Z]/.test(next)) {
      at += 2
      if (fallbackToSkip > 0) {
        fallbackToSkip--
        continue
      }
      if (next === '*') state.skip ||= opensGroup(source, at - 2)
      else if (next === '~') emit('\u00A0')
      else if (next === '_') emit('\u2011')
      else if (next === '-') emit('')
      else if (next === '\\' || next === '{' || next === '}') emit(next)
      else if (next === '\n' || next === '\r') endParagraph()
      continue
    }
    const word = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(source.slice(at, at + 40))!
    at += word[0].length
    const name = word[1]!
    const parameter = word[2] === undefined ? null : Number(word[2])
    if (name === 'bin') {
      // \binN: N raw bytes follow. A negative or missing N, or one past the end, is damage.
      if (parameter === null || parameter < 0 || at + parameter > source.length) return failure({ code: 'rtf-bad-bin', length: parameter })
      at += parameter
      continue
    }
    if (fallbackToSkip > 0) {
      fallbackToSkip--
      continue
    }
    if (name === 'u' && parameter !== null) {
      const code = parameter < 0 ? parameter + 65536 : parameter
      emit(state.symbolFont !== null ? insertedSymbol(state.symbolFont, code) : String.fromCharCode(code))
      fallbackToSkip = state.uc
    } else if (name === 'uc' && parameter !== null) state.uc = Math.max(0, Math.min(parameter, MAX_FALLBACK_CHARACTERS))
    else if (name === 'par' || name === 'row' || name === 'sect' || name === 'page' || name === 'line') endParagraph()
    else if (name === 'cell' || name === 'nestcell') emit('\t')
    else if (name === 'f' && parameter !== null) {
      flushBytes()
      state.codePage = fonts.codePages.get(parameter) ?? documentCodePage
      state.fixedPitch = fonts.fixedPitch.has(parameter)
      state.symbolFont = fonts.symbolFonts.get(parameter) ?? null
    } else if (name === 'ansicpg' && parameter !== null) state.codePage = parameter
    else if (name === 'upr') state.skipNextGroup = true
    else if (name === 'super' || name === 'nosupersub' || name === 'sub' || name === 'plain') {
      flushBytes()
      state.raised = name === 'super'
    }
    else if (name === 'ud') state.skip = stack.some((outer) => outer.skip && !outer.skipNextGroup) ? state.skip : false
    else if (SKIPPED_DESTINATIONS.has(name)) state.skip = true
    else if (name === 'listtext' || name === 'pntext') {
      flushBytes()
      state.listNumber = true
    }
    else if (name in APART_DESTINATIONS && !(stack.at(-1)?.skip ?? false)) {
      // `\*` asks to skip a destination only a reader that does not know it: LibreOffice writes `{\*\footnote …}`.
      state.skip = false
      flushBytes()
      if (!state.apart) {
        interrupted = current
        current = ''
        const kind = APART_DESTINATIONS[name]!
        const label = (apartCounts.get(kind) ?? 0) + 1
        apartCounts.set(kind, label)
        state.apart = { kind, label: String(label), text: '' }
      }
    } else if (name === 'ftnalt' && state.apart?.kind === 'footnote') state.apart.kind = 'endnote'
    else if (name in SYMBOLS) emit(SYMBOLS[name]!)
  }
  if (!closedAtDepth0) return failure({ code: 'rtf-unclosed' })
  endParagraph()
  // \uN may name half a surrogate pair alone: such a half becomes U+FFFD, as a decoder makes of bad bytes.
  const { text, generated } = separateGenerated(paragraphsToText(joinPreformatted(paragraphs).map((p) => p.replace(/(?<![ \t])[ \t]+$/, ''))).toWellFormed())
  if (text.trim() === '') return failure({ code: 'rtf-no-text' })
  return { ok: true, extracted: { format: 'rtf', text, layout: 'paragraphs', encoding: `cp${documentCodePage}`, apart, generated } }
}

/**
 * Whether the `\*` at `at` opens its group (`{\*\destination …}`): only there does it mark a
 * group to leave out. Some writers put one before a formatting word in the middle of the text
 * (`{\f2\*\cs7 The quick brown fox}`), where it says nothing about the text after it.
 */
function opensGroup(source: string, at: number): boolean {
  let before = at - 1
  while (before >= 0 && (source[before] === '\r' || source[before] === '\n' || source[before] === ' ')) before--
  return source[before] === '{' && source[before - 1] !== '\\'
}

interface FontTable {
  /** Code page of each font, from its \fcharset (or \cpg). */
  codePages: Map<number, number>
  /** Fonts of fixed pitch: \fmodern, \fprq1 or a fixed-pitch family's name. */
  fixedPitch: Set<number>
  /** Symbol fonts (\fcharset2) by number, with their names. */
  symbolFonts: Map<number, string>
}

function readFontTable(source: string): FontTable {
  const table = new Map<number, number>()
  const fixedPitch = new Set<number>()
  const symbolFonts = new Map<number, string>()
  const start = source.indexOf('{\\fonttbl')
  if (start < 0) return { codePages: table, fixedPitch, symbolFonts }
  let depth = 0
  let end = start
  for (; end < source.length; end++) {
    if (source[end] === '{' && source[end - 1] !== '\\') depth++
    else if (source[end] === '}' && source[end - 1] !== '\\' && --depth === 0) break
  }
  for (const font of source.slice(start, end).matchAll(/\\f(\d+) ?((?:\\[a-z]+-?\d* ?)*)([^;{}\\]*)/g)) {
    const controls = font[2]!
    if (/\\fmodern|\\fprq1/.test(controls) || isFixedPitchFamily(font[3]!)) fixedPitch.add(Number(font[1]))
    const cpg = /\\cpg(\d+)/.exec(controls)
    const charset = /\\fcharset(\d+)/.exec(controls)
    if (charset && Number(charset[1]) === SYMBOL_CHARSET) symbolFonts.set(Number(font[1]), font[3]!.trim())
    const codePage = cpg ? Number(cpg[1]) : charset ? CHARSET_CODE_PAGES[Number(charset[1])] : undefined
    if (codePage !== undefined) table.set(Number(font[1]), codePage)
  }
  return { codePages: table, fixedPitch, symbolFonts }
}

function decodeCodePage(bytes: Uint8Array, codePage: number): string {
  if (codePage === 1251) return decodeSingleByte(bytes, WINDOWS_1251_HIGH)
  if (codePage === 1048) return decodeSingleByte(bytes, KZ_1048_HIGH)
  try {
    return new TextDecoder(DOUBLE_BYTE_DECODERS[codePage] ?? `windows-${codePage}`).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
