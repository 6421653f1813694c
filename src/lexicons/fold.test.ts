import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlain, plainKey, withoutAccents } from './fold.js';
import { lookupDemonym, lookupPlace, placeKey } from './places.js';
import { lookupOrg } from './organizations.js';
import { agencyByName } from './agencies.js';

test('plain texts are ASCII words apart by single spaces', () => {
  for (const s of ['Iran', 'Saleh al-Arouri', "Iran's", 'U.S.', 'The Hague']) assert.equal(isPlain(s), true, s);
  for (const s of ['', ' Iran', 'Iran ', 'Gaza  Strip', 'Erdoğan', 'Hamas’', 'Iran`s', 'a\tb', 'a\nb']) assert.equal(isPlain(s), false, JSON.stringify(s));
  assert.equal(plainKey('The Hague'), 'hague');
  assert.equal(plainKey('Theresa May'), 'theresa may');
  assert.equal(withoutAccents('Erdoğan'), 'Erdogan');
});

test('a name finds the same entry written plainly or with accents, curly apostrophes, dashes and spaces', () => {
  const pairs: [string, string][] = [
    ['Islamic Republic of Iran', ' Islamic  Republic of\u00a0Iran '],
    ['The Gaza Strip', 'the Gaza Strip'],
    ["Cote d'Ivoire", 'Côte d’Ivoire'],
    ['Guinea-Bissau', 'Guinea–Bissau'],
  ];
  for (const [plain, other] of pairs) {
    assert.equal(isPlain(plain), true);
    assert.ok(lookupPlace(plain), plain);
    assert.equal(lookupPlace(plain)?.name, lookupPlace(other)?.name, other);
  }
  assert.equal(placeKey('The Gaza Strip'), placeKey('the  Gaza Strip'));
  assert.equal(lookupDemonym('Iranian'), 'Iran');
  assert.equal(lookupOrg('the Islamic Resistance Movement')?.name, lookupOrg('Islamic  Resistance Movement')?.name);
  assert.ok(lookupOrg('the Islamic Resistance Movement'));
  for (const s of ['the Fars news agency', "Reuters'", 'The Tehran Times', 'IRNA news agency', 'Mehr News']) {
    assert.equal(agencyByName(s)?.name, agencyByName(s.replace(/ /g, '  ').replace(/'/g, '’'))?.name, s);
  }
  assert.ok(agencyByName('the Fars news agency'));
  assert.equal(agencyByName('Farsi speakers'), null);
});

test('the key filters reject text that is no key and keep every key, however it is written', async () => {
  const { mayBePlace, mayBeDemonym } = await import('./places.js');
  const { mayBeOrg } = await import('./organizations.js');
  const { mayBeAgency } = await import('./agencies.js');
  const at = (f: (t: string, a: number, b: number) => boolean, s: string) => f(`x ${s} y`, 2, 2 + s.length);
  for (const s of ['Tehran', 'The Hague', 'the Gaza Strip', 'Côte d’Ivoire', ' Islamic  Republic of\u00a0Iran ', 'Guinea–Bissau', 'GAZA']) assert.ok(at(mayBePlace, s), s);
  for (const s of ['Iranian', 'North Korean']) assert.ok(at(mayBeDemonym, s), s);
  for (const s of ['IRGC', 'the Islamic Resistance Movement', "Asa'ib Ahl al-Haq"]) assert.ok(at(mayBeOrg, s), s);
  for (const s of ['the Fars news agency', "Reuters'", 'AP', 'IRNA news agency', 'Al-Jazeera']) assert.ok(at(mayBeAgency, s), s);
  // names of people: no lexicon can have them
  for (const s of ['Trump said', 'Donald Trump', 'Abbas Araghchi']) {
    assert.equal(at(mayBePlace, s) || at(mayBeOrg, s) || at(mayBeAgency, s), false, s);
  }
});
