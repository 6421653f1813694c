// The corpus commands' entries for the CLI's COMMANDS table (cli/index.ts spreads them in).
import type { Command } from './index.js';
import { ingestCommand } from './ingest.js';
import { exportCommand } from './export.js';
import { actorCommand, actorsCommand, eventsCommand, quotesCommand, searchCommand, timelineCommand } from './corpus-queries.js';

const db = { db: { type: 'string' as const } };
const json = { json: { type: 'boolean' as const } };
const limit = { limit: { type: 'string' as const } };

export const CORPUS_COMMANDS: Record<string, Command> = {
  ingest: {
    usage: 'dossier ingest PATH... [--db FILE] [--json]   analyze articles and store them in the corpus (./dossier.db); unchanged ones are skipped',
    options: { ...db, ...json },
    run: (p, v) => ingestCommand(p, v),
  },
  actors: {
    usage: 'dossier actors [--type person|organization|place] [--search TEXT] [--limit N] [--json]   canonical actors across articles',
    options: { ...db, ...json, ...limit, type: { type: 'string' }, search: { type: 'string' } },
    run: (p, v) => actorsCommand(p, v),
  },
  actor: {
    usage: 'dossier actor NAME [--json]   one actor: names, roles over time, meetings, quotes, outlets',
    options: { ...db, ...json },
    run: (p, v) => actorCommand(p, v),
  },
  events: {
    usage: 'dossier events [--type CONSULT] [--actor NAME]... [--from DATE] [--to DATE] [--json]   merged events with their sources',
    options: { ...db, ...json, ...limit, type: { type: 'string' }, actor: { type: 'string', multiple: true }, from: { type: 'string' }, to: { type: 'string' } },
    run: (p, v) => eventsCommand(p, v),
  },
  quotes: {
    usage: 'dossier quotes [--speaker NAME] [--search TEXT] [--json]   who said what',
    options: { ...db, ...json, ...limit, speaker: { type: 'string' }, search: { type: 'string' } },
    run: (p, v) => quotesCommand(p, v),
  },
  timeline: {
    usage: 'dossier timeline NAME [NAME] [--json]   one actor or one pair over time, with a cooperation/conflict score',
    options: { ...db, ...json },
    run: (p, v) => timelineCommand(p, v),
  },
  search: {
    usage: 'dossier search TEXT [--limit N] [--json]   full-text search over articles and quotes',
    options: { ...db, ...json, ...limit },
    run: (p, v) => searchCommand(p, v),
  },
  export: {
    usage: 'dossier export --format plover|gexf|csv [--out FILE|DIR] [--table actors|events|quotes]   PLOVER JSONL, a dynamic GEXF network, CSV tables',
    options: { ...db, format: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' } },
    run: (p, v) => exportCommand(p, v),
  },
};
