// Lint rules: typescript-eslint's recommended set, plus the layer arrows of DESIGN.md §2.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'aligner/ is pure TypeScript: no Node APIs.' }

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', 'dist/', 'test-artifacts/', 'test/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // A spread into push passes each item as an argument: past ~100,000 items the stack overflows.
    files: ['aligner/**/*.ts', 'corpus/**/*.ts', 'cli/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='push'] > SpreadElement", message: 'Use appendAll (aligner/append.ts): a spread into push overflows the stack on long lists.' }],
    },
  },
  {
    files: ['aligner/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, { group: ['**/cli/**', '**/corpus/**', '**/electron/**', '**/renderer/**', 'electron', 'better-sqlite3'], message: 'aligner/ imports nothing of the other layers.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)
