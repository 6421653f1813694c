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

/** Is the character one that `\s` matches? */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the piece of `s.split(/\s+/)` that starts at `from` ends. */
function pieceEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Where the piece after the one ending at `end` starts (past the run of spaces). */
function nextPiece(s: string, end: number): number {
  let i = end;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
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
  // the words of each role's title (the pieces of `title.split(/\s+/)`, read in place)
  for (let n = 0; n < x.roles.length && seen !== (MALE | FEMALE); n++) {
    const title = x.roles[n].title;
    for (let from = 0; ; ) {
      const end = pieceEnd(title, from);
      seen |= said(title.slice(from, end));
      if (end === title.length) break;
      from = nextPiece(title, end);
    }
  }
  if (seen === (MALE | FEMALE)) return null;
  // an honorific kept in the name ("Sir Keir Starmer"), then the first given name: the pieces of
  // `name.split(/\s+/)` read in turn, an honorific only when another piece follows it
  const name = withoutAccents(x.name).toLowerCase();
  let from = 0;
  let end = pieceEnd(name, from);
  while (end < name.length) {
    const w = name.slice(from, end);
    if (!MALE_WORDS.has(w) && !FEMALE_WORDS.has(w)) break;
    seen |= said(w);
    from = nextPiece(name, end);
    end = pieceEnd(name, from);
  }
  if (FEMALE_GIVEN_NAMES.has(name.slice(from, end))) seen |= FEMALE;
  return seen === MALE ? 'male' : seen === FEMALE ? 'female' : null;
}
