// Bundles the command line, its batch worker and its backup process into dist/cli as ES modules, so `egiz` starts
// without compiling TypeScript. Each command stays its own chunk, loaded only when it runs;
// packages (SQLite, pdf.js, franc, diff) load from node_modules as they are.
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    ssr: true,
    target: 'node24',
    outDir: fileURLToPath(new URL('../dist/cli', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        egiz: fileURLToPath(new URL('main.ts', import.meta.url)),
        'batch-worker': fileURLToPath(new URL('../corpus/batch/worker.ts', import.meta.url)),
        backup: fileURLToPath(new URL('../corpus/backup/main.ts', import.meta.url)),
      },
      external: [/^[a-z@][^:]*$/, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
})
