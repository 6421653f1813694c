// What the words around a name say of its type, when no lexicon knows the name. A place: the
// settlement noun before it ("the Red Sea port of Assab"), a "where" clause after it ("to Addis
// Abeba, where he met…"), a plural place noun closing a list of names ("the Lipulekh, Shipki La and
// Nathu La passes"), a verb of travel before it ("travelled to Asmara"). An organization: an
// apposition that says what kind of body it is ("Euroclear, a securities depository based in…"),
// or the title of its head after it ("Rosatom Director General …"). A thing, no actor: a noun like
// "exercise" after it. A person: the name speaks, meets, or owns what persons own ("Vucic said").
import type { Analysis, NameCandidate, Token } from '../../model/types.js';
import { CONSULT_VERBS, MEETING_NOUNS, REPORT_VERBS } from '../../lexicons/plover.js';
import { RELAY_LEMMAS, SPEECH_LEMMAS } from '../../lexicons/speech.js';

/** Nouns for a settlement or an administrative unit, written before "of" and its name: "the city of El-Fasher". */
const SETTLEMENT_NOUNS = new Set([
  'city', 'town', 'port', 'village', 'province', 'region', 'district', 'county', 'governorate', 'municipality', 'prefecture', 'suburb',
  'island', 'oasis', 'enclave', 'neighbourhood', 'neighborhood', 'commune', 'township', 'hamlet', 'settlement', 'outskirts', 'capital', 'hometown',
]);

/** Plural place nouns that close a list of names: "the Lipulekh, Shipki La and Nathu La passes". */
const PLACE_PLURALS = new Set([
  'passes', 'crossings', 'islands', 'provinces', 'regions', 'districts', 'cities', 'towns', 'villages', 'mountains', 'rivers', 'valleys',
  'ports', 'camps', 'governorates', 'counties', 'states', 'oblasts', 'border', 'borders',
]);

/** Verbs and nouns of travel before "to" and a destination: "travelled to Asmara", "a trip to Lomé". */
const TRAVEL_WORDS = new Set([
  'travelled', 'traveled', 'travelling', 'traveling', 'travel', 'travels', 'flew', 'flown', 'fly', 'flies', 'flying', 'went', 'gone', 'returned',
  'returning', 'return', 'returns', 'headed', 'heading', 'moved', 'drove', 'sailed', 'fled', 'relocated', 'deported', 'evacuated', 'trip', 'journey',
  'flight', 'flights', 'visit', 'visits', 'arrived', 'arrival',
]);

/** Lower-case place nouns right after a name, maybe past a modifier or two: "Syunik province", "the Akkuyu nuclear power plant". */
const PLACE_NOUNS_AFTER = new Set([
  'province', 'region', 'district', 'county', 'city', 'town', 'village', 'exclave', 'enclave', 'oblast', 'governorate', 'prefecture', 'state',
  'valley', 'river', 'border', 'crossing', 'port', 'airport', 'airbase', 'plant', 'dam', 'refinery', 'camp', 'mine', 'oilfield', 'gasfield',
  'municipality', 'neighbourhood', 'neighborhood', 'island', 'islands', 'peninsula', 'mountains', 'desert', 'strait', 'prison', 'hospital',
  'stadium', 'square', 'palace', 'compound', 'settlement', 'suburb', 'hometown',
]);

