// An actor's page: names and spellings, roles over time with evidence, meetings and other
// events, quotes, and the outlets that mention them with the labels they use.
import type { ActorProfile, EventSummary } from '../api';
import { ActorLink, ArticleLink, EventLink, Status, TypeBadge, useApi } from '../ui';

export function EventRows({ events, self }: { events: EventSummary[]; self?: string }) {
  if (!events.length) return <p className="none">None found.</p>;
  return (
    <table className="events">
      <thead>
        <tr>
          <th>date</th>
          <th>event</th>
          <th>with</th>
          <th>where</th>
          <th>reported by</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{e.date ?? 'undated'}</td>
            <td>
              <EventLink id={e.id}>{`${e.type}${e.mode ? ` (${e.mode})` : ''}`}</EventLink>
            </td>
            <td>
              {e.participants
                .filter((p) => p.id !== self)
                .map((p) => (
                  <ActorLink key={p.id} a={p} />
                ))}
            </td>
            <td>{e.location ?? ''}</td>
            <td>{`${e.outlets.join(', ')}${e.sources > 1 ? ` (${e.sources} reports)` : ''}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ActorPage({ id }: { id: string }) {
  const s = useApi<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`);
  const a = s.data;
  return (
    <section className="page actor-page">
      <Status s={s} what="this actor" />
      {a && (
        <>
          <h1>
            {a.name} <TypeBadge type={a.type} />
          </h1>
          <p className="summary">
            {`${a.mentions} mentions in ${a.articles} articles from ${a.outlets.length} outlets`}
            {a.affiliation ? ` · affiliation: ${a.affiliation}` : ''} · <a href={`#/timeline?actor=${encodeURIComponent(a.id)}`}>timeline</a>
          </p>
          <h2>Names and spellings</h2>
          <ul className="names">
            {a.names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <h2>Roles over time</h2>
          {a.roles.length ? (
            <table className="roles">
              <thead>
                <tr>
                  <th>role</th>
                  <th>first seen</th>
                  <th>last seen</th>
                  <th>articles</th>
                  <th>evidence</th>
                </tr>
              </thead>
              <tbody>
                {a.roles.map((r) => (
                  <tr key={r.title}>
                    <td>{r.title}</td>
                    <td>{r.first ?? '?'}</td>
                    <td>{r.last ?? '?'}</td>
                    <td>{`${r.articles} (${r.outlets.join(', ')})`}</td>
                    <td>
                      {r.evidence.map((e, i) => (
                        <div key={i} className="evidence">
                          {'“'}
                          {e.text}
                          {'” '}
                          <ArticleLink id={e.article}>{e.article}</ArticleLink>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="none">No role stated.</p>
          )}
          {a.events_total > a.meetings.length + a.events.length && (
            <p className="summary">
              {`${a.events_total} events in all, the latest ${a.meetings.length + a.events.length} below; the `}
              <a href={`#/timeline?actor=${encodeURIComponent(a.id)}`}>timeline</a>
              {' counts them all by year.'}
            </p>
          )}
          <h2>{`Meetings (${a.meetings.length})`}</h2>
          <EventRows events={a.meetings} self={a.id} />
          {a.events.length > 0 && (
            <>
              <h2>{`Other events (${a.events.length})`}</h2>
              <EventRows events={a.events} self={a.id} />
            </>
          )}
          <h2>{`Quotes (${a.quotes.length})`}</h2>
          {a.quotes.length ? (
            <ul className="quotes">
              {a.quotes.map((q, i) => (
                <li key={i}>
                  <blockquote>{q.text}</blockquote>
                  <small>
                    {`${q.direct ? 'quoted' : 'reported'}${q.via ? ` via ${q.via}` : ''} in `}
                    <ArticleLink id={q.article}>{`${q.outlet ?? q.article}${q.published ? `, ${q.published}` : ''}`}</ArticleLink>
                  </small>
                </li>
              ))}
            </ul>
          ) : (
            <p className="none">No quotes.</p>
          )}
          <h2>Outlets that mention them</h2>
          <table className="outlets">
            <thead>
              <tr>
                <th>outlet</th>
                <th>articles</th>
                <th>labels it uses</th>
              </tr>
            </thead>
            <tbody>
              {a.outlets.map((o) => (
                <tr key={o.outlet}>
                  <td>{o.outlet}</td>
                  <td>{o.articles}</td>
                  <td>
                    {Object.entries(o.labels).map(([term, n]) => (
                      <span key={term} className="chip">{`${term}${n > 1 ? ` ×${n}` : ''}`}</span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{a.articles > a.appearances.length ? `Articles (the latest ${a.appearances.length} of ${a.articles})` : 'Articles'}</h2>
          <ul className="articles">
            {a.appearances.map((l) => (
              <li key={`${l.article}/${l.local}`}>
                <ArticleLink id={l.article}>{l.article}</ArticleLink>
                <small>{` ${l.outlet ?? ''} ${l.published ?? ''} — as “${l.name}” (${l.rule})`}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
