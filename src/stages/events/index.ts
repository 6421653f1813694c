import type { Actor, Analysis, DateRef, Event, EventContext, PloverType, Sentence, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import {
  COMPANION_CUES, CONSULT_VERBS, CONTEXT_CUES, GROUP_NOUNS, MEAL_NOUNS, MEETING_NOUNS, REMOTE_NOUNS, REMOTE_WORDS, MEET_NON_EVENT_OBJECTS, NOT_A_MEETING, PLOVER_VERBS, REPORT_VERBS, THIRD_PARTY_CUES, VISIT_PURPOSES,
  type ConsultMode, type ConsultVerb,
} from '../../lexicons/plover.js';
import { lookupDemonym, lookupPlace } from '../../lexicons/places.js';
import { PERSON_HYPERNYMS } from '../../lexicons/speech.js';
import { firstTokenAt, sentenceAt } from '../segment/index.js';
import { Parties, type Ref } from './parties.js';
import { keepLast } from '../shared/keep-last.js';

/**
 * PLOVER events with their parties, date, place and context. Meetings, visits, talks, hosting and
 * calls are CONSULT; praise, accusations, threats, aid and the like come from a small verb lexicon
 * (src/lexicons/plover.ts). Every event keeps its sentence as evidence, its trigger and the rule.
 * Events that did not happen (planned, hypothetical, denied) stay in the layer with their context;
 * the contract writes them apart from the events that happened.
 */
export const events: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'actors', 'dates'],
  assigns: ['events'],
  run(a) {
    return { events: findEvents(a) };
  },
};

/** A CONSULT reading of one trigger, before dates are inherited and duplicates merged. */
interface Draft {
  type: PloverType;
  mode: ConsultMode | null;
  sentence: number;
  trigger: number;
  triggerEnd: number;
  source: Ref[];
  targets: Ref[];
  /** Extra parties (third parties, members of a "between" list). */
  others: Ref[];
  /** Place actor id or name where it happened. */
  location: string | null;
  date: DateRef | null;
  /** The date was taken from another sentence. */
  inherited: string | null;
  context: EventContext;
  rule: string;
  /**
   * Refers back to an earlier meeting ("the meeting", "in their meeting"): takes its parties and date;
   * 'if-recent': only when a meeting was told in the two sentences before ("the meeting with Y").
   */
  anaphoric: boolean | 'if-recent';
  /** A meeting said to exist, with or without resolved parties: later anaphora and dates lean on it. */
  mention: boolean;
  /** "The meeting …": a definite meeting noun, the meeting told before, whatever lies between. */
  definite: boolean;
  /** Other tokens this reading used up ("talks" in "arrived for talks with Y"). */
  consumed: number[];
}

const CONSULT_BY_FORM = new Map<string, ConsultVerb[]>();
for (const v of CONSULT_VERBS) for (const f of v.forms) CONSULT_BY_FORM.set(f, [...(CONSULT_BY_FORM.get(f) ?? []), v]);
const NOUN_BY_FORM = new Map<string, { mode: ConsultMode; forms: string[] }>();
for (const n of MEETING_NOUNS) for (const f of n.forms) NOUN_BY_FORM.set(f, n);
const CUES = CONTEXT_CUES.map((c) => ({ ...c, re: new RegExp(c.pattern, 'i') }));
/** Any of the cues: most triggers have none, and one test says so. */
const ANY_CUE = new RegExp(CONTEXT_CUES.map((c) => `(?:${c.pattern})`).join('|'), 'i');
/**
 * Any of the COMPANION_CUES, in any case: a text whose lower case holds one matches (the cues are
 * a-z letters and spaces; of the characters that lower to a-z only the Kelvin sign is not A-Z).
 */
const ANY_COMPANION_CUE = new RegExp(COMPANION_CUES.map((c) => c.replace(/k/g, '[k\u212a]')).join('|'), 'i');
/** NOT_A_MEETING as one pattern: any of them matches the window. */
const NOT_MEETING = new RegExp(NOT_A_MEETING.map((n) => `(?:${n.pattern})`).join('|'), 'i');
/** Any of VISIT_PURPOSES as a word group. */
const VISIT_PURPOSE = new RegExp(VISIT_PURPOSES.map((p) => `(?:\\b${p}\\b)`).join('|'));
/** Modals after a meeting noun that make it a possibility: "a meeting … could take place". */
const PREDICATE_MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'can']);
/** Words after "is"/"was" that put a meeting ahead: "is scheduled", "was expected", "is due". */
const PREDICATE_FUTURE = new Set(['scheduled', 'expected', 'due', 'planned', 'set', 'slated', 'likely', 'possible', 'unlikely', 'being']);

