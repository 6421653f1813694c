// The quotes layer: direct quotations with their speaker, the outlet that relays them, the cue
// and the rule that attributed them; then reported (indirect) speech, marked `direct: false`.
//
// Pass 1 (marks.ts) finds quotations by their marks. Pass 2 keeps those that are speech (five
// words or more, not a title, not a name after "dubbed") and attributes each, trying in turn:
//   after      "“…,” said Shamkhani" / "“…,” he added" / "“…,” Hamas’ statement read"
//   before     "Dr. Kharazi stated: “…”" / "He said: “…”" / "told Shafaq News, “…”"
//   clause     a partial quote inside a clause: its subject speaks ("Zarif … hailed the “…”")
//   according  "“…,” according to a Hezbollah statement" / "According to Khamenei, “…”"
//   headline   "Khamenei: “…”"
//   content    an outlet said it, and the quote itself says who acted ("state TV said: “Khamenei praised…”")
//   continued  a quote with no attribution of its own right after another: the same speaker
//   previous-subject  a lone quote right after a sentence about one person ("X was defiant. “…”")
// A speaker the text does not name stays null ("the source added", "officials said"). Speakers
// written as pronouns or descriptions go through shared/referents. `via` is the outlet credited:
// "according to IRNA", "X reported", "told Reuters", "quoted by", "according to the report" (the
// outlet credited last). Reported speech comes after, with `direct: false`.
import type { Actor, Analysis, Quote, Span, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { findQuotes, type RawQuote } from './marks.js';
import { referents, firstTokenAt, isDescriptionHead, type Referents, type Referent } from '../shared/referents.js';
import { SPEECH_LEMMAS, RELAY_LEMMAS, REPORTING_LEMMAS, NAMING_SET, PRONOUNS, MEDIA_WORDS, STATEMENT_NOUNS, GROUP_NOUNS } from '../../lexicons/speech.js';
import { mayBeAgency, type Agency } from '../../lexicons/agencies.js';
import { gazetteerOf, type ArticleGazetteer } from '../../lexicons/lookup.js';
import { PLOVER_VERBS } from '../../lexicons/plover.js';
import { keepLast } from '../shared/keep-last.js';

/** The gold guide counts a quotation as a quote from five words on; shorter ones are terms. */
export const MIN_WORDS = 5;

export const quotes: Stage = {
  name: 'quotes',
  requires: ['paragraphs', 'sentences', 'tokens', 'actors'],
  assigns: ['quotes'],
  run(a) {
    const { quotes: direct, refs } = findDirect(a);
    const reported = indirectQuotes(a, direct, refs);
    return { quotes: [...direct, ...reported] };
  },
};

interface Attribution {
  speaker: string | null;
  speakerSpan: Span | null;
  via: string | null;
  cue: (Span & { text: string }) | null;
  rule: string;
  /** True when something in the sentence attributes the quote, even to an unnamed speaker. */
  attributed: boolean;
}

/** One-word PLOVER verbs of a stance taken in one's own voice: accusing, threatening, rejecting, praising, urging. */
const STANCE_CUES: ReadonlySet<string> = new Set(
  PLOVER_VERBS.filter((v) => ['ACCUSE', 'THREATEN', 'REJECT', 'SUPPORT', 'REQUEST'].includes(v.type)).flatMap((v) => v.forms.filter((f) => !f.includes(' '))),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'al', 'el', 'la', 'le']);
const QUOTE_MARK: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);
/** Marks that may open another quotation (’ and ' are mostly apostrophes: "Hamas’ statement"). */
const OPENING_MARK: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '«', '„']);
/** Tokens that end a sentence or clause for the attribution after a quote. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
/** Tokens that end a sentence (as `/^[.!?]$/` tests). */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Words as a reader counts them: "U.S.-led" and "don't" are one word each. Counting stops at `limit`. */
export function wordCount(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // spaces and dashes separate words
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2014 || c === 0x2013) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    // a word counts once it holds a letter or digit (any non-ASCII letter counts too)
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(s[i])))) {
      if (++n >= limit) return n;
      counted = true;
    }
  }
  return n;
}

/** A quoted title or name: every word capitalised, no sentence punctuation ("Deal of the Century"). */
export function looksLikeTitle(s: string): boolean {
  // the cheap tests first: most quotations hold a comma or end a sentence
  if (/[,;:]/.test(s)) return false;
  // the last character before trailing white space (where trim() would end)
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  if (end > 0 && '.!?;'.includes(s[end - 1])) return false;
  // one to twelve words, each small or capitalised: the answer is no from the first word that is
  // neither, or from a thirteenth word, so reading stops there
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) if (++words > 12 || !isTitleWord(m[0])) return false;
  return words > 0;
}

/** A word a title may hold: a small word ("of", "the") or one that starts with a capital or a digit. */
function isTitleWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true; // (an ASCII capital or digit)
  if (c >= 97 && c <= 122) return SMALL.has(w.toLowerCase()); // (an ASCII small letter is neither)
  return SMALL.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w);
}

/** The direct quotations of an analysis (the layer's first half). */
export function directQuotes(a: Readonly<Analysis>): Quote[] {
  return findDirect(a).quotes;
}

function findDirect(a: Readonly<Analysis>): { quotes: Quote[]; refs: Referents } {
  const text = a.doc.text;
  const toks = a.tokens;
  // quotations kept as quotes, and short ones that open a sentence ("“It's a win-win,” one
  // diplomat said."): not quotes, but they end the run of the quote before for continuation
  const all = findQuotes(text, a.paragraphs);
  // in one pass: the quotations kept, the token at each one's opening mark (found once), whether
  // it is short, its span, and the spans of the quotes proper (the resolver skips their words)
  const raws: RawQuote[] = [];
  const openToks: number[] = [];
  const short: boolean[] = [];
  const spans: Span[] = [];
  const quoted: Span[] = [];
  for (const q of all) {
    const openTok = firstTokenAt(toks, q.open);
    const n = speechWords(a, q, openTok);
    const isShort = n < MIN_WORDS && n >= 1 && opensSentence(a, q, openTok);
    if (n < MIN_WORDS && !isShort) continue;
    const span = quoteSpan(text, q);
    raws.push(q);
    openToks.push(openTok);
    short.push(isShort);
    spans.push(span);
    if (!isShort) quoted.push(span);
  }
  const refs = referents(a, { exclude: quoted });
  const out: Quote[] = [];
  // every outlet the article credits, in order: "according to the report" points back to the last one
  const credits = keepLast('credit reader', new CreditReader(a, refs));
  let prev: { q: Quote; raw: RawQuote; closeTok: number } | null = null;
  for (let n = 0; n < raws.length; n++) {
    const raw = raws[n];
    const span = spans[n];
    const openTok = openToks[n];
    // the token at the closing mark, found once (-1: the quote ran unclosed to its paragraph's end)
    const closeTok = raw.close >= 0 ? firstTokenAt(toks, raw.close) : -1;
    const sentence = toks[openTok]?.sentence ?? -1;
    let at = attribute(a, refs, raw, openTok, closeTok);
    // via: the outlet credited in the sentence, or "according to the report" → the last one credited
    if (!at.via) at.via = creditIn(a, refs, raw, openTok, closeTok, credits);
    // an outlet relaying a third-person account: the quote's own subject is the speaker
    if (!at.speaker && at.via && at.rule.startsWith('media')) {
      const c = contentSubject(a, refs, span);
      if (c) at = { ...at, speaker: c.ref.actor, speakerSpan: c.span, rule: `${at.rule}+content-subject` };
    }
    // "KCNA accused Tokyo of “…”": an outlet that accuses, warns, rejects, praises or urges speaks in
    // its own voice, the speaker and no relay (a relay reports or quotes what someone else said)
    if (!at.speaker && at.via && at.rule.startsWith('media') && at.cue && STANCE_CUES.has(at.cue.text.toLowerCase())) {
      const outlet = a.actors.find((x) => x.name === at.via);
      if (outlet) at = { ...at, speaker: outlet.id, via: null, rule: `${at.rule}+own-voice` };
    }
    // no attribution of its own, right after another quote: the same speaker goes on
    // …unless a sentence about someone else comes between: "“…,” said X. Y took the stage.\n“…”"
    // (read only for a quote with no attribution of its own)
    if (!at.attributed) {
      const prevEnd = prev && prev.raw.close >= 0 ? toks[prev.closeTok]?.sentence ?? -1 : -1;
      const opens = opensSentence(a, raw, openTok);
      const readBetween = prevEnd >= 0 && sentence - prevEnd > 1 && opens;
      const someoneBetween = readBetween ? previousPersonSubject(a, refs, openTok) : null;
      if (someoneBetween && someoneBetween.ref.actor !== prev?.q.speaker) {
        at = { ...at, speaker: someoneBetween.ref.actor, speakerSpan: someoneBetween.span, rule: 'previous-subject', attributed: true };
      } else if (prev && opens && raw.paragraph - prev.raw.lastParagraph <= 1) {
        at = { speaker: prev.q.speaker, speakerSpan: prev.q.speakerSpan, via: at.via ?? prev.q.via, cue: null, rule: 'continued', attributed: true };
      } else if (opens) {
        // "Araghchi was defiant. “We will never surrender…”": a quote standing alone right after a
        // sentence about one person continues that person (already read when someone came between)
        const p = readBetween ? someoneBetween : previousPersonSubject(a, refs, openTok);
        if (p) at = { ...at, speaker: p.ref.actor, speakerSpan: p.span, rule: 'previous-subject', attributed: true };
      }
    }
    // "The Ayatollah was also cited by Tasnim saying…. He went on to underscore that … “…”": the
    // credit of the sentence before carries to the same speaker's quotes in the next one
    if (!at.via && at.speaker && sentence > 0 && a.sentences[sentence - 1].paragraph === a.sentences[sentence].paragraph) {
      const c = credits.forSpeaker(sentence - 1, at.speaker);
      if (c) at.via = c.via;
    }
    const q: Quote = {
      id: `q${out.length + 1}`,
      text: raw.parts.length === 1 ? text.slice(raw.parts[0].start, raw.parts[0].end).trim() : raw.parts.map((p) => text.slice(p.start, p.end).trim()).join('\n'),
      span,
      speaker: at.speaker,
      via: at.via,
      direct: true,
      cue: at.cue,
      speakerSpan: at.speakerSpan,
      rule: at.rule,
    };
    if (q.speaker && sentence >= 0) {
      refs.note(sentence, q.speaker);
      if (closeTok >= 0 && closeTok < toks.length) refs.note(toks[closeTok].sentence, q.speaker);
    }
    // (a short quotation is not kept: the ids count the kept ones)
    if (!short[n]) out.push(q);
    prev = { q, raw, closeTok };
  }
  return { quotes: out, refs };
}

