// How Word counts the levels of one list, for the .doc and the .docx reader alike: each level's
// last number, start-at overrides, deeper levels starting again under a new number, and a level
// above that was not numbered since it (re)started showing its start.

export class WordListCounters {
  /** The last number given at each level (its start − 1 before the first). */
  private readonly counts: number[]
  /** The number each level shows while it is not used: its start, or where an override restarted it. */
  private readonly floors: number[]
  /** Each level's start as the list defines it. */
  private readonly starts: number[]

  constructor(starts: number[]) {
    this.starts = starts
    this.counts = starts.map((start) => start - 1)
    this.floors = [...starts]
  }

  /** A start-at override: the level begins again at `start`. */
  restart(level: number, start: number): void {
    if (level >= this.counts.length) return
    this.counts[level] = start - 1
    this.floors[level] = start
  }

  /**
   * Counts a paragraph at `level` and returns the number each level shows in its label. A level
   * above that was not numbered since it (re)started shows its start, and that number is taken: the
   * next paragraph at that level has the one after (`1.1`, `1.2`, then `2`, as Word and LibreOffice
   * number them; `2.99` after a restart, then `3`).
   */
  advance(level: number): number[] {
    const { counts, floors } = this
    counts[level] = counts[level]! + 1
    for (let higher = 0; higher < level; higher++) counts[higher] = Math.max(counts[higher]!, floors[higher]!)
    for (let deeper = level + 1; deeper < counts.length; deeper++) {
      floors[deeper] = this.starts[deeper]!
      counts[deeper] = floors[deeper]! - 1
    }
    return counts.map((count, index) => Math.max(count, floors[index]!))
  }
}
