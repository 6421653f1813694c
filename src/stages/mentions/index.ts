import type { ActorType, Analysis, Demonym, NameCandidate, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { GIVEN_NAMES, HYPHEN_ONLY_PARTICLES, LOWER_PARTICLES, NAME_PARTICLES, NON_ACTOR_HEADS, NOT_ACTORS } from '../../lexicons/names.js';
import { HONORIFICS, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../../lexicons/titles.js';
import { ORG_HEADS, PLACE_FIRST_WORDS, PLACE_HEADS, PLACE_NOUNS } from '../../lexicons/organizations.js';
import { gazetteerOf, type ArticleGazetteer } from '../../lexicons/lookup.js';
import type { PlaceEntry } from '../../lexicons/places.js';
import { withoutAccents } from '../../lexicons/fold.js';
import { MONTHS } from '../../lexicons/time.js';
import { isEnglishWord as inEnglishVocabulary } from '../../nlp.js';
import { rememberedAcross } from '../../memo.js';
import { keptOut } from '../shared/boilerplate.js';

/**
 * Proper names in the text, with titles kept out of them, and demonyms tied to their place.
 *
 * 1. Runs: capitalised words joined by name particles (al-, bin, Abu, de, van…), by hyphens
 *    written without spaces ("Amir-Abdollahian"), and by "of"/"for"/"&" after an organization's
 *    head word ("Islamic Republic of Iran", "Strategic Council of Foreign Relations").
 * 2. Each run is split at its titles: "Iranian Foreign Minister Mohammed Zarif" gives the demonym
 *    "Iranian", the title "Foreign Minister", and the name "Mohammed Zarif"; "Supreme National
 *    Security Council President Ali Shamkhani" gives an organization and a person.
 * 3. Each name is typed from gazetteers (places, organizations, agencies), head words, titles
 *    and given names; what stays unknown is typed by the actors stage from context.
 */
export const mentions: Stage = {
  name: 'mentions',
  requires: ['tokens', 'sentences'],
  assigns: ['names', 'demonyms'],
  run(a) {
    const names: NameCandidate[] = [];
    const demonyms: Demonym[] = [];
    const gz = gazetteerOf(a.doc);
    const tokens = a.tokens;
    for (const s of a.sentences) {
      if (s.boilerplate) continue;
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        // most tokens are lower-case words that are no particle: canStart's first test, read here
        // without the calls (nine in ten tokens start no run)
        const t = tokens[i];
        if (!(t.cap && t.kind !== 'punctuation') && (t.lower.length > LONGEST_PARTICLE || !PARTICLES.has(t.lower))) {
          i++;
          continue;
        }
        let end = runEnd(a, gz, i, s.tokenStart, s.tokenEnd);
        // "the Korean peninsula", "the Gaza strip": a lower-case word that completes a known place
        if (end > i && end < s.tokenEnd && startsLowerCase(tokens[end].text) && gz.placeAt(a.doc.text, t.start, tokens[end].end)) end++;
        if (end > i) {
          splitRun(a, gz, i, end, names, demonyms);
          i = end;
        } else i++;
      }
    }
    attachParentheticals(gz, a, names);
    // a name inside a credit, byline or caption range ("(KCNA)", "REUTERS") is not the article's
    const out = keptOut(a.doc);
    return { names: out.length ? outsideOf(names, out) : names, demonyms: out.length ? outsideOf(demonyms, out) : demonyms };
  },
};

// (not made per call (see shared/keep-last.ts))
/** The items within none of the ranges: `items.filter((n) => !ranges.some((b) => n.start >= b.start && n.end <= b.end))`. */
function outsideOf<T extends { start: number; end: number }>(items: readonly T[], ranges: readonly { start: number; end: number }[]): T[] {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const n = items[i];
    let inside = false;
    for (let k = 0; k < ranges.length && !inside; k++) inside = n.start >= ranges[k].start && n.end <= ranges[k].end;
    if (!inside) kept.push(n);
  }
  return kept;
}

const lower = (t: Token | undefined) => (t ? t.lower : '');
const isCap = (t: Token | undefined) => !!t && t.cap && t.kind !== 'punctuation';
const isHyphenJoin = (a: Analysis, k: number) => {
  const t = a.tokens[k];
  return !!t && (t.text === '-' || t.text === '‐') && a.tokens[k - 1]?.end === t.start && a.tokens[k + 1]?.start === t.end;
};
/** A possessive token, /^['’´]s?$/ read without a regex. */
const isPossessive = (t: Token | undefined) => {
  const x = t?.text;
  if (!x || x.length > 2) return false;
  const c = x[0];
  return (c === "'" || c === '’' || c === '´') && (x.length === 1 || x[1] === 's');
};
/**
 * Is the word in wink-nlp's English vocabulary? Its answers are kept across articles: the look-up
 * lower-cases and hashes the word each time, and names are asked about in article after article.
 */
const isEnglishWord = rememberedAcross(inEnglishVocabulary, 20_000);
/** Honorifics, ranks and office words in one set: one look-up per word instead of three. */
const TITLES: ReadonlySet<string> = new Set([...HONORIFICS, ...RANKS, ...OFFICE_HEADS]);
const isTitle = (w: string) => TITLES.has(w);
/** Does the text begin with an ASCII digit (/^\d/)? */
const startsWithDigit = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** Does the text begin with a lower-case letter (/^\p{Ll}/u)? ASCII is read without the regex. */
const LOWER_START = /^\p{Ll}/u;
const startsLowerCase = (s: string) => {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
};
/** Marks after which a capital opens a sentence or a quote, as /^[“"‘'(\[—–-]$/ matched them. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-']);
const isTitleish = (w: string) => isTitle(w) || OFFICE_MODIFIERS.has(w);

/** Lower-case nouns that, right after a name, say it names a group or a medium. */
const GROUP_NOUNS = new Set(['daily', 'newspaper', 'agency', 'movement', 'militia', 'group', 'party', 'faction', 'organization', 'organisation', 'network', 'channel', 'broadcaster', 'website', 'outlet', 'militants', 'rebels']);

/** Letters written after a person's name for a degree, honour or rank ("(PhD)", "(retd)"): not names. */
const POST_NOMINALS = new Set(['phd', 'dphil', 'md', 'mp', 'mep', 'mba', 'jr', 'sr', 'retd', 'ret', 'rtd', 'obe', 'mbe', 'cbe', 'kbe', 'qc', 'kc', 'esq', 'llb', 'llm', 'msc', 'ma', 'ba', 'bsc']);

