import type { Actor, Analysis, NameCandidate, Role, Token } from '../../model/types.js';
import { HONORIFICS, NON_AFFILIATING, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../../lexicons/titles.js';
import { STATE_BODY_HEADS } from '../../lexicons/organizations.js';
import { gazetteerOf, type ArticleGazetteer } from '../../lexicons/lookup.js';
import { isSpace } from './similar.js';

/**
 * Roles of a person, read from three places around one of its names:
 *  - title before:  "senior Hamas leader Mahmoud al-Zahar", "Iran's Supreme National Security
 *                   Council President Ali Shamkhani", "Afghan political analyst Atta Noori";
 *  - apposition after: "Ali Shamkhani, the secretary of Iran's Supreme National Security Council,"
 *                   "Osama Hamdan, a senior representative of Hamas in Lebanon and a member of …";
 *  - apposition before: "the head of the Hamas political bureau, Ismail Haniyeh,",
 *                   "its spokesman Mohammed Abdul-Salam".
 * A role is kept only when it holds an office word (minister, leader, spokesman…).
 */
export function readRoles(a: Readonly<Analysis>, n: NameCandidate): Role[] {
  const out: Role[] = [];
  readRolesInto(a, n, out);
  return out;
}

/** `readRoles`, the roles added to `out` (a group's roles are gathered in one list). */
export function readRolesInto(a: Readonly<Analysis>, n: NameCandidate, out: Role[]): void {
  // a name right after a preposition is its object, and the words before it no title of it: "leads
  // the official opposition at Stormont", "the most powerful figure in Maduro's government"
  const prev = a.tokens[n.tokenStart - 1];
  if (prev && prev.pos === 'ADP' && !isPoss(prev)) {
    appositionAfter(a, n, out);
    return;
  }
  const before = titleBefore(a, n);
  if (before) {
    out.push(before);
    // "Deputy Prime Minister and Foreign Minister Ishaq Dar": a second office joined by "and"
    const also = titleJoinedBefore(a, n, firstTokenFrom(a, before.span.start, n.tokenStart));
    if (also) out.push(also);
  }
  // "Mali's transitional president, General Assimi Goïta": an apposition before the title too
  const from = before ? firstTokenFrom(a, before.span.start, n.tokenStart) : n.tokenStart;
  const app = before && from === n.tokenStart ? null : appositionBefore(a, n, from);
  if (app && app.title !== before?.title) out.push(app);
  appositionAfter(a, n, out);
}

const low = (t: Token | undefined) => (t ? t.lower : '');
/** Office words and ranks in one set: one look-up per word instead of two. */
const HEADS: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...RANKS]);
const isHead = (w: string) => HEADS.has(w);
/** /(ed|ing)$/ without a regex: a past or present participle, for the verbs a role may hold. */
const isParticiple = (w: string) => w.endsWith('ed') || w.endsWith('ing');
/** A possessive token, /^['’´]s?$/ read without a regex: it is asked of most tokens near a name. */
const isPoss = (t: Token | undefined) => {
  const x = t?.text;
  if (!x || x.length > 2) return false;
  const c = x[0];
  return (c === "'" || c === '’' || c === '´') && (x.length === 1 || x[1] === 's');
};

/**
 * What a multi-word office word can begin with: each text before a space inside one ("prime" of
 * "prime minister", "lt." and "lt. gen." of "lt. gen. x"). `${w} ${next}` can be an office word only
 * when w is one of these, so the pair is joined and looked up only then, not for every token.
 */
const HEAD_PREFIXES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const h of HEADS) for (let i = h.indexOf(' '); i >= 0; i = h.indexOf(' ', i + 1)) out.add(h.slice(0, i));
  return out;
})();

/**
 * Where the article's names sit, by token, so that a role reader asks "which name covers token j"
 * or "which names start in this stretch" without a pass over every name of the article each time.
 */
interface NameIndex {
  /**
   * The first name (in article order) covering each token; null when the names are in order and
   * none overlaps another, as is usual: the one covering a token is then found by a binary search
   * of `byStart`, and no list as long as the article's tokens is made.
   */
  covering: (NameCandidate | undefined)[] | null;
  /** The names ordered by their first token. */
  byStart: readonly NameCandidate[];
}

