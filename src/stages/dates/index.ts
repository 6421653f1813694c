import * as chrono from 'chrono-node';
import type { Analysis, DatePrecision, DateRef, Span } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { DATE_RULES, FUTURE_CUES, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, SEASONS, WEEKDAYS, YEAR_NUMBER, type DateRule } from '../../lexicons/time.js';
import { keptOut } from '../shared/boilerplate.js';

/**
 * Every date expression of the body, resolved against the published date (`ctx.reference`)
 * as news reads: weekdays and bare months lie in the past of the published date, "that year"
 * is the year the text last named, and a date is only as precise as its words. Our rules run
 * first; chrono-node then adds the calendar dates it knows ("July 2", "14 Aug 2019").
 * With no published date, anything relative resolves to null, never to today.
 */
export const dates: Stage = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run(a, ctx) {
    return { dates: findDates(a, ctx.reference) };
  },
};

interface Candidate {
  start: number;
  end: number;
  sentence: number;
  rule: DateRule | null; // null: chrono-node
  groups: Record<string, string | undefined>;
  chrono?: chrono.ParsedResult;
}

/**
 * The rules' patterns are long and tried at every position, so each first needs its key words
 * (`DateRule.needs`) in the sentence, found by one scan for all of them: every list of words of a
 * rule gets a bit, and a rule runs only on a sentence holding all of its bits. The scan also notes
 * where each list's words stand (see LEAD_WORDS) and whether a month is named (for chrono-node).
 */
const keyBits = { exact: new Map<string, number>(), caseless: new Map<string, number>(), prefixes: [] as { prefix: string; caseless: boolean; bit: number }[], year: 0 };
let nextBit = 0;
const COMPILED = DATE_RULES.map((rule) => {
  let needs = 0;
  const anchor = nextBit; // the bit of the first list, whose words bound where a match can lie
  for (const words of rule.needs) {
    const bit = 1 << nextBit++;
    needs |= bit;
    for (const w of words) {
      if (w === YEAR_NUMBER) keyBits.year |= bit;
      else if (w.endsWith('*')) keyBits.prefixes.push({ prefix: rule.caseless ? w.slice(0, -1).toLowerCase() : w.slice(0, -1), caseless: rule.caseless, bit });
      else {
        const map = rule.caseless ? keyBits.caseless : keyBits.exact;
        const k = rule.caseless ? w.toLowerCase() : w;
        map.set(k, (map.get(k) ?? 0) | bit);
      }
    }
  }
  if (nextBit > 31) throw new Error('too many lists of key words for one bit each');
  return { rule, re: new RegExp(rule.pattern, rule.caseless ? 'gi' : 'g'), needs, anchor };
});
/** Month names and abbreviations in lower case, as CALENDAR reads them (any case). */
const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS].map((m) => m.toLowerCase()));
/**
 * Any key word or month, in any case (a prefix key takes the rest of its word), or a word that
 * begins with a year. Every alternative is a whole word, so a match is always one whole word as
 * `\b` reads it.
 */
const KEY_SCAN = new RegExp(
  `\\b(?:${[...keyBits.exact.keys(), ...keyBits.caseless.keys(), ...MONTH_WORDS, ...keyBits.prefixes.map((p) => `${p.prefix}\\w*`)].join('|')})\\b|\\b(?:1[89]|20)\\d\\d`,
  'gi',
);

/** What one scan of a sentence finds. */
interface SentenceKeys {
  /** Which lists of `needs` the sentence holds a word of. */
  bits: number;
  /** A month name or abbreviation as a word, in any case. */
  month: boolean;
}
/**
 * Where the words of each list of `needs` begin in the sentence last scanned, first and last
 * (offsets into its text; -1 when none): one table, reused sentence after sentence.
 */
const KEY_FIRST = new Int32Array(nextBit);
const KEY_LAST = new Int32Array(nextBit);

/** What a word the key scan found (not a year) says: the lists of `needs` it is in, and whether it names a month. */
interface KeyWord {
  bits: number;
  month: boolean;
}
/**
 * The words the key scan finds, as written, with what each says: the same few come back sentence
 * after sentence ("this", "last", "may", "year"), so each is lower-cased and looked up once.
 */