/**
 * Does text[from, to) end with one of `marks`, spaces after it aside? (`/[marks]\s*$/` on the
 * slice, read from its end rather than tried at every character of a long quotation.)
 */
function endsWithMark(text: string, from: number, to: number, marks: string): boolean {
  let i = to;
  while (i > from && SPACE.test(text[i - 1])) i--;
  return i > from && marks.includes(text[i - 1]);
}
const SPACE = /\s/;

/** The span of the quoted words, from the first to the last part, without edge spaces. */
function quoteSpan(text: string, q: RawQuote): Span {
  let start = q.parts[0].start;
  let end = q.parts[q.parts.length - 1].end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The words of a quotation that can be speech (counted up to MIN_WORDS), else 0: a title or a
 * name, a quotation in boilerplate or one named by the word before it ("dubbed “…”") is not.
 * Speech from MIN_WORDS words on.
 */
function speechWords(a: Readonly<Analysis>, q: RawQuote, openTok: number): number {
  if (!q.parts.length) return 0;
  // (each test only ever answers 0, so the cheap ones go first)
  const tok = a.tokens[openTok];
  if (tok && a.sentences[tok.sentence]?.boilerplate) return 0;
  const text = a.doc.text;
  if (namingWordBefore(text, q.open)) return 0;
  const words = q.parts.length === 1 ? text.slice(q.parts[0].start, q.parts[0].end) : q.parts.map((p) => text.slice(p.start, p.end)).join(' ');
  const n = wordCount(words, MIN_WORDS);
  if (n === 0 || looksLikeTitle(words)) return 0;
  return n;
}
/** Any naming word inside a text: without one, the word before a quotation cannot be one. */
const NAMING_HINT = new RegExp([...NAMING_SET].map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));

/** How far before a quotation its naming word is looked for. */
const NAMING_WINDOW = 30;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
const HYPHEN = 45;

/**
 * Is the last word before a quotation's mark a naming word ("dubbed “…”", "the so-called “…”")?
 * The word is the last run of letters and hyphens in the 30 characters before the mark that only
 * non-word characters follow, lower case (`/([\p{L}-]+)\W*$/u` on the lower-cased window). Where
 * the characters read are ASCII, it is read back from the mark without slicing the window;
 * elsewhere the window is sliced and matched.
 */
function namingWordBefore(text: string, open: number): boolean {
  const from = Math.max(0, open - NAMING_WINDOW);
  // the non-word characters right before the mark
  let i = open;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128) return namingWordBeforeSliced(text, from, open);
    if (isAsciiWordChar(c)) break;
  }
  // (none but non-word characters, or a digit before them: the run could only be hyphens)
  if (i === from || !isAsciiLetter(text.charCodeAt(i - 1))) return false;
  // the run of letters and hyphens: on to the hyphens after it, back to its start
  let end = i;
  while (end < open && text.charCodeAt(end) === HYPHEN) end++;
  let start = i - 1;
  for (; start > from; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128) return namingWordBeforeSliced(text, from, open);
    if (!isAsciiLetter(c) && c !== HYPHEN) break;
  }
  // (a run of another length is no naming word: nothing to slice)
  return NAMING_LENGTHS.has(end - start) && NAMING_SET.has(text.slice(start, end).toLowerCase());
}
/** The lengths of the naming words. */
const NAMING_LENGTHS: ReadonlySet<number> = new Set([...NAMING_SET].map((w) => w.length));

/** `namingWordBefore` on the sliced window, for text with other than ASCII characters. */
function namingWordBeforeSliced(text: string, from: number, open: number): boolean {
  const lead = text.slice(from, open).toLowerCase();
  const before = NAMING_HINT.test(lead) ? lead.match(/([\p{L}-]+)\W*$/u) : null;
  return !!before && NAMING_SET.has(before[1]);
}

/** Does the quotation start its sentence (or its paragraph)? */
function opensSentence(a: Readonly<Analysis>, q: RawQuote, openTok: number): boolean {
  const para = a.paragraphs[q.paragraph];
  if (para && para.start === q.open) return true;
  const t = a.tokens[openTok];
  if (!t) return false;
  const s = a.sentences[t.sentence];
  if (s && s.tokenStart === openTok) return true;
  const before = a.tokens[openTok - 1];
  return !!before && SENTENCE_END.has(before.text);
}

/** The tags a verb group runs on with. */
const VERB_CHAIN: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV', 'VERB']);

/** The main verb after auxiliaries: "has described" → "described", "did not say" → "say". */
function mainVerb(toks: readonly Token[], i: number): number {
  let k = i;
  while (k + 1 < toks.length && k < i + 3 && (toks[k].pos === 'AUX' || toks[k].pos === 'PART' || toks[k].pos === 'ADV') && VERB_CHAIN.has(toks[k + 1].pos)) k++;
  return toks[k]?.pos === 'VERB' ? k : i;
}

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
/**
 * A test of whether a lemma, lower-cased, is one of `words` (small ASCII letters each), for the
 * verb tokens read again and again: most lemmas are answered by their shape, (length << 7) |
 * first letter, which no word of the set has; the others are remembered per lemma (verbs have
 * few), so no lemma is lower-cased twice. (A lemma that lower-cases to a word of ASCII letters
 * has its length, and an ASCII first character that is that letter in either case.)
 */
