import type { Actor, Analysis, Mention } from '../../model/types.js';
import { HONORIFICS, OFFICE_HEADS, RANKS } from '../../lexicons/titles.js';
import { gazetteerOf } from '../../lexicons/lookup.js';
import { isSpace } from './similar.js';

/**
 * Definite descriptions the text makes certain: "the Iranian minister" when exactly one person
 * in the article holds a minister's role for Iran, "the Ayatollah" when one person bears that
 * title. A description that fits no one, or more than one, is left alone.
 */
export function descriptionMentions(a: Readonly<Analysis>, actors: Actor[]): Mention[] {
  const out: Mention[] = [];
  const persons = actors.filter((x) => x.type === 'person');
  if (!persons.length) return out;
  const text = a.doc.text;
  // what each person is titled: its roles and the words before each of its names, read once;
  // a text's set of words is made only when the head occurs in it at all (most texts never
  // hold the head asked for, and splitting them all was most of this function's time)
  type Titled = { text: string; words: Set<string> | null };
  const titles = new Map<Actor, Titled[]>();
  const titlesOf = (p: Actor) => {
    let ts = titles.get(p);
    if (!ts) {
      // its roles' titles, then the words before each of its mentions, in one list
      ts = new Array(p.roles.length + p.mentions.length);
      let k = 0;
      for (const r of p.roles) ts[k++] = { text: r.title, words: null };
      for (const x of p.mentions) ts[k++] = { text: text.slice(Math.max(0, x.start - 30), x.start).toLowerCase(), words: null };
      titles.set(p, ts);
    }
    return ts;
  };
  const hasWord = (t: Titled, w: string) => t.text.includes(w) && (t.words ??= new Set(t.text.split(/[\s-]+/))).has(w);
  // (a "the" whose head word cannot be a title's is passed over by nextThe itself)
  for (let m = nextThe(text, 0); m; m = nextThe(text, m.end)) {
    const head = m.head.toLowerCase();
    if (!(OFFICE_HEADS.has(head) || RANKS.has(head) || HONORIFICS.has(head))) continue;
    // "the minister Zarif": a name follows, so this is a title, not a description
    const after = text.slice(m.end, m.end + 3);
    if (/^\s+\p{Lu}/u.test(after) || /^['’]s/.test(after)) continue;
    const demWord = m.demonym.trim();
    const country = demWord ? gazetteerOf(a.doc).demonym(demWord) : null;
    if (demWord && !country) continue;
    const mods = m.mods.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const fits = persons.filter((p) => {
      const holds = titlesOf(p).some((t) => hasWord(t, head) && mods.every((w) => t.text.includes(w)));
      return holds && (!country || p.affiliation === country || p.roles.some((r) => r.title.includes(demWord.toLowerCase())));
    });
    if (fits.length !== 1) continue;
    const start = m.index;
    const end = m.end;
    if (a.sentences.every((s) => s.boilerplate || end <= s.start || start >= s.end) && a.sentences.length) continue;
    out.push({ start, end, text: text.slice(start, end), kind: 'description', actor: fits[0].id, rule: `the only person in the article titled "${head}"${country ? ` for ${country}` : ''}` });
  }
  return out;
}

/** "the" and a title: "the minister", "the Iranian minister", "the Ayatollah". */
const THE_TITLE = /\b(the|The)\s+((?:[A-Z][a-z]+\s+)?)((?:[A-Za-z-]+\s+){0,2}?)([A-Za-z-]+)\b/g;

/** A match of THE_TITLE: where it starts and ends, and its groups 2 to 4. */
interface TheTitle {
  index: number;
  end: number;
  demonym: string;
  mods: string;
  head: string;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character `\w` matches (so `\b` lies between it and one that is not). */
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** A character of `[A-Za-z-]`. */
const isHeadChar = (c: number) => isAsciiLetter(c) || c === 45;

/** Where THE_TITLE can begin: "the" or "The" at a word boundary, and its spaces. */
const THE = /\b(?:the|The)\s+/g;

/**
 * The head words a description may end in (office words, ranks, honorifics), by their length and
 * first and last letters: a "the" whose head word has none of these shapes is passed over without
 * making a string of it. (Only words of `[a-z-]` can be a lower-cased head word.)
 */
const HEAD_SHAPES: ReadonlySet<number> = (() => {
  const out = new Set<number>();
  for (const set of [OFFICE_HEADS, RANKS, HONORIFICS]) for (const w of set) if (/^[a-z-]+$/.test(w)) out.add(shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)));
  return out;
})();

/** A word's length and its first and last characters (in lower case, for ASCII letters), as one number. */
function shape(length: number, first: number, last: number): number {
  return length * 65536 + (first | 32) * 256 + (last | 32);
}

/**
 * The first match of THE_TITLE at `from` or later whose head word may be a title's (see
 * HEAD_SHAPES), as `THE_TITLE.exec` would find them from there, the others passed over. The regex,
 * run over the whole text, made a match and its four strings at every "the"; here each "the" and
 * its spaces are found by a regex test (which makes no strings), and the usual shape after it read
 * by its characters: a capitalised word and spaces maybe, then the head word up to a word
 * boundary, where the regex's first try succeeds. Only any other shape (a head word ending in a
 * hyphen or running into a digit, no word after "the") is left to the regex itself, from the same
 * place, and returned whatever its head.
 */
function nextThe(text: string, from: number): TheTitle | null {
  for (;;) {
    THE.lastIndex = from;
    if (!THE.test(text)) return null;
    const q = THE.lastIndex;
    let p = q;
    while (isSpace(text.charCodeAt(p - 1))) p--;
    p -= 3; // the "the" before the spaces
    // group 2: a capitalised word and its spaces, kept when a head word follows
    let h = q;
    const c0 = text.charCodeAt(q);
    if (c0 >= 65 && c0 <= 90 && isLowerAscii(text.charCodeAt(q + 1))) {
      let r = q + 2;
      while (isLowerAscii(text.charCodeAt(r))) r++;
      if (isSpace(text.charCodeAt(r))) {
        let s = r + 1;
        while (isSpace(text.charCodeAt(s))) s++;
        if (isHeadChar(text.charCodeAt(s))) h = s;
      }
    }
    let e = h;
    while (isHeadChar(text.charCodeAt(e))) e++;
    if (e > h && isAsciiLetter(text.charCodeAt(e - 1)) && !isWordChar(text.charCodeAt(e))) {
      if (HEAD_SHAPES.has(shape(e - h, text.charCodeAt(h), text.charCodeAt(e - 1)))) return { index: p, end: e, demonym: text.slice(q, h), mods: '', head: text.slice(h, e) };
      from = e; // the match ends here, and its head is no title's
      continue;
    }
    // any other shape: the regex decides, from here (no match begins between `from` and p)
    THE_TITLE.lastIndex = p;
    const m = THE_TITLE.exec(text);
    return m ? { index: m.index, end: m.index + m[0].length, demonym: m[2], mods: m[3], head: m[4] } : null;
  }
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