/** Nouns for a news medium, written right before its name: "the newspaper O Globo", "broadcaster EBC". */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'outlet', 'website', 'magazine', 'tabloid', 'paper', 'network', 'station', 'agency', 'portal']);

/** Collective nouns whose possessive sits inside organization names: "People's", "Workers'", "Women's". */
const COLLECTIVE_POSSESSORS = new Set(['people', 'peoples', 'workers', 'women', 'martyrs', 'veterans', 'farmers', 'peasants', 'citizens', 'nations', 'soldiers', 'students', 'teachers', 'mothers', 'youth']);

/** Function words that open sentences with a capital and never start a name. */
const OPENER_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART', 'INTJ', 'NUM', 'VERB']);

/** Every particle a name may begin with in lower case. */
const PARTICLES: ReadonlySet<string> = new Set([...LOWER_PARTICLES, ...HYPHEN_ONLY_PARTICLES]);
/** The length of the longest particle: a longer lower-case word is none, and is passed over without the set. */
const LONGEST_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));

/** Could token k start a name? Sentence openers need more evidence than a capital letter. */
function canStart(a: Analysis, gz: ArticleGazetteer, k: number, sentStart: number): boolean {
  const t = a.tokens[k];
  const cap = isCap(t);
  const w = t.lower;
  if (!cap) {
    // "al-Zahar", "bin Salman" written in running text
    if (LOWER_PARTICLES.has(w)) {
      const n = a.tokens[k + 1];
      return (isHyphenJoin(a, k + 1) && isCap(a.tokens[k + 2])) || (isCap(n) && n.start === t.end + 1);
    }
    if (HYPHEN_ONLY_PARTICLES.has(w)) return isHyphenJoin(a, k + 1) && isCap(a.tokens[k + 2]);
    return false;
  }
  if (t.kind === 'number' || startsWithDigit(t.text)) return false;
  const opener = k === sentStart || OPENING_MARKS.has(a.tokens[k - 1]?.text ?? '');
  if (!opener) return true;
  // what follows concerns a capital that opens a sentence or a quote
  const nextCap = isCap(a.tokens[k + 1]);
  if (NOT_ACTORS.has(w)) {
    if (isSurnameHere(a, gz, k)) return true;
    if (!nextCap) return false;
  }
  if (t.pos !== 'PROPN' && OPENER_POS.has(t.pos) && !isTitle(w)) return false;
  if (nextCap) return true;
  if (t.pos !== 'PROPN' && !gz.known(t.text) && !GIVEN_NAMES.has(fold(w))) return false;
  // "Delegations from both sides…": an English word alone at a sentence's start is a name only if
  // the article also writes it with a capital inside a sentence ("Trump said" after "Donald Trump")
  if ((isEnglishWord(w) || (w.endsWith('s') && isEnglishWord(w.slice(0, -1)))) && !gz.known(t.text) && !isDemonymWord(gz, t.text) && !GIVEN_NAMES.has(fold(w)) && !capitalizedInside(a, t.text)) return false;
  return true;
}

/** A demonym, singular or plural: "Iranian", "Venezuelans". */
function isDemonymWord(gz: ArticleGazetteer, w: string): boolean {
  return !!gz.demonym(w) || (w.endsWith('s') && !!gz.demonym(w.slice(0, -1)));
}

/** Is the word written with a capital somewhere not at a sentence's start? */
function capitalizedInside(a: Analysis, word: string): boolean {
  for (const s of a.sentences) {
    for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) {
      const t = a.tokens[j];
      // (the word has a capital, and a token's cap is read from its text: other tokens' texts are not read)
      if (t.cap && t.text === word && !OPENING_MARKS.has(a.tokens[j - 1].text)) return true;
    }
  }
  return false;
}

/** Is the run k…j-1 an organization's head word followed by an "of" or "for" phrase ("Regional Center for Democracy")? */
function inOrgComplement(t: readonly Token[], k: number, j: number): boolean {
  for (let q = k + 1; q < j; q++) {
    const w = t[q].lower;
    if ((w === 'of' || w === 'for') && ORG_HEADS.has(t[q - 1].lower)) return true;
  }
  return false;
}

/** Quotation marks around a nickname inside a name. */
const NICK_OPEN = new Set(['"', '“', "'", '‘']);
const NICK_CLOSE = new Set(['"', '”', "'", '’']);

/**
 * Every lower-case token (by its lower case, which is its text's) that one of runEnd's rules may take
 * into a run: hyphens, particles, the Portuguese "do", a possessive, an opening nickname quote, and
 * "of", "for", "on", "&", "and". Any other token without a capital ends the run.
 */
const RUN_GOES_ON: ReadonlySet<string> = new Set([
  '-', '‐', ...NAME_PARTICLES, ...LOWER_PARTICLES, ...HYPHEN_ONLY_PARTICLES, 'do', 'da', 'dos', 'das',
  "'", '’', '´', "'s", '’s', '´s', '"', '“', '‘', 'of', 'for', 'on', '&', 'and',
]);

