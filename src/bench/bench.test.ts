import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BenchCorpus, commonWords, varyArticle, type Sample } from './corpus.js';
import { timedStages, type StageTimes } from './measure.js';
import { DEFAULT_STAGES } from '../pipeline/order.js';
import { analyzeDocument } from '../pipeline/run.js';

const sample: Sample = {
  id: 's',
  source: 's.txt',
  content: [
    'url: https://example.org/1',
    'published: 2019-07-23',
    '---',
    'Iranian Foreign Minister Mohammad Javad Zarif met Hamas leader Ismail Haniyeh in Tehran on Monday.',
    '',
    'Zarif said the minister would visit Beirut in March 2018, and that Haniyeh had met al-Arouri.',
  ].join('\n'),
};

test('copies of an article vary names, years and the published date, and nothing else', () => {
  const common = commonWords([sample]);
  const copies = [1, 2, 3, 4, 5, 6].map((n) => varyArticle(sample, n, common));
  assert.equal(new Set(copies.map((c) => c.content)).size, copies.length, 'every copy differs');
  assert.deepEqual(varyArticle(sample, 3, common), copies[2], 'the same copy number gives the same article');
  for (const c of copies) {
    const body = c.content.split('---\n')[1];
    assert.match(body, /^Iranian \w+ Minister /, 'sentence-initial words stay');
    assert.match(body, / on Monday\./);
    assert.match(body, / in March (201\d)/);
    // "Minister" is a common word of the samples ("the minister"), so it is not a name to vary
    assert.doesNotMatch(body, /Minister[a-z]/);
    assert.equal(body.replace(/[A-Z][a-zö]+/g, 'X').replace(/\d/g, '0'), sample.content.split('---\n')[1].replace(/[A-Z][a-zö]+/g, 'X').replace(/\d/g, '0'));
  }
  // a varied name is varied the same way wherever it occurs in the copy
  const varied = copies.map((c) => c.content.match(/(Zarif\w*)/g)!).find((m) => m[0] !== 'Zarif');
  assert.ok(varied, 'some copy varies Zarif');
  assert.equal(new Set(varied).size, 1);
});

test('the corpus goes round the samples and reads each copy through the ingest', () => {
  const other: Sample = { id: 't', source: 't.txt', content: 'published: 2020-01-10\n---\nThe Taliban met envoys in Doha.' };
  const corpus = new BenchCorpus([sample, other]);
  const a = corpus.article(0);
  const b = corpus.article(3);
  assert.equal(a.id, 's~1');
  assert.equal(b.id, 't~2');
  assert.equal(a.published, '2019-07-22');
  assert.equal(b.published, '2020-01-08');
  assert.equal(corpus.body(3), b.text);
  assert.throws(() => new BenchCorpus([]), /no sample articles/);
});

test('timed stages give the same analysis as the stages themselves, and time each of them', () => {
  const doc = new BenchCorpus([sample]).article(0);
  const times: StageTimes = new Map();
  const timed = analyzeDocument(doc, { stages: timedStages(DEFAULT_STAGES, times) });
  assert.deepEqual(timed, analyzeDocument(doc));
  assert.deepEqual([...times.keys()], DEFAULT_STAGES.map((s) => s.name));
  for (const c of times.values()) assert.ok(c.ms >= 0 && c.cpuMs >= 0);
});
