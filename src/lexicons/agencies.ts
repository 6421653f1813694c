// News agencies, broadcasters and major outlets that articles credit for what they report
// ("according to IRNA", "the Fars news agency reported", "state TV quoted"). Data only, plus a
// small lookup. Used by the actors stage (to type these names as organizations) and by the
// quotes stage (to fill a quote's `via`).
import { KeyFilter, firstWordStart, isPlain, lastWordEnd, withoutAccents } from './fold.js';

export interface Agency {
  /** The usual English name, as outlets write it. */
  name: string;
  /** Other forms seen in print: acronyms, long forms, transliterations. */
  aliases: string[];
  /** The country the agency or outlet is based in or speaks for, when it is one country. */
  country: string | null;
}

export const AGENCIES: Agency[] = [
  // Iran
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'Islamic Republic of Iran News Agency'], country: 'Iran' },
  { name: 'Fars', aliases: ['Fars News', 'Fars News Agency', 'FNA'], country: 'Iran' },
  { name: 'Tasnim', aliases: ['Tasnim News', 'Tasnim News Agency'], country: 'Iran' },
  { name: 'Mehr', aliases: ['Mehr News', 'Mehr News Agency', 'MNA'], country: 'Iran' },
  { name: 'ISNA', aliases: ['Iranian Students News Agency', "Iranian Students' News Agency"], country: 'Iran' },
  { name: 'ILNA', aliases: ['Iranian Labour News Agency', 'Iranian Labor News Agency'], country: 'Iran' },
  { name: 'IBNA', aliases: ['Iran Book News Agency'], country: 'Iran' },
  { name: 'ABNA', aliases: ['AhlulBayt News Agency', 'Ahl al-Bayt News Agency'], country: 'Iran' },
  { name: 'YJC', aliases: ['Young Journalists Club', "Young Journalists' Club"], country: 'Iran' },
  { name: 'Press TV', aliases: ['PressTV'], country: 'Iran' },
  { name: 'IRIB', aliases: ['Islamic Republic of Iran Broadcasting', 'IRIB News'], country: 'Iran' },
  { name: 'Al-Alam', aliases: ['Al Alam', 'Alalam', 'Al-Alam News Network', 'Al-Alam TV'], country: 'Iran' },
  { name: 'Tehran Times', aliases: ['The Tehran Times'], country: 'Iran' },
  { name: 'Kayhan', aliases: ['Kayhan newspaper'], country: 'Iran' },
  { name: 'Iran Daily', aliases: [], country: 'Iran' },
  { name: 'Iran Front Page', aliases: ['IFP', 'IFP News'], country: 'Iran' },
  { name: 'Khamenei.ir', aliases: [], country: 'Iran' },
  { name: 'Nour News', aliases: ['Nournews'], country: 'Iran' },
  { name: 'Shargh', aliases: ['Shargh Daily'], country: 'Iran' },
  { name: 'Entekhab', aliases: [], country: 'Iran' },
  { name: 'Iran International', aliases: [], country: null },
  { name: 'Radio Farda', aliases: [], country: null },
  // Wires and world broadcasters
  { name: 'Reuters', aliases: ['Thomson Reuters'], country: 'United Kingdom' },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], country: 'United States' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'France-Presse'], country: 'France' },
  { name: 'dpa', aliases: ['DPA', 'Deutsche Presse-Agentur'], country: 'Germany' },
  { name: 'EFE', aliases: ['Agencia EFE'], country: 'Spain' },
  { name: 'ANSA', aliases: [], country: 'Italy' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], country: 'United States' },
  { name: 'UPI', aliases: ['United Press International'], country: 'United States' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'New China News Agency'], country: 'China' },
  { name: 'CGTN', aliases: ['China Global Television Network'], country: 'China' },
  { name: 'CCTV', aliases: ['China Central Television'], country: 'China' },
  { name: 'Global Times', aliases: [], country: 'China' },
  { name: 'TASS', aliases: ['ITAR-TASS'], country: 'Russia' },
  { name: 'RIA Novosti', aliases: ['RIA'], country: 'Russia' },
  { name: 'Interfax', aliases: [], country: 'Russia' },
  { name: 'Sputnik', aliases: ['Sputnik News'], country: 'Russia' },
  { name: 'RT', aliases: ['Russia Today'], country: 'Russia' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], country: 'North Korea' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'South Korea' },
  { name: 'Kyodo', aliases: ['Kyodo News'], country: 'Japan' },
  { name: 'NHK', aliases: [], country: 'Japan' },
  { name: 'PTI', aliases: ['Press Trust of India'], country: 'India' },
  { name: 'APP', aliases: ['Associated Press of Pakistan'], country: 'Pakistan' },
  { name: 'Dawn', aliases: [], country: 'Pakistan' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation', 'BBC News', 'BBC Persian', 'BBC Arabic'], country: 'United Kingdom' },
  { name: 'CNN', aliases: ['Cable News Network'], country: 'United States' },
  { name: 'Fox News', aliases: [], country: 'United States' },
  { name: 'NBC News', aliases: ['NBC'], country: 'United States' },
  { name: 'CBS News', aliases: ['CBS'], country: 'United States' },
  { name: 'ABC News', aliases: [], country: 'United States' },
  { name: 'NPR', aliases: ['National Public Radio'], country: 'United States' },
  { name: 'Voice of America', aliases: ['VOA'], country: 'United States' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Free Europe', 'Radio Liberty'], country: 'United States' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], country: 'United States' },
  { name: 'The Washington Post', aliases: ['Washington Post'], country: 'United States' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], country: 'United States' },
  { name: 'Axios', aliases: [], country: 'United States' },
  { name: 'Politico', aliases: [], country: 'United States' },
  { name: 'The Guardian', aliases: ['Guardian'], country: 'United Kingdom' },
  { name: 'The Times', aliases: ['Times of London'], country: 'United Kingdom' },
  { name: 'The Telegraph', aliases: ['Daily Telegraph'], country: 'United Kingdom' },
  { name: 'The Independent', aliases: [], country: 'United Kingdom' },
  { name: 'Financial Times', aliases: ['The Financial Times', 'FT'], country: 'United Kingdom' },
  { name: 'The Economist', aliases: ['Economist'], country: 'United Kingdom' },
  { name: 'Sky News', aliases: ['Sky News Arabia'], country: 'United Kingdom' },
  { name: 'Middle East Eye', aliases: ['MEE'], country: 'United Kingdom' },
  { name: 'Middle East Monitor', aliases: ['MEMO'], country: 'United Kingdom' },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq al-Awsat', 'Al-Sharq al-Awsat', 'Asharq Alawsat'], country: 'Saudi Arabia' },
  { name: 'The New Arab', aliases: ['Al-Araby Al-Jadeed', 'Al-Araby al-Jadeed', 'Al Araby'], country: 'United Kingdom' },
  { name: 'Deutsche Welle', aliases: ['DW'], country: 'Germany' },
  { name: 'Der Spiegel', aliases: ['Spiegel'], country: 'Germany' },
  { name: 'France 24', aliases: ['France24'], country: 'France' },
  { name: 'Le Monde', aliases: [], country: 'France' },
  { name: 'Euronews', aliases: [], country: null },
  // Arab world, Turkey, Israel
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera', 'Al Jazeera English', 'Al Jazeera Arabic'], country: 'Qatar' },
  { name: 'QNA', aliases: ['Qatar News Agency'], country: 'Qatar' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya', 'Alarabiya'], country: 'Saudi Arabia' },
  { name: 'SPA', aliases: ['Saudi Press Agency'], country: 'Saudi Arabia' },
  { name: 'Arab News', aliases: [], country: 'Saudi Arabia' },
  { name: 'WAM', aliases: ['Emirates News Agency'], country: 'United Arab Emirates' },
  { name: 'The National', aliases: [], country: 'United Arab Emirates' },
  { name: 'Gulf News', aliases: [], country: 'United Arab Emirates' },
  { name: 'KUNA', aliases: ['Kuwait News Agency'], country: 'Kuwait' },
  { name: 'BNA', aliases: ['Bahrain News Agency'], country: 'Bahrain' },
  { name: 'ONA', aliases: ['Oman News Agency'], country: 'Oman' },
  { name: 'Petra', aliases: ['Jordan News Agency', 'Petra News Agency'], country: 'Jordan' },
  { name: 'MENA', aliases: ['Middle East News Agency'], country: 'Egypt' },
  { name: 'Al-Ahram', aliases: ['Al Ahram', 'Ahram Online'], country: 'Egypt' },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'], country: 'Syria' },
  { name: 'INA', aliases: ['Iraqi News Agency'], country: 'Iraq' },
  { name: 'Rudaw', aliases: [], country: 'Iraq' },
  { name: 'Al Sumaria', aliases: ['Alsumaria', 'Al-Sumaria'], country: 'Iraq' },
  { name: 'NNA', aliases: ['National News Agency'], country: 'Lebanon' },
  { name: 'Al Mayadeen', aliases: ['Al-Mayadeen', 'Almayadeen'], country: 'Lebanon' },
  { name: 'Al-Manar', aliases: ['Al Manar', 'Almanar'], country: 'Lebanon' },
  { name: 'L\'Orient-Le Jour', aliases: ["L'Orient Today"], country: 'Lebanon' },
  { name: 'Al-Akhbar', aliases: ['Al Akhbar'], country: 'Lebanon' },
  { name: 'WAFA', aliases: ['Palestinian News and Information Agency', 'Wafa News Agency'], country: 'Palestine' },
  { name: 'Safa', aliases: ['Safa News Agency', 'Safa Press Agency'], country: 'Palestine' },
  { name: 'Shehab', aliases: ['Shehab News Agency'], country: 'Palestine' },
  { name: 'Al-Aqsa TV', aliases: ['Al Aqsa TV'], country: 'Palestine' },
  { name: 'Palestine Chronicle', aliases: ['The Palestine Chronicle'], country: null },
  { name: 'Saba', aliases: ['Saba News Agency'], country: 'Yemen' },
  { name: 'Al-Masirah', aliases: ['Al Masirah', 'Almasirah'], country: 'Yemen' },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'AA', 'Anadolu News Agency'], country: 'Turkey' },
  { name: 'TRT', aliases: ['TRT World', 'Turkish Radio and Television'], country: 'Turkey' },
  { name: 'Daily Sabah', aliases: [], country: 'Turkey' },
  { name: 'Hurriyet', aliases: ['Hürriyet', 'Hurriyet Daily News'], country: 'Turkey' },
  { name: 'Haaretz', aliases: [], country: 'Israel' },
  { name: 'The Times of Israel', aliases: ['Times of Israel'], country: 'Israel' },
  { name: 'The Jerusalem Post', aliases: ['Jerusalem Post'], country: 'Israel' },
  { name: 'Ynet', aliases: ['Ynetnews', 'Yedioth Ahronoth'], country: 'Israel' },
  { name: 'Maariv', aliases: [], country: 'Israel' },
  { name: 'Kan', aliases: ['Kan public broadcaster'], country: 'Israel' },
  { name: 'Channel 12', aliases: ['Channel 12 News'], country: 'Israel' },
  { name: 'i24NEWS', aliases: ['i24 News'], country: 'Israel' },
  { name: 'Afghanistan Times', aliases: [], country: 'Afghanistan' },
  { name: 'TOLOnews', aliases: ['Tolo News', 'TOLO News'], country: 'Afghanistan' },
];

