// One canonical actor per real-world entity across articles.
//
// The index is incremental: an article's actors are resolved against the canonical actors
// already known, found through blocking keys (the sound of a person's surname, the sound of
// an organization's first and last words), so each article costs about the same however
// large the corpus grows. A canonical actor is the sum of its links (one per article-level
// actor); its figures are kept as counts so that removing a changed article is exact.
import type { ActorType } from '../model/types.js';
import type { ActorLinkRow, ActorRow, RoleEvidence } from '../store/types.js';
import { compact, compactKeys, parsePerson, personKeys, plain, sameCompact, sameWord, type PersonName } from './names.js';

/** An actor as one article describes it, before resolution. */
export interface ArticleActor {
  local: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: RoleEvidence[];
  affiliation: string | null;
  mentions: number;
}

export interface ResolveContext {
  article: string;
  outlet: string | null;
  published: string | null;
  /** Canonical ids already given to other actors of this article: context for surname-only names. */
  assigned: Set<string>;
}

type Counter = Map<string, number>;

function bump(m: Counter, k: string | null | undefined, d: number): void {
  if (!k) return;
  const v = (m.get(k) ?? 0) + d;
  if (v > 0) m.set(k, v);
  else m.delete(k);
}

/** The most used form, counting forms that differ only in case together ("Saleh al-Arouri", "Saleh Al-Arouri"). */
function top(m: Counter): string | null {
  const groups = new Map<string, number>();
  for (const [k, v] of m) groups.set(k.toLowerCase(), (groups.get(k.toLowerCase()) ?? 0) + v);
  let best: string | null = null;
  let n = -1;
  for (const [k, v] of m) {
    const g = groups.get(k.toLowerCase())!;
    if (g > n || (g === n && best !== null && (v > m.get(best)! || (v === m.get(best)! && k.length > best.length)))) [best, n] = [k, g];
  }
  return best;
}

const ROLE_STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'its', 'his', 'her', 'their', 's', 'former', 'deputy', 'senior', 'top', 'new']);

/** Content words of role titles, for "do these two share a role" checks. */
export function roleWords(titles: string[]): string[] {
  if (titles.length === 1) return titleWords(titles[0]);
  const out = new Set<string>();
  for (const t of titles) for (const w of titleWords(t)) out.add(w);
  return [...out];
}

const titleCache = new Map<string, string[]>();
function titleWords(t: string): string[] {
  let r = titleCache.get(t);
  if (!r) {
    if (titleCache.size > 100_000) titleCache.clear();
    r = [...new Set(plain(t).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !ROLE_STOP.has(w)))];
    titleCache.set(t, r);
  }
  return r;
}

export interface Canon {
  id: string;
  type: ActorType;
  /** Names and aliases as written, counted per link. */
  names: Counter;
  /** Person forms that carry a given name, as written: the display name is the most used. */
  fulls: Counter;
  firsts: Counter;
  lasts: Counter;
  compacts: Counter;
  roleWords: Counter;
  affs: Counter;
  /** Affiliations as written, for display. */
  affsWritten: Counter;
  orgs: Counter;
  outlets: Counter;
  /** Distinct articles, and links (article-level actors) over all of them. */
  articles: number;
  links: number;
  mentions: number;
  keys: Set<string>;
}

/** Counters as [key, count] pairs, for the state stored with each canonical actor. */
type Pairs = [string, number][];
interface CanonState {
  t: ActorType;
  n: Pairs;
  fu: Pairs;
  fi: Pairs;
  la: Pairs;
  co: Pairs;
  rw: Pairs;
  af: Pairs;
  aw: Pairs;
  o: Pairs;
  ou: Pairs;
  a: number;
  l: number;
  m: number;
}

function personForms(names: string[]): PersonName[] {
  return names.map(parsePerson).filter((p): p is PersonName => p !== null);
}

const NO_ORGS: ReadonlyMap<string, number> = new Map();

