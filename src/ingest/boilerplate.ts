import type { Boilerplate, BoilerplateKind } from '../model/types.js';
import {
  KICKER_WORDS,
  CAPTION_STOPWORDS,
  DATELINE_AGENCIES,
  INLINE_RULES,
  LINE_RULES,
  NAME_PARTICLES,
  PHOTO_AGENCIES,
} from '../lexicons/boilerplate.js';
import { lookupPlace } from '../lexicons/places.js';

/**
 * Finds the parts of an article body that are not its prose: donation appeals, newsletter and
 * social prompts, "Read more" links, bylines, photo captions and credits, timestamp lines and
 * datelines. Nothing is removed: each part is a range into `text` with its kind and rule, and
 * the segment stage keeps the sentences they cover out of extraction (except datelines, whose
 * place is still an actor).
 */
export interface BoilerplateOptions {
  /** The article title: a first line repeating it is a headline, not a caption. */
  title?: string | null;
  /** The outlet name, to recognise "Outlet / …" and "OutletSection:" prefixes. */
  outlet?: string | null;
  /** Ranges already known (the ` date YYYY-MM-DD` line): datelines are looked for after them. */
  known?: Boilerplate[];
}

interface Line {
  start: number;
  end: number;
  text: string;
  words: number;
}

const PROSE_MIN_WORDS = 10;
/** How many closing lines count as the tail, where author biographies stand. */
const TAIL_LINES = 4;
/** Lines longer than this are prose: no whole-line rule is tried on them (and regex work stays bounded). */
const MAX_RULE_LINE = 600;
/** A dateline lies within a line's first characters. */
const DATELINE_CHARS = 160;
/** How many opening lines may hold the dateline. */
const DATELINE_LINES = 2;