const keyWords = new Map<string, KeyWord>();
function keyWordOf(w: string): KeyWord {
  let k = keyWords.get(w);
  if (!k) {
    const lower = w.toLowerCase();
    let bits = (keyBits.exact.get(w) ?? 0) | (keyBits.caseless.get(lower) ?? 0);
    for (const p of keyBits.prefixes) if ((p.caseless ? lower : w).startsWith(p.prefix)) bits |= p.bit;
    k = { bits, month: MONTH_WORDS.has(lower) };
    if (keyWords.size >= 5000) keyWords.clear(); // (bounded: "year…" takes any word that begins so)
    keyWords.set(w, k);
  }
  return k;
}

/** The key words and month names of a sentence's text, and where the key words stand. */
function keysOf(st: string): SentenceKeys {
  KEY_FIRST.fill(-1);
  KEY_LAST.fill(-1);
  let bits = 0;
  let month = false;
  KEY_SCAN.lastIndex = 0;
  for (let m = KEY_SCAN.exec(st); m; m = KEY_SCAN.exec(st)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    let wordBits = 0;
    if (c >= 48 && c <= 57) wordBits = keyBits.year;
    else {
      const k = keyWordOf(w);
      wordBits = k.bits;
      if (k.month) month = true;
    }
    bits |= wordBits;
    // where the lists' words stand
    for (let b = 0; wordBits; b++, wordBits >>>= 1) {
      if (!(wordBits & 1)) continue;
      if (KEY_FIRST[b] < 0) KEY_FIRST[b] = m.index;
      KEY_LAST[b] = m.index;
    }
  }
  return { bits, month };
}

/** [A-Za-z0-9_]: the characters of a word as `\b` reads it (no `u` flag). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isWordChar = (c: number) => c < 128 && WORD_CHAR[c] === 1;

/**
 * Every match of a rule begins a word (its pattern opens on `\b` and a word character), and no
 * rule writes more than six words before the first word of its first list of `needs` ("Earlier in
 * the first quarter of 2019"): so a match begins at a word no more than LEAD_WORDS words before
 * one of that list's words in the sentence, and never after the last of them.
 */
const LEAD_WORDS = 8;
/** The start of the `n`th word before the word at `at` in `st`, or 0. */
function wordsBefore(st: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n; k++) {
    while (i > 0 && !isWordChar(st.charCodeAt(i - 1))) i--;
    if (i <= 0) return 0;
    while (i > 0 && isWordChar(st.charCodeAt(i - 1))) i--;
  }
  return i;
}
/** The groups of a match without named groups ("recently"): read, never written. */
const NO_GROUPS: Record<string, string | undefined> = Object.freeze({});
/** chrono-node results we keep name a month or write a numeric date. */
const CALENDAR = new RegExp(`\\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}`, 'i');
/**
 * Is there a number for chrono-node to read? A result we keep writes a numeric date, or names a
 * month, and chrono-node (strict) reads a month name only beside a day or a year: digits, or an
 * ordinal word ("October first", "the twenty-second of May"). Without either, chrono-node finds
 * nothing we keep, so it need not run.
 */
const NUMBER_OR_ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;

/**
 * Could chrono-node find a date we keep between `start` and `end`? Only where a month name (or
 * numeric date) and a number meet, outside the skipped spans, since a date that overlaps one is
 * dropped ("date 2019-07-23" stamps, captions). The parts between skipped spans are tested apart,
 * as a kept date lies within one (in any order of `skip`, every untested character is skipped).
 */
function mayHoldCalendarDate(text: string, start: number, end: number, skip: readonly Span[]): boolean {
  let from = start;
  for (const b of skip) {
    if (b.end <= from || b.start >= end) continue;
    if (b.start > from && partHolds(text.slice(from, b.start))) return true;
    from = Math.max(from, b.end);
  }
  return from < end && partHolds(text.slice(from, end));
}
const partHolds = (part: string) => CALENDAR.test(part) && NUMBER_OR_ORDINAL.test(part);
/** CALENDAR's numeric dates alone. */
const NUMERIC_DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/**
 * `mayHoldCalendarDate` for a sentence, from what the key scan found: with no skipped span in
 * it, the sentence is one part, which names a month (a word the scan saw) or else writes a
 * numeric date (which holds a digit, so the number is there too), and holds a digit or an
 * ordinal word.
 */
