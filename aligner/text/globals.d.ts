// The one platform API aligner/ uses: WHATWG TextDecoder, present alike in Node, browsers and
// Electron. Declared here because aligner/ compiles without any platform's type library.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array): string
}
