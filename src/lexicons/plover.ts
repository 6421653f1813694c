// Trigger words for PLOVER events, as data with a reason each. The events stage
// (src/stages/events) interprets them: who is the source, who the target, which context.
// Word forms are listed, not lemmas: wink's lemmas and tags go wrong in headline case
// ("Khamenei Hosts Hamas Delegation"), and the list is short.
import type { PloverType } from '../model/types.js';

export type ConsultMode = 'visit' | 'host' | 'meet' | 'phone' | 'video' | 'third-party' | 'multilateral';

/**
 * How a CONSULT trigger lays out its parties:
 * - `meet`: subject and object both take part ("X met (with) Y", "X and Y met").
 * - `support-verb`: a light verb plus a meeting noun ("held talks with Y", "had a meeting with Y").
 * - `host`: the subject hosts, the object visits ("X received Y"); passive swaps them.
 * - `visit`: the subject visits the object, a person or a place ("X visited Qatar").
 * - `travel`: the subject goes to a place; a meeting only with a stated purpose ("to meet", "for talks").
 * - `lead-delegation`: "X led a delegation to Iran".
 * - `phone`: a call between subject and object.
 * - `call-on`: a courtesy call, "X called on President Y": X visits Y (but "called on Y to …" is a request).
 * - `discuss`: the subject discusses a topic with the partner after "with" ("X discussed Ukraine
 *   with Y"), or a subject of several ("X and Y discussed Ukraine").
 */
export type ConsultShape = 'meet' | 'support-verb' | 'host' | 'visit' | 'travel' | 'lead-delegation' | 'phone' | 'discuss' | 'attend' | 'accompany' | 'call-on';

export interface ConsultVerb {
  forms: string[];
  shape: ConsultShape;
  mode: ConsultMode;
  /** For support verbs and delegations: one of these must follow within four words. */
  then?: string[];
  reason: string;
}