function sentenceMayHoldCalendarDate(text: string, st: string, s: Span, skip: readonly Span[], keys: SentenceKeys): boolean {
  if (overlapsAny(skip, s.start, s.end)) return mayHoldCalendarDate(text, s.start, s.end, skip);
  return keys.month ? NUMBER_OR_ORDINAL.test(st) : NUMERIC_DATE.test(st);
}
const FUTURE = FUTURE_CUES.map((c) => new RegExp(c.pattern, 'i'));
/** A "date 2019-07-23" line some scrapes put before the body: a boilerplate stamp, not a date the text talks about. */
const DATE_LINE = /^\s*date\s+\d{4}-\d{2}-\d{2}/i;

export function findDates(a: Pick<Analysis, 'doc' | 'sentences'>, reference: string | null): DateRef[] {
  const text = a.doc.text;
  const skip = keptOut(a.doc);
  const lineMatch = DATE_LINE.exec(text);
  if (lineMatch) skip.push({ start: 0, end: lineMatch[0].length, kind: 'date-line', rule: 'leading date stamp' });
  const cands: Candidate[] = [];
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12)); // chrono-node reads it, never changes it
  for (const s of a.sentences) {
    if (s.boilerplate) continue;
    const st = text.slice(s.start, s.end);
    const keys = keysOf(st);
    for (const { rule, re, needs, anchor } of COMPILED) {
      if ((keys.bits & needs) !== needs) continue; // a word the rule needs is missing: it cannot match
      // the search starts a few words before the first word of the rule's first list, and stops
      // once it has passed the last such word (see LEAD_WORDS)
      re.lastIndex = wordsBefore(st, KEY_FIRST[anchor], LEAD_WORDS);
      const last = KEY_LAST[anchor];
      for (let m = re.exec(st); m; m = re.lastIndex <= last ? re.exec(st) : null) {
        if (!m[0].trim()) { re.lastIndex++; continue; }
        const lead = m[0].length - m[0].trimStart().length;
        const c: Candidate = { start: s.start + m.index + lead, end: s.start + m.index + m[0].trimEnd().length, sentence: s.index, rule, groups: m.groups ?? NO_GROUPS };
        if (rule.kind === 'season' && !c.groups.year && !c.groups.yearword && !c.groups.rel) continue; // "the fall of Netanyahu", "a summer camp"
        if (rule.kind === 'month' && c.groups.month === 'May' && !/\b(?:in|of|since|until|by|from|and|early|late|mid|last|next|this)\s+$/i.test(st.slice(0, m.index + m[0].indexOf('May')))) continue;
        cands.push(c);
      }
    }
    // chrono-node only for what it adds: calendar dates, which carry a month name or digits, and a number
    const results = sentenceMayHoldCalendarDate(text, st, s, skip, keys) ? chrono.en.strict.parse(st, { instant: ref, timezone: 0 }) : [];
    for (const r of results) {
      const k = r.start;
      if (!k.isCertain('day') && !k.isCertain('month') && !k.isCertain('year')) continue; // times alone, or weekdays (ours)
      if (!CALENDAR.test(r.text)) continue; // durations and relative phrases ("for 30 minutes", "a day after") are not dates
      let start = s.start + r.index;
      const before = st.slice(0, r.index);
      const prep = /\b(?:on|in|at|since|by|from|of|until)\s+$/i.exec(before);
      if (prep) start = s.start + prep.index;
      cands.push({ start, end: s.start + r.index + r.text.trimEnd().length, sentence: s.index, rule: null, groups: {}, chrono: r });
    }
  }
  const kept = pickLongest(outsideAll(cands, skip));
  const out: DateRef[] = [];
  let lastYear: { year: number; sentence: number } | null = null;
  /** The last date told with a value (none from the published date's own words like "this year"). */
  let lastDate: { value: string; sentence: number } | null = null;
  const refDate = reference ? new Date(`${reference}T12:00:00Z`) : null;
  for (const c of kept) {
    const r = resolve(c, refDate, lastYear, text, a.sentences[c.sentence].start, lastDate);
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: r.value, precision: r.value ? r.precision : null, rule: r.rule });
    if (r.namedYear !== null) lastYear = { year: r.namedYear, sentence: c.sentence };
    if (r.value) lastDate = { value: r.value, sentence: c.sentence };
  }
  return out;
}