export function findBoilerplate(text: string, opts: BoilerplateOptions = {}): Boilerplate[] {
  const out: Boilerplate[] = [...(opts.known ?? [])];
  const lines = splitLines(text);
  const flagged = new Map<number, BoilerplateKind>();
  const add = (start: number, end: number, kind: BoilerplateKind, rule: string) => {
    if (end > start) out.push({ start, end, kind, rule });
  };

  // 1. lines already known (an HTML <figcaption>), then whole-line rules
  lines.forEach((l, i) => {
    const k = opts.known?.length ? opts.known.find((b) => b.start <= l.start && l.end <= b.end) : undefined;
    if (k) {
      flagged.set(i, k.kind);
      return;
    }
    const low = l.text.toLowerCase();
    if (l.text.length > MAX_RULE_LINE || REPORTED_SPEECH.test(l.text)) return;
    for (const r of LINE_RULES) {
      if (l.words > r.maxWords || (r.tail && i < lines.length - TAIL_LINES)) continue;
      if (r.cues && !r.cues.some((c) => low.includes(c))) continue;
      if (r.pattern.test(l.text)) {
        add(l.start, l.end, r.kind, r.id);
        flagged.set(i, r.kind);
        break;
      }
    }
    if (!flagged.has(i) && l.words <= 14 && /\d/.test(l.text) && isTimestampLine(l.text)) {
      add(l.start, l.end, 'date-line', 'timestamp-line');
      flagged.set(i, 'date-line');
    }
  });

  // 2. a donation appeal runs on over the reader-directed lines after its first line
  for (let i = 0; i < lines.length; i++) {
    if (flagged.get(i) !== 'donation') continue;
    for (let j = i + 1; j < lines.length && !flagged.has(j); j++) {
      if (lines[j].words > 60 || !APPEAL_CUE.test(lines[j].text) || REPORTED_SPEECH.test(lines[j].text)) break;
      add(lines[j].start, lines[j].end, 'donation', 'donation-continuation');
      flagged.set(j, 'donation');
    }
  }

  // 2b. a "Read more:" / "Related:" label on its own line heads a list of other articles' headlines:
  //     the short lines right after it that end without a full stop
  for (let i = 0; i < lines.length; i++) {
    if (flagged.get(i) !== 'read-more' || !/[:»>|]\s*$|^\W*\w+(?:\s+\w+){0,3}\s*$/.test(lines[i].text)) continue;
    for (let j = i + 1; j < lines.length && !flagged.has(j); j++) {
      const l = lines[j];
      if (l.words > 20 || /[.!?]["”’)]?\s*$/.test(l.text) || REPORTED_SPEECH.test(l.text)) break;
      add(l.start, l.end, 'read-more', 'read-more-list');
      flagged.set(j, 'read-more');
    }
  }

  // 3. short caption lines of names (with an optional picture credit) before the first prose line;
  //    a line holding a photo credit is caption material too, so the search goes on past it
  //    Further down, only a line of names that ends with a picture agency is a caption.
  const title = norm(opts.title ?? '');
  let top = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (flagged.has(i)) continue;
    if (top && l.words <= 60 && PHOTO_CREDIT_IN_LINE.some((re) => re.test(l.text))) continue;
    if (isProse(l)) {
      top = false;
      continue;
    }
    if (l.words > 9 || l.text.length > MAX_RULE_LINE || (title && norm(l.text) === title)) continue;
    const cap = captionLine(l.text);
    if (!cap || (!top && cap.creditAt === l.text.length)) continue;
    if (cap.creditAt < l.text.length) add(l.start + cap.creditAt, l.end, 'credit', 'caption-credit');
    if (cap.creditAt > 0) add(l.start, l.start + cap.nameEnd, 'caption', 'caption-names');
    flagged.set(i, 'caption');
  }

  // 4. a dateline opens one of the first prose lines: "KABUL:", "DUBAI -", "Pyongyang, March 14 (KCNA) --"
  //    (usually the first; a standfirst line may come before it)
  const knownEnd = Math.max(0, ...(opts.known ?? []).filter((b) => b.kind === 'date-line').map((b) => b.end));
  let tried = 0;
  for (let i = 0; i < lines.length && tried < DATELINE_LINES; i++) {
    const l = lines[i];
    if (flagged.has(i) || l.end <= knownEnd) continue;
    if (title && norm(l.text) === title && !isProse(l)) continue;
    tried++;
    let from = Math.max(l.start, knownEnd);
    while (from < l.end && /\s/.test(text[from])) from++;
    const found = findDateline(text.slice(from, Math.min(l.end, from + DATELINE_CHARS)), opts.outlet ?? null);
    for (const d of found) add(from + d.start, from + d.end, d.kind, d.rule);
    if (found.length) break;
  }

  // 5. credits written inside lines
  const tailFrom = Math.max(0, text.length - 80);
  const tail = text.slice(tailFrom);
  for (const r of INLINE_RULES) {
    const hay = r.atEnd ? tail : text;
    const base = r.atEnd ? tailFrom : 0;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(hay); m; m = r.pattern.exec(hay)) {
      const lead = m[0].length - m[0].trimStart().length;
      add(base + m.index + lead, base + m.index + m[0].trimEnd().length, r.kind, r.id);
      if (m[0].length === 0) r.pattern.lastIndex++;
    }
  }

  return tidy(out, text);
}

/** The reason behind a rule id, for showing users why a range was set aside. */
export function boilerplateReason(rule: string): string {
  const r = [...LINE_RULES, ...INLINE_RULES].find((x) => x.id === rule);
  if (r) return r.reason;
  return OWN_REASONS[rule] ?? rule;
}

