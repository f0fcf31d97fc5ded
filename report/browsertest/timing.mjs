// How long a report page takes to open in chromium, from disk with the
// network blocked: from navigation start to the page drawn (body[data-ready],
// set once the table, the charts and the chart over time are in place), the
// fastest and the median of RUNS runs, each in a fresh browser context.
// A measurement, not a test: `make report-timing REPORT_HTML=...` prints it.
//
//   node timing.mjs PAGE.html [RUNS]
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const file = process.argv[2];
const runs = +(process.argv[3] || 5);
if (!file) {
  console.error('usage: node timing.mjs PAGE.html [RUNS]');
  process.exit(2);
}
const url = pathToFileURL(file).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const times = [];
let blocked = 0, errors = 0;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  await context.route('**/*', (r) => (r.request().url() === url ? r.continue() : (blocked++, r.abort())));
  const page = await context.newPage();
  page.on('pageerror', () => errors++);
  page.on('console', (m) => { if (m.type() === 'error') errors++; });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  // Both times are the page's own, from the navigation's start: the page
  // sets window.__zhDrawnAt = performance.now() when it has drawn everything.
  times.push(await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { drawn: window.__zhDrawnAt, parsed: window.__zhParsedAt, dcl: nav ? nav.domContentLoadedEventEnd : NaN };
  }));
  await context.close();
}
await browser.close();
const sorted = (k) => times.map((t) => t[k]).sort((a, b) => a - b);
const fmt = (ms) => (ms / 1000).toFixed(2) + ' s';
const d = sorted('drawn'), c = sorted('dcl'), p = sorted('parsed');
console.log(`${file}: ${(fs.statSync(file).size / 1e6).toFixed(2)} MB; ${runs} runs in chromium, network blocked (${blocked} requests blocked, ${errors} errors)`);
console.log(`  drawn (table, charts, chart over time): fastest ${fmt(d[0])}, median ${fmt(d[Math.floor(d.length / 2)])}, slowest ${fmt(d[d.length - 1])}`);
console.log(`  data parsed (HTML read, JSON.parse):   fastest ${fmt(p[0])}, median ${fmt(p[Math.floor(p.length / 2)])}`);
const w = times.map((t) => t.drawn - t.parsed).sort((a, b) => a - b);
console.log(`  drawing alone (after the parse):        fastest ${fmt(w[0])}, median ${fmt(w[Math.floor(w.length / 2)])}`);
console.log(`  DOMContentLoaded:                       fastest ${fmt(c[0])}, median ${fmt(c[Math.floor(c.length / 2)])}`);