function lowerLemmaIn(words: ReadonlySet<string>): (lemma: string) => boolean {
  if (![...words].every((w) => /^[a-z]+$/.test(w))) throw new Error('a lemma not in small ASCII letters: its shape would miss it');
  const shapes: ReadonlySet<number> = new Set([...words].map((w) => (w.length << 7) | w.charCodeAt(0)));
  const memo = new Map<string, boolean>();
  return (lemma) => {
    const c = lemma.charCodeAt(0);
    // (c | 32: an ASCII capital in lower case; it makes no other ASCII character a small letter)
    if (c < 128 && !shapes.has((lemma.length << 7) | (c | 32))) return false;
    let hit = memo.get(lemma);
    if (hit === undefined) {
      if (memo.size >= 20000) memo.clear(); // (bounded, whatever the texts)
      memo.set(lemma, (hit = words.has(lemma.toLowerCase())));
    }
    return hit;
  };
}
const isSpeechLemma = lowerLemmaIn(SPEECH_LEMMAS);
/** Is a lemma, lower-cased, a reporting verb's? */
const isReportingLemma = lowerLemmaIn(REPORTING_LEMMAS);
const isCue = (t: Token) => t.pos === 'VERB' && isSpeechLemma(t.lemma);
/** A verb whose clause is reported speech ("said the talks were…"), not its "-ing" form. */
const isReportingVerb = (t: Token) => t.pos === 'VERB' && isReportingLemma(t.lemma) && !t.lower.endsWith('ing');
const NONE: Readonly<Attribution> = { speaker: null, speakerSpan: null, via: null, cue: null, rule: 'none', attributed: false };

function cueOf(t: Token): Span & { text: string } {
  return { start: t.start, end: t.end, text: t.text };
}

function attribute(a: Readonly<Analysis>, refs: Referents, q: RawQuote, openTok: number, closeTok: number): Attribution {
  const after = q.close >= 0 ? attributeAfter(a, refs, q, closeTok) : null;
  const according = !!after && after.rule.startsWith('after-according');
  // "“…,” said X": a quote closed with a comma and followed by its attribution is the usual form
  const closedWithComma = () => q.close >= 0 && (/,\s*$/.test(a.doc.text.slice(Math.max(0, q.close - 2), q.close)) || a.doc.text[q.close + 1] === ',');
  let at: Attribution | null = null;
  // an attribution after the quote that names its speaker, or follows a comma, wins whatever
  // comes before the quote: the words before are read only when they may count (they lie in the
  // quote's sentence or the one before, whose referents no later quote changes, so reading them
  // or not changes nothing else)
  if (after && !according && (after.speaker || closedWithComma())) at = after;
  else {
    const before = attributeBefore(a, refs, openTok);
    // "Erdogan told Putin that “…,” according to a statement from his office": a speaker named with
    // a speech verb before the quote outranks the source "according to" gives after it
    if (according && before?.speaker && before.cue) at = { ...before };
    else if (after && (after.speaker || closedWithComma() || !before)) at = after;
    else if (before) at = before;
    else at = after;
  }
  // no named speaker, or only an outlet: the subject of the clause the quote sits in
  if (!at || (!at.speaker && !at.rule.includes('compound') && !at.rule.includes('unresolved'))) {
    const clause = attributeClause(a, refs, openTok);
    if (clause && (clause.speaker || !at)) at = { ...clause, via: at?.via ?? clause.via, cue: at?.cue ?? clause.cue, rule: at ? `${at.rule}+${clause.rule}` : clause.rule };
  }
  return at ?? { ...NONE };
}

/** Tokens after the closing mark up to the end of its sentence: "…,” Osama Hamdan, a senior…, said early Friday." */
function attributeAfter(a: Readonly<Analysis>, refs: Referents, q: RawQuote, closeTok: number): Attribution | null {
  const toks = a.tokens;
  let i = tokenFrom(toks, closeTok, q.close + 1);
  const para = a.paragraphs[q.lastParagraph];
  const limit = Math.min(toks.length, i + 40);
  let end = i;
  while (end < limit && toks[end].start < para.end && !CLAUSE_END.has(toks[end].text) && !OPENING_MARK.has(toks[end].text)) end++;
  while (i < end && (toks[i].text === ',' || toks[i].text === '—' || toks[i].text === '-')) i++;
  if (i >= end) return null;
  // "“…,” which he claimed…", "“…” as he termed it": a relative clause, not an attribution
  if (/^(which|that|who|as|when|while|because|but|and)$/i.test(toks[i].text)) return null;
  // "“…,” according to a Hezbollah statement" / "according to IRNA": the source, or the outlet
  if (toks[i].lower === 'according' && toks[i + 1]?.lower === 'to') {
    let from = i + 2;
    if (/^(a|an|the)$/i.test(toks[from]?.text ?? '') && /^(statement|report)s?$/i.test(toks[from + 1]?.text ?? '') && /^(by|from|of)$/i.test(toks[from + 2]?.text ?? '')) from += 3;
    let to = from;
    while (to < end && toks[to].text !== ',') to++;
    if (to <= from) return null;
    const np = readNP(a, refs, from, to, true);
    if (np.via || !np.ref) return null; // an outlet: credit, not speaker (creditIn reads it)
    return { speaker: np.ref.actor, speakerSpan: np.span, via: null, cue: null, rule: `after-according-${np.rule}`, attributed: true };
  }
  // after a quote that ends its sentence, a new sentence attributes it only if it ends right after:
  // "“…!” Khamenei said." — not "“….” He later tweeted, “…”"
  const endsSentence = endsWithMark(a.doc.text, q.parts[q.parts.length - 1].start, q.close, '.!?…');
  if (endsSentence && (end >= toks.length || OPENING_MARK.has(toks[end].text) || end - i > 6)) return null;
  // after a quote ending a sentence, a capitalised clause is a new sentence unless it attributes at once
  // find the first verb outside a relative clause or apposition
  let c = -1;
  for (let k = i; k < end; k++) {
    if (toks[k].text === ',' && k + 1 < end && /^(who|which|whose)$/i.test(toks[k + 1].text)) {
      let j = k + 2;
      while (j < end && toks[j].text !== ',') j++;
      k = j;
      continue;
    }
    if (isVerb(toks[k])) { c = k; break; }
  }
  if (c < 0 || !isCue(toks[c])) {
    // "…,” the semi-official Fars news agency reported" has a cue; anything else is not attribution
    if (c >= 0 && toks[c].pos === 'AUX' && c + 1 < end && isCue(toks[c + 1])) c = c + 1;
    else return null;
  }
  // "“…”, adding: “…”" / "“…”, saying that…": a participle after a quote introduces more words
  if (/ing$/i.test(toks[c].text)) return null;
  const cue = cueOf(toks[c]);
  const lemma = toks[c].lemma.toLowerCase();
  // the clause after the cue must be short: "said X", "said X in a statement", "he said, according to…"
  let npStart: number;
  let npEnd: number;
  let inverted = false;
  if (c === i || (c === i + 1 && toks[i].pos === 'ADV')) {
    inverted = true;
    npStart = c + 1;
    npEnd = npStart;
    while (npEnd < end && toks[npEnd].text !== ',' && !(toks[npEnd].pos === 'ADP' && toks[npEnd].lower !== 'of') && !isVerb(toks[npEnd]) && toks[npEnd].pos !== 'SCONJ') npEnd++;
    // "said Iran’s foreign minister, Hossein Amir-Abdollahian": the name after the comma is the speaker
    const m = npEnd + 1 < end && toks[npEnd].text === ',' ? refs.mentionAt(toks[npEnd + 1].start) : null;
    if (m && refs.actor(m.actor)?.type === 'person') {
      npStart = npEnd + 1;
      npEnd = firstTokenAt(toks, m.end);
    }
  } else {
    npStart = i;
    npEnd = c;
    if (toks[c - 1]?.pos === 'AUX') npEnd = c - 1;
  }
  if (npEnd <= npStart) return { ...NONE, cue, rule: 'after-unnamed', attributed: true };
  const np = readNP(a, refs, npStart, npEnd, inverted);
  let at: Attribution = { speaker: np.ref?.actor ?? null, speakerSpan: np.span, via: np.via, cue, rule: `after-${np.rule}`, attributed: true };
  // "state TV quoted Khamenei as saying"
  if (np.via && RELAY_LEMMAS.has(lemma) && !inverted) {
    let k = c + 1;
    while (k < end && toks[k].lower !== 'as') k++;
    if (k < end && k > c + 1) {
      const obj = readNP(a, refs, c + 1, k, false);
      if (obj.ref) at = { ...at, speaker: obj.ref.actor, speakerSpan: obj.span, rule: `after-relay-${obj.rule}` };
    }
  }
  if (np.via && !at.speaker) at.rule = `media-${at.rule}`;
  return at;
}

