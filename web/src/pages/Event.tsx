// One event told by every outlet that reported it, side by side: each outlet's sentence, the
// quotes it carried, and the labels it used for the participants (its framing).
import type { EventDetail } from '../api';
import { ActorLink, ArticleLink, ExternalLink, Status, useApi } from '../ui';

export function EventPage({ id }: { id: string }) {
  const s = useApi<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  const e = s.data;
  const names = new Map((e?.participants ?? []).map((p) => [p.id, p.name]));
  return (
    <section className="page event-page">
      <Status s={s} what="this event" />
      {e && (
        <>
          <h1>{`${e.type}${e.mode ? ` (${e.mode})` : ''}${e.date ? ` · ${e.date}` : ''}${e.location ? ` · ${e.location}` : ''}`}</h1>
          <p className="participants">
            {e.participants.map((p) => (
              <ActorLink key={p.id} a={p} />
            ))}
            {e.participants.length >= 2 && (
              <a className="timeline-link" href={`#/timeline?actor=${encodeURIComponent(e.participants[0].id)}&actor=${encodeURIComponent(e.participants[1].id)}`}>
                timeline of the first two
              </a>
            )}
          </p>
          <p className="summary">{`Reported by ${e.outlets.length} outlet${e.outlets.length === 1 ? '' : 's'} in ${e.sources.length} report${e.sources.length === 1 ? '' : 's'}.`}</p>
          <div className="sources">
            {e.sources.map((src, i) => (
              <article key={`${src.article}-${i}`} className="source" data-outlet={src.outlet ?? ''}>
                <h2 className="outlet">{src.outlet ?? 'unknown outlet'}</h2>
                <p className="meta">
                  {src.published ?? 'undated'} · <ArticleLink id={src.article}>read the article</ArticleLink> <ExternalLink url={src.url} />
                </p>
                <blockquote className="sentence">{src.evidence.text}</blockquote>
                <p className="meta">
                  {`${src.type}${src.mode ? ` (${src.mode})` : ''}${src.date ? ` on ${src.date}` : ''}${src.date_text ? ` (“${src.date_text}”)` : ''}${src.location ? ` in ${src.location}` : ''} · rule ${src.rule} · ${src.merge}`}
                </p>
                <h3>Quotes it carried</h3>
                {src.quotes.length ? (
                  <ul className="quotes">
                    {src.quotes.map((q, j) => (
                      <li key={j}>
                        <blockquote>{q.text}</blockquote>
                        {q.speaker && <small>{`— ${names.get(q.speaker) ?? q.speaker}`}</small>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="none">No quotes from the participants.</p>
                )}
                <h3>Labels it used</h3>
                {src.labels.length ? (
                  <p>
                    {src.labels.map((l, j) => (
                      <span key={j} className={`chip cat-${l.category}`} title={l.category}>
                        {`${l.term}${l.actor ? ` → ${names.get(l.actor) ?? l.actor}` : ''}`}
                      </span>
                    ))}
                  </p>
                ) : (
                  <p className="none">No labels.</p>
                )}
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
