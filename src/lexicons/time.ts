// Words and rules for date expressions in news text. Data only: src/stages/dates reads it.

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations chrono-node already reads inside full dates ("14 Aug 2019"); listed so bare-month rules skip them. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** Months of each season (northern hemisphere, as the outlets we read write). Winter spans two years. */
export const SEASONS: Record<string, number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, 'a few': NaN, 'a couple of': 2, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: NaN, few: NaN,
};

/**
 * Words before a date that belong to the expression ("Earlier on Sunday", "Also on Sunday",
 * "In late January"): kept in the span so `date_text` reads as the article wrote it.
 */
export const LEAD_ADVERBS = ['earlier', 'later', 'also', 'again', 'then', 'and'] as const;
export const LEAD_PREPOSITIONS = ['on', 'in', 'at', 'during', 'since', 'until', 'by', 'from', 'of', 'before', 'after'] as const;

/**
 * Cues that a weekday in the same clause lies ahead of the published date, not behind it:
 * "will meet on Monday", "talks are scheduled for Sunday".
 */
export const FUTURE_CUES: { pattern: string; reason: string }[] = [
  { pattern: "\\b(?:will|shall|'ll)\\b", reason: 'future auxiliary: the act is still to come' },
  { pattern: '\\b(?:is|are|was|were) (?:scheduled|due|set|expected|slated|planned) (?:to|for)\\b', reason: 'scheduled for later' },
  { pattern: '\\b(?:plans?|planned|intends?|intended) to\\b', reason: 'a stated plan' },
  { pattern: '\\bnext\\b', reason: '"next Monday" points forward' },
  { pattern: '\\bupcoming\\b', reason: 'an upcoming event lies ahead' },
];

export type DateRuleKind =
  | 'weekday'
  | 'relative-day'
  | 'part-of-month'
  | 'month-year'
  | 'month'
  | 'season'
  | 'year'
  | 'relative-period'
  | 'ago'
  | 'that-year'
  | 'vague';

export interface DateRule {
  name: string;
  kind: DateRuleKind;
  /** Source of a regular expression (flags `g` plus `i` when `caseless`). Named groups feed the resolver. */
  pattern: string;
  caseless: boolean;
  /**
   * Words a match cannot do without, for a cheap test before the pattern runs: every list names
   * whole words one of which each match holds (written as in `pattern`: any case when `caseless`,
   * else exactly). `YEAR_NUMBER` stands for a word that begins with a year from 1800 to 2099, and
   * a word ending in `*` for any word it begins ("year*": "year", "years", "yearly").
   */
  needs: readonly (readonly string[])[];
  reason: string;
}

/** In `needs`: a year written in digits, 1800–2099. */
export const YEAR_NUMBER = '#year';
/** The words that name a part of a month or year: "early", "mid-", "the end of", "the start of". */
const PART_WORDS = ['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle'];
const SEASON_WORDS = ['spring', 'summer', 'autumn', 'fall', 'winter'];

const W = WEEKDAYS.join('|');
const M = MONTHS.join('|');
/** Either case for the first letter, so case-sensitive rules still take a sentence-initial "In"/"Earlier". */
const cap = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
const LEAD = `(?:\\b(?:${LEAD_ADVERBS.map(cap).join('|')})\\s+)?(?:\\b(?:${LEAD_PREPOSITIONS.map(cap).join('|')})\\s+)?`;
const YEAR_REF = `(?<year>1[89]\\d\\d|20\\d\\d)|(?<yearword>that year|the same year|the following year|the next year|the previous year|this year|last year)`;

/**
 * The news rules chrono-node lacks, tried on every sentence; the longest match wins where two
 * overlap, and chrono-node fills in the explicit calendar dates ("July 2", "14 Aug 2019").
 */
