// peer.js FILE: Microsoft Recognizers-Text, the Chinese NumberWithUnit models
// (currency, dimension, age, temperature) and the Number model, over every
// line of FILE; prints the throughput in MB of text per second (the models'
// construction excluded) for make bench. Install with `npm ci` here.
'use strict';
const fs = require('fs');
const { Culture } = require('@microsoft/recognizers-text');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');

const file = process.argv[2];
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
for (const line of lines) {
  for (const m of models) {
    found += m.parse(line).length;
  }
}
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
console.log(`peer (Recognizers-Text 1.3.1, zh NumberWithUnit + Number): ${mb.toFixed(2)} MB in ${sec.toFixed(2)} s = ${(mb / sec).toFixed(4)} MB/s, ${found} results`);
