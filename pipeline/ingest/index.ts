/**
 * Ingest: which files to read and how to turn their bytes into text.
 *   listInputs(paths) → sorted file list;  readDoc(file) → RawDoc;  findManifest(paths) → data/manifest.json
 */
export { listInputs, isTextFileName } from './list.js';
export { readDoc, normalizeNewlines } from './read.js';
export { decodeBytes, type Decoded } from './decode.js';
export { findManifest, MANIFEST_NAME, type ManifestChoice } from './manifest.js';
export { displayPath, byPath } from './paths.js';
