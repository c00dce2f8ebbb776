// A property of each BMP character (a letter? which script?), worked out by a regular expression
// the first time the character is met and looked up after: code that asks it of every character
// of a long text would otherwise run a match per character, or build a list of them.

/** `classify` gives a value of 0–254 for one BMP character; the table remembers it. */
export function bmpTable(classify: (char: string) => number): (code: number) => number {
  // Stored plus one: 0 marks a character not met yet.
  const known = new Uint8Array(0x10000)
  return (code) => {
    let stored = known[code]!
    if (stored === 0) known[code] = stored = classify(String.fromCharCode(code)) + 1
    return stored - 1
  }
}
