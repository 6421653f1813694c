import type { Analysis, Paragraph, Sentence, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';

/**
 * Paragraphs, sentences and tokens with true character offsets into the body.
 * Every line break ends a paragraph (news bodies put one paragraph per line), and
 * no sentence crosses a paragraph. wink-nlp tags each paragraph; offsets are found by
 * walking the paragraph text, since wink keeps each token's surface form intact.
 */
export const segment: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(a, ctx) {
    const { text, boilerplate } = a.doc;
    const its = ctx.nlp.its;
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    // each line, trimmed as String.prototype.trim would, by offsets (no line strings made)
    for (let ls = 0; ls < text.length; ) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      let b = ls;
      while (b < le && isTrimmed(text.charCodeAt(b))) b++;
      let e = le;
      while (e > b && isTrimmed(text.charCodeAt(e - 1))) e--;
      if (e > b) paragraphs.push({ index: paragraphs.length, start: b, end: e });
      ls = le + 1;
    }
    if (!paragraphs.length) return { paragraphs, sentences, tokens };
    // wink reads the whole body at once (one document costs less than one per paragraph); its
    // line breaks come back as tokens of their own, which end paragraphs and sentences here.
    const wdoc = ctx.nlp.readDoc(text);
    const wtokens = wdoc.tokens();
    const values = wtokens.out(its.value) as string[];
    const pos = wtokens.out(its.pos) as string[];
    const n = values.length;
    /** The paragraph of each of our tokens (a wink token gives at most two of ours). */
    const paraOf = scratch(1, 2 * n);
    // wink splits words at some non-ASCII letters ("Erdo|ğ|an", "Kal|ı|n."): glue pieces that
    // touch with a letter on both sides back into one token, and keep a final period apart.
    const remap = scratch(0, n);
    /** Our tokens that are periods given back by a glued word ("Kalın." → "Kalın", "."). */
    const splitDots = new Set<number>();
    /** The last token of ours in each paragraph (set as the reading leaves it). */
    const paraLast: number[] = [];
    let cursor = 0;
    let para = 0;
    // the current paragraph's end, and the last token of ours when it is in that paragraph (the
    // only one a piece can be glued to)
    let paraEnd = paragraphs[0].end;
    const lastPara = paragraphs.length - 1;
    let prev: Token | null = null;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const c0 = v.charCodeAt(0);
      // a line break or tab: wink's only tokens that begin with white space
      if (c0 <= 32) {
        remap[i] = -1;
        continue;
      }
      let at = nextAt(text, v, c0, cursor);
      if (at < 0) at = cursor; // wink never rewrites surface forms; this guards against surprises
      if (at >= paraEnd && para < lastPara) {
        paraLast[para] = tokens.length - 1;
        do para++;
        while (para < lastPara && at >= paragraphs[para].end);
        paraEnd = paragraphs[para].end;
        prev = null;
      }
      const end = at + v.length;
      let t: Token;
      if (prev !== null && prev.end === at && (isOddLetter(prev.text.charCodeAt(prev.text.length - 1)) || isOddLetter(c0)) && endsInLetter(prev.text) && LETTER_START.test(v)) {
        t = prev;
        t.end = end;
        t.text = text.slice(t.start, end);
        t.lemma = t.text.toLowerCase();
        t.lower = t.lemma;
      } else {
        const lower = v.toLowerCase();
        const tag = pos[i];
        // Only verbs need a lemma (speech and reporting verbs); other words keep their lower case.
        let lemma = lower;
        if (tag === 'VERB') {
          // a verb form has one lemma, whatever the article: asked of wink once per form
          const known = VERB_LEMMAS.get(lower);
          if (known !== undefined) lemma = known;
          else {
            lemma = wtokens.itemAt(i).out(its.lemma as never) as unknown as string;
            if (VERB_LEMMAS.size >= VERB_LEMMA_LIMIT) VERB_LEMMAS.clear();
            VERB_LEMMAS.set(lower, lemma);
          }
        }
        t = { index: tokens.length, start: at, end, text: v, lower, pos: tag, lemma, kind: kindOf(tag), cap: startsUpper(v), sentence: -1 };
        paraOf[tokens.length] = para;
        tokens.push(t);
      }
      remap[i] = tokens.length - 1;
      cursor = end;
      prev = t;
      // A glued word that swallowed a sentence-final period ("Kalın.") gives the period back. A
      // word ending in a period is never glued to again (gluing needs a letter on both sides),
      // so its text is final here, and the period follows it at once.
      if (t.text.length > 3 && t.text.charCodeAt(t.text.length - 1) === 46 && /\p{L}{3}\.$/u.test(t.text) && [...t.text].some((c) => isOddLetter(c.charCodeAt(0)))) {
        const dot: Token = { index: tokens.length, start: t.end - 1, end: t.end, text: '.', lower: '.', pos: 'PUNCT', lemma: '.', kind: 'punctuation', cap: false, sentence: -1 };
        t.end -= 1;
        t.text = t.text.slice(0, -1);
        t.lower = t.text.toLowerCase();
        splitDots.add(tokens.length);
        paraOf[tokens.length] = para;
        tokens.push(dot);
        prev = dot;
      }
    }
    paraLast[para] = tokens.length - 1;
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    for (let j = 0; j < spans.length; j++) {
      const s0 = spans[j][0];
      const e0 = spans[j][1];
      // a sentence of wink's runs from its first token of ours to its last (line breaks are none)
      let i0 = s0;
      while (i0 <= e0 && remap[i0] < 0) i0++;
      let i1 = e0;
      while (i1 >= i0 && remap[i1] < 0) i1--;
      if (i0 > i1) continue;
      let s = remap[i0];
      // a sentence that ends a paragraph ends with its last token (a period given back above)
      const e = endsParagraph(remap, n, paraOf, i1) ? paraLast[paraOf[remap[i1]]] : remap[i1];
      // no sentence crosses a paragraph; a period given back above ends a sentence wink did not
      // end, when a capital follows. (paraOf only grows, so a sentence whose ends share a
      // paragraph crosses none, and is looked into only when there are periods given back.)
      if (splitDots.size > 0 || paraOf[s] !== paraOf[e]) {
        for (let k = s; k < e; k++) {
          if (paraOf[k] !== paraOf[k + 1] || (splitDots.has(k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) {
            addSentence(sentences, tokens, paraOf, boilerplate, s, k);
            s = k + 1;
          }
        }
      }
      addSentence(sentences, tokens, paraOf, boilerplate, s, e);
    }
    return { paragraphs, sentences, tokens };
  },
};

