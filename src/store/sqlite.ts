import fs from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import {
  StoreError,
  type ActorLinkRow,
  type ActorQuery,
  type ActorRow,
  type ArticleBundle,
  type ArticleMeta,
  type ArticleRow,
  type CorpusSnapshot,
  type Counts,
  type EventQuery,
  type EventRow,
  type EventSourceRow,
  type LabelRow,
  type OutletCount,
  type QuoteQuery,
  type QuoteRow,
  type SearchHit,
  type Store,
} from './types.js';

export interface SqliteOptions {
  /** Open for reading only: never creates, migrates or writes the file. */
  readonly?: boolean;
}

/**
 * Opens (and, unless read-only, creates and migrates) a dossier SQLite database.
 * Every problem the user can cause becomes a one-line StoreError; nothing is written before
 * the file has been checked to be a dossier database of a version this build understands.
 */
export function openSqliteStore(file: string, opts: SqliteOptions = {}): SqliteStore {
  const memory = file === ':memory:';
  const exists = memory ? false : fs.existsSync(file);
  if (opts.readonly && !exists) throw new StoreError(`no database at ${file}: run "dossier ingest PATH..." first, or give --db FILE`);
  if (!opts.readonly && exists) {
    try {
      fs.accessSync(file, fs.constants.W_OK);
      // root passes access(); the permission bits still say what the owner meant.
      if ((fs.statSync(file).mode & 0o222) === 0) throw new Error('no write bit');
    } catch {
      throw new StoreError(`${file} is read-only: make it writable or give another --db FILE (nothing was changed)`);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  } catch (e) {
    throw new StoreError(`cannot open ${file}: ${(e as Error).message}`);
  }
  try {
    check(db, file);
    if (!opts.readonly) {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
    db.pragma('foreign_keys = OFF');
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    const msg = (e as Error).message;
    if (/not a database|malformed|file is encrypted/i.test(msg)) throw new StoreError(`${file} is not a dossier database or is damaged (${msg}): give another --db FILE; the file was left as it is`);
    if (/readonly|read-only/i.test(msg)) throw new StoreError(`${file} is read-only: make it writable or give another --db FILE (nothing was changed)`);
    throw new StoreError(`cannot use ${file}: ${msg}`);
  }
  return new SqliteStore(db, file);
}

function check(db: Database.Database, file: string): void {
  // Reading the header fails here on a file that is not SQLite.
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (tables > 0 || version !== 0)) {
    throw new StoreError(`${file} is an SQLite file but not a dossier database: give another --db FILE; the file was left as it is`);
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`${file} was written by a newer dossier (schema ${version}; this version reads up to ${SCHEMA_VERSION}): upgrade dossier; the file was left as it is`);
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: string | null): T => (s == null ? (null as T) : s === '[]' ? ([] as T) : (JSON.parse(s) as T));

/** `2019-07` → [`2019-07-01`, `2019-07-31`]: the range a partial date covers, for filtering. */
export function dateRange(d: string | null): [string | null, string | null] {
  if (!d) return [null, null];
  if (/^\d{4}$/.test(d)) return [`${d}-01-01`, `${d}-12-31`];
  if (/^\d{4}-\d{2}$/.test(d)) return [`${d}-01`, `${d}-31`];
  return [d.slice(0, 10), d.slice(0, 10)];
}

/** Quotes every word so that user text never reaches FTS5 as query syntax. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

type Row = Record<string, unknown>;

/** The columns queries read: never the corpus state, which only ingest needs. */
const ACTOR_COLS = 'id, name, type, names, affiliation, mentions, articles, outlets';
const EVENT_COLS = 'id, type, mode, date, location, participants, sources';

function actorRow(r: Row): ActorRow {
  return {
    id: r.id as string,
    name: r.name as string,
    type: r.type as ActorRow['type'],
    names: parse<string[]>(r.names as string),
    affiliation: (r.affiliation as string) ?? null,
    mentions: r.mentions as number,
    articles: r.articles as number,
    outlets: r.outlets as number,
  };
}

function linkRow(r: Row): ActorLinkRow {
  return {
    article: r.article as string,
    local: r.local as string,
    actor: r.actor as string,
    name: r.name as string,
    type: r.type as ActorLinkRow['type'],
    aliases: parse(r.aliases as string),
    roles: parse(r.roles as string),
    affiliation: (r.affiliation as string) ?? null,
    orgs: parse(r.orgs as string),
    mentions: r.mentions as number,
    rule: r.rule as string,
    outlet: (r.outlet as string) ?? null,
    published: (r.published as string) ?? null,
  };
}

function eventRow(r: Row): EventRow {
  return {
    id: r.id as string,
    type: r.type as EventRow['type'],
    mode: (r.mode as string) ?? null,
    date: (r.date as string) ?? null,
    location: (r.location as string) ?? null,
    participants: parse(r.participants as string),
    sources: r.sources as number,
  };
}

function sourceRow(r: Row): EventSourceRow {
  return {
    article: r.article as string,
    local: r.local as string,
    event: r.event as string,
    outlet: (r.outlet as string) ?? null,
    url: (r.url as string) ?? null,
    published: (r.published as string) ?? null,
    type: r.type as EventSourceRow['type'],
    mode: (r.mode as string) ?? null,
    date: (r.date as string) ?? null,
    date_text: (r.date_text as string) ?? null,
    location: (r.location as string) ?? null,
    context: r.context as EventSourceRow['context'],
    participants: parse(r.participants as string),
    source: (r.source as string) ?? null,
    targets: parse(r.targets as string),
    evidence: { start: r.ev_start as number, end: r.ev_end as number },
    text: r.text as string,
    rule: r.rule as string,
    merge: r.merge as string,
  };
}

function quoteRow(r: Row): QuoteRow {
  return {
    article: r.article as string,
    local: r.local as string,
    speaker: (r.speaker as string) ?? null,
    speaker_name: (r.speaker_name as string) ?? null,
    text: r.text as string,
    direct: !!r.direct,
    via: (r.via as string) ?? null,
    span: { start: r.span_start as number, end: r.span_end as number },
    outlet: (r.outlet as string) ?? null,
    published: (r.published as string) ?? null,
  };
}

function articleMeta(r: Row): ArticleMeta {
  return {
    id: r.id as string,
    source: r.source as string,
    url: (r.url as string) ?? null,
    outlet: (r.outlet as string) ?? null,
    published: (r.published as string) ?? null,
    title: (r.title as string) ?? null,
    language: (r.language as string) ?? null,
    hash: r.hash as string,
  };
}

let writes = 0;
/**
 * Test hook for the crash-safety test: with DOSSIER_TEST_STALL_AT_WRITE=N the Nth article write
 * stops forever inside its transaction, after every row is written and before the commit, and
 * says so on stderr, so that the test can kill -9 the process at exactly that point.
 */
function stallForCrashTest(): void {
  const at = Number(process.env.DOSSIER_TEST_STALL_AT_WRITE ?? 0);
  if (!at || ++writes !== at) return;
  fs.writeSync(2, 'dossier-test: stalled inside a write transaction\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

export class SqliteStore implements Store {
  readonly schemaVersion = SCHEMA_VERSION;
  private readonly st;
  private readonly write: (b: ArticleBundle) => void;
  /** Names last committed to the name index per actor, so unchanged names are not rewritten. */
  private readonly namesWritten = new Map<string, string>();
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    const p = (sql: string) => db.prepare(sql);
    const ro = db.readonly;
    this.st = {
      hash: p(`SELECT hash FROM articles WHERE id = ?`),
      article: p(`SELECT * FROM articles WHERE id = ?`),
      actor: p(`SELECT ${ACTOR_COLS} FROM actors WHERE id = ?`),
      named: p(`SELECT ${ACTOR_COLS.replace(/(\w+)/g, 'a.$1')} FROM actor_names n JOIN actors a ON a.id = n.actor WHERE n.name_lc = ? ORDER BY a.mentions DESC, a.id`),
      links: p(`SELECT * FROM links WHERE actor = ? ORDER BY published, article, local`),
      ...(ro
        ? {}
        : {
            delArticle: p(`DELETE FROM articles WHERE id = ?`),
            delLinks: p(`DELETE FROM links WHERE article = ?`),
            delSources: p(`DELETE FROM sources WHERE article = ?`),
            delQuotes: p(`DELETE FROM quotes WHERE article = ?`),
            delLabels: p(`DELETE FROM labels WHERE article = ?`),
            insArticle: p(`INSERT INTO articles (id, source, url, outlet, published, title, language, hash, text, analysis) VALUES (?,?,?,?,?,?,?,?,?,?)`),
            delActor: p(`DELETE FROM actors WHERE id = ?`),
            delActorNames: p(`DELETE FROM actor_names WHERE actor = ?`),
            putActor: p(`INSERT OR REPLACE INTO actors (id, name, type, names, names_lc, affiliation, mentions, articles, outlets, state) VALUES (?,?,?,?,?,?,?,?,?,?)`),
            putActorName: p(`INSERT OR IGNORE INTO actor_names (name_lc, actor) VALUES (?, ?)`),
            delEvent: p(`DELETE FROM events WHERE id = ?`),
            delEventActors: p(`DELETE FROM event_actors WHERE event = ?`),
            putEvent: p(`INSERT OR REPLACE INTO events (id, type, mode, date, date_lo, date_hi, location, participants, sources, state) VALUES (?,?,?,?,?,?,?,?,?,?)`),
            putEventActor: p(`INSERT OR IGNORE INTO event_actors (actor, event) VALUES (?, ?)`),
            insLink: p(`INSERT INTO links (article, local, actor, name, type, aliases, roles, affiliation, orgs, mentions, rule, outlet, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`),
            insSource: p(
              `INSERT INTO sources (article, local, event, outlet, url, published, type, mode, date, date_text, location, context, participants, source, targets, ev_start, ev_end, text, rule, merge) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
            ),
            insQuote: p(`INSERT INTO quotes (article, local, speaker, speaker_name, text, direct, via, span_start, span_end, outlet, published) VALUES (?,?,?,?,?,?,?,?,?,?,?)`),
            insLabel: p(`INSERT INTO labels (article, outlet, published, actor, term, category, start, end, context) VALUES (?,?,?,?,?,?,?,?,?)`),
          }),
    } as Record<string, Database.Statement>;
    const s = this.st;
    const pendingNames = this.pending;
    this.write = db.transaction((b: ArticleBundle) => {
      const id = b.article.id;
      pendingNames.clear();
      for (const k of ['delLinks', 'delSources', 'delQuotes', 'delLabels', 'delArticle']) s[k].run(id);
      const a = b.article;
      s.insArticle.run(a.id, a.source, a.url, a.outlet, a.published, a.title, a.language, a.hash, a.text, json(a.analysis));
      for (const x of b.dropActors) {
        s.delActor.run(x);
        s.delActorNames.run(x);
        pendingNames.set(x, '');
      }
      for (const x of b.dropEvents) {
        s.delEvent.run(x);
        s.delEventActors.run(x);
      }
      for (const x of b.actors) {
        const names = json(x.names);
        s.putActor.run(x.id, x.name, x.type, names, x.names.join('\n').toLowerCase(), x.affiliation, x.mentions, x.articles, x.outlets, x.state ?? null);
        // The name index only changes when the names do; most articles only add mentions.
        if (this.namesWritten.get(x.id) === names) continue;
        s.delActorNames.run(x.id);
        for (const n of x.names) s.putActorName.run(n.toLowerCase(), x.id);
        pendingNames.set(x.id, names);
      }
      for (const e of b.events) {
        const [lo, hi] = dateRange(e.date);
        s.putEvent.run(e.id, e.type, e.mode, e.date, lo, hi, e.location, json(e.participants), e.sources, e.state ?? null);
        s.delEventActors.run(e.id);
        for (const p of e.participants) s.putEventActor.run(p, e.id);
      }
      for (const l of b.links) s.insLink.run(l.article, l.local, l.actor, l.name, l.type, json(l.aliases), json(l.roles), l.affiliation, json(l.orgs), l.mentions, l.rule, l.outlet, l.published);
      for (const x of b.sources)
        s.insSource.run(
          x.article, x.local, x.event, x.outlet, x.url, x.published, x.type, x.mode, x.date, x.date_text, x.location, x.context,
          json(x.participants), x.source, json(x.targets), x.evidence.start, x.evidence.end, x.text, x.rule, x.merge,
        );
      for (const q of b.quotes) s.insQuote.run(q.article, q.local, q.speaker, q.speaker_name, q.text, q.direct ? 1 : 0, q.via, q.span.start, q.span.end, q.outlet, q.published);
      for (const l of b.labels) s.insLabel.run(l.article, l.outlet, l.published, l.actor, l.term, l.category, l.start, l.end, l.context);
      stallForCrashTest();
    });
  }

  async articleHash(id: string): Promise<string | null> {
    const r = this.st.hash.get(id) as { hash: string } | undefined;
    return r ? r.hash : null;
  }

  async writeArticle(b: ArticleBundle): Promise<void> {
    if (this.db.readonly) throw new StoreError(`${this.location} was opened read-only`);
    try {
      this.write(b);
      // Committed: the name index now holds these names.
      for (const [id, names] of this.pending) this.namesWritten.set(id, names);
    } catch (e) {
      const msg = (e as Error).message;
      if (/readonly|read-only/i.test(msg)) throw new StoreError(`${this.location} is read-only: make it writable or give another --db FILE (nothing was changed)`);
      if (/disk is full|SQLITE_FULL/i.test(msg)) throw new StoreError(`the disk holding ${this.location} is full: the article ${b.article.id} was not stored`);
      throw e;
    }
  }

  async article(id: string): Promise<ArticleRow | null> {
    const r = this.st.article.get(id) as Row | undefined;
    return r ? { ...articleMeta(r), text: r.text as string, analysis: parse(r.analysis as string) } : null;
  }

  async articles(): Promise<ArticleMeta[]> {
    return (this.db.prepare(`SELECT id, source, url, outlet, published, title, language, hash FROM articles ORDER BY published, id`).all() as Row[]).map(articleMeta);
  }

  async counts(): Promise<Counts> {
    const n = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { articles: n('articles'), actors: n('actors'), links: n('links'), events: n('events'), sources: n('sources'), quotes: n('quotes'), labels: n('labels') };
  }

  async snapshot(): Promise<CorpusSnapshot> {
    return {
      actors: (this.db.prepare(`SELECT ${ACTOR_COLS} FROM actors`).all() as Row[]).map(actorRow),
      links: (this.db.prepare(`SELECT * FROM links ORDER BY rowid`).all() as Row[]).map(linkRow),
      events: (this.db.prepare(`SELECT ${EVENT_COLS} FROM events`).all() as Row[]).map(eventRow),
      // The reports' wording stays on disk: resolving needs who, when and where, not the words.
      sources: (this.db.prepare(`SELECT article, local, event, outlet, url, published, type, mode, date, date_text, location, context, participants, source, targets, ev_start, ev_end, '' AS text, rule, merge FROM sources ORDER BY rowid`).all() as Row[]).map(sourceRow),
    };
  }

  async corpusState(): Promise<{ actors: { id: string; state: string }[]; events: { id: string; state: string }[] } | null> {
    const missing = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE state IS NULL`).get() as { n: number }).n > 0;
    if (missing('actors') || missing('events')) return null;
    return {
      actors: this.db.prepare(`SELECT id, state FROM actors`).all() as { id: string; state: string }[],
      events: this.db.prepare(`SELECT id, state FROM events`).all() as { id: string; state: string }[],
    };
  }

  async saveStates(actors: { id: string; state: string }[], events: { id: string; state: string }[]): Promise<void> {
    const a = this.db.prepare(`UPDATE actors SET state = ? WHERE id = ?`);
    const e = this.db.prepare(`UPDATE events SET state = ? WHERE id = ?`);
    this.db.transaction(() => {
      for (const x of actors) a.run(x.state, x.id);
      for (const x of events) e.run(x.state, x.id);
    })();
  }

  async articleRows(article: string): Promise<{ links: ActorLinkRow[]; sources: EventSourceRow[] }> {
    return {
      links: (this.db.prepare(`SELECT * FROM links WHERE article = ? ORDER BY rowid`).all(article) as Row[]).map(linkRow),
      sources: (this.db.prepare(`SELECT * FROM sources WHERE article = ? ORDER BY rowid`).all(article) as Row[]).map(sourceRow),
    };
  }

  async actors(q: ActorQuery = {}): Promise<ActorRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.type) {
      where.push('type = ?');
      args.push(q.type);
    }
    if (q.search) {
      where.push(`instr(names_lc, ?) > 0`);
      args.push(q.search.toLowerCase());
    }
    const sql = `SELECT ${ACTOR_COLS} FROM actors ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY mentions DESC, articles DESC, name LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...args, q.limit ?? -1, q.offset ?? 0) as Row[]).map(actorRow);
  }

  async actor(id: string): Promise<ActorRow | null> {
    const r = this.st.actor.get(id) as Row | undefined;
    return r ? actorRow(r) : null;
  }

  async actorsNamed(name: string): Promise<ActorRow[]> {
    return (this.st.named.all(name.toLowerCase()) as Row[]).map(actorRow);
  }

  async links(actor: string, q: { withRoles?: boolean; latest?: number } = {}): Promise<ActorLinkRow[]> {
    if (!q.withRoles && q.latest === undefined) return (this.st.links.all(actor) as Row[]).map(linkRow);
    const roles = q.withRoles ? ` AND roles != '[]'` : '';
    const sql =
      q.latest === undefined
        ? `SELECT * FROM links WHERE actor = ?${roles} ORDER BY published, article, local`
        : `SELECT * FROM links WHERE actor = ?${roles} ORDER BY published DESC, article DESC, local DESC LIMIT ${Math.max(0, Math.floor(q.latest))}`;
    return (this.db.prepare(sql).all(actor) as Row[]).map(linkRow);
  }

  async outletsOf(actor: string): Promise<OutletCount[]> {
    // Counted in SQL: the most mentioned actors have tens of thousands of links and labels.
    const outlets = this.db.prepare(`SELECT outlet, COUNT(DISTINCT article) AS n FROM links WHERE actor = ? GROUP BY outlet ORDER BY n DESC, outlet`).all(actor) as Row[];
    const out = outlets.map((r): OutletCount => ({ outlet: (r.outlet as string) ?? null, articles: r.n as number, labels: {} }));
    const by = new Map(out.map((o) => [o.outlet, o]));
    for (const r of this.db.prepare(`SELECT outlet, term, COUNT(*) AS n FROM labels WHERE actor = ? GROUP BY outlet, term ORDER BY outlet, term`).all(actor) as Row[]) {
      const o = by.get((r.outlet as string) ?? null);
      if (o) o.labels[r.term as string] = r.n as number;
    }
    return out;
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.type) {
      where.push('type = ?');
      args.push(q.type);
    }
    for (const a of q.actors ?? []) {
      where.push('id IN (SELECT event FROM event_actors WHERE actor = ?)');
      args.push(a);
    }
    if (q.from) {
      where.push('date_hi >= ?');
      args.push(dateRange(q.from)[0]);
    }
    if (q.to) {
      where.push('date_lo <= ?');
      args.push(dateRange(q.to)[1]);
    }
    const sql = `SELECT ${EVENT_COLS} FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date_lo IS NULL, date_lo, id LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...args, q.limit ?? -1, q.offset ?? 0) as Row[]).map(eventRow);
  }

  async eventSources(events: string[]): Promise<EventSourceRow[]> {
    if (!events.length) return [];
    const out: EventSourceRow[] = [];
    const st = this.db.prepare(`SELECT * FROM sources WHERE event = ? ORDER BY published, article, local`);
    for (const e of events) for (const r of st.all(e) as Row[]) out.push(sourceRow(r));
    return out;
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.speakers) {
      if (!q.speakers.length) return [];
      where.push(`speaker IN (${q.speakers.map(() => '?').join(',')})`);
      args.push(...q.speakers);
    }
    if (q.search !== undefined) {
      const f = ftsQuery(q.search);
      if (!f) return [];
      where.push('rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)');
      args.push(f);
    }
    const sql = `SELECT * FROM quotes ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY published, article, span_start LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...args, q.limit ?? -1, q.offset ?? 0) as Row[]).map(quoteRow);
  }

  async labels(q: { actor?: string; article?: string } = {}): Promise<LabelRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.actor) {
      where.push('actor = ?');
      args.push(q.actor);
    }
    if (q.article) {
      where.push('article = ?');
      args.push(q.article);
    }
    const sql = `SELECT * FROM labels ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY outlet, published, article, start`;
    return (this.db.prepare(sql).all(...args) as Row[]).map((r) => ({
      article: r.article as string,
      outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      actor: (r.actor as string) ?? null,
      term: r.term as string,
      category: r.category as string,
      start: r.start as number,
      end: r.end as number,
      context: r.context as string,
    }));
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const f = ftsQuery(text);
    if (!f) return [];
    const arts = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 14) AS snip
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(f, limit) as Row[];
    const quotes = this.db
      .prepare(
        `SELECT q.article, q.speaker, a.title, q.outlet, q.published, snippet(quotes_fts, 0, '[', ']', '…', 14) AS snip
         FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(f, limit) as Row[];
    const hit = (kind: SearchHit['kind'], r: Row): SearchHit => ({
      kind,
      article: (r.id ?? r.article) as string,
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      snippet: (r.snip as string).replace(/\s+/g, ' ').trim(),
      speaker: (r.speaker as string) ?? null,
    });
    return [...arts.map((r) => hit('article', r)), ...quotes.map((r) => hit('quote', r))];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
