// Negative cases: meetings that did not happen, and "meet" that is not a meeting. None of these
// may give a CONSULT event that happened (context actual or historical): the contract writes
// only those in `events`, and the scorer counts every CONSULT there as a meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../testing/docs.js';
import { segment } from '../segment/index.js';
import { mentions } from '../mentions/index.js';
import { actors } from '../actors/index.js';
import { dates } from '../dates/index.js';
import { events } from './index.js';
import { toContract } from '../../output/contract.js';

const STAGES = [segment, mentions, actors, dates, events];

function happened(text: string) {
  const a = analyzeText(text, STAGES, { published: '2019-07-23' });
  return a.events.filter((e) => e.type === 'CONSULT' && (e.context === 'actual' || e.context === 'historical'));
}
function contexts(text: string) {
  const a = analyzeText(text, STAGES, { published: '2019-07-23' });
  return a.events.filter((e) => e.type === 'CONSULT').map((e) => e.context);
}

const CASES: [string, string][] = [
  ['planned', 'Ismail Haniyeh will meet Ali Khamenei in Tehran next week.'],
  ['scheduled', 'Ismail Haniyeh is scheduled to meet Ali Khamenei on Friday.'],
  ['plans', 'Ismail Haniyeh plans to visit Tehran for talks with Ali Khamenei.'],
  ['expected', 'Ismail Haniyeh is expected to hold talks with Ali Khamenei.'],
  ['invited', 'Pervez Musharraf invited Manmohan Singh to visit Pakistan.'],
  ['hypothetical', 'Ismail Haniyeh would meet Ali Khamenei if the talks resumed.'],
  ['conditional', 'If Ali Khamenei met Ismail Haniyeh, the region would change.'],
  ['wish', 'Ismail Haniyeh wants to meet Ali Khamenei soon.'],
  ['demand', 'The Taliban were demanding to directly meet with Zalmay Khalilzad.'],
  ['negated', 'Ismail Haniyeh did not meet Ali Khamenei during the trip.'],
  ['never', 'Ismail Haniyeh has never met Ali Khamenei.'],
  ['denied', 'Hamas denied that Ismail Haniyeh met Ali Khamenei.'],
  ['refused', 'Ali Khamenei refused to meet Ismail Haniyeh.'],
  ['no plans', 'Mohammad Zarif said he had no plans to meet Mike Pompeo.'],
  ['met reporters', 'Ali Khamenei met reporters in Tehran on Monday.'],
  ['ready for talks', 'Iran is ready for talks with the United States, Hassan Rouhani said.'],
  ['called for talks', 'Hamas called for talks with Fatah.'],
  ['cancelled', 'Ali Khamenei cancelled a meeting with Ismail Haniyeh.'],
  ['meeting of minds', 'The accord was a meeting of minds between Ali Khamenei and Ismail Haniyeh.'],
  ['meet the demands', 'Ismail Haniyeh said Israel must meet the demands of Hamas.'],
  ['meet expectations', 'The outcome did not meet expectations, Ali Khamenei said.'],
  ['meet its obligations', 'Ali Khamenei urged Washington to meet its obligations.'],
  ['a role, not a meeting', 'Zarif, Iran’s chief negotiator in the nuclear talks with the P5+1 Powers, hailed the resistance.'],
  ['received a letter', 'Ali Khamenei received a letter from Abdel-Malek al-Houthi.'],
  ['a count of visits', 'It is Ismail Qaani’s fourth visit to Baghdad this year.'],
  ['travel without talks', 'Zalmay Khalilzad returned to Kabul after a regional trip.'],
  ['no actors', 'Both sides agreed to continue such meetings.'],
  ['met with criticism', 'The plan of Ali Khamenei was met with criticism from Ismail Haniyeh.'],
  ['a date ahead of publication', 'Ismail Haniyeh meets Ali Khamenei next week.'],
  ['a count of visits by pronoun', 'Zalmay Khalilzad began his first visit to Afghanistan since his appointment.'],
];

for (const [name, text] of CASES) {
  test(`no meeting that happened: ${name}`, () => {
    const got = happened(text);
    assert.equal(got.length, 0, `${text}\n→ ${JSON.stringify(got.map((e) => [e.rule, e.context, e.participants]))}`);
  });
}