// Words outlets put around an agency's name that are not part of it.
const WRAPPER_WORDS = ['news agency', 'news network', 'news website', 'news site', 'news service', 'press agency', 'agency', 'news', 'newspaper', 'daily', 'website', 'television', 'tv', 'channel', 'broadcaster'];
const WRAPPERS = new RegExp(`^(?:the\\s+)?(.*?)(?:['’]s)?(?:\\s+(?:${WRAPPER_WORDS.map((w) => w.replace(' ', '\\s+')).join('|')}))?$`, 'i');
/** The last words of the wrappers: a key that ends in none of them has no wrapper to take off. */
const WRAPPER_LAST_WORDS: ReadonlySet<string> = new Set(WRAPPER_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)));

/** The first word after an optional "the". */
const FIRST_WORD = /^(?:the\s+)?([^\s-]+)/i;

function key(s: string): string {
  if (isPlain(s) && !s.includes('-')) return s.toLowerCase();
  return withoutAccents(s).replace(/[’‘]/g, "'").replace(/[-\s]+/g, ' ').trim().toLowerCase();
}

/** Every written form (name and aliases, with and without a leading "the") → its entry. */
const INDEX: Map<string, Agency> = (() => {
  const m = new Map<string, Agency>();
  for (const a of AGENCIES) {
    for (const f of [a.name, ...a.aliases]) {
      const k = key(f);
      if (!m.has(k)) m.set(k, a);
      const bare = k.replace(/^the /, '');
      if (!m.has(bare)) m.set(bare, a);
    }
  }
  return m;
})();

