// Words that attribute speech or writing, and the nouns that name who speaks or who relays it.
// Data only. Used by the quotes stage (direct and reported speech) and by shared/referents.

/** A word list entry: the lemma as wink-nlp gives it, and why it is in the list. */
export interface Cue {
  lemma: string;
  reason: string;
}

const say = 'a verb of saying: its subject is the speaker of the words it introduces or follows';
const write = 'a verb of writing or posting: its subject is the author of the words';
const relay = 'a verb of relaying: its subject is the outlet, its object the speaker ("state TV quoted Khamenei")';
const manner = 'a verb of saying with a stance or manner; news uses it as a plain "said"';

/** Speech and cue verbs, by lemma. */
export const SPEECH_VERBS: Cue[] = [
  ...['say', 'state', 'add', 'tell', 'declare', 'announce', 'remark', 'comment', 'reply', 'respond', 'answer', 'ask', 'explain', 'continue', 'conclude', 'note', 'mention', 'speak', 'read'].map((lemma) => ({ lemma, reason: say })),
  ...['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight', 'affirm', 'reaffirm', 'assert', 'insist', 'maintain', 'reiterate', 'confirm', 'deny', 'warn', 'caution', 'urge', 'call', 'claim', 'argue', 'contend', 'allege', 'charge', 'boast', 'predict', 'vow', 'pledge', 'promise', 'threaten', 'accuse', 'condemn', 'denounce', 'praise', 'hail', 'criticize', 'criticise', 'acknowledge', 'admit', 'suggest', 'observe', 'recall', 'indicate', 'reveal', 'disclose', 'express', 'voice', 'demand', 'appeal', 'lament', 'complain', 'proclaim', 'describe', 'term', 'brief', 'inform', 'point', 'welcome', 'thank', 'assure'].map((lemma) => ({ lemma, reason: manner })),
  ...['write', 'tweet', 'post', 'publish', 'blog'].map((lemma) => ({ lemma, reason: write })),
  ...['quote', 'cite', 'report', 'carry', 'broadcast', 'air'].map((lemma) => ({ lemma, reason: relay })),
];

export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(SPEECH_VERBS.map((c) => c.lemma));

/** Cues that relay someone else's words: their subject is an outlet, not a speaker. */
export const RELAY_LEMMAS: ReadonlySet<string> = new Set(['quote', 'cite', 'report', 'carry', 'broadcast', 'air']);

/**
 * Verbs whose clause complement is reported speech ("Khamenei said the Islamic Republic has…",
 * "Shamkhani described the plan as…"): the indirect-quote layer only reads these, since a
 * manner verb like "praise" takes an object, not a clause.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'state', 'add', 'tell', 'declare', 'announce', 'note', 'explain', 'stress', 'emphasize', 'emphasise',
  'underline', 'underscore', 'affirm', 'reaffirm', 'assert', 'insist', 'reiterate', 'confirm',
  'deny', 'warn', 'claim', 'argue', 'allege', 'predict', 'vow', 'pledge', 'promise', 'threaten', 'acknowledge',
  'admit', 'suggest', 'indicate', 'reveal', 'describe', 'write', 'tweet', 'report', 'point', 'assure', 'believe',
]);

/**
 * Words right before a quotation that make it a name or title, not speech:
 * "the plan dubbed “Deal of the Century”", "a book entitled “…”", "the so-called “…”".
 */
export const NAMING_WORDS: Cue[] = [
  ...['dubbed', 'so-called', 'titled', 'entitled', 'named', 'nicknamed', 'headlined', 'codenamed', 'code-named', 'branded', 'labelled', 'labeled', 'hashtag', 'slogan', 'slogans', 'chanting', 'chanted', 'banner', 'reading'].map((lemma) => ({ lemma, reason: 'the quotation that follows is a name, title or slogan, not attributed speech' })),
];
export const NAMING_SET: ReadonlySet<string> = new Set(NAMING_WORDS.map((c) => c.lemma));

