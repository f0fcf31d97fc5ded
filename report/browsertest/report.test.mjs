// Opens zhmetrics report pages from disk in Debian's chromium, with every
// network request blocked, and does what a person does with them: filter,
// click a row, read the highlighted sentence, change the metric of the chart
// over time, page, sort, review a change. `make report-browser` runs it.
//
//   REPORT_HTML    the explore page (zhmetrics report), of the seeds
//   REVIEW_HTML    the review page (zhmetrics diff --format html), optional
//   SAMPLED_HTML   the explore page made with --max-rows 50, optional
//   REVIEW_SUMMARY the summary line `zhmetrics diff` printed for it
//   SHOT_DIR       where the screenshots go (default: the page's folder)
//   CHROMIUM       the browser (default /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const reportHTML = process.env.REPORT_HTML;
const reviewHTML = process.env.REVIEW_HTML;
const sampledHTML = process.env.SAMPLED_HTML;
const shotDir = process.env.SHOT_DIR || (reportHTML ? path.dirname(reportHTML) : '.');
let browser;

before(async () => {
  assert.ok(reportHTML, 'REPORT_HTML names the page to test');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
after(async () => { await browser?.close(); });

// open loads a page from disk with the network blocked; it returns the page
// and a list of problems (requests other than the file itself, console
// errors, uncaught exceptions) to assert empty at the end.
async function open(file) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  const url = pathToFileURL(file).href;
  const problems = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    problems.push('request blocked: ' + u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('data:')) problems.push('request: ' + r.url()); });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push('console ' + m.type() + ': ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, problems, context };
}