/** FIRST_WORD's word of a plain text, in lower case and without a final "'s", read without a regex. */
function plainFirstWord(raw: string): string {
  const lower = raw.toLowerCase();
  const from = lower.startsWith('the ') ? 4 : 0;
  let to = from;
  while (to < lower.length && lower.charCodeAt(to) !== 32 && lower.charCodeAt(to) !== 45) to++;
  const w = lower.slice(from, to);
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/** The first word of every written form, for a quick reject of most text. */
const FIRST_WORDS: Set<string> = new Set([...INDEX.keys()].map((k) => k.split(' ')[0]));

/** The starts of FIRST_WORDS, to reject most text without building its first word (see KeyFilter). */
const FIRST_WORD_FILTER = new KeyFilter();
for (const w of FIRST_WORDS) FIRST_WORD_FILTER.addFirstWord(w);

/**
 * The ends of the last words a text naming an agency can have: the last word of a written form,
 * or of a wrapper after it ("news agency", "TV"). A text ending in "'s" is not settled by its
 * last word (lastWordEnd gives -1 for it), so forms with "'s" taken off need no entry.
 */
const LAST_WORD_FILTER = new KeyFilter();
for (const k of INDEX.keys()) LAST_WORD_FILTER.addLastWord(k.slice(k.lastIndexOf(' ') + 1));
for (const w of WRAPPER_LAST_WORDS) LAST_WORD_FILTER.addLastWord(w);

/**
 * Could text[from, to) name an agency? False means agencyByName of that text is certainly null
 * (its last word ends no written form or wrapper, or its first word begins no written form),
 * found without slicing the text.
 */
export function mayBeAgency(text: string, from: number, to: number): boolean {
  // the last word first: it passes fewer texts than the first (about 17% of capitalised runs against 31%)
  return LAST_WORD_FILTER.mayHave(lastWordEnd(text, from, to)) && FIRST_WORD_FILTER.mayHave(firstWordStart(text, from, to));
}

/**
 * The agency or outlet a piece of text names, or null. Case-insensitive, and tolerant of the
 * words news writes around the name: "the Fars news agency", "IRNA news agency", "Mehr News",
 * "The Tehran Times", "Anadolu Agency". Short all-capital acronyms must be written in capitals
 * ("AP", "AA", "RT"), so that the words "ap" or "rt" inside prose do not match.
 */
export function agencyByName(text: string): Agency | null {
  const raw = text.trim();
  if (!raw) return null;
  // quick reject: the first word (after "the") must begin some written form
  if (!FIRST_WORD_FILTER.mayHave(firstWordStart(raw, 0, raw.length))) return null;
  if (isPlain(raw)) {
    if (!FIRST_WORDS.has(plainFirstWord(raw))) return null;
  } else {
    const first = FIRST_WORD.exec(raw)?.[1].toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'");
    if (first && !FIRST_WORDS.has(first) && !FIRST_WORDS.has(withoutAccents(first))) return null;
  }
  const k = key(raw);
  const direct = INDEX.get(k) ?? (k.startsWith('the ') ? INDEX.get(k.slice(4)) : undefined);
  // a text with no "the", "'s" or wrapper word to take off ("Iran", "Islamic Republic"): WRAPPERS
  // would leave it as it is, and its key has just missed
  if (!direct && !mayBeWrapped(raw, k)) return null;
  const m = direct ? null : WRAPPERS.exec(raw);
  const core = direct ? raw : m ? m[1].trim() : raw;
  const hit = direct ?? (core ? INDEX.get(key(core)) ?? null : null);
  if (!hit) return null;
  const written = (direct ? raw : core).replace(/^the\s+/i, '');
  // An acronym written in lower case is a word, not the agency: "ap", "aa", "spa", "app". Longer
  // ones may be written as names in British style ("Tass", "Irna"), but with a capital.
  const acronym = [hit.name, ...hit.aliases].some((f) => f === f.toUpperCase() && key(f) === key(written));
  if (acronym && written !== written.toUpperCase() && (written.length <= 3 || !/^\p{Lu}/u.test(written))) return null;
  // Names that are also ordinary words must be written with a capital: "Dawn", "Petra".
  if (COMMON_WORDS.has(key(written)) && !/^[A-Z]/.test(written)) return null;
  return hit;
}

/**
 * Could WRAPPERS take anything off the text `raw`, whose key is `k`? Only a leading "the", a
 * final "'s", or a wrapper at the end, whose last word (ASCII letters) is then the key's last word.
 */
function mayBeWrapped(raw: string, k: string): boolean {
  if (endsWithPossessive(raw) || k.startsWith('the ')) return true;
  const space = k.lastIndexOf(' ');
  return space >= 0 && WRAPPER_LAST_WORDS.has(k.slice(space + 1));
}

/** Does the text end in "'s" or "’s", in any case (/['’]s$/i)? */
function endsWithPossessive(s: string): boolean {
  const n = s.length;
  if (n < 2 || (s.charCodeAt(n - 1) | 32) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Agency names that are also ordinary English words or names. */
const COMMON_WORDS = new Set(['dawn', 'kan', 'petra', 'saba', 'safa', 'times', 'guardian', 'economist', 'independent', 'national', 'mehr', 'fars', 'spiegel', 'politico']);
