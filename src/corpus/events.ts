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
// Reports are found through blocking keys (type, a pair of participants, day or month), so
// merging stays near-linear in the number of reports.
import type { EventContext, PloverType, Span } from '../model/types.js';
import type { EventRow, EventSourceRow } from '../store/types.js';
import { compact, sameCompact } from './names.js';

/** An event as one article reports it, participants already canonical. */
export type EventReport = Omit<EventSourceRow, 'event' | 'merge'>;

export interface CanonEvent {
  id: string;
  type: PloverType;
  /** How many reports it has. */
  count: number;
  keys: Set<string>;
  /** Counts over the sources, so that checking a new report costs the distinct values, not the reports. */
  agg: Aggregates;
}

type Counter<K = string> = Map<K, number>;

type P = [string, number][];
interface EventState {
  t: PloverType;
  c: number;
  k: string[];
  g: { p: P; pl: P; pk: P; d: P; up: P; uu: number; un: number; um: P; mo: P; cx: P };
}

interface Aggregates {
  participants: Counter;
  /** Places as written, and folded for comparison. */
  places: Counter;
  placeKeys: Counter;
  dates: Counter;
  /** Published dates of the reports that give no event date. */
  undatedPublished: Counter;
  /** Reports with neither an event date nor a published date: they block merging on dates. */
  undatedUnpublished: number;
  /** Undated reports without a place. */
  undatedUnplaced: number;
  undatedModes: Counter;
  modes: Counter;
  contexts: Counter;
}

function bump<K>(m: Counter<K>, k: K | null | undefined, d: number): void {
  if (k === null || k === undefined) return;
  const v = (m.get(k) ?? 0) + d;
  if (v > 0) m.set(k, v);
  else m.delete(k);
}

function emptyAgg(): Aggregates {
  return {
    participants: new Map(), places: new Map(), placeKeys: new Map(), dates: new Map(), undatedPublished: new Map(), undatedUnpublished: 0,
    undatedUnplaced: 0, undatedModes: new Map(), modes: new Map(), contexts: new Map(),
  };
}

function account(a: Aggregates, s: EventSourceRow, d: 1 | -1): void {
  for (const p of new Set(s.participants)) bump(a.participants, p, d);
  bump(a.places, s.location, d);
  bump(a.placeKeys, s.location ? compact(s.location) : null, d);
  bump(a.modes, s.mode, d);
  bump(a.contexts, contextClass(s.context) ?? 'never', d);
  if (s.date) bump(a.dates, s.date, d);
  else {
    if (s.published && precision(s.published)) bump(a.undatedPublished, s.published.slice(0, 10), d);
    else a.undatedUnpublished += d;
    if (!s.location) a.undatedUnplaced += d;
    bump(a.undatedModes, s.mode ?? '', d);
  }
}

const DAY = 86_400_000;
/** Candidates looked at per blocking key: the most recent ones. */
const MAX_BLOCK = 64;
/** Candidates looked at per report, most specific keys first (the day before the month). */
const MAX_CANDIDATES = 256;

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

/** Where a report is filed: under its day (and that day's month and year), its month, its year, or, undated, its published month. */
function fileKeys(date: string | null, published: string | null): string[] {
  const p = precision(date);
  // `a:` files every report once more under its pair alone, for reports that cannot be placed in time.
  if (p === 3) return [`d:${date!.slice(0, 10)}`, `dm:${date!.slice(0, 7)}`, 'a:'];
  if (p === 2) return [`m:${date}`, 'a:'];
  if (p === 1) return [`y:${date}`, 'a:'];
  return precision(published) >= 2 ? [`u:${published!.slice(0, 7)}`, 'a:'] : ['a:'];
}

/** Where the reports that could be the same event are filed: a day looks at that day, not at its whole month. */
function lookKeys(date: string | null, published: string | null): string[] {
  const p = precision(date);
  if (p === 3) {
    const m = date!.slice(0, 7);
    return [`d:${date!.slice(0, 10)}`, `m:${m}`, `y:${date!.slice(0, 4)}`, `u:${shiftMonth(m, -1)}`, `u:${m}`, `u:${shiftMonth(m, 1)}`];
  }
  if (p === 2) return [`dm:${date}`, `m:${date}`, `y:${date!.slice(0, 4)}`, `u:${date}`, `u:${shiftMonth(date!, 1)}`];
  if (p === 1) return [`y:${date}`, 'a:']; // a year is rare and coarse: the pair's most recent events
  if (precision(published) < 2) return ['a:']; // no time at all: the pair's known events
  const m = published!.slice(0, 7);
  const prev = shiftMonth(m, -1);
  return [`dm:${m}`, `dm:${prev}`, `m:${m}`, `m:${prev}`, `u:${prev}`, `u:${m}`, `u:${shiftMonth(m, 1)}`];
}

