// Test support: a small, fixed stand-in for the mentions and actors layers, so the quotes tests
// assert quote logic on hand-made text whatever state the real actors stage is in.
// Proper-noun runs become names; a run that ends with the last word of a fuller name joins it
// ("Shamkhani" → "Ali Shamkhani"); types and roles come from the test.
import type { Actor, ActorType, NameCandidate } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { segment } from '../segment/index.js';
import { quotes } from './index.js';
import { analyzeText } from '../../testing/docs.js';
import { lookupDemonym } from '../../lexicons/places.js';

export interface FixtureActor {
  type?: ActorType;
  roles?: string[];
  affiliation?: string;
}

const names: Stage = {
  name: 'fixture-names',
  requires: ['tokens'],
  assigns: ['names', 'demonyms'],
  run(a) {
    const out: NameCandidate[] = [];
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].pos !== 'PROPN' || (i > 0 && /^(the)$/i.test(t[i].text))) continue;
      let j = i;
      while (j + 1 < t.length && t[j + 1].sentence === t[i].sentence && (t[j + 1].pos === 'PROPN' || (/^(al|bin|ibn|abu|el)$/i.test(t[j + 1].text) && t[j + 2]?.pos === 'PROPN') || (t[j + 1].text === '-' && t[j + 2]?.pos === 'PROPN' && t[j + 1].start === t[j].end))) j++;
      if (j === i && lookupDemonym(t[i].text)) continue; // "Iranian" is a demonym, not an actor
      out.push({ start: t[i].start, end: t[j].end, text: a.doc.text.slice(t[i].start, t[j].end), tokenStart: i, tokenEnd: j + 1, sentence: t[i].sentence, type: null, typeRule: 'fixture', titles: [], possessive: false, alias: null });
      i = j;
    }
    return { names: out, demonyms: [] };
  },
};

function actorsFrom(known: Record<string, FixtureActor>): Stage {
  return {
    name: 'fixture-actors',
    requires: ['names'],
    assigns: ['actors'],
    run(a) {
      const list: Actor[] = [];
      const sorted = [...a.names].sort((x, y) => y.text.split(' ').length - x.text.split(' ').length || x.start - y.start);
      for (const n of sorted) {
        const last = n.text.split(/\s+/).pop()!;
        let x = list.find((y) => y.name === n.text) ?? list.find((y) => n.text.split(/\s+/).length === 1 && y.name.split(/\s+/).pop() === last);
        if (!x) {
          const k = known[n.text] ?? {};
          x = {
            id: `a${list.length + 1}`,
            name: n.text,
            type: k.type ?? 'person',
            aliases: [],
            roles: (k.roles ?? []).map((title) => ({ title, span: { start: n.start, end: n.end }, rule: 'fixture', affiliation: k.affiliation ?? null })),
            affiliation: k.affiliation ?? null,
            mentions: [],
            typeRule: 'fixture',
          };
          list.push(x);
        }
        x.mentions.push({ start: n.start, end: n.end, text: n.text, kind: x.name === n.text ? 'name' : 'short', actor: x.id, rule: 'fixture' });
      }
      for (const x of list) x.mentions.sort((p, q) => p.start - q.start);
      return { actors: list };
    },
  };
}

/** Analyses a hand-made text with the fixture layers and the quotes stage. */
export function analyzeQuotes(text: string, known: Record<string, FixtureActor> = {}, over: Parameters<typeof analyzeText>[2] = {}) {
  const a = analyzeText(text, [segment, names, actorsFrom(known), quotes], over);
  const nameOf = (id: string | null) => (id ? a.actors.find((x) => x.id === id)?.name ?? id : null);
  return {
    a,
    direct: a.quotes.filter((q) => q.direct).map((q) => ({ ...q, who: nameOf(q.speaker) })),
    reported: a.quotes.filter((q) => !q.direct).map((q) => ({ ...q, who: nameOf(q.speaker) })),
  };
}