const OWN_REASONS: Record<string, string> = {
  'donation-continuation': 'lines addressed to the reader right after a donation appeal belong to the appeal',
  'caption-names': 'a short line of capitalised names before the first paragraph is a photo caption',
  'caption-credit': 'a picture agency ending a short caption line credits the photograph',
  'timestamp-line': 'a line holding only a date and time is page furniture; the date is the published date',
  'date-line': 'a leading " date YYYY-MM-DD" states the published date, not article prose',
  'dateline-agency': '"PLACE, DATE (AGENCY) --" opens a wire story: the place is kept as an actor',
  'dateline-caps': 'a capitalised place before ":" or a dash opens the story ("KABUL:", "DUBAI -")',
  'dateline-dated': '"Place, Month Day --" opens the story',
  'dateline-region': '"Place, Region —" opens the story',
  'dateline-colon': '"New Delhi: …" opens the story with its place (a place the gazetteer knows, unlike "Khamenei: …")',
  kicker: 'a label such as "EXCLUSIVE:" or "Analysis:" before the story is not a place',
  'opening-credit': '"(CNN) —" credits the agency before the story; the agency is not an actor in it',
  'dateline-slash': '"Source / " opens the story in agency style',
  'dateline-kicker': 'an outlet name glued to a section name before ":" is a scraped kicker',
  'outlet-kicker': 'the outlet and section label of a scraped kicker are not actors in the story',
  'dateline-credit': 'the agency in a dateline credits the story; it is not an actor in it',
  'html-figcaption': 'a <figcaption> of names only is a photo caption',
  'html-link-paragraph': 'a short paragraph that is all link text points to other pages ("Related: …" lists)',
};

/** The inline credit rules that mark a line as a photo caption. */
const PHOTO_CREDIT_IN_LINE: RegExp[] = INLINE_RULES.filter((r) => r.id.startsWith('paren-')).map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')));

/** Words that address the reader: an appeal goes on while its lines use them. */
const APPEAL_CUE = /\b(you|your|yours|help us|support us|join us|stand with us|donat\w*|subscri\w*|contribut\w*|give)\b/i;
/** A quotation with a speech verb is reported speech, which ends an appeal whatever its words. */
const REPORTED_SPEECH = /["“”].*\b(said|says|told|added|stated)\b|\b(said|says|told|added|stated)\b.*["“”]/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + body.length, text: body, words: countWords(body) });
  }
  return lines;
}

/** Words in a trimmed line: runs of non-space characters. */
function countWords(s: string): number {
  let n = 1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 32 || c === 9 || c === 13 || c === 160) && s.charCodeAt(i + 1) > 32 && s.charCodeAt(i + 1) !== 160) n++;
  }
  return n;
}

