// Name and text normalisation for scoring. These are the matching rules of
// shared/eval/score.mjs written out one rule per function; the two scorers must agree.
import { distance } from 'fastest-levenshtein';

/**
 * Words dropped from names before comparing them: honorifics and titles the gold guide keeps
 * out of names ("Ayatollah Ali Khamenei" = "Ali Khamenei"), and "the" ("the Hamas movement").
 */
export const IGNORED_NAME_WORDS: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'sheikh', 'shaikh', 'ayatollah', 'grand', 'hojatoleslam', 'president', 'prime', 'minister',
  'king', 'prince', 'emir', 'general', 'gen', 'sayyed', 'seyyed', 'sayed', 'martyr', 'the', 'sir', 'lt', 'col', 'major',
  'maj', 'adm', 'admiral', 'rear', 'brig',
]);

/** Arabic article forms written as a separate word once hyphens are gone: "al-Zahar" → "zahar". */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash']);

/**
 * Lower-case ASCII words of a text: accents folded, curly apostrophes straightened,
 * possessive "'s" dropped, anything but letters, digits and "+" turned into a word break.
 */
export function words(s: unknown): string[] {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9+ ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The words of a name that identify it: `words` without honorifics and Arabic articles. */
export function nameTokens(s: unknown): string[] {
  return words(s).filter((w) => !IGNORED_NAME_WORDS.has(w) && !ARABIC_ARTICLES.has(w));
}

/** A name in its compared form: "Sheikh Saleh al-Arouri" → "saleh arouri". */
export function normalizeName(s: unknown): string {
  return nameTokens(s).join(' ');
}

/**
 * Two normalised names are spelling variants of each other: equal, or both at least five
 * characters long and within one edit per four characters (at least one edit).
 * Aruri/Arouri and Shmkhani/Shamkhani pass; Iran/Iraq is too short to be tolerated.
 */
export function closeNames(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 5) return false;
  return distance(a, b) <= Math.max(1, Math.floor(longer / 4));
}

/** F1 of the multiset overlap of two token lists; 0 when either is empty. */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const bag = new Map<string, number>();
  for (const t of b) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of a) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  const p = hit / a.length;
  const r = hit / b.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
