import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // A poll ends as soon as it holds; on a loaded machine (CI, a CAT tool running beside) an import
    // in the browser-mode tests takes seconds, not the default second.
    expect: { poll: { timeout: 10_000 } },
    // The aligner loads franc through its host; the tests are a host (see aligner/language.ts).
    setupFiles: ['test/setup.ts'],
  },
})
