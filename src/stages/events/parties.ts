// The parties of an event trigger inside one sentence: the actors standing for its subject
// and object, told apart from actors that only modify them ("the secretary of Iran's SNSC",
// "Pakistan President Musharraf", "the head of the Badr Organization").
import type { Actor, ActorType, Analysis, Mention, Token } from '../../model/types.js';
import { OFFICE_HEADS, OFFICE_MODIFIERS, RANKS, HONORIFICS } from '../../lexicons/titles.js';
import { gazetteerOf, type ArticleGazetteer } from '../../lexicons/lookup.js';
import { GROUP_NOUNS, REPORT_VERBS } from '../../lexicons/plover.js';
import { referents, hasWord, wordsOf, type Referents } from '../shared/referents.js';
import { sentenceAt } from '../segment/index.js';

/** An actor reference inside a sentence, by token range. */
export interface Ref {
  actor: string;
  type: ActorType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** name, pronoun or description, and how it was resolved. */
  how: string;
  /** Only modifies another phrase: "of Hamas", "Iran's", "Pakistan (President X)". */
  complement: boolean;
  /** Followed by a group noun: "a Hamas delegation", "Hamas leaders" — the organization acts. */
  group: boolean;
  /** "led by X", "headed by X": leads a delegation. */
  leader: boolean;
  /** Token index of the preposition that makes it a complement (-1 when none, or when possessive). */
  prepAt: number;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);
const COMPLEMENT_PREPS = new Set(['of', 'from', 'in', 'at', 'for', 'to', 'on', 'by', 'against', 'about', 'over', 'under', 'into', 'towards', 'toward', 'across', 'within', 'inside', 'near', 'via', 'than', 'as']);
const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);
const PRONOUN_WORDS = new Set(['he', 'she', 'him', 'her']);
/** Words that open a relative clause after a comma: ", whose country co-chairs FOCAC,". */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'whom', 'where']);

/** A description as a lookup key: lower case, no determiners. */
export const descKey = (d: string) => d.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();

/** What a title word is: an office head or rank, an honorific, an office modifier (bits; 0 for none). */
const HEAD_OR_RANK = 1;
const HONORIFIC = 2;
const MODIFIER = 4;
const ANY_TITLE = 8;
/** Office words, ranks and honorifics ("mr" for "mr."), with what each is: one look-up instead of up to five per word. */
const TITLE_KIND = new Map<string, number>();
for (const [words, kind] of [[OFFICE_HEADS, HEAD_OR_RANK], [RANKS, HEAD_OR_RANK], [HONORIFICS, HONORIFIC], [OFFICE_MODIFIERS, MODIFIER]] as const) {
  for (const w of words) TITLE_KIND.set(w, (TITLE_KIND.get(w) ?? 0) | kind | ANY_TITLE);
}
for (const h of HONORIFICS) if (h.endsWith('.')) TITLE_KIND.set(h.slice(0, -1), (TITLE_KIND.get(h.slice(0, -1)) ?? 0) | ANY_TITLE);
const titleKind = (w: string) => TITLE_KIND.get(w) ?? 0;
const isTitle = (w: string) => TITLE_KIND.has(w);
const POSSESSIVE = new Set(["'", "'s", '’', '’s']);
const OF_TAIL_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART']);
/** Words that end an object phrase after its first word. */
const OBJECT_END_WORDS = new Set(['in', 'at', 'on', 'to', 'during', 'after', 'before', 'since', 'when', 'where', 'who', 'which', 'that', 'amid', 'as', 'according', 'for', 'about', 'over', 'until', 'while', 'because', 'despite', 'through', 'under', 'last', 'earlier', 'later', 'yesterday', 'today', 'he', 'she', 'they', 'we', 'i', 'it']);
/** Relative pronouns that open a clause on the word before. */
const RELATIVES = new Set(['who', 'whose', 'which', 'whom']);
/** Verb forms that do not end an object phrase: "Hamas leaders, including X", "a delegation led by Y". */
const OBJECT_VERBS = new Set(['including', 'led', 'headed', 'based', 'backed', 'affiliated', 'aligned', 'named']);
/** . ; : “ ” " */
const isContextBreak = (c: number) => (c <= 59 ? c === 46 || c === 59 || c === 58 || c === 34 : c === 0x201c || c === 0x201d);
const LEADING = new Set(['led', 'headed', 'chaired']);
/** Nouns after an actor that still leave it the actor: "the Hamas delegation", "Iranian forces". */
const ACTING_BODIES = new Set(['delegation', 'side', 'sides', 'government', 'forces', 'army', 'regime']);
const CONTEXT_SKIP = new Set(['of', 'in', 'to', 'and', 'for', 'senior', 'top', 'former', 'new']);

