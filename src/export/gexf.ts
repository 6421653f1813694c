// A dynamic GEXF 1.3 network for Gephi: actors as nodes, each merged event as an edge
// between every pair of its participants, spelled out over the time the event's date covers.
import type { ExportData } from './collect.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first and last day a (partial) date covers. */
function span(d: string | null): [string, string] | null {
  if (!d) return null;
  if (/^\d{4}$/.test(d)) return [`${d}-01-01`, `${d}-12-31`];
  if (/^\d{4}-\d{2}$/.test(d)) {
    const [y, m] = d.split('-').map(Number);
    return [`${d}-01`, `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  return [d.slice(0, 10), d.slice(0, 10)];
}

export function gexf(d: ExportData, opts: { eventTypes?: string[] } = {}): string {
  const events = d.events.filter((e) => !opts.eventTypes || opts.eventTypes.includes(e.type));
  const used = new Set(events.flatMap((e) => e.participants));
  const nodes = d.actors.filter((a) => used.has(a.id));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push('  <meta><creator>dossier</creator><description>actors and the events between them, from news articles</description></meta>');
  out.push('  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">');
  out.push('    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="mentions" title="mentions" type="integer"/><attribute id="articles" title="articles" type="integer"/></attributes>');
  out.push('    <attributes class="edge"><attribute id="event" title="event" type="string"/><attribute id="type" title="type" type="string"/><attribute id="mode" title="mode" type="string"/><attribute id="location" title="location" type="string"/><attribute id="sources" title="sources" type="integer"/></attributes>');
  out.push('    <nodes>');
  for (const a of nodes)
    out.push(`      <node id="${esc(a.id)}" label="${esc(a.name)}"><attvalues><attvalue for="type" value="${a.type}"/><attvalue for="mentions" value="${a.mentions}"/><attvalue for="articles" value="${a.articles}"/></attvalues></node>`);
  out.push('    </nodes>');
  out.push('    <edges>');
  let n = 0;
  for (const e of events) {
    const t = span(e.date);
    const time = t ? ` start="${t[0]}" end="${t[1]}"` : '';
    const p = e.participants;
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++)
        out.push(
          `      <edge id="${++n}" source="${esc(p[i])}" target="${esc(p[j])}" label="${e.type}"${time}><attvalues><attvalue for="event" value="${esc(e.id)}"/><attvalue for="type" value="${e.type}"/><attvalue for="mode" value="${esc(e.mode ?? '')}"/><attvalue for="location" value="${esc(e.location ?? '')}"/><attvalue for="sources" value="${e.sources}"/></attvalues></edge>`,
        );
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}
