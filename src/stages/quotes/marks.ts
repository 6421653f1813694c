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

/** Every quote mark, double or single: the scan jumps from one to the next. */
const MARKS = /["“”„‟«»″'‘’‚‛‹›]/;
/**
 * The same, to scan with: its lastIndex is state, set before each use by `nextMark`. `test` moves
 * lastIndex past the mark without making a match array (a text holds an apostrophe in every
 * "Iran’s", and `exec` made one per mark).
 */
const MARKS_G = new RegExp(MARKS.source, 'g');

/** The first quote mark at or after `from`, or -1. (Every mark is one UTF-16 unit.) */
function nextMark(text: string, from: number): number {
  MARKS_G.lastIndex = from;
  return MARKS_G.test(text) ? MARKS_G.lastIndex - 1 : -1;
}

// What the scan asks about a character, as bits of one table entry per UTF-16 code unit. The
// scan reads the characters around every mark by code (`text[i]` makes a new string for each
// curly mark); an entry is worked out from the character classes on first sight of its code.
const KNOWN = 1;
const DOUBLE_BIT = 2; // " “ ” „ ‟ « » ″
const SINGLE_BIT = 4; // ' ‘ ’ ‚ ‛ ‹ ›
const OPENER_BIT = 8; // a mark after these may open
const CLOSER_BIT = 16; // a mark before these may close
const WORD_BIT = 32; // a letter or digit
const SPACE_BIT = 64;
const DOUBLE_CHARS = '"“”„‟«»″';
const SINGLE_CHARS = "'‘’‚‛‹›";
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/:;>]/u;
const CLOSERS_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-/…<]/u;
const WORDCHAR = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;
const classes = new Uint8Array(0x10000);

function flagsOf(code: number): number {
  let f = classes[code];
  if (f === 0) {
    const c = String.fromCharCode(code);
    f = KNOWN;
    if (DOUBLE_CHARS.includes(c)) f |= DOUBLE_BIT;
    if (SINGLE_CHARS.includes(c)) f |= SINGLE_BIT;
    if (OPENERS_BEFORE.test(c)) f |= OPENER_BIT;
    if (CLOSERS_AFTER.test(c)) f |= CLOSER_BIT;
    if (WORDCHAR.test(c)) f |= WORD_BIT;
    if (SPACE_RE.test(c)) f |= SPACE_BIT;
    classes[code] = f;
  }
  return f;
}
/** The flags of the character at `i`, or of a space outside [start, end) (a paragraph's edge reads as a space). */
function flagsAt(text: string, i: number, start: number, end: number): number {
  return flagsOf(i >= start && i < end ? text.charCodeAt(i) : 32);
}

const LEFT_DOUBLE_GUILLEMET = 0xab; // «
const RIGHT_DOUBLE_GUILLEMET = 0xbb; // »
const LOW_DOUBLE_MARK = 0x201e; // „
const RIGHT_SINGLE_MARK = 0x2019; // ’
const APOSTROPHE = 0x27; // '
const SINGLE_RIGHT_GUILLEMET = 0x203a; // ›

interface Open {
  at: number;
  mark: 'double' | 'single';
  top: boolean;
  /** The part currently open. */
  partStart: number;
}

/** Is a double mark open anywhere on the stack? */
function doubleOpen(stack: readonly Open[]): boolean {
  for (let k = 0; k < stack.length; k++) if (stack[k].mark === 'double') return true;
  return false;
}

