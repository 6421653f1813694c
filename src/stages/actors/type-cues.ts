// What the words around a name say of its type, when no lexicon knows the name. A place: the
// settlement noun before it ("the Red Sea port of Assab"), a "where" clause after it ("to Addis
// Abeba, where he met…"), a plural place noun closing a list of names ("the Lipulekh, Shipki La and
// Nathu La passes"), a verb of travel before it ("travelled to Asmara"). An organization: an
// apposition that says what kind of body it is ("Euroclear, a securities depository based in…").
import type { Analysis, NameCandidate } from '../../model/types.js';
import { REPORT_VERBS } from '../../lexicons/plover.js';

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
const BODY_HEAD_TITLES = new Set(['chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'ceo', 'secretary-general', 'founder', 'co-founder', 'president-ceo']);

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

/** Verbs of saying a person does right after the name or right before it ("Vucic said", "said Rudenko"). */
const SAYING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'stated', 'argued', 'warned', 'insisted', 'wrote', 'writes', 'asked',
  'replied', 'explained', 'urged', 'stressed', 'announced', 'confirmed', 'denied', 'insists', 'warns', 'argues', 'added', 'recalled', 'posted',
]);

/** Does this occurrence of a name act as a person's: speak, or head a "who" clause? */
export function personCue(a: Readonly<Analysis>, n: NameCandidate): boolean {
  const t = a.tokens;
  let k = n.tokenEnd;
  while (t[k]?.pos === 'ADV' && t[k].sentence === n.sentence) k++;
  const after = t[k];
  if (after && after.sentence === n.sentence && SAYING.has(after.lower)) return true;
  if (after?.text === ',' && t[k + 1]?.lower === 'who' && t[k + 1].sentence === n.sentence) return true;
  if (after && after.sentence === n.sentence && MEETING_ACTS.has(after.lower)) return true;
  const before = t[n.tokenStart - 1];
  if (before && before.sentence === n.sentence && (SAYING.has(before.lower) || MET.has(before.lower))) return true;
  // "talks with Qaddumi", "met with Haniyeh"
  if (before?.lower === 'with' && t[n.tokenStart - 2]?.sentence === n.sentence && MEETING_NOUNS_BEFORE_WITH.has(t[n.tokenStart - 2].lower)) return true;
  // "Netanyahu's government", "Erdogan's visit"; "the fall of Netanyahu", "the arrest of Imamoglu"
  if (n.possessive || (after && /^['’]s?$/.test(after.text))) {
    // "Haniyeh's talks": past the "'s" when the tagger made it a token of its own
    const noun = after && /^['’]s?$/.test(after.text) ? t[k + 1] : t[n.tokenEnd];
    if (noun && noun.sentence === n.sentence && PERSONAL_THINGS.has(noun.lower)) return true;
  }
  return before?.lower === 'of' && PERSONAL_THINGS.has(t[n.tokenStart - 2]?.lower ?? '') && t[n.tokenStart - 2].sentence === n.sentence;
}

/** What a person does at a meeting, right after the name: "Zarif met Qaddumi", "Haniyeh received…". */
const MEETING_ACTS = new Set([
  'met', 'meets', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes', 'visited', 'visits', 'phoned', 'telephoned',
  'traveled', 'travelled', 'travels', 'flew', 'arrived', 'arrives', 'went',
]);
/** Verbs whose object, right after them, is a person met: "met Qaddumi". */
const MET = new Set(['met', 'meets', 'meet', 'meeting', 'received', 'hosted', 'welcomed', 'phoned', 'telephoned']);
/** Words before "with" that make the name after it a person met: "talks with Qaddumi". */
const MEETING_NOUNS_BEFORE_WITH = new Set(['met', 'meet', 'meets', 'meeting', 'talks', 'spoke', 'speaks', 'conversation', 'call', 'sat', 'negotiations', 'discussions']);

/** Nouns of what a person has or undergoes: "Netanyahu's government", "the fall of Netanyahu". */
const PERSONAL_THINGS = new Set([
  'government', 'administration', 'cabinet', 'coalition', 'party', 'office', 'aide', 'aides', 'adviser', 'advisers', 'spokesman', 'spokeswoman',
  'wife', 'husband', 'son', 'daughter', 'family', 'visit', 'trip', 'speech', 'remarks', 'comments', 'statement', 'call', 'policy', 'policies',
  'rule', 'regime', 'campaign', 'allies', 'supporters', 'opponents', 'successor', 'predecessor', 'resignation', 'fall', 'ouster', 'death',
  'arrest', 'election', 're-election', 'reelection', 'inauguration', 'funeral', 'assassination', 'killing', 'release', 'trial', 'conviction',
  'talks', 'meeting', 'meetings', 'letter', 'message', 'envoy',
]);
