/**
 * Output: deterministic CSV/JSON, safe file names, and the all-or-nothing write of out/, one file at a time.
 */
export { toCsv, csvField, csvChunks } from './csv.js';
export { toJson, rowsToJson, rowsJsonChunks } from './json.js';
export { formatNumber, DECIMALS } from './format.js';
export { safeFileName } from './safe-name.js';
export { writeOutputs, openOutputs, checkOutDir, wholeContent, OUT_MARKER, type OutputFiles, type OutputWriter, type FileContent, type EmitFile } from './write.js';
export { tableFiles, tableFileChunks, tablePaths, COLUMNS, TABLE_FILES } from './tables.js';