/**
 * Built once per names layer: the layer's array is the key, so a new layer gets a new index.
 * (A layer is not changed in place once the mentions stage has made it; the actors stage's own
 * split names are a new array and are never read here.)
 */
const nameIndexes = new WeakMap<readonly NameCandidate[], NameIndex>();

function nameIndex(a: Readonly<Analysis>): NameIndex {
  let idx = nameIndexes.get(a.names);
  if (idx) return idx;
  // (the names are most often in order and apart already: then the layer itself serves, unsorted and uncopied)
  let ordered = true;
  let apart = true;
  for (let i = 1; i < a.names.length && ordered; i++) {
    ordered = a.names[i - 1].tokenStart <= a.names[i].tokenStart;
    apart &&= a.names[i - 1].tokenEnd <= a.names[i].tokenStart;
  }
  let covering: (NameCandidate | undefined)[] | null = null;
  if (!ordered || !apart) {
    covering = new Array(a.tokens.length);
    for (const m of a.names) for (let k = m.tokenStart; k < m.tokenEnd; k++) covering[k] ??= m;
  }
  idx = { covering, byStart: ordered ? a.names : a.names.slice().sort((x, y) => x.tokenStart - y.tokenStart) };
  nameIndexes.set(a.names, idx);
  return idx;
}

/** The first name of the article covering token j: `a.names.find((m) => m.tokenStart <= j && j < m.tokenEnd)`. */
function nameCovering(a: Readonly<Analysis>, j: number): NameCandidate | undefined {
  if (j < 0) return undefined;
  const idx = nameIndex(a);
  if (idx.covering) return idx.covering[j];
  // in order and apart: the last name starting at j or before, if it reaches j
  const names = idx.byStart;
  const at = firstNameFrom(names, j + 1) - 1;
  return at >= 0 && names[at].tokenEnd > j ? names[at] : undefined;
}

/** The index of the first name (of names ordered by first token) starting at token `from` or later. */
function firstNameFrom(names: readonly NameCandidate[], from: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a name beginning at a token in [from, to) pass the test? */
function someNameStartingIn(a: Readonly<Analysis>, from: number, to: number, test: (m: NameCandidate) => boolean): boolean {
  const names = nameIndex(a).byStart;
  for (let i = firstNameFrom(names, from); i < names.length && names[i].tokenStart < to; i++) if (test(names[i])) return true;
  return false;
}

/** Lower-case role text without honorifics and leading articles, as the gold writes it. */
function roleText(a: Readonly<Analysis>, start: number, end: number): string {
  // each replace is made only when it has something to replace (a role's text most often has not)
  let s = a.doc.text.slice(start, end);
  if (!singleSpaced(s)) s = s.replace(/\s+/g, ' ');
  const last = s.charCodeAt(s.length - 1);
  if (last === 44 || last === 59 || last === 58) s = s.replace(/[,;:]+$/, '');
  s = s.trim().toLowerCase();
  s = s.replace(/^(the|a|an|who is|who was|is|was|its|his|her|their)\s+/, '');
  // honorifics (and abbreviated ranks) dropped from the ends: split into words only when an end
  // word is one (most roles have none, and their words would be joined back as they were)
  const sp = s.lastIndexOf(' ');
  const fp = s.indexOf(' ');
  let joined = s;
  if (droppedLast(sp < 0 ? s : s.slice(sp + 1)) || HONORIFICS.has(fp < 0 ? s : s.slice(0, fp))) {
    const words = s.split(' ');
    while (words.length && droppedLast(words[words.length - 1])) words.pop();
    while (words.length && HONORIFICS.has(words[0])) words.shift();
    joined = words.join(' ');
  }
  return joined.includes(" '") || joined.includes(' ’') ? joined.replace(/ ([’'])s\b/g, '$1s') : joined;
}

/** A word dropped from the end of a role's text: an honorific, or a rank written abbreviated ("gen."). */
const droppedLast = (w: string) => HONORIFICS.has(w) || (RANKS.has(w) && w.endsWith('.'));

/** Is every run of whitespace in the text a single ' ' (so that `/\s+/g → ' '` changes nothing)? */
function singleSpaced(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(s.charCodeAt(i + 1)))) return false;
  }
  return true;
}

function hasHead(a: Readonly<Analysis>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = low(a.tokens[k]);
    if (isHead(w) && !HONORIFICS.has(w)) return true;
    // two-word heads: "prime minister", "secretary general"
    if (k + 1 < to && HEAD_PREFIXES.has(w) && isHead(`${w} ${low(a.tokens[k + 1])}`)) return true;
  }
  return false;
}

