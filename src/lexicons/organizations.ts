// Organizations: the head nouns that make a name an organization, and a gazetteer of
// organizations international news names often, with their other names and country.

import { KeyFilter, isPlain, keyEnds, plainKey, withoutAccents } from './fold.js';

/** Last words that make a capitalised name an organization ("... Council", "... Brigades"). */
export const ORG_HEADS = new Set([
  'council', 'movement', 'organization', 'organisation', 'agency', 'party', 'ministry', 'brigades', 'brigade', 'forces', 'force', 'front',
  'bureau', 'politburo', 'union', 'committee', 'army', 'guard', 'guards', 'corps', 'news', 'times', 'post', 'tv', 'television', 'radio',
  'network', 'university', 'bank', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'group', 'embassy', 'consulate',
  'government', 'parliament', 'assembly', 'congress', 'senate', 'court', 'tribunal', 'institute', 'institution', 'foundation', 'association',
  'league', 'authority', 'commission', 'coalition', 'alliance', 'federation', 'service', 'services', 'office', 'department', 'administration',
  'cabinet', 'militia', 'militias', 'faction', 'factions', 'daily', 'gazette', 'herald', 'tribune', 'journal', 'press', 'channel', 'media',
  'mission', 'secretariat', 'board', 'directorate', 'police', 'navy', 'command', 'academy', 'center', 'centre', 'fund', 'programme',
  'society', 'church', 'community', 'order', 'regiment', 'battalion', 'division', 'squad', 'unit', 'units', 'cell', 'network', 'axis',
  'framework', 'bloc', 'caucus', 'club', 'federation', 'confederation', 'chamber', 'house', 'monitor', 'watch', 'observatory',
  'broadcasting', 'broadcaster', 'agency', 'magazine', 'newspaper', 'review', 'telegraph', 'guardian', 'express', 'mirror', 'examiner',
  // newspapers' name words: "Addis Standard", "Deccan Chronicle", "Philippine Daily Inquirer"
  'standard', 'chronicle', 'inquirer', 'courier', 'dispatch', 'bulletin',
  'jihad', 'resistance', 'mobilization', 'mobilisation', 'hezbollah', 'hizbollah', 'hizballah', 'brotherhood', 'taliban', 'qaeda', 'qaida',
  'nations', 'states', 'republic', 'kingdom', 'emirate', 'caliphate', 'regime', 'junta', 'majlis', 'knesset', 'duma', 'shura', 'diwan',
]);

/** Heads that mark a state body: a country or region as its owner is then its affiliation. */
export const STATE_BODY_HEADS = new Set(['council', 'ministry', 'government', 'parliament', 'army', 'guard', 'guards', 'corps', 'forces', 'force', 'police', 'navy', 'embassy', 'consulate', 'cabinet', 'administration', 'office', 'department', 'court', 'assembly', 'senate', 'congress', 'command', 'service', 'services', 'agency', 'majlis', 'knesset', 'duma']);

/** Heads that alone may name a place-like republic or kingdom and so do not make an organization. */
export const PLACE_HEADS = new Set(['republic', 'kingdom', 'emirate', 'states', 'nations']);

export interface OrgEntry {
  name: string;
  aliases: string[];
  /** The country or organization it acts for, where that is part of what the name means. */
  affiliation: string | null;
}