/** Personal pronouns that can name a speaker, with the kind of actor they refer to. */
export const PRONOUNS: Record<string, 'person' | 'group'> = {
  he: 'person',
  she: 'person',
  him: 'person',
  her: 'person',
  his: 'person',
  they: 'group',
  it: 'group',
};

/**
 * Head nouns of a description that can stand for a speaker already named in the article:
 * "the Iranian minister", "the senior representative of Hamas in Lebanon", "the Ayatollah".
 * A description is resolved by matching its head against the actors' roles and titles.
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'president', 'leader', 'chief', 'head', 'commander', 'representative', 'envoy', 'ambassador',
  'diplomat', 'secretary', 'secretary-general', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'official', 'ayatollah', 'cleric', 'general', 'emir', 'king', 'prince', 'premier', 'chairman', 'director',
  'negotiator', 'deputy', 'speaker', 'mufti', 'imam', 'sheikh', 'sayyed', 'governor', 'mayor', 'senator',
  'lawmaker', 'mp', 'analyst', 'source', 'officer', 'member', 'founder', 'politician', 'general-secretary',
  'chancellor', 'monarch', 'sultan', 'crown', 'vice', 'chairwoman', 'coordinator', 'administrator', 'judge',
]);

/** Collective heads: "the movement said", "the group added", "the ministry said in a statement". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'movement', 'group', 'organization', 'organisation', 'government', 'ministry', 'office', 'party', 'faction',
  'militia', 'army', 'military', 'council', 'committee', 'delegation', 'administration', 'regime', 'embassy',
  'agency', 'bureau', 'authority', 'authorities', 'cabinet', 'parliament', 'presidency', 'kingdom', 'republic',
  'mission', 'commission', 'company', 'firm', 'alliance', 'coalition', 'bloc', 'court', 'tribunal', 'institute', 'foundation',
  'broadcaster', 'department', 'secretariat', 'watchdog', 'regulator', 'monitor',
]);

/**
 * Generic nouns a description uses for a person, and the offices they stand for: "the Turkish
 * leader" is the Turkish president, "the Russian top diplomat" the Russian foreign minister.
 */
export const PERSON_HYPERNYMS: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'amir', 'sultan', 'monarch', 'crown prince', 'chairman', 'secretary-general', 'secretary general', 'head of state', 'head of government', 'taoiseach'],
  diplomat: ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister', 'secretary of state', 'ambassador', 'envoy', 'foreign secretary', 'consul'],
  statesman: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir', 'foreign minister'],
  lawmaker: ['senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'mp', 'deputy', 'legislator', 'member of parliament'],
  legislator: ['senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'mp', 'deputy', 'lawmaker', 'member of parliament'],
  monarch: ['king', 'queen', 'emir', 'amir', 'sultan'],
  // "the Russian official": whoever holds a state office (see VAGUE_HYPERNYMS)
  official: ['minister', 'secretary', 'president', 'premier', 'chancellor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'director', 'governor', 'commissioner', 'chief of staff', 'deputy', 'undersecretary', 'under-secretary'],
};

/**
 * Hypernyms so common for unnamed sources that they stand for a named office-holder only when
 * definite and modified: "the Russian official" is someone named before; "a senior Egyptian
 * official", and "the official" after it, is no one named.
 */
export const VAGUE_HYPERNYMS: ReadonlySet<string> = new Set(['official']);

/** Nouns that make a statement the speaker's words: "Hamas’ statement read", "the Hamas statement said". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'declaration', 'release', 'letter', 'message', 'tweet', 'post', 'announcement', 'notice']);

/**
 * Words that make a phrase an outlet that relays words rather than a speaker:
 * "state TV", "Iranian state media", "the semi-official Fars news agency", "the report".
 */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'tv', 'television', 'media', 'agency', 'news', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel',
  'radio', 'website', 'outlet', 'outlets', 'report', 'reports', 'press', 'wire', 'network', 'broadcast', 'paper', 'magazine',
]);
