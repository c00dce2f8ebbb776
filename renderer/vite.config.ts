// Builds the review screen into dist/renderer: plain files with no inline script and no inlined
// data: fonts, so the strict Content Security Policy (font-src 'self') holds.
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)), emptyOutDir: true, assetsInlineLimit: 0 },
})