/** Index one past the end of the name run starting at k (k itself when none starts there). */
function runEnd(a: Analysis, gz: ArticleGazetteer, k: number, sentStart: number, sentEnd: number): number {
  if (!canStart(a, gz, k, sentStart)) return k;
  const t = a.tokens;
  let j = k + 1;
  for (;;) {
    if (j >= sentEnd) break;
    const cur = t[j];
    // most runs end at a lower-case word that no rule below joins: stop there without the rules
    if (!cur.cap && !RUN_GOES_ON.has(cur.lower)) break;
    const prev = t[j - 1];
    // "Amir-Abdollahian", "al-Qassam", and "Jae-myung": a name's second half in lower case is no English word
    if (isHyphenJoin(a, j) && j + 1 < sentEnd && (isCap(t[j + 1]) || NAME_PARTICLES.has(lower(t[j + 1])) || (isCap(prev) && /^\p{Ll}+$/u.test(t[j + 1].text) && !isEnglishWord(t[j + 1].text)))) {
      j += 2;
      continue;
    }
    if (cur.start > prev.end + 1 && /\n/.test(a.doc.text.slice(prev.end, cur.start))) break;
    if (isCap(cur) && cur.kind !== 'punctuation' && !startsWithDigit(cur.text)) {
      j++;
      continue;
    }
    // a nickname in quotes inside a name: José "Pepe" Mujica, Alejandro “Pacha” Sánchez
    if (NICK_OPEN.has(cur.text) && isCap(prev) && j + 3 < sentEnd && isCap(t[j + 1]) && NICK_CLOSE.has(t[j + 2].text) && isCap(t[j + 3]) && t[j + 1].start === cur.end && t[j + 2].start === t[j + 1].end) {
      j += 4;
      continue;
    }
    // a Portuguese "do"/"da" between names no English vocabulary knows: "Foz do Iguaçu", "Rio Grande do Sul"
    if ((cur.lower === 'do' || cur.lower === 'da' || cur.lower === 'dos' || cur.lower === 'das') && !isCap(cur) && isCap(prev) && j + 1 < sentEnd && isCap(t[j + 1]) && !isEnglishWord(prev.text)) {
      j += 2;
      continue;
    }
    // "Tigray People's Liberation Front", "Kurdistan Workers' Party": a collective noun's possessive inside a name
    if (isPossessive(cur) && COLLECTIVE_POSSESSORS.has(lower(prev)) && isCap(prev) && j + 1 < sentEnd && isCap(t[j + 1])) {
      j++;
      continue;
    }
    // a lower-case particle inside a name: "Izz ad-Din", "Tamim bin Hamad", "Ahl al-Haq"
    if (NAME_PARTICLES.has(lower(cur)) && !isCap(cur) && ((isCap(t[j + 1]) && !HYPHEN_ONLY_PARTICLES.has(lower(cur))) || (isHyphenJoin(a, j + 1) && isCap(t[j + 2])))) {
      j++;
      continue;
    }
    // two particles in a row: "Ursula von der Leyen", "Palacio de las Garzas"
    if (LOWER_PARTICLES.has(lower(cur)) && !isCap(cur) && NAME_PARTICLES.has(lower(t[j + 1])) && !isCap(t[j + 1]) && isCap(t[j + 2]) && j + 2 < sentEnd) {
      j += 2;
      continue;
    }
    // "of"/"for"/"&" inside an organization's or a state's name: "Islamic Republic of Iran"
    const w = lower(cur);
    // …and in a place's, or in any name the article opens with "the": "the Strait of Hormuz", "the Line of Control"
    const named = w === 'of' && (PLACE_NOUNS.has(lower(prev)) || (lower(t[k - 1]) === 'the' && j - k <= 3));
    if ((w === 'of' || w === 'for' || w === 'on' || w === '&') && (ORG_HEADS.has(lower(prev)) || named || (w === 'of' && isTitle(lower(prev))))) {
      let n = j + 1;
      if (lower(t[n]) === 'the') n++;
      // ("the White House on Aug. 8": a date after "on" is no part of the name)
      if (n < sentEnd && isCap(t[n]) && !isTitle(lower(t[n])) && !(w === 'on' && NOT_ACTORS.has(foldToken(t[n]).replace(/\.$/, '')))) {
        j = n;
        continue;
      }
    }
    // "Group for the Support of Islam and Muslims", "Committee for the Protection of Journalists": a
    // further "of" inside an organization's "of"/"for" phrase goes on with it (not into a known name,
    // "the Ministry of Foreign Affairs of Iran", nor "of the", a parent body: "… of the Russian Academy")
    if (w === 'of' && isCap(prev) && !isTitle(lower(prev)) && inOrgComplement(t, k, j)) {
      const n = j + 1;
      if (n < sentEnd && isCap(t[n]) && !isTitle(lower(t[n])) && !gz.known(t[n].text)) {
        j = n;
        continue;
      }
    }
    // "National Security and Defence Council": "and" inside an organization's name, when the
    // capitalised words after it end in an organization head and the words before it name nothing known
    if (w === 'and' && isCap(prev) && isCap(t[j + 1]) && !gz.known(prev.text) && !gz.knownAt(a.doc.text, t[k].start, prev.end)) {
      let e = j + 1;
      while (e < sentEnd && e < j + 5 && isCap(t[e]) && !ORG_HEADS.has(lower(t[e]))) e++;
      // not "Senate Minority Leader Chuck Schumer and House Minority Leader…": no title before it,
      // and a word of the name between "and" and the head
      // (the name begins past any "of": "Director-General of the Boundary and Ocean Affairs Department")
      let titled = false;
      for (let q = j - 1; q >= k && !titled && lower(t[q]) !== 'of' && lower(t[q]) !== 'the'; q--) titled = isTitle(lower(t[q]));
      if (!titled && e > j + 1 && e < sentEnd && isCap(t[e]) && ORG_HEADS.has(lower(t[e])) && ORG_HEADS.has(lower(prev)) === false) {
        j = e + 1;
        continue;
      }
    }
    // "Institute of China and Contemporary Asia", "Office for Kosovo and Metohija": inside the "of"/"for"
    // phrase of an organization's head, "and" joins the last words of its name (not a known name,
    // not a person: "the Ministry of Defence and Hamas", "the Council of Europe and Ursula von der Leyen")
    if (w === 'and' && isCap(prev) && isCap(t[j + 1]) && inOrgComplement(t, k, j) && !gz.known(t[j + 1].text) && !GIVEN_NAMES.has(foldToken(t[j + 1])) && !isTitle(lower(t[j + 1]))) {
      let e = j + 1;
      while (e < sentEnd && e < j + 4 && isCap(t[e])) e++;
      if (e === sentEnd || !isCap(t[e])) {
        j = e;
        continue;
      }
    }
    if (w === '&' && isCap(t[j + 1])) {
      j += 1;
      continue;
    }
    break;
  }
  // never end on a particle or a joining word
  while (j > k + 1 && (NAME_PARTICLES.has(lower(t[j - 1])) && !isCap(t[j - 1]) || RUN_JOINERS.has(lower(t[j - 1])))) j--;
  return j;
}

/** Joining words a run never ends on. */
const RUN_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', '&', 'the', '-']);

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);
/** Words before a month that make it a date: "in May", "since March", "early June". */
const DATE_LEADS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'between', 'during', 'last', 'next', 'this', 'early', 'mid', 'late', 'end', 'before', 'after', 'and', 'or', 'each', 'every']);

/** Is token k a month name that cannot be a date here: followed by no day or year number? */
function notDated(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  return !!t && MONTH_WORDS.has(t.text) && !numberAfter(a, k);
}

/** Is the token after `k`, in its sentence, a number ("May 5", "fall 2020")? */
function numberAfter(a: Analysis, k: number): boolean {
  const next = a.tokens[k + 1];
  return !!next && next.sentence === a.tokens[k].sentence && (next.kind === 'number' || startsWithDigit(next.text));
}

