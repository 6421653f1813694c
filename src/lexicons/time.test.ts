import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_RULES, YEAR_NUMBER } from './time.js';

/** Phrases of every kind the rules read, with the odd spellings that test their edges. */
const PHRASES = [
  'Earlier on Sunday, they met. Also on the last Monday’s talks. a Saturday meeting on Wednesday night, this Friday morning',
  'The day before yesterday and yesterday, today, tomorrow, tonight and last night; Later Tonight',
  'In late November, mid-December 2019, early January of that year, the end of March, the start of May, 2018',
  'in mid-2019, early 2018, the end of 2017, the first half of 2016, the last quarter of 2015, the fall of 2014, the Winter of 1999',
  'In October 2017, In October of that year, June, 2019, May the previous year, July this year, August last year',
  'in April and May, in December, since March 5, June',
  'the summer of 2017, last winter, this spring, next fall, early summer 2019, the past autumn, summer of that years, summer 20190',
  'in 2017, 1999 and 2019, 2000 people, 2019-07-23, mid-2019',
  'last week, this month, next year, the past year, the previous month, earlier this week, later this year',
  'three days ago, a few weeks earlier, a couple of months later, 12 years before, an hour ago, two Years Ago',
  'that year, the same year, the following year, The next year, the previous year',
  'in recent days, the past few weeks, the last few months, coming days, recently, Recently',
];

const words = (s: string) => s.match(/\b\w+\b/g) ?? [];
const holds = (match: string, w: string, caseless: boolean) =>
  words(match).some((x) => {
    if (w === YEAR_NUMBER) return /^(?:1[89]|20)\d\d/.test(x);
    const a = caseless ? x.toLowerCase() : x;
    const b = caseless ? w.toLowerCase() : w;
    return b.endsWith('*') ? a.startsWith(b.slice(0, -1)) : a === b;
  });

test('every match of a date rule holds a word of each of its `needs` lists (the dates stage skips sentences without them)', () => {
  let matches = 0;
  for (const rule of DATE_RULES) {
    const re = new RegExp(rule.pattern, rule.caseless ? 'gi' : 'g');
    for (const p of PHRASES) {
      for (const m of p.matchAll(re)) {
        // a season with neither a year nor "last/this…" is dropped by the stage: it may lack the second list
        if (rule.kind === 'season' && !m.groups?.year && !m.groups?.yearword && !m.groups?.rel) continue;
        matches++;
        for (const list of rule.needs) assert.ok(list.some((w) => holds(m[0], w, rule.caseless)), `${rule.name}: "${m[0]}" holds none of ${list.join(', ')}`);
      }
    }
  }
  assert.ok(matches > 60, `only ${matches} matches`);
});
