// Who a pronoun ("he") or a description ("the Iranian minister", "the Ayatollah") refers to.
// Shared by the quotes and events stages. Built once per analysis; every lookup is a binary
// search or a walk over a few sentences, and sentence subjects are memoised, so a stage that
// resolves every pronoun of an article stays linear in its length.
import type { Actor, Analysis, Mention, Span, Token } from '../../model/types.js';
import { HONORIFICS, OFFICE_HEADS, RANKS, TITLE_ABBREVIATIONS } from '../../lexicons/titles.js';
import { lookupDemonym } from '../../lexicons/places.js';
import { PRONOUNS, SPEAKER_NOUNS, GROUP_NOUNS, MEDIA_WORDS, PERSON_HYPERNYMS, VAGUE_HYPERNYMS } from '../../lexicons/speech.js';
import { genderOf, type Gender } from './gender.js';
import { firstTokenAt } from '../segment/index.js';
import { rememberedAcross } from '../../memo.js';
import { keepLast } from './keep-last.js';

export interface Referent {
  /** Actor id. */
  actor: string;
  /** Why this actor: "name", "pronoun-clause-subject", "pronoun-previous-subject", "description-role", … */
  rule: string;
}

/** A noun phrase that is the subject of a verb in a sentence. */
export interface Subject {
  kind: 'name' | 'pronoun' | 'description';
  /** Tokens of the phrase, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** The verb (or opening quote mark of a quoted predicate) the phrase is subject of. */
  verb: number;
  /** Words of the phrase as written. */
  text: string;
  /** The last of coordinated subjects ("Alavi and the Hamas representatives stressed"): no single actor. */
  compound: boolean;
}

/** Group nouns that stand for whichever organization the text is about ("the group", "the movement"). */
const GENERIC_GROUPS = new Set(['group', 'movement', 'organization', 'organisation', 'militia', 'faction', 'party']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Person nouns that name no office one person holds: "The source told…", "The official said…" are anyone. */
const NOBODY_IN_PARTICULAR = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'analyst', 'expert',
  'member', 'representative', 'delegate', 'diplomat', 'negotiator', 'officer', 'figure', 'operative', 'fighter', 'journalist', 'correspondent',
  'researcher', 'scholar', 'activist', 'militant', 'lawyer', 'economist', 'professor', 'commentator', 'executive', 'manager', 'deputy', 'lawmaker',
  'legislator', 'politician', 'cleric', 'candidate', 'nominee', 'mediator', 'coordinator', 'owner', 'boss', 'editor',
]);
const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female' };
const OTHER_GENDER: Record<Gender, Gender> = { male: 'female', female: 'male' };
/** Tags of a word that makes "her" before it a possessive. */
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year']);
const TIME_LEAD = new Set(['on', 'early', 'late', 'last', 'this', 'that', 'on', 'in', 'the']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that', 'where', 'when']);
const OPEN_MARKS = new Set(['"', '“', '”', '‘', "'", '«', '„']);
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'to', 'and', 'on', 'at', 's', "'s", '’s', 'its', 'his', 'her', 'their', 'with', 'by']);

/** Speaker nouns, office heads, ranks and honorifics in one set: one look-up instead of up to four. */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([...SPEAKER_NOUNS, ...OFFICE_HEADS, ...RANKS, ...HONORIFICS]);

/** Is this lower-case word the head of a description that can stand for a person? */
export function isDescriptionHead(w: string): boolean {
  return DESCRIPTION_HEADS.has(w);
}

export interface Referents {
  /** The mention (of any actor) that covers a character offset. */
  mentionAt(offset: number): Mention | null;
  /** The token that starts at or after an offset. */
  tokenAt(offset: number): number;
  /** Subject phrases of a sentence, in order, skipping quoted text. */
  subjects(sentence: number): Subject[];
  /** The actor a subject phrase refers to. */
  subjectActor(s: Subject): Referent | null;
  /**
   * The actor that a reference at `offset` points to. Without a description, the word at the
   * offset is read: a name gives its actor, a pronoun is resolved to the most recent salient
   * actor (the subject of the clause before it, else of the sentences before). With a
   * description ("the Iranian minister"), actors are matched by role, title and affiliation.
   */
  resolve(offset: number, description?: string): Referent | null;
  /** The subject phrase that starts at token `i` (a name followed by its verb), read even inside quoted text. */
  subjectAt(i: number): Subject | null;
  /** Tells the index that an actor spoke in a sentence (a quote's speaker): it becomes salient there. */
  note(sentence: number, actor: string): void;
  actor(id: string): Actor | undefined;
}

export interface ReferentOptions {
  /** Character ranges to ignore when looking for subjects: quoted words are not narrative. */
  exclude?: Span[];
}

/**
 * What a resolver needs that depends only on the article's tokens, names and actors, not on the
 * caller's options: mentions in text order, the mention covering each token, titles and
 * appositions, and per actor its sorted mention starts and the words of its names and roles.
 * Quotes and events each build a resolver for the same analysis; they share this.
 */
interface Base {
  toks: readonly Token[];
  sentences: Analysis['sentences'];
  names: Analysis['names'];
  text: string;
  /** Total number of mentions when built: a fixture that adds mentions later gets a new base. */
  mentionCount: number;
  byId: Map<string, Actor>;
  all: Mention[];
  /** token → index into `all` of the mention covering it (-1 when none) */
  tokMention: number[];
  /** Titles written before names ("Ayatollah", "Foreign Minister") by span start, for descriptions. */
  titlesAt: Map<number, string[]>;
  appositions: Map<string, string[]> | null;
  starts: Map<string, number[]>;
  hay: Map<string, Hay>;
  descriptions: Map<string, ParsedDescription | null>;
  /** Subject phrases of sentences with no excluded token: the same for every resolver. */
  subjects: Map<number, Subject[]>;
  /** The gender of each person as the article tells it, read on first need. */
  genders: Map<string, Gender | null>;
}

