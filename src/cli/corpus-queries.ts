// The analyst's questions over the corpus: actors, one actor's profile, events, quotes,
// timelines and full-text search. Each prints a table, or JSON with --json.
import type { ActorType, PloverType } from '../model/types.js';
import type { ActorLinkRow, EventRow, EventSourceRow, LabelRow, Store } from '../store/types.js';
import { ploverScore, PLOVER_SCORES } from '../corpus/plover.js';
import { plain } from '../corpus/names.js';
import { checkDate, findActors, oneActor, printJson, STDIO, table, withStore, type Out } from './corpus-common.js';

type V = Record<string, unknown>;

const TYPES: ActorType[] = ['person', 'organization', 'place'];

/** Looks up display names of canonical actors, once each. */
function namer(store: Store) {
  const cache = new Map<string, string>();
  return async (id: string | null): Promise<string> => {
    if (!id) return '';
    if (!cache.has(id)) cache.set(id, (await store.actor(id))?.name ?? id);
    return cache.get(id)!;
  };
}

interface RoleSpan {
  title: string;
  first: string | null;
  last: string | null;
  dates: string[];
  articles: string[];
  outlets: string[];
  evidence: { article: string; start: number; end: number; text: string; rule: string }[];
}

/** Roles over time: each role with the dates of the articles that state it, and the evidence. */
async function rolesOverTime(store: Store, links: ActorLinkRow[], evidencePerRole = 3): Promise<RoleSpan[]> {
  const by = new Map<string, RoleSpan>();
  const texts = new Map<string, string>();
  for (const l of links) {
    for (const r of l.roles) {
      const key = plain(r.title);
      let s = by.get(key);
      if (!s) by.set(key, (s = { title: r.title, first: null, last: null, dates: [], articles: [], outlets: [], evidence: [] }));
      if (!s.articles.includes(l.article)) s.articles.push(l.article);
      if (l.outlet && !s.outlets.includes(l.outlet)) s.outlets.push(l.outlet);
      if (l.published) {
        if (!s.dates.includes(l.published)) s.dates.push(l.published);
        if (!s.first || l.published < s.first) s.first = l.published;
        if (!s.last || l.published > s.last) s.last = l.published;
      }
      if (s.evidence.length < evidencePerRole && r.start >= 0) {
        if (!texts.has(l.article)) texts.set(l.article, (await store.article(l.article))?.text ?? '');
        s.evidence.push({ article: l.article, start: r.start, end: r.end, text: texts.get(l.article)!.slice(r.start, r.end), rule: r.rule });
      }
    }
  }
  for (const s of by.values()) s.dates.sort();
  return [...by.values()].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || b.articles.length - a.articles.length);
}

async function eventJson(store: Store, events: EventRow[], name: (id: string | null) => Promise<string>) {
  const sources = await store.eventSources(events.map((e) => e.id));
  const by = new Map<string, EventSourceRow[]>();
  for (const s of sources) by.set(s.event, [...(by.get(s.event) ?? []), s]);
  // Framing: the labelling terms each outlet uses for this event's participants, in the same article.
  const labels = new Map<string, LabelRow[]>();
  for (const s of sources) if (!labels.has(s.article)) labels.set(s.article, await store.labels({ article: s.article }));
  const framing = (s: EventSourceRow, participants: string[]) =>
    (labels.get(s.article) ?? [])
      .filter((l) => (l.actor && participants.includes(l.actor)) || (l.start < s.evidence.end && l.end > s.evidence.start))
      .map((l) => ({ term: l.term, category: l.category, actor: l.actor }));
  const out = [];
  for (const e of events) {
    out.push({
      ...e,
      score: ploverScore(e.type),
      participants: await Promise.all(e.participants.map(async (id) => ({ id, name: await name(id) }))),
      sources: (by.get(e.id) ?? []).map((s) => ({
        article: s.article, outlet: s.outlet, url: s.url, published: s.published, date: s.date, date_text: s.date_text,
        location: s.location, evidence: s.evidence, text: s.text, merge: s.merge, framing: framing(s, e.participants),
      })),
    });
  }
  return out;
}

