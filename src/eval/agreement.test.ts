// Our scorer and shared/eval/score.mjs must give the same figures. Both are run on the same
// predictions: the current analysis of the dev set, and predictions made from the gold files
// with deliberate mistakes, so meetings, dates, roles and quotes are compared too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedEvalDir, NO_SHARED_EVAL } from './devset.js';
import { loadGoldDir, type GoldArticle, type GoldEntry, type PredActor, type PredArticle, type PredEvent, type PredQuote } from './gold.js';
import { predictFolder, scorePredictions } from './evaluate.js';
import { LAYERS, scorerSummary, type Figures } from './score.js';

const shared = sharedEvalDir();

interface ScorerOutput {
  counts: Record<string, [number, number, number]>;
  dates: [number, number];
  summary: Record<string, number>;
}

/** Writes predictions as `<id>.json` and runs score.mjs over them; parses its table and JSON line. */
function runScoreMjs(goldDir: string, preds: ReadonlyMap<string, PredArticle>): ScorerOutput {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-eval-'));
  try {
    for (const [id, p] of preds) fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(p));
    const r = spawnSync(process.execPath, [path.join(shared!, 'score.mjs'), '--gold', goldDir, '--pred', dir, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `score.mjs failed: ${r.stderr}`);
    const lines = r.stdout.trim().split('\n');
    const counts: ScorerOutput['counts'] = {};
    let dates: [number, number] = [-1, -1];
    for (const l of lines) {
      const row = /^(\w+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\/(\d+)\/(\d+)$/.exec(l);
      if (row) counts[row[1]] = [+row[2], +row[3], +row[4]];
      const d = /^meeting dates right (\d+)\/(\d+)$/.exec(l);
      if (d) dates = [+d[1], +d[2]];
    }
    return { counts, dates, summary: JSON.parse(lines[lines.length - 1]) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function assertAgree(ours: Figures, theirs: ScorerOutput): void {
  for (const l of LAYERS) {
    const x = ours.layers[l];
    assert.deepEqual([x.tp, x.fp, x.fn], theirs.counts[l], `${l}: tp/fp/fn differ from score.mjs`);
  }
  assert.deepEqual([ours.meetingDates.right, ours.meetingDates.scored], theirs.dates, 'meeting dates differ from score.mjs');
  assert.deepEqual(scorerSummary(ours), theirs.summary);
}

test('the current analysis of the dev set scores the same with score.mjs', { skip: shared ? false : NO_SHARED_EVAL }, () => {
  const dev = path.join(shared!, 'dev');
  const { byId, failures } = predictFolder(dev);
  assert.deepEqual(failures, []);
  const ours = scorePredictions(loadGoldDir(dev), byId);
  assert.equal(ours.figures.docs, 16);
  assertAgree(ours.figures, runScoreMjs(dev, byId));
});

/** A small deterministic generator, so the mistakes are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A misspelling: one inner letter doubled, as in Aruri / Arruri. */
const misspell = (s: string) => (s.length > 4 ? s.slice(0, 3) + s[3] + s.slice(3) : s);

/** A prediction made from a gold article, with mistakes of every kind the scorer must judge. */
function mistaken(g: GoldArticle, seed: number): PredArticle {
  const r = rng(seed);
  const actors: PredActor[] = [];
  const idOf = new Map<string, string>();
  g.actors.forEach((a, i) => {
    if (r() < 0.15) return; // missed
    const id = `a${i + 1}`;
    idOf.set(a.name, id);
    const x = r();
    const name = x < 0.15 ? misspell(a.name) : x < 0.3 && a.aliases?.length ? a.aliases[0] : x < 0.4 ? `Sheikh ${a.name}` : a.name;
    const type = r() < 0.1 ? (a.type === 'person' ? 'organization' : 'person') : r() < 0.1 ? a.type.toUpperCase() : a.type;
    const roles: PredActor['roles'] = (a.roles ?? []).filter(() => r() < 0.7).map((t) => (r() < 0.3 ? { title: t.split(' ').slice(0, 2).join(' ') } : t));
    if (r() < 0.2) roles.push('spokesman');
    actors.push({ id, name, type, aliases: r() < 0.5 ? [] : (a.aliases ?? []).slice(1), roles });
  });
  actors.push({ id: 'x1', name: 'Ibrahim Qasemi', type: 'person', roles: ['adviser'] }, { id: 'x2', name: 'Iraq', type: 'place' });
  const ref = (name: string): string => (r() < 0.5 ? (idOf.get(name) ?? name) : name);
  const events: PredEvent[] = [];
  for (const m of g.meetings) {
    if (r() < 0.2) continue;
    const date = m.date && r() < 0.2 ? '1999-01-01' : r() < 0.3 && m.date ? m.date.slice(0, 4) : (m.date ?? null);
    // a person of an organization may stand for it ("Hamas met X" told as "Arouri met X")
    const member = (name: string) => g.actors.find((a) => a.type === 'person' && a.affiliation === name)?.name;
    const parts = m.participants.map((n) => (r() < 0.6 ? (member(n) ?? n) : n)).map(ref);
    if (r() < 0.3) events.push({ type: 'CONSULT', source: parts[0], targets: parts.slice(1), date, date_text: m.date_text ?? null });
    else events.push({ type: r() < 0.2 ? 'meet' : 'CONSULT', participants: parts, date, date_text: m.date_text ?? null });
    if (r() < 0.2) events.push({ type: 'CONSULT', participants: parts.slice().reverse(), date: null, date_text: 'earlier' });
  }
  const names = g.actors.map((a) => a.name);
  events.push({ type: 'CONSULT', participants: [names[0] ?? 'x1', 'x1'], date: null });
  events.push({ type: 'ACCUSE', participants: names.slice(0, 2), date: null });
  const quotes: PredQuote[] = [];
  for (const q of g.quotes) {
    if (r() < 0.2) continue;
    const x = r();
    const text = x < 0.3 ? q.text.split(' ').slice(0, 6).join(' ') : x < 0.5 ? `${q.text} and more words after it` : q.text;
    const speaker = r() < 0.2 ? null : r() < 0.2 ? 'x1' : q.speaker ? ref(q.speaker) : null;
    quotes.push({ text, speaker });
  }
  quotes.push({ text: 'A quote that appears in no gold file at all, ever', speaker: 'x1' });
  return { actors, events, quotes };
}

test('predictions with mistakes of every kind score the same with score.mjs', { skip: shared ? false : NO_SHARED_EVAL }, () => {
  const dev = path.join(shared!, 'dev');
  const gold: GoldEntry[] = loadGoldDir(dev);
  for (const seed of [1, 2, 3]) {
    const preds = new Map(gold.map((e, i) => [e.id, mistaken(e.gold, seed * 100 + i)] as const));
    preds.delete(gold[seed].id); // one article without a prediction
    const ours = scorePredictions(gold, preds);
    assert.equal(ours.figures.missing, 1);
    // the mistakes must leave something to agree on in every layer
    for (const l of ['meetings', 'quotes', 'roles'] as const) assert.ok(ours.figures.layers[l].tp > 0 && ours.figures.layers[l].fn > 0, `${l} has hits and misses`);
    assert.ok(ours.figures.meetingDates.scored > ours.figures.meetingDates.right);
    assertAgree(ours.figures, runScoreMjs(dev, preds));
  }
});