/** The words of an actor's names, titles and roles, lower case; the word set is built on first need. */
interface Hay {
  hay: string;
}

interface ParsedDescription {
  headWords: string[];
  groupHead: string | undefined;
  mods: string[];
  /** Capitalised modifiers after the first word ("UK", "Danish"), as countries where demonyms. */
  capMods: string[];
  indefinite: boolean;
  /**
   * Per actor id, how well its hay fits the description (the share of modifiers it has), or -1
   * when it cannot be meant: this depends on the actor and the words only, not on where the
   * description stands, so each actor is weighed once per description and article.
   */
  fit: Map<string, number>;
}

/**
 * The base of the article read last. The quotes and events stages read one article after the
 * other, so one kept base serves them both; an analysis asked about again after another gets its
 * base made again (the same, as it depends on the analysis only).
 */
let lastBase: (Base & { actors: readonly Actor[] }) | null = null;
const NOTHING = new Uint8Array(0);

function baseOf(a: Readonly<Analysis>): Base {
  let mentionCount = 0;
  for (const x of a.actors) mentionCount += x.mentions.length;
  const memo = lastBase;
  if (memo && memo.actors === a.actors && memo.toks === a.tokens && memo.sentences === a.sentences && memo.names === a.names && memo.text === a.doc.text && memo.mentionCount === mentionCount) return memo;
  const toks = a.tokens;
  const all = mentionsInOrder(a.actors, mentionCount);
  const tokMention = mentionPerToken(toks, all);
  const titlesAt = new Map<number, string[]>();
  for (const n of a.names) {
    if (!n.titles.length) continue;
    const titles: string[] = new Array(n.titles.length);
    for (let k = 0; k < titles.length; k++) titles[k] = n.titles[k].text.toLowerCase();
    titlesAt.set(n.start, titles);
  }
  const byId = new Map<string, Actor>();
  for (const x of a.actors) byId.set(x.id, x);
  const base = {
    actors: a.actors, toks, sentences: a.sentences, names: a.names, text: a.doc.text, mentionCount, byId, all, tokMention, titlesAt,
    appositions: null, starts: new Map(), hay: new Map(), descriptions: new Map(), subjects: new Map(), genders: new Map(),
  };
  lastBase = base;
  return base;
}

/**
 * Per token, the index in `all` of the first mention covering it, or -1: a mention covers the
 * tokens from the first that starts at or after it up to the last that ends within it. Written in
 * one pass, each slot once: the mentions come by start, so the tokens before a mention's first
 * are covered by no later mention, and those an earlier mention covers keep it. The first token
 * of each mention is found by walking on from the one before's (token starts only grow): one
 * sweep over the tokens in order, cheaper than a binary search per mention jumping about them.
 */
function mentionPerToken(toks: readonly Token[], all: readonly Mention[]): number[] {
  const n = toks.length;
  // (a plain list: a typed array this long is made outside the heap, which costs more here)
  const out: number[] = new Array(n);
  let filled = 0;
  let first = 0;
  for (let mi = 0; mi < all.length; mi++) {
    const m = all[mi];
    while (first < n && toks[first].start < m.start) first++;
    for (; filled < first; filled++) out[filled] = -1;
    // (token ends only grow: a token before `filled` that ends past the mention means none after ends within it)
    while (filled < n && toks[filled].end <= m.end) out[filled++] = mi;
  }
  for (; filled < n; filled++) out[filled] = -1;
  return out;
}

/**
 * The tokens of the excluded spans as ranges [from, to) of token indices, in order and apart
 * (overlapping or touching ones merged), written as one list of bounds. A span's tokens run
 * from the first starting at or after its start while they start before its end.
 */
function excludedRanges(toks: readonly Token[], spans: readonly Span[] | undefined): number[] {
  const ranges: number[] = [];
  if (!spans?.length) return ranges;
  let ordered = true;
  for (const s of spans) {
    const from = firstTokenAt(toks, s.start);
    let to = from;
    while (to < toks.length && toks[to].start < s.end) to++;
    if (to <= from) continue;
    if (ranges.length && from < ranges[ranges.length - 2]) ordered = false;
    ranges.push(from, to);
  }
  if (!ordered) {
    const pairs: [number, number][] = [];
    for (let n = 0; n < ranges.length; n += 2) pairs.push([ranges[n], ranges[n + 1]]);
    pairs.sort((p, q) => p[0] - q[0]);
    ranges.length = 0;
    for (const [from, to] of pairs) ranges.push(from, to);
  }
  // merge: each range that starts within (or right at the end of) the one before joins it
  let w = 0;
  for (let n = 0; n < ranges.length; n += 2) {
    if (w > 0 && ranges[n] <= ranges[w - 1]) {
      if (ranges[n + 1] > ranges[w - 1]) ranges[w - 1] = ranges[n + 1];
    } else {
      ranges[w++] = ranges[n];
      ranges[w++] = ranges[n + 1];
    }
  }
  ranges.length = w;
  return ranges;
}

/**
 * Every mention of every actor, by start and, at one start, longest first; ties keep the actors'
 * order (`flatMap(mentions).sort((p, q) => p.start - q.start || q.end - p.end)`, a stable sort).
 * An article has a few dozen mentions, mostly in order within each actor: an insertion sort with
 * the comparison written out costs less than a sort that calls back into a comparator (or one of
 * packed numbers in a typed array made for it); long lists take the sort.
 */