/** Adds the sentence of tokens s..e (inclusive) and marks its tokens with it. */
function addSentence(sentences: Sentence[], tokens: Token[], paraOf: Int32Array, boilerplate: Analysis['doc']['boilerplate'], s: number, e: number): void {
  const first = tokens[s];
  const last = tokens[e];
  if (!first || !last) return;
  const index = sentences.length;
  sentences.push({
    index,
    paragraph: paraOf[s],
    start: first.start,
    end: last.end,
    tokenStart: s,
    tokenEnd: e + 1,
    boilerplate: boilerplate.length > 0 && inBoilerplate(boilerplate, first.start, last.end),
  });
  for (let k = s; k <= e; k++) tokens[k].sentence = index;
}

/** Is more than half of the text from start to end inside one boilerplate block (datelines aside)? */
function inBoilerplate(boilerplate: Analysis['doc']['boilerplate'], start: number, end: number): boolean {
  for (let i = 0; i < boilerplate.length; i++) {
    const b = boilerplate[i];
    if (b.kind !== 'dateline' && b.start < end && start < b.end && coverage(b, start, end) > 0.5) return true;
  }
  return false;
}

/** The characters String.prototype.trim removes: JavaScript's white space and line terminators. */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters wink puts between tokens: spaces, tabs, line breaks. */
const isGap = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/**
 * text.indexOf(v, cursor), for a token that follows the cursor after a gap: most tokens start
 * right there, and are found without a search. (A token that itself starts with a gap character
 * could occur inside the gap, and is searched for.) `c0` is v's first character code.
 */
function nextAt(text: string, v: string, c0: number, cursor: number): number {
  if (v.length === 0 || isGap(c0)) return text.indexOf(v, cursor);
  let p = cursor;
  while (p < text.length && isGap(text.charCodeAt(p))) p++;
  // no occurrence can begin inside the gap, whose characters are not v's first. The first
  // character is compared by its code, known already: a one-character token (punctuation) needs
  // no startsWith call. (A loop over all the characters cost more than startsWith: wink's
  // strings are mostly thin strings, each charCodeAt going through a reference.)
  if (text.charCodeAt(p) === c0 && (v.length === 1 || text.startsWith(v, p))) return p;
  return text.indexOf(v, p);
}

/** Is wink token `i` the last of its paragraph: no token of ours after it is in the same one? */
function endsParagraph(remap: Int32Array, n: number, paraOf: Int32Array, i: number): boolean {
  for (let j = i + 1; j < n; j++) if (remap[j] >= 0) return paraOf[remap[j]] !== paraOf[remap[i]];
  return true;
}

/**
 * Two scratch arrays kept between articles (0: wink token → ours, 1: our token → paragraph),
 * read only up to the lengths the article asks for: a fresh Int32Array per article cost more
 * than the work written into it. The stage runs to the end before another article starts.
 */
const SCRATCH = [new Int32Array(4096), new Int32Array(8192)];

/** Scratch array `k`, with room for at least `size` numbers. */
function scratch(k: number, size: number): Int32Array {
  if (SCRATCH[k].length < size) SCRATCH[k] = new Int32Array(Math.max(size, 2 * SCRATCH[k].length));
  return SCRATCH[k];
}

/** Lemmas of the verb forms read so far, by lower-case form; emptied when full, so memory stays bounded. */
const VERB_LEMMAS = new Map<string, string>();
const VERB_LEMMA_LIMIT = 20_000;

const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** Does the word begin with an upper-case letter? ASCII answers without a regex. */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER_START.test(w);
}
const LETTER_END = /\p{L}$/u;

/** Does the word end in a letter? ASCII letters answer without a regex. */
function endsInLetter(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 0x7f && LETTER_END.test(w);
}

function kindOf(pos: string): Token['kind'] {
  return pos === 'PUNCT' || pos === 'SYM' ? 'punctuation' : pos === 'NUM' ? 'number' : 'word';
}

const LETTER = /\p{L}/u;

/** Letters outside ASCII that wink treats as word breaks (Turkish ğ ı ş, and the like), by char code. */
function isOddLetter(code: number): boolean {
  return code > 0x7f && LETTER.test(String.fromCharCode(code));
}

function coverage(b: { start: number; end: number }, start: number, end: number): number {
  const overlap = Math.min(b.end, end) - Math.max(b.start, start);
  return overlap / Math.max(1, end - start);
}

/** Index of the first token whose start is at or after `offset` (tokens.length when none). */
export function firstTokenAt(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that contains a character offset, by binary search; -1 when none does. */
export function sentenceAt(a: Pick<Analysis, 'sentences'>, offset: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
