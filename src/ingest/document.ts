import type { Boilerplate, Document } from '../model/types.js';
import { dateInTimestamp, findBoilerplate } from './boilerplate.js';
import { detectLanguage, toLanguage } from './language.js';

/** What a reader knows about an article besides its body. Missing or "unknown" values are null. */
export interface ArticleMeta {
  id?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
  language?: string | null;
}

/** ` date 2019-07-23 ` at the very start of a body (how some scraped bodies carry the date). */
const LEADING_DATE = /^[ \t]*(date:?[ \t]+(\d{4}-\d{2}-\d{2}))\b/i;

/**
 * Makes the Document every reader returns: the body is kept exactly as given (offsets stay true);
 * the leading date line, boilerplate ranges and language are recorded beside it.
 */
export function buildDocument(body: string, meta: ArticleMeta, fallbackId: string, source: string, extra: { boilerplate?: Boilerplate[]; warnings?: string[] } = {}): Document {
  const known: Boilerplate[] = [...(extra.boilerplate ?? [])];
  let published = normalizeDate(clean(meta.published));
  const lead = LEADING_DATE.exec(body);
  if (lead) {
    const start = lead.index + lead[0].indexOf(lead[1]);
    known.push({ start, end: start + lead[1].length, kind: 'date-line', rule: 'date-line' });
    published ??= normalizeDate(lead[2]);
  }
  const title = clean(meta.title);
  const outlet = clean(meta.outlet);
  const boilerplate = findBoilerplate(body, { title, outlet, known });
  if (!published) {
    const stamp = boilerplate.find((b) => b.rule === 'timestamp-line' && b.start < 400);
    if (stamp) published = dateInTimestamp(body.slice(stamp.start, stamp.end));
  }
  const stated = clean(meta.language)?.toLowerCase().split(/[-_]/)[0] ?? null;
  const language = stated ? (stated.length === 3 ? toLanguage(stated).code : stated) : (detectLanguage(body)?.code ?? null);
  return {
    id: clean(meta.id) ?? fallbackId,
    text: body,
    url: clean(meta.url),
    outlet,
    published,
    title,
    language,
    source,
    boilerplate,
    warnings: [...(extra.warnings ?? [])],
  };
}

/** Trims a metadata value; empty, "unknown", "n/a" and "null" mean not known. */
export function clean(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s && !/^(unknown|n\/a|na|null|none|-)$/i.test(s) ? s : null;
}

/** `2019-07-23`, `2019-07-23T10:00:00Z`, `2019/7/23`, `July 23, 2019`, `Tue, 23 Jul 2019 10:00 GMT` → `2019-07-23`; anything else → null. */
export function normalizeDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(v.trim());
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
  }
  return dateInTimestamp(v);
}
