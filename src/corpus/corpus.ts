// The corpus: resolves each article's actors and events against everything stored before,
// and produces the one bundle the store writes in one transaction.
import type { ContractAnalysis } from '../output/contract.js';
import type { ActorLinkRow, ArticleBundle, ArticleRow, CorpusSnapshot, EventSourceRow, LabelRow, QuoteRow, RoleEvidence } from '../store/types.js';
import { ActorIndex, type ArticleActor } from './actors.js';
import { EventIndex } from './events.js';
import { findLabels } from './framing.js';
import { parsePerson, plain } from './names.js';

export type ArticleInput = ArticleRow & { analysis: ContractAnalysis };

type ContractActor = ContractAnalysis['actors'][number];

function toArticleActor(a: ContractActor): ArticleActor {
  const roles: RoleEvidence[] = (a.role_evidence ?? []).map((r) => ({ title: r.title, affiliation: r.affiliation ?? null, start: r.start, end: r.end, rule: r.rule }));
  // Roles written as plain strings only (no evidence) still count.
  for (const t of a.roles ?? []) if (!roles.some((r) => r.title === t)) roles.push({ title: t, affiliation: null, start: -1, end: -1, rule: 'contract' });
  return { local: a.id, name: a.name, type: a.type, aliases: a.aliases ?? [], roles, affiliation: a.affiliation ?? null, mentions: Math.max(1, a.mentions?.length ?? 1) };
}

/** Order of resolution: organizations and places first (persons' affiliations point to them), then full names, then surnames. */
function order(a: ArticleActor): number {
  if (a.type !== 'person') return 0;
  return [a.name, ...a.aliases].some((n) => parsePerson(n)?.first) ? 1 : 2;
}

/** True when `phrase` occurs in `text` as whole words. */
function hasWords(text: string, phrase: string): boolean {
  if (!phrase) return false;
  const i = text.indexOf(phrase);
  if (i < 0) return false;
  const before = i === 0 || !/[a-z0-9]/.test(text[i - 1]);
  const after = i + phrase.length >= text.length || !/[a-z0-9]/.test(text[i + phrase.length]);
  return (before && after) || hasWords(text.slice(i + 1), phrase);
}

export class Corpus {
  private readonly byArticle = new Map<string, { links: ActorLinkRow[]; events: Set<string> }>();

  private constructor(
    readonly actors: ActorIndex,
    readonly events: EventIndex,
  ) {}

  static empty(): Corpus {
    const actors = new ActorIndex();
    return new Corpus(actors, new EventIndex((id) => actors.orgsOf(id)));
  }

  /** Rebuilds the in-memory indexes from what the store holds. */
  static fromSnapshot(s: CorpusSnapshot): Corpus {
    const actors = ActorIndex.fromLinks(s.links);
    const c = new Corpus(actors, EventIndex.fromSources(s.sources, (id) => actors.orgsOf(id)));
    for (const l of s.links) c.slot(l.article).links.push(l);
    for (const x of s.sources) c.slot(x.article).events.add(x.event);
    return c;
  }

  private slot(article: string) {
    let s = this.byArticle.get(article);
    if (!s) this.byArticle.set(article, (s = { links: [], events: new Set() }));
    return s;
  }

  has(article: string): boolean {
    return this.byArticle.has(article);
  }

