/**
 * Screenshot of a built report for the README: `npx tsx test/reports/screenshot.ts out/report.html docs/report.png`.
 * Waits for the interactive charts, then captures the top of the page.
 */
import path from 'node:path';
import { launch, openReport, watchedPage } from './browser.js';

const [input = 'out/report.html', output = 'docs/report.png'] = process.argv.slice(2);
const dir = path.resolve(path.dirname(input));
const browser = await launch();
try {
  const w = await watchedPage(browser, dir);
  await w.page.setViewportSize({ width: 1280, height: 1700 });
  const charts = await openReport(w, dir, path.basename(input));
  await w.page.waitForTimeout(300);
  await w.page.screenshot({ path: output, fullPage: false });
  console.log(`wrote ${output} (${charts} charts drawn, ${w.consoleErrors.length} console errors, ${w.outside.length} outside requests)`);
} finally {
  await browser.close();
}