/** Overlapping candidates: the longer wins; on a tie, our rules (listed first) win over chrono-node. */
function pickLongest(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort(longerFirst);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!overlapsAny(kept, c.start, c.end)) kept.push(c);
  return kept.sort(byStart);
}

// The helpers of findDates and pickLongest, not made per call (see shared/keep-last.ts).
/** Does any of the spans overlap [start, end)? (`spans.some((b) => start < b.end && b.start < end)`) */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (start < spans[k].end && spans[k].start < end) return true;
  return false;
}
/** The candidates that overlap none of the spans, in order. */
function outsideAll(cands: readonly Candidate[], spans: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (!overlapsAny(spans, c.start, c.end)) out.push(c);
  return out;
}
/** Where a candidate's rule is listed (chrono-node's after all of ours). */
const ruleOrder = (c: Candidate) => (c.rule ? DATE_RULES.indexOf(c.rule) : DATE_RULES.length);
const longerFirst = (x: Candidate, y: Candidate) => (y.end - y.start) - (x.end - x.start) || ruleOrder(x) - ruleOrder(y);
const byStart = (x: Candidate, y: Candidate) => x.start - y.start;

interface Resolved {
  value: string | null;
  precision: DatePrecision | null;
  rule: string;
  /** A year the words themselves name, for later "that year". */
  namedYear: number | null;
}

/** A word right before a month named alone that places it against the published date: "last September". */
const MONTH_RELATIVE = /\b(last|past|this|next|coming)\s+$/i;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

// The results resolve() gives, not made per call (see shared/keep-last.ts).
const none = (rule: string, namedYear: number | null = null): Resolved => ({ value: null, precision: null, rule, namedYear });
const day = (d: Date, rule: string): Resolved => ({ value: ymd(d), precision: 'day', rule, namedYear: null });
const month = (y: number, m: number, rule: string, named = false): Resolved => ({ value: ym(y, m), precision: 'month', rule, namedYear: named ? y : null });
const year = (y: number, rule: string, named = false): Resolved => ({ value: String(y), precision: 'year', rule, namedYear: named ? y : null });

