// Paginated lists of actors (by type and name) and of articles (newest first).
import { useEffect, useState } from 'react';
import type { ActorRow, ArticleMeta, Page } from '../api';
import { qs } from '../api';
import { ActorLink, ArticleLink, go, Pager, Status, TypeBadge, useApi, type Route } from '../ui';

const LIMIT = 50;

export function ActorsPage({ route }: { route: Route }) {
  const type = route.query.get('type') ?? '';
  const search = route.query.get('search') ?? '';
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  const s = useApi<Page<ActorRow>>(`/api/actors${qs([['type', type], ['search', search], ['limit', LIMIT], ['offset', offset]])}`);
  const nav = (o: Partial<{ type: string; search: string; offset: number }>) =>
    go(`#/actors${qs([['type', o.type ?? type], ['search', o.search ?? search], ['offset', o.offset || null]])}`);
  return (
    <section className="page actors-page">
      <h1>Actors</h1>
      <form
        className="range"
        onSubmit={(e) => {
          e.preventDefault();
          nav({ search: text.trim(), offset: 0 });
        }}
      >
        <input name="search" placeholder="name contains…" value={text} onChange={(e) => setText(e.target.value)} />
        <select name="type" value={type} onChange={(e) => nav({ type: e.target.value, offset: 0 })}>
          <option value="">all types</option>
          <option value="person">persons</option>
          <option value="organization">organizations</option>
          <option value="place">places</option>
        </select>
        <button type="submit">filter</button>
      </form>
      <Status s={s} what="actors" />
      {s.data && (
        <>
          <table className="actors">
            <thead>
              <tr>
                <th>name</th>
                <th>type</th>
                <th>also called</th>
                <th>affiliation</th>
                <th>mentions</th>
                <th>articles</th>
              </tr>
            </thead>
            <tbody>
              {s.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <ActorLink a={a} />
                  </td>
                  <td>
                    <TypeBadge type={a.type} />
                  </td>
                  <td>{a.aliases.join(', ')}</td>
                  <td>{a.affiliation ?? ''}</td>
                  <td>{a.mentions}</td>
                  <td>{a.articles}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!s.data.items.length && <p className="none">No actor matches.</p>}
          <Pager offset={offset} limit={LIMIT} next={s.data.next_offset} onPage={(o) => nav({ offset: o })} />
        </>
      )}
    </section>
  );
}

export function ArticlesPage({ route }: { route: Route }) {
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const s = useApi<Page<ArticleMeta>>(`/api/articles${qs([['limit', LIMIT], ['offset', offset]])}`);
  return (
    <section className="page articles-page">
      <h1>{`Articles${s.data?.total !== undefined ? ` (${s.data.total})` : ''}`}</h1>
      <Status s={s} what="articles" />
      {s.data && (
        <>
          <table className="articles">
            <thead>
              <tr>
                <th>published</th>
                <th>title</th>
                <th>outlet</th>
              </tr>
            </thead>
            <tbody>
              {s.data.items.map((a) => (
                <tr key={a.id}>
                  <td>{a.published ?? ''}</td>
                  <td>
                    <ArticleLink id={a.id}>{a.title ?? a.id}</ArticleLink>
                  </td>
                  <td>{a.outlet ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={LIMIT} next={s.data.next_offset} onPage={(o) => go(`#/articles${qs([['offset', o || null]])}`)} />
        </>
      )}
    </section>
  );
}