type EventJson = Awaited<ReturnType<typeof eventJson>>[number];

function eventTable(rows: EventJson[], withScore: boolean): string {
  return table(
    ['DATE', 'TYPE', ...(withScore ? ['SCORE'] : []), 'MODE', 'PARTICIPANTS', 'PLACE', 'SOURCES [labels each outlet uses]'],
    rows.map((e) => [
      e.date ?? '—', e.type, ...(withScore ? [e.score.toFixed(1)] : []), e.mode, e.participants.map((p) => p.name).join(', '), e.location,
      `${e.sources.length}: ${[...new Set(e.sources.map((s) => `${s.outlet ?? s.article}${s.framing.length ? ` [${[...new Set(s.framing.map((f) => f.term))].join(', ')}]` : ''}`))].join('; ')}`,
    ]),
    110,
  );
}

export async function actorsCommand(_p: string[], v: V, io: Out = STDIO): Promise<number> {
  if (v.type !== undefined && !TYPES.includes(v.type as ActorType)) {
    io.err.write(`dossier actors: --type is one of ${TYPES.join(', ')} (got "${String(v.type)}")\n`);
    return 2;
  }
  const limit = v.limit !== undefined ? Number(v.limit) : v.json ? 500 : 50;
  return withStore('actors', v, true, io, async (store) => {
    let rows = await store.actors({ type: v.type as ActorType | undefined, search: v.search as string | undefined, limit });
    // No name contains the text: try it as another spelling (Meshaal finds Mashaal).
    if (!rows.length && v.search) rows = (await findActors(store, String(v.search))).filter((a) => !v.type || a.type === v.type).slice(0, limit);
    const out = [];
    for (const a of rows) {
      const roles = await rolesOverTime(store, await store.links(a.id), 0);
      out.push({ ...a, aliases: a.names.filter((n) => n !== a.name), roles: roles.map((r) => ({ title: r.title, first: r.first, last: r.last, articles: r.articles.length })) });
    }
    if (v.json) printJson(io, out);
    else if (!out.length) io.out.write(`no actors${v.search ? ` matching "${String(v.search)}"` : ''} in ${store.location}\n`);
    else
      io.out.write(
        table(
          ['ID', 'NAME', 'TYPE', 'ALIASES', 'ROLES', 'AFFILIATION', 'MENTIONS', 'ARTICLES', 'OUTLETS'],
          out.map((a) => [a.id, a.name, a.type, a.aliases.join('; '), a.roles.map((r) => r.title).join('; '), a.affiliation, a.mentions, a.articles, a.outlets]),
        ),
      );
    return 0;
  });
}