/** `ref` is the published date at noon (never changed here); the words before the date are text[sentenceStart, c.start). */
function resolve(c: Candidate, ref: Date | null, lastYear: { year: number; sentence: number } | null, text: string, sentenceStart: number, lastDate: { value: string; sentence: number } | null = null): Resolved {
  const g = c.groups;
  /** The year a year-word refers to ("that year"), or an explicit year. */
  const yearOf = (): { y: number | null; named: boolean; how: string } => {
    if (g.year) return { y: Number(g.year), named: true, how: 'named' };
    const w = g.yearword?.toLowerCase();
    if (!w) return { y: null, named: false, how: '' };
    if (w === 'this year') return { y: ref ? ref.getUTCFullYear() : null, named: false, how: 'this-year' };
    if (w === 'last year') return { y: ref ? ref.getUTCFullYear() - 1 : null, named: false, how: 'last-year' };
    const base = lastYear?.year ?? null;
    if (base === null) return { y: null, named: false, how: 'that-year-unknown' };
    const shift = /following|next/.test(w) ? 1 : /previous/.test(w) ? -1 : 0;
    return { y: base + shift, named: true, how: 'that-year' };
  };
  /** Year of a month named with no year: one the text just named, else the most recent past occurrence. */
  const yearForMonth = (m: number): { y: number | null; how: string } => {
    if (lastYear && (c.sentence - lastYear.sentence <= 3 || !ref)) return { y: lastYear.year, how: 'year-in-context' };
    if (ref) return { y: ref.getUTCMonth() + 1 >= m ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1, how: 'past-of-published' };
    return { y: null, how: 'no-reference' };
  };
  /** Does the clause before the date, or the date's own modifier, point ahead? (Only weekdays ask.) */
  const future = () => {
    const before = text.slice(sentenceStart, c.start);
    const clause = before.slice(Math.max(0, before.length - 80)).split(/[.;:“”"]|, (?:and|but) /).pop() ?? '';
    return FUTURE.some((re) => re.test(clause)) || /^(?:.*\b)?next\b/i.test(g.mod ?? '');
  };

  if (!c.rule) return resolveChrono(c.chrono!, ref);
  const kind = c.rule.kind;
  switch (kind) {
    case 'weekday': {
      if (!ref) return none('weekday:no-reference');
      const w = WEEKDAYS.indexOf(g.day as (typeof WEEKDAYS)[number]);
      const r = ref.getUTCDay();
      const mod = g.mod?.toLowerCase();
      if (mod === 'next' || (mod !== 'last' && mod !== 'past' && mod !== 'previous' && future())) return day(addDays(ref, (w - r + 7) % 7 || 7), 'weekday:future');
      if (mod === 'last' || mod === 'past' || mod === 'previous') return day(addDays(ref, -((r - w + 7) % 7 || 7)), 'weekday:last');
      return day(addDays(ref, -((r - w + 7) % 7)), (r === w ? 'weekday:published-day' : 'weekday:past'));
    }
    case 'relative-day': {
      if (!ref) return none('relative-day:no-reference');
      const rel = g.rel!.toLowerCase();
      const n = rel === 'yesterday' ? -1 : rel === 'the day before yesterday' ? -2 : rel === 'tomorrow' ? 1 : 0;
      return day(addDays(ref, n), `relative-day:${rel.replace(/ /g, '-')}`);
    }
    case 'part-of-month':
    case 'month-year':
    case 'month': {
      const m = MONTHS.indexOf(g.month as (typeof MONTHS)[number]) + 1;
      const y = yearOf();
      if (y.y !== null) return month(y.y, m, `${kind}:${y.how}`, y.named);
      if (g.yearword) return none(`${kind}:${y.how}`);
      // "last September", "next March", "this May": relative to the published date, whatever year the text named before
      const rel = kind === 'month' && ref ? MONTH_RELATIVE.exec(text.slice(Math.max(sentenceStart, c.start - 12), c.start))?.[1]?.toLowerCase() : undefined;
      if (rel && ref) {
        const refY = ref.getUTCFullYear();
        const refM = ref.getUTCMonth() + 1;
        const yr = rel === 'this' ? refY : rel === 'next' || rel === 'coming' ? (refM < m ? refY : refY + 1) : refM > m ? refY : refY - 1;
        return month(yr, m, `month:${rel}`);
      }
      const z = yearForMonth(m);
      return z.y !== null ? month(z.y, m, `${kind}:${z.how}`) : none(`${kind}:${z.how}`);
    }
    case 'season': {
      const y = yearOf();
      const season = g.season!.toLowerCase();
      if (y.y !== null) return year(y.y, `season:${y.how}`, y.named);
      const rel = g.rel?.toLowerCase();
      if (!rel || !ref) return none('season:unfixed');
      const months = SEASONS[season];
      const refY = ref.getUTCFullYear();
      if (season === 'winter') return none('season:winter-spans-years');
      if (rel === 'this') return year(refY, 'season:this');
      if (rel === 'next') return year(ref.getUTCMonth() + 1 < months[0] ? refY : refY + 1, 'season:next');
      return year(ref.getUTCMonth() + 1 > months[months.length - 1] ? refY : refY - 1, 'season:last');
    }
    case 'year': {
      const y = Number(g.year);
      return year(y, `${c.rule.name}:named`, true);
    }
    case 'relative-period': {
      if (!ref) return none('relative-period:no-reference');
      const rel = g.rel!.toLowerCase();
      const unit = g.unit!.toLowerCase();
      const dir = /next|following/.test(rel) ? 1 : /this/.test(rel) ? 0 : -1;
      const Y = ref.getUTCFullYear();
      const Mo = ref.getUTCMonth() + 1;
      if (unit === 'year') return year(Y + dir, `relative-period:${rel.replace(/ /g, '-')}-year`);
      if (unit === 'month') {
        const t = new Date(Date.UTC(Y, Mo - 1 + dir, 15));
        return month(t.getUTCFullYear(), t.getUTCMonth() + 1, `relative-period:${rel.replace(/ /g, '-')}-month`);
      }
      // a week: Monday to Sunday; as precise as the week allows
      const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * dir);
      const sunday = addDays(monday, 6);
      const tag = `relative-period:${rel.replace(/ /g, '-')}-week`;
      if (monday.getUTCMonth() === sunday.getUTCMonth()) return month(monday.getUTCFullYear(), monday.getUTCMonth() + 1, tag);
      if (monday.getUTCFullYear() === sunday.getUTCFullYear()) return year(monday.getUTCFullYear(), `${tag}:spans-months`);
      return none(`${tag}:spans-years`);
    }
    case 'ago': {
      if (!ref) return none('ago:no-reference');
      const n = /^\d+$/.test(g.n!) ? Number(g.n) : NUMBER_WORDS[g.n!.toLowerCase()];
      const unit = g.unit!.toLowerCase();
      const dir = /later/i.test(g.dir!) ? 1 : -1;
      if (/earlier|before|later/i.test(g.dir!)) {
        // "In March 2023 they met … Six months later, …": counted from the date told just before
        // (within three sentences, and only at the start of a clause: "two days before the vote"
        // counts from an event that has no date here)
        const opens = /(?:^|[,;:]\s*|\b(?:and|but|then|when|until)\s+)$/i.test(text.slice(sentenceStart, c.start));
        const base = lastDate && c.sentence - lastDate.sentence <= 3 && opens && /earlier|later/i.test(g.dir!) ? lastDate : null;
        const n2 = /^\d+$/.test(g.n!) ? Number(g.n) : NUMBER_WORDS[g.n!.toLowerCase()];
        if (!base || !Number.isFinite(n2)) return none('ago:relative-to-other-event');
        const [by, bm, bd] = base.value.split('-').map(Number);
        if (unit === 'day' && bd) return day(addDays(new Date(Date.UTC(by, bm - 1, bd, 12)), dir * n2), 'later:days-from-date-before');
        if ((unit === 'week' || unit === 'month') && bm) {
          const t = unit === 'week' && bd ? addDays(new Date(Date.UTC(by, bm - 1, bd, 12)), dir * 7 * n2) : new Date(Date.UTC(by, bm - 1 + (unit === 'month' ? dir * n2 : 0), 15));
          return month(t.getUTCFullYear(), t.getUTCMonth() + 1, `later:${unit}s-from-date-before`);
        }
        if (unit === 'year') return year(by + dir * n2, 'later:years-from-date-before');
        return none('ago:relative-to-other-event');
      }
      if (!Number.isFinite(n)) return none('ago:unknown-count');
      if (unit === 'day') return day(addDays(ref, dir * n), 'ago:days');
      if (unit === 'week') { const t = addDays(ref, dir * 7 * n); return month(t.getUTCFullYear(), t.getUTCMonth() + 1, 'ago:weeks'); }
      if (unit === 'month') { const t = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + dir * n, 15)); return month(t.getUTCFullYear(), t.getUTCMonth() + 1, 'ago:months'); }
      return year(ref.getUTCFullYear() + dir * n, 'ago:years');
    }
    case 'that-year': {
      const y = yearOf();
      return y.y !== null ? year(y.y, 'that-year:last-named', false) : none('that-year:none-named');
    }
    case 'vague':
      return none('vague');
  }
  return none('unknown');
}

