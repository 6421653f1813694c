// Events of one actor or a pair over time: a bar per year (how many events, and the mean
// cooperation/conflict score of their PLOVER types), then the events themselves, the latest
// first shown (a few hundred table rows take long to draw; more come on request).
import { useEffect, useState } from 'react';
import type { Timeline } from '../api';
import { qs } from '../api';
import { ActorLink, go, Status, useApi, type Route } from '../ui';
import { EventRows } from './Actor';

/** Event rows drawn at first, and added by each "earlier events" click. */
const ROWS = 100;

export function TimelinePage({ route }: { route: Route }) {
  const actors = route.query.getAll('actor').filter(Boolean).slice(0, 2);
  const [a1, setA1] = useState(actors[0] ?? '');
  const [a2, setA2] = useState(actors[1] ?? '');
  useEffect(() => {
    setA1(actors[0] ?? '');
    setA2(actors[1] ?? '');
  }, [actors.join('\u0000')]); // eslint-disable-line react-hooks/exhaustive-deps
  const s = useApi<Timeline>(actors.length ? `/api/timeline${qs(actors.map((a) => ['actor', a] as [string, string]))}` : null);
  const [rows, setRows] = useState(ROWS);
  useEffect(() => setRows(ROWS), [actors.join('\u0000')]); // eslint-disable-line react-hooks/exhaustive-deps
  const t = s.data;
  const max = Math.max(1, ...(t?.years ?? []).map((y) => y.events));
  const events = t ? [...t.events].sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999')) : [];
  return (
    <section className="page timeline-page">
      <h1>Timeline</h1>
      <form
        className="range"
        onSubmit={(e) => {
          e.preventDefault();
          go(`#/timeline${qs([['actor', a1.trim()], ['actor', a2.trim()]])}`);
        }}
      >
        <input name="actor1" placeholder="actor name or id" value={a1} onChange={(e) => setA1(e.target.value)} />
        <input name="actor2" placeholder="second actor (optional)" value={a2} onChange={(e) => setA2(e.target.value)} />
        <button type="submit" disabled={!a1.trim()}>
          show
        </button>
      </form>
      <Status s={s} what="the timeline" />
      {t && (
        <>
          <h2>
            {t.actors.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ' and '}
                <ActorLink a={a} />
              </span>
            ))}
          </h2>
          <p className="summary">{`${t.total} events. Bars: events per year; colour: mean cooperation (green) or conflict (red) score.`}</p>
          <div className="years">
            {t.years
              .slice()
              .sort((x, y) => x.year.localeCompare(y.year))
              .map((y) => (
                <div key={y.year} className="year" title={`${y.events} events, mean score ${y.mean.toFixed(1)}`}>
                  <div
                    className="bar"
                    style={{
                      height: `${Math.round((100 * y.events) / max)}%`,
                      background: y.mean >= 0 ? `rgba(63,158,90,${0.35 + Math.min(0.65, y.mean / 10)})` : `rgba(200,60,60,${0.35 + Math.min(0.65, -y.mean / 10)})`,
                    }}
                  />
                  <span>{y.year}</span>
                  <small>{y.events}</small>
                </div>
              ))}
          </div>
          <h2>{events.length < t.total ? `The latest ${Math.min(rows, events.length)} of ${t.total} events` : 'Events'}</h2>
          {events.length > rows && (
            <button className="linklike more" onClick={() => setRows(rows + ROWS)}>
              {`show ${Math.min(ROWS, events.length - rows)} earlier`}
            </button>
          )}
          <EventRows events={events.slice(-rows)} />
        </>
      )}
    </section>
  );
}
