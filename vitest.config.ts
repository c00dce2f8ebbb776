import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The aligner loads franc through its host; the tests are a host (see aligner/language.ts).
    setupFiles: ['test/setup.ts'],
  },
})
