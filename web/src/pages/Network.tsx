// The meeting network: actors as nodes (area by mentions, colour by type), meetings as edges
// (width by count), for a date range, laid out by layout.ts and drawn by cytoscape. Clicking a
// node opens the actor's page.
import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Network } from '../api';
import { layout } from '../layout';
import { qs } from '../api';
import { ActorLink, go, Status, TYPE_COLOURS, typeColour, useApi, type Route } from '../ui';

declare global {
  interface Window {
    /** For tests and curious users: where each node is drawn, in pixels inside the graph box. */
    dossierGraph?: { nodes(): { id: string; name: string; x: number; y: number; size: number }[] };
  }
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Cytoscape, fetched once, on the first call. */
const graphLibrary = (() => {
  let library: ReturnType<typeof load> | null = null;
  const load = () => import('cytoscape').then((m) => m.default);
  return () => (library ??= load());
})();

export function NetworkPage({ route }: { route: Route }) {
  const from = route.query.get('from') ?? '';
  const to = route.query.get('to') ?? '';
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  useEffect(() => {
    setF(from);
    setT(to);
  }, [from, to]);
  const net = useApi<Network>(`/api/network${qs([['from', from], ['to', to]])}`);
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [laying, setLaying] = useState(false);
  const [showAll, setShowAll] = useState(false);
  // Fetch the graph library while the network data is on its way.
  useEffect(() => void graphLibrary(), []);

  useEffect(() => {
    const d = net.data;
    if (!d || !box.current) return;
    let live = true;
    let c: Core | null = null;
    // Actors without a meeting in the range (the API adds the most mentioned) only when asked.
    const linked = new Set(d.edges.flatMap((e) => [e.source, e.target]));
    const shown = showAll || !linked.size ? d.nodes : d.nodes.filter((n) => linked.has(n.id));
    const maxMentions = Math.max(1, ...shown.map((n) => n.mentions));
    const maxCount = Math.max(1, ...d.edges.map((e) => e.count));
    const nodes = shown.map((n) => ({ id: n.id, label: n.name, type: n.type, size: 14 + 46 * Math.sqrt(n.mentions / maxMentions), colour: typeColour(n.type) }));
    const edges = d.edges.map((e) => ({ id: `${e.source}~${e.target}`, source: e.source, target: e.target, count: e.count, width: 1 + 7 * (e.count / maxCount) }));
    setLaying(true);
    // The graph library is loaded with this page only (asked for as the page opens, see below), so
    // the other pages start faster; the layout is ours and quick (layout.ts).
    void graphLibrary().then((cytoscape) => {
      if (!live || !box.current) return;
      const pos = layout(nodes, edges);
      setLaying(false);
      const g = cytoscape({
        container: box.current,
        elements: [...nodes.map((n) => ({ data: n, position: pos[n.id] })), ...edges.map((e) => ({ data: e }))],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(colour)',
              width: 'data(size)',
              height: 'data(size)',
              label: 'data(label)',
              'font-size': 10,
              color: '#222',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-outline-color': '#fff',
              'text-outline-width': 2,
            },
          },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7b5', opacity: 0.8, 'curve-style': 'haystack' } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
        ],
        layout: { name: 'preset', fit: true, padding: 20 },
        wheelSensitivity: 0.3,
        minZoom: 0.2,
        maxZoom: 4,
      });
      c = g;
      g.on('tap', 'node', (ev) => go(`#/actor/${encodeURIComponent(ev.target.id())}`));
      g.on('mouseover', 'node', () => box.current && (box.current.style.cursor = 'pointer'));
      g.on('mouseout', 'node', () => box.current && (box.current.style.cursor = ''));
      cy.current = g;
      box.current.dataset.nodes = String(nodes.length);
      box.current.dataset.ready = 'true';
      window.dossierGraph = {
        nodes: () => g.nodes().map((n) => ({ id: n.id(), name: String(n.data('label')), x: n.renderedPosition().x, y: n.renderedPosition().y, size: n.renderedWidth() })),
      };
    });
    return () => {
      live = false;
      c?.destroy();
      cy.current = null;
      if (box.current) delete box.current.dataset.ready;
      if (window.dossierGraph) delete window.dossierGraph;
    };
  }, [net.data, showAll]);

  const bad = (f && !DATE.test(f)) || (t && !DATE.test(t));
  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    if (!bad) go(`#/network${qs([['from', f], ['to', t]])}`);
  };
  const d = net.data;
  const linkedCount = d ? new Set(d.edges.flatMap((e) => [e.source, e.target])).size : 0;
  const top = d ? [...d.nodes].sort((a, b) => b.meetings - a.meetings || b.mentions - a.mentions).slice(0, 25) : [];
  return (
    <section className="page network-page">
      <h1>Who meets whom</h1>
      <form className="range" onSubmit={apply}>
        <label>
          from <input name="from" placeholder="2019 or 2019-07" value={f} onChange={(e) => setF(e.target.value.trim())} />
        </label>
        <label>
          to <input name="to" placeholder="2019-12-31" value={t} onChange={(e) => setT(e.target.value.trim())} />
        </label>
        <button type="submit" disabled={!!bad}>
          show
        </button>
        {(from || to) && (
          <button type="button" onClick={() => go('#/network')}>
            all dates
          </button>
        )}
        <label className="check">
          <input type="checkbox" name="all" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> also actors without meetings
        </label>
        {bad && <span className="error">dates look like 2019, 2019-07 or 2019-07-22</span>}
      </form>
      <Status s={net} what="the network" />
      {d && (
        <p className="summary">
          {`${linkedCount} actors in ${d.edges.length} meeting links from ${d.meetings} meetings${d.truncated ? ' (the heaviest links only)' : ''}` +
            (d.nodes.length > linkedCount ? `; ${d.nodes.length - linkedCount} more of the most mentioned ${showAll ? 'shown' : 'with the box ticked'}.` : '.')}
          <span className="legend">
            {Object.entries(TYPE_COLOURS).map(([k, c]) => (
              <span key={k}>
                <i style={{ background: c }} /> {k}
              </span>
            ))}
          </span>
        </p>
      )}
      {laying && <p className="loading">Laying out the network…</p>}
      <div className="network-wrap">
        <div ref={box} id="graph" className="graph" aria-label="meeting network graph" />
        {d && (
          <aside className="node-list">
            <h2>Most meetings</h2>
            <ol>
              {top.map((n) => (
                <li key={n.id}>
                  <ActorLink a={n} /> <small>{`${n.meetings} meetings · ${n.mentions} mentions`}</small>
                </li>
              ))}
            </ol>
          </aside>
        )}
      </div>
    </section>
  );
}