/** Organizations that international political news names often, with the other names it uses. */
export const ORGANIZATIONS: OrgEntry[] = [
  { name: 'Hamas', aliases: ['Islamic Resistance Movement', 'Harakat al-Muqawama al-Islamiya'], affiliation: 'Palestine' },
  { name: 'Fatah', aliases: [], affiliation: 'Palestine' },
  { name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad', 'PIJ', 'Islamic Jihad Movement'], affiliation: 'Palestine' },
  { name: 'Palestine Liberation Organization', aliases: ['PLO'], affiliation: 'Palestine' },
  { name: 'Palestinian Authority', aliases: ['PA', 'Palestinian National Authority'], affiliation: 'Palestine' },
  { name: 'Popular Front for the Liberation of Palestine', aliases: ['PFLP'], affiliation: 'Palestine' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah', 'Hizbullah'], affiliation: 'Lebanon' },
  { name: 'Amal Movement', aliases: ['Amal'], affiliation: 'Lebanon' },
  { name: 'Houthis', aliases: ['Houthi', 'Houthi movement', 'Ansar Allah', 'Ansarullah'], affiliation: 'Yemen' },
  { name: 'Taliban', aliases: ['Afghan Taliban'], affiliation: 'Afghanistan' },
  { name: 'al-Qaeda', aliases: ['Al Qaeda', 'al-Qaida', 'Al-Qaeda'], affiliation: null },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], affiliation: null },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Revolutionary Guard Corps', 'Sepah'], affiliation: 'Iran' },
  { name: 'Quds Force', aliases: ['Quds Forces', 'Qods Force'], affiliation: 'Iran' },
  { name: 'Basij', aliases: [], affiliation: 'Iran' },
  { name: 'Muslim Brotherhood', aliases: [], affiliation: null },
  { name: 'Popular Mobilization Forces', aliases: ['PMF', 'Popular Mobilisation Forces', 'Hashd al-Shaabi', 'PMU'], affiliation: 'Iraq' },
  { name: 'Kataib Hezbollah', aliases: ["Kata'ib Hezbollah", 'Kataeb Hezbollah'], affiliation: 'Iraq' },
  { name: 'Asaib Ahl al-Haq', aliases: ["Asa'ib Ahl al-Haq", "Asa'eb Ahl al-Haq"], affiliation: 'Iraq' },
  { name: 'Badr Organization', aliases: ['Badr Organisation'], affiliation: 'Iraq' },
  { name: 'Kurdistan Workers Party', aliases: ['PKK', "Kurdistan Workers' Party"], affiliation: null },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'], affiliation: 'Syria' },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS'], affiliation: 'Syria' },
  { name: 'al-Shabaab', aliases: ['Al-Shabab', 'al-Shabab'], affiliation: 'Somalia' },
  { name: 'Boko Haram', aliases: [], affiliation: 'Nigeria' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], affiliation: null },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC', 'Security Council'], affiliation: null },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'UNGA', 'General Assembly'], affiliation: null },
  { name: 'UNRWA', aliases: [], affiliation: null },
  { name: 'European Union', aliases: ['EU', 'E.U.'], affiliation: null },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'], affiliation: null },
  { name: 'African Union', aliases: ['AU'], affiliation: null },
  { name: 'Arab League', aliases: ['League of Arab States'], affiliation: null },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], affiliation: null },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'], affiliation: null },
  { name: 'OPEC', aliases: [], affiliation: null },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], affiliation: null },
  { name: 'International Criminal Court', aliases: ['ICC'], affiliation: null },
  { name: 'International Court of Justice', aliases: ['ICJ'], affiliation: null },
  { name: 'International Monetary Fund', aliases: ['IMF'], affiliation: null },
  { name: 'World Bank', aliases: [], affiliation: null },
  { name: 'World Health Organization', aliases: ['WHO'], affiliation: null },
  { name: 'Red Cross', aliases: ['ICRC', 'International Committee of the Red Cross'], affiliation: null },
  { name: 'Amnesty International', aliases: ['Amnesty'], affiliation: null },
  { name: 'Human Rights Watch', aliases: ['HRW'], affiliation: null },
  { name: 'ASEAN', aliases: [], affiliation: null },
  { name: 'Pentagon', aliases: [], affiliation: 'United States' },
  { name: 'State Department', aliases: ['US State Department', 'Department of State'], affiliation: 'United States' },
  { name: 'White House', aliases: [], affiliation: 'United States' },
  { name: 'Kremlin', aliases: [], affiliation: 'Russia' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], affiliation: 'United States' },
  { name: 'FBI', aliases: [], affiliation: 'United States' },
  { name: 'Mossad', aliases: [], affiliation: 'Israel' },
  { name: 'Shin Bet', aliases: [], affiliation: 'Israel' },
  { name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli army'], affiliation: 'Israel' },
  { name: 'Knesset', aliases: [], affiliation: 'Israel' },
  // legislatures, by the names news gives them alone
  { name: 'Senate', aliases: ['US Senate', 'U.S. Senate'], affiliation: null },
  { name: 'House', aliases: ['House of Representatives', 'US House', 'U.S. House'], affiliation: null },
  { name: 'Congress', aliases: ['US Congress', 'U.S. Congress'], affiliation: null },
  { name: 'Parliament', aliases: [], affiliation: null },
  { name: 'House of Commons', aliases: [], affiliation: 'United Kingdom' },
  { name: 'House of Lords', aliases: [], affiliation: 'United Kingdom' },
  { name: 'European Parliament', aliases: [], affiliation: null },
  { name: 'State Duma', aliases: ['Duma'], affiliation: 'Russia' },
  { name: 'Bundestag', aliases: [], affiliation: 'Germany' },
  { name: 'Bundesrat', aliases: [], affiliation: 'Germany' },
  { name: 'Verkhovna Rada', aliases: ['Rada'], affiliation: 'Ukraine' },
  { name: 'Majlis', aliases: [], affiliation: null },
  { name: 'Sejm', aliases: [], affiliation: 'Poland' },
  { name: 'Lok Sabha', aliases: [], affiliation: 'India' },
  { name: 'Rajya Sabha', aliases: [], affiliation: 'India' },
  { name: 'National People\'s Congress', aliases: [], affiliation: 'China' },
  { name: 'Dáil', aliases: ['Dail', 'Dáil Éireann'], affiliation: 'Ireland' },
  { name: 'Likud', aliases: [], affiliation: 'Israel' },
  { name: 'Twitter', aliases: [], affiliation: null },
  { name: 'Facebook', aliases: [], affiliation: null },
  { name: 'Telegram', aliases: [], affiliation: null },
  { name: 'Instagram', aliases: [], affiliation: null },
  { name: 'YouTube', aliases: [], affiliation: null },
];

