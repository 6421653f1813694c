// A person's gender as the article tells it: an honorific or gendered title before a mention
// ("Mr Benn", "Congresswoman Ocasio-Cortez"), a gendered word in a role ("spokeswoman"), or a given
// name borne almost only by women. Unknown (null) when the text says nothing, or says both.
import type { Actor, Analysis } from '../../model/types.js';
import { FEMALE_GIVEN_NAMES, FEMALE_WORDS, MALE_WORDS } from '../../lexicons/gender.js';
import { withoutAccents } from '../../lexicons/fold.js';
import { firstTokenAt } from '../segment/index.js';

export type Gender = 'male' | 'female';

/** The tokens read before a mention for an honorific or a title. */
const LOOK_BACK = 3;

/** Bits of what the words read so far say. */
const MALE = 1;
const FEMALE = 2;

/** What one word says: MALE, FEMALE or 0. */
function said(w: string): number {
  return MALE_WORDS.has(w) ? MALE : FEMALE_WORDS.has(w) ? FEMALE : 0;
}

export function genderOf(a: Readonly<Analysis>, x: Actor): Gender | null {
  if (x.type !== 'person') return null;
  // (once the text has said both, the answer is null whatever else it says)
  let seen = 0;
  const toks = a.tokens;
  for (let n = 0; n < x.mentions.length && seen !== (MALE | FEMALE); n++) {
    const lo = firstTokenAt(toks, x.mentions[n].start);
    for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK && toks[k].sentence === toks[lo]?.sentence; k--) {
      if (toks[k].kind === 'punctuation' && toks[k].text !== '.') break;
      seen |= said(toks[k].lower);
    }
  }
  for (let n = 0; n < x.roles.length && seen !== (MALE | FEMALE); n++) {
    for (const w of x.roles[n].title.split(/\s+/)) seen |= said(w);
  }
  if (seen === (MALE | FEMALE)) return null;
  // an honorific kept in the name ("Sir Keir Starmer"), then the first given name
  const words = withoutAccents(x.name).toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && (MALE_WORDS.has(words[k]) || FEMALE_WORDS.has(words[k]))) seen |= said(words[k++]);
  if (FEMALE_GIVEN_NAMES.has(words[k])) seen |= FEMALE;
  return seen === MALE ? 'male' : seen === FEMALE ? 'female' : null;
}
