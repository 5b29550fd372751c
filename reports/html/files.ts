/** Names of the generated pages, relative to out/. */
export const REPORT_FILE = 'report.html';
export const COMPARE_FILE = 'compare.html';
