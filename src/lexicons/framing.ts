// Labelling terms: the words an outlet chooses for the same referents. Data only;
// src/corpus/framing.ts finds them in an article and ties each to the nearest actor.
// Each entry: the surface pattern (a regular-expression source, matched case-insensitively
// on word boundaries), the category it belongs to, and why it is a framing choice.

export type FramingCategory =
  | 'terrorism' // the referent is called a terrorist or terror organization
  | 'militancy' // militant/armed, without the terror label
  | 'resistance' // the referent's own favourable self-description
  | 'religious' // religious-political labels
  | 'state-denial' // names that deny a state's legitimacy
  | 'occupation' // describing control of territory as occupation
  | 'regime' // calling a government a regime
  | 'proxy' // describing an actor as another's client
  | 'state-name' // the neutral name of a state or its government, for comparison
  | 'death-martyrdom' // deaths as martyrdom
  | 'death-neutral' // deaths described plainly
  | 'death-loaded'; // deaths described as crimes or as achievements

export interface FramingTerm {
  term: string;
  pattern: string;
  category: FramingCategory;
  reason: string;
}

export const FRAMING_TERMS: FramingTerm[] = [
  { term: 'terror group', pattern: 'terror(?:ist)? (?:group|organi[sz]ation|movement|outfit|network)s?', category: 'terrorism', reason: 'names an armed group by the terrorism label' },
  { term: 'terrorist', pattern: 'terrorists?', category: 'terrorism', reason: 'calls members or acts terrorist' },
  { term: 'terror chief', pattern: 'terror (?:chief|leader|mastermind|boss)s?', category: 'terrorism', reason: 'names a leader by the terrorism label' },
  { term: 'jihadist', pattern: 'jihadists?', category: 'religious', reason: 'religious-militant label used by outlets hostile to the group' },
  { term: 'Islamist', pattern: 'islamists?', category: 'religious', reason: 'religious-political label for a movement' },
  { term: 'radical Islamic', pattern: 'radical islam(?:ic|ist)', category: 'religious', reason: 'adds radical to the religious label' },
  { term: 'militant group', pattern: 'militant (?:group|organi[sz]ation|movement|faction)s?', category: 'militancy', reason: 'wire-agency neutral-leaning label for an armed group' },
  { term: 'militant', pattern: 'militants?', category: 'militancy', reason: 'armed, without the terror label' },
  { term: 'militia', pattern: 'militias?', category: 'militancy', reason: 'irregular armed force label' },
  { term: 'armed group', pattern: 'armed (?:group|faction)s?', category: 'militancy', reason: 'descriptive label for an armed organization' },
  { term: 'gunmen', pattern: 'gunm[ae]n', category: 'militancy', reason: 'armed attackers without political label' },
  { term: 'resistance movement', pattern: 'resistance (?:movement|group|faction|organi[sz]ation)s?', category: 'resistance', reason: "the group's own favourable self-description" },
  { term: 'resistance', pattern: '(?:the |palestinian |islamic |lebanese )?resistance(?! movement| group| faction)', category: 'resistance', reason: 'armed struggle described as resistance' },
  { term: 'axis of resistance', pattern: 'axis of resistance', category: 'resistance', reason: "Iran's camp described in its own terms" },
  { term: 'freedom fighters', pattern: 'freedom fighters?', category: 'resistance', reason: 'armed struggle described as liberation' },
  { term: 'Zionist regime', pattern: 'zionist regime', category: 'state-denial', reason: 'refers to Israel without naming it as a state' },
  { term: 'Zionist entity', pattern: 'zionist entity', category: 'state-denial', reason: 'refers to Israel as an entity, not a state' },
  { term: 'Zionist enemy', pattern: 'zionist enemy', category: 'state-denial', reason: 'refers to Israel as the enemy' },
  { term: 'Zionists', pattern: 'zionists', category: 'state-denial', reason: 'Israelis named by ideology' },
  { term: 'occupation', pattern: '(?:israeli |the )?occupation(?: forces| authorities| army| state)?', category: 'occupation', reason: 'Israeli control described as occupation' },
  { term: 'occupied territories', pattern: 'occupied (?:territor(?:y|ies)|palestin(?:e|ian territories)|west bank|jerusalem)', category: 'occupation', reason: 'territory described as occupied' },
  { term: 'occupier', pattern: 'occupiers?|occupying (?:power|forces|state)', category: 'occupation', reason: 'a state described as occupier' },
  { term: 'regime', pattern: '(?:the |iranian |syrian |assad |tehran |mullahs?[\u2019\']? |ayatollahs?[\u2019\']? |islamic )?regime', category: 'regime', reason: 'a government called a regime' },
  { term: 'proxy', pattern: '(?:iran(?:ian)?[- ]backed|iranian proxy|proxies|proxy)', category: 'proxy', reason: 'an actor described as a client of another' },
  { term: 'Israel', pattern: 'israel(?![\u2019\']s? ?occupation)', category: 'state-name', reason: 'the neutral state name, to compare with its alternatives' },
  { term: 'martyr', pattern: 'martyr(?:s|ed|dom)?', category: 'death-martyrdom', reason: 'a death described as martyrdom' },
  { term: 'killed', pattern: 'killed|killing|died|death', category: 'death-neutral', reason: 'a death described plainly' },
  { term: 'murdered', pattern: 'murder(?:ed|s)?|massacred?|slaughter(?:ed)?', category: 'death-loaded', reason: 'a death described as a crime' },
  { term: 'assassinated', pattern: 'assassinat(?:ed|ion)', category: 'death-loaded', reason: 'a killing described as a political murder' },
  { term: 'eliminated', pattern: 'eliminated|liquidated|neutrali[sz]ed', category: 'death-loaded', reason: 'a killing described as an achievement' },
];