/** "Theresa May", "Brian May": a month name right after a given name, with no number after it, is a surname. */
function isMonthSurname(a: Analysis, gz: ArticleGazetteer, k: number): boolean {
  const prev = a.tokens[k - 1];
  if (!prev || prev.sentence !== a.tokens[k].sentence || !prev.cap) return false;
  if (SEASONS.has(a.tokens[k].lower)) {
    // "Yassine Fall": a foreign given name before a season, a word no lexicon knows (not "Arab Spring", "Prague Spring")
    if (numberAfter(a, k)) return false;
    return prev.kind === 'word' && (GIVEN_NAMES.has(foldToken(prev)) || (!isEnglishWord(prev.text) && !gz.known(prev.text) && !isDemonymWord(gz, prev.text)));
  }
  return notDated(a, k) && GIVEN_NAMES.has(foldToken(prev));
}
const SEASONS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/**
 * "May said": a month name alone names a person when the article calls someone by it as a
 * surname elsewhere ("Theresa May") and nothing here makes it a date.
 */
function isSurnameHere(a: Analysis, gz: ArticleGazetteer, k: number): boolean {
  if (!notDated(a, k)) return false;
  const before = a.tokens[k - 1];
  if (before && before.sentence === a.tokens[k].sentence && DATE_LEADS.has(before.lower)) return false;
  const w = a.tokens[k].text;
  for (let j = 1; j < a.tokens.length; j++) if (a.tokens[j].text === w && isMonthSurname(a, gz, j)) return true;
  return false;
}

/** ASCII-folded lower case, for lexicon lookups. */
export function fold(s: string): string {
  return withoutAccents(s).toLowerCase();
}

/**
 * `fold(t.text)` of a token from the tokens layer: one with nothing to fold has it already, in
 * its lower case. (Not for the copies typeOf gets with a possessive cut off: their `lower` is the old one.)
 */
function foldToken(t: Token): string {
  const plain = withoutAccents(t.text);
  return plain === t.text ? t.lower : plain.toLowerCase();
}

/**
 * Splits a run at its titles and demonyms and records each name in it. The person name is what
 * follows the last title word; what comes before is a title phrase that may hold organizations
 * and places of its own ("Hamas", "Supreme National Security Council").
 */
function splitRun(a: Analysis, gz: ArticleGazetteer, start: number, end: number, names: NameCandidate[], demonyms: Demonym[]): void {
  const t = a.tokens;
  // "A Taliban delegation", "The Tehran Times": an article opens the run; it stays only in a known name
  const article = lower(t[start]);
  if ((article === 'the' || article === 'a' || article === 'an') && end - start > 1) {
    const whole = article === 'the' ? a.doc.text.slice(t[start].start, t[end - 1].end) : '';
    if (!(article === 'the' && (gz.agency(whole) || gz.org(whole)))) start++;
  }
  // Two names side by side: "in Iran Khaled al-Qaddumi", "the US Mideast plan" (a run that is
  // itself a known name stays whole)
  const wholeKnown = end - start > 1 && gz.knownAt(a.doc.text, t[start].start, t[end - 1].end);
  // "Ambassador to Russia Sin Hong Chol", "envoy to Iran Ali Abdi": the place belongs to the title before it
  const placeOfTitle = (lower(t[start - 1]) === 'to' || lower(t[start - 1]) === 'in') && isTitle(lower(t[start - 2]));
  for (let p = end - 1; p > start && !wholeKnown; p--) {
    if (isHyphenJoin(a, p) || isHyphenJoin(a, p - 1) || NAME_PARTICLES.has(lower(t[p - 1]))) continue;
    // the head is text[headStart, headEnd), read in place: it is seldom a known name
    const headStart = t[start].start;
    const headEnd = t[p - 1].end;
    // "Russian Security Council Sergey Shoigu", "Hamas Political Bureau Ismail Haniyeh": a person named after an organization's head word
    const afterOrgHead = p - 1 > start && ORG_HEADS.has(lower(t[p - 1])) && isCap(t[p]) && !isTitleish(lower(t[p])) && end - p >= 2 && !ORG_HEADS.has(lower(t[end - 1])) && !PLACE_NOUNS.has(lower(t[end - 1]));
    if (!afterOrgHead && !gz.knownAt(a.doc.text, headStart, headEnd)) continue;
    const personRest = GIVEN_NAMES.has(foldToken(t[p])) && wordCount(t, p, end) >= 2;
    if (personRest || gz.knownAt(a.doc.text, t[p].start, t[end - 1].end) || isTitleAt(a, p) || (placeOfTitle && p - start <= 3 && gz.placeAt(a.doc.text, headStart, headEnd)) || afterOrgHead) {
      // a head that is no known name may hold titles of its own: "Secretary of the Russian Security Council"
      if (afterOrgHead && !gz.knownAt(a.doc.text, headStart, headEnd)) splitRun(a, gz, start, p, names, demonyms);
      else push(a, gz, names, start, p, [], null);
      splitRun(a, gz, p, end, names, demonyms);
      return;
    }
  }
  // pieces: maximal stretches of name words between title words
  let lastTitle = -1;
  for (let k = start; k < end; k++) if (isTitleAt(a, k)) lastTitle = k;
  // "Foreign Minister Amir Khan Muttaqi", "Minister Sultan Al Jaber": a title word that is also a
  // given name, right after another title and before two name words, opens the name ("Emir Sheikh
  // Tamim", with an honorific after it, and "the Amir" alone stay titles)
  if (lastTitle > start && isTitleAt(a, lastTitle - 1) && GIVEN_NAMES.has(foldToken(t[lastTitle])) && !HONORIFICS.has(lower(t[lastTitle + 1])) && wordCount(t, lastTitle + 1, end) >= 2) lastTitle--;
  // "Secretary of State", "Minister of Foreign Affairs": the office's "of" phrase is title too
  if (lastTitle >= start && lower(t[lastTitle + 1]) === 'of') {
    let k = lastTitle + 2;
    if (lower(t[k]) === 'the') k++;
    let last = -1;
    while (k < end && OFFICE_MODIFIERS.has(lower(t[k]))) last = k++;
    if (last > 0) lastTitle = last;
    else {
      // "Secretary-General of Asa'eb Ahl al-Haq": the title is not part of the name after "of"
      prefixNames(a, gz, start, lastTitle, names, demonyms);
      let n = lastTitle + 2;
      if (lower(t[n]) === 'the') n++;
      if (n < end) splitRun(a, gz, n, end, names, demonyms);
      return;
    }
  }
  // A run ending in an organization's head word is one organization, titles and all
  // ("Supreme Leader's Office", "Council of Ministers"), unless a person name follows a title.
  const tailIsOrg = ORG_HEADS.has(lower(t[end - 1])) && !PLACE_HEADS.has(lower(t[end - 1]));
  if (lastTitle >= start && lastTitle < end - 1) {
    const nameStart = skipJoin(a, lastTitle + 1, end);
    // the tail is tokens [nameStart, end)
    const tailOrg = nameStart < end && ORG_HEADS.has(lower(t[end - 1]));
    if (!tailOrg) {
      const titles = titleTokens(a, start, nameStart);
      prefixNames(a, gz, start, lastTitle, names, demonyms);
      push(a, gz, names, nameStart, end, titles.spans, 'title-before');
      return;
    }
  }
  if (lastTitle === end - 1 || (lastTitle >= start && !tailIsOrg)) {
    // a title with no name after it ("Hamas Secretary General"): only its names are actors
    const titles = titleTokens(a, start, end);
    prefixNames(a, gz, start, lastTitle, names, demonyms);
    return;
  }
  // a demonym that opens a run is a name's part only when the rest is an organization
  // "Iranian", and the plural "Venezuelans", "Saudis": the people of a place, not an actor
  // (looked up only for a one-word run: a longer run's first word is no demonym alone)
  const one = t[start].text;
  const dem = end - start === 1 ? gz.demonym(one) ?? (one.length > 4 && one.endsWith('s') && !gz.place(one) ? gz.demonymAt(one, 0, one.length - 1) : null) : null;
  if (dem) {
    demonyms.push({ start: t[start].start, end: t[start].end, text: t[start].text, place: dem });
    return;
  }
  // "North Korean" alone: a demonym of two words
  if (end - start === 2) {
    const dem2 = gz.demonymAt(a.doc.text, t[start].start, t[start + 1].end);
    const two = dem2 ? a.doc.text.slice(t[start].start, t[start + 1].end) : '';
    if (dem2 && !gz.place(two)) {
      demonyms.push({ start: t[start].start, end: t[start + 1].end, text: two, place: dem2 });
      return;
    }
  }
  push(a, gz, names, start, end, [], null);
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.]*$/u;

