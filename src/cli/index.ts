import { parseArgs } from 'node:util';
import { analyzeCommand } from './analyze.js';

const USAGE = `dossier — who is in the news, who met whom, who said what

usage:
  dossier analyze PATH... [--out DIR] [--json]   analyze articles (.txt, .html, .jsonl, folders)
  dossier --help
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  try {
    switch (cmd) {
      case 'analyze': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' }, json: { type: 'boolean' } } });
        return analyzeCommand(positionals, values);
      }
      default:
        process.stderr.write(`dossier: unknown command "${cmd}" (see dossier --help)\n`);
        return 2;
    }
  } catch (e) {
    process.stderr.write(`dossier ${cmd}: ${(e as Error).message}\n`);
    return 2;
  }
}