// colouredShare: the share (and number) of pixels of a PNG that are neither
// white nor grey (axes and text are grey or black),
// decoded by the browser itself (in a blank page, no network involved).
async function colouredShare(png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let n = 0, col = 0;
      for (let i = 0; i < d.length; i += 4) {
        n++;
        const hi = Math.max(d[i], d[i + 1], d[i + 2]), lo = Math.min(d[i], d[i + 1], d[i + 2]);
        if (hi - lo > 32) col++;
      }
      return { share: col / n, pixels: col };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

test('explore: filter, row, highlighted sentence, facets, sort, pages, metric over time', async () => {
  const { page, problems, context } = await open(reportHTML);
  const count = page.locator('#figures-count');
  const total = await count.textContent();
  assert.match(total, /^[\d,]+ rows match$/);

  // A filter: the figure 795.3亿元 of seed 001, whose metric is 地区生产总值.
  await page.fill('#figures-filter', '795.3亿元');
  await page.waitForFunction((t) => document.querySelector('#figures-count').textContent !== t, total);
  // the figure, and another figure of its sentence (the filter reads sentences too)
  assert.match(await count.textContent(), /^2 rows match of /);
  const row = page.locator('#figures tbody tr', { hasText: '795.3亿 元' });
  assert.equal(await row.count(), 1);
  await row.click();
  const sentence = page.locator('#detail .sentence');
  assert.equal(await sentence.locator('mark.fig').textContent(), '795.3亿元');
  assert.equal(await sentence.locator('mark.metric').textContent(), '地区生产总值');
  assert.match(await sentence.textContent(), /地区生产总值.*795\.3亿元/);
  assert.equal(await page.locator('#detail dd.path').textContent(), 'seeds/001_18dbd27aeb4158ef.txt');
  assert.match(await page.locator('#detail dd.date').textContent(), /^(\d{4}-\d\d-\d\d|\(none\))$/);
  await page.screenshot({ path: path.join(shotDir, 'report-row.png') });

  // Facets: clearing the filter and choosing a dimension narrows the table,
  // and every row shown has that dimension.
  await page.fill('#figures-filter', '');
  await page.waitForFunction((t) => document.querySelector('#figures-count').textContent === t, total);
  await page.selectOption('#figures-facet-dimension', 'percent');
  const pct = await count.textContent();
  assert.notEqual(pct, total);
  const dims = await page.locator('#figures tbody tr td:nth-child(7)').allTextContents();
  assert.ok(dims.length > 0 && dims.every((d) => d === 'percent'), dims.join(','));
  const unitOptions = await page.locator('#figures-facet-unit option').allTextContents();
  assert.ok(unitOptions.some((o) => o.startsWith('% (')), 'the unit facet counts within the chosen dimension: ' + unitOptions);

  // Sorting by value, largest first (a second click).
  const valueHeader = page.locator('#figures thead th', { hasText: 'value' });
  await valueHeader.click();
  await valueHeader.click();
  const values = await page.evaluate(() => {
    const D = JSON.parse(document.getElementById('zh-data').textContent);
    return [...document.querySelectorAll('#figures tbody tr')].map((tr) => D.rows.val[+tr.dataset.row]);
  });
  for (let i = 1; i < values.length; i++) assert.ok(values[i - 1] >= values[i], 'sorted, largest first: ' + values);

  // Pages.
  await page.selectOption('#figures-facet-dimension', '');
  const pageLabel = page.locator('.table-wrap .pager .page').first();
  assert.match(await pageLabel.textContent(), /^page 1 of \d+$/);
  await page.locator('.table-wrap .pager .next').first().click();
  assert.match(await pageLabel.textContent(), /^page 2 of /);

  // Clicking a bar of the metrics chart filters the table by that metric.
  const firstMetricBar = page.locator('figure.chart', { hasText: 'Most frequent metrics' }).locator('g.bar').first();
  const metricName = await firstMetricBar.getAttribute('data-label');
  await firstMetricBar.click();
  assert.equal(await page.locator('#figures-facet-metric').inputValue(), metricName);
  const metricsShown = await page.locator('#figures tbody tr td:nth-child(2)').allTextContents();
  assert.ok(metricsShown.every((m) => m === metricName));

  // The chart over time: switching the metric redraws it for that metric.
  const options = await page.locator('#metric option').count();
  assert.ok(options >= 2, 'several metrics have figures with a time');
  const chart = page.locator('#time-chart svg');
  const first = await chart.getAttribute('aria-label');
  await page.selectOption('#metric', '1');
  const second = await chart.getAttribute('aria-label');
  assert.notEqual(second, first);
  assert.ok((await page.locator('#metric option:checked').textContent()).startsWith(second + ' ('));
  assert.ok(await chart.locator('circle').count() > 0, 'points are drawn');
  assert.match(await page.locator('#time-note').textContent(), /document's date/);

  // Screenshot; no chart area is blank.
  await page.screenshot({ path: path.join(shotDir, 'report-browser.png'), fullPage: true });
  const charts = page.locator('figure.chart svg, #time-chart svg');
  const n = await charts.count();
  assert.ok(n >= 4, 'per dimension, per document, metrics, over time');
  for (let i = 0; i < n; i++) {
    const { share, pixels } = await colouredShare(await charts.nth(i).screenshot());
    if (i === n - 1) assert.ok(pixels >= 60, `the chart over time is blank (${pixels} coloured pixels)`); // a few points
    else assert.ok(share > 0.01, `chart ${i} is blank (${share})`); // bars fill much of their chart
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('review: summary as zhmetrics diff counts it, old and new side by side', { skip: !reviewHTML && 'REVIEW_HTML not set' }, async () => {
  const { page, problems, context } = await open(reviewHTML);
  if (process.env.REVIEW_SUMMARY) assert.equal(await page.locator('#summary').textContent(), process.env.REVIEW_SUMMARY);
  assert.match(await page.locator('#summary').textContent(), /added [1-9]/);
  await page.selectOption('#changes-facet-kind', 'removed');
  await page.locator('#changes tbody tr').first().click();
  const old = page.locator('#detail .side.old .sentence');
  assert.equal(await old.locator('mark.fig').count(), 1);
  assert.match(await page.locator('#detail .side.new').textContent(), /no such figure/);
  await page.selectOption('#changes-facet-kind', 'added');
  await page.fill('#changes-filter', '795.4');
  await page.locator('#changes tbody tr').first().click();
  assert.equal(await page.locator('#detail .side.new .sentence mark.fig').textContent(), '795.4亿元');
  // A metric changed: old and new side by side, each highlighted in its sentence.
  await page.fill('#changes-filter', '新登记企业');
  await page.selectOption('#changes-facet-kind', 'changed');
  await page.locator('#changes tbody tr', { hasText: '2.4万家' }).click();
  assert.equal(await page.locator('#detail .side.old .sentence mark.metric').textContent(), '新设企业');
  assert.equal(await page.locator('#detail .side.new .sentence mark.metric').textContent(), '新登记企业');
  assert.equal(await page.locator('#detail .side.new .sentence mark.fig').textContent(), '2.4万家');
  assert.equal(await page.locator('#detail .side.new dd.diff').first().textContent(), '新登记企业', 'the changed field is marked');
  await page.screenshot({ path: path.join(shotDir, 'review-browser.png'), fullPage: true });
  const { share } = await colouredShare(await page.locator('figure.chart svg').first().screenshot());
  assert.ok(share > 0.01, `the per-document chart is blank (${share})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page holding a sample says so, and its charts still count every figure', { skip: !sampledHTML && 'SAMPLED_HTML not set' }, async () => {
  const { page, problems, context } = await open(sampledHTML);
  assert.match(await page.locator('#sampled').textContent(), /an evenly spaced sample of 50 figures/);
  assert.match(await page.locator('#figures-count').textContent(), /^50 rows match$/);
  const figures = await page.locator('#card-figures b').textContent();
  const perDimension = await page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].find((f) => f.textContent.includes('Figures per dimension'))
      .querySelectorAll('g.bar').length);
  assert.ok(Number(figures.replace(/,/g, '')) > 50 && perDimension > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
