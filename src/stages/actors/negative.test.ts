import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { mentions } from '../mentions/index.js';
import { actors } from './index.js';
import { analyzeText } from '../../testing/docs.js';

// Things that must not become actors, or parts of names.
const names = (text: string) => analyzeText(text, [segment, mentions, actors]).actors.map((a) => a.name);

const CASES: [string, string, RegExp][] = [
  ['weekdays and months', 'On Sunday, in late November and again in March, officials met.', /Sunday|November|March/],
  ['religions and ideologies', 'Muslims, Christians and Jews rejected Zionism, Islamism and Communism.', /Muslim|Christian|Jew|Zionism|Islamism|Communism/],
  ['demonyms alone', 'Iranian and Palestinian officials met Israeli and American envoys.', /Iranian|Palestinian|Israeli|American/],
  ['demonyms of continents and regions', '"Africa’s problems must be solved by Africans," he said, as European and Latin American envoys listened.', /Africans|European|Latin American/],
  ['sentence openers', 'During the meeting, both sides agreed. Ties between them improved. Commemorating the dead, they prayed.', /During|Ties|Commemorating|Both/],
  ['titles alone', 'The Supreme Leader and the Foreign Minister met the President.', /Supreme Leader|Foreign Minister|President/],
  ['a title with no name after it, but its organization is kept', 'In a meeting with Hamas Secretary General, officials spoke.', /Secretary|General/],
  ['slogans and events', 'They called it the Deal of the Century during Operation Protective Edge.', /Deal|Century|Operation/],
  ['pronoun contractions', "I'm sure, he said.", /I'm/],
  ['a lone initial', 'The plan, said J. Smith of the institute, failed.', /^J$/],
  ['a repeated headline in title case', 'Khamenei Hosts Hamas Delegation in Tehran\n\nHamas officials arrived in Tehran.', /Hosts|Delegation/],
];

for (const [what, text, bad] of CASES) {
  test(`not an actor: ${what}`, () => {
    const got = names(text);
    assert.ok(!got.some((n) => bad.test(n)), `${got.join(' | ')} matched ${bad}`);
  });
}

test('possessive marks are not part of names', () => {
  const got = names("Iran's support for Hamas' fighters and Afghanistan´s capital");
  assert.ok(got.includes('Iran') && got.includes('Hamas') && got.includes('Afghanistan'), got.join('|'));
  assert.ok(!got.some((n) => /['’´]/.test(n)), got.join('|'));
});

test('apostrophes inside names are kept', () => {
  const got = names("Qais al-Khazali leads Asa'eb Ahl al-Haq.");
  assert.ok(got.includes("Asa'eb Ahl al-Haq"), got.join('|'));
});

test('Hamas Secretary General in a title-only phrase keeps Hamas', () => {
  assert.ok(names('In a Saturday meeting with Hamas Secretary General, Dr. Kamal Kharazi stated his view.').includes('Hamas'));
});