function role(a: Readonly<Analysis>, ts: number, te: number, rule: string): Role | null {
  // "economist at the Catholic University of Bolivia", "a security analyst with the RAND Corporation":
  // an occupation's role ends before the place of work (that is an affiliation, not the title)
  for (let k = ts + 1; k < te - 1; k++) {
    const w = low(a.tokens[k]);
    if ((w === 'at' || w === 'with') && NON_AFFILIATING.has(low(a.tokens[k - 1]))) {
      te = k;
      break;
    }
  }
  const start = a.tokens[ts].start;
  const end = a.tokens[te - 1].end;
  const title = roleText(a, start, end);
  if (!title || !/[a-z]/.test(title)) return null;
  return { title, span: { start, end }, rule, affiliation: null };
}

/**
 * The title phrase right before the name: title words in any case, names of organizations and
 * places, demonyms and possessives ("Iran's"), back to the first word that is none of these.
 */
function titleBefore(a: Readonly<Analysis>, n: NameCandidate): Role | null {
  const t = a.tokens;
  const sent = a.sentences[n.sentence];
  let k = n.tokenStart;
  // "adviser to Khamenei", "the head of Hamas": the name completes someone else's title
  if (OWNER_PREPOSITIONS.has(low(t[k - 1]))) return null;
  // in-run titles: the mentions stage kept them out of the name
  if (n.titles.length) while (k > sent.tokenStart && t[k - 1].end > n.titles[0].start) k--;
  let first = k;
  let sawHead = n.titles.length > 0 && hasHead(a, k, n.tokenStart);
  for (let j = k - 1; j >= sent.tokenStart && k - j <= 18; j--) {
    const tok = t[j];
    const w = low(tok);
    const cap = tok.cap;
    if (isHead(w) || OFFICE_MODIFIERS.has(w) || HONORIFICS.has(w)) {
      if (isHead(w) && !HONORIFICS.has(w)) sawHead = true;
      first = j;
      continue;
    }
    if (tok.text === '-' || isPoss(tok)) continue;
    // "… of the Democratic People's Republic of Korea (DPRK) Choe Son Hui": an acronym in parentheses
    if (tok.text === ')') {
      let o = j - 1;
      while (o > sent.tokenStart && o > j - 6 && t[o].text !== '(') o--;
      if (t[o].text === '(') { j = o; continue; }
      break;
    }
    // "Secretary of the Russian Security Council Sergey Shoigu", "Minister of Foreign Affairs X":
    // an office's "of" phrase, and "of" inside a name ("Republic of Korea")
    if (w === 'of' && j - 1 >= sent.tokenStart && (isHead(low(t[j - 1])) || (t[j - 1].cap && t[j + 1]?.cap))) continue;
    if (w === 'the' && low(t[j - 1]) === 'of') continue;
    // "ambassador to Russia", "envoy in Kabul": the place of an office, inside its title; but in
    // "advisor to President Isaias Afwerki" the title after "to" is the person's own
    if ((w === 'to' || w === 'in') && j - 1 >= sent.tokenStart && isHead(low(t[j - 1]))) {
      if (isHead(low(t[j + 1])) || HONORIFICS.has(low(t[j + 1]))) break;
      continue;
    }
    // a whole name inside the title phrase: "African Union Commission chairperson"
    const named = cap ? nameCovering(a, j) : undefined;
    if (named && named.tokenStart >= sent.tokenStart && named.tokenEnd <= k) {
      first = named.tokenStart;
      j = named.tokenStart;
      continue;
    }
    if (cap && tok.pos === 'PROPN') {
      first = j;
      continue;
    }
    if (gazetteerOf(a.doc).demonym(tok.text) || (cap && /-(led|backed|based|aligned|born)$/.test(w))) {
      first = j;
      continue;
    }
    break;
  }
  if (!sawHead || first >= n.tokenStart) return null;
  // a possessive owner opens the phrase only when a title follows it
  return role(a, first, n.tokenStart, 'title-before');
}