/** THIRD_PARTY_CUES without their "by": "brokered", "mediated", "presided over". */
const THIRD_PARTY_VERBS = THIRD_PARTY_CUES.map((c) => c.replace(/ by$/, ''));
const PLOVER_FORMS = PLOVER_VERBS.flatMap((v) => v.forms.map((f) => ({ type: v.type, words: f.split(' '), reason: v.reason }))).sort((x, y) => y.words.length - x.words.length);
const PLOVER_BY_FIRST = new Map<string, typeof PLOVER_FORMS>();
for (const f of PLOVER_FORMS) PLOVER_BY_FIRST.set(f.words[0], [...(PLOVER_BY_FIRST.get(f.words[0]) ?? []), f]);
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'these', 'those']);
const DEFINITE_OR_NOT = new Set([...DEFINITE, 'a', 'an', 'his', 'her', 'its', 'our', "'s", '’s']);
/** Word lists the rules below test tokens against (lower case). */
const HOLD = new Set(['held', 'holds', 'hold']);
const GERUND_LEADS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'on']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NUM', 'PROPN']);
/** Words that date an event by the day of the one told before: "earlier in the day", "later that day", "the same day". */
const SAME_DAY = /\b(?:(?:earlier|later) (?:in|on) the day|(?:earlier|later) that day|(?:on )?the same day)\b/i;
/** A date's value that names a day. */
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
/** A relative clause on a meeting noun that names who took part: ", which also included". */
const INCLUDED_CLAUSE = /^\s*,\s*which\s+(?:also\s+)?(?:included|involved|brought together|gathered)\s+/i;
/** Adverbs that make one meeting of a side of several into one meeting each. */
const SEPARATELY = new Set(['separately', 'individually']);
const CLAUSE_MARKS = new Set([',', ';', ':', '“', '”', '"']);
const TALK_WORDS = new Set(['talks', 'meet', 'meeting', 'meetings', 'discussions', 'negotiations', 'consultations']);
const PHONE = new Set(['phone', 'telephone']);
const VISIT_COUNTS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'latest', 'previous', 'next']);
const ROLE_NOUNS = new Set(['negotiator', 'envoy', 'representative', 'delegate', 'mediator', 'member', 'head', 'chief']);
const MEETING_MODIFIERS = new Set(['hour-long', 'one-on-one', 'closed-door', 'face-to-face', 'two', 'three', 'four', 'phone', 'telephone', '-']);
const FRONTING = new Set(['during', 'in', 'at', 'after', 'following', 'on']);
const OPENERS = new Set(['“', '"', "'", ',']);
const DAY_OR_PREP = new Set(['yesterday', 'today', 'on', 'in']);
const HIS_HER = new Set(['his', 'her']);
const HAVE = new Set(['has', 'have', 'had']);
const PLACE_LEADS = new Set(['the', 'capital', 'city', 'town', 'port', 'village', 'province', 'region']);
const ARRIVING = new Set(['arriving', 'arrived', 'landing', 'landed']);
const OFFICE_PLACES = new Set(['representative', 'ambassador', 'envoy', 'office', 'embassy', 'consulate', 'mission', 'branch', 'bureau', 'chief', 'head', 'leader', 'member', 'members', 'official', 'officials', 'spokesman', 'correspondent', 'based']);
const CLAUSE_STARTS = new Set(['“', '”', '"', '«', '»', ';', ':']);
const LED = new Set(['led', 'headed', 'head']);
/** Nouns a definite "the" points back to a meeting with: "hosted the talks", "facilitated the session". */
const MEETING_WORDS = new Set(['talks', 'meeting', 'meetings', 'session', 'sessions', 'negotiations', 'discussions', 'summit', 'consultations']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** Prepositions between a PLOVER verb and its object ("called for", "cracked down on"), and before a target after a thing. */
const OBJECT_PREPS = new Set(['for', 'with', 'on', 'to', 'upon', 'against', 'of']);
const TARGET_PREPS = new Set(['to', 'for', 'on', 'against', 'at', 'with']);
const PLACES_TOO = { places: true };
/** The first letters of the words readRemoteMode looks for. */
const REMOTE_FIRST = new Uint8Array(128);
for (const w of [...REMOTE_WORDS.video, ...REMOTE_WORDS.phone, 'video', 'phone', 'telephone']) REMOTE_FIRST[w.charCodeAt(0)] = 1;
/**
 * The words the first pass looks for, one look-up a token: TRIGGER (a CONSULT verb or noun, or the
 * first word of another PLOVER form) and ARRIVAL ("The Hamas delegation arrived in Tehran").
 */
const TRIGGER = 1;
const ARRIVAL = 2;
const SCAN_WORDS = new Map<string, number>();
for (const w of [...CONSULT_BY_FORM.keys(), ...NOUN_BY_FORM.keys(), ...PLOVER_BY_FIRST.keys(), ...MEAL_NOUNS]) SCAN_WORDS.set(w, TRIGGER);
for (const w of ['arrived', 'arrives', 'landed', 'lands', 'reached']) SCAN_WORDS.set(w, (SCAN_WORDS.get(w) ?? 0) | ARRIVAL);
/** What a trigger word is, read once from the lexicons: the readings below ask it of every trigger. */
interface TriggerWord {
  meal: boolean;
  verbs: ConsultVerb[] | undefined;
  noun: { mode: ConsultMode; forms: string[] } | undefined;
  hold: boolean;
  plover: typeof PLOVER_FORMS;
}
/** Each scan word's flags and, for a trigger, what it is: one look-up a token in the scan. */
const SCAN = new Map<string, { flags: number; word: TriggerWord | undefined }>();
for (const [w, f] of SCAN_WORDS) {
  const word = f & TRIGGER ? { meal: MEAL_NOUNS.has(w), verbs: CONSULT_BY_FORM.get(w), noun: NOUN_BY_FORM.get(w), hold: HOLD.has(w), plover: PLOVER_BY_FIRST.get(w) ?? [] } : undefined;
  SCAN.set(w, { flags: f, word });
}
/**
 * A gate before the scan's Map look-up, by a word's length, first and last character: bit
 * (last & 31) of SCAN_GATE[length * 128 + first] is set for each scan word. About one token in
 * eight passes. The tokens' lower-case strings are new strings with no hash yet when this stage
 * runs, and a Map look-up of each computed one; the gate reads two characters instead (a token
 * it lets through may still be no scan word: the Map decides).
 */
const GATE_LENGTH = 32;
const SCAN_GATE = new Uint32Array(GATE_LENGTH * 128);
for (const w of SCAN.keys()) {
  if (w.length >= GATE_LENGTH || w.charCodeAt(0) >= 128) throw new Error(`scan word out of the gate: ${w}`);
  SCAN_GATE[w.length * 128 + w.charCodeAt(0)] |= 1 << (w.charCodeAt(w.length - 1) & 31);
}
/** May the word be one of the scan's? False only when it is none of them. */
function passesScanGate(w: string): boolean {
  const n = w.length;
  if (n >= GATE_LENGTH) return false;
  const first = w.charCodeAt(0);
  return first < 128 && ((SCAN_GATE[n * 128 + first] >>> (w.charCodeAt(n - 1) & 31)) & 1) === 1;
}
/** "led by", "headed by", "represented by": a side and who leads it. */
const LED_BY = /\b(?:led|headed|represented)\s+by\b/i;
const ARTICLES = new Set(['a', 'an', 'the']);
/** Could a word `w` ending in 'd' and the word after it be "led by", "headed by", "represented by"? */
function mayLeadBy(w: string, next: string): boolean {
  return next.charCodeAt(0) === 98 && next.charCodeAt(1) === 121 && (w.endsWith('led') || w.endsWith('headed') || w.endsWith('represented'));
}
/** Are the drafts in order of their triggers (ties in any order: a stable sort keeps them)? */
function isByTrigger(list: readonly { trigger: number }[]): boolean {
  for (let n = 1; n < list.length; n++) if (list[n - 1].trigger > list[n].trigger) return false;
  return true;
}
/** "not", "n't", "never". */
const isNegation = (w: string) => w === 'not' || w === "n't" || w === 'never';
/** Verbs that list a delegation's members: "identified X, Y and Z", "included X and Y". */
/** Offices of persons that "the two …" may name: "the two leaders", "the two foreign ministers". */
const TWO_OFFICES = new Set(['leader', 'minister', 'president', 'premier', 'chancellor', 'king', 'envoy', 'mediator', 'negotiator', 'diplomat', 'chief', 'head', 'general', 'commander', 'secretary', 'senator', 'man', 'woman']);
/** Verbs of speaking to a meeting: "told the meeting", "addressed the summit". */
const ADDRESS_VERBS = new Set(['told', 'tells', 'addressed', 'addresses', 'briefed', 'urged', 'assured']);
/** Forms of "sit" that with "down with" make a meeting. */
const SIT_FORMS = new Set(['sat', 'sit', 'sits', 'sitting']);
/** Forms of "open" that with "the session" make a verb of attending. */
const OPEN_FORMS = new Set(['opened', 'opens']);
/** Forms of "take" that with "part" make a verb of attending. */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking']);
/** Participles that make the person after "with" take part in the meeting: "with X hosting the session". */
const COMPANION_PARTICIPLES = new Set(['hosting', 'chairing', 'mediating', 'moderating', 'presiding', 'facilitating', 'attending', 'joining']);
/** Prepositions that open a time or circumstance phrase before the clause: "During that trip, …". */
const ADJUNCT_OPENERS = new Set(['during', 'after', 'before', 'following', 'throughout', 'at', 'on', 'in', 'since', 'ahead']);
/** Nouns for one side of talks, whose members a sentence may list after the meeting. */
const SIDE_NOUNS = new Set(['delegation', 'side', 'team']);
const MEMBER_VERBS = new Set(['identified', 'named', 'included', 'includes', 'include', 'comprised', 'comprises', 'consisted', 'consists', 'listed']);

/**
 * The events of an article. The work is done by the phases of EventsReading, each a method of its
 * own: one body holding all of them took TurboFan most of a second of CPU to compile (escape
 * analysis over a graph that size), and was compiled twice when a deopt came; and methods of a
 * module-level class, unlike closures made per call, keep their optimized code across full
 * collections (with keepLast).
 */
export function findEvents(a: Readonly<Analysis>): Event[] {
  return keepLast('events', new EventsReading(a)).events;
}

/** One article's reading for findEvents: its state, and the phases as methods. */
class EventsReading {
  readonly a: Readonly<Analysis>;
  readonly P: Parties;
  readonly toks: Token[];
  readonly text: string;
  readonly reportDates: Set<DateRef>;
  readonly datesBySentence: Map<number, DateRef[]>;
  /** The sentence of each date (-1 when in none). */
  readonly dateSentence: Map<DateRef, number>;
  readonly triggerAt: number[];
  /** The TriggerWord of each of triggerAt. */
  readonly triggerWords: TriggerWord[];
  readonly arrivalAt: number[];
  /** The sentences where LED_BY may match, in order: a word ending in "led", "headed" or "represented" before one opening with "by". */
  readonly ledBySentences: number[];
  /** The sentences where readLeaders' pattern may match, in order: those and a "led the/a/an", "headed …", "head of". */
  readonly leadSentences: number[];
  drafts: Draft[];
  others: Draft[];
  readonly clausesBySentence: Map<number, [number, number][]>;
  readonly ordered: Draft[];
  readonly leaderOf: Map<string, string>;
  readonly countryLeaders: { country: string; leaders: string[]; sentence: number; }[];
  readonly arrivals: { who: string; place: string; date: string | null; }[];
  readonly remoteBySentence: Map<number, 'phone' | 'video' | null>;
  readonly nameWords: Map<string, string[]>;
  readonly pairMemo: Map<Event, string[]>;
  readonly pairSetMemo: Map<Event, Set<string>>;
  /** The result. */
  readonly events: Event[];

  constructor(a: Readonly<Analysis>) {
    this.a = a;
    this.P = new Parties(this.a);
    this.toks = this.a.tokens;
    this.text = this.a.doc.text;
    this.reportDates = new Set<DateRef>();
    this.datesBySentence = new Map<number, DateRef[]>();
    this.dateSentence = new Map<DateRef, number>();
    this.readDates();

    // one pass over the narrative's words: where a trigger or an arrival verb may stand, in text
    // order (flat lists for the article rather than a list per sentence: fewer arrays made)
    this.triggerAt = [];
    this.triggerWords = [];
    this.arrivalAt = [];
    this.ledBySentences = [];
    this.leadSentences = [];
    this.scanWords();

    this.drafts = [];
    this.others = [];
    this.collect();
    if (this.bindDescriptions()) this.collect();

    this.clausesBySentence = new Map<number, [number, number][]>();
    // (the drafts come in the scan's text order, so nearly always sorted already: a copy then, no sort)
    this.ordered = isByTrigger(this.drafts) ? this.drafts.slice() : [...this.drafts].sort((x, y) => x.trigger - y.trigger);
    this.resolveInOrder();
    this.lendPlaces();

    this.leaderOf = this.readLeaders();
    this.countryLeaders = this.readCountryLeaders();
    this.placeFromDateline();
    this.arrivals = this.readArrivals();

    this.remoteBySentence = new Map<number, 'phone' | 'video' | null>();
    this.nameWords = new Map<string, string[]>();
    const out: Event[] = [];
    for (const d of this.ordered) this.emitConsult(d, out);
    for (const d of this.others) this.emitOther(d, out);
    // the pairs of participants of each event, as "a|b" with a < b; participants no longer change from here
    this.pairMemo = new Map<Event, string[]>();
    this.pairSetMemo = new Map<Event, Set<string>>();
    const merged = this.mergeConsults(out.filter((e) => !this.visitHeldMeeting(e, out)));
    this.shareLocations(merged);
    merged.sort(byTriggerStart);
    for (let n = 0; n < merged.length; n++) merged[n].id = `e${n + 1}`;
    this.events = merged;
  }

  /** The lower-case word at i ('' past the end). */
  lower(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  sentOf(d: Draft): Sentence {
    return this.a.sentences[d.sentence];
  }

  readDates(): void {
    for (const d of this.a.dates) {
      const s = sentenceAt(this.a, d.start);
      this.dateSentence.set(d, s);
      if (s < 0) continue;
      const list = this.datesBySentence.get(s);
      if (list) list.push(d);
      else this.datesBySentence.set(s, [d]);
      // "the militant group said Saturday", "state media reported on Sunday": the report's date, not the event's
      if (lastWordsReport(this.text.slice(Math.max(this.a.sentences[s].start, d.start - 30), d.start).toLowerCase())) this.reportDates.add(d);
      // "BEIJING, Nov. 5 (Xinhua) --": the dateline dates the report
      else if (this.inDatelineSpan(d)) this.reportDates.add(d);
    }
  }

  /** Does a boilerplate dateline overlap the date? */
  inDatelineSpan(x: DateRef): boolean {
    for (const b of this.a.doc.boilerplate) if (b.kind === 'dateline' && b.start < x.end && x.start < b.end) return true;
    return false;
  }

  scanWords(): void {
    for (const s of this.a.sentences) {
      if (s.boilerplate) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const w = this.toks[i].lower;
        // (a word ending in 'd' may be the "led" of "led by", or of "led a delegation", an "of" the
        // one of "at the head of": readCountryLeaders and readLeaders read only those sentences)
        const last = w.charCodeAt(w.length - 1);
        if (last === 100 && i + 1 < s.tokenEnd) {
          const next = this.toks[i + 1].lower;
          if (mayLeadBy(w, next) && this.ledBySentences[this.ledBySentences.length - 1] !== s.index) this.ledBySentences.push(s.index);
          if ((mayLeadBy(w, next) || (ARTICLES.has(next) && (w.endsWith('led') || w.endsWith('headed')))) && this.leadSentences[this.leadSentences.length - 1] !== s.index) this.leadSentences.push(s.index);
        } else if (last === 102 && w === 'of' && i > s.tokenStart && this.toks[i - 1].lower === 'head' && this.leadSentences[this.leadSentences.length - 1] !== s.index) this.leadSentences.push(s.index);
        if (!passesScanGate(w)) continue;
        const entry = SCAN.get(w);
        if (!entry) continue;
        const found = entry.flags;
        if (found & TRIGGER) {
          this.triggerAt.push(i);
          this.triggerWords.push(entry.word!);
        }
        if (found & ARRIVAL && i < s.tokenEnd - 1) this.arrivalAt.push(i);
      }
    }
  }

  /**
   * "the Turkish president and the Qatari emir held a meeting … The meeting of Recep Tayyip Erdoğan
   * and Sheikh Tamim …": offices named only by description in a lead, then by name, in the same
   * order. Binds them in P; true when it bound any (the triggers are then read again).
   */
  bindDescriptions(): boolean {
    const bindings: [string, string][] = [];
    for (let n = 1; n < this.drafts.length; n++) {
      const d2 = this.drafts[n];
      if (!d2.definite || !d2.rule.endsWith(':of') || d2.others.length < 2 || d2.others.some((r) => r.type !== 'person')) continue;
      // the last draft before it of one or two sentences before
      let d1: Draft | undefined;
      for (let m = n - 1; m >= 0 && !d1; m--) if (this.drafts[m].sentence < d2.sentence && d2.sentence - this.drafts[m].sentence <= 2) d1 = this.drafts[m];
      if (!d1 || d1.source.length + d1.targets.length + d1.others.length > 0) continue;
      const trigger = d1.trigger;
      const descs = this.P.unresolved(d1.sentence).filter((u) => u.tokenEnd <= trigger);
      if (descs.length !== d2.others.length) continue;
      for (let k = 0; k < descs.length; k++) bindings.push([descs[k].key, d2.others[k].actor]);
    }
    if (!bindings.length) return false;
    this.P.bind(bindings);
    return true;
  }

  collect(): void {
    this.drafts = [];
    this.others = [];
    // tokens a reading kept has used up in the sentence (few: a list, not a set; emptied per sentence)
    const used: number[] = [];
    let s: Sentence | undefined;
    for (let n = 0; n < this.triggerAt.length; n++) {
      const i = this.triggerAt[n];
      // (the scan read only sentences outside boilerplate, in order)
      if (s === undefined || s.index !== this.toks[i].sentence) {
        s = this.a.sentences[this.toks[i].sentence];
        used.length = 0;
      }
      {
        if (used.includes(i)) continue;
        const d = this.consultAt(i, s, this.triggerWords[n]);
        if (d) {
          if (d.mode !== 'phone') this.addCompanions(d, s);
          d.context = this.contextAt(s, d.trigger);
          if (d.context === 'actual' && d.rule.startsWith('consult:noun')) d.context = this.predicateContext(s, d.triggerEnd);
          // "plans to visit Tehran for talks with X": the talks share the plan's context
          const last = this.drafts[this.drafts.length - 1];
          if (d.context === 'actual' && last && last.sentence === s.index && last.context !== 'actual' && last.context !== 'historical' && !/[,;]/.test(this.text.slice(this.toks[last.trigger].end, this.toks[d.trigger].start))) d.context = last.context;
          for (let k = d.trigger; k < d.triggerEnd; k++) used.push(k);
          for (const k of d.consumed) used.push(k);
          this.drafts.push(d);
          continue;
        }
        const o = this.ploverAt(i, s, this.triggerWords[n]);
        if (o) {
          o.context = this.contextAt(s, o.trigger);
          for (let k = o.trigger; k < o.triggerEnd; k++) used.push(k);
          this.others.push(o);
        }
      }
    }
  }

  // ---- CONSULT triggers --------------------------------------------------------------------
  /** A reading of the trigger at i; its context is read by collect() once the reading is kept. */
  /**
   * "hosted X in the Oval Office, alongside Y and Z": the persons after a companion cue take part
   * too; so does one "with" whom the sentence has hosting or chairing ("met on Friday, with Swiss
   * Foreign Minister Ignazio Cassis hosting the opening session").
   */
  addCompanions(d: Draft, s: Sentence): void {
    for (let k = d.triggerEnd; k < s.tokenEnd - 2; k++) {
      if (this.lower(k) !== 'with') continue;
      const persons = this.P.object(s.index, k + 1).filter((r) => r.type === 'person');
      const after = persons.length ? persons[persons.length - 1].tokenEnd : -1;
      if (after > 0 && after < s.tokenEnd && COMPANION_PARTICIPLES.has(this.lower(after))) {
        d.others.push(...persons);
        d.rule += ':companion-hosting';
        return;
      }
    }
    const from = this.toks[d.triggerEnd - 1].end;
    const raw = this.text.slice(from, s.end);
    // most sentences have none of the cues: one test says so before eight searches
    if (!ANY_COMPANION_CUE.test(raw)) return;
    const rest = raw.toLowerCase();
    for (const cue of COMPANION_CUES) {
      const at = rest.indexOf(cue);
      if (at < 0 || (at > 0 && /\w/.test(rest[at - 1]))) continue;
      const offset = from + at + cue.length;
      const k = firstTokenAt(this.toks, offset);
      if (k >= s.tokenEnd) continue;
      const persons = this.P.object(s.index, k).filter((r) => r.type === 'person');
      if (persons.length) {
        d.others.push(...persons);
        d.rule += ':companions';
      }
      return;
    }
  }

  base(type: PloverType, mode: ConsultMode | null, s: Sentence, i: number, j: number, rule: string): Draft {
    return { type, mode, sentence: s.index, trigger: i, triggerEnd: j, source: [], targets: [], others: [], location: null, date: null, inherited: null, context: 'actual', rule, anaphoric: false, mention: true, definite: false, consumed: [] };
  }

  consultAt(i: number, s: Sentence, tw: TriggerWord): Draft | null {
    if (tw.meal) return this.overAMeal(i, s);
    const verbs = tw.verbs;
    const noun = tw.noun;
    if (!verbs && !noun) return null;
    const window = this.text.slice(this.toks[Math.max(s.tokenStart, i - 3)].start, this.toks[Math.min(s.tokenEnd - 1, i + 4)].end);
    if (NOT_MEETING.test(window)) return null;
    // "visit", "talks", "call" tagged as nouns are read as nouns ("Erdogan's visit to Doha")
    if (verbs && !(noun && this.toks[i].pos !== 'VERB' && !tw.hold)) {
      for (const v of verbs) {
        const d = this.verbTrigger(v, i, s);
        if (d) return d;
      }
    }
    // "after meeting with Erdoğan", "Zarif, meeting with Qaddumi, said": a gerund reads as the verb
    if (this.lower(i) === 'meeting' && i > s.tokenStart && (GERUND_LEADS.has(this.lower(i - 1)) || (this.lower(i - 1) === ',' && this.lower(i + 1) === 'with'))) {
      return this.verbTrigger(CONSULT_VERBS[0], i, s);
    }
    // a noun, or tagged a verb but after a determiner: "at a later meeting with Kharazi"
    const detBefore = (i - 1 >= s.tokenStart && DEFINITE_OR_NOT.has(this.lower(i - 1))) || (i - 2 >= s.tokenStart && DEFINITE_OR_NOT.has(this.lower(i - 2)) && MODIFIER_POS.has(this.toks[i - 1].pos));
    if (noun && (this.toks[i].pos !== 'VERB' || detBefore)) return this.nounTrigger(noun.mode, i, s);
    return null;
  }

  /**
   * "He and Johnson had mapped out the strategy with Trump over dinner", "talked over lunch with
   * Y": the clause's subject and the one "with" it met over the meal. Only after "over" (a meal
   * "for the troops", or one eaten alone, is no meeting).
   */
  overAMeal(i: number, s: Sentence): Draft | null {
    const over = this.lower(i - 1) === 'over' ? i - 1 : this.lower(i - 2) === 'over' && DEFINITE_OR_NOT.has(this.lower(i - 1)) ? i - 2 : -1;
    if (over < s.tokenStart) return null;
    let withAt = this.lower(i + 1) === 'with' ? i + 1 : -1;
    for (let m = over - 1; withAt < 0 && m >= s.tokenStart && m > over - 12; m--) {
      if (this.lower(m) === 'with') withAt = m;
      else if (CLAUSE_MARKS.has(this.toks[m].text)) break;
    }
    if (withAt < 0) return null;
    // the clause's verb: the first one of the sentence before "with"
    let verb = -1;
    for (let m = s.tokenStart; m < Math.min(withAt, over); m++) if (this.toks[m].pos === 'VERB' || this.toks[m].pos === 'AUX') { verb = m; break; }
    if (verb < 0) return null;
    const d = this.base('CONSULT', 'meet', s, i, i + 1, `consult:over-${this.lower(i)}`);
    d.source = this.P.subject(s.index, verb);
    d.targets = this.P.takers(this.P.object(s.index, withAt + 1));
    d.location = this.locationIn(s, i + 1);
    return d;
  }

  /** The lower-case word at k when before end, else ''. */
  wordBefore(k: number, end: number): string {
    return k < end ? this.lower(k) : '';
  }

  verbTrigger(v: ConsultVerb, i: number, s: Sentence): Draft | null {
    const end = s.tokenEnd;
    if (v.then) {
      let j = i + 1;
      let found = -1;
      for (; j < end && j <= i + 5; j++) {
        if (v.then.includes(this.lower(j))) { found = j; break; }
        if (this.toks[j].pos === 'VERB' && !/(?:ing|ed)$/.test(this.lower(j))) break; // "have shown that dialogue…": another verb's object
      }
      if (found < 0) return null;
      if (v.shape === 'support-verb') {
        const d = this.base('CONSULT', this.nounMode(this.lower(found)), s, i, found + 1, `consult:support-verb:${this.lower(i)}-${this.lower(found)}`);
        d.source = this.P.subject(s.index, i);
        let k = found + 1;
        while (k < end && (this.toks[k].pos === 'ADV' || this.toks[k].pos === 'ADP' && this.lower(k) !== 'with' && this.lower(k) !== 'between') && k < found + 3) k++;
        if (this.wordBefore(k, end) === 'with' || this.wordBefore(k, end) === 'between') d.targets = this.P.takers(this.P.object(s.index, k + 1, { toEnd: this.wordBefore(k, end) === 'between' }));
        else {
          // "X held talks for the first time in Tehran with a Y": look a little further; a co-chair's
          // partner may come after the meeting's whole title ("co-chaired a meeting of … (FOCAC) with Y")
          const reach = this.lower(i).startsWith('co-') ? 40 : 9;
          for (let m = found + 1; m < end && m < found + reach; m++) {
            if (this.lower(m) === 'with') { d.targets = this.P.takers(this.P.object(s.index, m + 1)); break; }
            if (reach > 9 && (this.toks[m].text === ';' || (this.toks[m].pos === 'VERB' && m > found + 1 && this.toks[m + 1]?.text !== '-' && !/(?:ing|ed)$/.test(this.lower(m))))) break;
          }
        }
        d.location = this.locationIn(s, found + 1);
        return d;
      }
      // lead-delegation: "X led a delegation to Iran"
      let k = found + 1;
      if (this.wordBefore(k, end) !== 'to') return null;
      const place = this.P.object(s.index, k + 1).filter((r) => r.type === 'place');
      const d = this.base('CONSULT', 'visit', s, i, found + 1, 'consult:lead-delegation');
      d.source = this.P.subject(s.index, i);
      d.targets = place.slice(0, 1);
      d.location = place[0] ? this.name(place[0].actor) : null;
      return d;
    }
    switch (v.shape) {
      case 'meet': {
        // "sat down with Y"; "sat beside Healey" is no meeting
        if (SIT_FORMS.has(this.lower(i)) && this.wordBefore(i + 1, end) !== 'down') return null;
        let k = SIT_FORMS.has(this.lower(i)) ? i + 2 : i + 1;
        while (k < end && this.toks[k].pos === 'ADV' && this.lower(k) !== 'with') k++;
        if (k < end && (this.lower(k) === 'face-to-face' || this.lower(k) === 'privately' || this.lower(k) === 'separately')) k++;
        if (this.wordBefore(k, end) !== 'with') {
          // "met in Ramallah with Y", "met on Monday with Y": a place or time before the partner
          // ("met Y in Nairobi with the mediators present": a person object comes first, and is the partner)
          const persons = this.P.refs(s.index);
          for (let m = k; m < end && m < k + 8; m++) {
            if (this.lower(m) === 'with') { k = m; break; }
            if (this.toks[m].pos === 'VERB' || this.toks[m].pos === 'AUX' || CLAUSE_MARKS.has(this.toks[m].text)) break;
            if (persons.some((r) => r.tokenStart === m && r.type === 'person' && !r.complement)) break;
          }
        }
        // "sat down at Matignon with Y" meets Y; "sat down" with no one after it is no meeting
        if (SIT_FORMS.has(this.lower(i)) && this.wordBefore(k, end) !== 'with') return null;
        if (this.wordBefore(k, end) === 'with' || this.wordBefore(k, end) === 'up') k++;
        // "was met with criticism": an idiom, not a meeting
        if (i - 1 >= s.tokenStart && BE_FORMS.has(this.lower(i - 1)) && this.lower(i - 1) !== 'being' && this.wordBefore(i + 1, end) === 'with') return null;
        if (MEET_NON_EVENT_OBJECTS.has(this.wordBefore(k, end)) || (DEFINITE.has(this.wordBefore(k, end)) && MEET_NON_EVENT_OBJECTS.has(this.wordBefore(k + 1, end))) || (this.wordBefore(k, end) === 'its' && MEET_NON_EVENT_OBJECTS.has(this.wordBefore(k + 1, end)))) return null;
        const d = this.base('CONSULT', 'meet', s, i, i + 1, 'consult:meet');
        d.source = this.P.subject(s.index, i);
        d.targets = this.P.takers(this.P.object(s.index, k));
        // "met for five hours at the KICC with the panel of mediators led by X": the one who leads
        // the group met takes part
        let w = this.lower(k - 1) === 'with' ? k : -1;
        for (let m = k; w < 0 && m < end && m < i + 20; m++) {
          if (this.lower(m) === 'with') w = m + 1;
          else if (CLAUSE_MARKS.has(this.toks[m].text) || this.toks[m].pos === 'VERB' || this.toks[m].pos === 'AUX') break;
        }
        if (w >= 0) {
          for (let m = w; m < end && m < w + 8; m++) {
            if (LED.has(this.lower(m)) && this.wordBefore(m + 1, end) === 'by') {
              for (const r of this.P.object(s.index, m + 2)) if (r.type === 'person' && !r.complement && !d.targets.some((t) => t.actor === r.actor)) d.targets.push(r);
              d.rule += ':group-led-by';
              break;
            }
            if (CLAUSE_MARKS.has(this.toks[m].text) || this.toks[m].pos === 'VERB' || this.toks[m].pos === 'AUX') break;
          }
        }
        d.location = this.locationIn(s, i + 1);
        return d;
      }
      case 'host': {
        const passive = i - 1 >= s.tokenStart && BE_FORMS.has(this.lower(i - 1));
        const d = this.base('CONSULT', v.mode, s, i, i + 1, passive ? `consult:${v.mode}-passive` : `consult:${v.mode}`);
        if (passive) {
          d.source = this.P.subject(s.index, i - 1);
          let by = -1;
          for (let k = i + 1; k < end && k < i + 4; k++) if (this.lower(k) === 'by') { by = k; break; }
          d.targets = by >= 0 ? this.P.takers(this.P.object(s.index, by + 1)) : [];
        } else {
          d.targets = this.P.subject(s.index, i);
          const obj = this.P.object(s.index, i + 1);
          d.source = this.P.takers(obj);
          // "Fidan hosted the talks": the host joins the meeting told before
          if (!d.source.length && (v.mode === 'third-party' || this.lower(i).startsWith('host')) && DEFINITE.has(this.wordBefore(i + 1, end)) && MEETING_WORDS.has(this.wordBefore(i + 2, end))) {
            d.anaphoric = true;
            d.rule += ':joins-the-meeting';
            return d;
          }
          // "received a letter", "hosted a conference": the object is not a visitor ("received the
          // two ministers" is: they are found among the parties told before)
          if (!d.source.length && !(this.wordBefore(i + 1, end) === 'the' && this.wordBefore(i + 2, end) === 'two')) return null;
        }
        d.location = this.locationIn(s, i + 1);
        return d;
      }
      case 'visit': {
        const d = this.base('CONSULT', 'visit', s, i, i + 1, 'consult:visit');
        d.source = this.P.subject(s.index, i);
        const obj = this.P.object(s.index, i + 1);
        d.targets = this.P.takers(obj, PLACES_TOO, 3);
        const place = obj.find((r) => r.type === 'place' && !r.complement);
        d.location = place ? this.name(place.actor) : this.locationIn(s, i + 1);
        return d;
      }
      case 'travel': {
        // the pattern below needs "to", "in", "into" or "back" for the next word: "go", "come",
        // "head" are frequent, and most have none of them after
        const after = this.wordBefore(i + 1, end);
        if (after !== 'to' && after !== 'in' && after !== 'into' && after !== 'back') return null;
        const rest = this.text.slice(this.toks[i].end, s.end).toLowerCase();
        const to = /^\s+(?:back\s+)?(?:to|in|into)\s/.exec(rest);
        if (!to) return null;
        if (!VISIT_PURPOSE.test(rest)) return null;
        const d = this.base('CONSULT', 'visit', s, i, i + 1, 'consult:travel-for-talks');
        d.source = this.P.subject(s.index, i);
        const place = this.destination(s, i + 2);
        if (!place) return null;
        d.targets = [place.ref];
        d.location = place.location;
        // "… for talks with Egyptian intelligence chief Abbas Kamel": a named host replaces the place
        for (let m = i + 2; m < end - 1; m++) {
          if (!TALK_WORDS.has(this.lower(m))) continue;
          const w2 = this.lower(m + 1) === 'with' ? m + 2 : this.lower(m) === 'meet' ? m + 1 : -1;
          if (w2 < 0) break;
          const hosts = this.P.takers(this.P.object(s.index, w2)).filter((r) => r.type !== 'place');
          if (hosts.length) { d.targets = hosts; d.consumed.push(m); d.rule += ':named-host'; }
          break;
        }
        return d;
      }
      case 'discuss': {
        // "met Y in Doha to discuss …": the purpose of another meeting, not one more
        if (i - 1 >= s.tokenStart && this.lower(i - 1) === 'to') return null;
        // the partner comes after "with", past the topic: "discussed the crisis in Ukraine with Y"
        let withAt = -1;
        for (let m = i + 1; m < end && m < i + 12; m++) {
          if (this.lower(m) === 'with') { withAt = m; break; }
          if (this.toks[m].pos === 'VERB' || this.toks[m].pos === 'AUX' || CLAUSE_MARKS.has(this.toks[m].text)) break;
        }
        const d = this.base('CONSULT', 'meet', s, i, i + 1, withAt >= 0 ? 'consult:discuss-with' : 'consult:discuss');
        d.source = this.P.subject(s.index, i);
        if (withAt >= 0) d.targets = this.P.takers(this.P.object(s.index, withAt + 1));
        // a place inside the topic is not where they met ("discussed the war in Ukraine"): only one after the partner
        d.location = withAt >= 0 ? this.locationIn(s, withAt + 1) : null;
        return d;
      }
      case 'attend': {
        // "X also attended", "X attended the talks": X joins the meeting told before; "was
        // attended by" is a third party's cue, and "attended the funeral" no meeting
        if (i - 1 >= s.tokenStart && BE_FORMS.has(this.lower(i - 1))) return null;
        let k = i + 1;
        // "took part in the talks", "participated in the meeting"
        if (TAKE_FORMS.has(this.lower(i))) {
          if (this.wordBefore(k, end) !== 'part') return null;
          k++;
        }
        while (k < end && this.toks[k].pos === 'ADV') k++;
        if (this.wordBefore(k, end) === 'in' && (TAKE_FORMS.has(this.lower(i)) || this.lower(i).startsWith('particip'))) k++;
        const bare = k >= end || this.toks[k].kind === 'punctuation' || this.lower(k) === 'according';
        // "X opened the session": only a meeting told before is opened by a person taking part
        const opening = OPEN_FORMS.has(this.lower(i));
        if ((!bare || opening) && !(DEFINITE.has(this.wordBefore(k, end)) && MEETING_WORDS.has(this.wordBefore(k + 1, end)))) return null;
        const d = this.base('CONSULT', 'meet', s, i, i + 1, 'consult:attend:joins-the-meeting');
        d.source = this.P.subject(s.index, i);
        if (opening) d.source = d.source.filter((r) => r.type === 'person');
        if (!d.source.length) return null;
        d.anaphoric = true;
        return d;
      }
      case 'accompany': {
        // "On the Qatari side, X accompanied the Amir": X joins a meeting told just before
        if (i - 1 >= s.tokenStart && BE_FORMS.has(this.lower(i - 1))) return null;
        const d = this.base('CONSULT', 'meet', s, i, i + 1, 'consult:accompanied:joins-the-meeting');
        d.source = this.P.subject(s.index, i).filter((r) => r.type === 'person');
        if (!d.source.length) return null;
        d.anaphoric = 'if-recent';
        return d;
      }
      case 'call-on': {
        // "X called on the Emir of Qatar, who urged …": a courtesy call on persons. "called on Y to
        // act" and "called on the public" ask something of someone: the REQUEST reading takes those
        if (this.wordBefore(i + 1, end) !== 'on' && this.wordBefore(i + 1, end) !== 'upon') return null;
        const obj = this.P.takers(this.P.object(s.index, i + 2));
        if (!obj.length || obj.some((r) => r.type !== 'person')) return null;
        // a request's infinitive or purpose may come after the persons, before the clause ends
        for (let k = obj[obj.length - 1].tokenEnd; k < end; k++) {
          if (CLAUSE_MARKS.has(this.toks[k].text)) break;
          if ((this.lower(k) === 'to' && this.toks[k + 1]?.pos === 'VERB') || this.lower(k) === 'for') return null;
        }
        const d = this.base('CONSULT', 'visit', s, i, i + 2, 'consult:call-on');
        d.source = this.P.subject(s.index, i);
        d.targets = obj;
        d.location = this.locationIn(s, i + 2);
        return d;
      }
      case 'phone': {
        const d = this.base('CONSULT', 'phone', s, i, i + 1, 'consult:phone');
        d.source = this.P.subject(s.index, i);
        d.targets = this.P.takers(this.P.object(s.index, i + 1));
        return d;
      }
      default:
        return null;
    }
  }

  nounMode(w: string): ConsultMode {
    if (w === 'phone' || w === 'telephone') return 'phone';
    return NOUN_BY_FORM.get(w)?.mode ?? 'meet';
  }

  /** Does one of the dates hold token t? (a loop, not closures made per token) */
  inDates(dates: readonly DateRef[], t: number): boolean {
    const tok = this.toks[t];
    for (const x of dates) if (x.start <= tok.start && tok.end <= x.end) return true;
    return false;
  }

  nounTrigger(mode: ConsultMode, i: number, s: Sentence): Draft | null {
    const w = this.lower(i);
    const end = s.tokenEnd;
    const prev = i - 1 >= s.tokenStart ? this.lower(i - 1) : '';
    if (mode === 'phone' && !PHONE.has(prev)) return null;
    if (mode === 'visit' && (VISIT_COUNTS.has(prev) || /^\d+(?:st|nd|rd|th)$/.test(prev))) {
      // "his fourth visit to Baghdad": a count of visits, not one more — but it dates the visit being told
      const d = this.base('CONSULT', 'visit', s, i, i + 1, 'consult:visit-count');
      d.mention = true;
      return d;
    }
    // "Zarif, Iran's chief negotiator in the nuclear talks with the P5+1, hailed…": a role, not a meeting
    for (let k = i - 1; k >= s.tokenStart && k >= i - 8; k--) {
      if (this.toks[k].text === ',' || this.toks[k].text === '(') break;
      if (ROLE_NOUNS.has(this.lower(k)) && k - 1 >= s.tokenStart && this.lower(k + 1) !== 'of') return null;
    }
    const d = this.base('CONSULT', mode, s, i, i + 1, `consult:noun:${w}`);
    let d0definite = false;
    // the determiner or possessor before the noun, past adjectives and dates ("In a Saturday meeting", "Monday's talks")
    let k = i - 1;
    const sentDates = this.datesBySentence.get(s.index);
    while (k >= s.tokenStart && (this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'ADV' || this.toks[k].pos === 'NUM' || (MEETING_MODIFIERS.has(this.lower(k)) || /^\w+-hour$/.test(this.lower(k))) || (sentDates !== undefined && this.inDates(sentDates, k) && !/^['’]s?$/.test(this.lower(k))))) k--;
    const det = k >= s.tokenStart ? this.lower(k) : '';
    const possTok = /^['’]s?$/.test(det);
    const possessor = possTok ? this.P.refs(s.index).find((r) => r.tokenEnd === k) ?? null : null;
    const definite = DEFINITE.has(det) || (possTok && !possessor);
    d0definite = definite;
    const detAt = possTok ? (possessor ? possessor.tokenStart : k - 1) : k;
    const fronted = detAt - 1 >= s.tokenStart && FRONTING.has(this.lower(detAt - 1)) && (detAt - 1 <= s.tokenStart + 1 || OPENERS.has(this.lower(detAt - 2)));
    // what follows: between / of / with
    let j = i + 1;
    while (j < end && j < i + 4 && (this.toks[j].pos === 'ADV' || !DAY_OR_PREP.has(this.lower(j)) && this.toks[j].pos === 'ADJ')) j++;
    let after = this.lower(j);
    let named = false;
    // "The meeting began at 8.15 pm, initially between …"
    const betweenAt = this.findWord(s, i + 1, 'between', 9);
    if (betweenAt >= 0 && !this.P.crossesBoundary(i, betweenAt)) { j = betweenAt; after = 'between'; }
    if (after === 'between') {
      d.others = this.P.takers(this.P.object(s.index, j + 1, { toEnd: true }), { places: true });
      d.rule += ':between';
      named = d.others.length >= 2;
    } else if (after === 'of' || after === 'by') {
      const firstRegion = this.P.object(s.index, j + 1);
      const withAt = this.findWord(s, j + 1, 'with', 12);
      if (withAt >= 0) {
        d.source = this.P.takers(firstRegion.filter((r) => r.tokenStart < withAt));
        d.targets = this.P.takers(this.P.object(s.index, withAt + 1));
        d.rule += ':of-with';
      } else {
        d.others = this.P.takers(firstRegion);
        d.rule += ':of';
      }
      named = d.source.length + d.targets.length + d.others.length >= 1;
    } else if (after === 'with' || this.findWord(s, i + 1, 'with', 3) >= 0 || (mode === 'phone' && after === 'from')) {
      // "talks with Y"; "a phone call from Y"
      const withAt = after === 'with' || after === 'from' ? j : this.findWord(s, i + 1, 'with', 3);
      d.targets = this.P.takers(this.P.object(s.index, withAt + 1));
      if (possessor) d.source = [possessor];
      else {
        // "During a meeting with Y, X said…" / "X said in a meeting with Y"
        const before = this.P.subject(s.index, k + 1).filter((r) => r.tokenEnd <= k);
        if (!fronted) d.source = before;
        else {
          const commaAt = this.findWord(s, withAt + 1, ',', 25);
          const named = new Set(d.targets.map((r) => r.actor));
          const afterRefs = commaAt >= 0 ? this.P.refs(s.index).filter((r) => r.tokenStart > commaAt && !r.complement && !named.has(r.actor)) : [];
          const firstAfter = afterRefs.length ? afterRefs.find((r) => r.type === 'person') ?? afterRefs[0] : null;
          d.source = firstAfter ? [firstAfter] : before;
        }
      }
      // "the meeting with Y" right after a meeting was told: that meeting, Y named now
      if (definite) d.anaphoric = 'if-recent';
      named = d.targets.length > 0;
    } else if (mode === 'visit' && (after === 'to' || after === 'by')) {
      // "Erdogan's visit to Doha", "during his visit to Tehran", "a visit by X to Y"
      if (after === 'by') {
        const by = this.P.object(s.index, j + 1);
        d.source = this.P.takers(by, undefined, 1);
        const to = this.findWord(s, j + 1, 'to', 8);
        d.targets = to >= 0 ? this.P.takers(this.P.object(s.index, to + 1), PLACES_TOO, 2) : [];
      } else {
        d.targets = this.P.takers(this.P.object(s.index, j + 1), PLACES_TOO, 1);
        d.source = possessor ? [possessor] : this.possessivePronoun(k, s);
        // "Y paid a visit to X"
        if (!d.source.length && !fronted) d.source = this.P.takers(this.P.subject(s.index, k + 1).filter((r) => r.tokenEnd <= k));
      }
      const place = d.targets.find((r) => r.type === 'place');
      if (place) d.location = this.name(place.actor);
      named = d.source.length > 0 && d.targets.length > 0;
      if (named) d.rule += ':visit-to';
    } else if (possessor) {
      d.source = [possessor];
      named = true;
    }
    // "in her meeting with him": the owner of "her" takes part
    if (!possessor && HIS_HER.has(det) && d.targets.length) {
      const owner = this.possessivePronoun(k, s);
      if (owner.length) { d.source = owner; d.rule += ':possessive-pronoun'; }
    }
    // "Putin and Erdogan, in a phone call on Monday, discussed…": coordinated subjects take part
    if (!named) {
      const subj = this.P.subject(s.index, k + 1).filter((r) => r.tokenEnd <= k);
      if (subj.length >= 2) { d.others = subj; named = true; d.rule += ':coordinated-subject'; }
      // "X and Y were present at the meeting": they join the meeting told before
      if (named && definite && /\b(?:present|attended|attending|took part|participated|joined)\b/i.test(this.text.slice(this.toks[subj[subj.length - 1].tokenEnd - 1].end, this.toks[i].start))) {
        d.anaphoric = true;
        d.rule += ':present-at';
      }
    }
    if (!named && definite) {
      // "In the meeting, X emphasised…": the earlier meeting, with X in it
      d.anaphoric = true;
      if (fronted) {
        // "In the meeting, Amir-Abdollahian emphasized…": the subject right after the comma
        const commaAt = this.findWord(s, i + 1, ',', 6);
        const afterRefs = commaAt >= 0 ? this.P.refs(s.index).filter((r) => r.tokenStart > commaAt && r.tokenStart <= commaAt + 6 && !r.complement) : [];
        if (afterRefs.length && !this.P.crossesBoundary(commaAt, afterRefs[0].tokenStart)) d.source = [afterRefs[0]];
      } else if (i - 2 >= s.tokenStart && this.lower(i - 1) === 'the' && ADDRESS_VERBS.has(this.lower(i - 2))) {
        // "Lamola told the meeting that…": whoever addresses the meeting takes part in it
        const speaker = this.P.subject(s.index, i - 2).filter((r) => r.type === 'person');
        if (speaker.length) { d.source = speaker; d.rule += ':addressed'; }
      }
    }
    const rawTail = this.text.slice(this.toks[i].end, s.end);
    // "The meeting, which also included X, lasted three hours": those it included take part
    const included = INCLUDED_CLAUSE.exec(rawTail);
    if (included) {
      const persons = this.P.object(s.index, firstTokenAt(this.toks, this.toks[i].end + included[0].length)).filter((r) => r.type === 'person' && !r.complement);
      if (persons.length) {
        d.others.push(...persons);
        d.anaphoric = d.anaphoric || !named;
        d.rule += ':included';
      }
    }
    // "brokered and attended by Kofi Annan": a third party (every cue needs a " by " after it)
    if (/ [bB][yY] /.test(rawTail)) {
      const tail = rawTail.toLowerCase();
      // "The talks, which began on Saturday, were hosted by X": a relative clause on the meeting comes first
      const rel = /^\s*,\s*(?:which|that)\b[^,;]*,/.exec(tail);
      const skip = rel ? rel[0].length : 0;
      // the cues, in text order: the first near the meeting noun, each next one joined to it by "and"
      // ("hosted by X, and attended by Y"); a cue's parties run to the next cue
      const found: { at: number; by: number; cue: string }[] = [];
      for (const cue of THIRD_PARTY_VERBS) {
        for (let at = tail.indexOf(cue); at >= 0; at = tail.indexOf(cue, at + cue.length)) {
          const by = tail.indexOf(' by ', at);
          if (by >= 0 && by - at - cue.length <= 12) found.push({ at, by, cue });
        }
      }
      found.sort((x, y) => x.at - y.at);
      const chain: typeof found = [];
      for (const f of found) {
        if (!chain.length) {
          if (f.at - skip < 40 && f.at >= skip) chain.push(f);
          else if (f.at < skip) continue;
          else break;
        } else if (/\band\s+(?:\w+\s+)?$/.test(tail.slice(chain[chain.length - 1].by, f.at))) chain.push(f);
      }
      for (let c = 0; c < chain.length; c++) {
        const { cue, by } = chain[c];
        const until = c + 1 < chain.length ? this.toks[i].end + chain[c + 1].at : s.end;
        const byTok = this.P.refs(s.index).filter((r) => r.start >= this.toks[i].end + by && r.end <= until).map((r, n) => (n === 0 ? { ...r, complement: false } : r));
        // a list of those who attended runs to the next cue or the sentence's end ("attended by A, …;
        // B, …; and C"); a broker, host or chair is one or two
        const third = this.P.takers(cue === 'attended' ? byTok : byTok.slice(0, 2));
        if (third.length) {
          d.others.push(...third);
          d.mode = 'third-party';
          d.anaphoric = d.anaphoric || !named;
          if (!d.rule.endsWith(':third-party')) d.rule += ':third-party';
        }
      }
    }
    d.location = this.locationIn(s, i + 1);
    d.definite = d0definite;
    return d;
  }

  /** The possessor of the subject phrase right before a trigger: "Iran's clerical establishment has warned". */
  possessorBefore(s: Sentence, i: number): Ref[] {
    // the last ref before i with "'s" or "'" after it
    const refs = this.P.refs(s.index);
    let r: Ref | undefined;
    for (let m = refs.length - 1; m >= 0 && !r; m--) if (refs[m].tokenEnd <= i && /^['’]s?$/.test(this.lower(refs[m].tokenEnd))) r = refs[m];
    if (!r || i - r.tokenEnd > 6 || this.P.crossesBoundary(r.tokenEnd, i) || this.P.reportsBetween(r.tokenEnd, i)) return [];
    for (let k = r.tokenEnd + 1; k < i; k++) if (this.toks[k].pos === 'VERB' && !HAVE.has(this.lower(k))) return [];
    return [r];
  }

  /** "his visit": the person "his" refers to. */
  possessivePronoun(k: number, s: Sentence): Ref[] {
    if (k < s.tokenStart || !HIS_HER.has(this.lower(k))) return [];
    const r = this.P.ix.resolve(this.toks[k].start);
    const x = r && this.P.byId.get(r.actor);
    if (!x || x.type !== 'person' || this.P.reporter(x.id)) return [];
    return [{ actor: x.id, type: x.type, tokenStart: k, tokenEnd: k + 1, start: this.toks[k].start, end: this.toks[k].end, how: `possessive:${r!.rule}`, complement: false, group: false, leader: false, prepAt: -1 }];
  }

  findWord(s: Sentence, from: number, word: string, within: number): number {
    for (let k = from; k < s.tokenEnd && k < from + within; k++) if (this.lower(k) === word) return k;
    return -1;
  }

  /** The place after a travel verb: "to Doha", "in the Iranian capital Tehran" (the country: the text names it as the host). */
  destination(s: Sentence, from: number): { ref: Ref; location: string } | null {
    const refs = this.P.refs(s.index).filter((r) => r.tokenStart >= from && r.type === 'place');
    const span = this.text.slice(this.toks[Math.min(from, s.tokenEnd - 1)].start, s.end);
    const cap = /^\s*(?:the\s+)?([A-Z][\w-]+)\s+capital\b/.exec(span);
    if (cap) {
      const country = lookupDemonym(cap[1]);
      const countryRef = country ? this.P.refs(s.index).find((r) => this.name(r.actor) === country) ?? this.refOfName(country, s) : null;
      const city = refs[0];
      if (countryRef) return { ref: countryRef, location: city ? this.name(city.actor) : country! };
    }
    const first = refs.find((r) => r.tokenStart <= from + 3);
    return first ? { ref: first, location: this.name(first.actor) } : null;
  }

  /** An actor of the article named `n`, as a ref placed at the sentence start (for places the text names only by demonym). */
  refOfName(n: string, s: Sentence): Ref | null {
    const x = this.a.actors.find((y) => y.name === n || y.aliases.includes(n) || (y.type === 'place' && lookupPlace(y.name)?.name === n));
    if (!x) return null;
    return { actor: x.id, type: x.type, tokenStart: s.tokenStart, tokenEnd: s.tokenStart, start: s.start, end: s.start, how: 'demonym-capital', complement: false, group: false, leader: false, prepAt: -1 };
  }

  /** "in Tehran", "at the Pearl Palace in Doha", "in the Iranian capital": where it happened. */
  locationIn(s: Sentence, from: number): string | null {
    const span = this.text.slice(this.toks[Math.min(from, s.tokenEnd - 1)].start, s.end);
    // one capital ("in European capitals" names no place); most spans have the word not at all, and indexOf says so at once
    const m = span.includes('capital') ? /\b(?:in|at)\s+(?:the\s+)?([A-Z][\w-]+)\s+capital\b(?:\s+(?:city\s+)?([A-Z][\w-]+))?/.exec(span) : null;
    if (m) return m[2] ?? lookupDemonym(m[1]) ?? null;
    // the sentence's places read in place (refs are in text order), no lists made per call
    const refs = this.P.refs(s.index);
    // "X traveled to Tehran, where he met Y"
    for (let k = from - 1; k > s.tokenStart + 1 && k >= from - 6; k--) {
      if (this.lower(k) === 'where' && this.lower(k - 1) === ',') {
        const pl = refs.find((r) => r.type === 'place' && r.tokenEnd === k - 1);
        if (pl) return this.name(pl.actor);
      }
    }
    // the places from `from` on, in order; then, a last resort, those before it, nearest first
    // ("After arriving in the capital Doha, the two leaders held a meeting")
    for (const r of refs) {
      if (r.type === 'place' && r.tokenStart >= from && this.placeOfMeeting(s, from, r)) return this.name(r.actor);
    }
    for (let n = refs.length - 1; n >= 0; n--) {
      const r = refs[n];
      if (r.type === 'place' && r.tokenStart < from && this.placeOfMeeting(s, from, r)) return this.name(r.actor);
    }
    return null;
  }

  /** Does the place ref tell where the meeting whose reading starts at `from` was held ("in Tehran")? */
  placeOfMeeting(s: Sentence, from: number, r: Ref): boolean {
    if (/^['’]s?$/.test(this.lower(r.tokenEnd))) return false; // "at Tehran's Embassy in Damascus": keep looking
    let k = r.tokenStart - 1;
    while (k > s.tokenStart && PLACE_LEADS.has(this.lower(k))) k--;
    if (this.lower(k) !== 'in' && this.lower(k) !== 'at') return false;
    // before the trigger only "In Tehran, …" or "after arriving in Doha, …"
    if (r.tokenStart < from && !(k === s.tokenStart || ARRIVING.has(this.lower(k - 1)))) return false;
    // "a representative of Hamas in Lebanon", "the embassy in Damascus": the place of an office, not of the meeting
    const owner = k - 1 >= s.tokenStart ? this.lower(k - 1) : '';
    if (OFFICE_PLACES.has(owner)) return false;
    // "a senior representative of Hamas in Lebanon": the office's place again
    for (const o of this.P.refs(s.index)) if (o.tokenEnd === k && o.type === 'organization' && o.complement && o.prepAt >= 0 && this.lower(o.prepAt) === 'of') return false;
    return true;
  }

  name(id: string): string {
    return this.P.byId.get(id)?.name ?? id;
  }

  /**
   * A meeting noun as the subject of its clause takes the context of what is said of it: "a
   * meeting between X and Y was not on the agenda" (negated), "… could take place" (hypothetical),
   * "… is scheduled for" / "… will" (future). Reading stops at the first main verb or clause end.
   */
  predicateContext(s: Sentence, from: number): EventContext {
    for (let k = from; k < s.tokenEnd && k < from + 16; k++) {
      const w = this.lower(k);
      if (CLAUSE_MARKS.has(this.toks[k].text) || w === 'that' || w === 'which' || w === 'who') return 'actual';
      if (this.toks[k].pos !== 'AUX' && this.toks[k].pos !== 'VERB') continue;
      // the two words after it (read as two strings, not a list made per verb)
      const next1 = this.lower(k + 1);
      const next2 = this.lower(k + 2);
      if (isNegation(next1) || isNegation(next2) || w === "n't") return 'negated';
      if (PREDICATE_MODALS.has(w)) return 'hypothetical';
      if (w === 'will' || w === 'shall' || w === "'ll") return 'future';
      if (BE_FORMS.has(w) && PREDICATE_FUTURE.has(next1)) return 'future';
      if (BE_FORMS.has(w) && (next1 === 'ruled' || next1 === 'cancelled' || next1 === 'canceled' || next1 === 'postponed' || next1 === 'called')) return 'negated';
      if (this.toks[k].pos === 'VERB') return 'actual';
    }
    return 'actual';
  }

  /** The PLOVER context of a trigger from the words before it in its clause. */
  contextAt(s: Sentence, i: number): EventContext {
    let from = Math.max(s.tokenStart, i - 10);
    for (let k = i - 1; k >= from; k--) if (CLAUSE_STARTS.has(this.toks[k].text)) { from = k + 1; break; }
    let before = this.text.slice(this.toks[from]?.start ?? s.start, this.toks[i].start);
    if (!ANY_CUE.test(before)) return 'actual';
    // names are not cue words: "Theresa May met…", "Will Hurd visited…"
    const at = this.toks[from]?.start ?? s.start;
    for (const r of this.P.refs(s.index)) {
      if (r.start >= at && r.end <= this.toks[i].start && ANY_CUE.test(this.text.slice(r.start, r.end))) {
        before = before.slice(0, r.start - at) + 'X'.repeat(r.end - r.start) + before.slice(r.end - at);
      }
    }
    if (!ANY_CUE.test(before)) return 'actual';
    for (const c of CUES) if (c.re.test(before)) return c.context;
    return 'actual';
  }

  // ---- other PLOVER types ------------------------------------------------------------------
  ploverAt(i: number, s: Sentence, tw: TriggerWord): Draft | null {
    for (const f of tw.plover) {
      if (i + f.words.length > s.tokenEnd) continue;
      let ok = true;
      for (let k = 0; k < f.words.length; k++) if (this.lower(i + k) !== f.words[k]) { ok = false; break; }
      if (!ok) continue;
      // "support" the noun, "attacks" the noun; but "Iran armed Hezbollah" (tagged ADJ) sits where a verb does
      if (f.words.length === 1 && this.toks[i].pos !== 'VERB' && !(this.toks[i].pos === 'ADJ' && this.P.refs(s.index).some((r) => r.tokenEnd === i) && this.P.refs(s.index).some((r) => r.tokenStart === i + 1))) continue;
      const j = i + f.words.length;
      // "was condemned by X", and the bare participle "the regime, supported directly by Washington"
      const byNext = this.lower(j) === 'by' || (this.toks[j]?.pos === 'ADV' && this.lower(j + 1) === 'by');
      const passive = (i - 1 >= s.tokenStart && BE_FORMS.has(this.lower(i - 1))) || (byNext && (this.lower(i).endsWith('ed') || this.lower(i).endsWith('en')));
      // a reading needs both a source and a target: the search stops at the first side found empty
      let source: Ref[];
      let targets: Ref[];
      if (passive) {
        const by = this.findWord(s, j, 'by', 4);
        const aux = BE_FORMS.has(this.lower(i - 1));
        targets = aux ? this.P.takers(this.P.subject(s.index, i - 1), PLACES_TOO) : this.P.refs(s.index).filter((r) => r.tokenEnd === i - 1 || r.tokenEnd === i - 2).slice(-1);
        if (!targets.length) return null;
        source = by >= 0 ? this.P.takers(this.P.object(s.index, by + 1), PLACES_TOO, 1) : [];
      } else {
        source = this.P.takers(this.P.subject(s.index, i), PLACES_TOO);
        // "Iran's clerical establishment has warned Israel": the possessor acts
        if (!source.length) source = this.possessorBefore(s, i);
        if (!source.length) return null;
        let k = j;
        while (k < s.tokenEnd && k < j + 3 && OBJECT_PREPS.has(this.lower(k))) k++;
        const object = this.P.object(s.index, k);
        targets = this.P.takers(object, PLACES_TOO, 3);
        // "criticized the U.S. peace plan", "praised the steadfastness of the people of Gaza": the actor the thing belongs to
        if (!targets.length) targets = object.slice(0, 1).filter((r) => !this.P.crossesBoundary(j, r.tokenStart));
        // "supplied weapons to Hezbollah", "imposed new sanctions on Iran": the target after the thing
        if (!targets.length) {
          for (let m = k; m < s.tokenEnd && m < k + 6; m++) {
            if (TARGET_PREPS.has(this.lower(m))) { targets = this.P.takers(this.P.object(s.index, m + 1), PLACES_TOO, 3); break; }
            if (this.toks[m].pos === 'VERB' || this.toks[m].text === ',') break;
          }
        }
      }
      if (!source.length || !targets.length) return null;
      const d = this.base(f.type, null, s, i, j, `plover:${f.type.toLowerCase()}:${f.words.join('-')}${passive ? ':passive' : ''}`);
      d.mention = false;
      d.source = source;
      d.targets = targets;
      return d;
    }
    return null;
  }

  // ---- anaphora and dates, in text order -------------------------------------------------------
  /** The date of the draft's own sentence nearest its trigger (the first of the nearest), not a report's date nor one of another clause. */
  ownDate(d: Draft): DateRef | null {
    const list = this.datesBySentence.get(d.sentence);
    if (!list) return null;
    const at = this.toks[d.trigger].start;
    let best: DateRef | null = null;
    for (const x of list) {
      if (this.reportDates.has(x) || this.inOtherRelativeClause(x, d) || this.pastReportClause(x, d)) continue;
      if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
    }
    return best;
  }
  /** "Bin Alawi, who arrived in Tehran on Monday, also met Rouhani": that Monday dates the arrival, not the meeting. */
  inOtherRelativeClause(x: DateRef, d: Draft): boolean {
    const at = this.toks[d.trigger].start;
    for (const [cs, ce] of this.relativeClauses(d.sentence)) {
      if (x.start >= cs && x.end <= ce && !(at >= cs && at < ce)) return true;
    }
    return false;
  }
  /**
   * "X and Y discussed the end of the war, Z said, referring to the invasion in 2001": a date past
   * the reporting clause that follows the trigger belongs to what the reporter went on to say.
   */
  pastReportClause(x: DateRef, d: Draft): boolean {
    const from = this.toks[d.triggerEnd - 1].end;
    if (x.start <= from) return false;
    const between = this.text.slice(from, x.start);
    const m = /[,;]\s*(?:[^,;]{0,60}?\s)?([a-z]+)\s*,/.exec(between);
    return !!m && REPORT_VERBS.has(m[1]);
  }

  /** The distinct persons taking part in a draft. */
  personsOf(p: Draft): Ref[] {
    const seen = new Set<string>();
    const out: Ref[] = [];
    for (const r of [...p.source, ...p.targets, ...p.others]) if (r.type === 'person' && !seen.has(r.actor)) { seen.add(r.actor); out.push(r); }
    return out;
  }

  /**
   * "the two leaders" as the subject before the trigger or the object right after it: the office
   * noun, singular ("leader"), or null. Only offices persons hold: "the two sides" may be countries.
   */
  theTwo(d: Draft): { office: string; at: number } | null {
    const s = this.sentOf(d);
    for (let k = s.tokenStart; k < d.trigger; k++) { const o = this.theTwoAt(s, k); if (o) return o; }
    for (let k = d.triggerEnd; k < s.tokenEnd && k <= d.triggerEnd + 2; k++) { const o = this.theTwoAt(s, k); if (o) return o; }
    return null;
  }

  /** "the two …" at k, with its office, or null. */
  theTwoAt(s: Sentence, k: number): { office: string; at: number } | null {
    if (this.lower(k) !== 'the' || this.lower(k + 1) !== 'two' || k + 2 >= s.tokenEnd) return null;
    // "the two foreign ministers": the office noun is the last noun of the phrase
    let j = k + 2;
    while (j + 1 < s.tokenEnd && this.toks[j + 1].pos === 'NOUN' && j < k + 4) j++;
    const w = this.lower(j);
    const one = w.endsWith('men') ? w.slice(0, -3) + 'man' : w.replace(/s$/, '');
    return w !== one && TWO_OFFICES.has(one) ? { office: one, at: k } : null;
  }

  /** Does the person hold the office (or, for "leader", a head of state's or government's)? */
  holdsOffice(id: string, office: string): boolean {
    const x = this.P.byId.get(id);
    if (!x) return false;
    if (office === 'man' || office === 'woman') return true;
    const titles = x.roles.map((r) => r.title.toLowerCase());
    // a leader with no title in the text may be one; with titles, one of them must head something
    if (office === 'leader') return !titles.length || titles.some((t) => t.includes('leader') || PERSON_HYPERNYMS.leader.some((o) => t.includes(o)));
    return titles.some((t) => t.includes(office));
  }

  /** Do all the refs hold the office? */
  allHoldOffice(refs: readonly Ref[], office: string): boolean {
    for (const r of refs) if (!this.holdsOffice(r.actor, office)) return false;
    return true;
  }

  /**
   * "In Ohrid in March 2023 they sat down … Six months later, when …, Borrell met Vučić": a date
   * told in the same paragraph, in a sentence between the earlier meeting and this one, moves the story's
   * time on, and this meeting takes that date, not the earlier one's.
   */
  timeShiftAfter(from: Draft, d: Draft): boolean {
    if (d.anaphoric || d.definite) return false;
    const para = this.sentOf(d).paragraph;
    const after = this.toks[from.triggerEnd - 1].end;
    const before = this.toks[d.trigger].start;
    for (const x of this.a.dates) {
      if (!x.value || x.start <= after || x.end > before || this.reportDates.has(x)) continue;
      const xs = this.dateSentence.get(x)!;
      if (xs >= 0 && xs !== from.sentence && xs !== d.sentence && this.a.sentences[xs].paragraph === para) return true;
    }
    return false;
  }

  /** "Earlier in the day she held a meeting", "later that day": the day of the meeting told before, however far back. */
  sameDay(d: Draft): boolean {
    const s = this.sentOf(d);
    return SAME_DAY.test(this.text.slice(s.start, this.toks[d.trigger].start));
  }

  /** Is the trigger inside a phrase that opens its sentence and ends in a comma: "During that trip, …", "After the talks, …"? */
  inFrontedAdjunct(d: Draft): boolean {
    const s = this.sentOf(d);
    if (!ADJUNCT_OPENERS.has(this.lower(s.tokenStart)) || d.trigger - s.tokenStart > 3) return false;
    for (let k = d.triggerEnd; k < s.tokenEnd && k < d.triggerEnd + 4; k++) {
      if (this.toks[k].text === ',') return true;
      if (this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX') return false;
    }
    return false;
  }

  /** The spans of ", who …," clauses of a sentence, read once per sentence. */
  relativeClauses(sentence: number): [number, number][] {
    let spans = this.clausesBySentence.get(sentence);
    if (spans) return spans;
    spans = [];
    const s = this.a.sentences[sentence];
    const clause = /,\s*(?:who|which|whose|whom|where)\b[^,]*,/g;
    const st = this.text.slice(s.start, s.end);
    for (let m = clause.exec(st); m; m = clause.exec(st)) spans.push([s.start + m.index, s.start + m.index + m[0].length]);
    this.clausesBySentence.set(sentence, spans);
    return spans;
  }
  /**
   * Dates and anaphora of the drafts in text order. The meetings told before that a draft may lean
   * on (said to have happened, or not said otherwise) are followed as the loop goes: the last with
   * parties, the last with a date, the last dated to a day. (A draft's parties and date are final
   * once its own turn is over.)
   */
  resolveInOrder(): void {
    let prevP: Draft | null = null;
    let prevD: Draft | null = null;
    let prevDay: Draft | null = null;
    for (let n = 0; n < this.ordered.length; n++) {
      const d = this.ordered[n];
      this.resolveDraft(d, n, prevP, prevD, prevDay);
      if (d.mention && d.context !== 'future' && d.context !== 'hypothetical' && d.context !== 'negated') {
        if (partyCount(d) > 0) prevP = d;
        if (d.date) prevD = d;
        if (d.date?.value && DAY_VALUE.test(d.date.value)) prevDay = d;
      }
    }
  }

  resolveDraft(d: Draft, n: number, prevP: Draft | null, prevD: Draft | null, prevDay: Draft | null): void {
    d.date = this.ownDate(d);
    if (d.anaphoric === 'if-recent') d.anaphoric = !!prevP && d.sentence - prevP.sentence <= 2 && prevP.sentence !== d.sentence;
    // "The two leaders last met…", "Ruto received the two ministers": the two persons of the last
    // meeting or call told in the sentences just before
    const two = d.type === 'CONSULT' && partyCount(d) < 2 ? this.theTwo(d) : null;
    if (two) this.addTheTwo(d, n, two);
    // "a statement on the visit Tuesday" after Monday's talks: a date of its own that differs is another meeting
    if (d.anaphoric && d.date?.value && prevP?.date?.value && d.date.value !== prevP.date.value) d.anaphoric = false;
    if (d.anaphoric && prevP) {
      // "During that trip, the Russian official said Moscow valued…": a meeting named in a fronted
      // adjunct only points back; the actors of the clause after it did not take part in it
      if (this.inFrontedAdjunct(d)) {
        d.source = [];
        d.targets = [];
        d.others = [];
        d.rule += ':adjunct';
      }
      d.others.push(...prevP.source, ...prevP.targets, ...prevP.others);
      d.location ??= prevP.location;
      d.rule += ':anaphora';
    }
    if (d.date) return;
    // 1. the meeting this one refers back to, or one told in the sentences just before
    const from = d.anaphoric ? (prevP?.date ? prevP : prevD) : prevD;
    // "Earlier in the day …": the last day told, however far back
    const day = prevDay && this.sameDay(d) ? prevDay : null;
    if (day) {
      d.date = day.date;
      d.inherited = 'same-day';
    } else if (from && from.date && (d.anaphoric || d.definite || d.sentence - from.sentence <= 3) && !this.timeShiftAfter(from, d)) {
      d.date = from.date;
      d.inherited = from.inherited ?? 'earlier-meeting';
    } else {
      // 2. a date in the same paragraph, not a report's date (the first of the nearest)
      const para = this.sentOf(d).paragraph;
      const at = this.toks[d.trigger].start;
      let best: DateRef | null = null;
      for (const x of this.a.dates) {
        const xs = this.dateSentence.get(x)!;
        if (this.reportDates.has(x) || xs < 0 || this.a.sentences[xs].paragraph !== para || (xs === d.sentence && this.pastReportClause(x, d))) continue;
        if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
      }
      if (best) {
        d.date = best;
        d.inherited = 'same-paragraph';
        return;
      }
      // 3. a sentence just after that counts or names the visit with its date ("It is his fourth visit … in 2024")
      for (let m = n + 1; m < this.ordered.length; m++) {
        const later = this.ordered[m];
        if (later.sentence > d.sentence + 2) break;
        const ld = this.ownDate(later);
        if (later.mention && ld && ld.value && (later.rule.startsWith('consult:visit-count') || this.sharesParty(later, d))) { d.date = ld; d.inherited = 'following-visit-mention'; break; }
      }
      // 4. the dateline's date, for the lead it heads: wire copy tells the day's meetings under it
      if (!d.date) {
        const dld = this.datesBySentence.get(d.sentence)?.find((x) => this.inDatelineSpan(x));
        if (dld) { d.date = dld; d.inherited = 'dateline'; }
      }
    }
  }

  /** Do two drafts have a party in common? */
  sharesParty(x: Draft, y: Draft): boolean {
    for (const list of [x.source, x.targets, x.others]) {
      for (const r of list) if (hasActor(y.source, r.actor) || hasActor(y.targets, r.actor) || hasActor(y.others, r.actor)) return true;
    }
    return false;
  }

  /**
   * "the two leaders": the two persons named before it in its own sentence ("Lula travelled to
   * Montevideo for Orsi's inauguration, and the two leaders held…"), else those of a meeting or
   * call just before, when they hold the office.
   */
  addTheTwo(d: Draft, n: number, two: { office: string; at: number }): void {
    const here = this.P.refs(d.sentence).filter((r) => r.type === 'person' && r.tokenEnd <= two.at);
    const hereDistinct = [...new Map(here.map((r) => [r.actor, r])).values()];
    let persons: Ref[] = [];
    if (hereDistinct.length === 2 && this.allHoldOffice(hereDistinct, two.office)) persons = hereDistinct;
    else {
      for (let m = n - 1; m >= 0; m--) {
        const p = this.ordered[m];
        if (p.type === 'CONSULT' && d.sentence - p.sentence <= 3 && p.sentence < d.sentence && this.personsOf(p).length === 2 && this.allHoldOffice(this.personsOf(p), two.office)) {
          persons = this.personsOf(p);
          break;
        }
      }
    }
    if (persons.length === 2) {
      const have = new Set([...d.source, ...d.targets, ...d.others].map((r) => r.actor));
      d.others.push(...persons.filter((r) => !have.has(r.actor)));
      d.rule += ':the-two';
    }
  }

  /** A meeting whose parties the text gives only later: "the talks in Nairobi" fills the place of the one before. */
  lendPlaces(): void {
    for (let n = 1; n < this.ordered.length; n++) {
      const d = this.ordered[n];
      if (!d.anaphoric || !d.location || d.source.length || d.targets.length) continue;
      for (let m = n - 1; m >= 0; m--) {
        const prev = this.ordered[m];
        if (partyCount(prev) < 2) continue;
        if (!prev.location) prev.location = d.location;
        break;
      }
    }
  }

  // ---- delegations led by a named person --------------------------------------------------------
  readLeaders(): Map<string, string> {
    const leaderOf = new Map<string, string>();
    // the pattern below needs "led by", "headed by", "led a …", "headed the …" or "at the head
    // of": the scan noted the sentences that may hold one (most articles have none)
    for (const k of this.leadSentences) {
      const s = this.a.sentences[k];
      const sText = this.text.slice(s.start, s.end);
      if (!/led|headed|at the head of/i.test(sText) || !/\b(?:delegation|group)\b[^.]*\b(?:led|headed)\s+by\b|\b(?:led|headed|at the head of)\s+(?:a|the|an)\s+(?:\S+\s+){0,3}delegation\b/i.test(sText)) continue;
      const refs = this.P.refs(s.index);
      let headAt = -1;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) if (LED.has(this.lower(k)) && !(this.lower(k + 1) === 'by')) { headAt = k; break; }
      const leader = refs.find((r) => r.leader && r.type === 'person') ?? (headAt >= 0 ? this.P.subject(s.index, headAt).find((r) => r.type === 'person') : undefined);
      const org = refs.find((r) => r.type === 'organization' && (r.group || /delegation/i.test(this.text.slice(r.end, r.end + 30)))) ?? this.groupBefore(s.index);
      const personLeader = leader ?? refs.find((r) => r.leader);
      if (personLeader && org && personLeader.type === 'person') leaderOf.set(org.actor, personLeader.actor);
      else if (personLeader && personLeader.type === 'person') {
        // "The visiting Palestinian terror group was led by X": the organization the leader belongs to
        const aff = this.P.byId.get(personLeader.actor)?.affiliation;
        const affOrg = aff ? this.a.actors.find((x) => x.type === 'organization' && x.name === aff) : null;
        if (affOrg) leaderOf.set(affOrg.id, personLeader.actor);
      }
    }
    return leaderOf;
  }

  /**
   * The last organization standing for a group in the two sentences before: the refs of the one
   * two back are read first, from the end, then those of the one just before (read only when needed).
   */
  groupBefore(sentence: number): Ref | undefined {
    for (let k = sentence - 2; k <= sentence - 1; k++) {
      if (k < 0) continue;
      const list = this.P.refs(k);
      for (let n = list.length - 1; n >= 0; n--) if (list[n].type === 'organization' && list[n].group) return list[n];
    }
    return undefined;
  }

  /**
   * "The Ukrainian team was led by Rustem Umerov, while the Russian side was headed by Vladimir
   * Medinsky": a country's delegation and its leader, for the meetings told around that sentence.
   */
  readCountryLeaders(): { country: string; leaders: string[]; sentence: number }[] {
    const countryLeaders: { country: string; leaders: string[]; sentence: number }[] = [];
    // Most articles have no "led by" at all: a sentence's text can match only where one of its
    // words ends in "led", "headed" or "represented" and the next opens with "by" (the scan
    // noted those sentences; a match's "by" opens the token after the space)
    for (const k of this.ledBySentences) {
      const s = this.a.sentences[k];
      if (!LED_BY.test(this.text.slice(s.start, s.end))) continue;
      const refs = this.P.refs(s.index);
      for (let i = s.tokenStart; i + 3 < s.tokenEnd; i++) {
        // "the Ukrainian team", "the Russian side", or the country itself: "Eritrea was represented by"
        let country: Actor | undefined;
        let k = i + 1;
        const demonym = this.toks[i].cap ? this.P.demonym(this.toks[i].text) : null;
        if (demonym && GROUP_NOUNS.has(this.lower(k))) {
          country = this.P.placeActor(demonym);
          k++;
        } else {
          const r = refs.find((x) => x.tokenStart === i && x.type === 'place');
          if (!r) continue;
          country = this.P.byId.get(r.actor);
          k = r.tokenEnd;
        }
        if (!country) continue;
        if (BE_FORMS.has(this.lower(k))) k++;
        if (!(LED.has(this.lower(k)) || this.lower(k) === 'represented') || this.lower(k + 1) !== 'by') continue;
        const leaders = this.P.object(s.index, k + 2).filter((r) => r.type === 'person' && !r.complement).map((r) => r.actor);
        // "… was led by X and included Y": the members it names stand for the country too (up to
        // the next side's "led by" or the clause's end)
        for (let m = k + 2; leaders.length && m < s.tokenEnd; m++) {
          if (this.toks[m].text === ';' || ((LED.has(this.lower(m)) || this.lower(m) === 'represented') && this.lower(m + 1) === 'by')) break;
          if (!MEMBER_VERBS.has(this.lower(m))) continue;
          for (const r of this.P.object(s.index, m + 1)) if (r.type === 'person' && !r.complement) leaders.push(r.actor);
          break;
        }
        if (leaders.length) countryLeaders.push({ country: country.id, leaders: unique(leaders), sentence: s.index });
      }
    }
    return countryLeaders;
  }

  // ---- a dateline place for the lead's meetings that say no place -------------------------------
  placeFromDateline(): void {
    const dl = this.a.doc.boilerplate.find(isDateline);
    if (!dl) return;
    const dlPlace = lookupPlace(this.text.slice(dl.start, dl.end).split(/[,(/:—–]|\s-/)[0].trim())?.name ?? null;
    if (!dlPlace) return;
    const dlParagraph = this.a.sentences[Math.max(0, sentenceAt(this.a, dl.start))]?.paragraph ?? -1;
    for (const d of this.ordered) if (!d.location && d.mode !== 'visit' && d.mode !== 'phone' && this.sentOf(d).paragraph === dlParagraph) {
      d.location = dlPlace;
      d.rule += ':place-from-dateline';
    }
  }

  // ---- arrivals: "The Hamas delegation arrived in Tehran earlier Saturday" -----------------------
  readArrivals(): { who: string; place: string; date: string | null }[] {
    const arrivals: { who: string; place: string; date: string | null }[] = [];
    for (const i of this.arrivalAt) {
      const s = this.a.sentences[this.toks[i].sentence];
      {
        const place = this.P.refs(s.index).find((r) => r.type === 'place' && r.tokenStart > i && r.tokenStart <= i + 5 && !/^['’]s?$/.test(this.lower(r.tokenEnd)));
        const who = this.P.subject(s.index, i).filter((r) => r.type !== 'place');
        if (!place || !who.length) continue;
        const own = this.datesBySentence.get(s.index)?.find((x) => !this.reportDates.has(x));
        for (const w of who) arrivals.push({ who: w.actor, place: this.name(place.actor), date: own?.value ?? null });
      }
    }
    return arrivals;
  }

  // ---- emit --------------------------------------------------------------------------------
  emitConsult(d: Draft, out: Event[]): void {
    let source = actorIds(d.source);
    let targets = actorIds(d.targets, source);
    let parts = [...source, ...targets];
    for (const r of d.others) addUnique(parts, r.actor);
    // a delegation becomes its leader, a country the leaders of its side told nearby
    if (this.leaderOf.size || this.countryLeaders.length) {
      source = this.swapLeaders(d, source, parts);
      targets = this.swapLeaders(d, targets, parts);
      parts = this.swapLeaders(d, parts, parts);
    }
    // "… led an expanded meeting with ministers. Brazil's delegation included X and Y. On the Uruguayan
    // side were Z and W": the sides' members named in the sentences right after take part too
    if (d.type === 'CONSULT' && d.mode !== 'phone' && d.mode !== 'visit' && parts.length >= 2) {
      for (const id of this.sideMembersAfter(d, parts)) if (!parts.includes(id)) parts.push(id);
    }
    // "A senior Hamas delegation met … Reports identified Salah al-Aruri, Ahmed Abdul Hadi and Osama Hamdan":
    // a delegation's members named right after the meeting take part in its place
    if (d.mode !== 'visit' && d.mode !== 'phone') {
      // (the three lists in turn, without a list of them made per draft)
      for (let side = 0; side < 3; side++) {
        for (const g of side === 0 ? d.source : side === 1 ? d.targets : d.others) {
          if (g.type !== 'organization' || !g.group || this.leaderOf.has(g.actor) || !parts.includes(g.actor)) continue;
          const m = this.membersAfter(d.sentence, g.actor);
          if (m.length < 2) continue;
          source = swapIn(source, g.actor, m);
          targets = swapIn(targets, g.actor, m);
          parts = swapIn(parts, g.actor, m);
          d.rule += ':delegation-members';
        }
      }
    }
    // an organization takes part only when none of its people named here does
    parts = this.withoutAffiliated(parts);
    // "Ghalibaf" beside "Mohammad Bagher Ghalibaf" in one meeting is the same person, named short
    parts = this.withoutShortNames(parts);
    source = keptIn(source, parts);
    targets = keptIn(targets, parts);
    if (parts.length < 2) return;
    // "X and Y had separately called on Z", "Z met separately with X and Y": one meeting per
    // party of the side that has several; they did not meet each other
    const apart = d.type === 'CONSULT' ? this.separateSide(d) : null;
    if (apart) {
      // the adverb before the verb parts its subjects, after it its objects ("met X and Y separately")
      const bySource = apart === 'source' ? source.length > 1 : targets.length < 2;
      const [many, one] = bySource ? [source, targets] : [targets, source];
      if (many.length > 1 && one.length) {
        for (const x of many) out.push(this.toEvent(d, parts.filter((p) => p === x || !many.includes(p)), many === source ? [x] : one, many === source ? one : [x]));
        return;
      }
    }
    // "Blinken visited Tokyo and Seoul": one visit per place, the places did not meet each other
    if (d.mode === 'visit') {
      const places = targets.filter((t) => this.P.byId.get(t)?.type === 'place');
      if (places.length > 1) {
        for (const pl of places) {
          const e = this.toEvent(d, parts.filter((p) => p === pl || !places.includes(p)), source, [pl]);
          e.location = this.name(pl);
          out.push(e);
        }
        return;
      }
    }
    out.push(this.toEvent(d, parts, source, targets));
  }

  /**
   * The list with a delegation swapped for its leader (unless the leader takes part already) and a
   * country for the leaders of its side told near the draft (unless one of them takes part).
   */
  swapLeaders(d: Draft, list: string[], parts: string[]): string[] {
    const out: string[] = [];
    for (const x of list) {
      const leader = this.leaderOf.get(x);
      if (leader !== undefined && !parts.includes(leader)) addUnique(out, leader);
      else {
        const many = this.countryLeaders.length ? this.nearLeaders(d, x, parts) : undefined;
        if (many) for (const y of many) addUnique(out, y);
        else addUnique(out, x);
      }
    }
    return out;
  }

  nearLeaders(d: Draft, x: string, parts: string[]): string[] | undefined {
    for (const c of this.countryLeaders) {
      if (c.country !== x || !((c.sentence >= d.sentence && c.sentence - d.sentence <= 2) || (d.anaphoric && c.sentence <= d.sentence))) continue;
      if (!c.leaders.some((l) => parts.includes(l))) return c.leaders;
    }
    return undefined;
  }

  /** Parts less the organizations (and places) one of whose persons takes part. */
  withoutAffiliated(parts: string[]): string[] {
    // (the list itself when none goes, as mostly: a copy is made at the first that goes)
    let kept: string[] | null = null;
    for (let n = 0; n < parts.length; n++) {
      const p = parts[n];
      let affiliated = false;
      if (this.P.byId.get(p)?.type !== 'person') {
        for (const q of parts) if (q !== p && this.P.byId.get(q)?.type === 'person' && this.affOf(q) === this.name(p)) { affiliated = true; break; }
      }
      if (affiliated) kept ??= parts.slice(0, n);
      else if (kept) kept.push(p);
    }
    return kept ?? parts;
  }

  /** Parts less the persons named by the last words of another person's name taking part. */
  withoutShortNames(parts: string[]): string[] {
    // (the list itself when none goes, as mostly: a copy is made at the first that goes)
    let kept: string[] | null = null;
    for (let n = 0; n < parts.length; n++) {
      const p = parts[n];
      if (this.P.byId.get(p)?.type === 'person' && this.namedLonger(p, parts)) kept ??= parts.slice(0, n);
      else if (kept) kept.push(p);
    }
    return kept ?? parts;
  }

  namedLonger(p: string, parts: string[]): boolean {
    for (const q of parts) {
      if (q === p || this.P.byId.get(q)?.type !== 'person') continue;
      const wp = this.nameWordsOf(p);
      const wq = this.nameWordsOf(q);
      if (wq.length <= wp.length) continue;
      // (words hold no spaces: equal words one by one are equal joined)
      let same = true;
      for (let k = 1; k <= wp.length && same; k++) same = wq[wq.length - k] === wp[wp.length - k];
      if (same) return true;
    }
    return false;
  }

  nameWordsOf(id: string): string[] {
    let w = this.nameWords.get(id);
    if (!w) this.nameWords.set(id, (w = this.name(id).toLowerCase().split(/\s+/)));
    return w;
  }

  emitOther(d: Draft, out: Event[]): void {
    const source = actorIds(d.source);
    const targets = actorIds(d.targets, source);
    if (!source.length || !targets.length) return;
    d.date = this.ownDate(d);
    out.push(this.toEvent(d, [...source, ...targets], source, targets));
  }

  pairs(e: Event): string[] {
    let v = this.pairMemo.get(e);
    if (!v) {
      v = [];
      for (let i = 0; i < e.participants.length; i++) for (let j = i + 1; j < e.participants.length; j++) v.push(pairKey(e.participants[i], e.participants[j]));
      this.pairMemo.set(e, v);
    }
    return v;
  }

  pairSet(e: Event): Set<string> {
    let v = this.pairSetMemo.get(e);
    if (!v) this.pairSetMemo.set(e, (v = new Set(this.pairs(e))));
    return v;
  }

  /**
   * "X, who visited Port Sudan last week and met Burhan", "X visited Muscat, where he met Y": a visit
   * to a place, told in the sentence that has the visitor meet someone named, is that meeting, held
   * there; the place is not a party of its own. The meeting takes the place when it has none.
   */
  visitHeldMeeting(e: Event, all: Event[]): boolean {
    if (e.type !== 'CONSULT' || e.mode !== 'visit' || !e.source) return false;
    const places = e.participants.filter((p) => p !== e.source);
    if (!places.length || places.some((p) => this.P.byId.get(p)?.type !== 'place')) return false;
    const meeting = all.find(
      (o) =>
        o !== e && o.type === 'CONSULT' && o.mode !== 'visit' && o.mode !== 'phone' && o.mode !== 'video' &&
        (o.evidence.start === e.evidence.start || this.metThereNext(e, o)) &&
        o.participants.includes(e.source!) && o.participants.some((p) => p !== e.source && this.P.byId.get(p)?.type === 'person'),
    );
    if (!meeting) return false;
    if (!meeting.location && places.length === 1) meeting.location = this.name(places[0]);
    return true;
  }

  /**
   * Is meeting `o` told in the sentence after visit `e`'s, as held "there" ("X was on a visit to
   * New Delhi when … He met Y there on October 10")? "there" after the meeting's trigger points
   * back to the place visited; an existential "there" ("There were talks") comes before it.
   */
  metThereNext(e: Event, o: Event): boolean {
    const k = sentenceAt(this.a, e.evidence.start);
    const s = this.a.sentences[k + 1];
    if (k < 0 || !s || sentenceAt(this.a, o.evidence.start) !== k + 1) return false;
    for (let i = firstTokenAt(this.toks, o.trigger.end); i < s.tokenEnd; i++) if (this.toks[i].lower === 'there') return true;
    return false;
  }

  /**
   * One meeting, one place: tellings with the same date and a pair in common share it (a city
   * within the country another telling gives wins); a party's stated arrival ("The Hamas
   * delegation arrived in Tehran earlier Saturday") places the meetings it then holds.
   */
  shareLocations(list: Event[]): void {
    const consults = list.filter((e) => e.type === 'CONSULT');
    for (const e of consults) {
      const pe = this.pairSet(e);
      for (const o of consults) {
        if (o === e || o.date !== e.date || o.mode === 'visit' || e.mode === 'visit') continue;
        if (!this.pairs(o).some((p) => pe.has(p))) continue;
        if (finerPlace(o.location, e.location)) e.location = o.location;
      }
    }
    for (const e of consults) {
      if (e.location) continue;
      for (const arr of this.arrivals) {
        const hit = e.participants.some((p) => p === arr.who || this.affOf(p) === this.name(arr.who) || this.leaderOf.get(arr.who) === p);
        if (!hit) continue;
        if (arr.date && e.date && e.date < arr.date) continue;
        e.location = arr.place;
        e.rule += ':place-from-arrival';
        break;
      }
    }
  }

  /**
   * Persons the sentences right after a meeting name as a side's members: "Brazil's delegation
   * included X and Y", "On the Uruguayan side were Z and W". A sentence that tells a meeting of its
   * own, or has no delegation, side or team in it, names none.
   */
  sideMembersAfter(d: Draft, parts: readonly string[]): string[] {
    const out: string[] = [];
    for (let k = d.sentence + 1; k <= d.sentence + 2 && k < this.a.sentences.length; k++) {
      const s = this.a.sentences[k];
      if (s.boilerplate || s.paragraph !== this.a.sentences[d.sentence].paragraph || this.drafts.some((o) => o.sentence === k)) break;
      let verb = -1;
      let side = false;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const w = this.lower(i);
        if (SIDE_NOUNS.has(w)) side = true;
        else if (side && (MEMBER_VERBS.has(w) || ((w === 'were' || w === 'was') && this.lower(i - 1) === 'side'))) { verb = i; break; }
        // "Mr Kenyatta was joined at the table by X and Y": a party of the meeting joined by others
        else if (w === 'joined' && BE_FORMS.has(this.lower(i - 1)) && this.P.subject(k, i - 1).some((r) => r.type === 'person' && parts.includes(r.actor))) {
          const by = this.findWord(s, i + 1, 'by', 6);
          if (by >= 0) { verb = by; break; }
        }
      }
      if (verb < 0) break;
      const persons = this.P.refs(k).filter((r) => r.tokenStart > verb && r.type === 'person' && !r.complement);
      for (const r of persons) if (!out.includes(r.actor)) out.push(r.actor);
    }
    return out;
  }

  /** Persons a sentence just after names as a delegation's members ("identified X, Y and Z", "included X and Y"). */
  membersAfter(sentence: number, org: string): string[] {
    const orgName = this.name(org);
    for (let k = sentence + 1; k <= sentence + 2 && k < this.a.sentences.length; k++) {
      const s = this.a.sentences[k];
      if (s.boilerplate) continue;
      let verb = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) if (MEMBER_VERBS.has(this.lower(i))) { verb = i; break; }
      if (verb < 0) continue;
      const persons = this.P.refs(k).filter((r) => r.tokenStart > verb && r.type === 'person' && !r.complement);
      const belongs = persons.some((r) => this.affOf(r.actor) === orgName) || this.P.refs(k).some((r) => r.actor === org);
      if (persons.length >= 2 && belongs) return [...new Set(persons.map((r) => r.actor))];
    }
    return [];
  }

  affOf(id: string): string | null {
    const x = this.P.byId.get(id);
    if (!x) return null;
    return x.affiliation ?? x.roles.find((r) => r.affiliation)?.affiliation ?? null;
  }

  /** "by videoconference", "a virtual meeting", "by phone": a consultation held at a distance, and how. */
  /** remoteMode of each sentence, read once: the events of a sentence ask it each. */
  remoteMode(s: Sentence): 'phone' | 'video' | null {
    let mode = this.remoteBySentence.get(s.index);
    if (mode === undefined) this.remoteBySentence.set(s.index, (mode = this.readRemoteMode(s)));
    return mode;
  }

  readRemoteMode(s: Sentence): 'phone' | 'video' | null {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = this.lower(i);
      // most words begin with no letter these do: no look-ups (and no hashing of the word) for them
      const c = w.charCodeAt(0);
      if (!(c < 128 && REMOTE_FIRST[c])) continue;
      if (REMOTE_WORDS.video.has(w)) return 'video';
      if (REMOTE_WORDS.phone.has(w)) return 'phone';
      if (w === 'video' || w === 'phone' || w === 'telephone') {
        const before = i > s.tokenStart ? this.lower(i - 1) : '';
        if (REMOTE_NOUNS.has(this.lower(i + 1)) || before === 'by' || before === 'via' || before === 'over') return w === 'video' ? 'video' : 'phone';
      }
    }
    return null;
  }

  /**
   * Where "separately" (or "individually") stands by the trigger: before it ("had separately called
   * on": the subjects each met the object), or after it or its objects ("met separately with X and
   * Y", "met X and Y separately"); null when it is not there.
   */
  separateSide(d: Draft): 'source' | 'targets' | null {
    const s = this.a.sentences[d.sentence];
    for (let k = Math.max(s.tokenStart, d.trigger - 2); k < d.trigger; k++) if (SEPARATELY.has(this.lower(k))) return 'source';
    const lastTarget = d.targets.reduce((m, r) => Math.max(m, r.tokenEnd), -1);
    if (SEPARATELY.has(this.lower(d.triggerEnd)) || SEPARATELY.has(this.lower(d.triggerEnd + 1))) return 'targets';
    if (lastTarget >= 0 && lastTarget < s.tokenEnd && SEPARATELY.has(this.lower(lastTarget))) return 'targets';
    return null;
  }

  toEvent(d: Draft, parts: string[], source: string[], targets: string[]): Event {
    const s = this.sentOf(d);
    const mode = d.type === 'CONSULT' ? this.remoteMode(s) ?? d.mode : d.mode;
    const date = d.date && d.date.value !== undefined ? d.date : null;
    let context = d.context;
    if (context === 'actual' && date?.value && isBackground(date, this.a.doc.published)) context = 'historical';
    if (context === 'actual' && date && (/(?:^|[:-])(?:next|following|future|tomorrow)\b/.test(date.rule) || (date.value && isAhead(date.value, this.a.doc.published)))) context = 'future';
    return {
      id: '',
      type: d.type,
      mode,
      participants: parts,
      source: source.length === 1 ? source[0] : source[0] ?? null,
      targets,
      location: d.location,
      date: date?.value ?? null,
      date_text: date?.text ?? null,
      context,
      evidence: { start: s.start, end: s.end },
      trigger: { start: this.toks[d.trigger].start, end: this.toks[d.triggerEnd - 1].end, text: this.text.slice(this.toks[d.trigger].start, this.toks[d.triggerEnd - 1].end) },
      rule: d.inherited ? `${d.rule};date:${d.inherited}` : d.rule,
    };
  }

  /**
   * Another telling, not dropped, of e's date (any, when e has none), with all of e's parties but p
   * and besides them a person of p, the organization or country named orgName.
   */
  tellingByMember(consults: readonly Event[], drop: ReadonlySet<Event>, e: Event, p: string, orgName: string): Event | undefined {
    for (const o of consults) {
      if (o === e || drop.has(o) || (o.date !== e.date && e.date)) continue;
      let hasRest = true;
      for (const q of e.participants) if (q !== p && !o.participants.includes(q)) { hasRest = false; break; }
      if (!hasRest) continue;
      for (const q of o.participants) if (!e.participants.includes(q) && this.P.byId.get(q)?.type === 'person' && this.affOf(q) === orgName) return o;
    }
    return undefined;
  }

  /**
   * One meeting told several times: a telling with no date whose every pair of parties appears in a
   * dated telling is the same meeting; a telling whose organization or country is stood for by a
   * person of it in another telling with the same others is the same meeting, less precisely told.
   */
  mergeConsults(list: Event[]): Event[] {
    const consults = list.filter(happened);
    const drop = new Set<Event>();
    // the pairs of the dated tellings (only undated ones are dropped here, so they stay the same)
    const datedPairs = new Set<string>();
    for (const o of consults) if (o.date) for (const p of this.pairs(o)) datedPairs.add(p);
    for (const e of consults) {
      if (!e.date && this.pairs(e).every((p) => datedPairs.has(p))) drop.add(e);
    }
    for (const e of consults) {
      if (drop.has(e)) continue;
      for (const p of e.participants) {
        const x = this.P.byId.get(p);
        if (!x || x.type === 'person') continue;
        const other = this.tellingByMember(consults, drop, e, p, x.name);
        if (other) { drop.add(e); other.location ??= e.location; break; }
      }
    }
    // "The leaders of Mali, Burkina Faso and Niger met … Goïta hosted Traoré and Tiani": a telling
    // whose every party is a country or organization stood for by a person of it in another
    // telling of that date is the same meeting, told by its places
    for (const e of consults) {
      if (drop.has(e) || e.participants.some((p) => this.P.byId.get(p)?.type === 'person')) continue;
      const other = consults.find((o) => o !== e && !drop.has(o) && (o.date === e.date || !e.date) &&
        e.participants.every((p) => o.participants.some((q) => this.P.byId.get(q)?.type === 'person' && this.affOf(q) === this.name(p))));
      if (other) { drop.add(e); other.location ??= e.location; }
    }
    // a retelling: every pair already in an earlier telling with the same date
    const kept: Event[] = [];
    // the kept tellings that happened, by date, with all their pairs
    const keptByDate = new Map<string | null, { events: Event[]; pairs: Set<string> }>();
    for (const e of list) {
      if (drop.has(e)) continue;
      if (happened(e)) {
        let same = keptByDate.get(e.date);
        if (this.pairs(e).every((p) => !!same?.pairs.has(p))) {
          const o = same?.events.find((x) => this.pairs(e).some((p) => this.pairs(x).includes(p)));
          if (o && e.location && (!o.location || cityIn(e.location, o.location))) o.location = e.location;
          continue;
        }
        if (!same) keptByDate.set(e.date, (same = { events: [], pairs: new Set() }));
        same.events.push(e);
        for (const p of this.pairs(e)) same.pairs.add(p);
      }
      kept.push(e);
    }
    return kept;
  }
}

/** Is the place x given and finer than y: y not given, or x a city in it? */
function finerPlace(x: string | null, y: string | null): boolean {
  return !!x && (!y || cityIn(x, y));
}

/** Events in text order. */
function byTriggerStart(x: Event, y: Event): number {
  return x.trigger.start - y.trigger.start;
}

/** Is the boilerplate span a dateline? */
function isDateline(b: { kind: string }): boolean {
  return b.kind === 'dateline';
}

/** Did the event happen: a CONSULT told as actual or historical? */
function happened(e: Event): boolean {
  return e.type === 'CONSULT' && (e.context === 'actual' || e.context === 'historical');
}

/** Is the char code a lower-case a-z? */
function isAZ(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Is the place x a city in the country y ("Doha" in "Qatar")? */
function cityIn(x: string, y: string): boolean {
  const px = lookupPlace(x);
  return !!px && px.kind === 'city' && px.country === lookupPlace(y)?.name;
}

/** Long before the published date (a month or more), or with no published date only a month or a year known: background. */
function isBackground(d: DateRef, published: string | null): boolean {
  if (!d.value) return false;
  if (!published) return d.precision !== 'day';
  const pubMonth = published.slice(0, 7);
  if (d.precision === 'year') return d.value < published.slice(0, 4);
  if (d.precision === 'month') return d.value < pubMonth && monthsBetween(d.value, pubMonth) >= 2;
  return Date.parse(published) - Date.parse(d.value) > 45 * 86400000;
}

/** A date after the published date ("next week", "on Friday" in a future clause): not yet happened. */
function isAhead(value: string, published: string | null): boolean {
  if (!published) return false;
  return value > published.slice(0, value.length);
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** The items of a short list without repeats, in the order first met (`[...new Set(list)]`). */
function unique<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * Is one of the last two words of a lower-case text a report verb? Words are runs of a-z, as in
 * `before.split(/[^a-z]+/).filter(Boolean).slice(-2)`, read from the end without splitting.
 */
function lastWordsReport(before: string): boolean {
  let end = before.length;
  for (let n = 0; n < 2; n++) {
    while (end > 0 && !isAZ(before.charCodeAt(end - 1))) end--;
    if (end === 0) return false;
    let start = end;
    while (start > 0 && isAZ(before.charCodeAt(start - 1))) start--;
    if (REPORT_VERBS.has(before.slice(start, end))) return true;
    end = start;
  }
  return false;
}

/** The distinct actors of refs, in order, less those of `not`. */
function actorIds(refs: readonly Ref[], not?: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.actor) && !not?.includes(r.actor)) out.push(r.actor);
  return out;
}

/** Is any of the refs of the actor? */
function hasActor(refs: readonly Ref[], actor: string): boolean {
  for (const r of refs) if (r.actor === actor) return true;
  return false;
}

/** Parties of a draft, counted. */
function partyCount(d: { source: readonly Ref[]; targets: readonly Ref[]; others: readonly Ref[] }): number {
  return d.source.length + d.targets.length + d.others.length;
}

/** The list with x replaced by the members (once each, in order of first coming). */
function swapIn(list: readonly string[], x: string, members: readonly string[]): string[] {
  const out: string[] = [];
  for (const y of list) {
    if (y === x) for (const m of members) addUnique(out, m);
    else addUnique(out, y);
  }
  return out;
}

/** Appends x unless the list holds it already. */
/** The ids of the list that are in `parts`: the list itself when all are (no copy made). */
function keptIn(list: string[], parts: readonly string[]): string[] {
  for (let n = 0; n < list.length; n++) if (!parts.includes(list[n])) return list.filter((p) => parts.includes(p));
  return list;
}

function addUnique<T>(list: T[], x: T): void {
  if (!list.includes(x)) list.push(x);
}

/** Two actor ids as an unordered pair: "a|b" with a before b. */
function pairKey(p: string, q: string): string {
  return p < q ? `${p}|${q}` : `${q}|${p}`;
}
