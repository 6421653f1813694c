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
    const lineRe = /[^\n]+/g;
    for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const pStart = m.index + lead;
      paragraphs.push({ index: paragraphs.length, start: pStart, end: pStart + body.length });
    }
    if (!paragraphs.length) return { paragraphs, sentences, tokens };
    // wink reads the whole body at once (one document costs less than one per paragraph); its
    // line breaks come back as tokens of their own, which end paragraphs and sentences here.
    const wdoc = ctx.nlp.readDoc(text);
    const wtokens = wdoc.tokens();
    const values = wtokens.out(its.value) as string[];
    const pos = wtokens.out(its.pos) as string[];
    /** The paragraph of each of our tokens. */
    const paraOf: number[] = [];
    // wink splits words at some non-ASCII letters ("Erdo|ğ|an", "Kal|ı|n."): glue pieces that
    // touch with a letter on both sides back into one token, and keep a final period apart.
    const remap: number[] = new Array(values.length);
    let cursor = 0;
    let para = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      // a line break or tab: wink's only tokens that begin with white space
      if (v.charCodeAt(0) <= 32) {
        remap[i] = -1;
        continue;
      }
      let at = nextAt(text, v, cursor);
      if (at < 0) at = cursor; // wink never rewrites surface forms; this guards against surprises
      while (para < paragraphs.length - 1 && at >= paragraphs[para].end) para++;
      const prev = tokens.length > 0 && paraOf[tokens.length - 1] === para ? tokens[tokens.length - 1] : null;
      if (prev && prev.end === at && (isOddLetter(prev.text.charCodeAt(prev.text.length - 1)) || isOddLetter(v.charCodeAt(0))) && endsInLetter(prev.text) && LETTER_START.test(v)) {
        prev.end = at + v.length;
        prev.text = text.slice(prev.start, prev.end);
        prev.lemma = prev.text.toLowerCase();
        prev.lower = prev.lemma;
      } else {
        const lower = v.toLowerCase();
        // Only verbs need a lemma (speech and reporting verbs); other words keep their lower case.
        let lemma = lower;
        if (pos[i] === 'VERB') {
          // a verb form has one lemma, whatever the article: asked of wink once per form
          const known = VERB_LEMMAS.get(lower);
          if (known !== undefined) lemma = known;
          else {
            lemma = wtokens.itemAt(i).out(its.lemma as never) as unknown as string;
            if (VERB_LEMMAS.size >= VERB_LEMMA_LIMIT) VERB_LEMMAS.clear();
            VERB_LEMMAS.set(lower, lemma);
          }
        }
        tokens.push({ index: tokens.length, start: at, end: at + v.length, text: v, lower, pos: pos[i], lemma, kind: kindOf(pos[i]), cap: startsUpper(v), sentence: -1 });
        paraOf.push(para);
      }
      remap[i] = tokens.length - 1;
      cursor = at + v.length;
    }
    // A glued word that swallowed a sentence-final period ("Kalın.") gives the period back.
    const splitDots = new Set<number>();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.text.length > 3 && t.text.charCodeAt(t.text.length - 1) === 46 && /\p{L}{3}\.$/u.test(t.text) && [...t.text].some((c) => isOddLetter(c.charCodeAt(0)))) {
        const dot: Token = { ...t, index: 0, start: t.end - 1, text: '.', lower: '.', pos: 'PUNCT', lemma: '.', kind: 'punctuation', cap: false };
        t.end -= 1;
        t.text = t.text.slice(0, -1);
        t.lower = t.text.toLowerCase();
        tokens.splice(k + 1, 0, dot);
        paraOf.splice(k + 1, 0, paraOf[k]);
        splitDots.add(k + 1);
        for (let r = 0; r < remap.length; r++) if (remap[r] > k) remap[r]++;
      }
    }
    if (splitDots.size) for (let k = 0; k < tokens.length; k++) tokens[k].index = k;
    const paraLast: number[] = [];
    for (let k = 0; k < tokens.length; k++) paraLast[paraOf[k]] = k;
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    const ranges: [number, number][] = [];
    for (const [s0, e0] of spans) {
      // a sentence of wink's runs from its first token of ours to its last (line breaks are none)
      let i0 = s0;
      while (i0 <= e0 && remap[i0] < 0) i0++;
      let i1 = e0;
      while (i1 >= i0 && remap[i1] < 0) i1--;
      if (i0 > i1) continue;
      let s = remap[i0];
      // a sentence that ends a paragraph ends with its last token (a period given back above)
      const e = endsParagraph(remap, paraOf, i1) ? paraLast[paraOf[remap[i1]]] : remap[i1];
      for (let k = s; k < e; k++) {
        // no sentence crosses a paragraph; a period given back above ends a sentence wink did
        // not end, when a capital follows
        if (paraOf[k] !== paraOf[k + 1] || (splitDots.has(k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) {
          ranges.push([s, k]);
          s = k + 1;
        }
      }
      ranges.push([s, e]);
    }
    for (const [s, e] of ranges) {
      const first = tokens[s];
      const last = tokens[e];
      if (!first || !last) continue;
      const sent: Sentence = {
        index: sentences.length,
        paragraph: paraOf[s],
        start: first.start,
        end: last.end,
        tokenStart: s,
        tokenEnd: e + 1,
        boilerplate: boilerplate.length > 0 && boilerplate.some((b) => b.kind !== 'dateline' && b.start < last.end && first.start < b.end && coverage(b, first.start, last.end) > 0.5),
      };
      for (let k = sent.tokenStart; k < sent.tokenEnd; k++) tokens[k].sentence = sent.index;
      sentences.push(sent);
    }
    return { paragraphs, sentences, tokens };
  },
};

/** Characters wink puts between tokens: spaces, tabs, line breaks. */
const isGap = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/**
 * text.indexOf(v, cursor), for a token that follows the cursor after a gap: most tokens start
 * right there, and are found without a search. (A token that itself starts with a gap character
 * could occur inside the gap, and is searched for.)
 */
function nextAt(text: string, v: string, cursor: number): number {
  if (v.length === 0 || isGap(v.charCodeAt(0))) return text.indexOf(v, cursor);
  let p = cursor;
  while (p < text.length && isGap(text.charCodeAt(p))) p++;
  // no occurrence can begin inside the gap, whose characters are not v's first
  return text.startsWith(v, p) ? p : text.indexOf(v, p);
}

/** Is wink token `i` the last of its paragraph: no token of ours after it is in the same one? */
function endsParagraph(remap: number[], paraOf: number[], i: number): boolean {
  for (let j = i + 1; j < remap.length; j++) if (remap[j] >= 0) return paraOf[remap[j]] !== paraOf[remap[i]];
  return true;
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
