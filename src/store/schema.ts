// SQLite schema, as numbered migrations. The schema version is SQLite's `user_version`;
// `application_id` marks the file as a dossier database so that another program's SQLite
// file is refused rather than altered. A migration is only ever appended, never edited.

/** 'doss' as a 32-bit integer. */
export const APPLICATION_ID = 0x646f7373;

export const MIGRATIONS: { version: number; why: string; sql: string }[] = [
  {
    version: 1,
    why: 'articles with full-text search, canonical actors and their per-article links, merged events and their sources, quotes with full-text search, framing labels',
    sql: `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT, outlet TEXT, published TEXT, title TEXT, language TEXT,
  hash TEXT NOT NULL,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', detail=column);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  names TEXT NOT NULL,
  names_lc TEXT NOT NULL,
  affiliation TEXT,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  outlets INTEGER NOT NULL
);
CREATE INDEX actors_type ON actors(type, mentions);
CREATE TABLE actor_names (
  name_lc TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (name_lc, actor)
) WITHOUT ROWID;
CREATE INDEX actor_names_actor ON actor_names(actor);

CREATE TABLE links (
  article TEXT NOT NULL,
  local TEXT NOT NULL,
  actor TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  affiliation TEXT,
  orgs TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  rule TEXT NOT NULL,
  outlet TEXT,
  published TEXT,
  PRIMARY KEY (article, local)
);
CREATE INDEX links_actor ON links(actor);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  mode TEXT,
  date TEXT,
  date_lo TEXT,
  date_hi TEXT,
  location TEXT,
  participants TEXT NOT NULL,
  sources INTEGER NOT NULL
);
CREATE INDEX events_type_date ON events(type, date_lo);
CREATE TABLE event_actors (
  actor TEXT NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (actor, event)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors(event);

CREATE TABLE sources (
  article TEXT NOT NULL,
  local TEXT NOT NULL,
  event TEXT NOT NULL,
  outlet TEXT, url TEXT, published TEXT,
  type TEXT NOT NULL,
  mode TEXT,
  date TEXT, date_text TEXT, location TEXT,
  context TEXT NOT NULL,
  participants TEXT NOT NULL,
  source TEXT,
  targets TEXT NOT NULL,
  ev_start INTEGER NOT NULL,
  ev_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT NOT NULL,
  merge TEXT NOT NULL,
  PRIMARY KEY (article, local)
);
CREATE INDEX sources_event ON sources(event);

CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article TEXT NOT NULL,
  local TEXT NOT NULL,
  speaker TEXT,
  speaker_name TEXT,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  via TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  outlet TEXT,
  published TEXT,
  UNIQUE (article, local)
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', detail=column);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TABLE labels (
  article TEXT NOT NULL,
  outlet TEXT,
  published TEXT,
  actor TEXT,
  term TEXT NOT NULL,
  category TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  context TEXT NOT NULL
);
CREATE INDEX labels_article ON labels(article);
CREATE INDEX labels_actor ON labels(actor);
`,
  },
  {
    version: 2,
    why: 'list the most mentioned actors without sorting them all (dossier actors on a large corpus)',
    sql: `CREATE INDEX actors_mentions ON actors(mentions DESC, articles DESC);`,
  },
  {
    version: 3,
    why: "the corpus layer's state per canonical actor and event, so an ingest run starts without re-reading every link and report",
    sql: `ALTER TABLE actors ADD COLUMN state TEXT; ALTER TABLE events ADD COLUMN state TEXT;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
