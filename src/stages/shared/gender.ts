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

export function genderOf(a: Readonly<Analysis>, x: Actor): Gender | null {
  if (x.type !== 'person') return null;
  let male = false;
  let female = false;
  const note = (w: string) => {
    if (MALE_WORDS.has(w)) male = true;
    else if (FEMALE_WORDS.has(w)) female = true;
  };
  const toks = a.tokens;
  for (const m of x.mentions) {
    const lo = firstTokenAt(toks, m.start);
    for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK && toks[k].sentence === toks[lo]?.sentence; k--) {
      if (toks[k].kind === 'punctuation' && toks[k].text !== '.') break;
      note(toks[k].lower);
    }
  }
  for (const r of x.roles) for (const w of r.title.split(/\s+/)) note(w);
  // an honorific kept in the name ("Sir Keir Starmer"), then the first given name
  const words = withoutAccents(x.name).toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && (MALE_WORDS.has(words[k]) || FEMALE_WORDS.has(words[k]))) note(words[k++]);
  if (FEMALE_GIVEN_NAMES.has(words[k])) female = true;
  return male === female ? null : male ? 'male' : 'female';
}