/** "Dr. Kharazi stated: “…”", "He said: “…”", "Khamenei responded, “…”", "The source told Shafaq News, “…”". */
function attributeBefore(a: Readonly<Analysis>, refs: Referents, openTok: number): Attribution | null {
  const toks = a.tokens;
  let sent = a.sentences[toks[openTok]?.sentence ?? -1];
  if (!sent) return null;
  // "Zarif wrote on Twitter:" closing the paragraph before, and the quote as the next paragraph
  if (sent.tokenStart === openTok && openTok > 0 && toks[openTok - 1].text === ':') sent = a.sentences[toks[openTok - 1].sentence] ?? sent;
  let k = openTok - 1;
  while (k >= sent.tokenStart && (toks[k].text === ',' || toks[k].text === ':' || toks[k].lower === 'that')) k--;
  if (k < sent.tokenStart) return null;
  let c = -1;
  if (isCue(toks[k])) c = k;
  else {
    // "told Shafaq News," / "told reporters:" / "said in a statement:" — a cue a few words back
    for (let j = k - 1; j >= sent.tokenStart && j >= k - 5; j--) {
      if (isVerb(toks[j]) && !isCue(toks[j])) break;
      if (isCue(toks[j])) { c = j; break; }
    }
  }
  if (c < 0) {
    // "According to Khamenei, “…”" / "According to IRNA, “…”": the source speaks, an outlet is the credit
    // "According to the Russian top diplomat, Moscow and Pyongyang “will continue…”": a sentence
    // that opens with its source attributes the quotes in it
    if (toks[sent.tokenStart]?.lower === 'according' && toks[sent.tokenStart + 1]?.lower === 'to') {
      let e = sent.tokenStart + 2;
      while (e < openTok && e < sent.tokenStart + 14 && toks[e].text !== ',') e++;
      if (e < openTok && toks[e].text === ',' && e > sent.tokenStart + 2) {
        const np = readNP(a, refs, sent.tokenStart + 2, e, true);
        if (np.ref) return { speaker: np.ref.actor, speakerSpan: np.span, via: null, cue: null, rule: `before-according-opening-${np.rule}`, attributed: true };
        if (np.via) return { ...NONE, via: np.via, rule: 'before-according-opening-outlet', attributed: false };
      }
    }
    for (let j = openTok - 2; j >= sent.tokenStart && j >= openTok - 12; j--) {
      if (toks[j].lower !== 'according' || toks[j + 1]?.lower !== 'to') continue;
      let e = openTok - 1;
      while (e > j + 2 && /^[,:]$/.test(toks[e - 1].text)) e--;
      if (toks[openTok - 1].text !== ',' && toks[openTok - 1].text !== ':') break;
      const np = readNP(a, refs, j + 2, e, true);
      if (np.via) return { ...NONE, via: np.via, rule: 'before-according-outlet', attributed: false };
      if (np.ref) return { speaker: np.ref.actor, speakerSpan: np.span, via: null, cue: null, rule: `before-according-${np.rule}`, attributed: true };
      break;
    }
    // a headline's "Khamenei: “…”" — a lone name and a colon before the quote
    if (toks[openTok - 1]?.text === ':') {
      const m = refs.mentionAt(toks[sent.tokenStart].start);
      const x = m ? refs.actor(m.actor) : undefined;
      if (m && x && firstTokenAt(toks, m.end) === openTok - 1 && x.type !== 'place') {
        if (isOutlet(a, x)) return { ...NONE, via: x.name, rule: 'before-colon-outlet', attributed: false };
        return { speaker: x.id, speakerSpan: { start: m.start, end: m.end }, via: null, cue: null, rule: 'before-colon-name', attributed: true };
      }
    }
    return null;
  }
  const cue = cueOf(toks[c]);
  const word = toks[c].lower;
  const subs = refs.subjects(toks[c].sentence);
  // "…, saying “…”": a participle takes the subject of its clause
  if (word.endsWith('ing') && c >= 1 && toks[c - 1].lower === 'as') {
    // "IRNA quoted President Ebrahim Raisi as saying: “…”": the object of the relay verb speaks
    let j = c - 2;
    while (j >= sent.tokenStart && j > c - 12 && !isCue(toks[j])) j--;
    if (j >= sent.tokenStart && isCue(toks[j])) {
      const np = readNP(a, refs, j + 1, c - 1, true);
      const relay = subs.find((s) => s.verb === j);
      const via = relay ? outletOf(a, refs, relay.tokenStart, relay.tokenEnd) : null;
      if (np.ref) return { speaker: np.ref.actor, speakerSpan: np.span, via, cue, rule: `before-relay-${np.rule}`, attributed: true };
    }
  }
  // a participle ("…, saying “…”") takes the subject of the main clause
  const sub = word.endsWith('ing') ? subs.find((s) => s.verb < c && !s.compound) : subs.find((s) => s.verb === c || (s.verb === c - 1 && toks[c - 1].pos === 'AUX'));
  if (!sub) {
    // "Peskov said that Moscow “…” but warned against “…”": a cue joined by "but"/"and" shares the
    // subject of the speech verb before it, not of the clause it reported
    const joiner = toks[c - 1]?.lower;
    if (joiner === 'but' || joiner === 'and') {
      const prev = subs.filter((x) => x.verb < c - 1 && isCue(toks[x.verb]) && !x.compound).pop();
      if (prev) {
        const np = readNP(a, refs, prev.tokenStart, prev.tokenEnd, false);
        if (np.ref) return { speaker: np.ref.actor, speakerSpan: np.span, via: np.via, cue, rule: `before-coordinated-cue-${np.rule}`, attributed: true };
      }
    }
    // "Burhan, who has repeatedly vowed to fight “…”": the name a relative clause hangs on speaks
    for (let j = c - 1; j > sent.tokenStart + 1 && j > c - 10; j--) {
      if (toks[j].text === ',' || QUOTE_MARK.has(toks[j].text)) break;
      if (toks[j].lower !== 'who' || toks[j - 1].text !== ',') continue;
      const m = refs.mentionAt(toks[j - 2].start);
      if (m && m.end === toks[j - 2].end) return { speaker: m.actor, speakerSpan: { start: m.start, end: m.end }, via: null, cue, rule: 'before-relative-clause-name', attributed: true };
      break;
    }
    return { ...NONE, cue, rule: 'before-unnamed', attributed: true };
  }
  if (sub.compound) return { ...NONE, cue, rule: 'before-compound-subject', attributed: true };
  const withApposition = toks[sub.tokenEnd]?.text === ',' && sub.verb > sub.tokenEnd;
  const np = readNP(a, refs, sub.tokenStart, withApposition ? sub.verb : sub.tokenEnd, false);
  const rule = `before-${np.rule}`;
  return { speaker: np.ref?.actor ?? null, speakerSpan: np.span, via: np.via, cue, rule: np.via && !np.ref ? `media-${rule}` : rule, attributed: true };
}

