// Scores one prediction against one gold article, and adds scores up into figures.
// Matching rules are those of shared/eval/score.mjs; the agreement test checks both give
// the same counts.
import type { ActorType } from '../model/types.js';
import type { GoldActor, GoldArticle, PredActor, PredArticle, PredEvent, PredQuote } from './gold.js';
import { goldActorOf, matchActors, nameMatches, PredictionNames, refName, typeAgrees, type ActorPairs } from './match.js';
import { nameTokens, normalizeName, tokenF1, words } from './names.js';

export const LAYERS = ['actors', 'person', 'organization', 'place', 'roles', 'meetings', 'quotes', 'attributed'] as const;
export type LayerName = (typeof LAYERS)[number];

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

/** Something the prediction got wrong, for `--verbose`. */
export interface Finding {
  layer: LayerName;
  kind: 'missed' | 'extra' | 'wrong';
  what: string;
}

export interface DocScore {
  id: string;
  counts: Record<LayerName, Count>;
  /** Meetings found whose gold meeting has a date, and how many of them have a date that fits. */
  dates: { right: number; scored: number };
  findings: Finding[];
}

const TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
const count = (): Count => ({ tp: 0, fp: 0, fn: 0 });

/** Scores one article. `pred` may be an empty prediction ({}) when the article had none. */
export function score(gold: GoldArticle, pred: PredArticle, id = gold.id): DocScore {
  const counts = Object.fromEntries(LAYERS.map((l) => [l, count()])) as Record<LayerName, Count>;
  const findings: Finding[] = [];
  const pa = pred.actors ?? [];
  const ga = gold.actors;
  const pairs = matchActors(pa, ga);
  const names = new PredictionNames(pa, ga, pairs);

  scoreActors(pa, ga, pairs, counts, findings);
  scoreRoles(pa, ga, pairs, counts.roles, findings);
  const dates = scoreMeetings(gold, pred.events ?? [], names, counts.meetings, findings);
  scoreQuotes(gold, pred.quotes ?? [], names, counts, findings);
  return { id, counts, dates, findings };
}

function scoreActors(pa: readonly PredActor[], ga: readonly GoldActor[], pairs: ActorPairs, counts: Record<LayerName, Count>, findings: Finding[]): void {
  counts.actors.tp += pairs.size;
  counts.actors.fp += pa.length - pairs.size;
  counts.actors.fn += ga.length - pairs.size;
  for (const t of TYPES) {
    const goldOfType = ga.filter((g) => g.type === t).length;
    const hits = [...pairs.values()].filter((j) => ga[j].type === t).length;
    // A matched prediction counts for its gold actor's type; an unmatched one for its own.
    const predOfType = pa.filter((p, i) => (pairs.has(i) ? ga[pairs.get(i)!].type === t : !!p.type && typeAgrees(p.type, t))).length;
    counts[t].tp += hits;
    counts[t].fn += goldOfType - hits;
    counts[t].fp += predOfType - hits;
  }
  const matchedGold = new Set(pairs.values());
  ga.forEach((g, j) => {
    if (!matchedGold.has(j)) findings.push({ layer: 'actors', kind: 'missed', what: `${g.type} ${g.name}` });
  });
  pa.forEach((p, i) => {
    if (!pairs.has(i)) findings.push({ layer: 'actors', kind: 'extra', what: `${p.type ?? 'untyped'} ${p.name ?? p.id}` });
  });
}

/** A role as written in a prediction: a string, or an object with a title. */
function roleText(r: string | { title?: string; role?: string }): string {
  return typeof r === 'string' ? r : (r.title ?? r.role ?? '');
}

/**
 * Roles of matched persons: a gold role is found when some predicted role of the same person
 * shares at least half its words (token F1 ≥ 0.5). Predicted roles beyond those found are extra.
 */