const byKey = new Map<string, OrgEntry>();
for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) byKey.set(orgKey(n), o);
/** The ends of the keys, for quick rejects (see KeyFilter), and for a caller that has a text's keyEnds already. */
export const ORG_KEY_FILTER = new KeyFilter();
for (const k of byKey.keys()) ORG_KEY_FILTER.addKey(k);

function orgKey(s: string): string {
  if (isPlain(s)) return plainKey(s);
  return withoutAccents(s)
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The organization a name denotes, by any of its names ("IRGC", "Islamic Resistance Movement"). */
export function lookupOrg(name: string): OrgEntry | null {
  if (!mayBeOrg(name, 0, name.length)) return null;
  return byKey.get(orgKey(name)) ?? null;
}

/**
 * Could text[from, to) name an organization? False means lookupOrg of that text is certainly
 * null, found without slicing the text or building its key; true means it has to be looked up.
 */
export function mayBeOrg(text: string, from: number, to: number): boolean {
  return ORG_KEY_FILTER.mayHave(keyEnds(text, from, to));
}

/** Last words that make a capitalised name a place: venues, districts, natural features. */
export const PLACE_NOUNS = new Set([
  'palace', 'square', 'airport', 'street', 'avenue', 'road', 'camp', 'crossing', 'prison', 'port', 'harbor', 'harbour', 'stadium', 'hotel',
  'bridge', 'dam', 'province', 'governorate', 'district', 'city', 'county', 'region', 'valley', 'island', 'islands', 'mountains', 'mountain',
  'river', 'sea', 'strait', 'gulf', 'peninsula', 'desert', 'plain', 'plateau', 'heights', 'hills', 'coast', 'bay', 'lake', 'canal', 'border',
  'territories', 'territory', 'strip', 'bank', 'oblast', 'state', 'municipality', 'village', 'town', 'neighbourhood', 'neighborhood', 'quarter',
  'hill', 'pass', 'marg', 'boulevard', 'square', 'plaza', 'compound', 'base', 'airbase', 'barracks', 'residence',
  'castle', 'manor', 'abbey', 'cathedral', 'mosque', 'church', 'temple', 'shrine', 'citadel', 'fortress', 'lodge',
]);

/** First words that make a capitalised name a place, in English and in the languages news borrows them from: "Mount Sinjar", "Qasr Al Shati", "Palacio de Miraflores". */
export const PLACE_FIRST_WORDS = new Set([
  'hotel', 'hôtel', 'chateau', 'château', 'castillo', 'schloss', 'villa',
  'mount', 'mt', 'lake', 'cape', 'fort', 'qasr', 'kasr', 'palacio', 'palais', 'palazzo', 'casa', 'jebel', 'jabal', 'wadi', 'ras', 'bab', 'tell', 'rio', 'monte', 'sierra', 'isla', 'ile', 'île',
]);