/**
 * The capitalised office joined by "and" before a title that opens at `first`: "Deputy Prime
 * Minister" in "Deputy Prime Minister and Foreign Minister Ishaq Dar". Capitals only: "the
 * president and Foreign Minister X" names two people.
 */
function titleJoinedBefore(a: Readonly<Analysis>, n: NameCandidate, first: number): Role | null {
  const t = a.tokens;
  const sent = a.sentences[n.sentence];
  if (first - 2 < sent.tokenStart || low(t[first - 1]) !== 'and' || !t[first].cap) return null;
  let j = first - 2;
  let head = false;
  while (j >= sent.tokenStart && t[j].cap && (isHead(low(t[j])) || OFFICE_MODIFIERS.has(low(t[j])))) {
    head ||= isHead(low(t[j]));
    j--;
  }
  // a whole phrase of office words, not the tail of a name or a sentence's first word only
  if (!head || j + 1 > first - 2 || (j >= sent.tokenStart && (t[j].cap || isPoss(t[j])))) return null;
  return role(a, j + 1, first - 1, 'title-before-joined');
}

const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'a', 'an']);

// Word lists asked of tokens near every name, as sets made once (not an array literal per test)
/** Words after which a name completes someone else's title: "adviser to Khamenei", "the head of Hamas". */
const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for']);
const isAndOr = (w: string) => w === 'and' || w === 'or';
/** "X, who is …": the verb that opens an apposition as a clause. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'serves', 'served']);
/** Tokens that end an apposition after a name. */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ')', '—', '–', ':', '"', '“', '”']);
/** Tokens that end a title in a list of capitalised titles. */
const LIST_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ')', ':']);

/**
 * "the head of the Hamas political bureau, Ismail Haniyeh": a noun phrase that opens with a
 * determiner or a possessive name, holds an office word, and ends right before the name (with or
 * without a comma).
 */
/** The index of the token starting at `offset`, searched back from `to`. */
function firstTokenFrom(a: Readonly<Analysis>, offset: number, to: number): number {
  let k = to;
  while (k > 0 && a.tokens[k - 1].start >= offset) k--;
  return k;
}

function appositionBefore(a: Readonly<Analysis>, n: NameCandidate, from = n.tokenStart): Role | null {
  const t = a.tokens;
  const sent = a.sentences[n.sentence];
  let end = from;
  if (OWNER_PREPOSITIONS.has(low(t[end - 1]))) return null; // "adviser to Khamenei": someone else's title
  // before a title, only an apposition set off by its comma: "Mali's president, General Assimi Goïta"
  // ("the prime minister, Foreign Minister Natwar Singh and …" is a list, not an apposition)
  if (from !== n.tokenStart && (t[end - 1]?.text !== ',' || isAndOr(low(t[n.tokenEnd])))) return null;
  if (t[end - 1]?.text === ',') end--;
  for (let j = end - 1; j >= sent.tokenStart && end - j <= 14; j--) {
    const w = low(t[j]);
    if (t[j].text === ',' || t[j].text === ';' || t[j].pos === 'VERB' && !isParticiple(w) || t[j].pos === 'AUX') return null;
    const opener = DETERMINERS.has(w) || (isPoss(t[j + 1]) && j + 1 < end && t[j].cap);
    if (!opener) continue;
    if (!hasHead(a, j, end)) continue;
    // a possessive owner is read whole: "the European Union's foreign policy chief"
    let from = DETERMINERS.has(w) ? j + 1 : j;
    if (!DETERMINERS.has(w)) {
      const owner = nameCovering(a, j);
      if (owner && owner.tokenStart >= sent.tokenStart) from = Math.min(from, owner.tokenStart);
    }
    if (namesAnother(a, n, from, end, DETERMINERS.has(w) ? j : from)) return null;
    return role(a, from, end, 'apposition-before');
  }
  return null;
}

/**
 * Does the phrase [from, end) before n, led by the token `lead`, belong to another person? Another
 * person named inside it makes it a list of people, not n's role; one named right before it owns
 * it ("Kharazi, the head of …, Hamas Deputy Chief Arouri said"). (Before a title, any name not
 * known as a place or organization counts: "… adviser to Khamenei, Hamas Deputy Chief Arouri".)
 * A function of its own: closures over the loop's variables made a context per token read.
 */
