import type { Document } from '../model/types.js';
import { buildDocument, normalizeDate, type ArticleMeta } from './document.js';

export { normalizeDate };

/** Keys a header may set; other lower-case keys are accepted and ignored. */
const HEADER_KEYS = new Set(['url', 'outlet', 'published', 'title', 'id', 'language']);
const MAX_HEADER_LINES = 30;

/**
 * Splits a `.txt` article into its optional header and its body. The header is `key: value` lines
 * ending in a line `---` (see shared/eval/GUIDE.md); without such a header the whole file is the body.
 * The body starts right after the `---` line: offsets count from there.
 */
export function splitHeader(content: string): { meta: ArticleMeta; body: string; bodyOffset: number } {
  // YAML-style front matter opens with its own `---` line: the header then starts after it
  const open = /^---[ \t]*\r?\n/.exec(content);
  const headStart = open ? open[0].length : 0;
  const sepRe = /^---[ \t]*\r?$/gm;
  sepRe.lastIndex = headStart;
  const sep = sepRe.exec(content);
  if (sep) {
    const head = content.slice(headStart, sep.index).split(/\r?\n/).filter((l) => l.trim());
    const parsed = head.map((l) => /^([A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*(.*)$/.exec(l.trim()));
    const isKey = (p: RegExpExecArray | null) => !!p && (HEADER_KEYS.has(p[1].toLowerCase()) || /^[a-z][a-z_-]*$/.test(p[1]));
    if (head.length && head.length <= MAX_HEADER_LINES && parsed.every(isKey) && parsed.some((p) => HEADER_KEYS.has(p![1].toLowerCase()))) {
      const meta: Record<string, string> = {};
      for (const p of parsed) meta[p![1].toLowerCase()] = p![2].trim();
      let bodyOffset = sep.index + sep[0].length;
      if (content[bodyOffset] === '\n') bodyOffset++;
      return { meta, body: content.slice(bodyOffset), bodyOffset };
    }
  }
  return { meta: {}, body: content, bodyOffset: 0 };
}

/** Reads a `.txt` article: optional header, then the body, with its date line and boilerplate recorded. */
export function parseTxt(content: string, id: string, source: string): Document {
  const { meta, body } = splitHeader(content);
  return buildDocument(body, meta, id, source);
}