/** A partial quote inside a clause: the clause's subject is the speaker ("Zarif … hailed the “…”"). */
function attributeClause(a: Readonly<Analysis>, refs: Referents, openTok: number): Attribution | null {
  const toks = a.tokens;
  const t = toks[openTok];
  if (!t) return null;
  const subs = refs.subjects(t.sentence).filter((s) => s.verb <= openTok);
  // "Iranian state media said Haniyeh … “briefed…”": the outlet is the credit, not the speaker
  let via: string | null = null;
  for (const s of subs) {
    if (!isCue(toks[mainVerb(toks, s.verb)])) continue;
    const v = outletOf(a, refs, s.tokenStart, s.tokenEnd);
    if (v) { via = v; break; }
  }
  // "Qassem told a rally that the group was “at the heart of the battle”": the quote sits in a
  // reported clause, so the subject of the speech verb speaks, not the clause's own subject
  // (unless the quote is the predicate itself: "state media said Haniyeh “briefed…”")
  const nearest = subs[subs.length - 1];
  if (nearest && toks[nearest.verb] && !QUOTE_MARK.has(toks[nearest.verb].text) && !isCue(toks[mainVerb(toks, nearest.verb)])) {
    for (let k = subs.length - 2; k >= 0; k--) {
      if (!isCue(toks[mainVerb(toks, subs[k].verb)])) continue;
      if (subs[k].compound) break;
      const np = readNP(a, refs, subs[k].tokenStart, subs[k].tokenEnd, false);
      if (np.via && !np.ref) break;
      // "the Russian official said Moscow valued …": a reporter the text does not name, not the reported subject
      return { speaker: np.ref?.actor ?? null, speakerSpan: np.ref ? np.span : null, via, cue: cueOf(toks[mainVerb(toks, subs[k].verb)]), rule: `clause-reporting-${np.rule}`, attributed: true };
    }
    // "Tamim … conveyed his thanks and said Doha looked forward to “…”": a speech verb with no
    // subject of its own right before the clause; the subject of the verb it is joined to speaks
    let c = nearest.tokenStart - 1;
    if (toks[c]?.lower === 'that') c--;
    const prev = subs[subs.length - 2];
    if (toks[c] && isCue(toks[c]) && prev && !prev.compound && prev.verb < c && toks.slice(prev.verb + 1, c).some((x) => x.lower === 'and')) {
      const np = readNP(a, refs, prev.tokenStart, prev.tokenEnd, false);
      if (np.ref) return { speaker: np.ref.actor, speakerSpan: np.span, via, cue: cueOf(toks[c]), rule: `clause-joined-reporting-${np.rule}`, attributed: true };
    }
  }
  for (let k = subs.length - 1; k >= 0; k--) {
    const s = subs[k];
    if (s.compound) return { ...NONE, rule: 'clause-compound-subject', attributed: true };
    const np = readNP(a, refs, s.tokenStart, s.tokenEnd, false);
    if (np.via && !np.ref) continue; // "state media said Haniyeh … “briefed…”": the outlet is not the subject of the quote
    return { speaker: np.ref?.actor ?? null, speakerSpan: np.span, via, cue: toks[s.verb] && !QUOTE_MARK.has(toks[s.verb].text) ? cueOf(toks[mainVerb(toks, s.verb)]) : null, rule: `clause-${np.rule}`, attributed: true };
  }
  return null;
}

/** The person subject of the sentence right before a quote (same or previous paragraph), if any. */
function previousPersonSubject(a: Readonly<Analysis>, refs: Referents, openTok: number): { ref: Referent; span: Span } | null {
  const toks = a.tokens;
  const s = toks[openTok]?.sentence ?? -1;
  const prev = a.sentences[s - 1];
  if (!prev || prev.boilerplate || a.sentences[s].paragraph - prev.paragraph > 1) return null;
  const sub = refs.subjects(prev.index).find((x) => !x.compound);
  if (!sub || sub.tokenStart - prev.tokenStart > 8) return null; // the main clause's subject, near the start
  const r = refs.subjectActor(sub);
  if (!r || refs.actor(r.actor)?.type !== 'person') return null;
  return { ref: r, span: { start: toks[sub.tokenStart].start, end: toks[sub.tokenEnd - 1].end } };
}

/** The quote's own first subject: "Ayatollah Khamenei praised the steadfastness…" */
function contentSubject(a: Readonly<Analysis>, refs: Referents, span: Span): { ref: Referent; span: Span } | null {
  const toks = a.tokens;
  const first = firstTokenAt(toks, span.start);
  for (let i = first; i < toks.length && i <= first + 2; i++) {
    const s = refs.subjectAt(i);
    if (!s) continue;
    const r = refs.subjectActor(s);
    if (!r) return null;
    return { ref: r, span: { start: toks[s.tokenStart].start, end: toks[s.tokenEnd - 1].end } };
  }
  return null;
}

interface NP {
  ref: Referent | null;
  span: Span | null;
  via: string | null;
  rule: string;
}

/** The end of a phrase's head segment: up to the first comma (an apposition follows it). */
function headEnd(toks: readonly Token[], start: number, end: number): number {
  let e = start;
  while (e < end && toks[e].text !== ',') e++;
  return e;
}

/**
 * The outlet a head segment names, else null: an agency in it, or a media word as its head
 * ("state TV", "the semi-official Fars news agency" — not "a news conference").
 */
function headOutlet(a: Readonly<Analysis>, refs: Referents, start: number, e: number): string | null {
  const toks = a.tokens;
  const agency = outletIn(a, refs, start, e);
  if (agency) return agency;
  if (!MEDIA_WORDS.has(toks[e - 1].lower)) return null;
  return a.doc.text.slice(toks[start].start, toks[e - 1].end).replace(/^the\s+/i, '');
}

/**
 * `readNP(…).via` without resolving the phrase's referent, for callers that only ask whether a
 * subject is an outlet: a name, pronoun or description costs a resolution the answer never needs.
 */
function outletOf(a: Readonly<Analysis>, refs: Referents, start: number, end: number): string | null {
  const e = headEnd(a.tokens, start, end);
  return e === start ? null : headOutlet(a, refs, start, e);
}

/** Tokens after a name that make it a possessive ("Hamas’ statement", "Iran's"): `/^['’]s?$/`. */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Prepositions that end a description's head ("the senior representative of Hamas"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'from', 'at', 'with', 'to']);

/** Is some word of tokens [start, end) in `words` (lower case)? */
function anyIn(toks: readonly Token[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let k = start; k < end; k++) if (words.has(toks[k].lower)) return true;
  return false;
}

/**
 * A lower-case plural's singular as `w.replace(/(?<=[a-z]{3})(?:e?s)$/, '')` gives it: "es" off
 * after three letters, else "s" off after three letters ("ministers" → "minister",
 * "witnesses" → "witness", "yes" stays).
 */