/** A capital and then letters, apostrophes and periods: NAME_WORD, read without the regex for ASCII words. */
function isNameWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90)) return c0 > 0x7f && NAME_WORD.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0x7f) return NAME_WORD.test(w);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46)) return false;
  }
  return true;
}

/** The tokens in [from, to) that are no punctuation. */
function wordCount(t: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (t[k].kind !== 'punctuation') n++;
  return n;
}

/** Are the tokens in [from, to) all title words or their modifiers? */
function allTitleish(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isTitleish(lower(t[k]))) return false;
  return true;
}

/** The lower-case form of token k as a title: "Dr." → "dr.", "Secretary-General" pieces stay apart. */
function titleKey(a: Analysis, k: number): string {
  const w = lower(a.tokens[k]);
  // joined by a hyphen to a word that is no title word: "Amir-Abdollahian"
  if (isHyphenJoin(a, k + 1) && !isTitleish(lower(a.tokens[k + 2]))) return '';
  if (isHyphenJoin(a, k - 1) && !isTitleish(lower(a.tokens[k - 2]))) return '';
  return w;
}

/** isTitle(titleKey(a, k)), the set asked first: few words are titles, and titleKey looks at the tokens around. */
function isTitleAt(a: Analysis, k: number): boolean {
  return isTitle(lower(a.tokens[k])) && titleKey(a, k) !== '';
}

function skipJoin(a: Analysis, k: number, end: number): number {
  while (k < end && (a.tokens[k].text === '-' || a.tokens[k].text === '.')) k++;
  return k;
}

/** Spans of the title words in [start, end), and where the title phrase begins. */
function titleTokens(a: Analysis, start: number, end: number): { spans: NameCandidate['titles']; firstTitle: number } {
  // The title phrase is the longest stretch before `end` made of title words and their modifiers.
  let first = end;
  for (let k = end - 1; k >= start; k--) {
    const w = lower(a.tokens[k]);
    if (isTitleish(w) || w === '-' || w === '.' || (w === 'of' && k > start)) first = k;
    else break;
  }
  while (first < end && !isTitleish(lower(a.tokens[first]))) first++;
  if (first >= end) return { spans: [], firstTitle: end };
  const s = a.tokens[first].start;
  const e = a.tokens[end - 1].end;
  return { spans: [{ start: s, end: e, text: a.doc.text.slice(s, e) }], firstTitle: first };
}

/** Names and demonyms inside a title phrase's prefix: "Hamas" in "Hamas Deputy Chief". */
function prefixNames(a: Analysis, gz: ArticleGazetteer, start: number, end: number, names: NameCandidate[], demonyms: Demonym[]): void {
  const t = a.tokens;
  let k = start;
  while (k < end) {
    // "South African", "North Korean": a demonym of two words
    const dem2 = k + 1 < end && t[k + 1].start === t[k].end + 1 ? gz.demonym(`${t[k].text} ${t[k + 1].text}`) : null;
    if (dem2) {
      demonyms.push({ start: t[k].start, end: t[k + 1].end, text: a.doc.text.slice(t[k].start, t[k + 1].end), place: dem2 });
      k += 2;
      continue;
    }
    const dem = gz.demonym(t[k].text);
    if (dem && !(k + 1 < end && ORG_HEADS.has(lower(t[end - 1])))) {
      demonyms.push({ start: t[k].start, end: t[k].end, text: t[k].text, place: dem });
      k++;
      continue;
    }
    let j = k;
    while (j < end && !(isTitleish(lower(t[j])) && !ORG_HEADS.has(lower(t[j])))) j++;
    // extend over modifiers that end in an organization head: "Supreme National Security Council"
    let m = k;
    let orgEnd = -1;
    while (m < end && (isTitleish(lower(t[m])) || m < j || t[m].text === '-')) {
      if (ORG_HEADS.has(lower(t[m]))) orgEnd = m + 1;
      if (isTitle(lower(t[m])) && !ORG_HEADS.has(lower(t[m]))) break;
      m++;
    }
    if (orgEnd > k && (orgEnd - k >= 3 || !allTitleish(t, k, orgEnd))) {
      push(a, gz, names, k, orgEnd, [], null);
      k = orgEnd;
      continue;
    }
    if (j > k) {
      push(a, gz, names, k, j, [], null);
      k = j;
      continue;
    }
    k++;
  }
}

/** The text with its periods taken out ("ph.d." → "phd"). */
function withoutDots(s: string): string {
  return s.includes('.') ? s.replace(/\./g, '') : s;
}

