// Outlet framing: which labelling terms an article uses, and for which actor.
// A term is tied to the nearest actor mention in the same sentence (a mention that the term
// overlaps counts as nearest), so "the terror group Hamas" labels Hamas.
import { FRAMING_TERMS, type FramingTerm } from '../lexicons/framing.js';

export interface MentionRef {
  start: number;
  end: number;
  /** Canonical (or local) actor id. */
  actor: string;
}

export interface FoundLabel {
  term: string;
  category: string;
  start: number;
  end: number;
  actor: string | null;
  context: string;
}

// Word boundaries in the ASCII sense (\b without the u flag): the terms are English words, and
// this form runs about three times faster than Unicode lookarounds over every article.
const COMPILED: { t: FramingTerm; re: RegExp }[] = FRAMING_TERMS.map((t) => ({ t, re: new RegExp(`\\b(?:${t.pattern})\\b`, 'gi') }));

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return [s, Math.min(text.length, e + 1)];
}

/** Every labelling term in `text`, longest first where terms overlap, each tied to its nearest actor. */
export function findLabels(text: string, mentions: MentionRef[]): FoundLabel[] {
  const hits: { t: FramingTerm; start: number; end: number }[] = [];
  for (const { t, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      hits.push({ t, start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof hits = [];
  for (const h of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return kept.map((h) => {
    const [ss, se] = sentenceAround(text, h.start, h.end);
    let actor: string | null = null;
    let gap = Infinity;
    for (const m of sorted) {
      if (m.end <= ss || m.start >= se) continue;
      const g = m.end <= h.start ? h.start - m.end : m.start >= h.end ? m.start - h.end : 0;
      if (g < gap) [gap, actor] = [g, m.actor];
    }
    return { term: h.t.term, category: h.t.category, start: h.start, end: h.end, actor, context: text.slice(ss, se).replace(/\s+/g, ' ').trim().slice(0, 300) };
  });
}