function scoreRoles(pa: readonly PredActor[], ga: readonly GoldActor[], pairs: ActorPairs, c: Count, findings: Finding[]): void {
  for (const [i, j] of pairs) {
    const g = ga[j];
    if (g.type !== 'person') continue;
    const predRoles = (pa[i].roles ?? []).map(roleText).map(words);
    const goldRoles = g.roles ?? [];
    const found = goldRoles.filter((gr) => predRoles.some((pr) => tokenF1(pr, words(gr)) >= 0.5));
    c.tp += found.length;
    c.fn += goldRoles.length - found.length;
    c.fp += Math.max(0, predRoles.length - found.length);
    for (const gr of goldRoles) if (!found.includes(gr)) findings.push({ layer: 'roles', kind: 'missed', what: `${g.name}: ${gr}` });
    for (const r of pa[i].roles ?? []) {
      const t = words(roleText(r));
      if (!goldRoles.some((gr) => tokenF1(t, words(gr)) >= 0.5)) findings.push({ layer: 'roles', kind: 'extra', what: `${g.name}: ${roleText(r)}` });
    }
  }
}

/** Every unordered pair of distinct gold actors among the resolved participants, as "i-j" with i < j. */
function dyads(resolved: (number | null)[]): string[] {
  const ids = [...new Set(resolved.filter((x): x is number => x !== null))].sort((a, b) => a - b);
  const out: string[] = [];
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) out.push(`${ids[a]}-${ids[b]}`);
  return out;
}

const dyadKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Meetings, visits, talks and hosting: PLOVER CONSULT, or a type that says so. */
export function isMeeting(e: PredEvent): boolean {
  return /^consult/i.test(e.type ?? '') || /^(meet|meeting|visit|host)/i.test(e.type ?? '');
}

/** The participants of an event: its list, or else its source and targets. */
function participantsOf(e: PredEvent): string[] {
  const refs = e.participants ?? [e.source, e.target, ...(e.targets ?? [])].filter((x): x is NonNullable<typeof x> => !!x);
  return refs.map((r) => refName(r) as string);
}

/** A predicted date fits a gold date when it is as precise or more and agrees: "2018-06-03" fits "2018-06". */
function dateFits(gold: string | null, pred: string | null): boolean {
  return !!(gold && pred && String(pred).startsWith(gold));
}

interface GoldDyad {
  key: string;
  date: string | null;
  hit: boolean;
}

/**
 * Meetings are scored as unordered pairs of participants (a meeting of three is three pairs).
 * Each predicted pair, told apart by date and date words, finds one unfound gold pair; a person
 * may stand in for the gold organisation they are affiliated with ("Hamas met X" in gold,
 * "Haniyeh met X" predicted). A gold pair with a fitting date is preferred.
 */
function scoreMeetings(gold: GoldArticle, events: readonly PredEvent[], names: PredictionNames, c: Count, findings: Finding[]): { right: number; scored: number } {
  const ga = gold.actors;
  const dates = { right: 0, scored: 0 };
  const goldDyads: GoldDyad[] = [];
  for (const m of gold.meetings) {
    for (const key of dyads(m.participants.map((n) => goldActorOf(normalizeName(n), ga)))) goldDyads.push({ key, date: m.date ?? null, hit: false });
  }
  const predDyads = new Map<string, { key: string; date: string | null }>();
  for (const e of events.filter(isMeeting)) {
    for (const key of dyads(participantsOf(e).map((n) => names.goldIndex(n)))) {
      const date = e.date ?? null;
      const at = `${key}@${date}@${e.date_text ?? ''}`;
      if (!predDyads.has(at)) predDyads.set(at, { key, date });
    }
  }
  // The gold organisation an actor is affiliated with, when the article has it as an actor.
  const orgOf = (j: number): number | null => {
    const aff = ga[j].affiliation;
    if (!aff) return null;
    const k = ga.findIndex((g) => g.type === 'organization' && nameMatches(normalizeName(aff), g, true));
    return k >= 0 ? k : null;
  };
  const standIns = (key: string): string[] => {
    const [a, b] = key.split('-').map(Number);
    const out = [key];
    for (const [x, y] of [[a, b], [b, a]]) {
      const o = orgOf(x);
      if (o !== null) out.push(dyadKey(o, y));
    }
    return out;
  };
  const label = (key: string) => key.split('-').map((x) => ga[Number(x)].name).join(' ~ ');
  for (const p of predDyads.values()) {
    const keys = standIns(p.key);
    const candidates = goldDyads.filter((g) => !g.hit && keys.includes(g.key));
    const g = candidates.find((g) => dateFits(g.date, p.date)) ?? candidates[0];
    if (!g) {
      c.fp++;
      findings.push({ layer: 'meetings', kind: 'extra', what: label(p.key) });
      continue;
    }
    g.hit = true;
    c.tp++;
    if (g.date) {
      dates.scored++;
      if (dateFits(g.date, p.date)) dates.right++;
      else findings.push({ layer: 'meetings', kind: 'wrong', what: `${label(g.key)}: date ${p.date} for ${g.date}` });
    }
  }
  for (const g of goldDyads) {
    if (g.hit) continue;
    c.fn++;
    findings.push({ layer: 'meetings', kind: 'missed', what: label(g.key) });
  }
  return dates;
}

