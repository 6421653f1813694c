// Titles, honorifics and office words: data only. Used to keep titles out of names,
// to read roles, and to type a name as a person. Lower case; multi-word entries allowed.

/** Forms of address and religious/courtesy honorifics: dropped from names, not roles by themselves. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'ayatollah', 'grand ayatollah', 'hojatoleslam', 'hojjatoleslam', 'hujjat al-islam',
  'sayyed', 'sayyid', 'seyyed', 'sayed', 'syed', 'imam', 'mullah', 'maulana', 'mufti', 'rabbi', 'rev', 'rev.', 'reverend',
  'father', 'pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'hajj', 'haj', 'haji', 'martyr', 'his excellency', 'her excellency',
  'comrade', 'mister', 'madam', 'monsieur', 'herr', 'frau', 'señor', 'senor',
  // styles of address: "His Highness", "Her Majesty", "His Holiness"
  'highness', 'majesty', 'excellency', 'holiness', 'eminence',
]);

/** Military and police ranks: titles before a name, and roles. */
export const RANKS = new Set([
  'general', 'gen', 'gen.', 'lieutenant general', 'lt. gen.', 'lt gen', 'major general', 'maj. gen.', 'maj gen', 'brigadier general',
  'brig. gen.', 'brig gen', 'brigadier', 'colonel', 'col', 'col.', 'lieutenant colonel', 'lt. col.', 'major', 'maj', 'maj.', 'captain', 'capt',
  'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant', 'sgt', 'sgt.', 'admiral', 'adm', 'adm.', 'rear admiral', 'vice admiral', 'commodore',
  'field marshal', 'marshal', 'air marshal', 'corporal', 'private', 'commander',
]);

/**
 * Abbreviations of offices that news copy writes before a name ("PM Abiy", "EAM Jaishankar", "MK
 * Itamar Ben Gvir", "MEP Nathalie Loiseau", "CS Mudavadi"), each the initials of its office (the
 * referents read "the EAM" as whoever is "External Affairs Minister"). Read as titles only inside a
 * run of capitalised words, so "7 pm" stays a time.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['pm', 'dpm', 'fm', 'eam', 'cm', 'cs', 'mep', 'mla', 'mk', 'mos']);

/**
 * Head nouns of offices and positions held by persons. A name right after one of these
 * ("Foreign Minister Mohammed Zarif") or an apposition built on one ("Zarif, Iran's chief
 * negotiator") gives the person a role.
 */
export const OFFICE_HEADS = new Set([
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'minister', 'secretary', 'secretary general', 'secretary-general',
  'chancellor', 'king', 'queen', 'emir', 'amir', 'prince', 'princess', 'crown prince', 'sultan', 'monarch', 'shah', 'caliph',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'speaker', 'leader', 'chief', 'head', 'director', 'director general', 'director-general',
  'governor', 'mayor', 'ambassador', 'envoy', 'emissary', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'rep.',
  'deputy', 'advisor', 'adviser', 'aide', 'commander', 'commander-in-chief', 'senator', 'sen.', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'mp', 'parliamentarian', 'judge', 'justice', 'attorney general', 'prosecutor', 'negotiator', 'mediator', 'official', 'officer',
  'member', 'founder', 'co-founder', 'coordinator', 'councillor', 'councilor', 'delegate', 'commissioner', 'counselor', 'counsellor', 'attache',
  'analyst', 'expert', 'journalist', 'correspondent', 'editor', 'researcher', 'scholar', 'cleric', 'politician', 'activist', 'militant',
  'strongman', 'warlord', 'dictator', 'ruler', 'rapporteur', 'administrator', 'superintendent', 'inspector', 'chief of staff', 'general secretary',
  'premier', 'viceroy', 'president-elect', 'candidate', 'nominee', 'mufti', 'patriarch', 'pope', 'cardinal', 'imam', 'cleric', 'ayatollah',
  'figure', 'operative', 'mastermind', 'fighter', 'diplomat', 'lawyer', 'economist', 'professor', 'lecturer', 'commentator',
  'chief executive', 'ceo', 'executive', 'manager', 'boss', 'owner', 'treasurer', 'registrar', 'governor-general', 'ombudsman',
  ...TITLE_ABBREVIATIONS,
  // heads of government by their own languages' titles
  'taoiseach', 'tánaiste', 'tanaiste', 'chancellor', 'president-designate', 'prime minister-designate',
]);

/**
 * Words that qualify an office ("Foreign Minister", "deputy leader", "Supreme Leader"): allowed
 * inside a title phrase, never a name by themselves.
 */
export const OFFICE_MODIFIERS = new Set([
  'foreign', 'defense', 'defence', 'interior', 'intelligence', 'finance', 'economy', 'economic', 'justice', 'health', 'education', 'oil',
  'energy', 'trade', 'commerce', 'industry', 'information', 'culture', 'cultural', 'communications', 'communication', 'security', 'national',
  'supreme', 'prime', 'deputy', 'vice', 'acting', 'former', 'ex', 'ex-', 'late', 'political', 'military', 'senior', 'top', 'chief', 'general',
  'executive', 'assistant', 'special', 'interim', 'caretaker', 'state', 'bureau', 'politburo', 'affairs', 'presidential', 'royal', 'founding',
  'parliamentary', 'legal', 'media', 'press', 'public', 'international', 'regional', 'local', 'provincial', 'federal', 'central', 'high',
  'grand', 'first', 'second', 'permanent', 'principal', 'lead', 'head', 'visiting', 'outgoing', 'incoming', 'new', 'longtime', 'long-time',
  'veteran', 'influential', 'powerful', 'prominent', 'agriculture', 'transport', 'labor', 'labour', 'housing', 'environment', 'tourism',
  'planning', 'development', 'religious', 'spiritual', 'de facto', 'self-proclaimed', 'self-styled', 'elected', 'exiled', 'jailed', 'slain',
  'assassinated', 'sanctioned', 'wanted', 'alleged', 'current', 'then', 'then-', 'future', 'overall', 'field', 'armed', 'forces',
  'relations', 'policy', 'treasury', 'homeland', 'veterans', 'labor', 'commerce', 'agriculture', 'defense', 'interior', 'exterior', 'external', 'foreign affairs', 'relation', 'foreign relations', 'department', 'division', 'unit', 'wing', 'office', 'council', 'committee',
  'delegation', 'mission', 'team', 'party', 'movement', 'group', 'organization', 'organisation', 'force', 'army', 'navy', 'police',
  'opposition', 'government', 'administration', 'ruling', 'parliament', 'house', 'senate', 'cabinet', 'staff', 'joint', 'general staff',
]);

/** Words that name an office but say nothing about whom the holder acts for ("analyst", "expert"). */
export const NON_AFFILIATING = new Set(['analyst', 'expert', 'journalist', 'correspondent', 'researcher', 'scholar', 'commentator', 'economist', 'lawyer', 'professor', 'lecturer']);

/** Is this (lower-case) word or phrase a title of any kind? */
export function isTitleWord(w: string): boolean {
  return HONORIFICS.has(w) || RANKS.has(w) || OFFICE_HEADS.has(w);
}
