// The corpus store: what is kept across articles, and the one interface every adapter
// (SQLite now, PostgreSQL later) implements. Methods are async so that a network database can
// implement the same interface; the contract test suite (contract.test-suite.ts) runs on each.
//
// What lives where:
// - `articles`: one row per article (by document id), its text, content hash and the
//   per-article analysis JSON (output/contract.ts).
// - `actors`: canonical actors — one per real-world entity across articles — with summary
//   figures kept up to date by the corpus layer. `links` tie each article-level actor to its
//   canonical actor and keep that article's names, roles (with evidence) and affiliation.
// - `events`: merged events — one per real event — and `sources`: each article's report of it.
// - `quotes` and `labels` (framing terms an outlet uses near an actor).

import type { ActorType, EventContext, PloverType, Span } from '../model/types.js';

export interface ArticleRow {
  /** The document id: the key that makes ingest idempotent. */
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  language: string | null;
  /** sha256 of the raw input (text and header): a changed article has a new hash. */
  hash: string;
  text: string;
  /** The per-article analysis as JSON (toContract). */
  analysis: unknown;
}

export type ArticleMeta = Omit<ArticleRow, 'text' | 'analysis'>;

export interface RoleEvidence {
  title: string;
  affiliation: string | null;
  start: number;
  end: number;
  rule: string;
}

/** One article-level actor tied to its canonical actor. */
export interface ActorLinkRow {
  article: string;
  /** The actor id inside the article ("a3"). */
  local: string;
  /** The canonical actor id. */
  actor: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: RoleEvidence[];
  affiliation: string | null;
  /** Canonical ids of organizations this actor belongs to or leads, as this article says. */
  orgs: string[];
  mentions: number;
  /** How the link was made ("same-name", "surname-in-context", "new"…). */
  rule: string;
  /** Copied from the article, so that roles over time need no join. */
  outlet: string | null;
  published: string | null;
}

/** A canonical actor, with summary figures the corpus layer keeps current. */
export interface ActorRow {
  id: string;
  /** The display name: the most used full form. */
  name: string;
  type: ActorType;
  /** Every name and alias seen, distinct. */
  names: string[];
  affiliation: string | null;
  mentions: number;
  articles: number;
  outlets: number;
  /** The corpus layer's saved state for this actor (opaque JSON), so that a run need not re-read every link. */
  state?: string | null;
}

/** A merged event: one real event, however many articles report it. */
export interface EventRow {
  id: string;
  type: PloverType;
  mode: string | null;
  /** The most precise date the sources agree on. */
  date: string | null;
  location: string | null;
  /** Canonical actor ids. */
  participants: string[];
  sources: number;
  /** The corpus layer's saved state for this event (opaque JSON). */
  state?: string | null;
}

/** One article's report of a merged event, in its own words. */
export interface EventSourceRow {
  article: string;
  local: string;
  event: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  type: PloverType;
  mode: string | null;
  date: string | null;
  date_text: string | null;
  location: string | null;
  context: EventContext;
  participants: string[];
  source: string | null;
  targets: string[];
  evidence: Span;
  /** The evidence text as the article words it. */
  text: string;
  rule: string;
  /** Why this report was merged into the event ("new", "same-participants-date"…). */
  merge: string;
}

export interface QuoteRow {
  article: string;
  local: string;
  /** Canonical actor id of the speaker, or null. */
  speaker: string | null;
  speaker_name: string | null;
  text: string;
  direct: boolean;
  via: string | null;
  span: Span;
  outlet: string | null;
  published: string | null;
}

/** A labelling term an outlet uses, tied to the nearest actor when there is one. */
export interface LabelRow {
  article: string;
  outlet: string | null;
  published: string | null;
  actor: string | null;
  term: string;
  category: string;
  start: number;
  end: number;
  /** The sentence (or a window) around the term. */
  context: string;
}

