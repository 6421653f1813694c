// What each API route returns, built over the Store interface only: an actor's profile, events
// with their participants' names and sources, an article with its analysis, timelines and the
// meeting network. Pure reads; the routes in app.ts validate parameters and call these.
import type { ActorLinkRow, ActorRow, EventRow, EventSourceRow, Store } from '../store/types.js';
import { ploverScore, PLOVER_SCORES } from '../corpus/plover.js';
import { plain } from '../corpus/names.js';
import { ApiError } from './params.js';

/** Looks up display names and types of canonical actors, once each per request. */
export class Names {
  private readonly cache = new Map<string, ActorRow | null>();
  constructor(private readonly store: Store) {}

  async row(id: string): Promise<ActorRow | null> {
    if (!this.cache.has(id)) this.cache.set(id, await this.store.actor(id));
    return this.cache.get(id)!;
  }

  async ref(id: string): Promise<{ id: string; name: string; type: string | null }> {
    const a = await this.row(id);
    return { id, name: a?.name ?? id, type: a?.type ?? null };
  }
}

/**
 * Resolves an actor parameter: a canonical id ("A12"), else an exact name or alias
 * (case-insensitive; the most mentioned actor of that name). Unknown → 404.
 */
export async function resolveActor(store: Store, param: string, what = 'actor'): Promise<ActorRow> {
  const byId = await store.actor(param);
  if (byId) return byId;
  const named = await store.actorsNamed(param);
  if (named.length) return named[0];
  throw new ApiError(404, `no ${what} with id or name ${JSON.stringify(param.slice(0, 80))}`);
}

export function sourceView(s: EventSourceRow) {
  return {
    article: s.article,
    outlet: s.outlet,
    url: s.url,
    published: s.published,
    type: s.type,
    mode: s.mode,
    date: s.date,
    date_text: s.date_text,
    location: s.location,
    context: s.context,
    participants: s.participants,
    source: s.source,
    targets: s.targets,
    evidence: { start: s.evidence.start, end: s.evidence.end, text: s.text },
    rule: s.rule,
    merge: s.merge,
  };
}

/** Events as the list routes give them: participants named, the outlets that report them, the PLOVER score. */
export async function eventSummaries(store: Store, events: EventRow[], names: Names) {
  const sources = await store.eventSources(events.map((e) => e.id));
  const outlets = new Map<string, Set<string>>();
  for (const s of sources) {
    if (!outlets.has(s.event)) outlets.set(s.event, new Set());
    outlets.get(s.event)!.add(s.outlet ?? s.article);
  }
  const out = [];
  for (const e of events) {
    out.push({
      id: e.id,
      type: e.type,
      mode: e.mode,
      date: e.date,
      location: e.location,
      score: ploverScore(e.type),
      participants: await Promise.all(e.participants.map((p) => names.ref(p))),
      sources: e.sources,
      outlets: [...(outlets.get(e.id) ?? [])],
    });
  }
  return out;
}

/**
 * One merged event by id. The Store has no lookup by event id, so the event row is found among
 * the events of one of its participants (from its sources), or by a scan when it has none.
 */
export async function eventById(store: Store, id: string, names: Names) {
  const sources = await store.eventSources([id]);
  if (!sources.length) throw new ApiError(404, `no event with id ${JSON.stringify(id.slice(0, 80))}`);
  const someone = sources.flatMap((s) => s.participants)[0];
  const pool = someone ? await store.events({ actors: [someone] }) : await store.events();
  const e = pool.find((x) => x.id === id) ?? (await store.events()).find((x) => x.id === id);
  if (!e) throw new ApiError(404, `no event with id ${JSON.stringify(id.slice(0, 80))}`);
  const [summary] = await eventSummaries(store, [e], names);
  // Quotes each source article carried from the participants: the outlet's framing, side by side.
  const speakers = new Set(e.participants);
  const byArticle = new Map<string, { text: string; speaker: string | null; span: { start: number; end: number } }[]>();
  if (speakers.size) {
    const articles = new Set(sources.map((s) => s.article));
    for (const q of await store.quotes({ speakers: [...speakers], limit: 5000 })) {
      if (!articles.has(q.article)) continue;
      if (!byArticle.has(q.article)) byArticle.set(q.article, []);
      byArticle.get(q.article)!.push({ text: q.text, speaker: q.speaker, span: q.span });
    }
  }
  const labels = new Map<string, { term: string; category: string; actor: string | null; start: number; end: number }[]>();
  for (const art of new Set(sources.map((s) => s.article))) {
    labels.set(
      art,
      (await store.labels({ article: art })).filter((l) => !l.actor || speakers.has(l.actor)).map((l) => ({ term: l.term, category: l.category, actor: l.actor, start: l.start, end: l.end })),
    );
  }
  return {
    ...summary,
    sources: sources.map((s) => ({ ...sourceView(s), quotes: byArticle.get(s.article) ?? [], labels: labels.get(s.article) ?? [] })),
  };
}