/** An office description no actor matched: its tokens and its descKey. */
export interface Unresolved {
  tokenStart: number;
  tokenEnd: number;
  key: string;
}

export interface SentenceRefs {
  refs: Ref[];
  ix: Referents;
}

/** Everything the events stage needs to find parties: resolved refs per sentence. */
export class Parties {
  readonly toks: readonly Token[];
  readonly byId: Map<string, Actor>;
  private ixMemo: Referents | null = null;
  /** Descriptions bound to actors named later ("the Turkish president" ↔ "Erdoğan"), by descKey. */
  private readonly bindings = new Map<string, string>();
  private readonly unresolvedBySentence = new Map<number, Unresolved[]>();
  private readonly reporterMemo = new Map<string, boolean>();
  /**
   * The mentions inside sentences and, at the same places, their actors, grouped by sentence (by
   * actor, then mention, within one): two flat lists for the article rather than two lists per
   * sentence. Sentence k's are at [mentionFrom[k], mentionFrom[k + 1]).
   */
  private readonly sentenceMentions: Mention[];
  private readonly sentenceActors: Actor[];
  private readonly mentionFrom: number[];
  private readonly perSentence = new Map<number, Ref[]>();
  private readonly text: string;

  constructor(private readonly a: Readonly<Analysis>) {
    this.toks = a.tokens;
    this.text = a.doc.text;
    this.byId = new Map();
    // a counting sort by sentence: the sentence of each mention (-1 outside all), how many each has
    const nSent = a.sentences.length;
    const from: number[] = new Array(nSent + 1).fill(0);
    const sentenceOf: number[] = [];
    for (const x of a.actors) {
      this.byId.set(x.id, x);
      for (const m of x.mentions) {
        const k = sentenceAt(a, m.start);
        sentenceOf.push(k);
        if (k >= 0) from[k + 1]++;
      }
    }
    for (let k = 0; k < nSent; k++) from[k + 1] += from[k];
    this.mentionFrom = from;
    const next = from.slice(0, nSent);
    const ms: Mention[] = (this.sentenceMentions = new Array(from[nSent]));
    const xs: Actor[] = (this.sentenceActors = new Array(from[nSent]));
    let n = 0;
    for (const x of a.actors) {
      for (const m of x.mentions) {
        const k = sentenceOf[n++];
        if (k < 0) continue;
        const at = next[k]++;
        ms[at] = m;
        xs[at] = x;
      }
    }
  }

  /** Office descriptions of a sentence that no actor matched, in text order. */
  unresolved(sentence: number): Unresolved[] {
    this.refs(sentence);
    return this.unresolvedBySentence.get(sentence) ?? [];
  }

  /** Binds descriptions to actors, and forgets the refs read before, so they are read again with the bindings. */
  bind(pairs: [string, string][]): void {
    for (const [k, id] of pairs) this.bindings.set(k, id);
    this.perSentence.clear();
    this.unresolvedBySentence.clear();
  }

  private datelines: { start: number; end: number }[] | null = null;

  /** Is the offset inside the article's dateline ("Doha, Qatar –", "TEHRAN (FNA)-")? */
  inDateline(offset: number): boolean {
    const d = (this.datelines ??= this.a.doc.boilerplate.filter((b) => b.kind === 'dateline'));
    for (const b of d) if (offset >= b.start && offset < b.end) return true;
    return false;
  }

  /** The shared pronoun and description resolver, built on first need. */
  get ix(): Referents {
    if (!this.ixMemo) this.ixMemo = referents(this.a);
    return this.ixMemo;
  }

  /**
   * lookupDemonym, remembered for the article in its gazetteer: it folds diacritics on every
   * call, and the mentions and actors stages have mostly asked the same capitalised words already.
   */
  demonym(w: string): string | null {
    return (this.gazetteer ??= gazetteerOf(this.a.doc)).demonym(w);
  }

  private gazetteer: ArticleGazetteer | null = null;

  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  /** Is the actor a news agency or the outlet itself: a reporter, never a party. */
  reporter(id: string): boolean {
    let r = this.reporterMemo.get(id);
    if (r === undefined) this.reporterMemo.set(id, (r = this.isReporter(id)));
    return r;
  }

  private outletLower: string | null = null;

  private isReporter(id: string): boolean {
    const x = this.byId.get(id);
    if (!x) return true;
    if (gazetteerOf(this.a.doc).agency(x.name)) return true;
    const outlet = (this.outletLower ??= this.a.doc.outlet?.toLowerCase() ?? '');
    // (a name longer than the outlet's is not it: lowering never shortens a text)
    if (!outlet || x.name.length > outlet.length) return false;
    const name = x.name.toLowerCase();
    return outlet === name || outlet.startsWith(name + ' ');
  }