/** Every top-level quotation of the body. Nested quotations stay inside their parent. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): RawQuote[] {
  const out: RawQuote[] = [];
  // The next mark is kept across paragraphs: `ahead` is the first mark at or after `clearFrom`
  // (-1: none), so paragraphs without marks do not each scan on to the next mark.
  let ahead = -1;
  let clearFrom = Infinity;
  let carry: RawQuote | null = null; // a quote left open at the end of the paragraph before
  // (one stack for every paragraph: it is emptied at each paragraph's start)
  const stack: Open[] = [];
  for (const p of paragraphs) {
    stack.length = 0;
    let current: RawQuote | null = null;
    let from = p.start;
    // a paragraph that opens with a mark continues a quote the paragraph before left open
    if (carry) {
      if (p.start < text.length && flagsOf(text.charCodeAt(p.start)) & DOUBLE_BIT && carry.mark === 'double') {
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
    let i = from >= clearFrom && (ahead < 0 || ahead >= from) ? ahead : nextMark(text, from);
    for (; i >= 0 && i < p.end; i = nextMark(text, i + 1)) {
      const c = text.charCodeAt(i);
      const isDouble = (flagsOf(c) & DOUBLE_BIT) !== 0;
      const prev = flagsAt(text, i - 1, p.start, Infinity);
      const next = flagsAt(text, i + 1, 0, p.end);
      const leftOpen = (prev & (OPENER_BIT | DOUBLE_BIT | SINGLE_BIT)) !== 0;
      const rightClose = (next & (CLOSER_BIT | DOUBLE_BIT | SINGLE_BIT)) !== 0;
      const top = stack[stack.length - 1];
      let action: 'open' | 'close' | 'none';
      if (isDouble) {
        if (leftOpen && !rightClose) action = 'open';
        else if (!leftOpen && rightClose) action = 'close';
        else if (leftOpen && rightClose) {
          // spaced on both sides (« … », " … " in translated wire copy): the glyph decides where it
          // has a direction, else it closes what is open, else it opens when a mark follows to close it
          const open = doubleOpen(stack);
          if (c === LEFT_DOUBLE_GUILLEMET || c === LOW_DOUBLE_MARK) action = 'open';
          else if (c === RIGHT_DOUBLE_GUILLEMET) action = open ? 'close' : 'none';
          else action = open ? 'close' : laterDouble(text, i + 1, p.end) ? 'open' : 'none';
        } else action = doubleOpen(stack) ? 'close' : 'open';
      } else {
        if (prev & next & WORD_BIT) continue; // apostrophe inside a word
        if (leftOpen && next & WORD_BIT) action = 'open';
        else if (!leftOpen && rightClose && top && top.mark === 'single') {
          // "'the Palestinians’ rights are ours,' he said": a plural possessive before a lower-case word
          // is an apostrophe when a better closing mark follows
          const pc = i > p.start ? text.charCodeAt(i - 1) : 32;
          const nc = i + 1 < p.end ? text.charCodeAt(i + 1) : 32;
          const possessive = (pc === 0x73 || pc === 0x53) && nc === 32 && /\p{Ll}/u.test(text[i + 2] ?? '') && strongCloseLater(text, i + 1, p.end);
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
    ahead = i;
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
  // (quotes are pushed in the order they open: a new top-level quote opens only once the one
  // before is closed or carried over; sorted only should that ever not hold)
  for (let k = 1; k < out.length; k++) if (out[k - 1].open > out[k].open) return out.sort((x, y) => x.open - y.open);
  return out;
}

function singleClosesLater(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== RIGHT_SINGLE_MARK && c !== APOSTROPHE && c !== SINGLE_RIGHT_GUILLEMET) continue;
    if (!(flagsAt(text, i + 1, 0, end) & WORD_BIT) && !(flagsOf(text.charCodeAt(i - 1)) & SPACE_BIT)) return true;
  }
  return false;
}

/** A closing single mark right after punctuation, later in the paragraph: "…at any price,' he said". */
function strongCloseLater(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === RIGHT_SINGLE_MARK || c === APOSTROPHE) && /[,.!?]/.test(text[i - 1]) && !(flagsAt(text, i + 1, 0, end) & WORD_BIT)) return true;
  }
  return false;
}

/** Is the first double mark of a paragraph a closing one ("…second part,” he said")? */
function closesFirst(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!(flagsOf(text.charCodeAt(i)) & DOUBLE_BIT)) continue;
    return !(flagsAt(text, i - 1, start, Infinity) & OPENER_BIT) && ((flagsAt(text, i + 1, 0, end) & CLOSER_BIT) !== 0 || i + 1 >= end);
  }
  return false;
}

function laterDouble(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (flagsOf(text.charCodeAt(i)) & DOUBLE_BIT) return true;
  return false;
}
