// The engine's public surface: parse, lint, fix, train, load a model. Pure TypeScript: nothing
// here imports vscode or the LSP libraries, so the CLI, the server and the tests share it.
export * from './types';
export * from './lint';
export { SourceText } from './text/source';
export type { Position } from './text/source';
export { parseGazette } from './parse/gazette';
export type { Model } from './model/types';
export type { Rule, RuleContext } from './rules/types';
export { allRules, findRule } from './rules';
export { loadModel, parseModel, defaultModelPath, emptyModel, ModelError } from './model/load';
export { train } from './model/train';
export type { TrainInput } from './model/train';
export { serializeModel, mergeModels, canonicalModel } from './model/serialize';
export { readCorpus, corpusFiles } from './model/corpus';
export { applyFixes, fixAll, fixChange, MAX_FIX_PASSES } from './fix';
export type { FixChange, FixOptions, FixResult, FixAllResult } from './fix';
export { decode, encode, checkSize, InputError, MAX_INPUT_BYTES } from './text/encoding';
export type { Decoded, Encoding } from './text/encoding';
export { ConfigError, ConfigResolver, configFor, readConfigFile, isIgnored, CONFIG_FILE } from './config';
export type { ResolvedConfig, ConfigFile } from './config';
export { unitsValidAt, unitsToOffer, namesInBlockText, lookupUnit, nearestUnits, isLocalGovernment, normalizeUnitName } from './units';
export type { UnitLookup } from './units';
export { duplicateNumbers, numberKey } from './rules/doc-number';
export type { NumberedItem } from './rules/doc-number/duplicate';
