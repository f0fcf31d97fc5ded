// peer.js FILE [SECONDS]: Microsoft Recognizers-Text, the Chinese
// NumberWithUnit models (currency, dimension, age, temperature) and the
// Number model, over every line of FILE in order; prints the throughput in MB
// of text per second (the models' construction excluded) for make bench.
// With SECONDS > 0 it stops after the line that passes that time and counts
// the bytes of the lines done (the peer takes about an hour per MB).
// Install with `npm ci` here.
'use strict';
const fs = require('fs');
const { Culture } = require('@microsoft/recognizers-text');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');

const file = process.argv[2];
const budget = Number(process.argv[3] || 0);
if (!file) {
  console.error('usage: node peer.js FILE');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const lines = text.split('\n').filter((l) => l.trim() !== '');
const units = new NumberWithUnitRecognizer(Culture.Chinese);
const models = [
  units.getCurrencyModel(), units.getDimensionModel(), units.getAgeModel(), units.getTemperatureModel(),
  new NumberRecognizer(Culture.Chinese).getNumberModel(),
];
const t0 = process.hrtime.bigint();
let found = 0;
let bytes = 0;
let done = 0;
for (const line of lines) {
  for (const m of models) {
    found += m.parse(line).length;
  }
  bytes += Buffer.byteLength(line, 'utf8') + 1;
  done++;
  if (budget > 0 && Number(process.hrtime.bigint() - t0) / 1e9 > budget) {
    break;
  }
}
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / 1e6;
const total = Buffer.byteLength(text, 'utf8') / 1e6;
console.log(`peer (Recognizers-Text 1.3.1, zh NumberWithUnit + Number): ${mb.toFixed(3)} MB (${done} of ${lines.length} lines of ${total.toFixed(2)} MB) in ${sec.toFixed(1)} s = ${(mb / sec).toFixed(5)} MB/s, ${found} results`);
