// What the events stage reads out of its regular expressions to test cheaply first: a cheap test
// says "certainly not" or "maybe", never the other way round, so the costly test decides every case
// it used to.

interface Opening {
  w: string;
  /** More letters may follow. */
  open: boolean;
  /** The word is the one character its branch opens with ("'" of "'ll"). */
  mark?: boolean;
}

/**
 * The words a pattern can open with, lower case: its letters from the leading `\b` to the first
 * character that is not a letter, read through `(?:a|b)` groups and `?` ("cancell?ed", "hopes?",
 * "wish(?:es|ed)?", "no longer" opens with "no", "would-be" with "would"); a branch that opens
 * with another character gives that character ("'ll" gives "'"). Null when the pattern opens in
 * any other way: then no word can be ruled out.
 */
export function openingWords(pattern: string): string[] | null {
  if (!pattern.startsWith('\\b')) return null;
  let at = 2;
  let failed = false;
  // a sequence up to `|`, `)` or the end; at the top level it stops once every word is closed
  const sequence = (top: boolean): Opening[] => {
    let words: Opening[] = [{ w: '', open: true }];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      if (top && !words.some((x) => x.open)) break;
      const c = pattern[at];
      let alts: Opening[];
      if (pattern.startsWith('(?:', at)) {
        at += 3;
        alts = [];
        for (;;) {
          alts.push(...sequence(false));
          if (failed) return [];
          if (pattern[at] === '|') { at++; continue; }
          if (pattern[at] === ')') { at++; break; }
          failed = true;
          return [];
        }
      } else if (c >= 'a' && c <= 'z') {
        alts = [{ w: c, open: true }];
        at++;
      } else if (c === '\\') {
        // an escape (\b, \s, \w) ends the word
        alts = [{ w: '', open: false }];
        at += 2;
      } else if (c === ' ' || c === '-' || c === "'" || c === '$') {
        alts = [{ w: c, open: false, mark: true }];
        at++;
      } else {
        // a class, a quantifier or anything else this reader does not know
        failed = true;
        return [];
      }
      if (pattern[at] === '?') {
        alts.push({ w: '', open: true });
        at++;
      } else if (at < pattern.length && '*+{'.includes(pattern[at])) {
        failed = true;
        return [];
      }
      const next: Opening[] = [];
      for (const x of words) {
        if (!x.open) next.push(x);
        // a character after letters ends the word; before any, it is what the branch opens with
        else for (const y of alts) next.push(y.mark ? (x.w ? { w: x.w, open: false } : y) : { w: x.w + y.w, open: y.open });
      }
      words = next;
    }
    return words;
  };
  const words = sequence(true);
  // (an empty word: a branch that opens with an escape, or with nothing)
  return failed || words.some((x) => !x.w) ? null : [...new Set(words.map((x) => x.w))];
}
