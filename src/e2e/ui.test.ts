// The web UI in a real browser: Debian's chromium driven by playwright-core, against dossier serve
// on a free loopback port over a temporary store filled from the shared dev set. Each test
// saves a screenshot of its page under .artifacts/e2e/. Skipped, with one line saying why, only
// when no chromium is installed (or the dev set is not beside the repository).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, startTestServer, type TestServer } from './harness.js';
import { NO_SHARED_EVAL, repoRoot, sharedEvalDir } from '../eval/devset.js';

const browserPath = chromiumPath();
const evalDir = sharedEvalDir();
const skip = !browserPath
  ? 'no chromium installed (looked in $CHROMIUM_PATH, /usr/bin/chromium): apt-get install -y chromium to run the browser tests'
  : !evalDir
    ? NO_SHARED_EVAL
    : false;

const ARTIFACTS = path.join(repoRoot(), '.artifacts', 'e2e');

interface EventItem {
  id: string;
  date: string | null;
  participants: { id: string; name: string }[];
  outlets: string[];
}

describe('web UI in chromium', { skip }, () => {
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const errors: string[] = [];

  const get = async <T>(p: string): Promise<T> => {
    const r = await fetch(server.url + p);
    assert.equal(r.status, 200, `${p} answered ${r.status}`);
    return (await r.json()) as T;
  };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const open = async (hash: string) => {
    await page.goto(`${server.url}/${hash}`);
  };

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer([path.join(evalDir as string, 'dev')]);
    assert.ok(server.ingest.added > 0, 'the dev set went into the store');
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath as string,
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`].filter((a) => !a.startsWith('--user-data-dir')),
      viewport: { width: 1360, height: 900 },
      timeout: 30_000,
    });
    context.setDefaultTimeout(15_000);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  test('the network loads with nodes and edges', async () => {
    await open('#/network');
    const graph = page.locator('#graph[data-ready="true"]');
    await graph.waitFor();
    const count = Number(await graph.getAttribute('data-nodes'));
    const net = await get<{ nodes: unknown[]; edges: { source: string; target: string }[] }>('/api/network');
    assert.ok(net.edges.length > 0, 'the dev set has meetings');
    assert.equal(count, new Set(net.edges.flatMap((e) => [e.source, e.target])).size, 'every actor with a meeting is drawn');
    await page.locator('#graph canvas').first().waitFor();
    await page.locator('.node-list li').first().waitFor();
    // The layout keeps every node clear of the others.
    const drawn = (await page.evaluate('window.dossierGraph.nodes()')) as { id: string; x: number; y: number; size: number }[];
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= (a.size + b.size) / 2, `${a.id} and ${b.id} are drawn on top of each other`);
    }
    await shot('network');
    // With the actors who met no one in the range, as many nodes as the API gives.
    await page.locator('input[name="all"]').check();
    await page.locator(`#graph[data-ready="true"][data-nodes="${net.nodes.length}"]`).waitFor();
    await shot('network-all');
    assert.deepEqual(errors, []);
  });

  test('clicking an actor in the graph opens their page', async () => {
    await open('#/network');
    const graph = page.locator('#graph[data-ready="true"]');
    await graph.waitFor();
    const nodes = (await page.evaluate('window.dossierGraph.nodes()')) as { id: string; name: string; x: number; y: number }[];
    const box = (await graph.boundingBox())!;
    // The node farthest from its nearest neighbour, inside the box: a click there hits only it.
    const inside = nodes.filter((n) => n.x > 10 && n.y > 10 && n.x < box.width - 10 && n.y < box.height - 10);
    assert.ok(inside.length > 0, 'some node is drawn inside the graph box');
    const room = (n: (typeof nodes)[number]) => Math.min(...nodes.filter((m) => m !== n).map((m) => Math.hypot(m.x - n.x, m.y - n.y)));
    const target = inside.reduce((best, n) => (room(n) > room(best) ? n : best));
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForURL(new RegExp(`#/actor/${target.id}$`));
    const h1 = page.locator('.actor-page h1');
    await h1.waitFor();
    assert.match(await h1.innerText(), new RegExp(target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.getByRole('heading', { name: 'Names and spellings' }).waitFor();
    await page.getByRole('heading', { name: /^Meetings/ }).waitFor();
    await shot('actor-from-graph');
    // A richer page for the record: the actor with the most meetings, from the list beside the graph.
    await open('#/network');
    await page.locator('.node-list li a').first().click();
    await page.locator('.actor-page h1').waitFor();
    await shot('actor');
    assert.deepEqual(errors, []);
  });

  test('the event page lists two outlets for the July 2019 Hamas–Khamenei meeting', async () => {
    const events = await get<{ items: EventItem[] }>('/api/events?type=CONSULT&from=2019-07&to=2019-07&limit=200');
    const meetings = events.items.filter((e) => e.participants.some((p) => /Khamenei/.test(p.name)));
    assert.ok(meetings.length > 0, 'the store has a July 2019 meeting of Khamenei');
    const e = meetings.reduce((best, x) => (x.outlets.length > best.outlets.length ? x : best));
    assert.ok(e.outlets.length >= 2, `the corpus joins two outlets' reports of the meeting (has: ${e.outlets.join(', ')})`);
    // Reached the way a user would: from Khamenei's page, through the meeting's link.
    const khamenei = e.participants.find((p) => /Khamenei/.test(p.name))!;
    await open(`#/actor/${khamenei.id}`);
    await page.locator(`.actor-page a[href="#/event/${e.id}"]`).first().click();
    await page.locator('.event-page .source').first().waitFor();
    const shown = await page.locator('.event-page .source h2.outlet').allInnerTexts();
    await shot('event');
    for (const o of e.outlets) assert.ok(shown.includes(o), `the page shows ${o}`);
    assert.ok(await page.locator('.event-page .source blockquote.sentence').count() >= shown.length, 'each source shows its sentence');
    assert.ok(await page.locator('.event-page .source a[href^="#/article/"]').count() >= shown.length, 'each source links to its article');
    assert.ok(new Set(shown).size >= 2, `two outlets side by side (shown: ${shown.join(', ')})`);
  });

  test('the article view highlights a quote and, on click, its speaker', async () => {
    const art = await get<{ text: string; analysis: { quotes: { id: string; speaker: string | null; speaker_span: { start: number; end: number } | null }[]; actors: { id: string; name: string }[] } }>(
      '/api/articles/seed-002',
    );
    const q = art.analysis.quotes.find((x) => x.speaker && x.speaker_span);
    assert.ok(q, 'seed-002 has a quote with a named speaker');
    const speaker = art.analysis.actors.find((a) => a.id === q.speaker)!;
    await open('#/article/seed-002');
    await page.locator('.article-text .ent').first().waitFor();
    assert.ok((await page.locator('.article-text .quote').count()) > 0, 'quotes are highlighted');
    await page.locator(`.article-text > [data-quote="${q.id}"]:not(.label)`).first().click();
    await page.locator('.facts .quote-fact').waitFor();
    assert.match(await page.locator('.facts .quote-speaker').innerText(), new RegExp(speaker.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const spoken = (await page.locator('.article-text .speaker').allInnerTexts()).join('');
    assert.equal(spoken.replace(/(PER|ORG|LOC)$/, ''), art.text.slice(q.speaker_span!.start, q.speaker_span!.end), 'the speaker is highlighted where the article names them');
    assert.ok((await page.locator('.article-text .sel').count()) > 0, 'the quote itself is marked as selected');
    await shot('article');
    // An actor's evidence is one click away too, and so is each framing label the outlet used.
    await page.locator('.facts button.back').click();
    await page.locator('.article-text .ent').first().click();
    await page.locator('.facts .actor-fact').waitFor();
    const labels = (await get<{ labels: { term: string; start: number; end: number }[] }>('/api/articles/seed-002')).labels;
    assert.ok(labels.length > 0, 'seed-002 labels someone (a "resistance movement")');
    const label = page.locator('.article-text > .label').first();
    const said = await label.innerText();
    assert.ok(labels.some((l) => art.text.slice(l.start, l.end) === said), `the dotted text "${said}" is one of the article's labels`);
    await label.click();
    await page.locator('.facts .label-fact').waitFor();
    const fact = await page.locator('.facts .label-fact').innerText();
    assert.ok(fact.includes(`“${said}”`), `its evidence is shown beside the text (shown: ${fact})`);
    assert.deepEqual(errors, []);
  });

  test('adding an article through the UI makes its actors appear, and its text stays text', async () => {
    const text = [
      'Finnish President Sauli Niinisto met Swedish Prime Minister Ulf Kristersson in Helsinki on Monday, officials said.',
      '',
      '"We discussed the security of the Baltic Sea region," Kristersson told reporters after the talks.',
      '',
      'A reader comment pasted with the article read <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">.',
    ].join('\n');
    await open('#/add');
    await page.locator('textarea[name="text"]').fill(text);
    await page.locator('input[name="title"]').fill('Nordic leaders meet in Helsinki');
    await page.locator('input[name="outlet"]').fill('Test Wire');
    await page.locator('input[name="published"]').fill('2024-03-05');
    await page.getByRole('button', { name: 'Add and analyse' }).click();
    const result = page.locator('[data-testid="add-result"]');
    await result.waitFor({ timeout: 30_000 });
    const names = await page.locator('.new-actors li a').allInnerTexts();
    await shot('add');
    const people = names.filter((n) => /Niinisto|Kristersson/.test(n));
    assert.ok(people.length > 0, `the analysis found the leaders (found: ${names.join(', ')})`);
    // The new actor is in the corpus: its link lists it among the actors, and its page opens.
    await page.locator('.new-actors li a', { hasText: people[0] }).first().click();
    const row = page.locator('.actors-page table.actors a.actor-link', { hasText: people[0] });
    await row.first().waitFor();
    await row.first().click();
    await page.locator('.actor-page h1', { hasText: people[0] }).waitFor();
    // The article view shows the pasted markup as text and ran none of it.
    await open('#/articles');
    await page.locator('.articles-page a', { hasText: 'Nordic leaders meet in Helsinki' }).click();
    const body = page.locator('.article-text');
    await body.waitFor();
    assert.match(await body.innerText(), /<script>window\.__pwned = 1<\/script>/);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    assert.equal(await page.locator('.article-text script, .article-text img').count(), 0);
    await shot('added-article');
    // A file upload goes the same way.
    await open('#/add');
    await page.locator('input[name="file"]').setInputFiles({
      name: 'berlin.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday to discuss energy prices.\n'),
    });
    assert.equal(await page.locator('textarea[name="text"]').isDisabled(), true, 'a chosen file replaces the pasted text');
    await page.getByRole('button', { name: 'Add and analyse' }).click();
    await page.locator('[data-testid="add-result"]').waitFor({ timeout: 30_000 });
    const uploaded = await page.locator('.new-actors li a').allInnerTexts();
    assert.ok(uploaded.some((n) => /Scholz|Macron/.test(n)), `the upload was analysed (found: ${uploaded.join(', ')})`);
    assert.deepEqual(errors, []);
  });

  test('timeline and search pages answer', async () => {
    const actors = await get<{ items: { id: string; name: string }[] }>('/api/actors?search=Haniyeh&limit=1');
    assert.ok(actors.items.length, 'Haniyeh is in the store');
    await open(`#/timeline?actor=${actors.items[0].id}`);
    await page.locator('.timeline-page .year').first().waitFor();
    assert.ok((await page.locator('.timeline-page table.events tbody tr').count()) > 0);
    await shot('timeline');
    await page.locator('header input[name="q"]').fill('delegation');
    await page.locator('header input[name="q"]').press('Enter');
    await page.locator('.search-page .hit').first().waitFor();
    assert.ok((await page.locator('.search-page .hit b').count()) > 0, 'the hits are marked in the snippets');
    await shot('search');
    assert.deepEqual(errors, []);
  });
});
