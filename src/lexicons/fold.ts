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

// Quick rejects. Most look-ups miss: "Trump said", "Foreign Minister Ali" are looked up as places,
// organizations and agencies many times per article. A KeyFilter holds a few characters at the
// ends of every key of a lexicon; a text whose key cannot have the characters its own ends give
// is certainly no key, and is answered from half a dozen characters, without building its key,
// slicing the text or hashing a string into a Map.
//
// Why the ends of a text are the ends of its key: every key is the text with accents taken off
// (non-ASCII letters and combining marks only), apostrophes and dashes unified (non-ASCII, and
// the backtick), whitespace trimmed and collapsed, a leading "the " dropped, and all in lower
// case. None of this changes or moves a printable ASCII character other than the backtick (which
// becomes an apostrophe) at either end, so when the first three and last three characters of a
// text (after a leading "the ") are such (see endsOf for spaces), its key begins and ends with
// them, letters in lower case. Any other text is "maybe": it is looked up.

/** A printable ASCII character but the space as 1–94, as it stands in a key (lower case, the backtick an apostrophe), or 0 for any other. */
function keyChar(c: number): number {
  if (c < 33 || c > 126) return 0;
  if (c >= 65 && c <= 90) c += 32;
  else if (c === 96) c = 39;
  return c - 32;
}

/** An ASCII letter or digit as 1–36 (letters in either case alike), or 0 for any other character. */
function alnum(c: number): number {
  if (c >= 48 && c <= 57) return c - 47; // 1–10
  c |= 32; // lower case, for letters
  return c >= 97 && c <= 122 ? c - 86 : 0; // 11–36
}

/** Does text[from, to) begin with "the" and then a character that is no letter or digit? */
function startsWithTheWord(text: string, from: number, to: number): boolean {
  // (c | 32) lowers an ASCII capital and makes no other character the lower-case letter
  return to - from >= 4 && (text.charCodeAt(from) | 32) === 116 && (text.charCodeAt(from + 1) | 32) === 104 && (text.charCodeAt(from + 2) | 32) === 101 && alnum(text.charCodeAt(from + 3)) === 0;
}

/** One more character into a feature (FNV-1a's step). */
function mixIn(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** keyChar, or 95 for a space (which a key keeps between two other characters). */
function innerChar(c: number): number {
  return c === 32 ? 95 : keyChar(c);
}

/**
 * The feature of a key, or of a text's key: a hash of its first three and last three characters
 * (of all of it, for a text of one or two), or -1 when one of them is not printable ASCII. The
 * first and last must be no space; a single space next to them may be one ("Al Qaeda", "UN
 * Security Council"), since a key keeps it; two may not, since a key collapses them.
 */
function endsOf(text: string, from: number, to: number): number {
  const n = to - from;
  if (n < 1) return -1;
  if (n < 3) {
    let h = n; // texts of one and two characters hash apart from longer ones
    for (let j = from; j < to; j++) {
      const c = keyChar(text.charCodeAt(j));
      if (c === 0) return -1;
      h = mixIn(h, c);
    }
    return h >>> 1;
  }
  const a = keyChar(text.charCodeAt(from));
  const b = innerChar(text.charCodeAt(from + 1));
  const c = innerChar(text.charCodeAt(from + 2));
  const x = innerChar(text.charCodeAt(to - 3));
  const y = innerChar(text.charCodeAt(to - 2));
  const z = keyChar(text.charCodeAt(to - 1));
  if (a === 0 || b === 0 || c === 0 || x === 0 || y === 0 || z === 0 || (b === 95 && c === 95) || (x === 95 && y === 95)) return -1;
  return mixIn(mixIn(mixIn(mixIn(mixIn(mixIn(3, a), b), c), x), y), z) >>> 1; // 31 bits: never -1
}

/**
 * The feature of the key of text[from, to) as place, organization and demonym keys are made
 * (see above), read in place; -1 when the text's ends do not settle it.
 */
export function keyEnds(text: string, from: number, to: number): number {
  if (startsWithTheWord(text, from, to)) {
    // "the " and a name: the key is the name's; "the" and any other mark: not settled here
    if (text.charCodeAt(from + 3) !== 32) return -1;
    from += 4;
  }
  return endsOf(text, from, to);
}

/**
 * The feature of a word at one end of text[from, to): a hash of its five characters nearest that
 * end and whether it is longer, or of all of it and its length when it is not; -1 when one of them
 * is no ASCII letter or digit, or the next character inward is neither one nor a space, a hyphen or
 * the text's other end. `fromEnd` reads the last word, backwards; otherwise the first.
 */
function wordFeature(text: string, from: number, to: number, fromEnd: boolean): number {
  let h = 0;
  for (let i = 0; i < 6; i++) {
    const p = fromEnd ? to - 1 - i : from + i;
    const x = p >= from && p < to ? text.charCodeAt(p) : 32; // the text's end ends the word
    if (x === 32 || x === 45) return i === 0 ? -1 : mixIn(h, 100 + i) >>> 1; // a word of i characters
    const c = alnum(x);
    if (c === 0) return -1;
    if (i === 5) return mixIn(h, 200) >>> 1; // a word of more than five
    h = mixIn(h, c);
  }
  return -1; // (not reached)
}

/**
 * The feature of the first word agencies read in text[from, to) (after an optional "the ", up
 * to a space or hyphen, in lower case): see wordFeature; -1 when the text's start does not settle it.
 */
export function firstWordStart(text: string, from: number, to: number): number {
  if (startsWithTheWord(text, from, to)) {
    if (text.charCodeAt(from + 3) !== 32) return -1;
    from += 4;
  }
  return wordFeature(text, from, to, false);
}

/**
 * The feature of a last word (see wordFeature). A key's last word is its text's: keys keep ASCII
 * letters and digits as they are (in lower case) and make each run of spaces and hyphens one space.
 */
export function lastWordEnd(text: string, from: number, to: number): number {
  return wordFeature(text, from, to, true);
}

/** The features of a lexicon's keys, one bit each in a table of 2^18 bits (32 KB), at a place a multiplicative hash gives. */
export class KeyFilter {
  private readonly bits = new Int32Array(1 << 13);
  /** Adds a key by its ends, as the lexicon stores it (already folded and in lower case). */
  addKey(key: string): void {
    this.set(endsOf(key, 0, key.length));
  }
  /** Adds a first word of a key by its start (see firstWordStart). */
  addFirstWord(word: string): void {
    this.set(wordFeature(word, 0, word.length, false));
  }
  /** Adds a last word of a key by its end (see lastWordEnd). */
  addLastWord(word: string): void {
    this.set(lastWordEnd(word, 0, word.length));
  }
  private set(f: number): void {
    // a key whose ends are not all printable is never found by a text whose ends are
    if (f < 0) return;
    const b = slot(f);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }
  /** Could a text with this feature (from keyEnds, firstWordStart or lastWordEnd) be a key? Always for -1. */
  mayHave(f: number): boolean {
    if (f < 0) return true;
    const b = slot(f);
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** A feature's bit in a KeyFilter: the top 18 bits of a Fibonacci hash (features are hashes already; this mixes their bits). */
function slot(f: number): number {
  return Math.imul(f, 0x9e3779b1) >>> 14;
}