export class ActorIndex {
  readonly canons = new Map<string, Canon>();
  private readonly block = new Map<string, Set<string>>();
  private next = 1;

  /** Rebuilds the index from stored links (in any order): the slow path, for stores without saved states. */
  static fromLinks(links: ActorLinkRow[]): ActorIndex {
    const ix = new ActorIndex();
    const seen = new Set<string>();
    for (const l of links) {
      ix.bumpNext(l.actor);
      const k = `${l.article}\u0000${l.actor}`;
      ix.add(l, !seen.has(k));
      seen.add(k);
    }
    return ix;
  }

  /** Rebuilds the index from the states saved with each canonical actor: no link is read. */
  static fromStates(rows: { id: string; state: string }[]): ActorIndex {
    const ix = new ActorIndex();
    for (const r of rows) {
      ix.bumpNext(r.id);
      const s = JSON.parse(r.state) as CanonState;
      const c = ix.canon(r.id, s.t);
      const fill = (m: Counter, p: Pairs) => p.forEach(([k, v]) => m.set(k, v));
      fill(c.names, s.n);
      fill(c.fulls, s.fu);
      fill(c.firsts, s.fi);
      fill(c.lasts, s.la);
      fill(c.compacts, s.co);
      fill(c.roleWords, s.rw);
      fill(c.affs, s.af);
      fill(c.affsWritten, s.aw);
      fill(c.orgs, s.o);
      fill(c.outlets, s.ou);
      [c.articles, c.links, c.mentions] = [s.a, s.l, s.m];
      if (c.type === 'person') for (const n of c.names.keys()) for (const p of personForms([n])) for (const k of personKeys(p)) ix.key(c, k);
      else for (const n of c.compacts.keys()) for (const k of compactKeys(c.type, n)) ix.key(c, k);
    }
    return ix;
  }

  private bumpNext(id: string): void {
    const n = /^A(\d+)$/.exec(id);
    if (n) this.next = Math.max(this.next, Number(n[1]) + 1);
  }

  /** What is saved with a canonical actor so that the next run need not read its links. */
  state(id: string): string {
    const c = this.canons.get(id)!;
    const e = (m: Counter): Pairs => [...m.entries()];
    const s: CanonState = {
      t: c.type, n: e(c.names), fu: e(c.fulls), fi: e(c.firsts), la: e(c.lasts), co: e(c.compacts), rw: e(c.roleWords), af: e(c.affs), aw: e(c.affsWritten),
      o: e(c.orgs), ou: e(c.outlets), a: c.articles, l: c.links, m: c.mentions,
    };
    return JSON.stringify(s);
  }

  private canon(id: string, type: ActorType): Canon {
    let c = this.canons.get(id);
    if (!c) {
      c = {
        id, type, names: new Map(), fulls: new Map(), firsts: new Map(), lasts: new Map(), compacts: new Map(), roleWords: new Map(),
        affs: new Map(), affsWritten: new Map(), orgs: new Map(), outlets: new Map(), articles: 0, links: 0, mentions: 0, keys: new Set(),
      };
      this.canons.set(id, c);
    }
    return c;
  }

  private key(c: Canon, k: string): void {
    if (c.keys.has(k)) return;
    c.keys.add(k);
    let s = this.block.get(k);
    if (!s) this.block.set(k, (s = new Set()));
    s.add(c.id);
  }

