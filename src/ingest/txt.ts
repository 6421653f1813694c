import type { Document } from '../model/types.js';

const HEADER_KEYS = new Set(['url', 'outlet', 'published', 'title', 'id', 'language', 'author']);

/** Reads `key: value` header lines ending in a `---` line, then the body; plain text has no header. */
export function parseTxt(content: string, id: string, source: string): Document {
  let body = content;
  const meta: Record<string, string> = {};
  const sep = /^---[ \t]*$/m.exec(content);
  if (sep) {
    const head = content.slice(0, sep.index).split('\n').filter((l) => l.trim());
    const parsed = head.map((l) => /^([A-Za-z_]+):\s*(.*)$/.exec(l.trim()));
    if (head.length && parsed.every((p) => p && HEADER_KEYS.has(p[1].toLowerCase()))) {
      for (const p of parsed) meta[p![1].toLowerCase()] = p![2].trim();
      body = content.slice(sep.index + sep[0].length).replace(/^\r?\n/, '');
    }
  }
  const known = (v: string | undefined) => (v && v.toLowerCase() !== 'unknown' ? v : null);
  return {
    id: known(meta.id) ?? id,
    text: body,
    url: known(meta.url),
    outlet: known(meta.outlet),
    published: normalizeDate(known(meta.published)),
    title: known(meta.title),
    language: known(meta.language),
    source,
    boilerplate: [],
    warnings: [],
  };
}

/** `2019-07-23`, `2019-07-23T10:00:00Z` → `2019-07-23`; anything else → null. */
export function normalizeDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m ? m[1] : null;
}
