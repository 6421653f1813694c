// One real event, however many articles report it.
//
// A report joins an event already known when all of these hold:
// - same PLOVER type, and both are things that happened (actual or historical) or both future;
// - the participants agree: every participant of one side is a participant of the other, or
//   stands for one (an organization and its leader or member: "the Hamas delegation" and the
//   deputy chief who headed it), and at least two participants match;
// - places agree when both are given;
// - dates agree: one is a refinement of the other (2019-07-22 and 2019-07, never two different
//   days); a report without a date joins only when its article was published within days of
//   the event's date, or, when neither side has a date, within three days of the other
//   reports and with the same place and mode.
// Reports are found through blocking keys (type, participant, month), so merging stays
// near-linear in the number of reports.
import type { EventContext, PloverType, Span } from '../model/types.js';
import type { EventRow, EventSourceRow } from '../store/types.js';
import { compact, sameCompact } from './names.js';

/** An event as one article reports it, participants already canonical. */
export type EventReport = Omit<EventSourceRow, 'event' | 'merge'>;

export interface CanonEvent {
  id: string;
  type: PloverType;
  sources: EventSourceRow[];
  keys: Set<string>;
}

const DAY = 86_400_000;

export function precision(d: string | null): number {
  if (!d) return 0;
  return /^\d{4}-\d{2}-\d{2}/.test(d) ? 3 : /^\d{4}-\d{2}$/.test(d) ? 2 : /^\d{4}$/.test(d) ? 1 : 0;
}

