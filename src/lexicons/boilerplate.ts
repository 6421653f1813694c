// Lexicons for recognising the parts of a news page that are not article prose.
// Data only: src/ingest/boilerplate.ts interprets them. Every rule carries the reason it exists.
import type { BoilerplateKind } from '../model/types.js';

export interface LineRule {
  id: string;
  kind: BoilerplateKind;
  /** Tested against one trimmed line (paragraph). */
  pattern: RegExp;
  /** A line longer than this many words is prose, not boilerplate, even when the pattern matches. */
  maxWords: number;
  /** Only among the last lines of the article (author biographies close an article). */
  tail?: boolean;
  /** Lower-case substrings of which one must be in the line before the pattern is tried (speed only). */
  cues?: readonly string[];
  reason: string;
}

/** One name in a byline: capitalised words, with the lower-case particles names and outlet names use. */
const BYLINE_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|al-\\p{L}+|el-\\p{L}+|bin|ibn|van|von|de|da|with|of|for|at|in))*";

/**
 * Whole-line rules: a line that matches is boilerplate of the given kind.
 * Patterns are anchored or phrase-specific so that prose which merely mentions a donation,
 * a newsletter or a photograph does not match.
 */
export const LINE_RULES: readonly LineRule[] = [
  // donation and membership appeals
  { id: 'donate-imperative', kind: 'donation', pattern: /^(please\s+)?(donate|make a (tax[- ]deductible )?donation|chip in)\b.{0,200}(today|now|!|charit|support|cause|work|journalism|mission)/i, maxWords: 40, reason: 'a line that opens with an imperative to donate is a fundraising appeal' },
  { id: 'make-a-donation', kind: 'donation', pattern: /^(please\s+)?make a (tax[- ]deductible |one[- ]time |monthly )?donation\b|\bmake a (tax[- ]deductible |one[- ]time |monthly )?donation\b.{0,80}(today|now|here|!)/i, maxWords: 30, cues: ['donation'], reason: '"Make a donation …!" addressed to the reader is a fundraising appeal' },
  { id: 'support-our-journalism', kind: 'donation', pattern: /\b(support|fund|back)\s+our\s+(journalism|reporting|newsroom|work|mission)\b|\bsupport (independent|quality|fearless|investigative) journalism\b.{0,80}\b(today|now|donat\w*|subscri\w*|you)\b/i, maxWords: 45, cues: ['journalism', 'our reporting', 'our newsroom', 'our work', 'our mission'], reason: 'appeals to fund the outlet are not news content' },
  { id: 'show-your-support', kind: 'donation', pattern: /\bshow your support\b|\bhelp us fight back\b|\bbecome a (member|patron|supporter|subscriber)\b|\bwe (need|rely on) (your|readers['’]?) (support|help|donations)\b/i, maxWords: 45, cues: ['support', 'fight back', 'become a', 'we need', 'we rely'], reason: 'reader-directed calls for support are fundraising appeals' },
  { id: 'do-you-love', kind: 'donation', pattern: /^do you (love|support|care about|value)\b.{0,120}\?.{0,80}\b(donat\w*|give|support|help|subscribe)\b/i, maxWords: 25, reason: 'a rhetorical "Do you love/support X?" heading opens a donation box' },
  { id: 'every-contribution', kind: 'donation', pattern: /\b(every|any) (contribution|donation|gift),? (however|no matter how) (big|small)\b/i, maxWords: 60, cues: ['contribution', 'donation', 'gift'], reason: 'standard donation-box wording' },
  // newsletters, subscriptions, social media, apps
  { id: 'newsletter', kind: 'tagline', pattern: /\b(sign up|subscribe|register)\b.{0,60}\b(newsletter|daily briefing|mailing list|our (free )?(email|alerts))\b|\b(get|receive)\b.{0,80}\b(by|via|in your) (e-?mail|inbox)\b/i, maxWords: 35, cues: ['newsletter', 'briefing', 'mailing list', 'email', 'alerts'], reason: 'newsletter sign-up prompts are page furniture' },
  { id: 'subscribe-to', kind: 'tagline', pattern: /^(subscribe|sign up|log in|register)( now| today| here)?\b.{0,80}$/i, maxWords: 20, reason: 'a short line opening with subscribe/sign up/log in is a subscription prompt' },
  { id: 'follow-us', kind: 'tagline', pattern: /\b(follow|join|like|find) us on (twitter|facebook|instagram|telegram|x|youtube|linkedin|tiktok|whatsapp|threads|social media|google news)\b|\bjoin our (telegram|whatsapp|facebook|youtube|twitter) (channel|group|page)\b|\bdownload (our|the) (free )?app\b/i, maxWords: 30, cues: [' us on', 'join our', ' app'], reason: 'social-media and app prompts are page furniture' },
  { id: 'copyright', kind: 'tagline', pattern: /^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})|\ball rights reserved\b|\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b/i, maxWords: 40, cues: ['©', '(c)', 'copyright', 'rights reserved', 'may not be'], reason: 'copyright notices are not article prose' },
  { id: 'disclaimer', kind: 'tagline', pattern: /^the (views|opinions) expressed (in this|here)\b|\b(this article|this column|these views|views expressed)\b.{0,40}\bdo not necessarily reflect\b|^this (article|story|report) (was|has been) (originally |first )?(published|updated|corrected)\b/i, maxWords: 45, cues: ['expressed', 'necessarily', 'this article', 'this story', 'this report'], reason: 'editorial disclaimers and republication notes are not news content' },
  // related-content links
  { id: 'read-more', kind: 'read-more', pattern: /^(read|see|watch|listen|also read|read also|read more|see also|more|related|recommended|more on this( story)?|related (stories|articles?|news|coverage|content|reading|topics)|most (read|popular|viewed)|trending( now)?|top stories|latest (news|stories)|more (stories|from \S+( \S+)?)|editor['’]s picks?|you may (also )?like)\s*(:|>>|»|-|–|—|\||$)/i, maxWords: 30, reason: 'a "Read more:"/"Related:" line links to another article' },
  { id: 'click-here', kind: 'read-more', pattern: /^(click|tap) here\b|\bclick here (to|for)\b/i, maxWords: 30, cues: ['click', 'tap here'], reason: 'click-through prompts link elsewhere' },
  // navigation and sharing widgets
  { id: 'share-widget', kind: 'navigation', pattern: /^(share( this( article| story| page)?)?( on (facebook|twitter|x|whatsapp|linkedin|telegram|email))?|tweet|print|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|copy link|comments?( \(\d+\))?|\d+ comments?|advertisement|sponsored( content)?|skip to (main )?content|back to top|home|menu|previous( article)?|next( article)?)[\s:|]*$/i, maxWords: 8, reason: 'share buttons, ad labels and navigation links scraped with the text' },
  { id: 'reading-aids', kind: 'navigation', pattern: /^(\d+\s*(min|mins|minutes?)\s+read|listen to (this|the) (article|story)|save (this |these |articles? |stories )?(to read later|for later)|story continues below( this)? (advertisement|ad)|continue reading|keep reading|load more|show more( comments)?|comments? (are )?closed)\b.{0,40}$/i, maxWords: 14, reason: 'reading-time, audio and "continue reading" widgets are page furniture' },
  { id: 'tags', kind: 'navigation', pattern: /^(tags|topics|related topics|filed under|categories|keywords)\s*:.{0,200}$/i, maxWords: 30, reason: 'a "Tags:"/"Topics:" list links to other pages; its names are not the story' },
  { id: 'rss-footer', kind: 'tagline', pattern: /\bappeared first on\b|^our standards:|^the thomson reuters trust principles/i, cues: ['appeared first', 'our standards', 'trust principles'], maxWords: 25, reason: 'feed footers ("The post … appeared first on …") and standards notes are page furniture' },
  { id: 'breadcrumb', kind: 'navigation', pattern: /^([A-Z][\w&'’ -]{0,25}\s*(>|»|\/|›)\s*){2,}[A-Z][\w&'’ -]{0,25}$/, maxWords: 12, reason: 'a breadcrumb trail ("Home > World > Middle East") is navigation' },
  // bylines
  { id: 'byline-by', kind: 'byline', pattern: new RegExp(`^(?:(?:Written|Posted|Reported|Compiled|Edited)\\s+)?(?:By|BY|by):?\\s+${BYLINE_NAME}(?:(?:\\s*[,&|/]\\s*|\\s+(?:and|[-–—])\\s+)${BYLINE_NAME})*\\s*$`, 'u'), maxWords: 16, reason: 'a short line opening with "By" and a name is the byline' },
  { id: 'reporting-by', kind: 'byline', pattern: /^\(?(additional )?(reporting|writing|editing|compiled|translated|translation|edited) by\b(?=.*(;|\)\s*$)|(\S+\s+){0,10}\S+\s*$)/i, maxWords: 40, reason: 'wire-service credits ("Reporting by …; Editing by …") name journalists, not actors' },
  { id: 'contributed', kind: 'byline', pattern: /\bcontributed( to)? (this|the) (report|story|article)\b|\bcontributed reporting\b|^[—–-]\s*(\p{L}+\s+){0,4}(writer|reporter|correspondent)s?\b/iu, cues: ['contributed', 'writer', 'reporter', 'correspondent'], maxWords: 35, reason: '"X contributed to this report" credits journalists, who are not actors in the story' },
  { id: 'with-correspondent', kind: 'byline', pattern: /^(?:with|from|by) (?:our|the) (?:own )?(?:correspondents?|reporters?|special envoys?|bureau)\b.{0,80}$/i, maxWords: 15, reason: '"With our correspondent in Bamako, X": a sign-off naming the reporter' },
  { id: 'news-agencies', kind: 'byline', pattern: /^(\p{Lu}[\p{L}.'’-]*\s+){0,4}(and|&) (news )?agencies$/u, maxWords: 8, reason: '"Al Jazeera and news agencies" under a headline is a byline' },
  { id: 'source-line', kind: 'credit', pattern: /^sources?\s*:\s*\p{Lu}[\p{L} ,&/.()-]{0,60}$/iu, maxWords: 6, reason: 'a short closing "Source: IRNA" line credits the story' },
  { id: 'author-bio', kind: 'byline', pattern: /^(\p{Lu}[\p{L}'’.-]+\s+){1,3}is an? (\w+\s+){0,4}(journalist|reporter|correspondent|writer|editor|columnist|contributor|fellow|analyst|researcher|scholar|lecturer|professor|author)\b/u, maxWords: 45, tail: true, cues: [' is a', ' is an'], reason: 'a closing author biography describes the writer, not the story' },
  // photo credits and captions
  { id: 'caption-copyright', kind: 'caption', pattern: /\((?:C|L|R|\d(?:st|nd|rd|th) [LR]|L to R|R to L|centre|center|left|right)\).*©\s*\p{Lu}[\p{L}.'’ -]{1,60}(?:[,/]\s*\p{Lu}[\p{L}.'’ -]{1,40})?\s*$/u, maxWords: 70, cues: ['©'], reason: 'a picture caption: who stands where in the photo "(C)", and its "© photographer, agency" credit' },
  { id: 'photo-credit-line', kind: 'credit', pattern: /^\(?(photo|photos|photograph|picture|image|images|file photo|credit|photo credit|image credit|illustration)( by| credit)?\s*(:|\/|\||\s[-–—]\s)\s*.{1,120}$/i, maxWords: 20, reason: 'a "Photo: …"/"Image: …" line credits a picture' },
  { id: 'image-source', kind: 'credit', pattern: /^(image|media|video) (source|credit)s?\s*[,:]\s*.{1,80}$/i, maxWords: 12, reason: '"Image source, Reuters" (a scraped picture credit label) credits a picture' },
  { id: 'getty-line', kind: 'credit', pattern: /^.{0,80}\b(getty images|shutterstock|alamy|afp via getty|via reuters|reuters\/\p{Lu}[\p{L}-]+|ap photo|epa-efe|flash90|anadolu agency via)\b.{0,40}$/iu, maxWords: 14, cues: ['getty', 'shutterstock', 'alamy', 'reuters', 'ap photo', 'epa-efe', 'flash90', 'anadolu'], reason: 'a short line naming a picture agency is a photo credit' },
];

/** Credits written inside a line: ranges are recorded for the credit alone, not the line. */
export interface InlineRule {
  id: string;
  kind: BoilerplateKind;
  pattern: RegExp; // global
  /** The credit can only end the text: only its last 80 characters are searched (speed only). */
  atEnd?: boolean;
  reason: string;
}

export const INLINE_RULES: readonly InlineRule[] = [
  { id: 'paren-agency-credit', kind: 'credit', pattern: /\(\s*(AP|AFP|EPA|UPI|Reuters|Getty( Images)?|IRNA|Xinhua|Anadolu|Flash90|WAFA|SPA|KCNA|Yonhap|Tasnim|Fars|Mehr|ISNA|SANA|PTI|ANI)(\s+Photos?)?\s*\/[^()\n]{1,80}\)/g, reason: 'an agency name with a slash in parentheses, "(AP/Office of …)", credits a photograph' },
  { id: 'paren-photo-credit', kind: 'credit', pattern: /\(\s*((photo|photograph|picture|image|file photo|illustration)\b|credits?\s*:)[^()\n]{0,80}\)/gi, reason: '"(Photo: …)" or "(File photo)" in parentheses credits a picture' },
  { id: 'paren-agency-photo', kind: 'credit', pattern: /\(\s*(AP|AFP|EPA|Reuters|Getty Images|Anadolu)\s+(Photo|Images?)\b[^()\n]{0,60}\)/g, reason: '"(AP Photo …)" credits a picture' },
  { id: 'trailing-photo-credit', kind: 'credit', pattern: /(?<=[.!?]["”’)]?[ \t]{1,3})(photo|picture|image|photograph)( credit| by)?\s*[:/]\s*[^\n]{1,80}$/gim, reason: '"… in Doha. Photo: Reuters" ends a caption with its credit' },
  { id: 'agency-sign-off', kind: 'credit', pattern: /(?<=[.!?"”’)]\s{0,3})(REUTERS|AFP|AP|XINHUA|ANADOLU|IANS|PTI|ANI|KUNA|WAM|SPA|dpa|UPI|TASS)\s*$/g, atEnd: true, reason: 'an agency name in capitals after the last sentence is the wire sign-off' },
  { id: 'paren-agency-sign-off', kind: 'credit', pattern: /(?<=[.!?"”’][ \t]{0,3})\(\s*(Reuters|AFP|AP|Xinhua|Anadolu|IANS|PTI|ANI|dpa|TASS|UPI|IRNA|WAM|SPA|KUNA|QNA)\s*\)\s*$/g, atEnd: true, reason: 'an agency in parentheses after the last sentence credits the wire story' },
  { id: 'dash-agency-sign-off', kind: 'credit', pattern: /\s(--|—|–|-)\s*(Reuters|AFP|AP|Xinhua|Anadolu Agency|IANS|PTI|ANI|dpa|TASS)\s*$/g, atEnd: true, reason: 'a trailing "— Reuters" credits the wire story' },
];

/**
 * Picture and wire agencies whose name, ending a short caption line ("Ali Shamkhani Reuters"),
 * marks that line as a photo caption with a credit.
 */
export const PHOTO_AGENCIES: readonly string[] = [
  'Reuters', 'AP', 'AFP', 'EPA', 'UPI', 'Getty Images', 'Getty', 'Shutterstock', 'Alamy', 'Flash90', 'Xinhua',
  'Anadolu Agency', 'Anadolu', 'IRNA', 'WANA', 'Tasnim', 'Mehr', 'ISNA', 'Fars', 'SANA', 'KCNA', 'Yonhap', 'WAFA',
  'Pool', 'Handout', 'File', 'AP Photo', 'AFP Photo', 'Reuters Photo', 'EPA-EFE', 'Sputnik', 'TASS', 'Wikimedia Commons',
  'Wikipedia', 'Screenshot', 'Courtesy',
];

/** News agencies that appear in parentheses inside datelines: "Pyongyang, March 14 (KCNA) --". */
export const DATELINE_AGENCIES =
  'Reuters|AP|AFP|UPI|IANS|PTI|ANI|KCNA|Xinhua|IRNA|Tasnim|Fars|Mehr|ISNA|SANA|WAFA|SPA|KUNA|WAM|QNA|MENA|BNA|ONA|Anadolu|AA|dpa|TASS|RIA Novosti|Interfax|Yonhap|Kyodo|Bernama|Antara|APP|NNN|UNB|BSS|Sputnik|MTI|CTK|PAP|EFE|ANSA|Prensa Latina|AKI|Petra|NNA|Shafaq|Rudaw|IRIB|IRNA';

/** Words that keep a short capitalised line from being a caption of names: headlines use them. */
export const CAPTION_STOPWORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'of', 'for', 'to', 'with', 'and', 'or', 'the', 'a', 'an', 'by', 'from', 'as', 'after', 'over',
  'says', 'say', 'said', 'meets', 'met', 'hosts', 'visits', 'is', 'are', 'was', 'will', 'not', 'no', 'amid',
]);

/** Name particles allowed inside a caption line of names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'umm', 'de', 'van', 'von', 'der', 'da', 'di', 'bint', 'ben']);

/**
 * Labels that open a story like a dateline but name no place ("EXCLUSIVE:", "Analysis:"): recorded
 * as navigation so that no stage reads them as the story's location.
 */
export const KICKER_WORDS: ReadonlySet<string> = new Set([
  'exclusive', 'analysis', 'opinion', 'breaking', 'breaking news', 'update', 'updated', 'watch', 'explainer', 'live',
  'factbox', 'fact box', 'editorial', 'interview', 'comment', 'commentary', 'photos', 'video', 'feature', 'special report',
  'insight', 'profile', 'timeline', 'q&a', 'podcast', 'review', 'focus', 'in pictures', 'news analysis', 'correction', 'urgent',
  'flash', 'developing', 'just in', 'listen', 'read', 'exclusive interview', 'fact check', 'perspective', 'letters', 'view',
]);
