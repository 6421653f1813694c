import type { Boilerplate, Document } from '../../model/types.js';

/**
 * The boilerplate whose text no stage reads for names, dates or events: every block but the
 * dateline ("TEHRAN (Reuters) -"), whose place and agency still belong to the article.
 */
export function keptOut(doc: Pick<Document, 'boilerplate'>): Boilerplate[] {
  const out: Boilerplate[] = [];
  for (const b of doc.boilerplate) if (b.kind !== 'dateline') out.push(b);
  return out;
}
