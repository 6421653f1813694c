// The corpus commands' entries for the CLI's COMMANDS table (cli/index.ts spreads them in).
import type { Command } from './index.js';
import { ingestCommand } from './ingest.js';

const db = { db: { type: 'string' as const } };
const json = { json: { type: 'boolean' as const } };

export const CORPUS_COMMANDS: Record<string, Command> = {
  ingest: {
    usage: 'dossier ingest PATH... [--db FILE] [--json]   analyze articles and store them in the corpus (./dossier.db); unchanged ones are skipped',
    options: { ...db, ...json },
    run: (p, v) => ingestCommand(p, v),
  },
};