  /** Resolves one article (replacing an earlier version of it) and returns what to store. */
  add(art: ArticleInput): ArticleBundle {
    const touchedActors = new Set<string>();
    const touchedEvents = new Set<string>();
    const dropActors = new Set<string>();
    const dropEvents = new Set<string>();

    const old = this.byArticle.get(art.id);
    if (old) {
      for (const l of old.links) {
        if (this.actors.remove(l)) dropActors.add(l.actor);
        else touchedActors.add(l.actor);
      }
      const r = this.events.removeArticle(art.id, old.events);
      r.dropped.forEach((e) => dropEvents.add(e));
      r.changed.forEach((e) => touchedEvents.add(e));
      this.byArticle.delete(art.id);
    }
    const slot = this.slot(art.id);
    const c = art.analysis;
    const text = art.text;

    // Actors.
    const local = new Map<string, string>();
    const byName = new Map<string, string>();
    const links: ActorLinkRow[] = [];
    const assigned = new Set<string>();
    const orgLocals: { local: string; names: string[] }[] = [];
    const actors = (c.actors ?? []).map(toArticleActor).sort((a, b) => order(a) - order(b));
    for (const x of actors) {
      let orgs: string[] = [];
      if (x.type === 'person') {
        const aff = x.affiliation ? plain(x.affiliation) : null;
        const titles = x.roles.map((r) => plain(r.title));
        orgs = [
          ...new Set(
            orgLocals
              .filter((o) => o.names.some((n) => n === aff || titles.some((t) => hasWords(t, n)) || (aff !== null && hasWords(aff, n))))
              .map((o) => local.get(o.local)!),
          ),
        ];
      }
      const r = this.actors.resolve(x, orgs, { article: art.id, outlet: art.outlet, published: art.published, assigned });
      const link: ActorLinkRow = {
        article: art.id, local: x.local, actor: r.id, name: x.name, type: x.type, aliases: x.aliases, roles: x.roles, affiliation: x.affiliation,
        orgs, mentions: x.mentions, rule: r.rule, outlet: art.outlet, published: art.published,
      };
      this.actors.add(link);
      links.push(link);
      local.set(x.local, r.id);
      for (const n of [x.name, ...x.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), r.id);
      assigned.add(r.id);
      touchedActors.add(r.id);
      dropActors.delete(r.id);
      if (x.type === 'organization') orgLocals.push({ local: x.local, names: [x.name, ...x.aliases].map(plain).filter((n) => n.length > 1) });
    }
    slot.links = links;
    const canon = (ref: string | null | undefined): string | null => (ref ? local.get(ref) ?? byName.get(ref.toLowerCase()) ?? null : null);

    // Events.
    const sources: EventSourceRow[] = [];
    for (const e of c.events ?? []) {
      const participants = [...new Set((e.participants ?? []).map(canon).filter((p): p is string => !!p))];
      if (!participants.length) continue;
      const ev = e.evidence ?? { start: 0, end: 0 };
      const r = this.events.add({
        article: art.id, local: e.id, outlet: art.outlet, url: art.url, published: art.published, type: e.type, mode: e.mode ?? null,
        date: e.date ?? null, date_text: e.date_text ?? null, location: e.location ?? null, context: e.context ?? 'actual', participants,
        source: canon(e.source), targets: (e.targets ?? []).map(canon).filter((p): p is string => !!p),
        evidence: { start: ev.start, end: ev.end }, text: text.slice(ev.start, ev.end), rule: e.rule ?? 'unknown',
      });
      sources.push(r.source);
      slot.events.add(r.source.event);
      touchedEvents.add(r.source.event);
      dropEvents.delete(r.source.event);
    }

    // Quotes.
    const names = new Map((c.actors ?? []).map((a) => [a.id, a.name]));
    const quotes: QuoteRow[] = (c.quotes ?? []).map((q) => ({
      article: art.id, local: q.id, speaker: canon(q.speaker), speaker_name: q.speaker ? names.get(q.speaker) ?? q.speaker : null, text: q.text,
      direct: !!q.direct, via: q.via ?? null, span: { start: q.span.start, end: q.span.end }, outlet: art.outlet, published: art.published,
    }));

    // Framing.
    const mentions = (c.actors ?? []).flatMap((a) => (a.mentions ?? []).map((m) => ({ start: m.start, end: m.end, actor: local.get(a.id)! })));
    const labels: LabelRow[] = findLabels(text, mentions).map((l) => ({ article: art.id, outlet: art.outlet, published: art.published, ...l }));

    return {
      article: art,
      links,
      sources,
      quotes,
      labels,
      actors: [...touchedActors].filter((id) => !dropActors.has(id) && this.actors.canons.has(id)).map((id) => this.actors.row(id)),
      events: [...touchedEvents].filter((id) => !dropEvents.has(id) && this.events.events.has(id)).map((id) => this.events.row(id)),
      dropActors: [...dropActors],
      dropEvents: [...dropEvents],
    };
  }
}
