// CSV tables (RFC 4180) of actors, events and quotes, for spreadsheets and graph tools.
import type { ExportData } from './collect.js';

export const CSV_TABLES = ['actors', 'events', 'quotes'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(head: string[], body: unknown[][]): string {
  return [head, ...body].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function csvTable(d: ExportData, table: CsvTable): string {
  const name = (id: string | null) => (id ? d.byId.get(id)?.name ?? id : '');
  if (table === 'actors')
    return rows(['id', 'name', 'type', 'names', 'affiliation', 'mentions', 'articles', 'outlets'], d.actors.map((a) => [a.id, a.name, a.type, a.names, a.affiliation, a.mentions, a.articles, a.outlets]));
  if (table === 'events')
    return rows(
      ['id', 'type', 'mode', 'date', 'location', 'participant_ids', 'participants', 'sources', 'outlets', 'urls'],
      d.events.map((e) => {
        const src = d.sources.get(e.id) ?? [];
        return [e.id, e.type, e.mode, e.date, e.location, e.participants, e.participants.map(name), e.sources, [...new Set(src.map((s) => s.outlet ?? ''))], [...new Set(src.map((s) => s.url ?? '').filter(Boolean))]];
      }),
    );
  return rows(
    ['article', 'id', 'speaker_id', 'speaker', 'text', 'direct', 'via', 'start', 'end', 'outlet', 'published'],
    d.quotes.map((q) => [q.article, q.local, q.speaker, q.speaker ? name(q.speaker) : q.speaker_name, q.text, q.direct, q.via, q.span.start, q.span.end, q.outlet, q.published]),
  );
}
