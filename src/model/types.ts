// The types every layer shares. No logic lives here.

/** A half-open character range [start, end) into the article body. */
export interface Span {
  start: number;
  end: number;
}

export type ActorType = 'person' | 'organization' | 'place';

/** An article as read from disk, before analysis. */
export interface Document {
  /** File name without extension, or the JSONL `id`. */
  id: string;
  /** The body: offsets of every fact point into this string. */
  text: string;
  url: string | null;
  outlet: string | null;
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  title: string | null;
  /** ISO 639-1 code when known ("en"), else null. */
  language: string | null;
  /** Where it came from (a path, or path:line for JSONL). */
  source: string;
  /** Ranges of the body that are not article prose (donation appeals, captions, bylines…). */
  boilerplate: Boilerplate[];
  /** Non-fatal problems met while reading. */
  warnings: string[];
}

export type BoilerplateKind =
  | 'donation'
  | 'read-more'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'dateline'
  | 'date-line'
  | 'tagline'
  | 'navigation';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
  /** Why this range was recognised as boilerplate. */
  rule: string;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token and one past the last, into `tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** True when the sentence lies inside boilerplate: later stages skip it. */
  boilerplate: boolean;
}

export interface Token extends Span {
  index: number;
  text: string;
  /** The text in lower case, computed once for the many look-ups that need it. */
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB…). */
  pos: string;
  lemma: string;
  /** From the POS tag: punctuation, number, or word. */
  kind: 'word' | 'punctuation' | 'number';
  /** Does the text begin with an upper-case letter? Read once here for the many stages that ask. */
  cap: boolean;
  sentence: number;
}

export type MentionKind =
  | 'name' // a proper-noun run: "Ali Shamkhani", "Hamas"
  | 'short' // a surname-only or partial name resolved to a fuller one: "Shamkhani"
  | 'acronym' // "IRNA", "(Hamas)"
  | 'description' // a definite description: "the Iranian minister"
  | 'pronoun'; // "he", "she", "they"

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  /** Id of the actor this mention refers to. */
  actor: string;
  /** The rule that linked the mention to its actor. */
  rule: string;
}

export interface Role {
  /** Lower case, as written: "secretary of iran's supreme national security council". */
  title: string;
  /** Where in the body the role is stated. */
  span: Span;
  /** The rule that found it: "apposition-after", "title-before", … */
  rule: string;
  /** The organisation or country the role is held in, when stated. */
  affiliation: string | null;
}

export interface Actor {
  id: string;
  /** The fullest form used in the article, as written there. */
  name: string;
  type: ActorType;
  aliases: string[];
  roles: Role[];
  /** The country or organization the actor acts for, when the text makes it clear. */
  affiliation: string | null;
  mentions: Mention[];
  /** Why the type was chosen. */
  typeRule: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateRef extends Span {
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when the text alone does not fix it. */
  value: string | null;
  precision: DatePrecision | null;
  rule: string;
}

export interface Quote {
  id: string;
  /** The quoted words (direct) or the reported content (indirect). */
  text: string;
  span: Span;
  /** Actor id of the speaker, or null when the article does not say. */
  speaker: string | null;
  /** The outlet or agency the article credits ("IRNA"), or null. */
  via: string | null;
  direct: boolean;
  /** The speech verb or cue ("said", "stated:"), when there is one. */
  cue: (Span & { text: string }) | null;
  /** The mention that names the speaker. */
  speakerSpan: Span | null;
  rule: string;
}

/** PLOVER contexts that qualify whether an event happened. */
export type EventContext = 'actual' | 'historical' | 'future' | 'hypothetical' | 'negated';

export type PloverType =
  | 'CONSULT'
  | 'AGREE'
  | 'SUPPORT'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export interface Event {
  id: string;
  type: PloverType;
  /** CONSULT modes: visit, host, meet, phone, third-party, multilateral. */
  mode: string | null;
  /** Actor ids of everyone taking part. */
  participants: string[];
  /** Actor id of the source (visitor, speaker, accuser), when the text says. */
  source: string | null;
  /** Actor ids of the targets (host, accused). */
  targets: string[];
  location: string | null;
  date: string | null;
  date_text: string | null;
  context: EventContext;
  evidence: Span;
  trigger: Span & { text: string };
  rule: string;
}

/** A proper-name occurrence found by the mentions stage, before actors are formed. */
export interface NameCandidate extends Span {
  /** The name as written, titles and possessive stripped: "Ali Shamkhani". */
  text: string;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Best guess of the type from cues and gazetteers, or null when unknown. */
  type: ActorType | null;
  typeRule: string;
  /** Titles written right before the name and kept out of it ("Ayatollah", "Foreign Minister"). */
  titles: (Span & { text: string })[];
  /** "Iran's": the name is followed by a possessive. */
  possessive: boolean;
  /** A parenthesised acronym or expansion right after the name: "(Hamas)". */
  alias: (Span & { text: string }) | null;
}

/** A nationality or demonym word tied to its place ("Iranian" → Iran); not an actor by itself. */
export interface Demonym extends Span {
  text: string;
  place: string;
}

/** Everything the per-article pipeline knows about one document. */
export interface Analysis {
  doc: Document;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  names: NameCandidate[];
  demonyms: Demonym[];
  actors: Actor[];
  dates: DateRef[];
  quotes: Quote[];
  events: Event[];
}
