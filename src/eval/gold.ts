// The gold annotation of shared/eval/GUIDE.md, the prediction side of shared/eval/CONTRACT.md,
// and the loader of a gold folder.
import fs from 'node:fs';
import path from 'node:path';
import type { ActorType } from '../model/types.js';

export interface GoldActor {
  name: string;
  type: ActorType;
  aliases?: string[];
  roles?: string[];
  affiliation?: string | null;
}

export interface GoldMeeting {
  participants: string[];
  location?: string | null;
  date?: string | null;
  date_text?: string | null;
}

export interface GoldQuote {
  speaker: string | null;
  text: string;
  via?: string | null;
}

export interface GoldArticle {
  id: string;
  published?: string | null;
  actors: GoldActor[];
  meetings: GoldMeeting[];
  quotes: GoldQuote[];
}

/**
 * What the scorer reads of a prediction: the contract's fields, typed loosely so that any
 * writer of the contract (ours, or another tool's) can be scored.
 */
export interface PredActor {
  id?: string;
  name?: string | null;
  type?: string | null;
  aliases?: string[] | null;
  roles?: (string | { title?: string; role?: string })[] | null;
}

/** A participant is an actor id or name, or an object naming one. */
export type PredRef = string | { name?: string; id?: string };

export interface PredEvent {
  type?: string | null;
  participants?: PredRef[] | null;
  source?: PredRef | null;
  target?: PredRef | null;
  targets?: PredRef[] | null;
  date?: string | null;
  date_text?: string | null;
}

export interface PredQuote {
  text?: string | null;
  speaker?: PredRef | null;
}

export interface PredArticle {
  actors?: PredActor[] | null;
  events?: PredEvent[] | null;
  quotes?: PredQuote[] | null;
}

/** A gold file that does not have the shape of the guide: names the file and what is wrong. */
export class GoldFormatError extends Error {}

/** Checks the shape of a parsed gold file; throws a GoldFormatError naming `source` otherwise. */
export function parseGold(value: unknown, source: string): GoldArticle {
  const bad = (what: string) => new GoldFormatError(`${source}: ${what} (see shared/eval/GUIDE.md)`);
  if (!value || typeof value !== 'object') throw bad('not a JSON object');
  const g = value as Record<string, unknown>;
  for (const k of ['actors', 'meetings', 'quotes']) if (!Array.isArray(g[k])) throw bad(`"${k}" must be a list`);
  (g.actors as unknown[]).forEach((a, i) => {
    const x = a as Record<string, unknown>;
    if (!x || typeof x.name !== 'string') throw bad(`actors[${i}] has no name`);
    if (!['person', 'organization', 'place'].includes(String(x.type))) throw bad(`actors[${i}] (${x.name}) has type "${x.type}", not person, organization or place`);
  });
  (g.meetings as unknown[]).forEach((m, i) => {
    if (!m || !Array.isArray((m as Record<string, unknown>).participants)) throw bad(`meetings[${i}] has no participants list`);
  });
  (g.quotes as unknown[]).forEach((q, i) => {
    if (!q || typeof (q as Record<string, unknown>).text !== 'string') throw bad(`quotes[${i}] has no text`);
  });
  return { id: typeof g.id === 'string' ? g.id : path.basename(source).replace(/\.gold\.json$/, ''), ...(g as object) } as GoldArticle;
}

/** A gold article and the id its article file and prediction go by: the file name before `.gold.json`. */
export interface GoldEntry {
  id: string;
  file: string;
  gold: GoldArticle;
}

/** Every `<id>.gold.json` of a folder, sorted by file name, as score.mjs reads them. */
export function loadGoldDir(dir: string): GoldEntry[] {
  let files: string[];
  try {
    files = fs.readdirSync(dir);
  } catch (e) {
    throw new GoldFormatError(`${dir}: cannot read the gold folder (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const gold = files.filter((f) => f.endsWith('.gold.json')).sort();
  if (!gold.length) throw new GoldFormatError(`${dir}: no <id>.gold.json files in this folder`);
  return gold.map((f) => {
    const file = path.join(dir, f);
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new GoldFormatError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    return { id: f.replace(/\.gold\.json$/, ''), file, gold: parseGold(value, file) };
  });
}
