import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEnglishWord, nlpForDocument } from './nlp.js';

test('the tagging instance is renewed after its quota of documents and a renewed one tags alike', () => {
  const first = nlpForDocument(1);
  const second = nlpForDocument(1);
  assert.notEqual(first, second, 'a quota of one document gives a new instance each time');
  const third = nlpForDocument(3);
  assert.equal(nlpForDocument(3), third, 'within its quota the instance is kept');
  const text = 'Iranian Foreign Minister Mohammad Javad Zarif met Hamas leader Ismail Haniyeh in Tehran on Sunday.';
  const tags = (n: typeof first) => n.readDoc(text).tokens().out(n.its.pos);
  assert.deepEqual(tags(second), tags(first));
  assert.deepEqual(tags(third), tags(first));
});

test('the vocabulary check uses a pristine lexicon: words the tagger has read do not become English', () => {
  const nlp = nlpForDocument();
  nlp.readDoc('Shmkhanizadeh met Qaddumiyan.').tokens().out();
  assert.equal(isEnglishWord('shmkhanizadeh'), false);
  assert.equal(isEnglishWord('minister'), true);
});