/**
 * Quotes are matched by their first words: the gold quote's first eight words appear in the
 * predicted text, or the first twelve words of each agree with token F1 ≥ 0.7. A found quote
 * is attributed right when its speaker is the gold speaker's actor (or both say none).
 */
function scoreQuotes(gold: GoldArticle, pq: readonly PredQuote[], names: PredictionNames, counts: Record<LayerName, Count>, findings: Finding[]): void {
  const ga = gold.actors;
  const used = new Set<number>();
  const predTokens = pq.map((p) => nameTokens(p.text));
  for (const q of gold.quotes) {
    const goldTokens = nameTokens(q.text);
    const head = goldTokens.slice(0, 8).join(' ');
    const i = pq.findIndex((_, i) => !used.has(i) && (predTokens[i].join(' ').includes(head) || tokenF1(predTokens[i].slice(0, 12), goldTokens.slice(0, 12)) >= 0.7));
    if (i < 0) {
      counts.quotes.fn++;
      counts.attributed.fn++;
      findings.push({ layer: 'quotes', kind: 'missed', what: `"${q.text.slice(0, 50)}"` });
      continue;
    }
    used.add(i);
    counts.quotes.tp++;
    const sp = pq[i].speaker;
    const spName = sp ? refName(sp) : undefined;
    const goldSpeaker = q.speaker ? (goldActorOf(normalizeName(q.speaker), ga) ?? -1) : -1;
    const predSpeaker = spName ? names.goldIndex(spName) : null;
    if ((goldSpeaker < 0 && !spName) || (goldSpeaker >= 0 && predSpeaker === goldSpeaker)) counts.attributed.tp++;
    else {
      counts.attributed.fn++;
      counts.attributed.fp++;
      findings.push({ layer: 'attributed', kind: 'wrong', what: `"${q.text.slice(0, 40)}": speaker ${spName ?? 'none'}, gold ${q.speaker ?? 'none'}` });
    }
  }
  const extra = pq.length - used.size;
  counts.quotes.fp += extra;
  counts.attributed.fp += extra;
  pq.forEach((p, i) => {
    if (!used.has(i)) findings.push({ layer: 'quotes', kind: 'extra', what: `"${String(p.text ?? '').slice(0, 50)}"` });
  });
}

export interface LayerFigures extends Count {
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  docs: number;
  /** Gold articles with no prediction (the article was missing or its analysis failed). */
  missing: number;
  layers: Record<LayerName, LayerFigures>;
  meetingDates: { right: number; scored: number; accuracy: number };
}

/** Precision, recall and F1 of a count; an empty denominator counts as one, so 0/0 is 0. */
export function prf(c: Count): LayerFigures {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Adds per-article scores up (micro-averaged) into figures. */
export function combine(scores: readonly DocScore[], missing = 0): Figures {
  const total = Object.fromEntries(LAYERS.map((l) => [l, count()])) as Record<LayerName, Count>;
  const dates = { right: 0, scored: 0 };
  for (const s of scores) {
    for (const l of LAYERS) {
      total[l].tp += s.counts[l].tp;
      total[l].fp += s.counts[l].fp;
      total[l].fn += s.counts[l].fn;
    }
    dates.right += s.dates.right;
    dates.scored += s.dates.scored;
  }
  const layers = Object.fromEntries(LAYERS.map((l) => [l, prf(total[l])])) as Record<LayerName, LayerFigures>;
  return { docs: scores.length, missing, layers, meetingDates: { ...dates, accuracy: dates.right / (dates.scored || 1) } };
}

/** The one-line JSON summary score.mjs prints with --json: F1 per layer to three places. */
export function scorerSummary(f: Figures): Record<string, number> {
  const out: Record<string, number> = { docs: f.docs, missing: f.missing };
  for (const l of LAYERS) out[l] = +f.layers[l].f1.toFixed(3);
  out.meeting_date_acc = +f.meetingDates.accuracy.toFixed(3);
  return out;
}
