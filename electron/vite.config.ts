// Bundles the main process and the preload for Electron into dist/electron as CommonJS: a
// sandboxed preload must be one CommonJS file, and Electron loads main.cjs through package.json.
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
      input: { main: fileURLToPath(new URL('main.ts', import.meta.url)), preload: fileURLToPath(new URL('preload.ts', import.meta.url)) },
      external: ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
})
