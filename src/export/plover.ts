// PLOVER JSONL: one merged event per line, with its source and target actors, type, mode,
// context, the words of its first report and the URLs of every report.
// Fields follow the PLOVER event data format (id, date, source, target, event, mode, context,
// text, urls); `sources` keeps every outlet's report for provenance.
import type { ExportData } from './collect.js';
import { most } from './collect.js';

export function* ploverLines(d: ExportData): Generator<string> {
  for (const e of d.events) {
    const src = d.sources.get(e.id) ?? [];
    const name = (id: string | null) => (id ? d.byId.get(id)?.name ?? id : null);
    // Without a stated source, persons come before the organizations they lead (a delegation's
    // head rather than the delegation), then the most mentioned.
    const rank = (id: string) => {
      const a = d.byId.get(id);
      return [a?.type === 'person' ? 0 : 1, -(a?.mentions ?? 0)];
    };
    const ranked = [...e.participants].sort((x, y) => {
      const [a, b] = [rank(x), rank(y)];
      return a[0] - b[0] || a[1] - b[1] || x.localeCompare(y);
    });
    const source = most(src.map((s) => s.source)) ?? ranked[0] ?? null;
    const targets = [...new Set(src.flatMap((s) => s.targets))];
    const target = targets.find((t) => t !== source) ?? ranked.find((p) => p !== source) ?? null;
    yield JSON.stringify({
      id: e.id,
      date: e.date,
      source: name(source),
      source_id: source,
      target: name(target),
      target_id: target,
      participants: e.participants.map((p) => ({ id: p, name: name(p) })),
      event: e.type,
      mode: e.mode,
      context: most(src.map((s) => s.context)) ?? 'actual',
      location: e.location,
      // The words of the report that gives the event's date, else of the first report.
      text: (src.find((s) => s.date === e.date) ?? src[0])?.text ?? '',
      urls: [...new Set(src.map((s) => s.url).filter((u): u is string => !!u))],
      sources: src.map((s) => ({ article: s.article, outlet: s.outlet, published: s.published, date: s.date, date_text: s.date_text, evidence: s.evidence, text: s.text })),
    });
  }
}
