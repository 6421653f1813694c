import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../testing/docs.js';
import { segment } from '../segment/index.js';
import { dates } from './index.js';

/** The dates found in a text, as [text, value] pairs, published on `published`. */
function found(text: string, published: string | null = '2019-07-23') {
  return analyzeText(text, [segment, dates], { published }).dates.map((d) => [d.text, d.value]);
}
const valueOf = (text: string, published: string | null = '2019-07-23') => found(text, published).map((x) => x[1]);

// 2019-07-23 is a Tuesday.
test('weekdays fall in the past of the published date', () => {
  assert.deepEqual(found('Zarif met Qaddumi on Sunday.'), [['on Sunday', '2019-07-21']]);
  assert.deepEqual(found('The delegation arrived in Tehran earlier Saturday.'), [['earlier Saturday', '2019-07-20']]);
  assert.deepEqual(found('Earlier on Sunday, Ziyad Nakhalah met Ibrahim Raisi.'), [['Earlier on Sunday', '2019-07-21']]);
  assert.deepEqual(valueOf('He referred to Monday’s talks with Khamenei.'), ['2019-07-22']);
  assert.deepEqual(valueOf("He referred to Monday's talks with Khamenei."), ['2019-07-22']);
  assert.deepEqual(valueOf('In a Saturday meeting with Haniyeh, Kharazi spoke.'), ['2019-07-20']);
  assert.deepEqual(found('They met on Wednesday night in New York.', '2005-09-15'), [['on Wednesday night', '2005-09-14']]);
});

test('a weekday equal to the published weekday is the published day itself', () => {
  assert.deepEqual(found('Hamas on Tuesday held talks in Tehran.'), [['on Tuesday', '2019-07-23']]);
});

test('a weekday in a future clause lies ahead; "last" goes back a full week from the same day', () => {
  assert.deepEqual(valueOf('The two sides will meet again on Friday.'), ['2019-07-26']);
  assert.deepEqual(valueOf('They met last Tuesday.'), ['2019-07-16']);
});

test('no published date: a weekday alone resolves to null, never to today', () => {
  assert.deepEqual(found('Zarif met Qaddumi on Monday.', null), [['on Monday', null]]);
  assert.deepEqual(found('He arrived yesterday.', null), [['yesterday', null]]);
});

test('yesterday and relative periods count from the published date', () => {
  assert.deepEqual(found('Kibaki and Odinga met face-to-face yesterday.', '2008-01-25'), [['yesterday', '2008-01-24']]);
  assert.deepEqual(valueOf('He was appointed last month.', '2018-10-14'), ['2018-09']);
  assert.deepEqual(valueOf('He was appointed last year.', '2018-10-14'), ['2017']);
  assert.deepEqual(valueOf('He visited last week.', '2018-10-14'), ['2018-10']); // Oct 1–7
  assert.deepEqual(valueOf('He visited last week.', '2019-08-07'), ['2019']); // Jul 29 – Aug 4: only the year is sure
});

test('parts of a year give the year only: "mid-2019", "early 2018", "the end of 2017"', () => {
  assert.deepEqual(found('They met in mid-2019.'), [['in mid-2019', '2019']]);
  assert.deepEqual(found('They met in early 2018.'), [['in early 2018', '2018']]);
  assert.deepEqual(found('They met at the end of 2017.'), [['at the end of 2017', '2017']]);
  assert.deepEqual(found('They met in the first half of 2016.'), [['in the first half of 2016', '2016']]);
});

test('bare years and seasons give the year only', () => {
  assert.deepEqual(found('Relations resumed in 2017.'), [['in 2017', '2017']]);
  assert.deepEqual(found('The tide seemed to turn in the summer of 2017, when Haniyeh thanked Iran.', null), [['in the summer of 2017', '2017']]);
  assert.deepEqual(found('The fall of Netanyahu was a sign.'), []);
  assert.deepEqual(valueOf('Some 2000 people marched.'), []);
});

test('"that year" and "In October of that year" take the year the text last named', () => {
  const text = 'The tide turned in the summer of 2017. In October of that year, Aruri led a delegation to Iran. Later that year he returned.';
  assert.deepEqual(found(text, null), [['in the summer of 2017', '2017'], ['In October of that year', '2017-10'], ['Later that year', '2017']]);
  assert.deepEqual(found('In that year nothing happened.', null), [['In that year', null]]);
});

test('early/mid/late Month: the month, in the past of the published date or in the year just named', () => {
  assert.deepEqual(found('Khamenei spoke in late November.', '2015-12-10'), [['in late November', '2015-11']]);
  assert.deepEqual(found('Khamenei spoke in late November.', '2016-03-10'), [['in late November', '2015-11']]);
  assert.deepEqual(found('It was his fourth visit in 2024. In late January, Qaani visited Baghdad.', null), [['in 2024', '2024'], ['In late January', '2024-01']]);
  assert.deepEqual(found('Khamenei spoke in late November.', null), [['in late November', null]]);
});

