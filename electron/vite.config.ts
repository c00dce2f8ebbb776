// Bundles the main process, the preload, the folder-import worker and the backup process for Electron into
// dist/electron as CommonJS: a sandboxed preload must be one CommonJS file, and Electron loads
// main.cjs through package.json. Workers may live inside app.asar (Electron ≥ 19).
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    ssr: true,
    target: 'node24',
    outDir: fileURLToPath(new URL('../dist/electron', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('main.ts', import.meta.url)),
        preload: fileURLToPath(new URL('preload.ts', import.meta.url)),
        'batch-worker': fileURLToPath(new URL('../corpus/batch/worker.ts', import.meta.url)),
        backup: fileURLToPath(new URL('../corpus/backup/main.ts', import.meta.url)),
      },
      // pdf.js loads its own worker module beside it: it stays a package in node_modules.
      external: ['electron', 'better-sqlite3', /^pdfjs-dist/, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
})
