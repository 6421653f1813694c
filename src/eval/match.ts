// Which predicted actor is which gold actor, and which gold actor a name in a meeting or
// quote refers to. Rules of shared/eval/score.mjs.
import type { ActorType } from '../model/types.js';
import type { GoldActor, PredActor, PredRef } from './gold.js';
import { closeNames, normalizeName } from './names.js';

/** The normalised name and aliases of an actor, empty forms left out. */
export function nameForms(a: { name?: string | null; aliases?: readonly string[] | null }): string[] {
  return [a.name, ...(a.aliases ?? [])].map(normalizeName).filter(Boolean);
}

/**
 * A person's name and another form agree on the surname (spelling variants tolerated), and
 * on the first name too when both have more than one word: "Arouri" = "Saleh al-Arouri",
 * "Saleh Aruri" = "Saleh al-Arouri", but "Ali Larijani" ≠ "Sadegh Larijani".
 */
function sameSurname(n: string, f: string): boolean {
  const nt = n.split(' ');
  const ft = f.split(' ');
  if (!closeNames(nt[nt.length - 1], ft[ft.length - 1])) return false;
  return nt.length === 1 || ft.length === 1 || closeNames(nt[0], ft[0]);
}

/**
 * Does a normalised name refer to gold actor `g`? Exactly when it equals one of g's forms;
 * otherwise also when it is a spelling variant of one, or, for persons, has the same surname.
 */
export function nameMatches(n: string, g: GoldActor, exact = false): boolean {
  for (const f of nameForms(g)) {
    if (n === f) return true;
    if (exact) continue;
    if (closeNames(n, f)) return true;
    if (g.type === 'person' && sameSurname(n, f)) return true;
  }
  return false;
}

/**
 * A predicted type agrees with a gold type when either is missing, when it starts with the
 * gold type's first three letters ("per", "org", "pla"), or when it is a common NER label
 * for the same thing (GPE, LOC, country, city for places; ORG for organizations).
 */
export function typeAgrees(predType: string | null | undefined, goldType: ActorType | null | undefined): boolean {
  if (!predType || !goldType) return true;
  if (predType.toLowerCase().startsWith(goldType.slice(0, 3))) return true;
  if (goldType === 'place' && /^(gpe|loc|location|country|city)/i.test(predType)) return true;
  return goldType === 'organization' && /^org/i.test(predType);
}

/** Predicted actor index → gold actor index, one to one. */
export type ActorPairs = Map<number, number>;

/**
 * Pairs predicted with gold actors greedily, in prediction order: first by exact names
 * (so "Iran" takes "Iran" before a variant could), then by variants and surnames.
 * A pair needs agreeing types.
 */
export function matchActors(pred: readonly PredActor[], gold: readonly GoldActor[]): ActorPairs {
  const pairs: ActorPairs = new Map();
  const taken = new Set<number>();
  for (const exact of [true, false]) {
    pred.forEach((p, i) => {
      if (pairs.has(i)) return;
      const forms = nameForms(p);
      const j = gold.findIndex((g, j) => !taken.has(j) && typeAgrees(p.type, g.type) && forms.some((n) => nameMatches(n, g, exact)));
      if (j >= 0) {
        taken.add(j);
        pairs.set(i, j);
      }
    });
  }
  return pairs;
}

/** The gold actor a normalised name refers to: an exact match first, else a variant; null if none. */
export function goldActorOf(n: string, gold: readonly GoldActor[]): number | null {
  let j = gold.findIndex((g) => nameMatches(n, g, true));
  if (j < 0) j = gold.findIndex((g) => nameMatches(n, g));
  return j >= 0 ? j : null;
}

/** The id or name a participant or speaker reference carries. */
export function refName(r: PredRef): string | undefined {
  return typeof r === 'string' ? r : (r.name ?? r.id);
}

/**
 * Resolves the names used in a prediction's events and quotes to gold actors: an actor id
 * or name of the prediction goes through its actor's pairing; anything else is looked up
 * among the gold actors by name.
 */
export class PredictionNames {
  constructor(
    private readonly pred: readonly PredActor[],
    private readonly gold: readonly GoldActor[],
    private readonly pairs: ActorPairs,
  ) {}

  goldIndex(name: string): number | null {
    const n = normalizeName(name);
    const i = this.pred.findIndex((p) => p.id === name || nameForms(p).includes(n));
    if (i >= 0 && this.pairs.has(i)) return this.pairs.get(i)!;
    return goldActorOf(n, this.gold);
  }
}
