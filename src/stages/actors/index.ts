import type { Actor } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';

// FIRST CUT, being rewritten: one actor per distinct name.
export const actors: Stage = {
  name: 'actors',
  requires: ['names'],
  assigns: ['actors'],
  run(a) {
    const by = new Map<string, Actor>();
    for (const n of a.names) {
      let x = by.get(n.text);
      if (!x) {
        x = { id: `a${by.size + 1}`, name: n.text, type: n.type ?? 'person', aliases: [], roles: [], affiliation: null, mentions: [], typeRule: n.typeRule };
        by.set(n.text, x);
      }
      x.mentions.push({ start: n.start, end: n.end, text: n.text, kind: 'name', actor: x.id, rule: 'exact' });
    }
    return { actors: [...by.values()] };
  },
};
