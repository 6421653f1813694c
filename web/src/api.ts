// The API's responses as the UI reads them (src/server/views.ts and app.ts build them), and one
// fetch helper that turns an API error `{error}` into an Error with its message.

export type ActorType = 'person' | 'organization' | 'place';

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  names: string[];
  aliases: string[];
  affiliation: string | null;
  mentions: number;
  articles: number;
  outlets: number;
}

export interface Page<T> {
  limit: number;
  offset: number;
  next_offset: number | null;
  items: T[];
  total?: number;
}

export interface EventSummary {
  id: string;
  type: string;
  mode: string | null;
  date: string | null;
  location: string | null;
  score: number;
  participants: ActorRef[];
  sources: number;
  outlets: string[];
}

export interface Label {
  term: string;
  category: string;
  actor: string | null;
  start: number;
  end: number;
}

export interface EventSource {
  article: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  type: string;
  mode: string | null;
  date: string | null;
  date_text: string | null;
  location: string | null;
  context: string;
  participants: string[];
  source: string | null;
  targets: string[];
  evidence: Span & { text: string };
  rule: string;
  merge: string;
  quotes: { text: string; speaker: string | null; span: Span }[];
  labels: Label[];
}

export interface EventDetail extends Omit<EventSummary, 'sources'> {
  sources: EventSource[];
}

export interface RoleSpan {
  title: string;
  first: string | null;
  last: string | null;
  articles: number;
  outlets: string[];
  evidence: { article: string; start: number; end: number; text: string; rule: string }[];
}

/** The profile spreads the actor row, then replaces its `outlets` count with a list. */
export interface ActorProfile extends Omit<ActorRow, 'outlets'> {
  roles: RoleSpan[];
  /** Events the actor takes part in; `meetings` and `events` hold the latest of them. */
  events_total: number;
  meetings: EventSummary[];
  events: EventSummary[];
  quotes: { article: string; text: string; direct: boolean; via: string | null; span: Span; outlet: string | null; published: string | null }[];
  outlets: { outlet: string; articles: number; labels: Record<string, number> }[];
  appearances: { article: string; local: string; name: string; published: string | null; outlet: string | null; rule: string }[];
}

export interface ArticleMeta {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  language: string | null;
}

export interface Mention extends Span {
  text: string;
  kind: string;
  rule: string;
}

export interface ContractActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
  role_evidence: { title: string; start: number; end: number; rule: string; affiliation: string | null }[];
  type_rule?: string;
}

export interface ContractEvent {
  id: string;
  type: string;
  mode: string | null;
  participants: string[];
  source: string | null;
  targets: string[];
  location: string | null;
  date: string | null;
  date_text: string | null;
  context: string;
  evidence: Span;
  trigger?: Span | null;
  rule: string;
}

export interface ContractQuote {
  id: string;
  text: string;
  speaker: string | null;
  via: string | null;
  direct: boolean;
  span: Span;
  cue?: Span | null;
  speaker_span?: Span | null;
  rule: string;
}

export interface ArticleView extends ArticleMeta {
  text: string;
  analysis: {
    actors?: ContractActor[];
    events?: ContractEvent[];
    /** Calls by phone or video that took place: CONSULT in PLOVER, apart from in-person meetings. */
    remote_events?: ContractEvent[];
    quotes?: ContractQuote[];
    reported?: ContractQuote[];
    dates?: { text: string; value: string; start: number; end: number; rule: string }[];
  } | null;
  canonical: Record<string, string | null>;
  labels: Label[];
}

export interface NetworkNode {
  id: string;
  name: string;
  type: ActorType;
  affiliation: string | null;
  mentions: number;
  articles: number;
  meetings: number;
}

export interface Network {
  from: string | null;
  to: string | null;
  meetings: number;
  nodes: NetworkNode[];
  edges: { source: string; target: string; count: number; events: string[] }[];
  truncated: boolean;
}

export interface Timeline {
  actors: ActorRef[];
  /** How many events in all; `events` details the latest of them. */
  total: number;
  events: EventSummary[];
  years: { year: string; events: number; score: number; mean: number }[];
}

export interface SearchHit {
  kind: 'article' | 'quote' | string;
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
  speaker: string | null;
  speaker_name: string | null;
}

export interface QuoteRow {
  article: string;
  local: string;
  speaker: string | null;
  speaker_name: string | null;
  speaker_canonical: string | null;
  text: string;
  direct: boolean;
  via: string | null;
  span: Span;
  outlet: string | null;
  published: string | null;
}

export interface AddResult {
  id: string;
  status: 'added' | 'replaced' | 'unchanged';
  title: string | null;
  outlet: string | null;
  published: string | null;
  actors: { local: string; name: string; type: ActorType }[];
  events: number;
  quotes: number;
  warnings: string[];
}

/** The token for writes, when the server needs one (kept for this tab only). */
export function token(): string | null {
  return sessionStorage.getItem('dossier-token');
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  const t = token();
  if (t && init?.method === 'POST') headers.set('Authorization', `Bearer ${t}`);
  const r = await fetch(path, { ...init, headers });
  let body: unknown = null;
  try {
    body = await r.json();
  } catch {
    /* not JSON: reported below */
  }
  if (!r.ok) {
    const msg = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `${r.status} ${r.statusText}`;
    const e = new Error(msg) as Error & { status?: number };
    e.status = r.status;
    throw e;
  }
  return body as T;
}

/** A query string from pairs, leaving out empty values; repeated keys allowed. */
export function qs(pairs: [string, string | number | null | undefined][]): string {
  const p = new URLSearchParams();
  for (const [k, v] of pairs) if (v !== null && v !== undefined && v !== '') p.append(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