/** Do the first two or three tokens of [start, end) make a known name, with more words after them? */
function opensKnownName(a: Analysis, gz: ArticleGazetteer, start: number, end: number): boolean {
  const t = a.tokens;
  for (let e = start + 2; e < end && e <= start + 3; e++) if (gz.knownAt(a.doc.text, t[start].start, t[e - 1].end)) return true;
  return false;
}

function push(a: Analysis, gz: ArticleGazetteer, names: NameCandidate[], start: number, end: number, titles: NameCandidate['titles'], rule: string | null): void {
  const t = a.tokens;
  while (start < end && (t[start].text === '-' || t[start].kind === 'punctuation')) start++;
  while (end > start && (t[end - 1].text === '-' || t[end - 1].kind === 'punctuation')) end--;
  // "Rodong Sinmun Monday", "an Islamist Hamas delegation": weekdays and adjectives at the edges
  if (end - start > 1 && !ORG_HEADS.has(lower(t[end - 1])) && !inOrgComplement(t, start, end)) {
    // (not when it opens a known name: "Islamic State Sahel Province" is a branch of "Islamic State")
    while (end - start > 1 && NOT_ACTORS.has(foldToken(t[start])) && !gz.knownAt(a.doc.text, t[start].start, t[end - 1].end) && !opensKnownName(a, gz, start, end)) start++;
    while (end - start > 1 && NOT_ACTORS.has(foldToken(t[end - 1])) && !isMonthSurname(a, gz, end - 1)) end--;
  }
  if (end <= start) return;
  const s = t[start].start;
  let e = t[end - 1].end;
  const lastText = t[end - 1].text;
  const inner = endsWithPossessive(lastText);
  if (inner && lastText.length > 3) e -= 2; // "Iran's" kept as one token by the tagger
  // a name of one whole token is that token's text: no slice, and the token's string (whose hash a
  // Map look-up keeps) serves the words-facts look-up and the later stages' look-ups of the name
  const text = start === end - 1 && e === t[start].end ? lastText : a.doc.text.slice(s, e);
  if (inner && lastText.length > 3 && start === end - 1) {
    // (the word's lower case is the whole token's, possessive and all: the key is that token's text, marked apart from typeKey's keys)
    const { type, typeRule } = rule === 'title-before' && titles.length && hasTitleWord(titles[0].text) ? TITLED_PERSON : wordsFacts(gz, text, [{ ...t[start], text }], t[start].text + '\u0001').type;
    names.push({ start: s, end: e, text, tokenStart: start, tokenEnd: end, sentence: t[start].sentence, type, typeRule, titles, possessive: true, alias: null });
    return;
  }
  const words = wordsIn(t, start, end);
  if (!words.length) return;
  const facts = wordsFacts(gz, text, words, typeKey(text, words, s, e));
  if (notANameOf(a, gz, t, start, text, words, facts)) return;
  const possessive = inner || isPossessive(t[end]) || (t[end]?.text === '´' && lower(t[end + 1]) === 's');
  // "wrote on X", "posted on X": the social platform, a company
  const platformX = words.length === 1 && words[0].text === 'X' && (lower(t[start - 1]) === 'on' || lower(t[start - 1]) === 'platform');
  let { type, typeRule } = platformX ? PLATFORM_X : rule === 'title-before' && titles.length && hasTitleWord(titles[0].text) ? TITLED_PERSON : facts.type;
  // "the newspaper O Globo", "the Santa Cruz daily El Deber": a medium named right after its noun
  const before = t[start - 1];
  if (before && MEDIA_NOUNS.has(before.lower) && type !== 'place' && !(type === 'person' && rule === 'title-before')) {
    type = 'organization';
    typeRule = `after "${before.lower}"`;
  }
  // "the A-sharq Al Aswat daily", "the Hamas movement": a group noun right after the name
  const next = t[end];
  if (next && GROUP_NOUNS.has(next.text) && type !== 'place' && !(type === 'person' && rule === 'title-before') && !typeRule.includes('gazetteer') && !typeRule.includes('lexicon')) {
    // "the Santa Cruz daily El Deber": with the medium's own name after the noun, the name before
    // it is where the medium is published
    const mediumNamed = MEDIA_NOUNS.has(next.lower) && isCap(t[end + 1]) && t[end + 1].sentence === next.sentence;
    type = mediumNamed ? 'place' : 'organization';
    typeRule = mediumNamed ? `the place of "${next.text}" named after it` : `followed by "${next.text}"`;
  }
  names.push({ start: s, end: e, text, tokenStart: start, tokenEnd: end, sentence: t[start].sentence, type, typeRule, titles, possessive, alias: null });
}

/**
 * The name's words: the tokens in [start, end) that are no punctuation and no hyphen. Counted
 * first, and made as an array of just that length (a name has one to three words mostly; an
 * array grown by push takes room for sixteen, and push is the stage's largest allocator).
 */
function wordsIn(t: readonly Token[], start: number, end: number): Token[] {
  // the first three words' indices, and how many words there are
  let n = 0;
  let w0 = -1;
  let w1 = -1;
  let w2 = -1;
  for (let k = start; k < end; k++) {
    if (t[k].kind === 'punctuation' || t[k].text === '-') continue;
    if (n === 0) w0 = k;
    else if (n === 1) w1 = k;
    else if (n === 2) w2 = k;
    n++;
  }
  if (n === 0) return [];
  if (n === 1) return [t[w0]];
  if (n === 2) return [t[w0], t[w1]];
  if (n === 3) return [t[w0], t[w1], t[w2]];
  const words: Token[] = [t[w0], t[w1], t[w2]];
  for (let k = w2 + 1; k < end; k++) if (t[k].kind !== 'punctuation' && t[k].text !== '-') words.push(t[k]);
  return words;
}

const PLATFORM_X: NameType = { type: 'organization', typeRule: 'the social platform X ("wrote on X")' };
const TITLED_PERSON: NameType = { type: 'person', typeRule: 'person title before the name' };

