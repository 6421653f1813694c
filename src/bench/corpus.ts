// The benchmark's articles: the sample articles, copied many times with names and dates
// varied, so no copy repeats another exactly and no cache of names or dates can help.
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from '../model/types.js';
import { parseTxt } from '../ingest/txt.js';
import { repoRoot, sharedEvalDir } from '../eval/devset.js';

/** Where the sample articles come from: `examples/` when it has articles, else the shared dev set. */
export function sampleDir(): string | null {
  const examples = path.join(repoRoot(), 'examples');
  if (fs.existsSync(examples) && fs.readdirSync(examples).some((f) => f.endsWith('.txt'))) return examples;
  const shared = sharedEvalDir();
  return shared ? path.join(shared, 'dev') : null;
}

/** A sample article file as it is on disk: header and body. */
export interface Sample {
  id: string;
  source: string;
  content: string;
}

/** The `.txt` articles of a folder, sorted by name. */
export function loadSamples(dir: string): Sample[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), source: path.join(dir, f), content: fs.readFileSync(path.join(dir, f), 'utf8') }))
    .filter((s) => s.content.trim());
}

/** Calendar words stay as they are: varying them would break the date expressions. */
const CALENDAR = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Endings added to a name to make a new one that reads like a name. */
const ENDINGS = ['ani', 'avi', 'ovic', 'ez', 'ari', 'ello', 'ström', 'ak', 'iyeh', 'ford', 'ino', 'ulu'];

/** FNV-1a: a small stable hash, so the same copy number always gives the same article. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Copy number `n` of an article file: about half of the body's
 * capitalised words (names, mostly) get a new ending, chosen per word and copy; years move
 * back by up to six years and the published date by `n` days. A name is a capitalised word
 * met inside a sentence that is not a month, a weekday or a `common` word (a title like
 * "Minister"); it varies the same way everywhere in the copy, so the text still reads as news.
 */
export function varyArticle(sample: Sample, n: number, common: ReadonlySet<string> = new Set()): Sample {
  const sep = /^---[ \t]*$/m.exec(sample.content);
  const bodyAt = sep ? sep.index + sep[0].length : 0;
  const header = sample.content.slice(0, bodyAt).replace(/^(published:\s*)(\d{4}-\d{2}-\d{2})/m, (_, k: string, d: string) => k + shiftDate(d, n));
  const body = sample.content.slice(bodyAt);
  // Names are the capitalised words met inside a sentence; once found, they vary everywhere.
  const names = new Set<string>();
  for (const m of body.matchAll(/(?<=[a-z,;:’'"“”()] |[a-z]-)[A-Z][a-z]{2,}\b/g)) if (!CALENDAR.has(m[0]) && !common.has(m[0].toLowerCase())) names.add(m[0]);
  const renamed = body.replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
    if (!names.has(w)) return w;
    const h = hash(`${w}#${n}`);
    return h % 2 ? w + ENDINGS[(h >>> 1) % ENDINGS.length] : w;
  });
  const years = n % 7;
  const varied = renamed.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - years));
  return { id: `${sample.id}~${n}`, source: sample.source, content: header + varied };
}

/** An ISO date `days` days earlier. */
function shiftDate(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

/** Reads an article file's content as `dossier analyze` reads a `.txt` file. */
export function readSample(f: Sample): Document {
  return parseTxt(f.content, f.id, f.source);
}

/** Lower-case words of the samples: a capitalised word among them is a title or a common word, not a name. */
export function commonWords(samples: readonly Sample[]): Set<string> {
  const out = new Set<string>();
  for (const s of samples) for (const m of s.content.matchAll(/(?<![\p{L}-])[a-z]{3,}(?![\p{L}-])/gu)) out.add(m[0]);
  return out;
}

/** The benchmark's articles: copies go round the samples in turn, each copy varied anew. */
export class BenchCorpus {
  private readonly common: Set<string>;
  constructor(readonly samples: readonly Sample[]) {
    if (!samples.length) throw new Error('no sample articles to build the benchmark from');
    this.common = commonWords(samples);
  }

  /** The `i`-th article file (0-based): copy number `i / samples` + 1 of sample `i % samples`. */
  file(i: number): Sample {
    return varyArticle(this.samples[i % this.samples.length], Math.floor(i / this.samples.length) + 1, this.common);
  }

  /** The body of the `i`-th article file, without reading it through the ingest: the text after the `---` line. */
  body(i: number): string {
    const c = this.file(i).content;
    const sep = /^---[ \t]*\r?\n/m.exec(c);
    return sep ? c.slice(sep.index + sep[0].length) : c;
  }

  /** The `i`-th article, read as the ingest reads a `.txt` file. */
  article(i: number): Document {
    return readSample(this.file(i));
  }
}