/** Calendar dates chrono-node reads; a missing year is the most recent one up to the published date. */
function resolveChrono(r: chrono.ParsedResult, ref: Date | null): Resolved {
  const k = r.start;
  const y = k.isCertain('year') ? k.get('year')! : null;
  const m = k.isCertain('month') ? k.get('month')! : null;
  const d = k.isCertain('day') ? k.get('day')! : null;
  if (y !== null && m !== null && d !== null) return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', rule: 'chrono:full-date', namedYear: y };
  if (y !== null && m !== null) return { value: ym(y, m), precision: 'month', rule: 'chrono:month-year', namedYear: y };
  if (m !== null && d !== null) {
    if (!ref) return { value: null, precision: null, rule: 'chrono:no-year-no-reference', namedYear: null };
    const refKey = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
    const yy = m * 100 + d <= refKey ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
    return { value: `${yy}-${pad(m)}-${pad(d)}`, precision: 'day', rule: 'chrono:past-of-published', namedYear: null };
  }
  if (k.isCertain('day') && ref) {
    // relative days chrono counts itself ("three days ago"): its date is already against the reference
    return { value: ymd(k.date()), precision: 'day', rule: 'chrono:relative', namedYear: null };
  }
  if (y !== null) return { value: String(y), precision: 'year', rule: 'chrono:year', namedYear: y };
  return { value: null, precision: null, rule: 'chrono:unfixed', namedYear: null };
}
