import { francAll } from 'franc-min';
import { ENGLISH_FUNCTION_WORDS, ENGLISH_SHARE } from '../lexicons/language.js';

/** franc-min's ISO 639-3 codes → ISO 639-1 (where one exists), and the language's English name. */
const LANGUAGES: Record<string, [string, string]> = {
  eng: ['en', 'English'], spa: ['es', 'Spanish'], por: ['pt', 'Portuguese'], ind: ['id', 'Indonesian'],
  fra: ['fr', 'French'], deu: ['de', 'German'], jav: ['jv', 'Javanese'], vie: ['vi', 'Vietnamese'],
  ita: ['it', 'Italian'], tur: ['tr', 'Turkish'], pol: ['pl', 'Polish'], swh: ['sw', 'Swahili'],
  sun: ['su', 'Sundanese'], ron: ['ro', 'Romanian'], hau: ['ha', 'Hausa'], fuv: ['ff', 'Fulfulde'],
  bos: ['bs', 'Bosnian'], hrv: ['hr', 'Croatian'], nld: ['nl', 'Dutch'], srp: ['sr', 'Serbian'],
  ckb: ['ku', 'Central Kurdish'], yor: ['yo', 'Yoruba'], uzn: ['uz', 'Uzbek'], zlm: ['ms', 'Malay'],
  ibo: ['ig', 'Igbo'], ceb: ['ceb', 'Cebuano'], tgl: ['tl', 'Tagalog'], hun: ['hu', 'Hungarian'],
  azj: ['az', 'Azerbaijani'], ces: ['cs', 'Czech'], run: ['rn', 'Kirundi'], plt: ['mg', 'Malagasy'],
  qug: ['qu', 'Quechua'], mad: ['mad', 'Madurese'], nya: ['ny', 'Chichewa'], zyb: ['za', 'Zhuang'],
  kin: ['rw', 'Kinyarwanda'], zul: ['zu', 'Zulu'], swe: ['sv', 'Swedish'], lin: ['ln', 'Lingala'],
  som: ['so', 'Somali'], hms: ['hms', 'Hmong'], hnj: ['hnj', 'Hmong Njua'], ilo: ['ilo', 'Ilocano'],
  rus: ['ru', 'Russian'], ukr: ['uk', 'Ukrainian'], koi: ['kv', 'Komi-Permyak'], bel: ['be', 'Belarusian'],
  bul: ['bg', 'Bulgarian'], kaz: ['kk', 'Kazakh'], arb: ['ar', 'Arabic'], urd: ['ur', 'Urdu'],
  pes: ['fa', 'Persian'], skr: ['skr', 'Saraiki'], pbu: ['ps', 'Pashto'], hin: ['hi', 'Hindi'],
  mar: ['mr', 'Marathi'], mai: ['mai', 'Maithili'], bho: ['bho', 'Bhojpuri'], npi: ['ne', 'Nepali'],
  mag: ['mag', 'Magahi'], cmn: ['zh', 'Chinese'], ben: ['bn', 'Bengali'], jpn: ['ja', 'Japanese'],
  kor: ['ko', 'Korean'], tel: ['te', 'Telugu'], tam: ['ta', 'Tamil'], guj: ['gu', 'Gujarati'],
  kan: ['kn', 'Kannada'], mal: ['ml', 'Malayalam'], mya: ['my', 'Burmese'], pan: ['pa', 'Punjabi'],
  amh: ['am', 'Amharic'], tha: ['th', 'Thai'], sin: ['si', 'Sinhala'], ell: ['el', 'Greek'],
};

export interface Language {
  /** ISO 639-1 code ("en", "ar", "fa"), or the 639-3 code when the language has no 639-1 code. */
  code: string;
  name: string;
}

/** Below this many letters a Latin-script text is too short for trigram identification. */
const MIN_LATIN_LETTERS = 120;

/** Characters looked at: enough for a stable answer, few enough to stay fast. */
const SAMPLE_CHARS = 1200;
/** Words needed before the function-word share is trusted. */
const MIN_WORDS = 20;

/**
 * The language of a body, or null when the text is too short to tell. English is settled first by
 * its share of function words (fast, and sure on news prose); otherwise franc-min decides from
 * trigrams. A non-Latin script decides even for short text (franc tells Arabic from Persian and Urdu);
 * a short Latin-script text is given the benefit of the doubt (null).
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  if (words.length >= MIN_WORDS) {
    let fn = 0;
    for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) fn++;
    if (fn / words.length >= ENGLISH_SHARE) return { code: 'en', name: 'English' };
  }
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 10) return null;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  const ranked = francAll(sample, { minLength: 10 });
  const top = ranked[0]?.[0];
  if (!top || top === 'und') return null;
  if (latin / letters > 0.5 && letters < MIN_LATIN_LETTERS && top !== 'eng') return null;
  return toLanguage(top);
}

export function toLanguage(iso3: string): Language {
  const known = LANGUAGES[iso3];
  return known ? { code: known[0], name: known[1] } : { code: iso3, name: iso3 };
}

/** The English name of an ISO 639-1 code, for messages ("fa" → "Persian"). */
export function languageName(code: string): string {
  for (const [c, name] of Object.values(LANGUAGES)) if (c === code) return name;
  return code;
}
