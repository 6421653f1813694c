import type { NameCandidate } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';

// FIRST CUT, being rewritten: proper-noun runs only.
export const mentions: Stage = {
  name: 'mentions',
  requires: ['tokens', 'sentences'],
  assigns: ['names', 'demonyms'],
  run(a) {
    const names: NameCandidate[] = [];
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].pos !== 'PROPN') continue;
      let j = i;
      while (j + 1 < t.length && t[j + 1].pos === 'PROPN' && t[j + 1].sentence === t[i].sentence) j++;
      names.push({ start: t[i].start, end: t[j].end, text: a.doc.text.slice(t[i].start, t[j].end), tokenStart: i, tokenEnd: j + 1, sentence: t[i].sentence, type: null, typeRule: 'none', titles: [], possessive: false, alias: null });
      i = j;
    }
    return { names, demonyms: [] };
  },
};
