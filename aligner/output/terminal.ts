// Text for a terminal: a file name or a document's text may carry escape sequences (`ESC ] 0;…`,
// `ESC [ 2J`) or control characters that would retitle, clear or recolour the user's terminal, and
// bidirectional overrides that would show words in another order than they are. They are dropped.

const ESC = String.fromCharCode(0x1b)
const BEL = String.fromCharCode(0x07)
/** ESC-introduced sequences: CSI (`ESC [ … letter`), OSC (`ESC ] … BEL` or `ESC \`), and two-character escapes. */
const ESCAPE_SEQUENCE = new RegExp(`${ESC}(?:\\[[0-?]*[ -/]*[@-~]|\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)?|[@-Z\\\\-_])?`, 'g')
/** C0 controls but tab and line feed, DEL, C1 controls, and bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '')
}
