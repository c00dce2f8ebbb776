// Types of built-cli.mjs, for the tests that check which command line `egiz` runs and rebuild what is stale.
export const BUILT_CLI_PATH: string
export const SOURCES_MANIFEST_PATH: string
export function cliEntry(root?: string): string
export function builtCliIsFresh(root?: string): boolean
export function newestModification(folders: string[]): number
