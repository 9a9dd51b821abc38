export type { RawInput, InputResult, ReadOptions } from './types.js';
export { DEFAULT_MAX_BYTES, formatBytes } from './types.js';
export { decodeBytes, normalizeEncoding, type DecodeOptions, type DecodeResult } from './decode.js';
export { looksLikeHtml, mediaTypeFor, binaryMagic } from './sniff.js';
export { parseRecord as parseJsonlRecord } from './jsonl.js';
export { readInputs, countInputs, inputFromBytes } from './read.js';