export async function actorCommand(p: string[], v: V, io: Out = STDIO): Promise<number> {
  const name = p.join(' ').trim();
  if (!name) {
    io.err.write('dossier actor: give a name (try: dossier actor Haniyeh)\n');
    return 2;
  }
  return withStore('actor', v, true, io, async (store) => {
    const found = await findActors(store, name);
    const a = await oneActor(store, name, 'actor', io);
    if (!a) return 1;
    const nm = namer(store);
    const links = await store.links(a.id);
    const roles = await rolesOverTime(store, links);
    const events = await eventJson(store, await store.events({ actors: [a.id] }), nm);
    const quotes = await store.quotes({ speakers: [a.id], limit: 200 });
    const labels = await store.labels({ actor: a.id });
    const outlets = new Map<string, { outlet: string; articles: Set<string>; labels: Map<string, number> }>();
    for (const l of links) {
      const k = l.outlet ?? '(unknown outlet)';
      if (!outlets.has(k)) outlets.set(k, { outlet: k, articles: new Set(), labels: new Map() });
      outlets.get(k)!.articles.add(l.article);
    }
    for (const l of labels) {
      const o = outlets.get(l.outlet ?? '(unknown outlet)');
      if (o) o.labels.set(l.term, (o.labels.get(l.term) ?? 0) + 1);
    }
    const profile = {
      ...a,
      also: found.filter((x) => x.id !== a.id).map((x) => ({ id: x.id, name: x.name })),
      roles,
      meetings: events.filter((e) => e.type === 'CONSULT'),
      events: events.filter((e) => e.type !== 'CONSULT'),
      quotes,
      outlets: [...outlets.values()].map((o) => ({ outlet: o.outlet, articles: o.articles.size, labels: Object.fromEntries(o.labels) })),
      links: links.map((l) => ({ article: l.article, name: l.name, rule: l.rule, published: l.published, outlet: l.outlet })),
    };
    if (v.json) {
      printJson(io, profile);
      return 0;
    }
    const w = (s: string) => io.out.write(s);
    w(`${a.name}  (${a.id}, ${a.type}${a.affiliation ? `, ${a.affiliation}` : ''}) — ${a.mentions} mentions in ${a.articles} articles from ${a.outlets} outlets\n`);
    if (profile.also.length) w(`also matching "${name}": ${profile.also.map((x) => `${x.name} (${x.id})`).join(', ')}\n`);
    w(`\nnames: ${a.names.join('; ')}\n`);
    w(`\nroles over time:\n`);
    w(roles.length ? table(['ROLE', 'FROM', 'TO', 'ARTICLES', 'EVIDENCE'], roles.map((r) => [r.title, r.first ?? '?', r.last ?? '?', r.articles.length, r.evidence[0]?.text ?? ''])) : '  (none stated)\n');
    w(`\nmeetings:\n`);
    w(profile.meetings.length ? eventTable(profile.meetings, false) : '  (none)\n');
    if (profile.events.length) w(`\nother events:\n${eventTable(profile.events, true)}`);
    w(`\nquotes (${quotes.length}):\n`);
    w(quotes.length ? table(['DATE', 'OUTLET', 'QUOTE'], quotes.slice(0, 10).map((q) => [q.published ?? '?', q.outlet, q.text]), 90) : '  (none)\n');
    w(`\noutlets:\n`);
    w(table(['OUTLET', 'ARTICLES', 'LABELS NEAR THIS ACTOR'], profile.outlets.map((o) => [o.outlet, o.articles, Object.entries(o.labels).map(([t, n]) => `${t}×${n}`).join(', ')]), 70));
    return 0;
  });
}

async function actorIds(store: Store, names: string[], cmd: string, io: Out): Promise<string[] | null> {
  const ids: string[] = [];
  for (const n of names) {
    const a = await oneActor(store, n, cmd, io);
    if (!a) return null;
    ids.push(a.id);
  }
  return ids;
}

export async function eventsCommand(_p: string[], v: V, io: Out = STDIO): Promise<number> {
  const type = v.type ? String(v.type).toUpperCase() : undefined;
  if (type && !(type in PLOVER_SCORES)) {
    io.err.write(`dossier events: --type is a PLOVER type: ${Object.keys(PLOVER_SCORES).join(', ')} (got "${String(v.type)}")\n`);
    return 2;
  }
  const from = checkDate(v.from, 'from');
  const to = checkDate(v.to, 'to');
  return withStore('events', v, true, io, async (store) => {
    const ids = await actorIds(store, (v.actor as string[] | undefined) ?? [], 'events', io);
    if (!ids) return 1;
    const rows = await eventJson(store, await store.events({ type: type as PloverType | undefined, actors: ids, from, to, limit: v.limit ? Number(v.limit) : undefined }), namer(store));
    if (v.json) printJson(io, rows);
    else io.out.write(rows.length ? eventTable(rows, false) : `no events match in ${store.location}\n`);
    return 0;
  });
}

