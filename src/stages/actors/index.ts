import type { Actor, ActorType, Analysis, Mention, NameCandidate, Role } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';

import { GIVEN_NAMES, NAME_PARTICLES } from '../../lexicons/names.js';
import { HONORIFICS } from '../../lexicons/titles.js';
import { readRolesInto, affiliationOf } from './roles.js';
import { descriptionMentions } from './descriptions.js';
import { coreWordsOf, isSpace, nameTokens, sameSurnameWords } from './similar.js';
import { isEnglishWord } from '../../nlp.js';
import { ArticleGazetteer, gazetteerOf } from '../../lexicons/lookup.js';
import { rememberedAcross } from '../../memo.js';
import { isPlain, plainKey, withoutAccents } from '../../lexicons/fold.js';
import { organizationCue, personCue, placeCue, thingCue } from './type-cues.js';

/**
 * One actor per real-world entity in the article, with its roles and affiliation.
 *
 * Names are grouped longest first, so that "Shamkhani" and the misspelt "Shmkhani" join
 * "Ali Shamkhani", and "Islamic Republic of Iran" joins "Iran" through the gazetteer. A name
 * the mentions stage could not type is typed here from what the article says of it (a role
 * makes it a person); a lone common English word with no such evidence is not an actor.
 */
export const actors: Stage = {
  name: 'actors',
  requires: ['names', 'demonyms', 'tokens', 'sentences'],
  assigns: ['actors'],
  run(a) {
    const headline = headlineParagraphs(a);
    const groups: Group[] = [];
    const index: GroupIndex = { byKey: new Map(), byForm: new Map(), persons: 0 };
    const gz = gazetteerOf(a.doc);
    const names = splitPairs(a);
    const factsAt: NameFacts[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) factsAt[i] = factsOf(names[i].text);
    const order = groupingOrder(names, factsAt);
    // the group of each name, by its place in `names` (an array, not a map keyed by the name objects)
    const groupAt: (Group | undefined)[] = new Array(names.length);
    // (indexed loops in this function: its for-of loops allocated an iterator result per step)
    for (let o = 0; o < order.length; o++) {
      const i = order[o];
      const n = names[i];
      const facts = factsAt[i];
      const key = canonicalKey(n, facts);
      const form = facts.simple;
      const own = facts.core;
      let g = findGroup(groups, index, n, key, form, own);
      // "Lloyd Austin … Austin told the committee": a person's surname that is also a place
      // is the person, unless a place preposition comes before it
      if (g && key?.startsWith('place:') && g.key === key && !g.person && !afterPlacePreposition(a, n)) {
        const person = surnameOf(groups, index, own);
        if (person) {
          g = person;
          n.type = 'person';
          n.typeRule = 'the surname of a person named in full';
        }
      } else if (!g && key?.startsWith('place:') && !afterPlacePreposition(a, n)) {
        const person = surnameOf(groups, index, own);
        if (person) {
          g = person;
          n.type = 'person';
          n.typeRule = 'the surname of a person named in full';
        }
      }
      let newForm = false;
      if (!g) {
        if (inHeadline(a, headline, n)) continue; // a headline's capitals prove nothing: only names found elsewhere count
        // (made holding the name: most groups keep one, and a list made empty grows by many slots at its first push)
        g = { names: [n], cores: [own], distinctCores: [own], type: null, key, forms: [form], person: false, at: groups.length, roles: null, fill: 0 };
        groups.push(g);
        if (key !== null && !index.byKey.has(key)) index.byKey.set(key, g);
        newForm = true;
      } else {
        g.names.push(n);
        g.cores.push(own);
        if (!g.distinctCores.includes(own)) g.distinctCores.push(own);
        if (!g.forms.includes(form)) {
          g.forms.push(form);
          newForm = true;
        }
      }
      if (newForm) {
        const holders = index.byForm.get(form);
        if (holders) holders.push(g);
        else index.byForm.set(form, [g]);
      }
      if (n.type === 'person' && !g.person) {
        g.person = true;
        index.persons++;
      }
      groupAt[i] = g;
    }
    // parenthesised alternative names join their groups: "Islamic Resistance Movement (Hamas)",
    // and so do names given as "known as": "Mohamed Hamdan Dagalo, widely known as Hemedti"
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      const next = names[i + 1];
      const known = next && next.sentence === n.sentence && (!n.type || !next.type || n.type === next.type) && mayBeKnownAs(a.doc.text, n.end, next.start) && KNOWN_AS.test(a.doc.text.slice(n.end, next.start)) ? next : undefined;
      if (!n.alias && !known) continue;
      const g1 = groupAt[i];
      const other = known ? i + 1 : names.findIndex((m) => m.start === n.alias!.start);
      const g2 = other >= 0 ? groupAt[other] : undefined;
      if (g1 && g2 && g1 !== g2) {
        g1.names.push(...g2.names);
        g1.cores.push(...g2.cores);
        for (const c of g2.distinctCores) if (!g1.distinctCores.includes(c)) g1.distinctCores.push(c);
        for (const f of g2.forms) if (!g1.forms.includes(f)) g1.forms.push(f);
        g1.person ||= g2.person;
        for (let k = 0; k < groupAt.length; k++) if (groupAt[k] === g2) groupAt[k] = g1;
        groups.splice(groups.indexOf(g2), 1);
      }
    }
    inTextOrder(names, groups, groupAt);
    const out: Actor[] = [];
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      // roles are read only where they matter (see rolesOf): for persons, and to type a name nothing else types
      const { type, rule } = decideType(a, g);
      if (!type) continue;
      const roles = type === 'person' ? rolesOf(a, g) : [];
      let name = bestName(g, type);
      // a place or a known organization goes by its common name when the article writes it: "Iran",
      // not "Islamic Republic of Iran"; "Hamas", not "Islamic Resistance Movement"
      if ((type === 'place' && g.key?.startsWith('place:')) || (type === 'organization' && g.key?.startsWith('org:') && !gz.agency(g.key.slice(4)))) {
        const common = g.key.slice(g.key.indexOf(':') + 1).toLowerCase();
        for (const n of g.names) {
          if (n.text.toLowerCase() === common) {
            name = n.text;
            break;
          }
        }
      }
      // a place known only from a dateline's capitals ("CARACAS") takes the gazetteer's spelling
      // (a lower-case ASCII second letter, as most names have, already says it is not in capitals)
      if (type === 'place' && name.length > 3 && !isAsciiLower(name.charCodeAt(1)) && name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)) {
        const known = gz.place(name)?.name;
        if (known && known.toLowerCase() === name.toLowerCase()) name = known;
      }
      const id = `a${out.length + 1}`;
      // each name is compared with the actor's name once, for its mention and for the aliases
      // (most names are written exactly as the actor's name: lower-casing is needed only for the
      // others); the aliases are a list, each text once, in the order first written
      let lowerName: string | null = null;
      const aliases: string[] = [];
      const mentions: Mention[] = new Array(g.names.length);
      for (let k = 0; k < g.names.length; k++) {
        const n = g.names[k];
        const same = n.text === name || n.text.toLowerCase() === (lowerName ??= name.toLowerCase());
        if (!same && !aliases.includes(n.text)) aliases.push(n.text);
        mentions[k] = { start: n.start, end: n.end, text: n.text, kind: mentionKind(n, same), actor: id, rule: same ? 'name' : 'same entity' };
      }
      out.push({ id, name, type, aliases, roles: dedupeRoles(roles), affiliation: null, mentions, typeRule: rule });
    }
    for (let k = 0; k < out.length; k++) if (out[k].type !== 'place') out[k].affiliation = affiliationOf(a, out[k], out); // a place has none
    // an actor's name mentions are in order already (its names were sorted): only one given a
    // description mention needs sorting again
    const described: Actor[] = [];
    for (const m of descriptionMentions(a, out)) {
      const x = actorById(out, m.actor);
      if (!x) continue;
      x.mentions.push(m);
      if (!described.includes(x)) described.push(x);
    }
    for (const x of described) if (x.mentions.length > 1) x.mentions.sort(byStart);
    return { actors: out };
  },
};

