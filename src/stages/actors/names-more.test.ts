import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { mentions } from '../mentions/index.js';
import { actors } from './index.js';
import { analyzeText } from '../../testing/docs.js';

const run = (text: string) => analyzeText(text, [segment, mentions, actors]).actors;

test('title abbreviations before a name ("PM Abiy", "MK Itamar Ben Gvir", "MEP …", "CS …", "EAM …") are roles, and the name after them a person', () => {
  const all = run("Obasanjo met PM Abiy in Addis Ababa. Israeli MK Itamar Ben Gvir and MEP Nathalie Loiseau came. Kenya's CS Musalia Mudavadi spoke, and EAM Jaishankar left.");
  const person = (name: string) => all.find((a) => a.name === name && a.type === 'person');
  assert.deepEqual(person('Abiy')?.roles.map((r) => r.title), ['pm']);
  assert.deepEqual(person('Itamar Ben Gvir')?.roles.map((r) => r.title), ['israeli mk']);
  assert.equal(person('Itamar Ben Gvir')?.affiliation, 'Israel');
  assert.deepEqual(person('Nathalie Loiseau')?.roles.map((r) => r.title), ['mep']);
  assert.equal(person('Musalia Mudavadi')?.affiliation, 'Kenya');
  assert.ok(person('Jaishankar'));
  // the abbreviation alone is no organization
  assert.ok(!all.some((a) => ['EAM', 'PM', 'MK', 'MEP', 'CS'].includes(a.name)), JSON.stringify(all.map((a) => a.name)));
  // and a time of day stays a time: no title, no actor
  assert.deepEqual(run('The talks began at 7 pm Sunday in Geneva.').map((a) => a.name), ['Geneva']);
});

test('organization names: "of" goes on inside an "of"/"for" phrase, a known organization opens its branch, a date after "on" is no part of a name', () => {
  const all = run('The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack. The Islamic State Sahel Province is active near Ménaka. The leaders met at the White House on Aug. 8. He works at the Institute of China and Contemporary Asia of the Russian Academy of Sciences.');
  const org = (name: string) => all.find((a) => a.name === name && a.type === 'organization');
  assert.deepEqual(org('Group for the Support of Islam and Muslims')?.aliases, ['JNIM']);
  assert.ok(org('Islamic State Sahel Province'), JSON.stringify(all.map((a) => `${a.name}/${a.type}`)));
  assert.ok(!all.some((a) => a.name.startsWith('White House on')), JSON.stringify(all.map((a) => a.name)));
  // "of the" leads to a parent body, a name of its own
  assert.ok(org('Institute of China and Contemporary Asia'), JSON.stringify(all.map((a) => a.name)));
});

test('a newspaper named by its name word is an organization, also when it is told something ("told Addis Standard")', () => {
  const all = run('"Both sides want calm," Mehari Taddele Maru told Addis Standard. The Deccan Chronicle and the Philippine Daily Inquirer reported it.');
  for (const n of ['Addis Standard', 'Deccan Chronicle', 'Philippine Daily Inquirer']) assert.equal(all.find((a) => a.name === n)?.type, 'organization', n);
});

test('"the Santa Cruz daily El Deber": the name before a media noun is the place of a medium named after it; with none after, the medium itself', () => {
  const all = run('Edman Lara told the Santa Cruz daily El Deber that the task was hard. The Kivu Morning daily said the same.');
  assert.equal(all.find((a) => a.name === 'Santa Cruz')?.type, 'place');
  assert.equal(all.find((a) => a.name === 'El Deber')?.type, 'organization');
  assert.equal(all.find((a) => a.name === 'Kivu Morning')?.type, 'organization');
});

test('a name right after a preposition gets no title from the words before it ("the official opposition at Stormont", "a private meeting in Montevideo")', () => {
  const all = run('Claire Hanna, whose party leads the official opposition at Stormont, stayed away. Lula and Yamandú Orsi held a private meeting in Montevideo.');
  for (const x of all) assert.ok(!x.roles.some((r) => /\b(?:at|in)$/.test(r.title)), `${x.name}: ${x.roles.map((r) => r.title)}`);
  assert.ok(!all.some((x) => x.name === 'Stormont' && x.type === 'person'));
  // a title with no preposition before the name still counts
  assert.deepEqual(run('He met the Iranian foreign minister Zarif.').find((x) => x.name === 'Zarif')?.roles.map((r) => r.title), ['iranian foreign minister']);
});

test('a lone surname two people share ("Paz") goes to the one named last before it, also while that one is typed only later by a role', () => {
  const all = run('Senator Rodrigo Paz Pereira won the run-off on Sunday. Paz, 58, had 54 percent. The son of former president Jaime Paz Zamora, he had been an outsider. On Monday, Paz met Luis Arce.');
  assert.deepEqual(all.find((a) => a.name === 'Rodrigo Paz Pereira')?.aliases, ['Paz']);
  assert.deepEqual(all.find((a) => a.name === 'Jaime Paz Zamora')?.aliases, []);
  // with no one named before it, a part shared by two names stays apart
  const none = run('Paz won on Sunday. Later, Senator Rodrigo Paz Pereira and former president Jaime Paz Zamora spoke.');
  assert.ok(!none.some((a) => a.aliases.includes('Paz')), JSON.stringify(none.map((a) => [a.name, a.aliases])));
});

test('a title ending in "in"/"to" right before a name is not its title ("the most powerful figure in Maduro\'s government"); "Ambassador to Russia X" still is', () => {
  const all = run("Interior Minister Diosdado Cabello, widely regarded as the second most powerful figure in Maduro's government, spoke. North Korean Ambassador to Russia Sin Hong Chol came.");
  assert.ok(!all.some((x) => x.name === 'Maduro' && x.roles.length), JSON.stringify(all.map((x) => [x.name, x.roles.map((r) => r.title)])));
  assert.deepEqual(all.find((x) => x.name === 'Sin Hong Chol')?.roles.map((r) => r.title), ['north korean ambassador to russia']);
});

test('"Deputy Prime Minister and Foreign Minister Ishaq Dar" holds both offices; "the president and Foreign Minister X" only the second', () => {
  const all = run('Deputy Prime Minister and Foreign Minister Ishaq Dar spoke with Hakan Fidan. The president and Foreign Minister Ali Bagheri met.');
  assert.deepEqual(all.find((x) => x.name === 'Ishaq Dar')?.roles.map((r) => r.title), ['foreign minister', 'deputy prime minister']);
  assert.deepEqual(all.find((x) => x.name === 'Ali Bagheri')?.roles.map((r) => r.title), ['foreign minister']);
});
