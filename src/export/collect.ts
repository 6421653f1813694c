// Reads what the exports need from the store, once.
import type { ActorRow, EventRow, EventSourceRow, QuoteRow, Store } from '../store/types.js';

export interface ExportData {
  actors: ActorRow[];
  byId: Map<string, ActorRow>;
  events: EventRow[];
  sources: Map<string, EventSourceRow[]>;
  quotes: QuoteRow[];
}

export async function collect(store: Store): Promise<ExportData> {
  const actors = await store.actors();
  const events = await store.events();
  const sources = new Map<string, EventSourceRow[]>();
  for (const s of await store.eventSources(events.map((e) => e.id))) {
    const list = sources.get(s.event);
    if (list) list.push(s);
    else sources.set(s.event, [s]);
  }
  return { actors, byId: new Map(actors.map((a) => [a.id, a])), events, sources, quotes: await store.quotes() };
}

/** The most frequent non-null value. */
export function most<T>(xs: (T | null | undefined)[]): T | null {
  const m = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const x of xs) {
    if (x === null || x === undefined) continue;
    const v = (m.get(x) ?? 0) + 1;
    m.set(x, v);
    if (v > n) [best, n] = [x, v];
  }
  return best;
}
