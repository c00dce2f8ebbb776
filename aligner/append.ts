// Appending one list to another. A spread into push passes every item as an argument of its own,
// and past about a hundred thousand items (the pairs of a long law, the points of one of its
// articles, the files of a large folder) that overflows the call stack: the command crashes.
// A loop has no such limit. A lint rule keeps spreads out of push calls in the source.

/** Adds `items` to the end of `list`, in order. */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item)
}