function isProse(l: Line): boolean {
  return l.words >= PROSE_MIN_WORDS || (/[.!?]["”’]?$/.test(l.text) && l.words >= 5);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const AGENCY_SUFFIX = new RegExp(`(?:^|\\s)(?:\\(\\s*)?(${PHOTO_AGENCIES.map(escapeRe).sort((a, b) => b.length - a.length).join('|')})(?:\\s*\\/\\s*[\\p{L} .'-]{1,40})?(?:\\s*\\))?$`, 'u');

/**
 * A caption line of names: one to eight capitalised words (name particles allowed), no headline
 * words, optionally ending in a picture agency ("Ali Shamkhani Reuters"). Returns where the names
 * end and where the credit starts (creditAt = length when there is no credit).
 */
function captionLine(s: string): { nameEnd: number; creditAt: number } | null {
  let names = s;
  let creditAt = s.length;
  const m = AGENCY_SUFFIX.exec(s);
  if (m && m.index === 0) return { nameEnd: 0, creditAt: 0 };
  if (m && m.index > 0) {
    creditAt = m.index + (m[0].length - m[0].trimStart().length);
    names = s.slice(0, m.index).trimEnd();
  }
  if (!isNameRun(names)) return null;
  return { nameEnd: names.length, creditAt };
}

/** One to eight capitalised words (name particles allowed), no headline words, no digits or final punctuation. */
export function isNameRun(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  if (/[.!?:;,"“”]$/.test(s) || /\d/.test(s)) return false;
  return words.every((w) => {
    const low = w.toLowerCase().replace(/[’']s$/, '');
    if (CAPTION_STOPWORDS.has(low)) return false;
    if (NAME_PARTICLES.has(low.replace(/-.*$/, ''))) return true;
    return /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(al|el|bin|abu)-\p{L}+$/iu.test(w);
  });
}

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIMESTAMP_TOKEN = new RegExp(
  `^(?:${WEEKDAY}|${MONTH}|\\d{1,4}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,2}:\\d{2}(?::\\d{2})?|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|cet|ist|published|updated|last|posted|on|at|[-–—,./|:،؛•·]+)$`,
  'i',
);

/** "Wed - 14 Aug 2019 - 02:58 AM ،،،", "Published: March 3, 2020 10:12 GMT": a line of only date and time words. */
export function isTimestampLine(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 14) return false;
  const ok = (w: string) => {
    const bare = w.replace(/[,;|،]+$/u, '').replace(/(?<=\p{L}):$/u, '');
    return !bare || TIMESTAMP_TOKEN.test(bare);
  };
  if (!words.every(ok)) return false;
  return new RegExp(`\\b${MONTH}|\\b\\d{4}\\b`, 'i').test(s) && /\d/.test(s);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date written in a timestamp line, as `YYYY-MM-DD`, or null. */
export function dateInTimestamp(s: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s*,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return valid(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]);
  m = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return valid(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]);
  return null;
}

function valid(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Found {
  start: number;
  end: number;
  kind: BoilerplateKind;
  rule: string;
}

// Words inside a place are separated by single spaces only: a separator that the word's own
// characters could also match ("-") would let a failing match retry exponentially many splits.
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’.-]+(?:[ -]\\p{Lu}[\\p{Ll}'’.-]+){0,2}";
const DASH = '(?:--|—|–|-)';
/** Months as datelines write them, capitalised: "March 14", "Nov. 5", "NOV 5". */
const DATELINE_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE|JUN|JULY|JUL|AUG|SEPT?|OCT|NOV|DEC)';
const DATE_BIT = `(?:,\\s*${DATELINE_MONTH}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
const REGION = `(?:,\\s*${TITLE_PLACE})`;
const AGENCY_NAME = `(?:${DATELINE_AGENCIES}|\\p{Lu}{2,6})`;
const RE_AGENCY = new RegExp(
  `^((?:${CAPS_PLACE}|${TITLE_PLACE})${REGION}?${DATE_BIT}?)\\s*\\(${AGENCY_NAME}\\)\\s*(?:${DASH}|:)\\s*`,
  'u',
);
/** "Tehran, IRNA --", "TEHRAN, Nov. 5, IRNA –": the agency after a comma. */
const RE_AGENCY_COMMA = new RegExp(`^((?:${CAPS_PLACE}|${TITLE_PLACE})${DATE_BIT}?),\\s*(${AGENCY_NAME})\\s*${DASH}\\s+`, 'u');
/** "Nov. 5 (UPI) --": a dated agency credit without a place. */
const RE_DATE_AGENCY = new RegExp(`^(${DATELINE_MONTH}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s*\\((${AGENCY_NAME})\\)\\s*(?:${DASH}|:)\\s*`, 'u');
/** "Gaza, Palestine —": a place and its region before a dash. */
const RE_REGION = new RegExp(`^(${TITLE_PLACE}${REGION})\\s*${DASH}\\s+`, 'u');
/** "(CNN) —", "(AFP) -": an agency credit opening the story, with no place. */
const RE_OPENING_CREDIT = new RegExp(`^\\(${AGENCY_NAME}\\)\\s*(?:${DASH}\\s*)?`, 'u');
/** "EXCLUSIVE:", "Analysis |", "WATCH -": a label before the story. */
const RE_KICKER_WORD = /^([\p{L}&]+(?: [\p{L}&]+){0,2})\s*(?::|\||[-–—](?=\s))\s*/u;
/** "New Delhi: …", "Tehran: …": a known place (gazetteer) of one to three title-case words before a colon. */
const RE_TITLE_COLON = new RegExp(`^(${TITLE_PLACE})\\s*:\\s+(?=\\p{Lu}|["“'‘])`, 'u');
const RE_CAPS = new RegExp(`^(${CAPS_PLACE}${REGION}?${DATE_BIT}?)\\s*(?:${DASH}\\s+|:\\s+)`, 'u');
const RE_DATED = new RegExp(`^(${TITLE_PLACE}${REGION}?${DATE_BIT})\\s*${DASH}\\s+`, 'u');
const RE_SLASH = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*\/\s+(?=\S)/u;
const RE_KICKER = /^(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,5}):\s+/u;

/** Datelines at the start of `s` (the opening of the first prose line). Offsets are into `s`. */
export function findDateline(s: string, outlet: string | null): Found[] {
  const kick = RE_KICKER_WORD.exec(s);
  if (kick && KICKER_WORDS.has(kick[1].toLowerCase().replace(/\s+/g, ' '))) {
    // "EXCLUSIVE: DUBAI (Reuters) -": the kicker, then perhaps a real dateline after it
    const rest = s.slice(kick[0].length);
    const after = findDateline(rest, outlet).map((f) => ({ ...f, start: f.start + kick[0].length, end: f.end + kick[0].length }));
    return [{ start: 0, end: kick[0].trimEnd().length, kind: 'navigation', rule: 'kicker' }, ...after];
  }
  let m = RE_OPENING_CREDIT.exec(s);
  if (m) return [{ start: 0, end: m[0].trimEnd().length, kind: 'credit', rule: 'opening-credit' }];
  m = RE_AGENCY.exec(s);
  if (m) {
    const open = s.indexOf('(', m[1].length);
    const close = s.indexOf(')', open);
    return [
      { start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-agency' },
      { start: open, end: close + 1, kind: 'credit', rule: 'dateline-credit' },
    ];
  }
  m = RE_AGENCY_COMMA.exec(s) ?? RE_DATE_AGENCY.exec(s);
  if (m) {
    const at = m[0].lastIndexOf(m[2]);
    const open = s[at - 1] === '(' ? at - 1 : at;
    const close = s[at + m[2].length] === ')' ? at + m[2].length + 1 : at + m[2].length;
    return [
      { start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-agency' },
      { start: open, end: close, kind: 'credit', rule: 'dateline-credit' },
    ];
  }
  m = RE_CAPS.exec(s);
  if (m && /\p{Lu}{3}/u.test(m[1]) && m[1].replace(/[^\p{L}]/gu, '').length >= 3) {
    return [{ start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-caps' }];
  }
  m = RE_DATED.exec(s);
  if (m) return [{ start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-dated' }];
  m = RE_TITLE_COLON.exec(s);
  if (m && lookupPlace(m[1])) return [{ start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-colon' }];
  m = RE_REGION.exec(s);
  if (m) return [{ start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-region' }];
  m = RE_SLASH.exec(s);
  if (m) return [{ start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-slash' }];
  m = RE_KICKER.exec(s);
  if (m) {
    const label = m[1].trim();
    const glued = /\p{Ll}\p{Lu}/u.test(label.replace(/\b(Mc|Mac|al|el|Al|El)(?=\p{Lu})/gu, ''));
    const outletFirst = !!outlet && norm(label).startsWith(norm(outlet)) && norm(label) !== norm(outlet);
    if (glued || outletFirst) {
      return [
        { start: 0, end: m[0].trimEnd().length, kind: 'dateline', rule: 'dateline-kicker' },
        { start: 0, end: label.length, kind: 'navigation', rule: 'outlet-kicker' },
      ];
    }
  }
  return [];
}

/** Sorted by start; a range inside another of the same kind is dropped; identical ranges merged. */
function tidy(bs: Boilerplate[], text: string): Boilerplate[] {
  const sorted = [...bs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Boilerplate[] = [];
  for (const b of sorted) {
    const inside = out.some((o) => o.start <= b.start && b.end <= o.end && (o.kind === b.kind || (o.kind !== 'dateline' && b.kind !== 'dateline' && b.kind !== 'navigation')));
    if (inside) continue;
    // "(AP/…) (AP/…)": credits (or captions) side by side on one line are one range, so that the
    // sentence they make up is seen as boilerplate as a whole
    const prev = out[out.length - 1];
    if (prev && prev.kind === b.kind && (b.kind === 'credit' || b.kind === 'caption') && b.start >= prev.end && /^[ \t]*$/.test(text.slice(prev.end, b.start))) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, b.end) };
      continue;
    }
    out.push(b);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