function mentionsInOrder(actors: readonly Actor[], count: number): Mention[] {
  const flat: Mention[] = new Array(count);
  let n = 0;
  for (const x of actors) for (const m of x.mentions) flat[n++] = m;
  if (n !== count) flat.length = n;
  if (n > 96) return flat.sort((p, q) => p.start - q.start || q.end - p.end);
  for (let i = 1; i < n; i++) {
    const m = flat[i];
    const start = m.start;
    const end = m.end;
    let k = i - 1;
    // move up what sorts after m: a later start, or the same start and an earlier end
    for (; k >= 0; k--) {
      const o = flat[k];
      if (o.start < start || (o.start === start && o.end >= end)) break;
      flat[k + 1] = o;
    }
    flat[k + 1] = m;
  }
  return flat;
}

/** What a description's words say, whatever the article: its head words, group noun and modifiers. */
interface DescriptionShape {
  headWords: string[];
  groupHead: string | undefined;
  mods: string[];
  capMods: string[];
  /** Opened by "a"/"an": someone not named before ("a senior Egyptian official"). */
  indefinite: boolean;
}

/**
 * The shape of a description's text (null when it has no head word and no group noun). It
 * depends on the words and the lexicons only, and the same descriptions come back article after
 * article ("the president", "the foreign minister"), so the shapes are kept across articles.
 */
const descriptionShape = rememberedAcross(readDescription, 20_000);