interface RoleSpan {
  title: string;
  first: string | null;
  last: string | null;
  articles: number;
  outlets: string[];
  evidence: { article: string; start: number; end: number; text: string; rule: string }[];
}

/** Roles over time: each stated role with the first and last article dates and up to 3 evidence spans. */
async function rolesOverTime(store: Store, links: ActorLinkRow[]): Promise<RoleSpan[]> {
  const by = new Map<string, RoleSpan & { seen: Set<string> }>();
  const texts = new Map<string, string>();
  for (const l of links) {
    for (const r of l.roles) {
      const key = plain(r.title);
      let s = by.get(key);
      if (!s) by.set(key, (s = { title: r.title, first: null, last: null, articles: 0, outlets: [], evidence: [], seen: new Set() }));
      if (!s.seen.has(l.article)) {
        s.seen.add(l.article);
        s.articles++;
      }
      if (l.outlet && !s.outlets.includes(l.outlet)) s.outlets.push(l.outlet);
      if (l.published) {
        if (!s.first || l.published < s.first) s.first = l.published;
        if (!s.last || l.published > s.last) s.last = l.published;
      }
      if (s.evidence.length < 3 && r.start >= 0) {
        if (!texts.has(l.article)) texts.set(l.article, (await store.article(l.article))?.text ?? '');
        s.evidence.push({ article: l.article, start: r.start, end: r.end, text: texts.get(l.article)!.slice(r.start, r.end), rule: r.rule });
      }
    }
  }
  return [...by.values()]
    .map(({ seen: _seen, ...s }) => s)
    .sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || b.articles - a.articles);
}

/** Events given in detail on an actor's page. */
export const PROFILE_EVENTS = 100;

/** The latest `n` dated events, then undated ones up to `n`, in the store's order (dated by date, then undated). */
function latest(rows: EventRow[], n: number): EventRow[] {
  const dated = rows.filter((e) => e.date);
  return [...dated.slice(Math.max(0, dated.length - n)), ...rows.filter((e) => !e.date).slice(0, Math.max(0, n - dated.length))];
}

/** An actor's page: names, roles over time with evidence, meetings, other events, quotes, outlets and their labels. */
export async function actorProfile(store: Store, a: ActorRow, names: Names) {
  // Only the links that state a role, the latest 200, and counts per outlet: the most mentioned
  // actors have tens of thousands of links, and reading them all was most of their page's time.
  const withRoles = await store.links(a.id, { withRoles: true });
  const recent = await store.links(a.id, { latest: 200 });
  const all = await store.events({ actors: [a.id] });
  const events = await eventSummaries(store, latest(all, PROFILE_EVENTS), names);
  const quotes = await store.quotes({ speakers: [a.id], limit: 200 });
  return {
    ...a,
    aliases: a.names.filter((n) => n !== a.name),
    roles: await rolesOverTime(store, withRoles),
    /** How many events the actor takes part in; `meetings` and `events` hold the latest PROFILE_EVENTS of them (the rest: /api/events?actor=). */
    events_total: all.length,
    meetings: events.filter((e) => e.type === 'CONSULT'),
    events: events.filter((e) => e.type !== 'CONSULT'),
    quotes: quotes.map((q) => ({ article: q.article, text: q.text, direct: q.direct, via: q.via, span: q.span, outlet: q.outlet, published: q.published })),
    outlets: (await store.outletsOf(a.id)).map((o) => ({ ...o, outlet: o.outlet ?? '(unknown outlet)' })),
    appearances: recent.map((l) => ({ article: l.article, local: l.local, name: l.name, published: l.published, outlet: l.outlet, rule: l.rule })),
  };
}

interface ContractActorLike {
  id: string;
  name: string;
  aliases?: string[];
}

/**
 * The canonical actor an article's actor was linked to. The Store has no links-by-article query,
 * so it is found through the name: a canonical actor keeps every name its links used, so the one
 * linked is among the actors of that name. With several, all but the most mentioned are checked
 * through their (fewer) links; the most mentioned is the one left.
 */
async function canonicalOf(store: Store, article: string, a: ContractActorLike): Promise<string | null> {
  const cands = (await store.actorsNamed(a.name)).sort((x, y) => x.articles - y.articles);
  for (const cand of cands.slice(0, -1)) {
    if ((await store.links(cand.id)).some((l) => l.article === article && l.local === a.id)) return cand.id;
  }
  return cands.at(-1)?.id ?? null;
}