/** What joins a name to another name of the same actor: ", also known as", ", nicknamed", "(aka". */
const KNOWN_AS = /^\s*(?:[,(]\s*(?:who is\s+)?(?:(?:also|widely|better|commonly|popularly|locally|simply|often)\s+)?(?:known as|referred to as|called|nicknamed|dubbed)|(?:who is\s+)?(?:also|widely|better|commonly|popularly|locally|simply|often)\s+(?:known as|referred to as|called|nicknamed|dubbed)|known as|[,(]?\s*(?:aka|a\.k\.a\.))\s+(?:the\s+)?["“]?$/i;

/**
 * A quick reject for KNOWN_AS, read on text[from, to) in place: the words between two names end,
 * past a quote mark, spaces and a "the", in the last letters of "known as", "referred to as",
 * "called", "nicknamed", "dubbed", "aka" or "a.k.a." ("as", "ed", "ka", "a."). Most words
 * between two names of a sentence ("and", ",", "said") do not.
 */
function mayBeKnownAs(text: string, from: number, to: number): boolean {
  let e = to;
  const q = text.charCodeAt(e - 1);
  if (e > from && (q === 34 || q === 0x201c)) e--;
  let w = e;
  while (w > from && isSpace(text.charCodeAt(w - 1))) w--;
  if (w === e) return false; // KNOWN_AS ends in spaces (before the quote mark)
  // "known as the ": the last word may be a "the" after spaces
  if (w - 4 >= from && (text.charCodeAt(w - 3) | 32) === 116 && (text.charCodeAt(w - 2) | 32) === 104 && (text.charCodeAt(w - 1) | 32) === 101 && isSpace(text.charCodeAt(w - 4))) {
    w -= 3;
    while (w > from && isSpace(text.charCodeAt(w - 1))) w--;
  }
  if (w - 2 < from) return false;
  const x = text.charCodeAt(w - 2) | 32;
  const y = text.charCodeAt(w - 1) | 32;
  return (x === 97 && y === 115) || (x === 101 && y === 100) || (x === 107 && y === 97) || (x === 97 && y === 46);
}

interface Group {
  names: NameCandidate[];
  /**
   * The core words of each name, at the same index, read once when the name joins: a name is
   * compared with every person's names while grouping. (Grouping only: names are sorted later.)
   */
  cores: (readonly string[])[];
  /**
   * The same, each list once: names of one text share one list (the facts are remembered per
   * text), and a comparison that only asks "does any name match" needs each text once.
   */
  distinctCores: (readonly string[])[];
  type: ActorType | null;
  /** The gazetteer identity of the group, when it has one ("place:Iran", "org:Hamas"). */
  key: string | null;
  /** Its names, normalised by `simple`, each once (a few: a list, not a set). */
  forms: string[];
  /** Whether any of its names was typed a person. */
  person: boolean;
  /** Its place in the order groups were made. */
  at: number;
  /** The roles read around its names, once asked (see rolesOf). */
  roles: Role[] | null;
  /** How many of its names are written back in text order so far (see inTextOrder). */
  fill: number;
}

/**
 * The roles read around the group's names, in text order, read once and only when asked: for a
 * person, and to type a group nothing else types.
 */
function rolesOf(a: Readonly<Analysis>, g: Group): Role[] {
  if (!g.roles) {
    const read: Role[] = [];
    for (const n of g.names) readRolesInto(a, n, read);
    g.roles = read;
  }
  return g.roles;
}

/**
 * The groups by gazetteer identity (the first group made with it) and by each normalised form
 * they hold, kept up to date while names are grouped, so that a name finds its group without a
 * pass over every group.
 */
interface GroupIndex {
  byKey: Map<string, Group>;
  byForm: Map<string, Group[]>;
  /** How many groups are persons' (while names are grouped): with none, no name is a shorter form of one. */
  persons: number;
}

/**
 * The identity a gazetteer gives a name's text, so that its other names join it: an
 * organization's ("org:Hamas"), or a place's ("place:Iran"), which only a name typed as a place takes.
 */
function identity(gz: ArticleGazetteer, text: string): { key: string; place: boolean } | null {
  const org = gz.agency(text) ?? gz.org(text);
  if (org) return { key: `org:${org.name}`, place: false };
  const pl = gz.place(text);
  return pl ? { key: `place:${pl.name}`, place: true } : null;
}

/** What grouping needs of a name's text. */
interface NameFacts {
  words: readonly string[];
  /** Normalised by `simple`. */
  simple: string;
  core: readonly string[];
  identity: { key: string; place: boolean } | null;
}

/** The gazetteer name facts are read with: its answers are no article's own. */
const FACTS_GAZETTEER = new ArticleGazetteer();

/**
 * A name's normalised form, words, core words and gazetteer identity, computed once per text and
 * kept in one map: a name costs one look-up, not one per fact. The facts of a text are the same in
 * every article (the gazetteer's answers are), and names come back article after article ("Iran",
 * "Hamas", "Trump"), so they are kept across articles, up to a bound (see rememberedAcross). The
 * lists are shared by every name of the text and never changed: groups compare core lists by
 * identity (see Group.distinctCores).
 */
const factsOf = rememberedAcross((text: string): NameFacts => {
  const words = nameTokens(text);
  return { words, simple: simple(text), core: coreWordsOf(words), identity: identity(FACTS_GAZETTEER, text) };
}, 20_000);

// The stage's helpers, not made per call (see shared/keep-last.ts).
/** Does a name sit in a headline paragraph? (asked only of a name that found no group) */
function inHeadline(a: Readonly<Analysis>, headline: ReadonlySet<number>, n: NameCandidate): boolean {
  if (headline.size === 0) return false;
  const sentence = n.sentence; // (its first token's)
  return headline.has(sentence >= 0 ? a.sentences[sentence].paragraph : -1);
}
/** The actor with this id (`actors.find((y) => y.id === id)`). */
function actorById(actors: readonly Actor[], id: string): Actor | undefined {
  for (let k = 0; k < actors.length; k++) if (actors[k].id === id) return actors[k];
  return undefined;
}
const byStart = (x: { start: number }, y: { start: number }) => x.start - y.start;
/** groupingOrder by a comparator sort, for what it cannot pack. */
function orderByComparator(names: readonly NameCandidate[], facts: readonly NameFacts[]): number[] {
  const order: number[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) order[i] = i;
  return order.sort((x, y) => facts[y].words.length - facts[x].words.length || names[y].text.length - names[x].text.length || x - y);
}

/**
 * The order names are grouped in: the most words first, then the longest text, then the first
 * written; as indexes into `names`. Each name's three keys are packed into one number, and the
 * numbers are put in order by insertion (an article has a few dozen names; a comparator sort
 * called a function per comparison). A name too long to pack, or an article of very many names,
 * is sorted by the comparator as before.
 */
function groupingOrder(names: readonly NameCandidate[], facts: readonly NameFacts[]): number[] {
  if (names.length > 200) return orderByComparator(names, facts);
  const keys: number[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const w = facts[i].words.length;
    const len = names[i].text.length;
    if (w > 1023 || len > 65535) return orderByComparator(names, facts);
    // (1023 - w) · 2^36 + (65535 - len) · 2^20 + i: ascending is the order wanted, and exact in a double
    const key = (1023 - w) * 68719476736 + (65535 - len) * 1048576 + i;
    let k = i; // (keys[0..i) are in order)
    while (k > 0 && keys[k - 1] > key) {
      keys[k] = keys[k - 1];
      k--;
    }
    keys[k] = key;
  }
  for (let k = 0; k < keys.length; k++) keys[k] %= 1048576;
  return keys;
}

/**
 * Each group's names in the order they are written: the names are in text order already (as the
 * mentions stage finds them), so one pass over them refills each group's list in that order
 * instead of a sort per group; names out of order are sorted by their start as before.
 */
function inTextOrder(names: readonly NameCandidate[], groups: readonly Group[], groupAt: readonly (Group | undefined)[]): void {
  let ordered = true;
  for (let i = 1; i < names.length && ordered; i++) ordered = names[i - 1].start < names[i].start;
  if (!ordered) {
    for (const g of groups) if (g.names.length > 1) g.names.sort(byStart);
    return;
  }
  // each list of more than one name is written over in place, from its start (a group of one
  // name keeps its list as it is)
  for (const g of groups) g.fill = 0;
  for (let i = 0; i < names.length; i++) {
    const g = groupAt[i];
    if (g && g.names.length > 1) g.names[g.fill++] = names[i];
  }
}

/** "a" to "z". */
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** The name's gazetteer identity, if it has one: a place's only for a name typed as a place. */
function canonicalKey(n: NameCandidate, facts: NameFacts): string | null {
  const id = facts.identity;
  return id && (!id.place || n.type === 'place') ? id.key : null;
}

/** A name lower-cased and unified for comparison ("The Hamas-led…" → "hamas led…"). */
function simple(s: string): string {
  // a plain text with no hyphen has nothing to unify: its lower case without a leading "the"
  if (isPlain(s) && !s.includes('-')) return plainKey(s);
  return withoutAccents(s)
    .replace(/[’‘`´]/g, "'")
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The group a name belongs to: same words, same gazetteer identity, or a shorter form of a person's name. */
function findGroup(groups: Group[], index: GroupIndex, n: NameCandidate, key: string | null, s: string, own: readonly string[]): Group | undefined {
  if (key) {
    const byKey = index.byKey.get(key);
    if (byKey) return byKey;
  }
  // the first group made that holds this form and fits the name's type
  let exact: Group | undefined;
  const holders = index.byForm.get(s);
  if (holders) for (const g of holders) if ((!exact || g.at < exact.at) && compatible(g, n)) exact = g;
  if (exact) return exact;
  if (key) return undefined;
  if (n.type === 'place' || n.type === 'organization') {
    // an acronym of an organization's name: "SNSC" for "Supreme National Security Council"
    if (/^[A-Z]{2,6}$/.test(n.text)) return byInitials(groups, n.text);
    return undefined;
  }
  // a shorter or misspelt form of a person's name: "Shamkhani", "Shmkhani", "Al Thani"
  // (n itself is in no group yet: every name of a group is another name); each way below looks
  // for a person's group only
  if (index.persons === 0) return undefined;
  // the persons whose name this may be a form of: most often none or one, kept without a list then
  let first: Group | undefined;
  let persons: Group[] | null = null;
  for (const g of groups) {
    if (!g.person || !holdsSurname(g, own, 1)) continue;
    if (!first) first = g;
    else (persons ??= [first]).push(g);
  }
  if (!first) return byGivenName(groups, own) ?? byPartOfName(groups, own, n);
  if (!persons) return first;
  return namedLastBefore(persons, n, own);
}

/**
 * Two people share the surname ("Manmohan Singh", "Natwar Singh"): "Dr Singh" is the one named last
 * before it. (A function of its own: closures over findGroup's arguments made a context at every call.)
 */
function namedLastBefore(persons: Group[], n: NameCandidate, own: readonly string[]): Group | undefined {
  const ranked: { g: Group; at: number }[] = new Array(persons.length);
  for (let k = 0; k < persons.length; k++) ranked[k] = { g: persons[k], at: lastNamedBefore(persons[k], n, own) };
  ranked.sort(latestFirst);
  return ranked[0].at >= 0 && ranked[0].at !== ranked[1].at ? ranked[0].g : undefined;
}

// (not made per call (see shared/keep-last.ts))
/** Where the group last names the person with these surname words before the name, or -1. */
function lastNamedBefore(g: Group, n: NameCandidate, own: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < g.names.length; i++) {
    const m = g.names[i];
    if (m.start < n.start && sameSurnameWords(g.cores[i], own) && m.start > at) at = m.start;
  }
  return at;
}
const latestFirst = (x: { at: number }, y: { at: number }) => y.at - x.at;

/**
 * "a Putin-Zelenskiy summit", "the Biden-Xi talks": two surnames joined by a hyphen, each the last
 * word of a person named in full elsewhere in the article, are two names, not one.
 */
function splitPairs(a: Readonly<Analysis>): NameCandidate[] {
  // the surnames are gathered only when some name is a hyphenated pair: most articles have none
  let surnames: Set<string> | null = null;
  const surnamesOf = () => {
    const out = new Set<string>();
    for (const m of a.names) {
      const core = factsOf(m.text).core;
      if (core.length >= 2 && m.type !== 'place' && m.type !== 'organization' && !m.text.includes('-')) out.add(core[core.length - 1]);
    }
    return out;
  };
  // a part is a surname when its first core word is one; a part with no core word ("El" of
  // "El-Fasher" is a particle) is none, and needs no surnames gathered to say so (no surname is "")
  const isSurname = (part: string) => {
    const w = coreWordsOf(nameTokens(part))[0] ?? '';
    return w !== '' && (surnames ??= surnamesOf()).has(w);
  };
  // the two surnames a dashed text splits into, or null; decided once per text (a name is written many times)
  const splits = new Map<string, string[] | null>();
  const out: NameCandidate[] = [];
  for (const n of a.names) {
    // cheap test first: a pair is joined by a hyphen or a dash
    let parts = hasDash(n.text) ? splits.get(n.text) : null;
    if (parts === undefined) {
      const pair = HYPHENATED_PAIR.exec(n.text);
      parts = pair && isSurname(pair[1]) && isSurname(pair[2]) ? [pair[1], pair[2]] : null;
      splits.set(n.text, parts);
    }
    if (!parts) {
      out.push(n);
      continue;
    }
    let at = n.start;
    for (const p of parts) {
      const start = a.doc.text.indexOf(p, at);
      const end = start + p.length;
      at = end;
      let ts = n.tokenStart;
      while (ts < n.tokenEnd - 1 && a.tokens[ts].end <= start) ts++;
      let te = ts + 1;
      while (te < n.tokenEnd && a.tokens[te].start < end) te++;
      out.push({ ...n, start, end, text: p, tokenStart: ts, tokenEnd: te, type: 'person', typeRule: 'a surname in a hyphenated pair of people', titles: [], possessive: false, alias: null });
    }
  }
  return out;
}

/** Does the text hold a hyphen or a dash ("-", "‐", "–")? One pass over it. */
function hasDash(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2013) return true;
  }
  return false;
}

const HYPHENATED_PAIR = /^(\p{Lu}[\p{L}'’]+)[-‐–](\p{Lu}[\p{L}'’]+)$/u;

/** Prepositions after which an untyped name can only be a place: "in Kadugli", "near El-Fasher". */
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'into', 'inside']);

/** "in Kadugli", and "in El-Fasher and Kadugli": after a place-only preposition, or joined to a name that is. */
function afterPlaceOnlyPreposition(a: Readonly<Analysis>, n: NameCandidate): boolean {
  const before = a.tokens[n.tokenStart - 1];
  if (!before) return false;
  if (PLACE_ONLY_PREPOSITIONS.has(before.lower)) return true;
  if (before.lower !== 'and' && before.lower !== 'or') return false;
  const prev = a.names.find((m) => m.tokenEnd === n.tokenStart - 1);
  return !!prev && PLACE_ONLY_PREPOSITIONS.has(a.tokens[prev.tokenStart - 1]?.lower ?? '');
}

/** Words before a name that make it a place: "in Austin", "to Washington". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'via', 'through']);

function afterPlacePreposition(a: Readonly<Analysis>, n: NameCandidate): boolean {
  const before = a.tokens[n.tokenStart - 1];
  return !!before && PLACE_PREPOSITIONS.has(before.lower);
}

/** The one person group whose full name ends in this single word ("Austin" for Lloyd Austin). */
function surnameOf(groups: Group[], index: GroupIndex, own: readonly string[]): Group | undefined {
  if (own.length !== 1 || index.persons === 0) return undefined;
  // (n itself is in no group yet: every name of a group is another name)
  let hit: Group | undefined;
  for (const g of groups) {
    if (!g.person || !holdsSurname(g, own, 2)) continue;
    if (hit) return undefined; // two persons: neither
    hit = g;
  }
  return hit;
}

/**
 * "Mohamed bin Zayed" for Mohamed bin Zayed Al Nahyan, "González" for Edmundo González Urrutia,
 * "Lula" for Luiz Inácio Lula da Silva: a name whose words stand together inside exactly one
 * person's longer name is that person.
 */
function byPartOfName(groups: Group[], own: readonly string[], n: NameCandidate): Group | undefined {
  if (!own.length) return undefined;
  // the persons holding the words, and the names not typed yet that may be persons too ("Centre-right
  // senator Rodrigo Paz Pereira" is typed by its role later): "Paz" may be Rodrigo Paz Pereira or his
  // father Jaime Paz Zamora
  let found: Group | undefined;
  let many: Group[] | null = null;
  let person = false;
  for (const g of groups) {
    if (!g.person && !g.names.every(untyped)) continue;
    let holds = false;
    for (const core of g.distinctCores) {
      if (core.length > own.length && standsInside(own, core)) {
        holds = true;
        break;
      }
    }
    if (!holds) continue;
    person ||= g.person;
    if (!found) found = g;
    else if (found !== g) (many ??= [found]).push(g);
  }
  if (!person) return undefined;
  if (!many) return found;
  // several: a given name they share is no one's ("Ali Larijani met Ali Akbar Velayati. Ali spoke");
  // a surname they share is the one named last before this mention, when one is ("Paz, 58, …"
  // after "Rodrigo Paz Pereira" and before his father is named); later mentions of the form follow it
  if (GIVEN_NAMES.has(own[0]) || many.some((g) => g.distinctCores.some((c) => c[0] === own[0]))) return undefined;
  let best: Group | undefined;
  let bestAt = -1;
  let tie = false;
  for (const g of many) {
    let at = -1;
    for (let i = 0; i < g.names.length; i++) if (g.names[i].start < n.start && g.names[i].start > at && standsInside(own, g.cores[i])) at = g.names[i].start;
    if (at > bestAt) { best = g; bestAt = at; tie = false; }
    else if (at === bestAt) tie = true;
  }
  return bestAt >= 0 && !tie ? best : undefined;
}

const untyped = (m: NameCandidate) => m.type === null;

/** Do the words of `own` stand together, in order, somewhere in `full`? (plain loops: asked of every person's names) */
function standsInside(own: readonly string[], full: readonly string[]): boolean {
  outer: for (let i = 0; i + own.length <= full.length; i++) {
    for (let k = 0; k < own.length; k++) if (full[i + k] !== own[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * "Prince Faisal bin Farhan … Faisal told Al Arabiya": a lone word that is the first name of
 * exactly one person named in full, and the last name of nobody, is that person called by
 * their given name.
 */
function byGivenName(groups: Group[], own: readonly string[]): Group | undefined {
  if (own.length !== 1) return undefined;
  const w = own[0];
  let found: Group | undefined;
  for (const g of groups) {
    for (const core of g.distinctCores) {
      if (core.length < 2) continue;
      if (core[core.length - 1] === w) return undefined;
      if (core[0] !== w || !g.person) {
        // another person holding the word inside their name makes it ambiguous, unless it is a
        // given name there: a middle name ("Jasem Mohamed Albudaiwi") is not used alone
        if (g.person && core.includes(w) && !GIVEN_NAMES.has(w)) return undefined;
        continue;
      }
      if (found && found !== g) return undefined;
      found = g;
    }
  }
  return found;
}

/** Is `own` a shorter or misspelt form of one of the group's names of at least `minWords` core words? */
function holdsSurname(g: Group, own: readonly string[], minWords: number): boolean {
  for (const core of g.distinctCores) if (core.length >= minWords && sameSurnameWords(core, own)) return true;
  return false;
}

/** The first group with a name whose initials are the acronym. */
function byInitials(groups: Group[], acronym: string): Group | undefined {
  for (const g of groups) for (const m of g.names) if (initials(m.text) === acronym) return g;
  return undefined;
}

// (loops rather than every/filter/map, whose callbacks were closures made per call: see shared/keep-last.ts)
function compatible(g: Group, n: NameCandidate): boolean {
  if (!n.type) return true;
  for (let k = 0; k < g.names.length; k++) if (g.names[k].type && g.names[k].type !== n.type) return false;
  return true;
}

/** The first letters of a name's capitalised words, particles left out ("Islamic Resistance Movement": "IRM"). */
function initials(s: string): string {
  let out = '';
  for (const w of nameTokens(s)) if (STARTS_UPPER.test(w) && !NAME_PARTICLES.has(w.toLowerCase())) out += w[0];
  return out;
}
const STARTS_UPPER = /^\p{Lu}/u;

/** The type the group's names vote for, or one read from context; null drops the group. */
function decideType(a: Readonly<Analysis>, g: Group): { type: ActorType | null; rule: string } {
  // the votes of the three types, and the order each was first voted in (for ties), in plain
  // numbers: a map per group was most of this function's own time
  let person = 0;
  let organization = 0;
  let place = 0;
  let firstVoted: ActorType | null = null;
  let secondVoted: ActorType | null = null;
  let strong = false;
  for (const n of g.names) {
    if (!n.type) continue;
    const w = ruleWeight(n.typeRule);
    strong ||= w > 1 || n.typeRule.startsWith('the surname of');
    if (n.type === 'person') person += w;
    else if (n.type === 'organization') organization += w;
    else place += w;
    if (firstVoted === null) firstVoted = n.type;
    else if (secondVoted === null && n.type !== firstVoted) secondVoted = n.type;
  }
  // (no closures below: one over this function's variables made a context at every call)
  // "the port of Assab", "to Addis Abeba, where…": the words around a name no lexicon knows
  // outweigh a guess from its shape ("two capitalised words: a person")
  if (!strong) {
    // "the Ulchi Freedom Shield exercise": written only as a thing's name, it names no actor
    if (allThings(a, g) && !rolesOf(a, g).length) return { type: null, rule: `the name of a thing: ${thingCue(a, g.names[0])}` };
    for (const n of g.names) {
      const cue = placeCue(a, n);
      if (cue && !rolesOf(a, g).length) return { type: 'place', rule: `a place by its context: ${cue}` };
      const org = organizationCue(a, n);
      // (never for a name also written in full: "Biden" in "Biden chairman…" is still Joe Biden)
      if (org && !rolesOf(a, g).length && othersAreOneWord(g, n)) return { type: 'organization', rule: `an organization by its context: ${org}` };
    }
  }
  if (firstVoted !== null) {
    // the most voted type; on a tie the first voted, as a stable sort of the votes would give
    let type = firstVoted;
    let most = votesFor(firstVoted, person, organization, place);
    if (secondVoted !== null && votesFor(secondVoted, person, organization, place) > most) {
      type = secondVoted;
      most = votesFor(secondVoted, person, organization, place);
    }
    // the third type, if voted at all, was voted last
    const third: ActorType | null = secondVoted === null ? null : firstVoted !== 'person' && secondVoted !== 'person' ? 'person' : firstVoted !== 'organization' && secondVoted !== 'organization' ? 'organization' : 'place';
    if (third !== null && votesFor(third, person, organization, place) > most) type = third;
    return { type, rule: firstOfType(g, type).typeRule };
  }
  const roles = rolesOf(a, g);
  if (roles.length) return { type: 'person', rule: `a person's role: "${roles[0].title}"` };
  // "fighting in El-Fasher", "near Kadugli": a name written only after a place preposition is a place
  if (allAfterPlaceOnlyPreposition(a, g)) return { type: 'place', rule: 'written only after a place preposition ("in", "near")' };
  const words = nameTokens(g.names[0].text);
  // A single word the English vocabulary does not know is a foreign name: a person's surname when the
  // text has it act as one somewhere (speak, meet, own: "Vucic said", "met Rudenko", "Netanyahu's
  // government"); written alone and never so, it is as often a place or a body. (English puts no
  // "the" before a person's name: "at the Capitol" names a building.)
  // (the vocabulary is asked last: the other tests are cheaper, and most words fail one of them)
  if (words.length === 1 && !/^\p{Lu}+$/u.test(words[0]) && !allAfterThe(a, g) && somePersonCue(a, g) && !isEnglishWord(words[0])) {
    return { type: 'person', rule: 'a word outside the English vocabulary, used as a person\'s name' };
  }
  return { type: null, rule: 'no evidence that this capitalised word names an actor' };
}

/** The votes for type t. */
function votesFor(t: ActorType, person: number, organization: number, place: number): number {
  return t === 'person' ? person : t === 'organization' ? organization : place;
}

/** The group's first name typed t. */
function firstOfType(g: Group, t: ActorType): NameCandidate {
  for (const n of g.names) if (n.type === t) return n;
  throw new Error(`no name of the group is typed ${t}`);
}

/** Is every name of the group written as a thing's name ("the Ulchi Freedom Shield exercise")? */
function allThings(a: Readonly<Analysis>, g: Group): boolean {
  for (const n of g.names) if (!thingCue(a, n)) return false;
  return true;
}

/** Is every name of the group written after a place-only preposition? */
function allAfterPlaceOnlyPreposition(a: Readonly<Analysis>, g: Group): boolean {
  for (const n of g.names) if (!afterPlaceOnlyPreposition(a, n)) return false;
  return true;
}

/** Is every name of the group written after "the"? */
function allAfterThe(a: Readonly<Analysis>, g: Group): boolean {
  for (const n of g.names) if (a.tokens[n.tokenStart - 1]?.lower !== 'the') return false;
  return true;
}

/** Does some name of the group act as a person's (see personCue)? */
function somePersonCue(a: Readonly<Analysis>, g: Group): boolean {
  for (const n of g.names) if (personCue(a, n)) return true;
  return false;
}

/** Is every name of the group but n a single word? (a function of its own: a closure over n made in a loop allocates per name) */
function othersAreOneWord(g: Group, n: NameCandidate): boolean {
  for (const m of g.names) if (m !== n && m.tokenEnd - m.tokenStart !== 1) return false;
  return true;
}

/** The last rule weighed, and its weight: names in a row often share a rule (the same string). */
let lastRule = '';
let lastWeight = 1;

/** A name's vote for its type: 3 for a title or a lexicon, 1 for a guess from its shape. */
function ruleWeight(rule: string): number {
  if (rule !== lastRule) {
    lastRule = rule;
    lastWeight = rule.startsWith('person title') || rule.includes('gazetteer') || rule.includes('lexicon') ? 3 : 1;
  }
  return lastWeight;
}

/** The fullest form used in the article: the most words, then the most characters, honorifics aside. */
function bestName(g: Group, type: ActorType): string {
  // the first of the best-scored forms, each form scored once
  let best = '';
  let bestScore = -Infinity;
  // a form met again scores what it scored before, which did not beat the best then: it is passed
  // over (looked for among the names before it, or in a set for a group of many names)
  const names = g.names;
  const seen = names.length > 8 ? new Set<string>() : null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (seen) {
      if (seen.has(n.text)) continue;
      seen.add(n.text);
    } else if (k > 0 && metBefore(names, k)) continue;
    // (only a text beginning with a "t" can begin with "the")
    // (an organization keeps its "the")
    const c = n.text.charCodeAt(0);
    const f = (c === 116 || c === 84) && type !== 'organization' ? n.text.replace(/^the\s+/i, '') : n.text;
    // (the words of a name's own text are known already; a text stripped of its "the" is split here)
    const sc = nameScore(f, f === n.text ? factsOf(f).words : nameTokens(f));
    if (sc > bestScore) {
      best = f;
      bestScore = sc;
    }
  }
  return best;
}

/** A form's score for the best name: its words that are no honorific, then its length; an acronym scores less. */
function nameScore(f: string, words: readonly string[]): number {
  // the words that are no honorific, counted without a filtered copy
  let w = 0;
  for (const x of words) if (!isHonorific(x)) w++;
  const acronym = /^[A-Z.]+$/.test(f) ? -10 : 0;
  return w * 100 + f.length + acronym;
}

/** The honorifics' lengths and first letters, as `length * 256 + first`. */
const HONORIFIC_SHAPES: ReadonlySet<number> = new Set([...HONORIFICS].map((h) => h.length * 256 + h.charCodeAt(0)));

/**
 * `HONORIFICS.has(x.toLowerCase())`, lower-casing only a word of an honorific's length and first
 * letter. (A word beginning in ASCII keeps its length and first letter, `c | 32`, in lower case
 * whenever that can be an honorific: only "İ" lengthens, into a mark no honorific holds.)
 */
function isHonorific(x: string): boolean {
  const c = x.charCodeAt(0);
  if (c < 128 && !HONORIFIC_SHAPES.has(x.length * 256 + (c | 32))) return false;
  return HONORIFICS.has(x.toLowerCase());
}

/** Is the k-th name's text that of a name before it? */
function metBefore(names: readonly NameCandidate[], k: number): boolean {
  const text = names[k].text;
  for (let j = 0; j < k; j++) if (names[j].text === text) return true;
  return false;
}

/** `same`: the name is written as the actor's name, case aside. */
function mentionKind(n: NameCandidate, same: boolean): Mention['kind'] {
  if (same) return 'name';
  if (/^[A-Z.]{2,}$/.test(n.text)) return 'acronym';
  return 'short';
}

function dedupeRoles(roles: Role[]): Role[] {
  if (roles.length < 2) return roles; // (each actor's list is its own)
  const seen = new Set<string>();
  const out: Role[] = [];
  for (const r of roles) {
    if (seen.has(r.title)) continue;
    seen.add(r.title);
    out.push(r);
  }
  return out;
}

/**
 * Paragraphs written in title case with no sentence punctuation (a repeated headline, a photo
 * label): their capitals do not mark names.
 */
function headlineParagraphs(a: Readonly<Analysis>): Set<number> {
  const out = new Set<number>();
  const doc = a.doc.text;
  for (const p of a.paragraphs) {
    // most paragraphs end in a sentence end, which the test below finds at the end: decided
    // without slicing the paragraph or running the test over it
    if (p.end > p.start && (isSentenceEnd(doc.charCodeAt(p.end - 1)) || (p.end - 1 > p.start && isCloser(doc.charCodeAt(p.end - 1)) && isSentenceEnd(doc.charCodeAt(p.end - 2))))) continue;
    const text = doc.slice(p.start, p.end);
    if (/[.!?]["”’)]?(\s|$)/.test(text)) continue; // a sentence end anywhere means prose, not a headline
    const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < 2) continue;
    const caps = words.filter((w) => /^\p{Lu}/u.test(w) || ['of', 'in', 'and', 'the', 'a', 'to', 'for', 'on', 'with', 'at'].includes(w)).length;
    if (caps / words.length >= 0.85) out.add(p.index);
  }
  return out;
}

/** ".", "!" or "?". */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;
/** What may close a sentence after its end mark: `"`, "”", "’", ")". */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;