  refs(sentence: number): Ref[] {
    const memo = this.perSentence.get(sentence);
    if (memo) return memo;
    const s = this.a.sentences[sentence];
    const out: Ref[] = [];
    // tokens of the sentence already read as part of a ref (a buffer shared by all, cleared per sentence)
    const covered = scratch(0, this.toks.length);
    covered.fill(0, s.tokenStart, s.tokenEnd);
    const toks = this.toks;
    const mentions = this.sentenceMentions;
    const actors = this.sentenceActors;
    for (let n = this.mentionFrom[sentence], until = this.mentionFrom[sentence + 1]; n < until; n++) {
      const x = actors[n];
      const m = mentions[n];
      if (this.reporter(x.id)) continue;
      // "Doha, Qatar – …": the dateline says where the report was filed; it is never a party
      if (this.inDateline(m.start)) {
        for (let k = firstTokenEndingAfter(toks, m.start, s.tokenStart, s.tokenEnd); k < s.tokenEnd && toks[k].start < m.end; k++) covered[k] = 1;
        continue;
      }
      {
        if (m.start < s.start || m.end > s.end) continue;
        // the tokens the mention covers
        const i = firstTokenEndingAfter(toks, m.start, s.tokenStart, s.tokenEnd);
        let j = i;
        while (j < s.tokenEnd && toks[j].start < m.end) j++;
        if (j <= i) continue;
        for (let k = i; k < j; k++) covered[k] = 1;
        out.push(this.mk(x, i, j, m.kind === 'name' || m.kind === 'short' || m.kind === 'acronym' ? 'name' : `actors-${m.kind}`));
      }
    }
    // pronouns and descriptions the actors layer did not link
    const unresolved: Unresolved[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i]) continue;
      const w = this.lower(i);
      if (toks[i].pos === 'PRON' && PRONOUN_WORDS.has(w)) {
        const r = this.ix.resolve(toks[i].start);
        const x = r && this.byId.get(r.actor);
        if (x && x.type === 'person' && !this.reporter(x.id)) out.push(this.mk(x, i, i + 1, `pronoun:${r!.rule}`));
        continue;
      }
      if (w !== 'the') continue;
      let dstart = i;
      let d = this.description(i + 1, s.tokenEnd, covered);
      while (d) {
        this.addDescription(dstart, d[1], this.text.slice(toks[dstart].start, toks[d[1] - 1].end), out, unresolved, covered);
        i = d[1] - 1;
        // "the president and prime minister": a second office sharing the determiner
        if (this.lower(d[1]) !== 'and') break;
        dstart = d[1] + 1;
        d = this.description(dstart, s.tokenEnd, covered);
      }
    }
    // "Hamas Secretary General" with no name after it: the office holder the article names elsewhere
    for (let n = 0, found = out.length; n < found; n++) {
      const o = out[n];
      if (o.type === 'person' || o.tokenEnd >= s.tokenEnd) continue;
      let j = o.tokenEnd;
      if (POSSESSIVE.has(this.lower(j))) j++;
      const d = this.description(j, s.tokenEnd, covered);
      if (d && d[0] === j) this.addDescription(j, d[1], this.text.slice(toks[o.tokenStart].start, toks[d[1] - 1].end), out, unresolved, covered);
    }
    // "Russian and Ukrainian delegations met": demonyms joined before a group noun stand for their
    // countries, when the article names those countries as actors (one demonym alone, as in "the
    // Palestinian delegation", often points back to a delegation already named)
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i] || !toks[i].cap) continue;
      // A demonym here matters only when "and", "," or an adjective follows it: else it joins
      // none and the reading goes on from the next word, as for any other word (asked first,
      // as the look-up costs more).
      const after = toks[i + 1];
      if (i + 1 >= s.tokenEnd || !(after.pos === 'ADJ' || after.text === ',' || after.lower === 'and')) continue;
      if (!this.demonym(toks[i].text)) continue;
      const joined = [i];
      let k = i + 1;
      while (k + 1 < s.tokenEnd && (this.lower(k) === 'and' || toks[k].text === ',') && toks[k + 1].cap && this.demonym(toks[k + 1].text)) {
        joined.push(k + 1);
        k += 2;
      }
      while (k < s.tokenEnd && k < i + 8 && toks[k].pos === 'ADJ') k++;
      if (joined.length < 2 || !GROUP_NOUNS.has(this.lower(k))) { i = k - 1; continue; }
      for (const j of joined) {
        const x = this.placeActor(this.demonym(toks[j].text)!);
        if (!x || this.reporter(x.id)) continue;
        out.push(this.mk(x, j, j + 1, 'demonym-before-group'));
        covered[j] = 1;
      }
      i = k;
    }
    this.unresolvedBySentence.set(sentence, unresolved);
    sortByStart(out);
    // where refs start, for classify's "is another actor here?" (read per word, not by a search of the list)
    const starts = scratch(1, this.toks.length);
    starts.fill(0, s.tokenStart, s.tokenEnd);
    for (const r of out) starts[r.tokenStart] = 1;
    for (const r of out) this.classify(r, out, s.tokenEnd, starts);
    this.perSentence.set(sentence, out);
    return out;
  }

  /**
   * Reads the description over tokens [from, to) (`words` its text, from where its title words
   * start): the actor it is bound to, resolves to or the title context names, as a ref in `out`
   * with its tokens covered; else it joins the sentence's unresolved descriptions.
   */
  private addDescription(from: number, to: number, words: string, out: Ref[], unresolved: Unresolved[], covered: Uint8Array): boolean {
    const toks = this.toks;
    // (the words are the description itself when they start where it does: both end at its end)
    const desc = words.length === toks[to - 1].end - toks[from].start ? words : this.text.slice(toks[from].start, toks[to - 1].end);
    const hasOf = /\bof\b/i.test(desc);
    // (most articles bind no descriptions: no key to make for the look-up then)
    const bound = this.bindings.size ? this.bindings.get(descKey(desc)) : undefined;
    let r: { actor: string; rule: string } | null = bound ? { actor: bound, rule: 'bound-to-later-names' } : null;
    if (!r && !hasOf) r = this.ix.resolve(toks[from].start, desc);
    let how = r ? `description:${r.rule}` : '';
    if (!r) {
      const id = this.byContext(words, from, to);
      if (id) { r = { actor: id, rule: 'title-context' }; how = 'description:title-context'; }
    }
    const x = r && this.byId.get(r.actor);
    if (!x || this.reporter(x.id)) {
      unresolved.push({ tokenStart: from, tokenEnd: to, key: descKey(desc) });
      return false;
    }
    out.push(this.mk(x, from, to, how));
    for (let k = from; k < to; k++) covered[k] = 1;
    return true;
  }

  private placesByName: Map<string, Actor> | null = null;

  /** The place actor of this name, when the article has one. */
  placeActor(name: string): Actor | undefined {
    if (!this.placesByName) {
      this.placesByName = new Map();
      for (const x of this.byId.values()) if (x.type === 'place') for (const n of [x.name, ...x.aliases]) this.placesByName.set(n.toLowerCase(), x);
    }
    return this.placesByName.get(name.toLowerCase());
  }

  private mk(x: Actor, i: number, j: number, how: string): Ref {
    return { actor: x.id, type: x.type, tokenStart: i, tokenEnd: j, start: this.toks[i].start, end: this.toks[j - 1].end, how, complement: false, group: false, leader: false, prepAt: -1 };
  }

  /**
   * Office words from token i (after its determiner) ending in an office head, with an optional
   * "of" tail: "prime minister", "Iranian minister", "advisor of Iran's supreme leader". Not a title
   * written before a name, not an apposition before one. Returns [i, end) or null.
   */
  private description(i: number, s1: number, covered: Uint8Array): [number, number] | null {
    let j = i;
    let head = -1;
    while (j < s1 && j < i + 5 && !covered[j]) {
      const t = this.lower(j);
      const kind = titleKind(t);
      if (kind & HEAD_OR_RANK) head = j;
      else if (!(kind || this.toks[j].pos === 'ADJ' || t === '-' || (this.toks[j].pos === 'PROPN' && this.demonym(t)))) break;
      j++;
    }
    if (head < 0 || head !== j - 1) return null;
    const next = this.toks[j];
    if (next && j < s1 && (next.pos === 'PROPN' || covered[j])) return null; // a title before a name
    if (j < s1 && this.lower(j) === 'of') {
      let k = j + 1;
      while (k < s1 && k < j + 9 && (covered[k] || OF_TAIL_POS.has(this.toks[k].pos) || POSSESSIVE.has(this.lower(k)) || this.lower(k) === 'in') && this.lower(k) !== 'and') k++;
      if (k === j + 1) return null;
      j = k;
    }
    // "the spokesman of the Houthi militia, Mohammed Abdul Salam": the name that follows is the person
    if (j + 1 < s1 && this.toks[j].text === ',' && covered[j + 1]) return null;
    return [i, j];
  }

  private contexts: { id: string; texts: string[] }[] | null = null;

  /** Words written around each mention of each person (titles before, apposition after), lower case. */
  private titleContexts(): { id: string; texts: string[] }[] {
    if (this.contexts) return this.contexts;
    const out: { id: string; texts: string[] }[] = [];
    const toks = this.toks;
    const text = this.text;
    for (const x of this.a.actors) {
      if (x.type !== 'person') continue;
      const ctx: string[] = [x.roles.map((r) => `${r.title} ${r.affiliation ?? ''}`).join(' '), x.affiliation ?? ''];
      for (const m of x.mentions) {
        if (m.kind !== 'name' && m.kind !== 'short') continue;
        const i = this.tokenEndingAfter(m.start);
        const sent = toks[i]?.sentence;
        const s = this.a.sentences[sent];
        if (!s) continue;
        const from = Math.max(s.tokenStart, i - 12);
        // the words before the name, from the last sentence or quote mark on
        let beforeStart = toks[from].start;
        for (let k = m.start - 1; k >= beforeStart; k--) if (isContextBreak(text.charCodeAt(k))) { beforeStart = k + 1; break; }
        const before = text.slice(beforeStart, m.start);
        let j = i;
        while (j < s.tokenEnd && toks[j].start < m.end) j++;
        let after = '';
        if (j < s.tokenEnd && toks[j].text === ',') {
          const end = Math.min(s.tokenEnd, j + 14);
          let k = j + 1;
          while (k < end && toks[k].text !== ',' && toks[k].pos !== 'VERB') k++;
          after = text.slice(toks[j].end, toks[Math.min(k, s.tokenEnd - 1)].start);
        }
        ctx.push(`${before} ${after}`);
      }
      // lower case, "'s" read as a space (in place: the list is this person's own)
      for (let n = 0; n < ctx.length; n++) {
        const lower = ctx[n].toLowerCase();
        ctx[n] = lower.includes("'") || lower.includes('’') ? lower.replace(/[’']s\b/g, ' ') : lower;
      }
      out.push({ id: x.id, texts: ctx });
    }
    this.contexts = out;
    return out;
  }

  /**
   * The first token that ends after an offset: looked for from the start of the offset's sentence
   * when every token before that sentence ends before the offset (they do), else over all tokens.
   */
  private tokenEndingAfter(offset: number): number {
    const toks = this.toks;
    const k = sentenceAt(this.a, offset);
    const lo = k >= 0 ? this.a.sentences[k].tokenStart : -1;
    if (lo < 0 || (lo > 0 && toks[lo - 1].end > offset)) return firstTokenEndingAfter(toks, offset);
    // token ends only grow: a binary search from the sentence start finds what a walk from it would
    return firstTokenEndingAfter(toks, offset, lo);
  }

  /**
   * The person a description names by the words written around the person's name elsewhere in
   * the article: "the advisor of Iran's supreme leader" ↔ "Iran's advisor to the Supreme Leader …,
   * Ali Akbar Velayati"; "Hamas Secretary General" ↔ "Hamas Secretary General Ismail Haniyeh".
   * The office head must match; most matching other words wins; a tie goes to the nearest mention.
   */
  private byContext(desc: string, from: number, to: number): string | null {
    const words = wordsOf(desc.toLowerCase().replace(/[’']s\b/g, ' '));
    // the first office head, and the other words with the country each names (as demonyms do)
    let head: string | null = null;
    for (const w of words) {
      if (!DETS.has(w) && !CONTEXT_SKIP.has(w) && (OFFICE_HEADS.has(w) || RANKS.has(w))) { head = w; break; }
    }
    if (head === null) return null;
    const mods: string[] = [];
    const countries: string[] = [];
    for (const w of words) {
      if (w === head || DETS.has(w) || CONTEXT_SKIP.has(w)) continue;
      mods.push(w);
      countries.push(this.demonym(w)?.toLowerCase() ?? w);
    }
    // the best person so far: id (null for none), how many modifiers its context has, how far its nearest mention is
    let bestId: string | null = null;
    let bestScore = 0;
    let bestDist = 0;
    const at = this.toks[from].start;
    const until = this.toks[to - 1].end;
    for (const { id, texts: ctxs } of this.titleContexts()) {
      const x = this.byId.get(id)!;
      if (mentionsWithin(x, at, until)) continue;
      let dist = -1; // the nearest mention, looking back first; read once per person
      for (const c of ctxs) {
        if (!hasWord(c, head)) continue;
        if (this.reporter(id)) break;
        let score = 0;
        for (let n = 0; n < mods.length; n++) if (hasWord(c, mods[n]) || c.includes(countries[n])) score++;
        if (mods.length && score === 0) continue;
        if (dist < 0) dist = nearestMention(x, at);
        if (bestId === null || score > bestScore || (score === bestScore && dist < bestDist)) {
          bestId = id;
          bestScore = score;
          bestDist = dist;
        }
      }
    }
    return bestId;
  }


  /** `starts[k]` is 1 where a ref of `all` starts (k inside the sentence). */
  /** "led by its first secretary, Olivier Faure": the comma at `comma` ends a title phrase after "led by". */
  private ledByTitle(comma: number, s0: number): boolean {
    let q = comma - 1;
    while (q > s0 && q > comma - 6 && this.toks[q].kind === 'word' && this.lower(q) !== 'by') q--;
    return q > s0 && q < comma - 1 && this.lower(q) === 'by' && LEADING.has(this.lower(q - 1));
  }

  private classify(r: Ref, all: Ref[], s1: number, starts: Uint8Array): void {
    const toks = this.toks;
    const s0 = this.a.sentences[toks[r.tokenStart].sentence].tokenStart;
    let p = r.tokenStart - 1;
    while (p >= s0 && DETS.has(this.lower(p))) p--;
    // "of Iran's Supreme National Security Council": climb over the possessor to the preposition
    if (p >= s0 && POSSESSIVE.has(this.lower(p)) && r.type !== 'person') {
      const owner = all.find((o) => o.tokenEnd === p);
      let q = owner ? owner.tokenStart - 1 : p - 2;
      while (q >= s0 && DETS.has(this.lower(q))) q--;
      p = q;
    }
    const prev = p >= s0 ? this.lower(p) : '';
    // "X, as well as Y, attended": a coordination, not a preposition's complement
    const asWellAs = prev === 'as' && p - 2 >= s0 && this.lower(p - 1) === 'well' && this.lower(p - 2) === 'as';
    if (prev === 'by' && p - 1 >= s0 && LEADING.has(this.lower(p - 1))) r.leader = true;
    else if (prev === ',' && r.type === 'person' && this.ledByTitle(p, s0)) r.leader = true;
    else if (COMPLEMENT_PREPS.has(prev) && !asWellAs) { r.complement = true; r.prepAt = p; }
    const after = r.tokenEnd < s1 ? this.lower(r.tokenEnd) : '';
    const possessive = POSSESSIVE.has(after);
    if (possessive) { r.complement = true; r.prepAt = -1; }
    // followed by title words and then another actor: "Pakistan President Pervez Musharraf"
    let k = r.tokenEnd;
    if (possessive) k++;
    let titled = false;
    for (; k < s1 && toks[k].pos !== 'VERB'; k++) {
      const kind = titleKind(this.lower(k));
      if (!(kind || toks[k].pos === 'ADJ' || (toks[k].pos === 'PROPN' && !starts[k]))) break;
      if (kind & (HEAD_OR_RANK | HONORIFIC)) titled = true; // an office, not just "armed"
    }
    // (another ref than r: r starts before r.tokenEnd, and k is at or past it)
    if (titled && k < s1 && starts[k]) { r.complement = true; r.prepAt = -1; }
    if (possessive) return;
    // followed by a common noun it modifies: "the Khashoggi case", "the Iran nuclear deal"
    const nx = toks[r.tokenEnd];
    if (nx && r.tokenEnd < s1 && nx.pos === 'NOUN' && !GROUP_NOUNS.has(after) && !isTitle(after) && !ACTING_BODIES.has(after)) { r.complement = true; r.prepAt = -1; }
    // followed by a group noun: "a Hamas delegation", "Hamas leaders"
    k = r.tokenEnd;
    while (k < s1 && k < r.tokenEnd + 3 && (toks[k].pos === 'ADJ' || titleKind(this.lower(k)) & MODIFIER) && !GROUP_NOUNS.has(this.lower(k))) k++;
    if (k < s1 && GROUP_NOUNS.has(this.lower(k))) r.group = true;
    // "leaders of the movement", "a delegation of Hamas leaders": the organization stands for them
    if (r.complement && (prev === 'of' || prev === 'from') && p - 1 >= s0 && GROUP_NOUNS.has(this.lower(p - 1))) r.group = true;
    if (r.complement && (prev === 'of' || prev === 'from') && p - 2 >= s0 && GROUP_NOUNS.has(this.lower(p - 2)) && toks[p - 1].pos === 'ADJ') r.group = true;
  }

  /** "The daily says the delegation met…": a report verb between a name and the trigger starts a new clause. */
  reportsBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (REPORT_VERBS.has(this.lower(k)) && (this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX')) return true;
    return false;
  }

  /** Does a quote mark, semicolon or clause break lie between two tokens? */
  crossesBoundary(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.toks[k].text;
      if (QUOTE_MARKS.has(t) || t === ';' || t === ':') return true;
    }
    return false;
  }

  /**
   * The subject of a trigger: the nearest actor before it that is not a modifier, in the same
   * clause, with actors coordinated to it by "and" ("Kibaki and opposition leader Odinga met").
   */
  /** The first token of a ", who/whose/which … ," clause that ends right before the token `at`, or -1. */
  private relativeClauseBefore(sentence: number, at: number): number {
    const toks = this.toks;
    const s0 = this.a.sentences[sentence].tokenStart;
    let k = at - 1;
    while (k > s0 && toks[k].pos === 'ADV') k--;
    if (toks[k]?.text !== ',') return -1;
    for (let j = k - 1; j > s0 && j > k - 25; j--) {
      if (toks[j].text === ',' ) return RELATIVE_OPENERS.has(this.lower(j + 1)) ? j : -1;
    }
    return -1;
  }

  subject(sentence: number, trigger: number): Ref[] {
    // "Shoigu visited Pyongyang and held a meeting with Kim": a verb joined by "and" to an earlier
    // one shares its subject; the actor between them is the earlier verb's object
    const first = this.sharedSubjectVerb(sentence, trigger);
    if (first >= 0) return this.subject(sentence, first);
    // the refs ending before the trigger, from the last back (read in place, not copied out)
    const refs = this.refs(sentence);
    const out: Ref[] = [];
    // "X and Y, whose country co-chairs FOCAC, held talks": a relative clause right before the verb
    // is no part of its subject
    const clause = this.relativeClauseBefore(sentence, trigger);
    // the words from `clear` to the trigger hold no boundary and no report verb: each ref read
    // from the end only has the words from its end to `clear` left to check
    let clear = trigger;
    let k = refs.length - 1;
    for (; k >= 0; k--) {
      const r = refs[k];
      if (r.tokenEnd > trigger) continue;
      if (clause >= 0 && r.tokenStart >= clause) continue;
      if (r.tokenEnd < clear) {
        if (this.crossesBoundary(r.tokenEnd, clear) || this.reportsBetween(r.tokenEnd, clear)) return [];
        clear = r.tokenEnd;
      }
      if (r.complement && !r.group) continue;
      out.push(r);
      break;
    }
    if (!out.length) return out;
    let head = out[0];
    for (k = k - 1; k >= 0; k--) {
      const r = refs[k];
      if (r.tokenEnd > trigger) continue;
      if (r.complement && !r.group) continue;
      const gap = this.text.slice(r.end, head.start);
      // (the words may be a title set off before the name: "X and Azerbaijan's foreign minister, Jeyhun Bayramov, met")
      if (/^[\s,]*(?:and|&)\s+(?:[\p{L}.’'-]+\s+){0,4}(?:\p{Ll}+,\s*)?$/u.test(gap) && !/\b(?:of|in|at|on|to|from|with|by)\b/i.test(gap.replace(/^[\s,]*(?:and|&)/, ''))) {
        out.push(r);
        head = r;
      } else if (/^\s*,\s*$/.test(gap)) {
        out.push(r);
        head = r;
      } else break;
    }
    return out.reverse();
  }

  /** The earlier verb whose subject a verb after "and" shares, or -1 ("X visited Y and met Z"). */
  private sharedSubjectVerb(sentence: number, trigger: number): number {
    const s = this.a.sentences[sentence];
    const toks = this.toks;
    let b = trigger - 1;
    while (b > s.tokenStart && toks[b].pos === 'ADV') b--;
    if (this.lower(b) !== 'and' || b - 1 <= s.tokenStart) return -1;
    // the words before "and" end with an actor that a verb before it takes as object
    // the last ref ending within six tokens before "and"
    const refs = this.refs(sentence);
    let obj: Ref | undefined;
    for (let n = refs.length - 1; n >= 0 && !obj; n--) if (refs[n].tokenEnd <= b && refs[n].tokenEnd >= b - 6) obj = refs[n];
    if (!obj) return -1;
    for (let v = obj.tokenStart - 1; v > s.tokenStart && v >= obj.tokenStart - 6; v--) {
      const t = toks[v];
      if (t.text === ',' || t.text === ';') return -1;
      if (t.pos === 'VERB') return this.refs(sentence).some((r) => r.tokenEnd <= v) ? v : -1;
    }
    return -1;
  }

  /** Actors after a trigger up to the end of its object phrase (a verb, a place or time preposition, a quote). */
  object(sentence: number, from: number, opts?: { toEnd?: boolean }): Ref[] {
    const s = this.a.sentences[sentence];
    const toks = this.toks;
    let end = s.tokenEnd;
    /** ", who leads the deputies," and "(R-Maine)" inside the phrase: skipped, their actors are no objects (pairs of token indices, made when one is found). */
    let skips: number[] | null = null;
    if (!opts?.toEnd) {
      for (let k = from; k < s.tokenEnd; k++) {
        const w = this.lower(k);
        const t = toks[k];
        // "with Susan Collins (R-Maine) and Patty Murray": a short bracket after a name, the list going on
        if (t.text === '(' && k > from) {
          let c = k + 1;
          while (c < s.tokenEnd && c < k + 8 && toks[c].text !== ')' && toks[c].text !== '(') c++;
          if (c < s.tokenEnd && toks[c].text === ')' && (this.lower(c + 1) === 'and' || toks[c + 1]?.text === ',')) {
            (skips ??= []).push(k, c);
            k = c;
            continue;
          }
        }
        // "received Marine Le Pen, who leads the deputies, and the party's president, Jordan Bardella":
        // a relative clause on one object, followed by "and" and another
        if (t.text === ',' && RELATIVES.has(this.lower(k + 1))) {
          let c = k + 2;
          let depth = 0; // commas inside brackets do not close the clause: "the RN (far right, populist) deputies"
          while (c < s.tokenEnd && (depth > 0 || (toks[c].text !== ',' && toks[c].text !== ';')) && !QUOTE_MARKS.has(toks[c].text)) {
            if (toks[c].text === '(') depth++;
            else if (toks[c].text === ')' && depth > 0) depth--;
            c++;
          }
          if (c < s.tokenEnd && toks[c].text === ',' && this.lower(c + 1) === 'and') {
            (skips ??= []).push(k, c);
            k = c;
            continue;
          }
        }
        if (QUOTE_MARKS.has(t.text) || t.text === ';' || t.text === ':' || t.text === '(') { end = k; break; }
        if (k > from && OBJECT_END_WORDS.has(w)) { end = k; break; }
        if (k > from && (t.pos === 'VERB' || t.pos === 'AUX') && !OBJECT_VERBS.has(w) && !w.includes('-')) { end = k; break; }
      }
    }
    // the preposition that opens the region ("with X", "by X", "between X") makes X its head, not a modifier
    const out: Ref[] = [];
    for (const r of this.refs(sentence)) {
      if (r.tokenStart < from || r.tokenEnd > end || (skips && insideSkip(r, skips))) continue;
      out.push(r.complement && r.prepAt >= 0 && r.prepAt < from ? { ...r, complement: false } : r);
    }
    return out;
  }

  /** Of the actors in a phrase, those that take part: named people; an organization or place only when no person is named. */
  takers(refs: Ref[], opts?: { places?: boolean }, max = Infinity): Ref[] {
    // (one pass for persons and groups; a list is made only for the kind returned, of at most
    // `max`: the first ones, without a slice of the whole list after)
    let persons = 0;
    let groups = 0;
    for (const r of refs) {
      if (r.type === 'person') { if (!r.complement) persons++; }
      else if (r.type === 'organization' && (!r.complement || r.group)) groups++;
    }
    const out: Ref[] = [];
    for (const r of refs) {
      if (out.length >= max) break;
      const take = persons ? r.type === 'person' && !r.complement
        : groups ? r.type === 'organization' && (!r.complement || r.group)
        : opts?.places ? r.type === 'place' && (!r.complement || r.group)
        : r.type === 'place' && r.group;
      if (take) out.push(r);
    }
    return out;
  }
}

/**
 * Two buffers of a byte per token that refs() uses for the sentence it reads and clears first:
 * kept from one article to the next, as a typed array costs more to make than to clear. (refs()
 * reads one sentence at a time and calls nothing that reads another, so one pair serves all.)
 */
const scratchBuffers = [new Uint8Array(1024), new Uint8Array(1024)];
function scratch(n: 0 | 1, size: number): Uint8Array {
  if (scratchBuffers[n].length < size) scratchBuffers[n] = new Uint8Array(Math.max(size, 2 * scratchBuffers[n].length));
  return scratchBuffers[n];
}

/** Does a mention of the actor start in [from, until)? */
function mentionsWithin(x: Actor, from: number, until: number): boolean {
  for (const m of x.mentions) if (m.start >= from && m.start < until) return true;
  return false;
}

/** How far the actor's nearest mention is from an offset, one after it counting 100,000 more (Infinity for none). */
function nearestMention(x: Actor, at: number): number {
  let best = Infinity;
  for (const m of x.mentions) {
    const d = Math.abs(m.start - at) + (m.start > at ? 100000 : 0);
    if (d < best) best = d;
  }
  return best;
}

/** Does the ref lie inside one of the skipped stretches (pairs [x, y]: after x, up to y)? */
function insideSkip(r: Ref, skips: readonly number[]): boolean {
  for (let n = 0; n < skips.length; n += 2) if (r.tokenStart > skips[n] && r.tokenEnd <= skips[n + 1]) return true;
  return false;
}

/** Index of the first token in [from, to) that ends after `offset` (`to` when none). */
function firstTokenEndingAfter(toks: readonly Token[], offset: number, from = 0, to = toks.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Refs in text order, ties kept in the order found (mentions come by actor, then pronouns and
 * descriptions): a stable insertion sort, as the lists are short and mostly in order already.
 */
function sortByStart(refs: Ref[]): void {
  for (let n = 1; n < refs.length; n++) {
    const r = refs[n];
    let k = n - 1;
    while (k >= 0 && refs[k].tokenStart > r.tokenStart) {
      refs[k + 1] = refs[k];
      k--;
    }
    refs[k + 1] = r;
  }
}