  /** Adds (+1) or removes (-1) one link's contribution to its canonical actor. */
  /** `firstOrLast`: the first link of this canonical actor in its article (adding), or the last one (removing). */
  private apply(l: ActorLinkRow, d: 1 | -1, firstOrLast: boolean): Canon {
    const c = this.canon(l.actor, l.type);
    const names = [l.name, ...l.aliases];
    for (const n of new Set(names)) bump(c.names, n, d);
    if (c.type === 'person') {
      for (const p of personForms(names)) {
        bump(c.lasts, p.last, d);
        if (p.first) bump(c.firsts, p.first, d);
        if (d > 0) for (const k of personKeys(p)) this.key(c, k);
      }
      const p = parsePerson(l.name);
      if (p?.first) bump(c.fulls, l.name, d);
    } else {
      for (const n of new Set(names.map(compact).filter(Boolean))) {
        bump(c.compacts, n, d);
        if (d > 0) for (const k of compactKeys(c.type, n)) this.key(c, k);
      }
    }
    for (const w of roleWords(l.roles.map((r) => r.title))) bump(c.roleWords, w, d);
    bump(c.affs, l.affiliation ? plain(l.affiliation) : null, d);
    bump(c.affsWritten, l.affiliation, d);
    for (const o of l.orgs) bump(c.orgs, o, d);
    bump(c.outlets, l.outlet ?? '(unknown outlet)', d);
    if (firstOrLast) c.articles += d;
    c.links += d;
    c.mentions += d * l.mentions;
    return c;
  }

  /** Adds a link; `firstInArticle` when no other link of this article points to the same canonical actor yet. */
  add(l: ActorLinkRow, firstInArticle: boolean): void {
    this.apply(l, 1, firstInArticle);
  }

  /** Removes a link; returns true when its canonical actor has no link left (and is dropped). */
  remove(l: ActorLinkRow, lastInArticle: boolean): boolean {
    const c = this.apply(l, -1, lastInArticle);
    if (c.links > 0) return false;
    for (const k of c.keys) this.block.get(k)?.delete(c.id);
    this.canons.delete(c.id);
    return true;
  }

  /** The canonical actor's summary row, as stored. */
  row(id: string): ActorRow {
    const c = this.canons.get(id)!;
    const names = [...c.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map((e) => e[0]);
    return {
      id, type: c.type, name: top(c.fulls) ?? top(c.names) ?? id, names,
      affiliation: top(c.affsWritten), mentions: c.mentions, articles: c.articles, outlets: c.outlets.size, state: this.state(id),
    };
  }

  /** Members of an organization, and organizations of a member: for "a delegation stands for its leader". */
  orgsOf(id: string): ReadonlyMap<string, number> {
    return this.canons.get(id)?.orgs ?? NO_ORGS;
  }

  private candidates(keys: string[]): Canon[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.block.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.canons.get(id)!).filter(Boolean);
  }

  /**
   * The canonical actor an article-level actor refers to, with the rule that decided;
   * `id` is a fresh id (not yet in the index) when the actor is new to the corpus.
   */
  resolve(x: ArticleActor, orgs: string[], ctx: ResolveContext): { id: string; rule: string } {
    return x.type === 'person' ? this.resolvePerson(x, orgs, ctx) : this.resolveNamed(x);
  }

  fresh(): string {
    return `A${this.next++}`;
  }

  private resolveNamed(x: ArticleActor): { id: string; rule: string } {
    const forms = [...new Set([x.name, ...x.aliases].map(compact).filter(Boolean))];
    const keys = forms.flatMap((f) => compactKeys(x.type, f));
    let best: Canon | null = null;
    let rule = '';
    for (const c of this.candidates(keys)) {
      if (c.type !== x.type) continue;
      const exact = forms.some((f) => c.compacts.has(f));
      const close = exact || forms.some((f) => [...c.compacts.keys()].some((g) => sameCompact(f, g)));
      if (!close) continue;
      const r = exact ? 'same-name' : 'spelling-variant';
      if (!best || (exact && rule !== 'same-name') || (r === rule && c.articles > best.articles)) [best, rule] = [c, r];
    }
    return best ? { id: best.id, rule } : { id: this.fresh(), rule: 'new' };
  }

