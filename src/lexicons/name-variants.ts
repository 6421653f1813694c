// What to ignore and how to fold spellings when comparing one actor's names across articles.
// Data only; src/corpus/names.ts interprets it. (Per-article title lists live in titles.ts and
// names.ts; these are the few forms that still reach the corpus inside names and aliases.)

/** Forms of address that outlets put inside a name ("Dr. Kharazi", "Ayatollah Ali Khamenei"). */
export const NAME_HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'sheikh', 'shaikh', 'sheik', 'shaykh', 'ayatollah',
  'grand', 'hojatoleslam', 'hojjatoleslam', 'sayyed', 'sayyid', 'seyyed', 'seyed', 'sayed', 'syed', 'imam', 'mullah', 'haj', 'hajj', 'haji',
  'general', 'gen', 'president', 'minister', 'emir', 'king', 'prince', 'crown', 'sultan', 'comrade', 'rabbi',
]);

/**
 * Arabic definite articles written before a name part ("al-Aruri", "el-Sisi", "Al Thani",
 * "ash-Sharaa"). Dropped when comparing: outlets add or omit them freely.
 */
export const ARTICLE_PREFIXES = ['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'adh', 'ath', 'ud', 'ul'];

/**
 * Kinship and compound particles: part of a name, never a given name or a surname alone
 * ("Abu Marzouk" is a surname-only form; in "Tamim bin Hamad" the given name is Tamim).
 */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'ben', 'bint', 'abu', 'abou', 'umm', 'abd', 'abdel', 'abdul', 'abdol', 'ould', 'de', 'da', 'di', 'du', 'del', 'van', 'von', 'der', 'la', 'le']);

/**
 * Spelling folds applied before comparing two transliterations, each with its reason.
 * Applied in order to lower-case ASCII letters.
 */
export const SPELLING_FOLDS: { from: RegExp; to: string; reason: string }[] = [
  { from: /ou/g, to: 'u', reason: 'French-style transliteration of Arabic u: Arouri = Aruri, Moussa = Musa' },
  { from: /ee/g, to: 'i', reason: 'English-style long i: Zareef = Zarif' },
  { from: /oo/g, to: 'u', reason: 'English-style long u: Yousef = Yusef' },
  { from: /ph/g, to: 'f', reason: 'ph and f transliterate the same Arabic/Persian letter' },
  { from: /y/g, to: 'i', reason: 'y and i alternate in transliteration: Aly = Ali, Yahya = Iahia on both sides' },
  { from: /(.)\1+/g, to: '$1', reason: 'doubled letters (shadda) are often written single: Mashaal = Mashal, Hassan = Hasan' },
  { from: /h$/g, to: '', reason: 'final silent h (ta marbuta): Haniyeh = Haniye, Saleh keeps its e' },
];
