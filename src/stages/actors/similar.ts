import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';
import { NAME_PARTICLES } from '../../lexicons/names.js';
import { HONORIFICS } from '../../lexicons/titles.js';

/** The words of a name, hyphens and spaces alike, without trailing possessives. */
export function nameTokens(s: string): string[] {
  return s
    .replace(/['’]s$/, '')
    .split(/[\s\-‐]+/)
    .filter(Boolean);
}

const fold = (w: string) =>
  w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A name's meaningful words, folded: particles and honorifics dropped ("al-Zahar" → ["zahar"]). */
const coreCache = new Map<string, string[]>();

export function coreWords(s: string): string[] {
  const hit = coreCache.get(s);
  if (hit) return hit;
  if (coreCache.size > 50_000) coreCache.clear(); // bounded: flat memory over any number of articles
  const words = computeCore(s);
  coreCache.set(s, words);
  return words;
}

function computeCore(s: string): string[] {
  return nameTokens(s)
    .map((w) => w.replace(/^(al|el|ad|as|an|ar|at|az|ash)-/i, ''))
    .filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()))
    .map(fold)
    .filter(Boolean);
}

/**
 * Two spellings of one name word: equal, one or two edits apart for long words
 * (Shmkhani/Shamkhani, Khamneie/Khamenei, Aruri/Arouri), or the same sound and close.
 */
export function similarWord(x: string, y: string): boolean {
  if (x === y) return true;
  const n = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < 5) return false; // short names must be exact: Iran/Iraq
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
  const f = coreWords(full);
  const s = coreWords(short);
  if (!f.length || !s.length || s.length > f.length) return false;
  const tail = f.slice(f.length - s.length);
  if (tail.every((w, i) => similarWord(w, s[i]))) return true;
  // the whole short name spelt a little differently, or its last word alone written joined
  const joinedF = f.slice(1).join('');
  return s.length === 1 && f.length > 1 && similarWord(joinedF, s[0]);
}