  private resolvePerson(x: ArticleActor, orgs: string[], ctx: ResolveContext): { id: string; rule: string } {
    const forms = personForms([x.name, ...x.aliases]);
    if (!forms.length) return { id: this.fresh(), rule: 'new' };
    const firsts = [...new Set(forms.map((f) => f.first).filter((f): f is string => !!f))];
    const lasts = [...new Set(forms.map((f) => f.last))];
    const xRoles = roleWords(x.roles.map((r) => r.title));
    const xAff = x.affiliation ? plain(x.affiliation) : null;
    type Scored = { c: Canon; kind: 'same-name' | 'fuller-name' | 'surname' | 'same-surname'; bonus: number };
    const scored: Scored[] = [];
    let firstConflict = false;
    for (const c of this.candidates(forms.flatMap(personKeys))) {
      if (c.type !== 'person') continue;
      if (!lasts.some((l) => [...c.lasts.keys()].some((m) => sameWord(l, m)))) continue;
      const cFirsts = [...c.firsts.keys()];
      let kind: Scored['kind'];
      if (firsts.length && cFirsts.length) {
        if (!firsts.some((f) => cFirsts.some((g) => sameWord(f, g)))) {
          firstConflict = true; // same surname, another given name: another person (father and son, two Singhs)
          continue;
        }
        kind = 'same-name';
      } else if (firsts.length) kind = 'fuller-name';
      else if (cFirsts.length) kind = 'surname';
      else kind = 'same-surname';
      const roleOverlap = xRoles.filter((w) => c.roleWords.has(w)).length;
      const roleShared = roleOverlap > 0;
      const affShared = (xAff !== null && c.affs.has(xAff)) || orgs.some((o) => c.orgs.has(o));
      const affKnown = (xAff !== null || orgs.length > 0) && (c.affs.size > 0 || c.orgs.size > 0);
      // Both sides say who they act for, and nothing — affiliation or role — is shared: two people.
      if (affKnown && !affShared && !roleShared && xRoles.length && c.roleWords.size) continue;
      // Context: already named in this article; the more role words shared, the surer.
      const bonus = (ctx.assigned.has(c.id) ? 8 : 0) + Math.min(roleOverlap, 3) + (affShared ? 1 : 0);
      scored.push({ c, kind, bonus });
    }
    if (!scored.length) return { id: this.fresh(), rule: firstConflict ? 'new-same-surname-other-given-name' : 'new' };
    const byStrength = (a: Scored, b: Scored) => b.bonus - a.bonus || b.c.articles - a.c.articles || a.c.id.localeCompare(b.c.id);
    if (firsts.length) {
      const same = scored.filter((s) => s.kind === 'same-name').sort(byStrength);
      if (same.length) return { id: same[0].c.id, rule: 'same-name' };
      // A surname-only canonical gains a given name, unless that surname is known to be shared.
      const fuller = scored.filter((s) => s.kind === 'fuller-name').sort(byStrength);
      if (fuller.length && !firstConflict) return { id: fuller[0].c.id, rule: 'fuller-name' };
      return { id: this.fresh(), rule: firstConflict ? 'new-same-surname-other-given-name' : 'new' };
    }
    // Surname only: resolve in context.
    const full = scored.filter((s) => s.kind === 'surname').sort(byStrength);
    const inArticle = full.filter((s) => ctx.assigned.has(s.c.id));
    if (inArticle.length === 1) return { id: inArticle[0].c.id, rule: 'surname-in-article' };
    if (full.length === 1) return { id: full[0].c.id, rule: 'surname-unique' };
    if (full.length > 1 && full[0].bonus > full[1].bonus) return { id: full[0].c.id, rule: 'surname-role-or-affiliation' };
    if (full.length > 1 && full[0].c.articles >= 4 * full[1].c.articles) return { id: full[0].c.id, rule: 'surname-dominant' };
    const bare = scored.filter((s) => s.kind === 'same-surname').sort(byStrength);
    if (bare.length) return { id: bare[0].c.id, rule: full.length ? 'surname-ambiguous-kept-apart' : 'same-surname' };
    return { id: this.fresh(), rule: 'new-surname-ambiguous' };
  }
}
