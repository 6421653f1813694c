import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyzeCommand } from './analyze.js';
import { evaluateCommand } from './evaluate.js';
import { CORPUS_COMMANDS } from './corpus-commands.js';
import { serveCommand } from '../server/serve.js';

/** One CLI command: its options for node's parseArgs, a usage line, and what it does. */
export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(positionals: string[], values: Record<string, unknown>): number | Promise<number>;
}

/** Every command, in the order `--help` lists them. Each lives in its own file under cli/. */
const COMMANDS: Record<string, Command> = {
  analyze: {
    usage: 'dossier analyze PATH... [--out DIR] [--json]   analyze articles (.txt, .html, .jsonl, folders)',
    options: { out: { type: 'string' }, json: { type: 'boolean' } },
    run: (p, v) => analyzeCommand(p, v as { out?: string; json?: boolean }),
  },
  evaluate: {
    usage: 'dossier evaluate --gold DIR [--pred DIR] [--json] [--verbose]   score the analysis (or --pred analyses) against a gold folder',
    options: { gold: { type: 'string' }, pred: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } },
    run: (p, v) => evaluateCommand(p, v as { gold?: string; pred?: string; json?: boolean; verbose?: boolean }),
  },
  ...CORPUS_COMMANDS,
  serve: {
    usage: 'dossier serve [--db FILE] [--port N] [--host H]   the HTTP API over the store, on 127.0.0.1:8080 (DOSSIER_TOKEN set: writes need it)',
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    run: (p, v) => serveCommand(p, v),
  },
};

function usage(): string {
  return `dossier — who is in the news, who met whom, who said what\n\nusage:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage());
    return cmd ? 0 : 2;
  }
  const c = COMMANDS[cmd];
  if (!c) {
    process.stderr.write(`dossier: unknown command "${cmd}" (see dossier --help)\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...c.options, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(`usage: ${c.usage}\n`);
      return 0;
    }
    return await c.run(positionals, values);
  } catch (e) {
    process.stderr.write(`dossier ${cmd}: ${(e as Error).message}\n`);
    return 2;
  }
}