function namesAnother(a: Readonly<Analysis>, n: NameCandidate, from: number, end: number, lead: number): boolean {
  const untyped = (m: NameCandidate) => from !== n.tokenStart && m.type === null;
  if (someNameStartingIn(a, from, end, (m) => m !== n && (m.type === 'person' || m.titles.length > 0 || untyped(m)) && !m.possessive && m.tokenEnd <= end)) return true;
  return a.tokens[lead - 1]?.text === ',' && a.names.some((m) => m !== n && m.tokenEnd === lead - 1 && (m.type === 'person' || m.titles.length > 0));
}

/** Words that open a clause, not an apposition, after a name and its comma. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'or', 'although', 'though', 'because', 'since', 'when', 'after', 'before', 'where', 'which', 'whose', 'whom', 'if', 'unless', 'until', 'then']);

/**
 * "Name, the secretary of Iran's Supreme National Security Council," and "Name, who is Hamas
 * Deputy Chief and founding commander of …": a phrase between commas that holds an office word
 * in its first words; " and a/the …" starts a second role.
 */
function appositionAfter(a: Readonly<Analysis>, n: NameCandidate, out: Role[]): void {
  const t = a.tokens;
  let k = n.tokenEnd;
  if (isPoss(t[k])) return;
  if (t[k]?.text !== ',') return;
  k++;
  if (low(t[k]) === 'who' && COPULAS.has(low(t[k + 1]))) k += 2;
  if (low(t[k]) === 'as') k++;
  // "X, while Y …", "X, but Y …": a clause joined by a conjunction, not a description of X
  if (t[k] && (t[k].pos === 'SCONJ' || t[k].pos === 'CCONJ' || CLAUSE_OPENERS.has(low(t[k])))) return;
  // "the village of Banjska, killing an officer": a participle clause, not a description ("acting president" is one)
  if (t[k] && t[k].pos === 'VERB' && /(?:ing|ed)$/.test(low(t[k])) && !OFFICE_MODIFIERS.has(low(t[k]))) return;
  const sent = a.sentences[n.sentence];
  const start = k;
  let end = k;
  while (end < sent.tokenEnd && end - start < 22) {
    const tok = t[end];
    if (APPOSITION_ENDS.has(tok.text)) break;
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && !isParticiple(low(tok)) && !isHead(low(tok))) break;
    end++;
  }
  if (end <= start) return;
  // "during talks with Ali Khamenei, Hamas Deputy Chief Arouri referred…": another person, titled,
  // begins a new clause; a possessive one ("Rouhani's foreign minister") is part of the role
  if (beginsAnotherClause(a, n, start, end)) return;
  // the office word must come early: "Hamas deputy leader", "the commander of …"
  if (!officeWordIn(t, start, Math.min(end, start + 6))) return;
  let s = start;
  for (let j = start; j <= end; j++) {
    // "and a/the …" starts a second role; so does "and" before a capitalised title ("Deputy Prime Minister and Chairman of …")
    const splitHere = j === end || (low(t[j]) === 'and' && (DETERMINERS.has(low(t[j + 1])) || titleStartsAt(t, j + 1)) && hasHead(a, j + 1, end));
    if (!splitHere) continue;
    if (hasHead(a, s, j)) {
      const r = role(a, s, j, 'apposition-after');
      if (r) out.push(r);
    }
    s = j + 1;
  }
  // "X, Vice President, Deputy Prime Minister and Chairman of the Presidential Court,": a list of
  // capitalised titles goes on past the comma
  while (t[end]?.text === ',' && titleStartsAt(t, end + 1)) {
    let e = end + 1;
    while (e < sent.tokenEnd && e - end < 12 && !LIST_ENDS.has(t[e].text) && !(low(t[e]) === 'and' && !titleStartsAt(t, e + 1))) {
      if (t[e].pos === 'VERB' || t[e].pos === 'AUX') break;
      e++;
    }
    if (t[e] && !(low(t[e]) === 'and' || LIST_ENDS.has(t[e].text))) break;
    let p = end + 1;
    for (let j = end + 1; j <= e; j++) {
      if (j < e && !(low(t[j]) === 'and' && titleStartsAt(t, j + 1))) continue;
      if (hasHead(a, p, j)) {
        const r = role(a, p, j, 'apposition-after');
        if (r) out.push(r);
      }
      p = j + 1;
    }
    if (low(t[e]) === 'and') break;
    end = e;
  }
}

