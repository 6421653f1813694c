// Request validation for the HTTP API: every query parameter is checked here and a bad one
// becomes a 400 with a message naming the parameter, what it takes and what was given.
// Hand-written on purpose: the API has a dozen flat query parameters, and one check per kind
// (integer, date, enum, text) is clearer than a schema library for that.
import type { ActorType, PloverType } from '../model/types.js';
import { PLOVER_SCORES } from '../corpus/plover.js';

/** An error the client caused (or a missing resource): the API answers `{error: message}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 421 | 422 | 500 | 503,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];
export const PLOVER_TYPES = Object.keys(PLOVER_SCORES) as PloverType[];

/** Longest free-text parameter accepted (search words, names). */
export const MAX_TEXT = 500;

const show = (v: string) => JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);

/** A non-negative integer parameter within [min, max], or `dflt` when absent. */
export function intParam(name: string, v: string | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v)) throw new ApiError(400, `${name} takes a whole number from ${min} to ${max} (got ${show(v)})`);
  const n = Number(v);
  if (n < min || n > max) throw new ApiError(400, `${name} takes a whole number from ${min} to ${max} (got ${v})`);
  return n;
}

/** A calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no month 13, no 31 April). */
export function dateParam(name: string, v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const bad = () => new ApiError(400, `${name} takes a date like 2019, 2019-07 or 2019-07-22 (got ${show(v)})`);
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12) throw bad();
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) throw bad();
  return v;
}

/** Checks that `from` is not after `to` (comparing the first day each covers). */
export function dateOrder(from: string | undefined, to: string | undefined): void {
  if (!from || !to) return;
  const first = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
  const last = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  if (first > last) throw new ApiError(400, `from (${from}) is after to (${to})`);
}

export function enumParam<T extends string>(name: string, v: string | undefined, allowed: readonly T[], normalize: (s: string) => string = (s) => s): T | undefined {
  if (v === undefined || v === '') return undefined;
  const n = normalize(v);
  if (!(allowed as readonly string[]).includes(n)) throw new ApiError(400, `${name} is one of ${allowed.join(', ')} (got ${show(v)})`);
  return n as T;
}

/** Free text (search words, a name): trimmed, bounded in length; empty means absent unless `required`. */
export function textParam(name: string, v: string | undefined, required = false): string | undefined {
  const t = v?.trim();
  if (!t) {
    if (required) throw new ApiError(400, `${name} is required`);
    return undefined;
  }
  if (t.length > MAX_TEXT) throw new ApiError(400, `${name} is longer than ${MAX_TEXT} characters`);
  return t;
}

/** Page size and start: `limit` 1..max (default `dflt`), `offset` 0..100,000. */
export function pageParams(q: (k: string) => string | undefined, dflt = 50, max = 500): { limit: number; offset: number } {
  return { limit: intParam('limit', q('limit'), dflt, 1, max), offset: intParam('offset', q('offset'), 0, 0, 100_000) };
}
