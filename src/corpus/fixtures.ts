// Hand-made articles for corpus, store and export tests: a text, its actors (found in the text
// by name) and its events (participants named by name), shaped like the per-article contract.
import type { ContractAnalysis } from '../output/contract.js';
import type { ActorType, PloverType } from '../model/types.js';
import type { ArticleInput } from './corpus.js';

export interface A {
  name: string;
  type?: ActorType;
  aliases?: string[];
  roles?: string[];
  affiliation?: string | null;
}
export interface E {
  type?: PloverType;
  participants: string[];
  date?: string | null;
  location?: string | null;
  context?: 'actual' | 'negated' | 'future';
  mode?: string;
  evidence?: string;
}

/** A hand-made article: actors are found in the text by name; events name their participants by name. */
export function article(id: string, outlet: string, published: string | null, text: string, actors: A[], events: E[] = []): ArticleInput {
  const ids = new Map<string, string>();
  const acts = actors.map((a, i) => {
    const aid = `a${i + 1}`;
    ids.set(a.name, aid);
    const mentions = [];
    for (const n of [a.name, ...(a.aliases ?? [])]) for (let k = text.indexOf(n); k >= 0; k = text.indexOf(n, k + 1)) mentions.push({ start: k, end: k + n.length, text: n, kind: 'name', rule: 't' });
    const role_evidence = (a.roles ?? []).map((r) => {
      const k = text.toLowerCase().indexOf(r);
      return { title: r, start: k, end: k < 0 ? -1 : k + r.length, rule: 't', affiliation: null };
    });
    return { id: aid, name: a.name, type: a.type ?? 'person', aliases: a.aliases ?? [], roles: a.roles ?? [], affiliation: a.affiliation ?? null, mentions, role_evidence, type_rule: 't' };
  });
  const evs = events.map((e, i) => {
    const s = e.evidence ? text.indexOf(e.evidence) : 0;
    return {
      id: `e${i + 1}`, type: e.type ?? 'CONSULT', mode: e.mode ?? 'meet', participants: e.participants.map((p) => ids.get(p)!), source: null, targets: [],
      location: e.location ?? null, date: e.date ?? null, date_text: null, context: e.context ?? 'actual',
      evidence: { start: s, end: s + (e.evidence?.length ?? text.length) }, trigger: { start: 0, end: 0, text: '' }, rule: 't',
    };
  });
  const analysis = { id, document: {}, actors: acts, events: evs, quotes: [], dates: [] } as unknown as ContractAnalysis;
  return { id, source: `${id}.txt`, url: null, outlet, published, title: null, language: 'en', hash: id, text, analysis };
}