/** Two dates agree when one refines the other: 2019-07-22 and 2019-07 and 2019. */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function range(d: string): [number, number] {
  const p = precision(d);
  if (p === 3) {
    const t = Date.parse(d.slice(0, 10));
    return [t, t];
  }
  if (p === 2) {
    const [y, m] = d.split('-').map(Number);
    return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  }
  const y = Number(d.slice(0, 4));
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** An article published on `published` can be reporting an event dated `d`: a week after it at most. */
function reportable(d: string, published: string | null): boolean {
  if (!published || !precision(published)) return false;
  const [lo, hi] = range(d);
  const p = Date.parse(published.slice(0, 10));
  return p >= lo - 3 * DAY && p <= hi + 7 * DAY;
}

function contextClass(c: EventContext): string | null {
  if (c === 'actual' || c === 'historical') return 'happened';
  if (c === 'future') return 'future';
  return null; // negated and hypothetical reports are kept, never merged
}

function monthKey(d: string | null, published: string | null): string | null {
  if (precision(d) >= 2) return d!.slice(0, 7);
  if (precision(published) >= 2 && (!d || published!.startsWith(d))) return published!.slice(0, 7);
  return null;
}

function shiftMonth(m: string, k: number): string {
  const [y, mm] = m.split('-').map(Number);
  const t = new Date(Date.UTC(y, mm - 1 + k, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

function most<T>(xs: T[]): T | null {
  const m = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const x of xs) {
    const v = (m.get(x) ?? 0) + 1;
    m.set(x, v);
    if (v > n) [best, n] = [x, v];
  }
  return best;
}

export class EventIndex {
  readonly events = new Map<string, CanonEvent>();
  private readonly block = new Map<string, Set<string>>();
  private next = 1;

  /**
   * @param orgsOf the organizations a canonical actor belongs to or leads (from the actor index).
   */
  constructor(private readonly orgsOf: (actor: string) => Set<string>) {}

  static fromSources(sources: EventSourceRow[], orgsOf: (actor: string) => Set<string>): EventIndex {
    const ix = new EventIndex(orgsOf);
    for (const s of sources) {
      const n = /^E(\d+)$/.exec(s.event);
      if (n) ix.next = Math.max(ix.next, Number(n[1]) + 1);
      ix.attach(s);
    }
    return ix;
  }

  private keysOf(s: { type: string; participants: string[]; date: string | null; published: string | null }): string[] {
    const m = monthKey(s.date, s.published);
    if (!m) return [];
    return s.participants.map((p) => `${s.type}|${p}|${m}`);
  }

  private attach(s: EventSourceRow): CanonEvent {
    let e = this.events.get(s.event);
    if (!e) this.events.set(s.event, (e = { id: s.event, type: s.type, sources: [], keys: new Set() }));
    e.sources.push(s);
    for (const k of this.keysOf(s)) {
      if (e.keys.has(k)) continue;
      e.keys.add(k);
      let b = this.block.get(k);
      if (!b) this.block.set(k, (b = new Set()));
      b.add(e.id);
    }
    return e;
  }

  /** Removes an article's reports; returns the ids of events left with no report (dropped) and of those changed. */
  removeArticle(article: string, events: Iterable<string>): { dropped: string[]; changed: string[] } {
    const dropped: string[] = [];
    const changed: string[] = [];
    for (const id of new Set(events)) {
      const e = this.events.get(id);
      if (!e) continue;
      e.sources = e.sources.filter((s) => s.article !== article);
      if (e.sources.length) changed.push(id);
      else {
        for (const k of e.keys) this.block.get(k)?.delete(id);
        this.events.delete(id);
        dropped.push(id);
      }
    }
    return { dropped, changed };
  }

  private covers(p: string, others: string[]): boolean {
    if (others.includes(p)) return true;
    const po = this.orgsOf(p);
    return others.some((q) => po.has(q) || this.orgsOf(q).has(p));
  }

  /** Why report `r` is the same real event as `e`, or null when it is not. */
  why(r: EventReport, e: CanonEvent): string | null {
    if (e.type !== r.type) return null;
    const rc = contextClass(r.context);
    if (!rc || e.sources.some((s) => contextClass(s.context) !== rc)) return null;
    const ep = [...new Set(e.sources.flatMap((s) => s.participants))];
    const rp = [...new Set(r.participants)];
    if (rp.length < 2 || ep.length < 2) return null;
    const rIn = rp.every((p) => this.covers(p, ep));
    const eIn = ep.every((p) => this.covers(p, rp));
    if (!rIn && !eIn) return null;
    const exact = rp.filter((p) => ep.includes(p)).length;
    const viaOrg = exact < Math.min(rp.length, ep.length);
    const rl = r.location ? compact(r.location) : null;
    for (const s of e.sources) {
      if (rl && s.location && !sameCompact(rl, compact(s.location))) return null;
    }
    let how = '';
    for (const s of e.sources) {
      if (r.date && s.date) {
        if (!datesAgree(r.date, s.date)) return null;
        how = 'date';
      } else if (r.date && !s.date) {
        if (!reportable(r.date, s.published)) return null;
        how ||= 'published-near-date';
      } else if (!r.date && s.date) {
        if (!reportable(s.date, r.published)) return null;
        how ||= 'published-near-date';
      } else {
        if (!r.published || !s.published || !precision(r.published) || !precision(s.published)) return null;
        if (Math.abs(Date.parse(r.published.slice(0, 10)) - Date.parse(s.published.slice(0, 10))) > 3 * DAY) return null;
        if (!rl || !s.location || (r.mode ?? '') !== (s.mode ?? '')) return null;
        how ||= 'undated-same-place-days-apart';
      }
    }
    return `same-type+participants${viaOrg ? '-via-organization' : ''}+${how}`;
  }

  /** Finds the event a report belongs to (or makes a new one) and records the report. */
  add(r: EventReport): { source: EventSourceRow; created: boolean } {
    const m = monthKey(r.date, r.published);
    let best: { e: CanonEvent; why: string; score: number } | null = null;
    if (m && contextClass(r.context)) {
      const ids = new Set<string>();
      const who = new Set(r.participants);
      for (const p of r.participants) for (const o of this.orgsOf(p)) who.add(o);
      const months = [shiftMonth(m, -1), m, shiftMonth(m, 1)];
      for (const p of who) for (const mm of months) for (const id of this.block.get(`${r.type}|${p}|${mm}`) ?? []) ids.add(id);
      for (const id of ids) {
        const e = this.events.get(id)!;
        const why = this.why(r, e);
        if (!why) continue;
        const ep = new Set(e.sources.flatMap((s) => s.participants));
        const score = r.participants.filter((p) => ep.has(p)).length * 10 + e.sources.filter((s) => s.date === r.date).length;
        if (!best || score > best.score) best = { e, why, score };
      }
    }
    const id = best ? best.e.id : `E${this.next++}`;
    const source: EventSourceRow = { ...r, event: id, merge: best ? best.why : 'new' };
    this.attach(source);
    return { source, created: !best };
  }

  /** The merged event as stored: the most precise agreed date, the most reported place and mode. */
  row(id: string): EventRow {
    const e = this.events.get(id)!;
    const dated = e.sources.map((s) => s.date).filter((d): d is string => !!d);
    const date = dated.sort((a, b) => precision(b) - precision(a))[0] ?? null;
    const participants = [...new Set(e.sources.flatMap((s) => s.participants))].sort();
    return {
      id, type: e.type,
      mode: most(e.sources.map((s) => s.mode).filter((x): x is string => !!x)),
      date,
      location: most(e.sources.map((s) => s.location).filter((x): x is string => !!x)),
      participants,
      sources: e.sources.length,
    };
  }
}

export type { Span };