export const CONSULT_VERBS: ConsultVerb[] = [
  { forms: ['meet', 'meets', 'met'], shape: 'meet', mode: 'meet', reason: '"X met (with) Y": both take part' },
  { forms: ['huddled', 'huddle', 'huddles'], shape: 'meet', mode: 'meet', reason: '"X huddled with Y": a private meeting, in the language of political reporting' },
  { forms: ['sat', 'sit', 'sits', 'sitting'], shape: 'meet', mode: 'meet', reason: '"X sat down with Y": a meeting (only with "down with" after it)' },
  { forms: ['hold', 'holds', 'held', 'holding', 'have', 'has', 'had', 'having', 'conduct', 'conducted', 'conducts', 'conducting'], shape: 'support-verb', mode: 'meet', then: ['talks', 'meeting', 'meetings', 'discussions', 'negotiations', 'consultations', 'summit', 'dialogue', 'call', 'conversation', 'lunch', 'luncheon', 'dinner', 'breakfast'], reason: '"X held talks with Y", "X had lunch with Y": a light verb carries the meeting noun' },
  { forms: ['co-chaired', 'co-chair', 'co-chairs', 'co-chairing', 'co-hosted', 'co-host', 'co-hosts', 'co-hosting', 'co-led', 'co-lead', 'co-leads'], shape: 'support-verb', mode: 'meet', then: ['talks', 'meeting', 'meetings', 'session', 'summit', 'dialogue', 'forum', 'conference', 'consultations', 'negotiations'], reason: '"X co-chaired a meeting with Y": both lead it, both take part' },
  { forms: ['spoke', 'speaks', 'speak', 'talked', 'talks', 'talk', 'spoken'], shape: 'support-verb', mode: 'phone', then: ['phone', 'telephone'], reason: '"X spoke by phone with Y": a call' },
  { forms: ['receive', 'receives', 'received', 'receiving', 'host', 'hosts', 'hosted', 'hosting', 'welcome', 'welcomes', 'welcomed', 'welcoming'], shape: 'host', mode: 'host', reason: '"X received/hosted Y": X is host (target), Y the visitor (source)' },
  { forms: ['visit', 'visits', 'visited'], shape: 'visit', mode: 'visit', reason: '"X visited Y": X the visitor (source); Y the host, or the place when no host is named' },
  { forms: ['travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'arrive', 'arrives', 'arrived', 'arriving', 'fly', 'flies', 'flew', 'go', 'went', 'head', 'heads', 'headed', 'come', 'came'], shape: 'travel', mode: 'visit', reason: 'going to a place "for talks" or "to meet" officials there is a visit' },
  { forms: ['lead', 'leads', 'led', 'leading', 'head', 'heads', 'headed', 'heading'], shape: 'lead-delegation', mode: 'visit', then: ['delegation'], reason: '"X led a delegation to Iran": X visits the place' },
  { forms: ['call', 'calls', 'called', 'calling'], shape: 'call-on', mode: 'visit', reason: '"X called on the President": a courtesy call, X visits the person; "called on Y to act" is a request, not a meeting' },
  { forms: ['phone', 'phoned', 'phones', 'telephone', 'telephoned', 'telephones'], shape: 'phone', mode: 'phone', reason: 'a phone call is a consultation at a distance' },
  { forms: ['facilitate', 'facilitated', 'facilitates', 'mediate', 'mediated', 'mediates', 'chair', 'chaired', 'chairs', 'moderated'], shape: 'host', mode: 'third-party', reason: '"X mediated between A and B", "X facilitated the session": a third party takes part in the talks' },
  { forms: ['attend', 'attends', 'attended', 'attending', 'participate', 'participates', 'participated', 'participating', 'take', 'takes', 'took', 'taking'], shape: 'attend', mode: 'meet', reason: '"X also attended", "X attended the talks", "X took part in the talks": X joins the meeting told before' },
  { forms: ['opened', 'opens'], shape: 'attend', mode: 'meet', reason: '"X opened the session": whoever opens the meeting told before takes part in it' },
  { forms: ['accompanied', 'accompanies', 'accompany'], shape: 'accompany', mode: 'meet', reason: '"X accompanied the Amir": X joins the meeting told just before' },
  { forms: ['discuss', 'discussed', 'discusses', 'discussing', 'negotiate', 'negotiated', 'negotiates', 'negotiating'], shape: 'discuss', mode: 'meet', reason: '"X discussed the crisis with Y", "X and Y negotiated": talks between them' },
];

/**
 * Words in a consultation's sentence that say it was held at a distance ("held talks by
 * videoconference", "a virtual summit", "spoke by telephone"): PLOVER's CONSULT still, but not an
 * in-person meeting. `video` words make the mode video, `phone` words phone; "video" and
 * "phone" count only before a word of `REMOTE_NOUNS` or after "by"/"via"/"over".
 */
export const REMOTE_WORDS: { video: ReadonlySet<string>; phone: ReadonlySet<string> } = {
  video: new Set(['videoconference', 'videoconferences', 'video-conference', 'teleconference', 'videolink', 'video-link', 'virtual', 'webinar']),
  phone: new Set(['telephoned', 'phoned', 'phone-call', 'telephone-call']),
};
export const REMOTE_NOUNS = new Set(['call', 'calls', 'conference', 'conferencing', 'link', 'conversation', 'conversations', 'chat']);

/** Words before the others who took part with the parties: "hosted X in the Oval Office, alongside Y and Z". */
export const COMPANION_CUES = ['alongside', 'along with', 'together with', 'accompanied by', 'joined by', 'flanked by', 'in the presence of', 'including'];

/** Words after which a travel verb is a visit for talks. */
export const VISIT_PURPOSES = ['for talks', 'for a visit', 'on a visit', 'for meetings', 'for a meeting', 'to meet', 'to hold talks', 'to hold meetings', 'for consultations', 'for discussions', 'for negotiations', 'on an official visit', 'on a state visit', 'on a working visit'];

/** Meals over which parties meet: "mapped out the strategy with Trump over dinner". */
export const MEAL_NOUNS = new Set(['dinner', 'lunch', 'luncheon', 'breakfast', 'supper', 'coffee', 'tea']);

/** Nouns that name a meeting: "a meeting between X and Y", "X's talks with Y", "during a meeting with Y". */
export const MEETING_NOUNS: { forms: string[]; mode: ConsultMode; reason: string }[] = [
  { forms: ['meeting', 'meetings', 'talks', 'discussions', 'negotiations', 'consultations', 'encounter', 'audience'], mode: 'meet', reason: 'a meeting noun with its parties: "between X and Y", "of X with Y", "X\'s talks with Y"' },
  { forms: ['summit'], mode: 'multilateral', reason: 'a summit gathers several parties' },
  { forms: ['visit', 'trip'], mode: 'visit', reason: '"X\'s visit to Y": X visits Y' },
  { forms: ['call', 'conversation'], mode: 'phone', reason: 'a phone call or telephone conversation, when "phone"/"telephone" is written before it' },
];

/** Objects that make "meet" not a meeting: "meet the demands", "meet expectations". */
export const MEET_NON_EVENT_OBJECTS = new Set([
  'demand', 'demands', 'expectation', 'expectations', 'need', 'needs', 'requirement', 'requirements', 'criteria', 'criterion', 'condition',
  'conditions', 'deadline', 'deadlines', 'target', 'targets', 'goal', 'goals', 'standard', 'standards', 'challenge', 'challenges', 'obligation',
  'obligations', 'commitment', 'commitments', 'threshold', 'quota', 'costs', 'cost', 'payments', 'payment', 'request', 'requests', 'end', 'ends', 'fate', 'death', 'resistance', 'opposition', 'criticism', 'approval', 'terms', 'test',
  'protests', 'skepticism', 'scepticism', 'silence', 'fire', 'force', 'violence', 'anger', 'condemnation', 'applause', 'disapproval', 'success', 'failure', 'resistance', 'needs', 'aspirations', 'concerns',
]);

/** Phrases in which a meeting word is not a meeting: "the meeting of minds", "meeting point". */
export const NOT_A_MEETING = [
  { pattern: '\\bmeeting of (?:the )?minds\\b', reason: 'an idiom for agreement' },
  { pattern: '\\bmeeting (?:point|place|room|hall|venue|ground)s?\\b', reason: 'a place, not a meeting' },
  { pattern: '\\bmeet(?:s|ing)? (?:the )?(?:eye|press)\\b', reason: 'idioms' },
  { pattern: '\\b(?:talks|meetings?) (?:are|were|was|is) (?:planned|scheduled|expected)\\b', reason: 'a planned meeting has not happened' },
];

/**
 * Nouns for several people of an organization or country, unnamed: "the leaders of the movement",
 * "a delegation of Hamas leaders". The organization then stands for them.
 */
export const GROUP_NOUNS = new Set(['delegation', 'delegations', 'leaders', 'officials', 'members', 'representatives', 'leadership', 'envoys', 'negotiators', 'team', 'side', 'group', 'groups', 'factions', 'commanders', 'figures', 'cadres']);

/** "brokered by X": X is a third party to the meeting. */
export const THIRD_PARTY_CUES = ['brokered by', 'mediated by', 'attended by', 'chaired by', 'hosted by', 'facilitated by', 'sponsored by', 'presided over by'];

/** Agents of a passive: "was received by X". */
export const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got']);

export interface ContextCue {
  /** Regular expression source, tested case-insensitively on the words before the trigger in its clause. */
  pattern: string;
  context: 'future' | 'hypothetical' | 'negated' | 'historical';
  reason: string;
}

/** Cues before a trigger that say the event did not (yet) happen, or happened long ago. Tried in order. */
export const CONTEXT_CUES: ContextCue[] = [
  { pattern: "\\b(?:not|never|n't|no longer|neither|nor)\\b[^,;]*$", context: 'negated', reason: 'negation in the clause of the trigger' },
  { pattern: '\\bno (?:plans?|intention|intentions|meeting|talks|contact)\\b', context: 'negated', reason: '"had no plans to meet"' },
  { pattern: '\\b(?:denied|denies|deny|denying|refuted|dismissed reports?|rejected reports?)\\b', context: 'negated', reason: 'a denial that it happened' },
  { pattern: '\\b(?:refused|refuses|declined|declines|cancell?ed|called off|postponed|rejected) (?:to|an?|the|any)?\\s*\\w*\\s*$', context: 'negated', reason: 'refused or cancelled' },
  { pattern: '\\bwithout (?:a )?$', context: 'negated', reason: '"without meeting"' },
  { pattern: "\\b(?:if|unless|whether)\\b", context: 'hypothetical', reason: 'a condition' },
  { pattern: '\\b(?:could|might|may|would|should)\\b(?: not)?\\s*(?:\\w+\\s+)?$', context: 'hypothetical', reason: 'a modal' },
  { pattern: '\\b(?:ready|willing|prepared|wants?|wanted|hopes?|hoped|wish(?:es|ed)?|seeks?|sought|demand(?:s|ed|ing)?|offer(?:s|ed)?|propos(?:es|ed)|calls? for|called for|urged?|asked|invit(?:es|ed|ing)|possible|possibility of|potential|would-be) (?:\\w+ ){0,4}$', context: 'hypothetical', reason: 'wished, demanded, offered or invited, not done' },
  { pattern: '\\blook(?:s|ed|ing)? forward to (?:\\w+ ){0,3}$', context: 'future', reason: '"looked forward to his visit": not yet held' },
  { pattern: "\\b(?:will|shall|'ll)\\b(?: \\w+)?\\s*$", context: 'future', reason: 'a future auxiliary' },
  { pattern: '\\b(?:is|are|was|were) (?:scheduled|due|set|expected|slated|planned|going|about) to\\b(?: \\w+)?\\s*$', context: 'future', reason: 'scheduled, not yet held' },
  { pattern: '\\b(?:is|are) to\\s*$', context: 'future', reason: '"is to meet"' },
  { pattern: '\\b(?:plans?|planned|planning|intends?|intended|agreed|agrees?|decided|decides?|arranged|set) to\\s*(?:\\w+\\s+){0,3}$', context: 'future', reason: 'a plan or an agreement to meet ("agree to start peace talks")' },
  { pattern: '\\b(?:upcoming|planned|proposed|scheduled|expected|forthcoming|next|future|further) (?:\\w+ )?$', context: 'future', reason: 'an upcoming meeting' },
  { pattern: '\\b(?:had|previously|earlier had|once) (?:\\w+ )?$', context: 'historical', reason: 'pluperfect or "previously": background' },
];

/** Verbs whose subject reports, not acts: a date right after them is the report's date ("said Saturday"). */
export const REPORT_VERBS = new Set([
  'said', 'says', 'say', 'reported', 'reports', 'report', 'announced', 'announces', 'told', 'tells', 'stated', 'states', 'confirmed', 'confirms',
  'added', 'adds', 'quoted', 'quotes', 'noted', 'wrote', 'writes', 'tweeted', 'posted', 'published', 'revealed', 'disclosed', 'claimed', 'declared',
]);

export interface PloverVerb {
  type: Exclude<PloverType, 'CONSULT'>;
  /** Word forms of the trigger; multi-word forms allowed ("expressed support for"). */
  forms: string[];
  /** When the object is a thing, a preposition that leads to the target: "thanked Iran for", "support for X". */
  reason: string;
}

/** Verb patterns for the other PLOVER types: the subject is the source, the first actor after the trigger the target. */
export const PLOVER_VERBS: PloverVerb[] = [
  { type: 'SUPPORT', forms: ['praised', 'praises', 'praise', 'praising', 'hailed', 'hails', 'hail', 'hailing', 'lauded', 'lauds', 'commended', 'commends', 'endorsed', 'endorses', 'endorse', 'thanked', 'thanks', 'thank', 'applauded', 'expressed support for', 'expressed solidarity with', 'voiced support for', 'declared support for', 'reaffirmed support for', 'stands with', 'backed', 'backs', 'supports', 'supported', 'support', 'supporting'], reason: 'praise, thanks or endorsement of the target' },
  { type: 'ACCUSE', forms: ['accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'blame', 'blaming', 'condemned', 'condemns', 'condemn', 'condemning', 'denounced', 'denounces', 'denounce', 'criticized', 'criticised', 'criticizes', 'criticises', 'criticize', 'criticise', 'slammed', 'slams', 'lambasted', 'decried', 'held responsible', 'charged'], reason: 'an accusation or condemnation aimed at the target' },
  { type: 'REJECT', forms: ['rejected', 'rejects', 'reject', 'rejecting', 'refused', 'refuses', 'dismissed', 'dismisses', 'ruled out', 'rules out', 'vetoed', 'vetoes', 'spurned', 'rebuffed'], reason: 'a refusal of the target or its proposal' },
  { type: 'THREATEN', forms: ['threatened', 'threatens', 'threaten', 'threatening', 'warned', 'warns', 'warn', 'vowed to target', 'vowed to destroy', 'vowing to target', 'vowed revenge against', 'vowed to annihilate'], reason: 'a threat or warning against the target' },
  { type: 'AID', forms: ['supplying', 'supplied', 'supplies', 'supply', 'armed', 'arming', 'arms', 'funded', 'funding', 'funds', 'financed', 'financing', 'finances', 'provided', 'providing', 'provides', 'gave aid to', 'sent weapons to', 'delivered weapons to', 'equipped', 'trained', 'training'], reason: 'material help (weapons, money, training) given to the target' },
  { type: 'AGREE', forms: ['agreed with', 'agreed to', 'agrees with', 'signed an agreement with', 'signed a deal with', 'reached an agreement with', 'reached a deal with', 'accepted', 'accepts', 'signed'], reason: 'an agreement with the target, or acceptance of its proposal' },
  { type: 'REQUEST', forms: ['urged', 'urges', 'urge', 'urging', 'called on', 'calls on', 'called upon', 'asked', 'asks', 'appealed to', 'appeals to', 'demanded', 'demands', 'pressed', 'requested', 'requests'], reason: 'a request or demand addressed to the target' },
  { type: 'SANCTION', forms: ['sanctioned', 'sanctions', 'sanction', 'imposed sanctions on', 'imposes sanctions on', 'slapped sanctions on', 'boycotted', 'boycotts', 'expelled', 'expels', 'blacklisted', 'designated', 'severed ties with', 'cut ties with', 'suspended ties with', 'stopped supplying'], reason: 'a punitive measure against the target' },
  { type: 'ASSAULT', forms: ['attacked', 'attacks', 'attack', 'bombed', 'bombs', 'shelled', 'shells', 'struck', 'strikes', 'killed', 'kills', 'assassinated', 'fired rockets at', 'fired missiles at', 'launched an attack on', 'launched attacks on', 'invaded', 'raided'], reason: 'violence against the target' },
];
