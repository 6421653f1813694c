// Small pieces every page uses: the hash router, a data hook, links to actors, events and
// articles, and the colours of actor types. Everything here renders text as React text nodes.
import { useEffect, useState, type ReactNode } from 'react';
import { api, type ActorRef, type ActorType } from './api';

export interface Route {
  /** Path parts after '#/': ['actor', 'A12']. */
  parts: string[];
  query: URLSearchParams;
}

function parseHash(): Route {
  const h = window.location.hash.replace(/^#\/?/, '');
  const [p, q] = h.split('?');
  return { parts: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q ?? '') };
}

export function useRoute(): Route {
  const [r, setR] = useState(parseHash);
  useEffect(() => {
    const on = () => setR(parseHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return r;
}

export function go(hash: string): void {
  window.location.hash = hash;
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Fetches `path` (null: nothing yet) and refetches when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [s, setS] = useState<Loaded<T>>({ data: null, error: null, loading: !!path });
  useEffect(() => {
    if (!path) {
      setS({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setS((old) => ({ data: old.data, error: null, loading: true }));
    api<T>(path).then(
      (data) => live && setS({ data, error: null, loading: false }),
      (e: Error) => live && setS({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return s;
}

export function Status({ s, what }: { s: Loaded<unknown>; what: string }) {
  if (s.error) return <p className="error" role="alert">{`Could not load ${what}: ${s.error}`}</p>;
  if (s.loading && !s.data) return <p className="loading">{`Loading ${what}…`}</p>;
  return null;
}

export const TYPE_COLOURS: Record<ActorType, string> = {
  person: '#3b82c4',
  organization: '#d9822b',
  place: '#3f9e5a',
};

export function typeColour(t: string | null | undefined): string {
  return (t && TYPE_COLOURS[t as ActorType]) || '#888';
}

export function TypeBadge({ type }: { type: string | null }) {
  return (
    <span className="badge" style={{ background: typeColour(type) }}>
      {type ?? 'unknown'}
    </span>
  );
}

export function ActorLink({ a }: { a: ActorRef }) {
  return (
    <a className="actor-link" href={`#/actor/${encodeURIComponent(a.id)}`} style={{ borderColor: typeColour(a.type) }}>
      {a.name}
    </a>
  );
}

export function ArticleLink({ id, children }: { id: string; children?: ReactNode }) {
  return <a href={`#/article/${encodeURIComponent(id)}`}>{children ?? id}</a>;
}

export function EventLink({ id, children }: { id: string; children?: ReactNode }) {
  return <a href={`#/event/${encodeURIComponent(id)}`}>{children ?? id}</a>;
}

/** A link out to an article's original address: only http(s), opened without referrer. */
export function ExternalLink({ url }: { url: string | null }) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return (
    <a className="external" href={url} target="_blank" rel="noopener noreferrer nofollow">
      original ↗
    </a>
  );
}

/** A search snippet whose hits the store marks with [brackets]: the hits in bold, all as text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') ? <b key={i}>{p.slice(1, -1)}</b> : <span key={i}>{p}</span>))}
    </span>
  );
}

export function Pager({ offset, limit, next, onPage }: { offset: number; limit: number; next: number | null; onPage: (o: number) => void }) {
  return (
    <div className="pager">
      <button disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        ← previous
      </button>
      <span>{`${offset + 1}–${offset + limit}`}</span>
      <button disabled={next === null} onClick={() => next !== null && onPage(next)}>
        next →
      </button>
    </div>
  );
}