function readDescription(text: string): DescriptionShape | null {
  // a copy of its own first, so that the words kept across articles share no article's text
  const desc = ('x' + text).slice(1);
  const words = wordsOf(desc.toLowerCase().replace(/[’']s\b/g, '')).filter((w) => !STOP.has(w));
  const ofAt = words.indexOf('of');
  const headWords = words.filter((w, i) => (ofAt < 0 || i < ofAt) && isDescriptionHead(w));
  const groupHead = words.find((w) => GROUP_NOUNS.has(w));
  if (!headWords.length && !groupHead) return null;
  const mods = words.filter((w) => !headWords.includes(w) && w !== groupHead).map((w) => lookupDemonym(w)?.toLowerCase() ?? w);
  const capMods = desc
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/[’']s$/, '').toLowerCase())
    .filter((w) => !headWords.includes(w) && !isDescriptionHead(w))
    .map((w) => lookupDemonym(w)?.toLowerCase() ?? w);
  return { headWords, groupHead, mods, capMods, indefinite: /^an?\s/i.test(desc) };
}

/** Closes an apposition: ",", ".", ";", ":" or ")". */
const APPOSITION_END = new Set([',', '.', ';', ':', ')']);
const POSSESSIVE = new Set(["'", "'s", '’', '’s']);
const CLAUSE_OPENERS = new Set([',', 'that', 'and', 'but', 'while']);
const isPhrasePos = (pos: string) => pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN';

/** Is the code point a word character: a letter, a digit or "-" (`[\p{L}\p{N}-]`)? */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 45;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const WORD_CHAR = /^[\p{L}\p{N}-]$/u;

/** `s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean)`, without the regex: the words of a lower-cased phrase. */
export function wordsOf(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (isWordChar(cp)) { if (start < 0) start = i; }
    else if (start >= 0) { out.push(s.slice(start, i)); start = -1; }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/**
 * Is a modifier of a description in an actor's hay: written anywhere, as a word or inside one
 * ("iran" in "iranian"); a short one only as a whole word ("uk" is not in "ukraine").
 */
function inHay(hay: string, w: string): boolean {
  return w.length <= 3 ? hasWord(hay, w) : hay.includes(w);
}

/**
 * `wordsOf(s).includes(w)` without splitting: `w` is written in `s` with no word character on
 * either side. (A word of `s` is a maximal run of word characters, so this is the same test.)
 */
export function hasWord(s: string, w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) {
    const cp = w.codePointAt(i)!;
    if (!isWordChar(cp)) return false;
    if (cp > 0xffff) i++;
  }
  for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
    if (at > 0) {
      // the code point that ends right before `at`: a surrogate pair counts as one
      const lo = s.charCodeAt(at - 1);
      const before = lo >= 0xdc00 && lo <= 0xdfff && at >= 2 ? s.codePointAt(at - 2)! : lo;
      if (isWordChar(before > 0xffff ? before : lo)) continue;
    }
    const end = at + w.length;
    if (end < s.length && isWordChar(s.codePointAt(end)!)) continue;
    return true;
  }
  return false;
}

export function referents(a: Readonly<Analysis>, opts: ReferentOptions = {}): Referents {
  return keepLast('referents', new Resolver(a, opts));
}

/**
 * The resolver of one article for one caller. Its state lives in the instance and its helpers are
 * methods, not closures made per call (see keep-last.ts).
 */
class Resolver implements Referents {
  private readonly a: Readonly<Analysis>;
  private readonly toks: readonly Token[];
  private readonly text: string;
  private readonly base: Base;
  private readonly byId: Map<string, Actor>;
  private readonly all: Mention[];
  private readonly tokMention: number[];
  private readonly titlesAt: Map<number, string[]>;
  // The excluded tokens, as ranges [from, to) in order, overlapping ones merged (a list of bounds:
  // from, to, from, to…). A list of few numbers, one range per quotation, rather than a flag per
  // token: a typed array as long as the article is made outside the heap, which costs more.
  private readonly excluded: number[];
  // sentences holding an excluded token read their subjects for this resolver alone; the others
  // share them. Found per sentence when its subjects are first asked: 1 own, 2 shared, 0 not yet read.
  // (with nothing excluded, it stays empty: reading past its end gives undefined, which counts as shared)
  private readonly ownSubjects: Uint8Array;
  private readonly subjectMemo = new Map<number, Subject[]>();
  private readonly actorMemo = new Map<number, Referent | null>();
  private readonly noted = new Map<number, string>();
  private readonly resolving = new Set<number>();
  /** The gender of each person as the article tells it (the same for every resolver of the article). */
  private readonly genders: Map<string, Gender | null>;

  constructor(a: Readonly<Analysis>, opts: ReferentOptions) {
    this.a = a;
    this.toks = a.tokens;
    this.text = a.doc.text;
    const base = (this.base = baseOf(a));
    this.byId = base.byId;
    this.all = base.all;
    this.tokMention = base.tokMention;
    this.titlesAt = base.titlesAt;
    this.excluded = excludedRanges(this.toks, opts.exclude);
    this.ownSubjects = this.excluded.length ? new Uint8Array(a.sentences.length) : NOTHING;
    this.genders = base.genders;
  }

  /** Is token t excluded? (a binary search for the last range starting at or before it) */
  private isExcluded(t: number): boolean {
    const excluded = this.excluded;
    let lo = 0;
    let hi = excluded.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (excluded[2 * mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && t < excluded[2 * lo - 1];
  }

  private hasOwnSubjects(k: number): boolean {
    const { excluded, ownSubjects } = this;
    let v = ownSubjects[k];
    if (v === 0) {
      const s = this.a.sentences[k];
      // the first range ending after the sentence's start: does it start before the sentence ends?
      let n = 0;
      while (n < excluded.length && excluded[n + 1] <= s.tokenStart) n += 2;
      v = n < excluded.length && excluded[n] < s.tokenEnd ? 1 : 2;
      ownSubjects[k] = v;
    }
    return v === 1;
  }

  // Appositions written after a name ("Osama Hamdan, a senior representative of Hamas in Lebanon,"):
  // what a later description can match when the actors layer has not read them as roles.
  // Read on the first description only: most articles never need them.
  private appositions(): Map<string, string[]> {
    const { base, toks, tokMention, all, text } = this;
    if (base.appositions) return base.appositions;
    const out = new Map<string, string[]>();
    for (let t = 0; t + 2 < toks.length; t++) {
      const mi = tokMention[t];
      if (mi < 0 || tokMention[t + 1] === mi || toks[t + 1].text !== ',') continue;
      const first = t + 2;
      const fp = toks[first].pos;
      if (fp !== 'DET' && fp !== 'ADJ' && fp !== 'NOUN' && fp !== 'PROPN') continue;
      let j = first;
      while (j < toks.length && j < first + 20 && toks[j].sentence === toks[t].sentence && !APPOSITION_END.has(toks[j].text) && toks[j].pos !== 'VERB') j++;
      if (j >= toks.length || !APPOSITION_END.has(toks[j].text)) continue;
      const words = text.slice(toks[first].start, toks[j - 1].end).toLowerCase();
      const list = out.get(all[mi].actor) ?? [];
      list.push(words);
      out.set(all[mi].actor, list);
    }
    return (base.appositions = out);
  }

  private lower(i: number): string {
    return this.toks[i].lower;
  }
  private isVerb(i: number): boolean {
    const pos = this.toks[i].pos;
    return pos === 'VERB' || pos === 'AUX';
  }

  private sentenceEnd(i: number): number {
    const s = this.a.sentences[this.toks[i].sentence];
    return s ? s.tokenEnd : this.toks.length;
  }

  /** A word tagged a verb between a determiner or a hyphened modifier and a noun: "the Khartoum-based think tank". */
  private insideNounPhrase(j: number): boolean {
    const toks = this.toks;
    const prev = toks[j - 1];
    if (!prev) return false;
    if (prev.text === '-' && /ed$/.test(toks[j].lower)) return true; // "-based" itself
    return (prev.pos === 'DET' || prev.pos === 'ADJ' || toks[j - 2]?.text === '-') && toks[j + 1]?.pos === 'NOUN';
  }

  /** Skips an apposition or relative clause between commas: "Zarif, Iran's chief negotiator, hailed". */
  private skipApposition(k: number, end: number): number {
    const toks = this.toks;
    if (k >= end || toks[k].text !== ',') return k;
    const first = k + 1;
    if (first >= end) return k;
    // a relative clause or an adverbial aside may hold verbs: ", who held talks in Tehran,", ", far from paying heed to it,"
    // …and so may a participle clause: ", speaking in his nightly video address,", ", flanked by aides,"
    const relative = (RELATIVE.has(this.lower(first)) && this.lower(first) !== 'that') || toks[first].pos === 'ADV' || toks[first].pos === 'ADP' || (toks[first].pos === 'VERB' && /(?:ing|ed)$/i.test(toks[first].text));
    for (let j = first; j < end && j < first + 40; j++) {
      if (toks[j].text === ',') {
        if (j === first) return k;
        return j + 1;
      }
      // (a verb-tagged word inside a noun phrase is no verb: "the Khartoum-based think tank", "the Paris-based")
      if (!relative && this.isVerb(j) && toks[j].pos === 'VERB' && !this.insideNounPhrase(j)) return k;
      if (toks[j].text === '.' || toks[j].text === ';' || OPEN_MARKS.has(toks[j].text)) return k;
    }
    return k;
  }

  /** The verb a phrase ending before token `k` is subject of, or -1. */
  private verbAfter(k: number): number {
    const toks = this.toks;
    const end = this.sentenceEnd(Math.max(0, k - 1));
    // a short bracket right after the name, before its apposition: "Debretsion Gebremichael (PhD), chairman of the TPLF, accused"
    if (k < end && toks[k].text === '(') {
      let j = k + 1;
      while (j < end && j < k + 6 && toks[j].text !== ')') j++;
      if (j < end && toks[j].text === ')' && toks[j + 1]?.text === ',') k = j + 1;
    }
    k = this.skipApposition(k, end);
    // "Traoré, 37, the youngest of the three, struck…": the comma closing one apposition opens the next
    for (let n = 0; n < 2 && k > 0 && toks[k - 1]?.text === ','; n++) {
      const next = this.skipApposition(k - 1, end);
      if (next <= k) break;
      k = next;
    }
    // parenthesised acronym or gloss: "Hamas (the Islamic Resistance Movement) said"
    if (k < end && toks[k].text === '(') {
      let j = k + 1;
      while (j < end && j < k + 12 && toks[j].text !== ')') j++;
      if (j < end && toks[j].text === ')') k = j + 1;
    }
    for (let guard = 0; guard < 6 && k < end; guard++) {
      const w = this.lower(k);
      if (toks[k].pos === 'ADV' && !this.isVerb(k)) { k++; continue; }
      if (w === 'for' && k + 2 < end && toks[k + 1].pos === 'PRON' && this.lower(k + 2) === 'part') { k += 3; continue; }
      if (TIME_LEAD.has(w) && k + 1 < end && DAY_WORDS.has(this.lower(k + 1))) { k += 2; continue; }
      if (DAY_WORDS.has(w)) { k++; continue; }
      break;
    }
    if (k >= end) return -1;
    if (this.isVerb(k)) return k;
    // the name closes an apposition it is part of: "Israel's military chief, Lt. Gen. Herzi Halevi, said"
    if (toks[k].text === ',' && k + 1 < end && (toks[k + 1].pos === 'VERB' || toks[k + 1].pos === 'AUX') && !/ing$/i.test(toks[k + 1].text)) return k + 1;
    if (OPEN_MARKS.has(toks[k].text) && k + 1 < end && toks[k + 1].pos === 'VERB') return k;
    return -1;
  }

  /** The end of a description starting at a determiner: "the senior representative of Hamas in Lebanon". */
  private descriptionEnd(i: number, end: number): number {
    const toks = this.toks;
    let j = i + 1;
    let head = -1;
    while (j < end && j < i + 8 && (toks[j].pos === 'ADJ' || toks[j].pos === 'NOUN' || toks[j].pos === 'PROPN' || toks[j].text === '-')) {
      if (isDescriptionHead(this.lower(j)) || GROUP_NOUNS.has(this.lower(j))) head = j;
      j++;
    }
    if (head < 0) return -1;
    // "of Hamas in Lebanon": a short prepositional tail
    if (j < end && (this.lower(j) === 'of' || this.lower(j) === 'in' || this.lower(j) === 'for' || this.lower(j) === 'to')) {
      let k = j;
      // ("and" joins nouns in the tail, not a second verb: "…at the head of Mercosur this semester and said")
      while (k < end && k < j + 8 && (toks[k].pos === 'ADP' || toks[k].pos === 'DET' || toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN' || toks[k].pos === 'ADJ' || toks[k].pos === 'PART' || (toks[k].pos === 'CCONJ' && toks[k + 1]?.pos !== 'VERB' && toks[k + 1]?.pos !== 'AUX'))) k++;
      if (k > j + 1 && this.verbAfter(k) >= 0) return k;
    }
    return j;
  }

  subjects(sentence: number): Subject[] {
    const { toks, tokMention, all, text } = this;
    const own = this.hasOwnSubjects(sentence);
    const memos = own ? this.subjectMemo : this.base.subjects;
    const memo = memos.get(sentence);
    if (memo) return memo;
    const out: Subject[] = [];
    const s = this.a.sentences[sentence];
    if (s) {
      let i = s.tokenStart;
      // an adverbial opening ("According to a report by the Hamas affiliated agency, …",
      // "Commemorating the memory of X, he …") holds no subject of the sentence: skip to its comma
      const lead = toks[i];
      if (lead && (lead.pos === 'ADP' || (lead.pos === 'VERB' && /ing$/i.test(lead.text)))) {
        for (let j = i + 1; j < s.tokenEnd && j < i + 40; j++) {
          if (OPEN_MARKS.has(toks[j].text) || toks[j].text === '.') break;
          if (toks[j].text === ',') { i = j + 1; break; }
        }
      }
      while (i < s.tokenEnd) {
        // (only a sentence with its own subjects holds excluded tokens)
        if (own && this.isExcluded(i)) { i++; continue; }
        let end = -1;
        let kind: Subject['kind'] = 'name';
        const mi = tokMention[i];
        if (mi >= 0 && (i === 0 || tokMention[i - 1] !== mi)) {
          end = i;
          while (end < s.tokenEnd && tokMention[end] === mi) end++;
          const m = all[mi];
          kind = m.kind === 'pronoun' ? 'pronoun' : m.kind === 'description' ? 'description' : 'name';
          if (end < s.tokenEnd && POSSESSIVE.has(toks[end].text)) { i = end + 1; continue; } // possessive: a modifier
          // common nouns after a name belong to its phrase: "the Hamas statement said", "Al Aswat daily says"
          while (end < s.tokenEnd && end < i + 12 && toks[end].pos === 'NOUN' && tokMention[end] < 0 && !(own && this.isExcluded(end))) end++;
        } else if (toks[i].pos === 'PRON' && SUBJECT_PRONOUNS.has(this.lower(i))) {
          end = i + 1;
          kind = 'pronoun';
        } else if (this.lower(i) === 'the') {
          end = this.descriptionEnd(i, s.tokenEnd);
          kind = 'description';
        } else if (isPhrasePos(toks[i].pos) && (i === s.tokenStart || CLAUSE_OPENERS.has(this.lower(i - 1)))) {
          // a bare phrase: "Iranian state media said", "State TV reported", "Officials said"
          let j = i;
          while (j < s.tokenEnd && j < i + 6 && isPhrasePos(toks[j].pos) && tokMention[j] < 0 && !(own && this.isExcluded(j))) j++;
          const head = j > i ? this.lower(j - 1) : '';
          if (j > i && (MEDIA_WORDS.has(head) || isDescriptionHead(head) || (head.endsWith('s') && isDescriptionHead(head.slice(0, -1))))) {
            end = j;
            kind = 'description';
          }
        }
        if (end > i) {
          const v = this.verbAfter(end);
          if (v >= 0) {
            let b = i - 1;
            if (b > s.tokenStart && toks[b].pos === 'DET') b--;
            const before = b >= s.tokenStart ? this.lower(b) : '';
            const compound = before === 'and' || before === '&' || before === 'or' || before === 'nor';
            out.push({ kind, tokenStart: i, tokenEnd: end, verb: v, text: text.slice(toks[i].start, toks[end - 1].end), compound });
            i = v + 1;
            continue;
          }
          if (kind !== 'description') { i = end; continue; }
        }
        i++;
      }
    }
    memos.set(sentence, out);
    return out;
  }

  subjectActor(sub: Subject): Referent | null {
    const { toks, tokMention, all, actorMemo, resolving } = this;
    const key = sub.tokenStart;
    if (actorMemo.has(key)) return actorMemo.get(key) ?? null;
    if (resolving.has(key)) return null;
    resolving.add(key);
    let r: Referent | null = null;
    const mi = tokMention[sub.tokenStart];
    if (mi >= 0 && sub.kind === 'name') r = { actor: all[mi].actor, rule: 'name' };
    else if (mi >= 0 && all[mi].start <= toks[sub.tokenStart].start && all[mi].end >= toks[sub.tokenEnd - 1].end) r = { actor: all[mi].actor, rule: `actors-${all[mi].kind}` };
    else if (sub.kind === 'pronoun') r = this.resolvePronoun(sub.tokenStart);
    else if (sub.kind === 'description') r = this.apposedName(sub.tokenEnd) ?? this.resolveDescription(sub.text, toks[sub.tokenStart].start);
    resolving.delete(key);
    actorMemo.set(key, r);
    return r;
  }

  /** "The SDLP leader, Claire Hanna, whose party…": the name set off right after a description is whom it describes. */
  private apposedName(end: number): Referent | null {
    const { toks, tokMention, all } = this;
    if (toks[end]?.text !== ',' || end + 1 >= toks.length) return null;
    const mi = tokMention[end + 1];
    if (mi < 0 || all[mi].start !== toks[end + 1].start) return null;
    let j = end + 1;
    while (j < toks.length && tokMention[j] === mi) j++;
    return toks[j]?.text === ',' ? { actor: all[mi].actor, rule: 'description-apposed-name' } : null;
  }

  private fitsType(id: string, want: 'person' | 'group' | 'organization'): boolean {
    const x = this.byId.get(id);
    if (!x) return false;
    if (want === 'organization') return x.type === 'organization';
    return want === 'person' ? x.type === 'person' : x.type === 'organization' || x.type === 'place';
  }

  /** "him", "them", and "her" with no noun after it ("hosted her", not "her counterpart"). */
  private isObjectPronoun(p: number): boolean {
    const toks = this.toks;
    const w = this.lower(p);
    if (w === 'him' || w === 'them') return true;
    const next = toks[p + 1];
    return w === 'her' && (!next || next.sentence !== toks[p].sentence || !NOUN_LIKE.has(next.pos));
  }

  private genderOfId(id: string): Gender | null {
    const genders = this.genders;
    let g = genders.get(id);
    if (g === undefined) {
      const x = this.byId.get(id);
      genders.set(id, (g = x ? genderOf(this.a, x) : null));
    }
    return g;
  }

  /** Can a pronoun wanting this type (and of this sex, for "he" and "she") stand for the actor? */
  private fits(id: string, want: 'person' | 'group' | 'organization', sex: Gender | undefined): boolean {
    return this.fitsType(id, want) && (!sex || this.genderOfId(id) !== OTHER_GENDER[sex]);
  }

  private resolvePronoun(p: number, wanted?: 'organization'): Referent | null {
    const want: 'person' | 'group' | 'organization' = wanted ?? PRONOUNS[this.lower(p)] ?? 'person';
    // "she" is no one the text calls "Mr" or "Sir", "he" no one it calls "Ms" or gives a woman's name
    const sex = want === 'person' ? PRONOUN_GENDER[this.lower(p)] : undefined;
    const s = this.toks[p].sentence;
    // the clause before it in the same sentence: "Kibaki said he was…"; an object pronoun is not
    // the subject of its own clause: in "Kibaki said Macron hosted him", "him" is Kibaki
    // (the subjects ending before the pronoun, from the last back, the last skipped for an object pronoun)
    const here = this.subjects(s);
    let skip = this.isObjectPronoun(p) ? 1 : 0;
    for (let k = here.length - 1; k >= 0; k--) {
      if (here[k].tokenEnd > p) continue;
      if (skip > 0) { skip--; continue; }
      if (here[k].compound) continue;
      const r = this.subjectActor(here[k]);
      if (r && this.fits(r.actor, want, sex)) return { actor: r.actor, rule: 'pronoun-clause-subject' };
    }
    // the main subject of the sentences before, or the speaker of a quote there
    for (let back = 1; back <= 4 && s - back >= 0; back++) {
      const prev = s - back;
      const spoke = this.noted.get(prev);
      const subs = this.subjects(prev);
      for (const sub of subs) {
        // "The two leaders met. They said…": plural persons are nobody in particular for "they"
        if (want !== 'person' && (sub.compound || (sub.kind === 'description' && /s$/i.test(sub.text)))) return null;
        if (sub.compound) continue;
        const r = this.subjectActor(sub);
        if (r && this.fits(r.actor, want, sex)) return { actor: r.actor, rule: 'pronoun-previous-subject' };
        if (r && want !== 'person') return null; // "they"/"it" after a person: not that person, and no guess further back
      }
      if (spoke && this.fits(spoke, want, sex)) return { actor: spoke, rule: 'pronoun-previous-speaker' };
    }
    return null;
  }

  // per actor, computed once per article: sorted mention starts, and the words of its names, titles and roles
  private mentionStarts(x: Actor): number[] {
    const starts = this.base.starts;
    let v = starts.get(x.id);
    if (!v) starts.set(x.id, (v = x.mentions.map(startOf).sort(ascending)));
    return v;
  }
  private hayOf(x: Actor): Hay {
    const { base, titlesAt } = this;
    let v = base.hay.get(x.id);
    if (!v) {
      // name, aliases, titles before mentions, appositions, roles and affiliation, joined by spaces
      // (written out: the lists spread into one array and joined cost more than the string)
      let hay = x.name;
      for (let k = 0; k < x.aliases.length; k++) hay += ' ' + x.aliases[k];
      for (let k = 0; k < x.mentions.length; k++) {
        const titles = titlesAt.get(x.mentions[k].start);
        if (titles) for (let n = 0; n < titles.length; n++) hay += ' ' + titles[n];
      }
      const apposed = this.appositions().get(x.id);
      if (apposed) for (let k = 0; k < apposed.length; k++) hay += ' ' + apposed[k];
      for (let k = 0; k < x.roles.length; k++) hay += ' ' + x.roles[k].title + ' ' + (x.roles[k].affiliation ?? '');
      hay += ' ' + (x.affiliation ?? '');
      v = { hay: hay.toLowerCase() };
      base.hay.set(x.id, v);
    }
    return v;
  }

  /** The head words, group noun and other words (demonyms as countries) of a description; the same text reads the same. */
  private parseDescription(desc: string): ParsedDescription | null {
    const descriptions = this.base.descriptions;
    let v = descriptions.get(desc);
    if (v !== undefined) return v;
    const shape = descriptionShape(desc);
    v = shape ? { headWords: shape.headWords, groupHead: shape.groupHead, mods: shape.mods, capMods: shape.capMods, indefinite: shape.indefinite, fit: new Map() } : null;
    descriptions.set(desc, v);
    return v;
  }

  /** How well an actor's hay fits a parsed description: the share of its modifiers the hay has, or -1 when it does not fit. */
  private fitOf(x: Actor, parsed: ParsedDescription): number {
    const { headWords, groupHead, mods, capMods } = parsed;
    const hay = this.hayOf(x).hay;
    // (loops rather than every/filter/some: their callbacks would each hold the hay)
    if (headWords.length) {
      // a generic head stands for its offices: "the Turkish leader" is a president
      for (let k = 0; k < headWords.length; k++) {
        const w = headWords[k];
        if (hasWord(hay, w)) continue;
        // "the EAM": an office abbreviated by its initials ("external affairs minister")
        if (TITLE_ABBREVIATIONS.has(w) && spelledByInitials(hay, w)) continue;
        const offices = VAGUE_HYPERNYMS.has(w) && (parsed.indefinite || !mods.length) ? undefined : PERSON_HYPERNYMS[w];
        let held = false;
        if (offices) for (let n = 0; n < offices.length && !held; n++) held = hay.includes(offices[n]);
        if (!held) return -1;
      }
    } else if (groupHead && !hasWord(hay, groupHead)) return -1; // "the movement" → "Islamic Resistance Movement"
    // a modifier counts when written anywhere in the hay, as a word or inside one ("iran" in "iranian")
    let found = 0;
    for (let k = 0; k < mods.length; k++) if (inHay(hay, mods[k])) found++;
    const score = mods.length ? found / mods.length : 1;
    if (headWords.length && mods.length && score < 0.5) return -1;
    // a capitalised modifier ("UK", "Danish") names whose office it is: it must be in the hay
    if (headWords.length) for (let k = 0; k < capMods.length; k++) if (!inHay(hay, capMods[k])) return -1;
    return score;
  }

  /**
   * Was someone introduced as "a/an … <head>" in this sentence or the two before, with no name after
   * it ("a senior Ethiopian diplomat who asked not to be named")? Then "the <head>" is that person.
   */
  private introducedUnnamed(head: string, offset: number): boolean {
    const toks = this.toks;
    const at = firstTokenAt(toks, offset);
    const s = toks[at]?.sentence ?? -1;
    if (s < 0) return false;
    const from = this.a.sentences[Math.max(0, s - 2)].tokenStart;
    for (let k = at - 1; k >= from; k--) {
      if (toks[k].lower !== head) continue;
      // "a" or "an" opening the phrase, a few words back
      let d = k - 1;
      while (d >= from && d > k - 5 && (toks[d].pos === 'ADJ' || toks[d].pos === 'ADV' || toks[d].pos === 'PROPN' || toks[d].pos === 'NOUN')) d--;
      if (d < from || (toks[d].lower !== 'a' && toks[d].lower !== 'an')) continue;
      // a name right after it ("a senior diplomat, X,") or before it ("X, a senior representative of
      // Hamas,") makes it someone named
      const next = toks[k + 1];
      if (next && next.text === ',' && toks[k + 2]?.cap) continue;
      if (d - 2 >= 0 && toks[d - 1].text === ',' && toks[d - 2].cap) continue;
      return true;
    }
    return false;
  }

  private resolveDescription(desc: string, offset: number): Referent | null {
    const { a, toks, byId } = this;
    const parsed = this.parseDescription(desc);
    if (!parsed) return null;
    const { headWords, groupHead, mods } = parsed;
    // "a senior Ethiopian diplomat who asked not to be named said … “…,” the diplomat said": the
    // unnamed person introduced just before, no one named in the text
    if (!parsed.indefinite && headWords.length === 1 && this.introducedUnnamed(headWords[0], offset)) return null;
    // the best so far: its id (null for none), score and last mention before the description
    let bestId: string | null = null;
    let bestScore = 0;
    let bestLast = 0;
    const want = headWords.length ? 'person' : 'organization';
    for (const x of a.actors) {
      if (x.type !== want) continue;
      const starts = this.mentionStarts(x);
      const last = lastBefore(starts, offset);
      if (last < 0) continue; // descriptions look back
      let score = parsed.fit.get(x.id);
      if (score === undefined) parsed.fit.set(x.id, (score = this.fitOf(x, parsed)));
      if (score < 0) continue;
      if (bestId === null || score > bestScore || (score === bestScore && last > bestLast)) {
        bestId = x.id;
        bestScore = score;
        bestLast = last;
      }
    }
    if (bestId !== null) return { actor: bestId, rule: headWords.length ? 'description-role' : 'description-group' };
    // "Keir Starmer chaired a video call… The UK prime minister told the call…": a sentence that opens
    // with an office no one holds in the text goes on about the person the sentence before was about
    if (headWords.length && headWords.every(isOfficeOfSomeone)) {
      const at = firstTokenAt(toks, offset);
      const s = toks[at]?.sentence ?? -1;
      if (s > 0 && a.sentences[s].tokenStart === at) {
        const prev = this.subjects(s - 1).find(isSingle);
        const r = prev ? this.subjectActor(prev) : null;
        const x = r ? byId.get(r.actor) : undefined;
        if (x && x.type === 'person' && !x.roles.length && (!x.affiliation || !mods.length || affiliationHasAny(x.affiliation, mods))) {
          return { actor: x.id, rule: 'description-previous-subject' };
        }
      }
    }
    // "the group said", "the movement added": like "it", the organization that was the subject last
    if (!headWords.length && groupHead && GENERIC_GROUPS.has(groupHead)) {
      const r = this.resolvePronoun(firstTokenAt(toks, offset), 'organization');
      if (r) return { actor: r.actor, rule: 'description-group-subject' };
    }
    return null;
  }

  mentionAt(offset: number): Mention | null {
    const all = this.all;
    let lo = 0;
    let hi = all.length - 1;
    let found: Mention | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].start <= offset) { found = all[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    // the last mention starting at or before the offset; nested ones are rare, check a few back
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (all[k].start <= offset && offset < all[k].end) return all[k];
    return found && offset < found.end ? found : null;
  }

  subjectAt(i: number): Subject | null {
    const { toks, tokMention } = this;
    const mi = tokMention[i];
    if (mi < 0) return null;
    let end = i;
    while (end < toks.length && tokMention[end] === mi) end++;
    const v = this.verbAfter(end);
    if (v < 0) return null;
    return { kind: 'name', tokenStart: i, tokenEnd: end, verb: v, text: this.text.slice(toks[i].start, toks[end - 1].end), compound: false };
  }

  tokenAt(offset: number): number {
    return firstTokenAt(this.toks, offset);
  }

  resolve(offset: number, description?: string): Referent | null {
    if (description) return this.resolveDescription(description, offset);
    const m = this.mentionAt(offset);
    if (m) return { actor: m.actor, rule: m.kind === 'name' || m.kind === 'short' || m.kind === 'acronym' ? 'name' : `actors-${m.kind}` };
    const toks = this.toks;
    const t = firstTokenAt(toks, offset);
    if (t < toks.length && PRONOUNS[this.lower(t)]) return this.resolvePronoun(t);
    return null;
  }

  note(sentence: number, actor: string): void {
    if (!this.noted.has(sentence)) this.noted.set(sentence, actor);
  }

  actor(id: string): Actor | undefined {
    return this.byId.get(id);
  }
}


// (the callbacks of the resolver's few array calls, made once here rather than per call)
const startOf = (m: Mention) => m.start;
const ascending = (p: number, q: number) => p - q;
const isSingle = (s: Subject) => !s.compound;
/** An office or rank that names someone in particular ("prime minister", not "official"). */
const isOfficeOfSomeone = (w: string) => (OFFICE_HEADS.has(w) || RANKS.has(w)) && !NOBODY_IN_PARTICULAR.has(w);
/** Does the affiliation, lower-cased, contain any of the words? (`mods.some((w) => affiliation.toLowerCase().includes(w))`) */
function affiliationHasAny(affiliation: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (affiliation.toLowerCase().includes(words[k])) return true;
  return false;
}

/**
 * One-shot form of `referents(a).resolve(offset, description)`: the actor a pronoun, name or
 * description at `offset` refers to, with the rule. Build `referents(a)` once instead when
 * resolving many references in one article.
 */
export function resolveReferent(a: Readonly<Analysis>, offset: number, description?: string): Referent | null {
  return referents(a).resolve(offset, description);
}

/** The greatest value below `offset` in a sorted list, or -1. */
function lastBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : -1;
}

export { firstTokenAt };

/** Do consecutive words of the hay begin with the letters of `abbr`, in order ("eam": "external affairs minister")? */
function spelledByInitials(hay: string, abbr: string): boolean {
  const words = hay.split(/[\s-]+/);
  outer: for (let i = 0; i + abbr.length <= words.length; i++) {
    for (let k = 0; k < abbr.length; k++) if (words[i + k].charCodeAt(0) !== abbr.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
