/**
 * Output: deterministic CSV/JSON, safe file names, and the all-or-nothing write of out/.
 */
export { toCsv, csvField } from './csv.js';
export { toJson, rowsToJson } from './json.js';
export { formatNumber, DECIMALS } from './format.js';
export { safeFileName } from './safe-name.js';
export { writeOutputs, checkOutDir, OUT_MARKER, type OutputFiles } from './write.js';
export { tableFiles, COLUMNS, TABLE_FILES } from './tables.js';