test('a month named alone is its most recent occurrence; "May" the verb is not a month', () => {
  assert.deepEqual(valueOf('The attack on Israel in October shocked many.', '2023-11-05'), ['2023-10']);
  assert.deepEqual(valueOf('The attack in December shocked many.', '2023-11-05'), ['2022-12']);
  assert.deepEqual(valueOf('May God protect them.'), []);
  assert.deepEqual(valueOf('He visited Iraq in April and May.', '2024-06-01'), ['2024-04', '2024-05']);
});

test('calendar dates from chrono-node, the year in the past of the published date', () => {
  assert.deepEqual(found('After arriving in Doha on July 2 afternoon, they met.', '2020-07-03'), [['on July 2', '2020-07-02']]);
  assert.deepEqual(valueOf('a reference to the December 27 election', '2008-01-25'), ['2007-12-27']);
  assert.deepEqual(valueOf('The accord was signed on 14 August 2019.', null), ['2019-08-14']);
  assert.deepEqual(valueOf('The meeting began at 8.15 pm.'), []);
  assert.deepEqual(valueOf('They talked for 30 minutes, a day after the attack.'), []);
});

test('chrono-node reads a month beside an ordinal word as well as beside digits', () => {
  assert.deepEqual(found('They met on October first in Doha.'), [['on October first', '2018-10-01']]);
  assert.deepEqual(found('They met on the twenty-second of May in Doha.'), [['twenty-second of May', '2019-05-22']]);
  assert.deepEqual(found('In October of that year, he left.', null), [['In October of that year', null]]);
});

test('a leading "date 2019-07-23" stamp and boilerplate are not date expressions', () => {
  assert.deepEqual(found(' date 2019-07-23 A delegation on Tuesday held talks.'), [['on Tuesday', '2019-07-23']]);
  assert.deepEqual(found(' date 2019-07-23 They met on July 2 in Doha.'), [['on July 2', '2019-07-02']]);
  const text = 'They met on Monday.\nDonate now before 2020 ends!';
  const a = analyzeText(text, [segment, dates], { published: '2019-07-23', boilerplate: [{ start: text.indexOf('Donate'), end: text.length, kind: 'donation', rule: 't' }] });
  assert.deepEqual(a.dates.map((d) => d.text), ['on Monday']);
});

test('every date carries its span and rule', () => {
  const text = 'Zarif met Qaddumi on Monday.';
  const [d] = analyzeText(text, [segment, dates], { published: '2019-07-23' }).dates;
  assert.equal(text.slice(d.start, d.end), d.text);
  assert.equal(d.precision, 'day');
  assert.match(d.rule, /^weekday/);
});

// The search for a rule starts a few words before its first key word (dates' LEAD_WORDS): the
// longest leading words the rules write must still be found whole, wherever the sentence puts them.
test('a date with the longest leading words is found whole, first in a sentence or late in a long one', () => {
  assert.deepEqual(found('Earlier in the first quarter of 2019, the talks stalled.'), [['Earlier in the first quarter of 2019', '2019']]);
  assert.deepEqual(found('The ministers, who had talked for hours about the deal, met again later on the day before yesterday.'), [['later on the day before yesterday', '2019-07-21']]);
  assert.deepEqual(found('After the long talks in Doha that had gone on for hours, and then in the past few days, nothing moved.'), [['then in the past few days', null]]);
});

test('"last September", "next March", "this May": a month placed against the published date, not against a year named before', () => {
  const text = 'Hunan has hosted an expo since 2019. Xi and Sassou Nguesso held talks in Beijing last September. They will meet again next March, after the talks of this May and the coming July.';
  assert.deepEqual(valueOf(text, '2025-06-12'), ['2019', '2024-09', '2026-03', '2025-05', '2025-07']);
  // published in September itself, "last September" is a year back
  assert.deepEqual(valueOf('They met last September.', '2025-09-20'), ['2024-09']);
  // a month named alone still takes the year just named
  assert.deepEqual(valueOf('In 2019 the expo opened. In September, Xi visited.', '2025-06-12'), ['2019', '2019-09']);
});

test('"Six months later", "Two days later" at the start of a clause count from the date told just before', () => {
  const text = 'In Ohrid in March 2023, they sat down together. Six months later, Borrell met Vucic. On May 4, 2024, he met Kurti. Two days later, he left. He resigned two days before the vote.';
  assert.deepEqual(valueOf(text, '2025-10-01'), ['2023-03', '2023-09', '2024-05-04', '2024-05-06', null]);
  // with no date told before, "later" has nothing to count from
  assert.deepEqual(valueOf('Six months later, Borrell met Vucic.', '2025-10-01'), [null]);
});