test('a name that is also a cue word does not make a meeting hypothetical or future', () => {
  assert.deepEqual(contexts('Theresa May met Angela Merkel in Berlin on Tuesday.'), ['actual']);
  assert.deepEqual(contexts('The Future Movement’s Saad Hariri met Ali Khamenei in Tehran on Tuesday.'), ['actual']);
  assert.deepEqual(contexts('Theresa May may meet Angela Merkel in Berlin.'), ['hypothetical']);
});

test('a meeting noun takes the context of what its clause says of it', () => {
  assert.deepEqual(contexts('Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr Zelenskiy was not on the agenda.'), ['negated']);
  assert.deepEqual(contexts('A meeting between Vladimir Putin and Volodymyr Zelenskiy could take place in Istanbul.'), ['hypothetical']);
  assert.deepEqual(contexts('A meeting between Vladimir Putin and Volodymyr Zelenskiy is scheduled for Friday.'), ['future']);
  assert.deepEqual(contexts('The meeting between Vladimir Putin and Volodymyr Zelenskiy was held in Istanbul on Monday.'), ['actual']);
  assert.deepEqual(contexts('The talks between Vladimir Putin and Volodymyr Zelenskiy lasted two hours.'), ['actual']);
});

test('planned, hypothetical and denied meetings keep their context', () => {
  assert.deepEqual(contexts('Ismail Haniyeh will meet Ali Khamenei in Tehran next week.'), ['future']);
  assert.deepEqual(contexts('Ismail Haniyeh would meet Ali Khamenei if the talks resumed.'), ['hypothetical']);
  assert.deepEqual(contexts('Ismail Haniyeh did not meet Ali Khamenei during the trip.'), ['negated']);
});

test('the contract writes non-happened events apart, in unrealized_events', () => {
  const a = analyzeText('Ismail Haniyeh will meet Ali Khamenei in Tehran next week. Ali Shamkhani met Saleh al-Arouri on Tuesday.', STAGES, { published: '2019-07-23' });
  const c = toContract(a);
  assert.equal(c.events.filter((e) => e.type === 'CONSULT').length, 1);
  assert.equal(c.unrealized_events.length, 1);
  assert.equal(c.unrealized_events[0].context, 'future');
});

test('calls by phone or video are CONSULT, written apart from in-person meetings in remote_events', () => {
  const text =
    'Antony Blinken spoke by phone with Faisal bin Farhan on Wednesday. Sergei Lavrov and Wang Yi held talks by videoconference on Monday. ' +
    'Emmanuel Macron and Olaf Scholz held a virtual meeting on Friday. Ali Shamkhani met Saleh al-Arouri in Tehran on Tuesday.';
  const a = analyzeText(text, STAGES, { published: '2019-07-23' });
  const modes = a.events.filter((e) => e.type === 'CONSULT').map((e) => e.mode);
  assert.deepEqual(modes, ['phone', 'video', 'video', 'meet']);
  const c = toContract(a);
  assert.deepEqual(c.events.map((e) => e.mode), ['meet']);
  assert.deepEqual(c.remote_events.map((e) => e.mode), ['phone', 'video', 'video']);
  assert.ok(c.remote_events.every((e) => e.type === 'CONSULT' && e.participants.length === 2));
});

test('an article with no meeting gives no CONSULT at all', () => {
  const text = 'The world public is strongly demanding a stop to the joint military drills.\nBut the U.S. is spouting rubbish that it would push ahead with the war rehearsals as scheduled.\nThe enemy will have to pay the dearest price for its provocation.';
  assert.equal(happened(text).length, 0);
});

test('"welcomed the talks" is approval, not hosting; "have shown that dialogue…" holds no meeting noun of its own', () => {
  const text = 'Gedion Timothewos met Osman Saleh in Nairobi on Wednesday. Mahmoud Ali Youssouf, Chairperson of the AU Commission, welcomed the talks.';
  const a = analyzeText(text, STAGES, { published: '2019-07-23' });
  const names = a.events.filter((e) => e.type === 'CONSULT').flatMap((e) => e.participants.map((p) => a.actors.find((x) => x.id === p)?.name));
  assert.ok(!names.includes('Mahmoud Ali Youssouf'), JSON.stringify(names));
  assert.equal(happened('Africans today have shown that dialogue between Ethiopia and Eritrea remains the only way, Moussa Faki said.').length, 0);
});
