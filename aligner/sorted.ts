// Binary search in ascending numbers: where a position falls among run or line starts.

/** Index of the last value at most `value` in `sorted` (ascending, its first value at most `value`). */
export function lastIndexAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle]! <= value) low = middle
    else high = middle - 1
  }
  return low
}
