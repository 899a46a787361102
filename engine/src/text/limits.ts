// Alone in its module: the daemon's client (cli/src/stdin.ts) reads standard input up to the limit
// without loading the engine.

/** Larger inputs are refused: a gazette issue is a few hundred KB; 20 MB is surely not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