export const DATE_RULES: DateRule[] = [
  {
    name: 'weekday',
    kind: 'weekday',
    pattern: `${LEAD}(?:\\b(?:[aA]n?|[tT]he)\\s+)?(?:\\b(?<mod>[lL]ast|[tT]his|[nN]ext|[pP]ast|[pP]revious)\\s+)?\\b(?<day>${W})(?:[’']s)?(?:\\s+(?<part>morning|afternoon|evening|night))?\\b`,
    caseless: false,
    needs: [WEEKDAYS],
    reason: 'news names the day of the week of recent events: it lies in the past of the published date ("on Sunday", "Monday’s talks", "a Saturday meeting"), or is the published day itself',
  },
  {
    name: 'relative-day',
    kind: 'relative-day',
    pattern: `${LEAD}\\b(?<rel>the day before yesterday|yesterday|today|tomorrow|tonight|last night)\\b`,
    caseless: true,
    needs: [['yesterday', 'today', 'tomorrow', 'tonight', 'night']],
    reason: 'days counted from the published date',
  },
  {
    name: 'part-of-month',
    kind: 'part-of-month',
    pattern: `${LEAD}\\b(?<part>early|mid|late|the end of|the beginning of|the start of|the middle of)[\\s-]+(?<month>${M})\\b(?:,?\\s+(?:of\\s+)?(?:${YEAR_REF}))?`,
    caseless: false,
    needs: [MONTHS, PART_WORDS],
    reason: '"early/mid/late November" names a month, no day: the month, its year from the words or the context',
  },
  {
    name: 'part-of-year',
    kind: 'year',
    pattern: `${LEAD}\\b(?:early|mid|late|the end of|the beginning of|the start of|the middle of|the (?:first|second) half of|the (?:first|second|third|fourth|last) quarter of|the spring of|the summer of|the autumn of|the fall of|the winter of)[\\s-]+(?<year>1[89]\\d\\d|20\\d\\d)\\b`,
    caseless: true,
    needs: [[YEAR_NUMBER], [...PART_WORDS, 'half', 'quarter', ...SEASON_WORDS]],
    reason: '"mid-2019", "early 2018", "the end of 2017": within a year, the year only',
  },
  {
    name: 'month-year',
    kind: 'month-year',
    pattern: `${LEAD}\\b(?<month>${M})\\s*,?\\s+(?:of\\s+)?(?:${YEAR_REF})\\b`,
    caseless: false,
    needs: [MONTHS, [YEAR_NUMBER, 'year']],
    reason: '"October 2017", "In October of that year": a month in a named year',
  },
  {
    name: 'month',
    kind: 'month',
    pattern: `${LEAD}(?<!\\d\\s)\\b(?<month>${M})\\b(?!\\s+\\d)`,
    caseless: false,
    needs: [MONTHS],
    reason: 'a month named alone is its most recent occurrence up to the published date (or in a year the text just named)',
  },
  {
    name: 'season',
    kind: 'season',
    pattern: `${LEAD}(?:\\bthe\\s+)?(?:\\b(?<rel>last|this|next|past)\\s+)?(?:\\b(?:early|late|mid)[\\s-]?)?\\b(?<season>spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(?:${YEAR_REF}))?`,
    caseless: true,
    // a season with no year and no "last/this" is dropped; its year is not followed by \b ("summer of that years")
    needs: [SEASON_WORDS, [YEAR_NUMBER, 'year*', 'last', 'this', 'next', 'past']],
    reason: '"the summer of 2017" fixes the year only; a season with no year and no "last/this" fixes nothing',
  },
  {
    name: 'year',
    kind: 'year',
    pattern: `${LEAD}(?<![\\d.,/$£€:-])\\b(?<year>1[89]\\d\\d|20\\d\\d)\\b(?![.,/:-]?\\d)(?!\\s*(?:am|pm|people|troops|soldiers|members|fighters|km|kilometres|kilometers|miles|tons|tonnes|dollars|euros|rockets|missiles)\\b)`,
    caseless: true,
    needs: [[YEAR_NUMBER]],
    reason: 'a bare year ("in 2017") fixes the year only',
  },
  {
    name: 'relative-period',
    kind: 'relative-period',
    pattern: `${LEAD}\\b(?<rel>last|this|next|past|the past|the previous|previous|the following|earlier this|later this)\\s+(?<unit>week|month|year)\\b`,
    caseless: true,
    needs: [['week', 'month', 'year']],
    reason: '"last week/month/year" counted from the published date, as precise as the period allows',
  },
  {
    name: 'ago',
    kind: 'ago',
    pattern: `\\b(?<n>\\d{1,2}|a few|a couple of|several|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>ago|earlier|before|later)\\b`,
    caseless: true,
    needs: [['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'], ['ago', 'earlier', 'before', 'later']],
    reason: '"three days ago" counted back from the published date; weeks give the month, months the month, years the year',
  },
  {
    name: 'that-year',
    kind: 'that-year',
    pattern: `${LEAD}\\b(?<yearword>that year|the same year|the following year|the next year|the previous year)\\b`,
    caseless: true,
    needs: [['year']],
    reason: '"that year" is the year the text last named',
  },
  {
    name: 'vague',
    kind: 'vague',
    pattern: `${LEAD}\\b(?:recent|the past few|the last few|coming)\\s+(?:days|weeks|months)\\b|\\brecently\\b`,
    caseless: true,
    needs: [['days', 'weeks', 'months', 'recently']],
    reason: '"in recent days" says when only loosely: kept as words, no value',
  },
];
