import type { Actor, Analysis, Mention } from '../../model/types.js';
import { HONORIFICS, OFFICE_HEADS, RANKS } from '../../lexicons/titles.js';
import { gazetteerOf } from '../../lexicons/lookup.js';

/**
 * Definite descriptions the text makes certain: "the Iranian minister" when exactly one person
 * in the article holds a minister's role for Iran, "the Ayatollah" when one person bears that
 * title. A description that fits no one, or more than one, is left alone.
 */
export function descriptionMentions(a: Readonly<Analysis>, actors: Actor[]): Mention[] {
  const out: Mention[] = [];
  const persons = actors.filter((x) => x.type === 'person');
  if (!persons.length) return out;
  const text = a.doc.text;
  // what each person is titled: its roles and the words before each of its names, read once;
  // a text's set of words is made only when the head occurs in it at all (most texts never
  // hold the head asked for, and splitting them all was most of this function's time)
  type Titled = { text: string; words: Set<string> | null };
  const titles = new Map<Actor, Titled[]>();
  const titlesOf = (p: Actor) => {
    let ts = titles.get(p);
    if (!ts) {
      const texts = [...p.roles.map((r) => r.title), ...p.mentions.map((x) => text.slice(Math.max(0, x.start - 30), x.start).toLowerCase())];
      titles.set(p, (ts = texts.map((t) => ({ text: t, words: null }))));
    }
    return ts;
  };
  const hasWord = (t: Titled, w: string) => t.text.includes(w) && (t.words ??= new Set(t.text.split(/[\s-]+/))).has(w);
  const re = /\b(the|The)\s+((?:[A-Z][a-z]+\s+)?)((?:[A-Za-z-]+\s+){0,2}?)([A-Za-z-]+)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = m[4].toLowerCase();
    if (!(OFFICE_HEADS.has(head) || RANKS.has(head) || HONORIFICS.has(head))) continue;
    // "the minister Zarif": a name follows, so this is a title, not a description
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^\s+\p{Lu}/u.test(after) || /^['’]s/.test(after)) continue;
    const demWord = m[2].trim();
    const country = demWord ? gazetteerOf(a.doc).demonym(demWord) : null;
    if (demWord && !country) continue;
    const mods = m[3].trim().toLowerCase().split(/\s+/).filter(Boolean);
    const fits = persons.filter((p) => {
      const holds = titlesOf(p).some((t) => hasWord(t, head) && mods.every((w) => t.text.includes(w)));
      return holds && (!country || p.affiliation === country || p.roles.some((r) => r.title.includes(demWord.toLowerCase())));
    });
    if (fits.length !== 1) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (a.sentences.every((s) => s.boilerplate || end <= s.start || start >= s.end) && a.sentences.length) continue;
    out.push({ start, end, text: m[0], kind: 'description', actor: fits[0].id, rule: `the only person in the article titled "${head}"${country ? ` for ${country}` : ''}` });
  }
  return out;
}