export async function quotesCommand(_p: string[], v: V, io: Out = STDIO): Promise<number> {
  return withStore('quotes', v, true, io, async (store) => {
    let speakers: string[] | undefined;
    if (v.speaker) {
      const found = await findActors(store, String(v.speaker));
      if (!found.length) {
        io.err.write(`dossier quotes: no actor named "${String(v.speaker)}" in ${store.location}\n`);
        return 1;
      }
      speakers = [found[0].id];
    }
    const rows = await store.quotes({ speakers, search: v.search as string | undefined, limit: v.limit ? Number(v.limit) : undefined });
    const nm = namer(store);
    const out = [];
    for (const q of rows) out.push({ ...q, speaker_canonical: q.speaker ? await nm(q.speaker) : null });
    if (v.json) printJson(io, out);
    else
      io.out.write(
        out.length
          ? table(['DATE', 'SPEAKER', 'OUTLET', 'VIA', 'QUOTE'], out.map((q) => [q.published ?? '?', q.speaker_canonical ?? q.speaker_name ?? '(unattributed)', q.outlet, q.via, q.text]), 90)
          : `no quotes match in ${store.location}\n`,
      );
    return 0;
  });
}

export async function timelineCommand(p: string[], v: V, io: Out = STDIO): Promise<number> {
  if (!p.length || p.length > 2) {
    io.err.write('dossier timeline: give one actor, or two for a relationship (quote names with spaces: dossier timeline "Ali Khamenei" Hamas)\n');
    return 2;
  }
  return withStore('timeline', v, true, io, async (store) => {
    const ids = await actorIds(store, p, 'timeline', io);
    if (!ids) return 1;
    const nm = namer(store);
    const rows = await eventJson(store, await store.events({ actors: ids }), nm);
    const byYear = new Map<string, { year: string; events: number; score: number }>();
    for (const e of rows) {
      const y = e.date?.slice(0, 4) ?? 'undated';
      const b = byYear.get(y) ?? { year: y, events: 0, score: 0 };
      b.events++;
      b.score += e.score;
      byYear.set(y, b);
    }
    const years = [...byYear.values()].map((b) => ({ ...b, mean: b.events ? b.score / b.events : 0 }));
    const who = await Promise.all(ids.map(async (id) => ({ id, name: await nm(id) })));
    if (v.json) {
      printJson(io, { actors: who, events: rows, years, scale: PLOVER_SCORES });
      return 0;
    }
    io.out.write(`${who.map((w) => w.name).join(' – ')}: ${rows.length} events (score: PLOVER type on the Goldstein scale, −10 conflict … +10 cooperation)\n\n`);
    if (!rows.length) return 0;
    io.out.write(eventTable(rows, true));
    io.out.write('\n' + table(['YEAR', 'EVENTS', 'TOTAL', 'MEAN'], years.map((y) => [y.year, y.events, y.score.toFixed(1), y.mean.toFixed(2)])));
    return 0;
  });
}

export async function searchCommand(p: string[], v: V, io: Out = STDIO): Promise<number> {
  const text = p.join(' ').trim();
  if (!text) {
    io.err.write('dossier search: give words to search for (try: dossier search "Zionist regime")\n');
    return 2;
  }
  return withStore('search', v, true, io, async (store) => {
    const hits = await store.search(text, v.limit ? Number(v.limit) : 20);
    const nm = namer(store);
    const out = [];
    for (const h of hits) out.push({ ...h, speaker_name: h.speaker ? await nm(h.speaker) : null });
    if (v.json) printJson(io, out);
    else
      io.out.write(
        out.length
          ? table(['KIND', 'ARTICLE', 'OUTLET', 'DATE', 'SPEAKER', 'MATCH'], out.map((h) => [h.kind, h.article, h.outlet, h.published, h.speaker_name, h.snippet]), 100)
          : `nothing matches "${text}" in ${store.location}\n`,
      );
    return 0;
  });
}
