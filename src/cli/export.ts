import fs from 'node:fs';
import path from 'node:path';
import { collect } from '../export/collect.js';
import { ploverLines } from '../export/plover.js';
import { gexf } from '../export/gexf.js';
import { csvTable, CSV_TABLES, type CsvTable } from '../export/csv.js';
import { STDIO, withStore, type Out } from './corpus-common.js';

const FORMATS = ['plover', 'gexf', 'csv'];

/** `dossier export --format plover|gexf|csv [--out FILE] [--table actors|events|quotes]`. */
export async function exportCommand(_p: string[], v: Record<string, unknown>, io: Out = STDIO): Promise<number> {
  const format = v.format as string | undefined;
  if (!format || !FORMATS.includes(format)) {
    io.err.write(`dossier export: --format is one of ${FORMATS.join(', ')}${format ? ` (got "${format}")` : ''}\n`);
    return 2;
  }
  const table = v.table as CsvTable | undefined;
  if (table !== undefined && (format !== 'csv' || !CSV_TABLES.includes(table))) {
    io.err.write(`dossier export: --table goes with --format csv and is one of ${CSV_TABLES.join(', ')}\n`);
    return 2;
  }
  const out = v.out as string | undefined;
  if (format === 'csv' && !table && !out) {
    io.err.write('dossier export: csv makes three tables: give --out DIR for all three, or --table actors|events|quotes for one\n');
    return 2;
  }
  return withStore('export', v, true, io, async (store) => {
    const d = await collect(store);
    const write = (file: string | undefined, text: string) => (file ? fs.writeFileSync(file, text) : io.out.write(text));
    if (format === 'plover') {
      const lines = [...ploverLines(d)];
      write(out, lines.length ? lines.join('\n') + '\n' : '');
      if (out) io.err.write(`wrote ${lines.length} events to ${out}\n`);
    } else if (format === 'gexf') {
      write(out, gexf(d));
      if (out) io.err.write(`wrote a network of ${d.events.length} events to ${out}\n`);
    } else if (table) {
      write(out, csvTable(d, table));
    } else {
      fs.mkdirSync(out!, { recursive: true });
      for (const t of CSV_TABLES) fs.writeFileSync(path.join(out!, `${t}.csv`), csvTable(d, t));
      io.err.write(`wrote ${CSV_TABLES.map((t) => `${t}.csv`).join(', ')} to ${out}\n`);
    }
    return 0;
  });
}
