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
  /**
   * What each article added in this process contributed, so that adding it again can take it
   * back. Off for ingest, which reads an article's old contribution from the store instead.
   */
  private readonly byArticle = new Map<string, { links: ActorLinkRow[]; sources: EventSourceRow[] }>();

  private constructor(
    readonly actors: ActorIndex,
    readonly events: EventIndex,
    private readonly remember: boolean,
  ) {}

  static empty(opts: { remember?: boolean } = {}): Corpus {
    const actors = new ActorIndex();
    return new Corpus(actors, new EventIndex((id) => actors.orgsOf(id)), opts.remember ?? true);
  }

  /** Rebuilds the in-memory indexes from every stored link and report (the slow path, for stores without saved states). */
  static fromSnapshot(s: CorpusSnapshot): Corpus {
    const actors = ActorIndex.fromLinks(s.links);
    return new Corpus(actors, EventIndex.fromSources(s.sources, (id) => actors.orgsOf(id)), false);
  }

  /** Rebuilds the in-memory indexes from the states saved with canonical actors and events. */
  static fromState(s: { actors: { id: string; state: string }[]; events: { id: string; state: string }[] }): Corpus {
    const actors = ActorIndex.fromStates(s.actors);
    return new Corpus(actors, EventIndex.fromStates(s.events, (id) => actors.orgsOf(id)), false);
  }

  /** Every canonical actor's and event's state, to save. */
  states(): { actors: { id: string; state: string }[]; events: { id: string; state: string }[] } {
    return {
      actors: [...this.actors.canons.keys()].map((id) => ({ id, state: this.actors.state(id) })),
      events: [...this.events.events.keys()].map((id) => ({ id, state: this.events.state(id) })),
    };
  }

  /**
   * Resolves one article and returns what to store. `old` is what an earlier version of the
   * article contributed (from the store); without it, an article added earlier in this process
   * is taken back from memory.
   */
  add(art: ArticleInput, old?: { links: ActorLinkRow[]; sources: EventSourceRow[] }): ArticleBundle {
    const touchedActors = new Set<string>();
    const touchedEvents = new Set<string>();
    const dropActors = new Set<string>();
    const dropEvents = new Set<string>();

    const prev = old ?? this.byArticle.get(art.id);
    if (prev) {
      const left = new Map<string, number>();
      for (const l of prev.links) left.set(l.actor, (left.get(l.actor) ?? 0) + 1);
      for (const l of prev.links) {
        const n = left.get(l.actor)! - 1;
        left.set(l.actor, n);
        if (this.actors.remove(l, n === 0)) dropActors.add(l.actor);
        else touchedActors.add(l.actor);
      }
      const r = this.events.removeSources(prev.sources);
      r.dropped.forEach((e) => dropEvents.add(e));
      r.changed.forEach((e) => touchedEvents.add(e));
      this.byArticle.delete(art.id);
    }
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
      this.actors.add(link, !assigned.has(r.id));
      links.push(link);
      local.set(x.local, r.id);
      for (const n of [x.name, ...x.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), r.id);
      assigned.add(r.id);
      touchedActors.add(r.id);
      dropActors.delete(r.id);
      if (x.type === 'organization') orgLocals.push({ local: x.local, names: [x.name, ...x.aliases].map(plain).filter((n) => n.length > 1) });
    }
    const canon = (ref: string | null | undefined): string | null => (ref ? local.get(ref) ?? byName.get(ref.toLowerCase()) ?? null : null);

    // Events.
    const sources: EventSourceRow[] = [];
    for (const e of [...(c.events ?? []), ...(c.remote_events ?? [])]) {
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

    if (this.remember) this.byArticle.set(art.id, { links, sources });
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
