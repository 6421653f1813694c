// Folding text for look-ups. Unicode normalisation is the costly part of every lexicon key, and
// most names in English news are plain ASCII, which it leaves as they are.

/** The text with its accents taken off ("Erdoğan" → "Erdogan"); ASCII text is returned as it is. */
export function withoutAccents(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return s;
}

/**
 * Is the text plain: ASCII with no backtick, words apart by single spaces, nothing around them?
 * Most names in English news are, and a lexicon key of a plain text is just its lower case:
 * there is nothing to fold, unify or collapse, so keys take a fast path for them.
 */
export function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c < 32 || c === 96) return false;
    if (c === 32 && s.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

/** The lower case of a plain text without a leading "the " ("The Hague" → "hague"). */
export function plainKey(s: string): string {
  const lower = s.toLowerCase();
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}