/** Does the text end in a possessive "'s" or "’s" (/['’]s$/)? */
function endsWithPossessive(x: string): boolean {
  const n = x.length;
  if (n < 2 || x.charCodeAt(n - 1) !== 115) return false;
  const c = x.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Is every word a title word, or a word that is no actor ("Monday", "Islamic")? */
function allTitlesOrNonActors(words: readonly Token[]): boolean {
  for (const x of words) if (!NOT_ACTORS.has(foldToken(x)) && !isTitleish(lower(x))) return false;
  return true;
}

/**
 * Is the run of these words (their text `text`, from token `start`) no name at all: a title, a
 * common capitalised word, an initial, a credential, an event's name? Each test rejects on its own.
 */
function notAName(a: Analysis, gz: ArticleGazetteer, t: readonly Token[], start: number, text: string, words: readonly Token[]): boolean {
  const n = words.length;
  const first = words[0];
  // titles and common capitalised words alone are not names, but "Supreme National Security
  // Council" and "Islamic Resistance" are: an organization head with something before it
  const orgTail = n >= 2 && ORG_HEADS.has(lower(words[n - 1])) && (n >= 3 || !isTitleish(lower(first)) || !isTitleish(lower(words[1])) || !isTitle(lower(first)));
  if (!orgTail && allTitlesOrNonActors(words) && !(n === 1 && isSurnameHere(a, gz, first.index)) && !gz.org(text)) return true; // ("the Senate", "Parliament": a legislature the lexicon knows)
  if (n > 1) {
    // "Operation Saif al-Quds", "Deal of the Century", "Holy Quds": events, documents and epithets
    if (NON_ACTOR_HEADS.has(lower(first)) || NON_ACTOR_HEADS.has(lower(words[n - 1]))) return true;
    // "D-Wash.", "R-La.": a US lawmaker's party and state
    return n === 2 && isPartyAndState(text);
  }
  const w = first.text;
  if (ORG_HEADS.has(first.lower) && !gz.org(w) && !gz.agency(w)) return true; // "Embassy" alone
  // a lone capital is an initial, but for the social platform X ("wrote on X")
  if (w.length <= 3 && LONE_INITIAL.test(w) && !(w === 'X' && (lower(t[start - 1]) === 'on' || lower(t[start - 1]) === 'platform'))) return true;
  if (w.charCodeAt(0) === 73 && (w.charCodeAt(1) === 39 || w.charCodeAt(1) === 0x2019)) return true; // "I'm", "I'd"
  if (POST_NOMINALS.has(withoutDots(first.lower))) return true; // "(PhD)"
  if (isPartyAndState(text)) return true;
  return !!gz.demonym(w) && !gz.place(w); // "Iraqi" left alone
}

/** A capital, perhaps with a period: a lone initial. */
const LONE_INITIAL = /^\p{Lu}\.?$/u;
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
/** "D-Wash.", "R-La.": /^[DRI]-\p{Lu}[\p{L}.]*$/u, tried only on a text that begins "D-", "R-" or "I-". */
function isPartyAndState(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 68 || c === 82 || c === 73) && text.charCodeAt(1) === 45 && PARTY_AND_STATE.test(text);
}

/** The type a name's own words and titles give it, or null when they do not decide. */
/**
 * First words of parties' and movements' names in the languages news leaves them in ("Frente Amplio",
 * "Rassemblement National", "Les Républicains"): plural articles and the nouns for party, front,
 * movement, union, alliance, assembly. No person's name begins with one.
 */
const FOREIGN_ORG_FIRST_WORDS = new Set([
  'les', 'los', 'las', 'die', 'het', 'partido', 'parti', 'partei', 'partito', 'partidul', 'frente', 'front', 'fronte', 'movimiento', 'mouvement',
  'movimento', 'rassemblement', 'union', 'unidad', 'unidos', 'alianza', 'alleanza', 'allianz', 'congreso', 'bloque', 'fuerza', 'forza', 'liga',
  'lega', 'ligue', 'comite', 'consejo', 'conseil', 'asamblea', 'assemblee', 'ejercito', 'armee', 'convergencia', 'coalicion',
]);

export function typeOf(gz: ArticleGazetteer, text: string, words: Token[], titles: NameCandidate['titles'], rule: string | null): NameType {
  if (rule === 'title-before' && titles.length && hasTitleWord(titles[0].text)) return TITLED_PERSON;
  return typeOfWords(gz, text, words);
}

/** A name's type and the rule that gave it. */
interface NameType {
  type: ActorType | null;
  typeRule: string;
}

/**
 * What a name's words say of it, whatever the article: its type when no title comes before it
 * (typeOf's answer), and whether it is no name at all (notAName's answer), when that needs no
 * word around it (null when it does: a month name may be a surname, "X" the platform).
 */
interface WordsFacts {
  type: NameType;
  /** undefined until asked. */
  notName: boolean | null | undefined;
}

/**
 * Words facts by the name's text and words (see typeKey), kept across articles up to a bound: the
 * answers depend on nothing else (the gazetteers', the vocabulary's and the word lists' answers are
 * the same in every article), a name is read at each of its mentions, and names come back article
 * after article. (The answers are shared: a caller reads them and never changes them.)
 */
const WORDS_FACTS = new Map<string, WordsFacts>();
const WORDS_FACTS_KEPT = 20_000;

/** The words facts of a name, read once per `key` (see typeKey). */
function wordsFacts(gz: ArticleGazetteer, text: string, words: Token[], key: string): WordsFacts {
  let v = WORDS_FACTS.get(key);
  if (v === undefined) {
    if (WORDS_FACTS.size >= WORDS_FACTS_KEPT) WORDS_FACTS.clear();
    v = { type: typeOfWords(gz, text, words), notName: undefined };
    WORDS_FACTS.set(ownCopy(key), v);
  }
  return v;
}

/** notAName, its answer kept in the name's words facts when no word around the name bears on it. */
function notANameOf(a: Analysis, gz: ArticleGazetteer, t: readonly Token[], start: number, text: string, words: readonly Token[], facts: WordsFacts): boolean {
  if (facts.notName === undefined) {
    // notAName reads the article only for a lone month name (isSurnameHere) or "X" (the word before it)
    const w = words[0].text;
    facts.notName = words.length === 1 && (w === 'X' || MONTH_WORDS.has(w)) ? null : notAName(a, gz, t, start, text, words);
  }
  return facts.notName ?? notAName(a, gz, t, start, text, words);
}

/**
 * What typeOfWords reads of a name, as a string: its text, when its words are the text's words
 * between single spaces (the usual case: then they are `text.split(' ')`, and a word's lower case
 * is its text's, as in the tokens layer), else the text and each word. typeOfWords reads a word's
 * text, its lower case and its capital, all given by the text in the tokens layer.
 */
function typeKey(text: string, words: readonly Token[], s: number, e: number): string {
  let at = s;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.start !== at) return spelledKey(text, words);
    at = w.end + 1;
    if (i < words.length - 1 ? text.charCodeAt(w.end - s) !== 32 : w.end !== e) return spelledKey(text, words);
  }
  return text;
}

