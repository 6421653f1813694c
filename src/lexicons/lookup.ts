// Memoised gazetteer look-ups. Names repeat within and across articles, and each look-up
// normalises its text, so a bounded cache pays for itself many times over.
import { agencyByName, type Agency } from './agencies.js';
import { lookupOrg, type OrgEntry } from './organizations.js';
import { lookupDemonym, lookupPlace, type PlaceEntry } from './places.js';

function memo<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= limit) cache = new Map(); // bounded: memory stays flat over any number of articles
    cache.set(s, v);
    return v;
  };
}

export const placeOf: (name: string) => PlaceEntry | null = memo(lookupPlace);
export const orgOf: (name: string) => OrgEntry | null = memo(lookupOrg);
export const agencyOf: (name: string) => Agency | null = memo(agencyByName);
export const demonymOf: (word: string) => string | null = memo(lookupDemonym);
