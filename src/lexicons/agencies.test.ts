import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyByName, AGENCIES } from './agencies.js';

test('agencies are found by name, alias and the words news writes around them', () => {
  assert.equal(agencyByName('IRNA')?.name, 'IRNA');
  assert.equal(agencyByName('the IRNA news agency')?.name, 'IRNA');
  assert.equal(agencyByName('the Fars news agency')?.name, 'Fars');
  assert.equal(agencyByName('Mehr News')?.name, 'Mehr');
  assert.equal(agencyByName('The Tehran Times')?.name, 'Tehran Times');
  assert.equal(agencyByName('Anadolu Agency')?.name, 'Anadolu');
  assert.equal(agencyByName('the Associated Press')?.name, 'AP');
  assert.equal(agencyByName('al-jazeera')?.name, 'Al Jazeera');
  assert.equal(agencyByName('Korean Central News Agency')?.country, 'North Korea');
  assert.equal(agencyByName('Tass')?.name, 'TASS');
  assert.equal(agencyByName('tass'), null);
});

test('ordinary words and other names are not agencies', () => {
  assert.equal(agencyByName('Hamas'), null);
  assert.equal(agencyByName('Iran'), null);
  assert.equal(agencyByName('ap'), null);
  assert.equal(agencyByName('dawn'), null);
  assert.equal(agencyByName('the agency'), null);
});

test('every entry has a name and no written form belongs to two entries', () => {
  const seen = new Map<string, string>();
  for (const a of AGENCIES) {
    assert.ok(a.name.trim());
    for (const f of [a.name, ...a.aliases]) {
      const k = f.toLowerCase();
      assert.ok(!seen.has(k) || seen.get(k) === a.name, `${f} is in ${seen.get(k)} and ${a.name}`);
      seen.set(k, a.name);
    }
  }
});
