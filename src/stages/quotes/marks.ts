// Finds quotations by their marks, one paragraph at a time, in one pass over the characters.
//
// Whether a mark opens or closes is read from what flanks it, not from its glyph, because news
// text uses every glyph both ways: ”Deal of the Century” opens with a closing mark, and
// `…the Islamic Republic,“ Hamas added` closes with an opening one. A mark after a space and
// before a word opens; after a word or punctuation and before a space or punctuation, it closes.
// Single marks between letters are apostrophes (Iran’s, won’t, Asa'eb), and a single mark after
// a word is a closing quote only when a single quote is open (else: Hamas’ statement).
import type { Paragraph, Span } from '../../model/types.js';

export interface RawQuote {
  /** The opening mark. */
  open: number;
  /** The closing mark, or -1 when the quote ran to the end of its paragraph unclosed. */
  close: number;
  /** The quoted words: one part per paragraph the quote runs over. */
  parts: Span[];
  /** Double or single marks. */
  mark: 'double' | 'single';
  /** Paragraph index of the opening mark and of the last part. */
  paragraph: number;
  lastParagraph: number;
  /** How the quote ended: "closed", "paragraph-end" (no closing mark), "continued" (ran over paragraphs). */
  how: string;
}

const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '″']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‛', '‹', '›']);
/** Every quote mark, double or single: the scan jumps from one to the next. */
const MARKS = /["“”„‟«»″'‘’‚‛‹›]/;
/** The same, to scan with: its lastIndex is state, set before each use by findQuotes (which never re-enters). */
const MARKS_G = new RegExp(MARKS.source, 'g');
/**
 * A test of one character by a character class, as `re.test(c)`; the answers for ASCII are read
 * from a table built once, since the scan asks about the characters around every mark.
 */
function charTest(re: RegExp): (c: string) => boolean {
  const table = new Uint8Array(128);
  for (let i = 0; i < 128; i++) table[i] = re.test(String.fromCharCode(i)) ? 1 : 0;
  return (c) => (c !== undefined && c.length === 1 && c.charCodeAt(0) < 128 ? table[c.charCodeAt(0)] === 1 : re.test(c));
}
const OPENERS_BEFORE = charTest(/[\s([{\u2014\u2013\-/:;>]/u); // a mark after these may open
const CLOSERS_AFTER = charTest(/[\s)\]}.,;:!?\u2014\u2013\-/…<]/u); // a mark before these may close
const WORDCHAR = charTest(/[\p{L}\p{N}]/u);
const SPACE = charTest(/\s/);

interface Open {
  at: number;
  mark: 'double' | 'single';
  top: boolean;
  /** The part currently open. */
  partStart: number;
}

/** Every top-level quotation of the body. Nested quotations stay inside their parent. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): RawQuote[] {
  const out: RawQuote[] = [];
  // The next mark is kept across paragraphs: `ahead` is the first mark at or after `clearFrom`
  // (null: none), so paragraphs without marks do not each scan on to the next mark.
  let ahead: RegExpExecArray | null = null;
  let clearFrom = Infinity;
  let carry: RawQuote | null = null; // a quote left open at the end of the paragraph before
  for (const p of paragraphs) {
    const stack: Open[] = [];
    let current: RawQuote | null = null;
    let from = p.start;
    // a paragraph that opens with a mark continues a quote the paragraph before left open
    if (carry) {
      const first = text[p.start];
      if (DOUBLE.has(first) && carry.mark === 'double') {
        stack.push({ at: p.start, mark: 'double', top: true, partStart: p.start + 1 });
        current = carry;
        current.how = 'continued';
        from = p.start + 1;
      } else if (carry.mark === 'double' && closesFirst(text, p.start, p.end)) {
        // a line break inside a quotation (HTML extraction does this): the paragraph's first mark
        // closes, so the quote runs on into it
        stack.push({ at: p.start, mark: 'double', top: true, partStart: p.start });
        current = carry;
        current.how = 'continued';
      } else {
        out.push(carry);
      }
      carry = null;
    }
    let mm: RegExpExecArray | null;
    if (from >= clearFrom && (!ahead || ahead.index >= from)) mm = ahead; // MARKS_G.lastIndex is still just past it
    else {
      MARKS_G.lastIndex = from;
      mm = MARKS_G.exec(text);
    }
    for (; mm && mm.index < p.end; mm = MARKS_G.exec(text)) {
      const i = mm.index;
      const c = text[i];
      const isDouble = DOUBLE.has(c);
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + 1 < p.end ? text[i + 1] : ' ';
      const leftOpen = OPENERS_BEFORE(prev) || DOUBLE.has(prev) || SINGLE.has(prev);
      const rightClose = CLOSERS_AFTER(next) || DOUBLE.has(next) || SINGLE.has(next);
      const top = stack[stack.length - 1];
      let action: 'open' | 'close' | 'none';
      if (isDouble) {
        if (leftOpen && !rightClose) action = 'open';
        else if (!leftOpen && rightClose) action = 'close';
        else if (leftOpen && rightClose) {
          // spaced on both sides (« … », " … " in translated wire copy): the glyph decides where it
          // has a direction, else it closes what is open, else it opens when a mark follows to close it
          const open = stack.some((s) => s.mark === 'double');
          if (c === '«' || c === '„') action = 'open';
          else if (c === '»') action = open ? 'close' : 'none';
          else action = open ? 'close' : laterDouble(text, i + 1, p.end) ? 'open' : 'none';
        } else action = stack.some((s) => s.mark === 'double') ? 'close' : 'open';
      } else {
        if (WORDCHAR(prev) && WORDCHAR(next)) continue; // apostrophe inside a word
        if (leftOpen && WORDCHAR(next)) action = 'open';
        else if (!leftOpen && rightClose && top && top.mark === 'single') {
          // "'the Palestinians’ rights are ours,' he said": a plural possessive before a lower-case word
          // is an apostrophe when a better closing mark follows
          const possessive = (prev === 's' || prev === 'S') && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '') && strongCloseLater(text, i + 1, p.end);
          action = possessive ? 'none' : 'close';
        }
        else action = 'none';
        // ’ opening a word is often an elision ('90s, ’em): only open when a single may close later
        if (action === 'open' && !singleClosesLater(text, i + 1, p.end)) action = 'none';
      }
      if (action === 'open') {
        const isTop = stack.length === 0;
        stack.push({ at: i, mark: isDouble ? 'double' : 'single', top: isTop, partStart: i + 1 });
        if (isTop) {
          current = { open: i, close: -1, parts: [], mark: isDouble ? 'double' : 'single', paragraph: p.index, lastParagraph: p.index, how: 'closed' };
        }
      } else if (action === 'close') {
        const want = isDouble ? 'double' : 'single';
        let k = stack.length - 1;
        while (k >= 0 && stack[k].mark !== want) k--;
        if (k < 0) continue;
        const opened = stack[k];
        stack.length = k; // unclosed singles above it are dropped
        if (opened.top && current) {
          current.parts.push({ start: opened.partStart, end: i });
          current.close = i;
          current.lastParagraph = p.index;
          out.push(current);
          current = null;
        }
      }
    }
    ahead = mm;
    clearFrom = p.end;
    // end of paragraph with a quote still open
    const bottom = stack[0];
    if (bottom && bottom.top && current) {
      if (bottom.mark === 'double') {
        current.parts.push({ start: bottom.partStart, end: p.end });
        current.lastParagraph = p.index;
        if (current.how !== 'continued') current.how = 'paragraph-end';
        carry = current; // the next paragraph may continue it
      }
      // an unclosed single mark is an apostrophe or elision after all: no quote
    }
  }
  if (carry) out.push(carry);
  return out.sort((x, y) => x.open - y.open);
}

function singleClosesLater(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c !== '’' && c !== "'" && c !== '›') continue;
    const prev = text[i - 1];
    const next = i + 1 < end ? text[i + 1] : ' ';
    if (!WORDCHAR(next) && !SPACE(prev)) return true;
  }
  return false;
}

/** A closing single mark right after punctuation, later in the paragraph: "…at any price,' he said". */
function strongCloseLater(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if ((c === '’' || c === "'") && /[,.!?]/.test(text[i - 1]) && !WORDCHAR(i + 1 < end ? text[i + 1] : ' ')) return true;
  }
  return false;
}

/** Is the first double mark of a paragraph a closing one ("…second part,” he said")? */
function closesFirst(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!DOUBLE.has(text[i])) continue;
    const prev = i > start ? text[i - 1] : ' ';
    const next = i + 1 < end ? text[i + 1] : ' ';
    return !OPENERS_BEFORE(prev) && (CLOSERS_AFTER(next) || i + 1 >= end);
  }
  return false;
}

function laterDouble(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (DOUBLE.has(text[i])) return true;
  return false;
}