function shiftMonth(m: string, k: number): string {
  const [y, mm] = m.split('-').map(Number);
  const t = new Date(Date.UTC(y, mm - 1 + k, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
}

export class EventIndex {
  readonly events = new Map<string, CanonEvent>();
  private readonly block = new Map<string, string[]>();
  private next = 1;

  /**
   * @param orgsOf the organizations a canonical actor belongs to or leads (from the actor index).
   */
  constructor(private readonly orgsOf: (actor: string) => ReadonlyMap<string, number>) {}

  static fromSources(sources: EventSourceRow[], orgsOf: (actor: string) => ReadonlyMap<string, number>): EventIndex {
    const ix = new EventIndex(orgsOf);
    for (const s of sources) {
      ix.bumpNext(s.event);
      ix.attach(s);
    }
    return ix;
  }

  /** Rebuilds the index from the states saved with each event: no report is read. */
  static fromStates(rows: { id: string; state: string }[], orgsOf: (actor: string) => ReadonlyMap<string, number>): EventIndex {
    const ix = new EventIndex(orgsOf);
    for (const r of rows) {
      ix.bumpNext(r.id);
      const st = JSON.parse(r.state) as EventState;
      const g = st.g;
      const agg: Aggregates = {
        participants: new Map(g.p), places: new Map(g.pl), placeKeys: new Map(g.pk), dates: new Map(g.d), undatedPublished: new Map(g.up),
        undatedUnpublished: g.uu, undatedUnplaced: g.un, undatedModes: new Map(g.um), modes: new Map(g.mo), contexts: new Map(g.cx),
      };
      const e: CanonEvent = { id: r.id, type: st.t, count: st.c, keys: new Set(st.k), agg };
      ix.events.set(r.id, e);
      for (const k of e.keys) {
        let b = ix.block.get(k);
        if (!b) ix.block.set(k, (b = []));
        b.push(e.id);
      }
    }
    return ix;
  }

  private bumpNext(id: string): void {
    const n = /^E(\d+)$/.exec(id);
    if (n) this.next = Math.max(this.next, Number(n[1]) + 1);
  }

  /** What is saved with an event so that the next run need not read its reports. */
  state(id: string): string {
    const e = this.events.get(id)!;
    const a = e.agg;
    const p = (m: Counter) => [...m.entries()];
    const st: EventState = {
      t: e.type, c: e.count, k: [...e.keys],
      g: { p: p(a.participants), pl: p(a.places), pk: p(a.placeKeys), d: p(a.dates), up: p(a.undatedPublished), uu: a.undatedUnpublished, un: a.undatedUnplaced, um: p(a.undatedModes), mo: p(a.modes), cx: p(a.contexts) },
    };
    return JSON.stringify(st);
  }

  /**
   * Participants and the organizations they belong to, so that "Hamas" and its deputy chief
   * share blocking keys. At most eight, so that a crowded report stays cheap.
   */
  private expanded(participants: string[]): string[] {
    const who = new Set(participants);
    for (const p of participants) for (const o of this.orgsOf(p).keys()) who.add(o);
    return [...who].sort().slice(0, 8);
  }

  /**
   * Blocking keys: type, a pair, and when. Each pair has at least one actual participant; the
   * other is a participant or an organization another participant belongs to. A pair's block
   * stays small however often each of the two is in the news.
   */
  private pairKeys(type: string, participants: string[], times: string[]): string[] {
    const actual = [...new Set(participants)].sort().slice(0, 8);
    const w = this.expanded(actual);
    const keys: string[] = [];
    for (const a of actual)
      for (const b of w) {
        if (a === b || (actual.includes(b) && b < a)) continue;
        const [x, y] = a < b ? [a, b] : [b, a];
        for (const t of times) keys.push(`${type}|${x}|${y}|${t}`);
      }
    return keys;
  }

  private keysOf(s: { type: string; participants: string[]; date: string | null; published: string | null }): string[] {
    return this.pairKeys(s.type, s.participants, fileKeys(s.date, s.published));
  }

  private attach(s: EventSourceRow): CanonEvent {
    let e = this.events.get(s.event);
    if (!e) this.events.set(s.event, (e = { id: s.event, type: s.type, count: 0, keys: new Set(), agg: emptyAgg() }));
    e.count++;
    account(e.agg, s, 1);
    for (const k of this.keysOf(s)) {
      if (e.keys.has(k)) continue;
      e.keys.add(k);
      let b = this.block.get(k);
      if (!b) this.block.set(k, (b = []));
      b.push(e.id);
    }
    return e;
  }

  /** Removes reports (an article's old version); returns the ids of events left with no report (dropped) and of those changed. */
  removeSources(old: EventSourceRow[]): { dropped: string[]; changed: string[] } {
    const touched = new Set<string>();
    for (const s of old) {
      const e = this.events.get(s.event);
      if (!e) continue;
      account(e.agg, s, -1);
      e.count--;
      touched.add(s.event);
    }
    const dropped: string[] = [];
    const changed: string[] = [];
    for (const id of touched) {
      const e = this.events.get(id)!;
      if (e.count > 0) changed.push(id);
      else {
        for (const k of e.keys) {
          const b = this.block.get(k);
          if (b) this.block.set(k, b.filter((x) => x !== id));
        }
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
    const a = e.agg;
    if (e.type !== r.type) return null;
    const rc = contextClass(r.context);
    if (!rc || a.contexts.size !== 1 || !a.contexts.has(rc)) return null;
    const ep = [...a.participants.keys()];
    const rp = [...new Set(r.participants)];
    if (rp.length < 2 || ep.length < 2) return null;
    const rIn = rp.every((p) => this.covers(p, ep));
    const eIn = ep.every((p) => this.covers(p, rp));
    if (!rIn && !eIn) return null;
    const exact = rp.filter((p) => a.participants.has(p)).length;
    const viaOrg = exact < Math.min(rp.length, ep.length);
    const rl = r.location ? compact(r.location) : null;
    if (rl) for (const l of a.placeKeys.keys()) if (!sameCompact(rl, l)) return null;
    if (!r.date && !(r.published && precision(r.published))) {
      // Neither the event nor its article is dated: it can only be the pair's one known event
      // (add() refuses when several fit), never a second undated report of unknown time.
      if (!a.dates.size && !a.undatedPublished.size) return null;
      return `same-type+participants${viaOrg ? '-via-organization' : ''}+only-known-event-of-the-pair-time-unknown`;
    }
    let how = '';
    for (const d of a.dates.keys()) {
      if (r.date) {
        if (!datesAgree(r.date, d)) return null;
        how = 'date';
      } else {
        if (!reportable(d, r.published)) return null;
        how ||= 'published-near-date';
      }
    }
    if (a.undatedUnpublished) return null;
    for (const p of a.undatedPublished.keys()) {
      if (r.date) {
        if (!reportable(r.date, p)) return null;
        how ||= 'published-near-date';
      } else {
        // Neither side dates the event: same place, same mode, published within three days.
        if (!r.published || !precision(r.published)) return null;
        if (Math.abs(Date.parse(r.published.slice(0, 10)) - Date.parse(p)) > 3 * DAY) return null;
        if (!rl || a.undatedUnplaced || a.undatedModes.size !== 1 || !a.undatedModes.has(r.mode ?? '')) return null;
        how ||= 'undated-same-place-days-apart';
      }
    }
    return `same-type+participants${viaOrg ? '-via-organization' : ''}+${how}`;
  }

  /** Finds the event a report belongs to (or makes a new one) and records the report. */
  add(r: EventReport): { source: EventSourceRow; created: boolean } {
    let best: { e: CanonEvent; why: string; score: number } | null = null;
    let passing = 0;
    if (contextClass(r.context)) {
      const ids = new Set<string>();
      for (const k of this.pairKeys(r.type, r.participants, lookKeys(r.date, r.published))) {
        const b = this.block.get(k);
        if (!b) continue;
        // The most recent events of a crowded block only: merging cost stays bounded per report.
        for (let i = b.length - 1; i >= Math.max(0, b.length - MAX_BLOCK); i--) ids.add(b[i]);
        if (ids.size >= MAX_CANDIDATES) break;
      }
      for (const id of ids) {
        const e = this.events.get(id)!;
        const why = this.why(r, e);
        if (!why) continue;
        passing++;
        const score = r.participants.filter((p) => e.agg.participants.has(p)).length * 10 + (r.date ? e.agg.dates.get(r.date) ?? 0 : 0);
        if (!best || score > best.score) best = { e, why, score };
      }
    }
    // A report that only gives a month, a year or no date, and fits several known events, cannot
    // say which one it reports: it stays its own event rather than merge with a guess.
    let merge = best ? best.why : 'new';
    if (best && passing > 1 && precision(r.date) < 3) [best, merge] = [null, 'new-ambiguous-coarse-date'];
    const id = best ? best.e.id : `E${this.next++}`;
    const source: EventSourceRow = { ...r, event: id, merge };
    this.attach(source);
    return { source, created: !best };
  }

  /** The merged event as stored: the most precise agreed date, the most reported place and mode. */
  row(id: string): EventRow {
    const e = this.events.get(id)!;
    const a = e.agg;
    const date = [...a.dates.keys()].sort((x, y) => precision(y) - precision(x) || (a.dates.get(y)! - a.dates.get(x)!))[0] ?? null;
    return { id, type: e.type, mode: top(a.modes), date, location: top(a.places), participants: [...a.participants.keys()].sort(), sources: e.count, state: this.state(id) };
  }
}

function top(m: Counter): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best;
}