/** The cue that makes this occurrence of a name a place, or null. */
export function placeCue(a: Readonly<Analysis>, n: NameCandidate): string | null {
  const t = a.tokens;
  const b1 = t[n.tokenStart - 1];
  const b2 = t[n.tokenStart - 2];
  if (b1?.lower === 'of' && b2 && SETTLEMENT_NOUNS.has(b2.lower) && b2.sentence === n.sentence) return `"${b2.lower} of" before it`;
  if (b1?.lower === 'to' && b2 && TRAVEL_WORDS.has(b2.lower) && b2.sentence === n.sentence) return `"${b2.lower} to" before it`;
  // "Syunik province", "the Akkuyu nuclear power plant": lower-case words after it, ending in a place noun
  for (let k = n.tokenEnd; k < t.length && k < n.tokenEnd + 4 && t[k].sentence === n.sentence; k++) {
    const w = t[k];
    if (w.cap || w.kind !== 'word' || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break;
    if (PLACE_NOUNS_AFTER.has(w.lower)) return `"${w.lower}" after it`;
  }
  const a1 = t[n.tokenEnd];
  const a2 = t[n.tokenEnd + 1];
  if (a1?.text === ',' && a2?.lower === 'where' && a2.sentence === n.sentence) return '", where" after it';
  // a list of capitalised names closed by a plural place noun
  for (let k = n.tokenEnd; k < t.length && k < n.tokenEnd + 12 && t[k].sentence === n.sentence; k++) {
    const w = t[k];
    if (PLACE_PLURALS.has(w.lower)) return k > n.tokenEnd || b1?.lower === 'the' || b1?.lower === 'and' || b1?.text === ',' ? `a list closed by "${w.lower}"` : null;
    if (!(w.cap || w.text === ',' || w.lower === 'and' || w.lower === 'or')) return null;
  }
  return null;
}

/** Nouns for a kind of organization, as an apposition ends: "X, a securities depository", "X, the state broadcaster". */
const ORGANIZATION_NOUNS = new Set([
  'company', 'firm', 'bank', 'group', 'agency', 'organisation', 'organization', 'party', 'movement', 'militia', 'depository', 'fund', 'institute',
  'network', 'broadcaster', 'newspaper', 'daily', 'weekly', 'outlet', 'charity', 'ngo', 'consultancy', 'union', 'alliance', 'coalition', 'ministry',
  'department', 'committee', 'council', 'think-tank', 'tank', 'startup', 'start-up', 'conglomerate', 'manufacturer', 'maker', 'operator', 'producer',
  'exchange', 'body', 'authority', 'watchdog', 'regulator', 'insurer', 'lender', 'carrier', 'airline', 'insurgency', 'faction', 'federation',
  'association', 'foundation', 'university', 'college', 'court', 'tribunal', 'commission', 'bloc', 'consortium', 'cartel', 'syndicate', 'brigade',
  'mission', 'force', 'operation', 'secretariat', 'platform', 'mechanism', 'initiative', 'programme', 'program',
]);

/** Words an apposition may hold before its head noun: articles and modifiers ("a Paris-based rights group"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/** Titles of the heads of companies and bodies: "Rosatom Director General Alexey Likhachev", "Keidanren Chairman Masakazu Tokura". */
const BODY_HEAD_TITLES = new Set(['chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'ceo', 'secretary-general', 'founder', 'co-founder']);

/** The cue that makes this occurrence of a name an organization, or null. */
export function organizationCue(a: Readonly<Analysis>, n: NameCandidate): string | null {
  const t = a.tokens;
  // "the UN peacekeeping mission, Monusco, estimates": the name set off after what kind of body it is
  const b1 = t[n.tokenStart - 1];
  const b2 = t[n.tokenStart - 2];
  if (b1?.text === ',' && b2 && !b2.cap && b2.sentence === n.sentence && ORGANIZATION_NOUNS.has(b2.lower) && t[n.tokenEnd]?.text === ',') return `"${b2.lower}," before it`;
  // a single word before the title of a body's head and a person's name: "Rosatom Director General Alexey Likhachev"
  const a1 = t[n.tokenEnd];
  if (n.tokenEnd - n.tokenStart === 1 && a1 && a1.sentence === n.sentence && BODY_HEAD_TITLES.has(a1.lower)) {
    let k = n.tokenEnd + 1;
    while (k < t.length && k < n.tokenEnd + 3 && t[k].cap && (t[k].lower === 'general' || t[k].lower === 'executive')) k++;
    if (t[k]?.cap && t[k].sentence === n.sentence) return `before the title "${a1.lower}" of a person named after it`;
  }
  if (t[n.tokenEnd]?.text !== ',' || !APPOSITION_OPENERS.has(t[n.tokenEnd + 1]?.lower ?? '')) return null;
  // the head noun of the apposition: the last word before a preposition, a participle, a comma or its end
  for (let k = n.tokenEnd + 2; k < t.length && k < n.tokenEnd + 8 && t[k].sentence === n.sentence; k++) {
    const w = t[k];
    if (w.text === '-' || t[k - 1].text === '-') continue; // "a Berlin-based rights group"
    if (w.kind !== 'word' || w.pos === 'ADP' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON' || w.pos === 'DET') {
      const head = t[k - 1];
      // "in Northeast Asia, the Russian Foreign Ministry said": a clause's subject, not an apposition
      const ends = w.kind === 'punctuation' || w.pos === 'ADP' || (w.pos === 'VERB' && /(?:ed|ing)$/.test(w.lower) && !REPORT_VERBS.has(w.lower));
      return k > n.tokenEnd + 2 && ends && !head.cap && ORGANIZATION_NOUNS.has(head.lower) ? `apposition "${head.lower}" after it` : null;
    }
  }
  return null;
}

/** Lower-case nouns after a name that make it the name of a thing, not of an actor: "the Ulchi Freedom Shield exercise", "the Minsk format". */
const THING_NOUNS_AFTER = new Set([
  'exercise', 'exercises', 'drill', 'drills', 'operation', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'deal', 'plan', 'initiative',
  'process', 'format', 'declaration', 'protocol', 'pact', 'doctrine', 'festival', 'award', 'prize', 'project', 'programme', 'program', 'pipeline',
  'bill', 'act', 'resolution', 'formula', 'framework', 'scheme', 'roadmap', 'missile', 'missiles', 'system', 'vaccine',
]);

/** Is this occurrence of a name the name of a thing ("the Ulchi Freedom Shield exercise")? */
export function thingCue(a: Readonly<Analysis>, n: NameCandidate): string | null {
  const w = a.tokens[n.tokenEnd];
  return w && w.sentence === n.sentence && !w.cap && THING_NOUNS_AFTER.has(w.lower) ? `"${w.lower}" after it` : null;
}

/** Speaks: a verb of saying, not of relaying ("Tasnim reported" says nothing of a person). */
const speaks = (t: Token | undefined) => !!t && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && !RELAY_LEMMAS.has(t.lemma);

const formsOf = (shapes: readonly string[]) => new Set(CONSULT_VERBS.filter((v) => shapes.includes(v.shape)).flatMap((v) => v.forms));
/** A meeting verb whose subject the name is: "Zarif met…", "Haniyeh received…", "Zarif travelled…". */
const MEETING_ACTS = formsOf(['meet', 'host', 'visit', 'travel', 'phone']);
/** A meeting verb whose object the name is: "met Qaddumi", "received Haniyeh". */
const MET = formsOf(['meet', 'host', 'phone']);
/** Words before "with" that make the name after it a person met: "met with Haniyeh", "talks with Qaddumi", "spoke with…". */
const BEFORE_WITH = new Set([...MET, ...MEETING_NOUNS.flatMap((n) => n.forms), 'spoke', 'speaks', 'sat']);

/** Is the token there and in sentence `s`? (not made per call (see shared/keep-last.ts)) */
function inSentence(x: Token | undefined, s: number): x is Token {
  return !!x && x.sentence === s;
}

/** Does this occurrence of a name act as a person's: speak, meet, head a "who" clause, own or undergo what persons do? */
export function personCue(a: Readonly<Analysis>, n: NameCandidate): boolean {
  const t = a.tokens;
  const sn = n.sentence;
  let k = n.tokenEnd;
  while (inSentence(t[k], sn) && t[k].pos === 'ADV') k++;
  const after = inSentence(t[k], sn) ? t[k] : undefined;
  const before = inSentence(t[n.tokenStart - 1], sn) ? t[n.tokenStart - 1] : undefined;
  const before2 = inSentence(t[n.tokenStart - 2], sn) ? t[n.tokenStart - 2] : undefined;
  // "Vucic said", "said Rudenko"; "Zarif met…", "met Qaddumi", "talks with Haniyeh"
  if (speaks(after) || speaks(before)) return true;
  if ((after && MEETING_ACTS.has(after.lower)) || (before && MET.has(before.lower))) return true;
  if (before?.lower === 'with' && before2 && BEFORE_WITH.has(before2.lower)) return true;
  // "Rudenko, who…"
  if (after?.text === ',' && t[k + 1]?.lower === 'who' && inSentence(t[k + 1], sn)) return true;
  // "Netanyahu's government", "Haniyeh's talks" (past the "'s" when the tagger made it a token of its own)
  const splitPossessive = !!after && /^['’]s?$/.test(after.text);
  if (n.possessive || splitPossessive) {
    const noun = splitPossessive ? t[k + 1] : t[n.tokenEnd];
    if (inSentence(noun, sn) && PERSONAL_THINGS.has(noun.lower)) return true;
  }
  // "the fall of Netanyahu", "the arrest of Imamoglu"
  return before?.lower === 'of' && !!before2 && PERSONAL_THINGS.has(before2.lower);
}

/** Nouns of what a person has or undergoes: "Netanyahu's government", "the fall of Netanyahu". */
const PERSONAL_THINGS = new Set([
  'government', 'administration', 'cabinet', 'coalition', 'party', 'office', 'aide', 'aides', 'adviser', 'advisers', 'spokesman', 'spokeswoman',
  'wife', 'husband', 'son', 'daughter', 'family', 'visit', 'trip', 'speech', 'remarks', 'comments', 'statement', 'call', 'policy', 'policies',
  'rule', 'regime', 'campaign', 'allies', 'supporters', 'opponents', 'successor', 'predecessor', 'resignation', 'fall', 'ouster', 'death',
  'arrest', 'election', 're-election', 'reelection', 'inauguration', 'funeral', 'assassination', 'killing', 'release', 'trial', 'conviction',
  'talks', 'meeting', 'meetings', 'letter', 'message', 'envoy',
]);
