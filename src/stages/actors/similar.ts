import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';
import { NAME_PARTICLES } from '../../lexicons/names.js';
import { HONORIFICS } from '../../lexicons/titles.js';
import { withoutAccents } from '../../lexicons/fold.js';

/**
 * The words of a name, hyphens and spaces alike, without trailing possessives:
 * `s.replace(/['’]s$/, '').split(/[\s\-‐]+/).filter(Boolean)`, read in one pass over the
 * characters (it is asked of every name text, and of every form a name is scored by).
 */
export function nameTokens(s: string): string[] {
  let end = s.length;
  if (end >= 2 && s.charCodeAt(end - 1) === 115 && (s[end - 2] === "'" || s[end - 2] === '’')) end -= 2;
  // the words are counted first, so that the list is made at its size (a list made empty grows by
  // many slots at its first push, and a name has a word or two)
  let count = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const sep = c === 45 || c === 0x2010 || isSpace(c);
    if (!sep && !inWord) count++;
    inWord = !sep;
  }
  const out: string[] = new Array(count);
  let k = 0;
  let from = -1;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2010 || isSpace(c)) {
      if (from >= 0) out[k++] = s.slice(from, i);
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out[k++] = s.slice(from, end);
  return out;
}

/** Whitespace as `\s` sees it, by char code. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is the word ASCII letters and digits only? Its fold is then its lower case. */
function isAlnum(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** `lower` is the word's lower case, read once by the caller. */
const fold = (w: string, lower: string) =>
  isAlnum(w)
    ? lower
    : withoutAccents(w)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');

/** A name's meaningful words, folded: particles and honorifics dropped ("al-Zahar" → ["zahar"]). */
export function coreWords(s: string): string[] {
  return coreWordsOf(nameTokens(s));
}

/**
 * `coreWords` of a name already split by `nameTokens`. (The words hold no hyphen: "al-Zahar" is
 * already "al" and "Zahar", and "al" is a particle.)
 */
export function coreWordsOf(words: readonly string[]): string[] {
  // made at the most it can hold and cut only when a word is dropped (a list made empty grows by
  // many slots at its first push, and most names keep all their words)
  const out: string[] = new Array(words.length);
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (NAME_PARTICLES.has(lower) || HONORIFICS.has(lower)) continue;
    const f = fold(w, lower);
    if (f) out[k++] = f;
  }
  return k === out.length ? out : out.slice(0, k);
}

/**
 * Two spellings of one name word: equal, one or two edits apart for long words
 * (Shmkhani/Shamkhani, Khamneie/Khamenei, Aruri/Arouri), or the same sound and close.
 */
export function similarWord(x: string, y: string): boolean {
  if (x === y) return true;
  const n = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < 5) return false; // short names must be exact: Iran/Iraq
  if (Math.abs(x.length - y.length) > 2) return false; // more than two edits apart, whatever the letters
  const d = distance(x, y);
  if (d <= (n >= 8 ? 2 : 1)) return true;
  if (d <= 2 && n >= 6) {
    const [a1, a2] = doubleMetaphone(x);
    const [b1, b2] = doubleMetaphone(y);
    return a1 === b1 || a1 === b2 || a2 === b1;
  }
  return false;
}

/**
 * Is `short` a shorter or misspelt form of the person name `full`? Its words must match the
 * end of the full name in order ("Shamkhani", "Al Thani", "Abdul-Salam"), or all its words,
 * first name included, must match ("Mohammed Abdul Salam").
 */
export function sameSurname(full: string, short: string): boolean {
  return sameSurnameWords(coreWords(full), coreWords(short));
}

/** `sameSurname` on names already reduced to their core words. */
export function sameSurnameWords(f: readonly string[], s: readonly string[]): boolean {
  if (!f.length || !s.length || s.length > f.length) return false;
  const off = f.length - s.length;
  let tail = true;
  for (let i = 0; i < s.length && tail; i++) tail = similarWord(f[off + i], s[i]);
  if (tail) return true;
  // "Khawaja Asif" for "Khawaja Muhammad Asif": a middle name left out, first and last words kept
  if (s.length >= 2 && f.length > s.length && similarWord(f[0], s[0]) && similarWord(f[f.length - 1], s[s.length - 1])) {
    let k = 1;
    for (let i = 1; i < f.length - 1 && k < s.length - 1; i++) if (similarWord(f[i], s[k])) k++;
    if (k === s.length - 1) return true;
  }
  // the whole short name spelt a little differently, or its last word alone written joined
  // (of two words, the joined "last words" are the last word alone, which the tail test compared)
  if (s.length !== 1 || f.length <= 2) return false;
  // words more than two letters longer or shorter are never similar (see similarWord): the
  // joined words are measured before they are joined
  let joined = 0;
  for (let i = 1; i < f.length; i++) joined += f[i].length;
  if (Math.abs(joined - s[0].length) > 2) return false;
  return similarWord(f.slice(1).join(''), s[0]);
}
