import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openingWords } from './gates.js';
import { CONTEXT_CUES } from '../../lexicons/plover.js';

test('openingWords reads the words a cue pattern opens with', () => {
  assert.deepEqual(openingWords("\\b(?:not|never|n't|no longer|neither|nor)\\b[^,;]*$"), ['not', 'never', 'n', 'no', 'neither', 'nor']);
  assert.deepEqual(openingWords('\\bno (?:plans?|intention)\\b'), ['no']);
  assert.deepEqual(new Set(openingWords('\\b(?:cancell?ed|wish(?:es|ed)?|would-be) ')), new Set(['cancelled', 'canceled', 'wishes', 'wished', 'wish', 'would']));
  assert.deepEqual(openingWords('\\blook(?:s|ed|ing)? forward to'), ['looks', 'looked', 'looking', 'look']);
  assert.deepEqual(openingWords("\\b(?:will|shall|'ll)\\b"), ['will', 'shall', "'"]);
  // anything else: no word can be ruled out
  assert.equal(openingWords('(?:not)'), null);
  assert.equal(openingWords('\\b[a-z]+ed'), null);
  assert.equal(openingWords('\\b\\w+'), null);
  // every cue of the lexicon is read (else the events stage cannot skip the cue test)
  for (const c of CONTEXT_CUES) assert.ok(openingWords(c.pattern), c.pattern);
});
