// Applies one stage of text repairs while keeping, for every character of the result, its offset
// in the original text, so each repair can be shown in place and reverted.

import { lastIndexAtMost } from '../sorted.ts'

export type RepairKind =
  | 'line-ending' // CRLF or CR turned into LF
  | 'markup' // markdown or HTML removed
  | 'line-join' // a hard-wrapped line joined to its paragraph
  | 'letter-spacing' // `б е з о п а с н о с т и` joined into a word
  | 'whitespace' // runs of spaces collapsed, paragraph indentation dropped
  | 'lookalike' // Latin look-alike letters inside a Cyrillic word

/** One change the normaliser made: `before` is the original text, `after` what the clean text has. */
export interface Repair {
  kind: RepairKind
  /** [start, end) in the original text. */
  start: number
  end: number
  before: string
  after: string
}

/** A change proposed to the reviewer but not applied (legal text is never moved silently). */
export interface Proposal {
  kind: 'displaced-word'
  start: number
  end: number
  before: string
  after: string
  message: string
}

/** A replacement of [start, end) in the text of the current stage. */
export interface TextEdit {
  start: number
  end: number
  replacement: string
  kind: RepairKind
}

/** Text after some stages, with `toOriginal` giving the original offset of each of its positions. */
export interface TracedText {
  text: string
  toOriginal: OffsetMap
}

/**
 * Original offsets of a text's positions 0…length, kept as the points where the text stops running
 * parallel to the original (between two points, offsets rise by one per character). A stage's
 * edits change a few thousand points, not an array as long as the text: on a 5 MB input each such
 * array cost more in fresh memory than the stage's own work. Plain data, so that a document passes
 * between threads (batch workers) as it is.
 */
export interface OffsetMap {
  /** Positions where a run starts, increasing; the first is 0. */
  starts: Int32Array
  /** Original offset at each run's start. */
  origins: Int32Array
  /** The text's length: positions 0…length are mapped. */
  length: number
}

/** Every position its own offset: the original text itself. */
function identityMap(length: number): OffsetMap {
  return { starts: Int32Array.of(0), origins: Int32Array.of(0), length }
}

/** The original offset of a position (0…length). */
export function offsetAt(map: OffsetMap, position: number): number {
  const run = runAt(map, position)
  return map.origins[run]! + position - map.starts[run]!
}

/** Index of the run holding a position. */
function runAt(map: OffsetMap, position: number): number {
  return lastIndexAtMost(map.starts, position)
}

/** The first position whose original offset is `offset` or more (offsets never decrease along the text). */
export function firstPositionAtOrAfter(map: OffsetMap, offset: number): number {
  let low = 0
  let high = map.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsetAt(map, middle) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** All offsets as one array (length + 1 entries). */
export function offsetArray(map: OffsetMap): Int32Array {
  const offsets = new Int32Array(map.length + 1)
  for (let run = 0; run < map.starts.length; run++) {
    const end = run + 1 < map.starts.length ? map.starts[run + 1]! : map.length + 1
    for (let position = map.starts[run]!, origin = map.origins[run]!; position < end; position++, origin++) offsets[position] = origin
  }
  return offsets
}

/** Appends the offsets of positions [from, to) of `map` to `runs`, the first at position `at` there. */
function copyRuns(map: OffsetMap, runs: RunBuilder, from: number, to: number, at: number): void {
  if (from >= to) return
  let run = runAt(map, from)
  runs.add(at, map.origins[run]! + from - map.starts[run]!)
  for (run++; run < map.starts.length && map.starts[run]! < to; run++) runs.add(at + map.starts[run]! - from, map.origins[run]!)
}

/** Runs of an offset map being built in order of position; a run that only continues the last is not kept. */
class RunBuilder {
  readonly starts: number[] = []
  readonly origins: number[] = []

  add(position: number, origin: number): void {
    const last = this.starts.length - 1
    if (last >= 0 && origin - position === this.origins[last]! - this.starts[last]!) return
    if (last >= 0 && this.starts[last] === position) {
      this.origins[last] = origin
      return
    }
    this.starts.push(position)
    this.origins.push(origin)
  }

  map(length: number): OffsetMap {
    return { starts: Int32Array.from(this.starts), origins: Int32Array.from(this.origins), length }
  }
}

export function untraced(text: string): TracedText {
  return { text, toOriginal: identityMap(text.length) }
}

/**
 * Applies non-overlapping edits (any order) to `input`, appends a Repair for each to `log`, and
 * returns the new text traced back to the original.
 */
export function applyEdits(input: TracedText, edits: TextEdit[], original: string, log: Repair[]): TracedText {
  if (edits.length === 0) return input
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const map = input.toOriginal
  // Built by concatenation, flattened once on first read: faster than joining thousands of slices.
  let text = ''
  const runs = new RunBuilder()
  let out = 0
  let cursor = 0
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping ${edit.kind} edit at ${edit.start}`)
    copyRuns(map, runs, cursor, edit.start, out)
    out += edit.start - cursor
    text += input.text.slice(cursor, edit.start)
    text += edit.replacement
    const originalStart = offsetAt(map, edit.start)
    const originalEnd = offsetAt(map, edit.end)
    if (edit.replacement.length === edit.end - edit.start) {
      // Same length (look-alikes): each character keeps its own offset, the runs of what it replaces.
      copyRuns(map, runs, edit.start, edit.end, out)
      out += edit.replacement.length
    } else {
      for (const offset of replacementOffsets(input, edit)) runs.add(out++, offset)
    }
    log.push({
      kind: edit.kind,
      start: originalStart,
      end: originalEnd,
      before: original.slice(originalStart, originalEnd),
      after: edit.replacement,
    })
    cursor = edit.end
  }
  copyRuns(map, runs, cursor, input.text.length + 1, out)
  text += input.text.slice(cursor)
  return { text, toOriginal: runs.map(outputLength(input.text.length, sorted)) }
}

/**
 * Original offsets for the characters of a replacement that changes the length: matched in order
 * when the edit only deletes (spaces between spread letters), otherwise all at the start of the
 * replaced text.
 */
function replacementOffsets(input: TracedText, edit: TextEdit): number[] {
  const { replacement, start, end } = edit
  const map = input.toOriginal
  const offsets: number[] = []
  let from = start
  for (const char of replacement) {
    for (const unit of char) {
      while (from < end && input.text[from] !== unit) from++
      if (from === end) return Array.from({ length: replacement.length }, () => offsetAt(map, start))
      offsets.push(offsetAt(map, from++))
    }
  }
  return offsets
}

function outputLength(inputLength: number, edits: TextEdit[]): number {
  let length = inputLength
  for (const edit of edits) length += edit.replacement.length - (edit.end - edit.start)
  return length
}

/** Collects edits for every match of a global pattern. */
export function editsForMatches(
  text: string,
  pattern: RegExp,
  kind: RepairKind,
  replace: (match: RegExpExecArray) => string | null,
): TextEdit[] {
  const edits: TextEdit[] = []
  for (const match of text.matchAll(pattern)) {
    const replacement = replace(match)
    if (replacement === null || replacement === match[0]) continue
    edits.push({ start: match.index, end: match.index + match[0].length, replacement, kind })
  }
  return edits
}