function singularOf(w: string): string {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115) return w; // (no "s" at the end with three letters before)
  if (n >= 5 && w.charCodeAt(n - 2) === 101 && threeSmallLetters(w, n - 5)) return w.slice(0, n - 2);
  if (threeSmallLetters(w, n - 4)) return w.slice(0, n - 1);
  return w;
}
function threeSmallLetters(w: string, at: number): boolean {
  for (let i = at; i < at + 3; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Reads a speaker phrase: a name ("Afghan political analyst Atta Noori"), a pronoun ("he"),
 * a description ("the senior representative of Hamas in Lebanon"), an organisation's statement
 * ("Hamas’ statement"), or an outlet ("Iran's state TV", "the semi-official Fars news agency").
 */
function readNP(a: Readonly<Analysis>, refs: Referents, start: number, end: number, inverted: boolean): NP {
  const toks = a.tokens;
  const e = headEnd(toks, start, end);
  if (e === start) return { ref: null, span: null, via: null, rule: 'unnamed' };
  const span = { start: toks[start].start, end: toks[e - 1].end };
  // an outlet?
  const via = headOutlet(a, refs, start, e);
  if (via) return { ref: null, span, via, rule: 'media' };
  // a pronoun
  if (e - start === 1 && PRONOUNS[toks[start].lower]) {
    const r = refs.resolve(toks[start].start);
    return { ref: r, span, via: null, rule: r ? r.rule : 'pronoun-unresolved' };
  }
  // names in the phrase
  const ms: { actor: string; span: Span; possessive: boolean }[] = [];
  for (let k = start; k < e; k++) {
    const m = refs.mentionAt(toks[k].start);
    if (!m) continue;
    if (ms.length && ms[ms.length - 1].span.start === m.start) continue;
    const after = toks[k + 1];
    ms.push({ actor: m.actor, span: { start: m.start, end: m.end }, possessive: false });
    while (k + 1 < e && toks[k + 1].end <= m.end) k++;
    if (after && POSSESSIVE_MARKS.has(toks[k + 1]?.text ?? '')) ms[ms.length - 1].possessive = true;
  }
  // "Hamas’ statement read", "the Hamas statement said", "said Hamas in a statement"
  if (ms.length && anyIn(toks, start, e, STATEMENT_NOUNS)) {
    const m = ms[0];
    return { ref: { actor: m.actor, rule: 'statement' }, span: m.span, via: null, rule: 'statement' };
  }
  // "the senior representative of Hamas in Lebanon", "the Iranian minister", "the Ayatollah":
  // a description, resolved against the actors' roles and titles, else no speaker (never a guess)
  const det = ARTICLES.has(toks[start].lower);
  let ofAt = -1; // (the first preposition's place in the phrase)
  for (let k = start; k < e; k++) if (HEAD_ENDS.has(toks[k].lower)) { ofAt = k - start; break; }
  // the head word: the last before a preposition after the first word, else the last
  const headWord = toks[ofAt > 0 ? start + ofAt - 1 : e - 1].lower;
  const singular = singularOf(headWord);
  const headDescribes = isDescriptionHead(headWord);
  const singularDescribes = singular === headWord ? headDescribes : isDescriptionHead(singular);
  // "officials said", "the two leaders said": a plural is nobody in particular
  if (singular !== headWord && singularDescribes && !headDescribes && !refs.mentionAt(toks[e - 1].start)) return { ref: null, span, via: null, rule: 'plural-unresolved' };
  const describes = headDescribes || GROUP_NOUNS.has(headWord) || singularDescribes;
  const startsWithName = ms.length > 0 && ms[0].span.start === toks[start].start && !ms[0].possessive;
  // "Hamas representatives", "a Taliban spokesman": the name modifies a description of someone else
  const headIsCommon = !refs.mentionAt(toks[e - 1].start) && toks[e - 1].pos === 'NOUN';
  if ((det && describes) || (ofAt > 0 && describes && !startsWithName) || (describes && headIsCommon)) {
    // "the spokesman for Iran's foreign ministry, Nasser Kanaani, said": the name in apposition
    if (e < end && toks[e].text === ',' && e + 1 < end) {
      const m = refs.mentionAt(toks[e + 1].start);
      const x = m ? refs.actor(m.actor) : undefined;
      const after = m ? toks[firstTokenAt(toks, m.end)] : undefined;
      if (m && x?.type === 'person' && (!after || after.text === ',' || after.start >= toks[end - 1].end)) {
        return { ref: { actor: x.id, rule: 'appositive-name' }, span: { start: m.start, end: m.end }, via: null, rule: 'appositive-name' };
      }
    }
    const r = refs.resolve(toks[start].start, a.doc.text.slice(span.start, span.end));
    if (r) return { ref: r, span, via: null, rule: r.rule };
    return { ref: null, span, via: null, rule: 'description-unresolved' };
  }
  // the last name that is not a possessive or a demonym ("the Iranian …")
  for (let k = ms.length - 1; k >= 0; k--) {
    const pick = ms[k];
    if (pick.possessive || gazetteerFor(a).demonym(a.doc.text.slice(pick.span.start, pick.span.end))) continue;
    return { ref: { actor: pick.actor, rule: 'name' }, span: pick.span, via: null, rule: 'name' };
  }
  return { ref: null, span, via: null, rule: 'unresolved' };
}

/** The gazetteer of the article last asked about: the phrases of one article ask many times in a row. */
let gazetteerDoc: object | null = null;
let gazetteer: ArticleGazetteer | null = null;

/** The article's gazetteer (shared with the other stages that ask). */
function gazetteerFor(a: Readonly<Analysis>): ArticleGazetteer {
  if (gazetteerDoc !== a.doc || !gazetteer) {
    gazetteer = gazetteerOf(a.doc);
    gazetteerDoc = a.doc;
  }
  return gazetteer;
}

/** `agencyByName`, remembered for the article (shared with the other stages that ask). */
function agencyIn(a: Readonly<Analysis>, text: string): Agency | null {
  return gazetteerFor(a).agency(text);
}

/**
 * What the stage remembers about the article it reads (a run reads one article at a time, and
 * asks about it many times): whether each actor is an outlet, and each sentence's credit cues.
 */
interface ArticleMemo {
  a: object;
  toks: readonly Token[];
  outlets: Map<string, boolean>;
  /** Per sentence, its credit cues and what each credits. */
  creditCues: Map<number, SentenceCredits>;
}
interface SentenceCredits {
  /** (cue token, first token of the credited phrase) pairs, flat. */
  cues: number[];
  /** Per cue, what it credits (an outlet, POINTS_BACK, or null); undefined until read. */
  reads: (string | null | typeof POINTS_BACK | undefined)[];
}
let articleMemo: ArticleMemo | null = null;
function memoFor(a: Readonly<Analysis>): ArticleMemo {
  if (!articleMemo || articleMemo.a !== a || articleMemo.toks !== a.tokens) articleMemo = { a, toks: a.tokens, outlets: new Map(), creditCues: new Map() };
  return articleMemo;
}
/**
 * Is the actor a news outlet? By the lexicon, by its name ("Shafaq News", "Fars News Agency"),
 * or because the article names it with a media word ("the Saudi-owned A-sharq Al Aswat daily").
 * Computed once per actor of an analysis, when first asked.
 */
function isOutlet(a: Readonly<Analysis>, x: Actor): boolean {
  const outlets = memoFor(a).outlets;
  let hit = outlets.get(x.id);
  if (hit === undefined) outlets.set(x.id, (hit = readsAsOutlet(a, x)));
  return hit;
}

function readsAsOutlet(a: Readonly<Analysis>, y: Actor): boolean {
  if (y.type !== 'organization') return false; // outlets are organizations
  if (agencyIn(a, y.name) || y.aliases.some((n) => agencyIn(a, n)) || MEDIA_WORDS.has(lastWordOf(y.name.toLowerCase()))) return true;
  for (const m of y.mentions) {
    // the mention's first token, and the token at its end read on from it
    const first = firstTokenAt(a.tokens, m.start);
    const t = m.end >= m.start ? tokenFrom(a.tokens, first, m.end) : firstTokenAt(a.tokens, m.end);
    const w = a.tokens[t];
    if (w && w.start - m.end <= 1 && MEDIA_WORDS.has(w.lower) && w.lower !== 'report') return true;
    // "the newspaper O Globo", "broadcaster EBC": a media word right before the name
    const b = a.tokens[first - 1];
    if (b && m.start - b.end <= 1 && MEDIA_WORDS.has(b.lower) && b.lower !== 'report') return true;
  }
  return false;
}

/** The words after a text's last white space (`s.split(/\s+/).pop()`, without the list). */
function lastWordOf(s: string): string {
  let i = s.length;
  while (i > 0 && !SPACE.test(s[i - 1])) i--;
  return i === 0 ? s : s.slice(i);
}

/** The outlet named in a token range, as the actor's name when it is an actor, else from the lexicon. */
function outletIn(a: Readonly<Analysis>, refs: Referents, start: number, end: number): string | null {
  const toks = a.tokens;
  for (let k = start; k < end; k++) {
    const m = refs.mentionAt(toks[k].start);
    if (m) {
      const x = refs.actor(m.actor);
      if (agencyIn(a, m.text) || (x && isOutlet(a, x))) return x?.name ?? m.text;
      while (k + 1 < end && toks[k + 1].end <= m.end) k++;
    }
  }
  // the lexicon on the words themselves: "the Fars news agency", "Mehr"; a window the agencies'
  // first-word filter rejects (as `agency` would) is not sliced out and looked up at all
  const text = a.doc.text;
  for (let k = start; k < end; k++) {
    if (!toks[k].cap) continue;
    for (let j = Math.min(end, k + 6); j > k; j--) {
      if (!mayBeAgency(text, toks[k].start, toks[j - 1].end)) continue;
      const hit = agencyIn(a, text.slice(toks[k].start, toks[j - 1].end));
      if (hit) return hit.name;
    }
  }
  return null;
}

/**
 * The outlet a sentence credits: "according to IRNA", "reported The Tehran Times",
 * "was quoted by IRNA", "told Shafaq News", "cited by the country’s Tasnim news agency".
 * "according to the report" points back to the outlet credited last.
 */
/** The outlets credited anywhere in the article, with where: the antecedents of "the report". */
interface Credit {
  at: number;
  via: string;
  sentence: number;
  /** Whom the outlet is credited for ("The Ayatollah was also cited by Tasnim…"), when the sentence says. */
  speaker: string | null;
}

const CREDIT_WORDS = ['according', 'told', 'quoted', 'cited', 'reported', 'reports', 'carried', 'broadcast', 'aired', 'interview', 'speaking', 'talking', 'remarks'];
/** The credit words and the media words, one look-up per token. */
const CREDIT_OR_MEDIA: ReadonlySet<string> = new Set([...CREDIT_WORDS, ...MEDIA_WORDS]);
/** A cheap test before reading a sentence for credits: a credit word, a media word or an outlet's name. */
function mayCredit(a: Readonly<Analysis>, refs: Referents, start: number, end: number): boolean {
  const toks = a.tokens;
  for (let k = start; k < end; k++) {
    const w = toks[k].lower;
    if (CREDIT_OR_MEDIA.has(w)) return true;
    if (toks[k].cap) {
      const m = refs.mentionAt(toks[k].start);
      const x = m ? refs.actor(m.actor) : undefined;
      if (x && isOutlet(a, x)) return true;
    }
  }
  return false;
}

/** The credits of one sentence, read on demand and kept. (A module-level class: see shared/keep-last.ts.) */
class CreditReader {
  private readonly memo = new Map<number, Credit[]>();
  constructor(private readonly a: Readonly<Analysis>, private readonly refs: Referents) {}

  of(sentence: number): Credit[] {
    let v = this.memo.get(sentence);
    if (!v) this.memo.set(sentence, (v = creditsOf(this.a, this.refs, sentence)));
    return v;
  }

  /** Every outlet the article credits, in order: "according to the report" points back to the last one before the offset. */
  lastVia(sentence: number, before: number): string | null {
    for (let s = sentence; s >= 0 && s > sentence - 40; s--) {
      // (credits are in order: the last one before the offset)
      const cs = this.of(s);
      for (let k = cs.length - 1; k >= 0; k--) if (cs[k].at < before) return cs[k].via;
    }
    return null;
  }

  /** The first credit of a sentence for this speaker. */
  forSpeaker(sentence: number, speaker: string | null): Credit | undefined {
    const cs = this.of(sentence);
    for (let k = 0; k < cs.length; k++) if (cs[k].speaker === speaker) return cs[k];
    return undefined;
  }
}

function creditsOf(a: Readonly<Analysis>, refs: Referents, sentence: number): Credit[] {
  const out: Credit[] = [];
  const toks = a.tokens;
  const s = a.sentences[sentence];
  if (s) {
    if (s.boilerplate || !mayCredit(a, refs, s.tokenStart, s.tokenEnd)) return out;
    const found: Credit[] = [];
    const subs = refs.subjects(s.index);
    // an outlet as the subject of a speech verb: "IRNA reported"
    for (const sub of subs) {
      const v = toks[sub.verb];
      if (!v || !isCue(v)) continue;
      const via = outletOf(a, refs, sub.tokenStart, sub.tokenEnd);
      if (via) found.push({ at: toks[sub.tokenStart].start, via, sentence: s.index, speaker: null });
    }
    // the sentence of its first token (no quote's words to pass over, no antecedent for "the report")
    const first = toks[s.tokenStart];
    const via = first ? creditInSentence(a, refs, first.sentence, 0, 0, null, -1, -1) : null;
    if (via) found.push({ at: s.start, via, sentence: s.index, speaker: null });
    if (!found.length) return out;
    // whom the credits are for: the first single subject that is someone (an outlet is no one),
    // read only for a sentence that credits an outlet
    let speaker: string | null = null;
    for (const sub of subs) {
      if (!toks[sub.verb] || sub.compound) continue;
      const np = readNP(a, refs, sub.tokenStart, sub.tokenEnd, false);
      if (np.ref) { speaker = np.ref.actor; break; }
    }
    for (const c of found) out.push({ at: c.at, via: c.via, sentence: c.sentence, speaker });
  }
  // (the credits are found by subject and then in the sentence's words: sorted only when out of order)
  for (let k = 1; k < out.length; k++) if (out[k - 1].at > out[k].at) return out.sort((x, y) => x.at - y.at);
  return out;
}

/** The outlet credited for a quote; "the report" points back to the last one `credits` read before its opening mark. */
function creditIn(a: Readonly<Analysis>, refs: Referents, q: RawQuote, openTok: number, closeTok: number, credits: CreditReader): string | null {
  const toks = a.tokens;
  // the sentences of the opening mark, of the closing one and of the words after it, each once
  const s1 = toks[openTok] ? toks[openTok].sentence : -1;
  let s2 = -1;
  let s3 = -1;
  // the quote's own words are no credit: its tokens (one run, as tokens are in order) are jumped
  // over. They run from the first token after the opening mark to the closing mark's token; both
  // are found by reading on from the mark's tokens (`firstTokenAt` of the offsets).
  const qs = q.parts[0].start;
  const qe = q.parts[q.parts.length - 1].end;
  const inStart = qs >= q.open ? tokenFrom(toks, openTok, qs) : firstTokenAt(toks, qs);
  let inEnd: number;
  if (q.close >= 0) {
    if (toks[closeTok]) s2 = toks[closeTok].sentence;
    const nt = tokenFrom(toks, closeTok, q.close + 1);
    const ends = endsWithMark(a.doc.text, q.parts[q.parts.length - 1].start, q.close, '.!?');
    if (toks[nt] && !ends) s3 = toks[nt].sentence;
    inEnd = qe === q.close ? closeTok : firstTokenAt(toks, qe);
  } else inEnd = firstTokenAt(toks, qe);
  if (inEnd > inStart && toks[inEnd - 1].end > qe) inEnd--; // a token across the end is not inside
  if (s1 >= 0) {
    const via = creditInSentence(a, refs, s1, inStart, inEnd, credits, s1, q.open);
    if (via) return via;
  }
  if (s2 >= 0 && s2 !== s1) {
    const via = creditInSentence(a, refs, s2, inStart, inEnd, credits, s1, q.open);
    if (via) return via;
  }
  if (s3 >= 0 && s3 !== s1 && s3 !== s2) return creditInSentence(a, refs, s3, inStart, inEnd, credits, s1, q.open);
  return null;
}

/** The first token at or after `offset`, read on from token `k` (no token before `k` starts there or after). */
function tokenFrom(toks: readonly Token[], k: number, offset: number): number {
  while (k < toks.length && toks[k].start < offset) k++;
  return k;
}

/** Words before "by" that credit what follows ("quoted by"), as `CREDIT_BY` tests them, lower case. */
const CREDIT_BY_WORDS: ReadonlySet<string> = new Set(['quoted', 'cited', 'reported', 'carried', 'published', 'saying', 'broadcast', 'aired']);
const CREDIT_BY = /^(quoted|cited|reported|carried|published|saying|broadcast|aired)$/i;
/** Words before "with"/"to" that credit what follows ("in an interview with CNN"). */
const CREDIT_WITH_WORDS: ReadonlySet<string> = new Set(['interview', 'interviews', 'speaking', 'talking', 'remarks', 'comments', 'statement']);
const CREDIT_WITH = /^(interview|interviews|speaking|talking|remarks|comments|statement)$/i;
/** Words before "on" that credit what follows ("said on state television"). */
const CREDIT_ON_WORDS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'speaking', 'broadcast', 'aired', 'declared', 'announced', 'appeared']);
const CREDIT_ON = /^(said|says|told|speaking|broadcast|aired|declared|announced|appeared)$/i;
/** Does the token's text match `re`? Tried only when its lower case is in `words`: `re` matches no other. */
function wordMatches(t: Token, words: ReadonlySet<string>, re: RegExp): boolean {
  return words.has(t.lower) && re.test(t.text);
}