/** The key of a name whose words are not its text's words between single spaces: the text and each word, apart by a NUL. */
function spelledKey(text: string, words: readonly Token[]): string {
  let key = text;
  for (const w of words) key += '\u0000' + w.text;
  return key;
}

/** A string equal to `s` that shares no memory with a longer text (a key kept across articles must not keep its article alive). */
function ownCopy(s: string): string {
  return ('x' + s).slice(1);
}

/** typeOf for a name with no title before it. */
function typeOfWords(gz: ArticleGazetteer, text: string, words: Token[]): NameType {
  const n = words.length;
  const last = lower(words[n - 1]);
  if (gz.agency(text)) return { type: 'organization', typeRule: 'news agency lexicon' };
  if (gz.org(text)) return { type: 'organization', typeRule: 'organization gazetteer' };
  const place = gz.place(text);
  if (place) return { type: 'place', typeRule: PLACE_RULES[place.kind] };
  let ofAt = -1;
  for (let i = 0; i < n; i++) {
    const w = lower(words[i]);
    if (w === 'of' || w === 'for') {
      ofAt = i;
      break;
    }
  }
  const head = ofAt > 0 ? lower(words[ofAt - 1]) : last;
  // "Islamic State Sahel Province": a known organization's branch, named by its region
  for (let m = 2; PLACE_NOUNS.has(last) && m < n && m <= 3; m++) {
    let prefix = words[0].text;
    for (let i = 1; i < m; i++) prefix += ' ' + words[i].text;
    if (gz.org(prefix)) return { type: 'organization', typeRule: `a branch of the organization "${prefix}"` };
  }
  if (PLACE_NOUNS.has(last) && n > 1) return { type: 'place', typeRule: `place head word "${last}"` };
  if (ORG_HEADS.has(head) && !PLACE_HEADS.has(head) && n > 1) return { type: 'organization', typeRule: `organization head word "${head}"` };
  if (n > 1 && PLACE_FIRST_WORDS.has(lower(words[0]))) return { type: 'place', typeRule: `place word "${lower(words[0])}" first` };
  // the first word folded, for the lexicons of first words and given names (asked only of names of two words or more)
  const first = n > 1 ? fold(words[0].text) : '';
  if (n > 1 && FOREIGN_ORG_FIRST_WORDS.has(first)) return { type: 'organization', typeRule: `organization word "${words[0].text}" first` };
  // the Persian and Urdu ezafe between hyphens names movements and parties: "Lashkar-e-Taiba", "Tehreek-i-Insaf"
  if (text.includes('-') && EZAFE.test(text)) return { type: 'organization', typeRule: 'a name joined by the ezafe ("-e-", "-i-")' };
  if (ofAt > 0 && PLACE_NOUNS.has(head)) return { type: 'place', typeRule: `place head word "${head}" before "of"` };
  if (PLACE_HEADS.has(last) && n > 1) return { type: 'place', typeRule: `state head word "${last}"` };
  if (n === 1 && ACRONYM.test(words[0].text) && withoutDots(words[0].text).length >= 2) {
    return { type: 'organization', typeRule: 'acronym' };
  }
  if (n >= 2 && GIVEN_NAMES.has(first)) return { type: 'person', typeRule: 'given name' };
  if (n >= 2 && looksLikePersonName(gz, words)) return { type: 'person', typeRule: 'multi-word name without organization or place words' };
  return { type: null, typeRule: 'undecided' };
}

/** The rule of a name a place gazetteer knows, by the place's kind. */
const PLACE_RULES: Record<PlaceEntry['kind'], string> = { country: 'country gazetteer', city: 'city gazetteer', region: 'region gazetteer' };
const EZAFE = /\p{L}-[ie]-\p{Lu}/u;
const ACRONYM = /^[A-Z][A-Z0-9&.]+$/;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const TITLE_WORD_SEPARATORS = /[\s-]+/;

/** Is one of the words of a title phrase ("Foreign Minister", "Secretary-General") a title word? */
function hasTitleWord(title: string): boolean {
  for (const w of title.toLowerCase().split(TITLE_WORD_SEPARATORS)) if (isTitle(w)) return true;
  return false;
}

/**
 * Name words only, two of them at least besides lower-case particles, no title word, no word in
 * capitals, no known place after the first, and not English words all ("Comprehensive Strategic
 * Partnership", "Confluence Advisory"): a person's name.
 */
function looksLikePersonName(gz: ArticleGazetteer, words: readonly Token[]): boolean {
  // the core: the words but lower-case particles
  let core = 0;
  for (const w of words) {
    const particle = NAME_PARTICLES.has(lower(w));
    if (!particle || isCap(w)) core++;
    if (!isNameWord(w.text) && !particle) return false;
    if (isTitleish(lower(w)) || ALL_CAPITALS.test(w.text)) return false;
  }
  if (core < 2) return false;
  let seen = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(lower(w)) && !isCap(w)) continue;
    if (seen++ > 0 && gz.place(w.text)) return false;
  }
  for (const w of words) {
    if (NAME_PARTICLES.has(lower(w)) && !isCap(w)) continue;
    if (!isEnglishWord(w.text)) return true;
  }
  return false;
}

/**
 * "(Hamas)" right after a name is another name of the same entity: "Palestine's Islamic
 * Resistance Movement (Hamas)", "Islamic Republic News Agency (IRNA)". Credits such as "(AP)"
 * after something that is not an agency are not.
 */
function attachParentheticals(gz: ArticleGazetteer, a: Analysis, names: NameCandidate[]): void {
  for (let i = 0; i + 1 < names.length; i++) {
    const n = names[i];
    const p = names[i + 1];
    const open = a.tokens[n.tokenEnd];
    const close = a.tokens[p.tokenEnd];
    if (open?.text !== '(' || p.tokenStart !== n.tokenEnd + 1 || close?.text !== ')') continue;
    // "(PhD)", "(Jr)", "(retd)": a credential after a person's name, not another name of it
    if (POST_NOMINALS.has(p.text.toLowerCase().replace(/\./g, ''))) continue;
    if (gz.agency(p.text) && !gz.agency(n.text)) continue;
    n.alias = { start: p.start, end: p.end, text: p.text };
    if (!n.type && p.type) {
      n.type = p.type;
      n.typeRule = `type of its parenthesised name: ${p.typeRule}`;
    } else if (n.type && !p.type) {
      p.type = n.type;
      p.typeRule = `type of the name it abbreviates: ${n.typeRule}`;
    }
  }
}
