// Comparing names across articles: parsing a person's name into given name and surname,
// folding transliteration variants, and the phonetic blocking keys the actor index uses.
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { ARTICLE_PREFIXES, NAME_HONORIFICS, NAME_PARTICLES, SPELLING_FOLDS } from '../lexicons/name-variants.js';

const ARTICLE_RE = new RegExp(`^(?:${ARTICLE_PREFIXES.join('|')})[-‐‑'’]`, 'i');

/**
 * Remembers a pure function's results: the same names come back article after article, and
 * parsing them is most of the cost of resolving actors. Cleared when large, to bound memory.
 */
function memo<R>(f: (s: string) => R, max = 200_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string) => {
    let r = cache.get(s);
    if (r === undefined && !cache.has(s)) {
      if (cache.size >= max) cache.clear();
      r = f(s);
      cache.set(s, r);
    }
    return r as R;
  };
}

/** Lower case, accents removed, typographic apostrophes and hyphens unified. */
export const plain = memo(plainText);
function plainText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼʻ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .trim();
}

/** Name words: honorifics and stand-alone Arabic articles dropped, "al-" prefixes removed. */
export function nameWords(name: string): string[] {
  const words = plain(name)
    .replace(/\./g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i].replace(/'s$/, '');
    if (NAME_HONORIFICS.has(w) && i < words.length - 1) continue;
    if (ARTICLE_PREFIXES.includes(w) && i < words.length - 1) continue;
    w = w.replace(ARTICLE_RE, '');
    for (const part of w.split('-')) {
      const p = part.replace(/[^a-z0-9]/g, '');
      if (p && !(ARTICLE_PREFIXES.includes(p) && w.includes('-'))) out.push(p);
    }
  }
  return out;
}

/** A word folded for transliteration-tolerant comparison: "Arouri" → "aruri", "Mashaal" → "mashal". */
export const fold = memo(foldWord);
function foldWord(word: string): string {
  let w = plain(word).replace(/[^a-z]/g, '');
  for (const f of SPELLING_FOLDS) w = w.replace(f.from, f.to);
  return w;
}

export interface PersonName {
  /** Folded given name, or null when only a surname is written ("Shamkhani", "Abu Marzouk"). */
  first: string | null;
  /** Folded surname (the last word). */
  last: string;
  words: string[];
}

/** "Saleh al-Arouri" → {first: "sale", last: "aruri"}; "Abu Marzouk" → {first: null, last: "marzuk"}. */
export const parsePerson = memo(parsePersonName);
function parsePersonName(name: string): PersonName | null {
  const words = nameWords(name);
  if (!words.length) return null;
  const last = fold(words[words.length - 1]);
  if (!last) return null;
  let first: string | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    if (NAME_PARTICLES.has(words[i])) break;
    first = fold(words[i]) || null;
    break;
  }
  return { first, last, words };
}

/** Phonetic codes of a word (both double-metaphone codes, distinct). */
export const phonetic = memo(phoneticCodes);
function phoneticCodes(word: string): string[] {
  const w = plain(word).replace(/[^a-z]/g, '');
  if (!w) return [];
  const [a, b] = doubleMetaphone(w);
  return a === b ? [a] : [a, b];
}

/**
 * Two folded name words are spellings of one name: equal once folded, or (for words of five
 * letters or more) sounding alike by double metaphone and within a small edit distance.
 * Short words must be equal: Ali and Ala are different names.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const n = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 4) return false;
  const limit = n <= 5 ? 1 : n <= 8 ? 2 : 3;
  if (distance(a, b) > limit) return false;
  const pa = phonetic(a);
  const pb = phonetic(b);
  return pa.some((x) => pb.includes(x));
}

/** A whole name folded to one comparable string, for organizations and places. */
export const compact = memo(compactName);
function compactName(name: string): string {
  return nameWords(name.replace(/^the\s+/i, ''))
    .map(fold)
    .join(' ');
}

/** Two organization or place names are spellings of one name (Hezbollah = Hizbullah). */
export function sameCompact(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => sameWord(w, wb[i]));
}

/** Blocking keys for a person: the sound of the surname. */
export function personKeys(p: PersonName): string[] {
  return phonetic(p.last).map((k) => `p:${k}`);
}

/** Blocking keys for an organization or place: the sound of its first and last words. */
export function compactKeys(type: string, c: string): string[] {
  const w = c.split(' ');
  const head = phonetic(w[0]);
  const tail = phonetic(w[w.length - 1]);
  const keys: string[] = [];
  for (const h of head) for (const t of tail) keys.push(`${type[0]}:${w.length}:${h}:${t}`);
  return keys;
}