/** An article with its analysis (offsets into `text`), and the canonical actor of each of its actors, so that a viewer can click through. */
export async function articleView(store: Store, id: string) {
  const art = await store.article(id);
  if (!art) throw new ApiError(404, `no article with id ${JSON.stringify(id.slice(0, 80))}`);
  const analysis = (art.analysis ?? {}) as { actors?: ContractActorLike[] };
  const canonical: Record<string, string | null> = {};
  for (const a of analysis.actors ?? []) canonical[a.id] = await canonicalOf(store, id, a);
  return {
    id: art.id,
    source: art.source,
    url: art.url,
    outlet: art.outlet,
    published: art.published,
    title: art.title,
    language: art.language,
    text: art.text,
    analysis: art.analysis,
    canonical,
    labels: (await store.labels({ article: id })).map((l) => ({ term: l.term, category: l.category, actor: l.actor, start: l.start, end: l.end })),
  };
}

/**
 * Events of one actor or a pair over time: the cooperation/conflict score per year over all of
 * them, and the details (participants, outlets) of the latest `limit` dated ones and the undated.
 */
export async function timeline(store: Store, actors: ActorRow[], names: Names, limit: number) {
  const rows = await store.events({ actors: actors.map((a) => a.id) });
  const years = new Map<string, { year: string; events: number; score: number }>();
  for (const e of rows) {
    const y = e.date?.slice(0, 4) ?? 'undated';
    const b = years.get(y) ?? { year: y, events: 0, score: 0 };
    b.events++;
    b.score += ploverScore(e.type);
    years.set(y, b);
  }
  const shown = latest(rows, limit);
  return {
    actors: actors.map((a) => ({ id: a.id, name: a.name, type: a.type })),
    total: rows.length,
    events: await eventSummaries(store, shown, names),
    years: [...years.values()].map((b) => ({ ...b, mean: b.events ? b.score / b.events : 0 })),
    scale: Object.fromEntries(Object.entries(PLOVER_SCORES).map(([k, v]) => [k, v.score])),
  };
}

export interface NetworkOptions {
  from?: string;
  to?: string;
  /** Most edges returned (the heaviest). */
  edges: number;
  /** Most nodes returned: every edge's ends first, then the most mentioned actors. */
  nodes: number;
}

/**
 * The meeting network for a date range: edges are pairs of actors who took part in the same
 * CONSULT event, weighted by how many such events; nodes are those actors with their corpus-wide
 * mention counts, topped up with the most mentioned actors so that a quiet range still shows who
 * is in the news. Aggregated in one pass over the range's meetings, then cut to the heaviest.
 */
export async function network(store: Store, o: NetworkOptions, names: Names) {
  const meetings = await store.events({ type: 'CONSULT', from: o.from, to: o.to });
  const pairs = new Map<string, { source: string; target: string; count: number; events: string[] }>();
  const degree = new Map<string, number>();
  for (const e of meetings) {
    const ps = [...new Set(e.participants)].sort();
    for (const p of ps) degree.set(p, (degree.get(p) ?? 0) + 1);
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const k = `${ps[i]}\u0000${ps[j]}`;
        let edge = pairs.get(k);
        if (!edge) pairs.set(k, (edge = { source: ps[i], target: ps[j], count: 0, events: [] }));
        edge.count++;
        if (edge.events.length < 5) edge.events.push(e.id);
      }
    }
  }
  let edges = [...pairs.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  const nodeIds: string[] = [];
  const have = new Set<string>();
  const add = (id: string) => {
    if (!have.has(id)) {
      have.add(id);
      nodeIds.push(id);
    }
  };
  const kept: typeof edges = [];
  for (const e of edges) {
    if (kept.length >= o.edges) break;
    const need = (have.has(e.source) ? 0 : 1) + (have.has(e.target) ? 0 : 1);
    if (nodeIds.length + need > o.nodes) continue;
    add(e.source);
    add(e.target);
    kept.push(e);
  }
  edges = kept;
  if (nodeIds.length < o.nodes && !o.from && !o.to) {
    for (const a of await store.actors({ limit: o.nodes })) {
      if (nodeIds.length >= o.nodes) break;
      add(a.id);
    }
  }
  const nodes = [];
  for (const id of nodeIds) {
    const a = await names.row(id);
    if (!a) continue;
    nodes.push({ id, name: a.name, type: a.type, affiliation: a.affiliation, mentions: a.mentions, articles: a.articles, meetings: degree.get(id) ?? 0 });
  }
  const present = new Set(nodes.map((n) => n.id));
  return {
    from: o.from ?? null,
    to: o.to ?? null,
    meetings: meetings.length,
    nodes,
    edges: edges.filter((e) => present.has(e.source) && present.has(e.target)),
    truncated: kept.length < pairs.size,
  };
}
