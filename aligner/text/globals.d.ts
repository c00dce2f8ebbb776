// The platform APIs aligner/ uses, present alike in Node, browsers and Electron: WHATWG
// TextDecoder and DecompressionStream, and the console. Declared here because aligner/ compiles without any platform's type library.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array, options?: { stream?: boolean }): string
}

// WHATWG DecompressionStream (Node, browsers, Electron alike), as far as the file readers use it.
declare class DecompressionStream {
  constructor(format: 'deflate' | 'deflate-raw' | 'gzip')
  readonly readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } }
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } }
}

// The console, for readers that quiet a library's known warnings.
declare const console: { warn(...args: unknown[]): void }
