// Bytes as text of one character each (U+0000–U+00FF): how readers look at markup and headers that
// are ASCII whatever the encoding of the text around them (RTF, MIME headers, a page's <meta>).

/** Chunks for String.fromCharCode: a whole file spread as arguments would overflow the stack. */
const CHUNK = 8192

export function byteText(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)))
  return parts.join('')
}
