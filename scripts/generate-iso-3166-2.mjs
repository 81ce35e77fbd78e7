// Regenerates src/common/geo/iso-3166-2.json from the `iso-3166` package
// (wooorm/iso-3166, ESM-only, so its data is copied into the CommonJS service
// at development time rather than required at run time).
// Run: node scripts/generate-iso-3166-2.mjs
import { writeFileSync } from 'node:fs';
import { iso31662 } from 'iso-3166';

const byCountry = {};
for (const { code } of iso31662) {
  const country = code.slice(0, 2);
  (byCountry[country] ??= []).push(code);
}
for (const list of Object.values(byCountry)) list.sort();
const sorted = Object.fromEntries(Object.entries(byCountry).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../src/common/geo/iso-3166-2.json', import.meta.url), JSON.stringify(sorted) + '\n');
console.log(`${iso31662.length} subdivisions in ${Object.keys(sorted).length} countries`);
