// Bundles the command line, its batch worker and its backup process into dist/cli as ES modules, so `egiz` starts
// without compiling TypeScript. Each command stays its own chunk, loaded only when it runs;
// packages (SQLite, pdf.js, franc, diff) load from node_modules as they are.
import { builtinModules } from 'node:module'
import { dirname, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

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
  plugins: [builtinsWithoutFacade(), sourcesManifest()],
})

/**
 * Node's own modules are taken with process.getBuiltinModule, not imported. An ES import of a
 * built-in module makes a module facade of it, reading every export, and reading `fs.ReadStream`
 * loads the file streams: 5–8 ms at every start of `egiz`, for streams no command uses.
 */
function builtinsWithoutFacade(): Plugin {
  const namedImport = /^import \{([^}]*)\} from ("node:[\w/]+");$/gm
  return {
    name: 'builtins-without-facade',
    renderChunk(code) {
      const rewritten = code.replace(namedImport, (_, names: string, id: string) => `const {${names.replace(/\s+as\s+/g, ': ')}} = process.getBuiltinModule(${id});`)
      const left = /^import .* from "node:[\w/]+";$/m.exec(rewritten)
      if (left) throw new Error(`builtinsWithoutFacade: an import of a built-in module it does not rewrite: ${left[0]}`)
      return { code: rewritten, map: null }
    },
  }
}

/**
 * Writes dist/cli/sources.json: the project's source files the bundle was made from, and their
 * folders. bin/egiz.mjs checks their times to tell a stale bundle (scripts/built-cli.mjs).
 */
function sourcesManifest(): Plugin {
  const root = fileURLToPath(new URL('..', import.meta.url))
  return {
    name: 'sources-manifest',
    generateBundle() {
      const files = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes(`${sep}node_modules${sep}`))
        .map((id) => relative(root, id))
        .sort()
      const folders = [...new Set(files.map((file) => dirname(file)))].sort()
      this.emitFile({ type: 'asset', fileName: 'sources.json', source: JSON.stringify({ files, folders }, null, 1) })
    },
  }
}