/**
 * The credit cues of a sentence, found once per article: flat pairs of the cue's token and the
 * first token of the phrase it credits ("according to X", "quoted by X", "told X",
 * "in an interview with X", "said on X").
 */
function creditCues(a: Readonly<Analysis>, s: Readonly<Analysis['sentences'][number]>): SentenceCredits {
  const memo = memoFor(a).creditCues;
  let credits = memo.get(s.index);
  if (credits) return credits;
  const cues: number[] = [];
  const toks = a.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = toks[k].lower;
    // (every cue word is two, four, eight or nine letters long)
    const n = w.length;
    if (n !== 2 && n !== 4 && n !== 8 && n !== 9) continue;
    let from = -1;
    if (w === 'according' && toks[k + 1]?.lower === 'to') from = k + 2;
    else if ((w === 'by' && k > 0 && wordMatches(toks[k - 1], CREDIT_BY_WORDS, CREDIT_BY)) || (w === 'told' || w === 'reported')) from = k + 1;
    // "in an interview with CNN", "speaking to Al Jazeera", "in remarks to state TV"
    else if ((w === 'with' || w === 'to') && k > 0 && wordMatches(toks[k - 1], CREDIT_WITH_WORDS, CREDIT_WITH)) from = k + 1;
    // "said on state television", "in a speech broadcast on ORTM"
    else if (w === 'on' && k > 0 && wordMatches(toks[k - 1], CREDIT_ON_WORDS, CREDIT_ON)) from = k + 1;
    if (from >= 0) cues.push(k, from);
  }
  credits = { cues, reads: new Array(cues.length / 2).fill(undefined) };
  memo.set(s.index, credits);
  return credits;
}

