// Types of node24.mjs, for the tests and benches that start `egiz` as its first line does.
export const EGIZ_NODE_FLAGS: string[]
