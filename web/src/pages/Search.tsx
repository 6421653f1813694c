// Full-text search over articles and quotes (the store's index), and quotes by words.
import { useEffect, useState } from 'react';
import type { QuoteRow, SearchHit, Page } from '../api';
import { qs } from '../api';
import { ArticleLink, go, Snippet, Status, useApi, type Route } from '../ui';

export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const hits = useApi<{ q: string; items: SearchHit[] }>(q ? `/api/search${qs([['q', q], ['limit', 50]])}` : null);
  const quotes = useApi<Page<QuoteRow>>(q ? `/api/quotes${qs([['search', q], ['limit', 20]])}` : null);
  return (
    <section className="page search-page">
      <h1>Search articles and quotes</h1>
      <form
        className="range"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) go(`#/search${qs([['q', text.trim()]])}`);
        }}
      >
        <input name="q" className="wide" placeholder="words, a name, a phrase" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">search</button>
      </form>
      <Status s={hits} what="results" />
      {hits.data && (
        <>
          <h2>{`${hits.data.items.length} matches`}</h2>
          <ul className="hits">
            {hits.data.items.map((h, i) => (
              <li key={i} className={`hit hit-${h.kind}`}>
                <span className="kind">{h.kind}</span> <ArticleLink id={h.article}>{h.title ?? h.article}</ArticleLink>
                <small>{` ${h.outlet ?? ''} ${h.published ?? ''}`}</small>
                {h.speaker && h.speaker_name && (
                  <small>
                    {' — said by '}
                    <a href={`#/actor/${encodeURIComponent(h.speaker)}`}>{h.speaker_name}</a>
                  </small>
                )}
                <div>
                  <Snippet text={h.snippet} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {quotes.data && quotes.data.items.length > 0 && (
        <>
          <h2>Quotes with these words</h2>
          <ul className="quotes">
            {quotes.data.items.map((x, i) => (
              <li key={i}>
                <blockquote>{x.text}</blockquote>
                <small>
                  {'— '}
                  {x.speaker ? <a href={`#/actor/${encodeURIComponent(x.speaker)}`}>{x.speaker_canonical ?? x.speaker_name ?? x.speaker}</a> : 'unknown speaker'}
                  {', '}
                  <ArticleLink id={x.article}>{`${x.outlet ?? x.article}${x.published ? ` ${x.published}` : ''}`}</ArticleLink>
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