/**
 * The outlet credited in one sentence, its tokens [inStart, inEnd) (a quote's own words) passed
 * over; `credits.lastVia(backFrom, before)` gives the outlet "the report" points back to (null
 * credits: none asked).
 */
function creditInSentence(a: Readonly<Analysis>, refs: Referents, si: number, inStart: number, inEnd: number, credits: CreditReader | null, backFrom: number, before: number): string | null {
  const toks = a.tokens;
  const s = a.sentences[si];
  if (!s) return null;
  const { cues, reads } = creditCues(a, s);
  for (let n = 0; n < reads.length; n++) {
    const k = cues[2 * n];
    if (k >= inStart && k < inEnd) continue;
    // what the cue credits depends on the sentence alone: read once, then remembered
    let read = reads[n];
    if (read === undefined) reads[n] = read = readCredit(a, refs, s, cues[2 * n + 1]);
    if (read === POINTS_BACK) {
      const last = credits ? credits.lastVia(backFrom, before) : null;
      if (last) return last;
      continue;
    }
    if (read) return read;
  }
  return null;
}

/** A credited phrase that points back to the outlet credited before ("according to the report"). */
const POINTS_BACK: unique symbol = Symbol('points back');

/**
 * What a credit cue credits, its phrase starting at token `from`: an outlet ("according to IRNA",
 * "told the semi-official Fars news agency"), POINTS_BACK ("according to the report"), or null.
 */
function readCredit(a: Readonly<Analysis>, refs: Referents, s: Readonly<Analysis['sentences'][number]>, from: number): string | null | typeof POINTS_BACK {
  const toks = a.tokens;
  // "a report by the Hamas affiliated al-Qassam agency": skip "a report by"
  if (/^(a|an)$/i.test(toks[from]?.text ?? '') && /^reports?$/i.test(toks[from + 1]?.text ?? '') && /^(by|in|from)$/i.test(toks[from + 2]?.text ?? '')) from += 3;
  let to = from;
  while (to < s.tokenEnd && to < from + 10 && !/^[,.;:]$/.test(toks[to].text) && toks[to].lower !== 'that' && !OPENING_MARK.has(toks[to].text) && !(isVerb(toks[to]) && toks[to].pos === 'VERB' && !/^(affiliated|run|owned|based)$/i.test(toks[to].text))) to++;
  if (to <= from) return null;
  const phrase = a.doc.text.slice(toks[from].start, toks[to - 1].end);
  if (/^(the\s+)?(report|reports|statement)$/i.test(phrase)) return POINTS_BACK;
  const outlet = outletIn(a, refs, from, to);
  if (outlet) return outlet;
  const words = phrase.toLowerCase().split(/\s+/);
  if (MEDIA_WORDS.has(words[words.length - 1])) return phrase.replace(/^(the|a)\s+/i, '');
  return null;
}

/**
 * Reported speech: "Khamenei said the Islamic Republic has no hesitation…", "Shamkhani described
 * the plan as a failed plan". A subject, a reporting verb and the clause it reports, outside
 * quotation marks. Written with `direct: false`; the content span is the reported clause.
 */
export function indirectQuotes(a: Readonly<Analysis>, direct: readonly Quote[], shared?: Referents): Quote[] {
  const toks = a.tokens;
  let refs = shared ?? null;
  const out: Quote[] = [];
  for (const s of a.sentences) {
    if (s.boilerplate) continue;
    // What a reporting verb reports depends on the verb and the words after it, not on its
    // subject: the clauses are read first, and the sentence's subjects (the costly part) only
    // when some verb reports one ("“…,” he said." reports nothing: no subject is read).
    let clauses: ReportedClause[] | null = null;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!isReportingVerb(toks[k])) continue;
      const clause = reportedClause(a, direct, s, k);
      if (clause) (clauses ??= []).push(clause);
    }
    if (!clauses) continue;
    refs ??= referents(a, { exclude: direct.map((q) => q.span) });
    for (const sub of refs.subjects(s.index)) {
      let clause: ReportedClause | null = null;
      for (const x of clauses) if (x.verb === sub.verb) clause = x;
      if (!clause) continue;
      if (sub.compound) continue;
      const vt = toks[sub.verb];
      const span = clause.span;
      const np = readNP(a, refs, sub.tokenStart, sub.tokenEnd, false);
      out.push({
        id: `r${out.length + 1}`,
        text: a.doc.text.slice(span.start, span.end),
        span,
        speaker: np.ref?.actor ?? null,
        via: np.via,
        direct: false,
        cue: cueOf(vt),
        speakerSpan: np.span,
        rule: `reported-${np.rule}`,
      });
    }
  }
  return out;
}

/** Punctuation a reported clause does not end with. */
const CLAUSE_TRAIL: ReadonlySet<string> = new Set([',', ';', ':', '—', '-']);
/** Tags before a word that make a verb tag on it a mistagged noun ("the Palestinian cause"). */
const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADP']);
/** A day or preposition opening the words after a verb: an adjunct, not a reported clause ("said on Sunday"). */
const WHEN_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|on|in|at)$/i;
/** The same words in lower case: the regex is tried only on them (it matches no other token's text). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'on', 'in', 'at']);

/** A reporting verb and the clause it reports. */
interface ReportedClause {
  verb: number;
  span: Span;
}

/**
 * The clause a reporting verb at token `v` of sentence `s` reports, outside quotation marks, or
 * null: "told the delegation that…", "said on Sunday that…", "described the plan as…".
 */
function reportedClause(a: Readonly<Analysis>, direct: readonly Quote[], s: Readonly<Analysis['sentences'][number]>, v: number): ReportedClause | null {
  const toks = a.tokens;
  const vt = toks[v];
  let c = v + 1;
  // "told the delegation that…", "said on Sunday that…": skip a short object or adjunct up to "that"
  for (let k = v + 1; k < s.tokenEnd && k <= v + 6; k++) if (toks[k].lower === 'that' && toks[k].pos === 'SCONJ') { c = k + 1; break; }
  if (c === v + 1 && vt.lemma.toLowerCase() === 'point' && toks[c]?.lower === 'out') c++;
  let e = s.tokenEnd;
  while (e > c && SENTENCE_END.has(toks[e - 1].text)) e--;
  // stop before a quotation, which is direct speech
  for (let k = c; k < e; k++) if (OPENING_MARK.has(toks[k].text)) { e = k; break; }
  while (e > c && CLAUSE_TRAIL.has(toks[e - 1].text)) e--;
  if (e - c < 4 || c >= s.tokenEnd) return null;
  // a reported clause has a verb ("said the talks were…"); "reaffirmed his country's support" is an object
  const hasThat = c > v + 1 && toks[c - 1].lower === 'that';
  let clauseVerb = false;
  for (let k = c; k < e - 1 && k < c + 12; k++) {
    // a verb of the clause: not "’s", not a noun mistagged after a determiner or adjective ("the Palestinian cause")
    if (isVerb(toks[k]) && toks[k].text !== "'s" && toks[k].text !== '’s' && !NOUN_MODIFIER_TAGS.has(toks[k - 1].pos)) { clauseVerb = true; break; }
  }
  if (!hasThat && !clauseVerb && vt.lemma.toLowerCase() !== 'describe') return null;
  if (WHEN_WORDS.has(toks[c].lower) && WHEN_WORD.test(toks[c].text)) return null;
  const first = toks[c];
  if (!first || first.pos === 'PUNCT' || first.pos === 'ADP' && vt.lemma.toLowerCase() !== 'describe') return null;
  const span = { start: toks[c].start, end: toks[e - 1].end };
  if (overlapsDirect(direct, span.start, span.end)) return null;
  return { verb: v, span };
}

/** Does [start, end) overlap a direct quote? They are in text order and do not overlap: a binary search finds the one that could. */
function overlapsDirect(direct: readonly Quote[], start: number, end: number): boolean {
  let lo = 0;
  let hi = direct.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (direct[mid].span.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < direct.length && direct[lo].span.start < end;
}