/**
 * Does another person, titled (or a person right after the comma or a title), begin in [start,
 * end) after n? Then a new clause begins there, not n's role; a possessive one is part of it.
 */
function beginsAnotherClause(a: Readonly<Analysis>, n: NameCandidate, start: number, end: number): boolean {
  const t = a.tokens;
  const names = nameIndex(a).byStart;
  for (let i = firstNameFrom(names, start); i < names.length && names[i].tokenStart < end; i++) {
    const m = names[i];
    if (m !== n && (m.titles.length > 0 || (m.type === 'person' && (m.tokenStart === start || isHead(low(t[m.tokenStart - 1]))))) && !m.possessive) return true;
  }
  return false;
}

/** Is an office word (no honorific) among the tokens [from, to)? */
function officeWordIn(t: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isHead(low(t[j])) && !HONORIFICS.has(low(t[j]))) return true;
  return false;
}

/** Does a capitalised title begin at token k ("Deputy Prime Minister", "Chairman of …")? */
function titleStartsAt(t: readonly Token[], k: number): boolean {
  const first = t[k];
  if (!first || !first.cap) return false;
  for (let j = k; j < k + 4 && t[j]; j++) {
    const w = low(t[j]);
    if (isHead(w) && !HONORIFICS.has(w)) return true;
    if (!t[j].cap || !(OFFICE_MODIFIERS.has(w) || isHead(w))) return false;
  }
  return false;
}

/**
 * The country or organization an actor acts for. For a person, read from its roles: a possessive
 * owner ("Iran's"), else an organization named in the role (unless it is a state body, whose
 * country is meant), else a country or demonym. For an organization: its gazetteer entry, a
 * possessive owner right before it, or a demonym in its name.
 */
export function affiliationOf(a: Readonly<Analysis>, x: Actor, all: Actor[]): string | null {
  const gz = gazetteerOf(a.doc);
  if (x.type === 'place') return null;
  if (x.type === 'organization') {
    const org = gz.org(x.name);
    if (org?.affiliation) return org.affiliation;
    for (let k = 0; k < x.mentions.length; k++) {
      const owner = ownerBefore(a, x.mentions[k].start, all);
      if (owner) return owner.name;
    }
    // the first word that is a country's demonym (asked word by word, up to the first)
    for (const w of x.name.split(/\s+/)) {
      const dem = countryOfDemonym(gz, w);
      if (dem) return dem;
    }
    return null;
  }
  // "Prime Minister Narendra Modi of India" (only a person with a role: the text after each
  // mention is not read for the others)
  const text = a.doc.text;
  // (indexed loops in this function: its for-of loops allocated an iterator result per step)
  for (let k = 0; k < (x.roles.length ? x.mentions.length : 0); k++) {
    const m = x.mentions[k];
    // cheap test first: spaces, then "of" (most names are followed by anything else)
    let p = m.end;
    while (p < m.end + 12 && isSpace(text.charCodeAt(p))) p++;
    if (p === m.end || text.charCodeAt(p) !== 111 || text.charCodeAt(p + 1) !== 102) continue;
    const after = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
    if (!after) continue;
    const y = nonPersonAt(all, m.end + after[0].length);
    if (y) return y.name;
  }
  for (let ri = 0; ri < x.roles.length; ri++) {
    const r = x.roles[ri];
    if (holdsNonAffiliating(r.title)) continue;
    // the other actors named inside the role, in the order of `all`
    const inside: Actor[] = [];
    for (let yi = 0; yi < all.length; yi++) {
      const y = all[yi];
      if (y === x) continue;
      for (let k = 0; k < y.mentions.length; k++) {
        const m = y.mentions[k];
        if (m.start >= r.span.start && m.end <= r.span.end) {
          inside.push(y);
          break;
        }
      }
    }
    const owner = ownerBefore(a, r.span.start, all) ?? possessedIn(a, inside, r);
    if (owner) return owner.name;
    const org = inside.find((y) => y.type === 'organization' && !STATE_BODY_HEADS.has(lastWord(y.name).toLowerCase()));
    if (org) return org.name;
    const place = firstCountryIn(a, gz, r, inside);
    if (place) return place.name;
    // each word of the title (single-spaced: see roleText) in turn, looked up in place: the
    // gazetteer slices a word out only when it may be a demonym
    const title = r.title;
    for (let i = 0; i <= title.length; ) {
      let j = title.indexOf(' ', i);
      if (j < 0) j = title.length;
      const d = gz.demonymAt(title, i, j);
      if (d && gz.place(d)?.kind === 'country') return d;
      i = j + 1;
    }
  }
  return null;
}