/** Everything one article contributes, written in one transaction. */
export interface ArticleBundle {
  article: ArticleRow;
  links: ActorLinkRow[];
  sources: EventSourceRow[];
  quotes: QuoteRow[];
  labels: LabelRow[];
  /** Canonical actors and events created or changed by this article (upserts). */
  actors: ActorRow[];
  events: EventRow[];
  /** Canonical actors and events that no longer have any link or source (deleted). */
  dropActors: string[];
  dropEvents: string[];
}

export interface ActorQuery {
  type?: ActorType;
  /** Case-insensitive substring of any name or alias. */
  search?: string;
  limit?: number;
  /** Rows to skip first (with limit: one page of the list). */
  offset?: number;
}

export interface EventQuery {
  type?: PloverType;
  /** Canonical actor ids: every one must take part. */
  actors?: string[];
  /** Inclusive bounds on the event date, `YYYY[-MM[-DD]]`; undated events are left out when set. */
  from?: string;
  to?: string;
  limit?: number;
  /** Rows to skip first (with limit: one page of the list). */
  offset?: number;
}

export interface QuoteQuery {
  /** Canonical actor ids of the speaker (any of them). */
  speakers?: string[];
  /** Full-text query over the quoted words. */
  search?: string;
  limit?: number;
  /** Rows to skip first (with limit: one page of the list). */
  offset?: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The matching passage with the hit marked by [brackets]. */
  snippet: string;
  /** Canonical speaker id for quote hits. */
  speaker: string | null;
}

export interface Counts {
  articles: number;
  actors: number;
  links: number;
  events: number;
  sources: number;
  quotes: number;
  labels: number;
}

/** Everything the corpus layer needs to rebuild its in-memory indexes (sources without their `text`: read it with eventSources). */
export interface CorpusSnapshot {
  links: ActorLinkRow[];
  sources: EventSourceRow[];
  events: EventRow[];
  actors: ActorRow[];
}

export interface OutletCount {
  outlet: string | null;
  articles: number;
  /** Label term → how many times the outlet used it of the actor. */
  labels: Record<string, number>;
}

export interface Store {
  /** Where the store lives (a file path, a connection string without password). */
  readonly location: string;
  readonly schemaVersion: number;
  /** The stored hash of an article, or null when it is not stored. */
  articleHash(id: string): Promise<string | null>;
  /** Writes one article and everything it contributes, replacing what an earlier version wrote. Atomic. */
  writeArticle(b: ArticleBundle): Promise<void>;
  article(id: string): Promise<ArticleRow | null>;
  articles(): Promise<ArticleMeta[]>;
  counts(): Promise<Counts>;
  snapshot(): Promise<CorpusSnapshot>;
  /** The saved states of every canonical actor and event, or null when some are missing (an older store): then use snapshot(). */
  corpusState(): Promise<{ actors: { id: string; state: string }[]; events: { id: string; state: string }[] } | null>;
  /** Saves corpus states (after a store without them was read the slow way), in one transaction. */
  saveStates(actors: { id: string; state: string }[], events: { id: string; state: string }[]): Promise<void>;
  /** What one stored article contributed: its links and event reports (reports without their text). */
  articleRows(article: string): Promise<{ links: ActorLinkRow[]; sources: EventSourceRow[] }>;
  actors(q?: ActorQuery): Promise<ActorRow[]>;
  actor(id: string): Promise<ActorRow | null>;
  /** Canonical actors any of whose names equals `name` (case-insensitive), most mentioned first. */
  actorsNamed(name: string): Promise<ActorRow[]>;
  /**
   * An actor's links, in article date order. `withRoles`: only those that state a role;
   * `latest: N`: only the N latest, newest first.
   */
  links(actor: string, q?: { withRoles?: boolean; latest?: number }): Promise<ActorLinkRow[]>;
  /** The outlets that mention an actor, most articles first: how many articles each, and how often each label was used of the actor there. */
  outletsOf(actor: string): Promise<OutletCount[]>;
  events(q?: EventQuery): Promise<EventRow[]>;
  eventSources(events: string[]): Promise<EventSourceRow[]>;
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  labels(q?: { actor?: string; article?: string }): Promise<LabelRow[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}

/** A problem the user can fix (bad file, newer schema…): the CLI prints the message alone. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