/** A continent's demonym names no one an actor acts for: "European Commission" is not Europe's. */
function countryOfDemonym(gz: ArticleGazetteer, w: string): string | null {
  const d = gz.demonym(w);
  return d && gz.place(d)?.kind === 'country' ? d : null;
}

/**
 * The first actor, not a person, with a mention starting at the offset. (Here and below, a loop in
 * a function of its own: a closure over affiliationOf's arguments made a context at every call.)
 */
function nonPersonAt(all: Actor[], at: number): Actor | undefined {
  for (const y of all) {
    if (y.type === 'person') continue;
    for (const m of y.mentions) if (m.start === at) return y;
  }
  return undefined;
}

/** The first of the actors inside the role written with a possessive there ("Iran's"). */
function possessedIn(a: Readonly<Analysis>, inside: Actor[], r: Role): Actor | undefined {
  for (const y of inside) if (isPossessedAt(a, y, r)) return y;
  return undefined;
}

/** The first country named in the role, but not the post's ("ambassador to Russia", "envoy in Kabul"). */
function firstCountryIn(a: Readonly<Analysis>, gz: ArticleGazetteer, r: Role, inside: Actor[]): Actor | undefined {
  if (inside.length === 0) return undefined;
  const at = (y: Actor) => y.mentions.find((m) => m.start >= r.span.start && m.end <= r.span.end)!.start;
  const posted = (y: Actor) => /\b(?:to|in)\s+(?:the\s+)?$/i.test(a.doc.text.slice(r.span.start, at(y)));
  return inside.filter((y) => y.type === 'place' && gz.place(y.name)?.kind === 'country' && !posted(y)).sort((p, q) => at(p) - at(q))[0];
}

/** `s.split(/\s+/).pop()`: the text after its last space ("" when it ends in one). */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}

/** The lengths and first letters of the words of NON_AFFILIATING, as `length * 256 + first`. */
const NON_AFFILIATING_SHAPES: ReadonlySet<number> = new Set([...NON_AFFILIATING].map((w) => w.length * 256 + w.charCodeAt(0)));

/**
 * Does a role's title (single-spaced: see roleText) hold a word of NON_AFFILIATING? Each word is
 * sliced out and looked up only when its length and first letter are those of one of them.
 */
function holdsNonAffiliating(title: string): boolean {
  for (let i = 0; i <= title.length; ) {
    let j = title.indexOf(' ', i);
    if (j < 0) j = title.length;
    if (NON_AFFILIATING_SHAPES.has((j - i) * 256 + title.charCodeAt(i)) && NON_AFFILIATING.has(title.slice(i, j))) return true;
    i = j + 1;
  }
  return false;
}

/** "'", "’" or "´". */
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0xb4;

/** "Iran's" right before an offset. */
function ownerBefore(a: Readonly<Analysis>, offset: number, all: Actor[]): Actor | null {
  const text = a.doc.text;
  const from = Math.max(0, offset - 40);
  // cheap test first, on the text itself: it must end in a space after "'s", "’s" or an apostrophe
  let e = offset;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  // an apostrophe, or one and an "s", must end it: "Iran's", "Iran’s", "Hamas'"
  if (e === offset || e <= from) return null;
  const last = text.charCodeAt(e - 1);
  if (!isApostrophe(last) && !(last === 115 && e - 1 > from && isApostrophe(text.charCodeAt(e - 2)))) return null;
  const before = text.slice(from, offset);
  const m = /([\p{L}.-]+)\s*['’´]s?\s+$/u.exec(before);
  if (!m) return null;
  const at = offset - before.length + m.index;
  return nonPersonAt(all, at) ?? null;
}


function isPossessedAt(a: Readonly<Analysis>, y: Actor, r: Role): boolean {
  return y.type !== 'person' && y.mentions.some((m) => m.start >= r.span.start && m.end <= r.span.end && /^['’´]/.test(a.doc.text.slice(m.end, m.end + 1)));
}
