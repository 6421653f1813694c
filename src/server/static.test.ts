import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { UI_CSP, withUi } from './static.js';

function builtUi(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ui-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, '..', `secret-${path.basename(dir)}.txt`), 'not for the web');
  return dir;
}

function api(): Hono {
  const a = new Hono();
  a.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'none'");
  });
  a.get('/api/ping', (c) => c.json({ pong: true }));
  a.notFound((c) => c.json({ error: `no route ${c.req.path}` }, 404));
  return a;
}

test('the UI is served with its own CSP, assets with their types, other paths fall back to the page', async () => {
  const dir = builtUi();
  const app = withUi(api(), dir);
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  assert.equal(page.headers.get('content-security-policy'), UI_CSP);
  assert.match(await page.text(), /id="root"/);
  const js = await app.request('/assets/index-abc.js');
  assert.match(js.headers.get('content-type')!, /javascript/);
  assert.match(js.headers.get('cache-control')!, /immutable/);
  assert.equal(await js.text(), 'console.log(1)');
  const deep = await app.request('/actor/A1');
  assert.match(await deep.text(), /id="root"/, 'a client route gets the page');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the API keeps its own answers and headers; nothing outside the UI folder is served', async () => {
  const dir = builtUi();
  const app = withUi(api(), dir);
  const ping = await app.request('/api/ping');
  assert.deepEqual(await ping.json(), { pong: true });
  assert.equal(ping.headers.get('content-security-policy'), "default-src 'none'");
  const missing = await app.request('/api/nothing');
  assert.equal(missing.status, 404);
  assert.match(((await missing.json()) as { error: string }).error, /no route \/api\/nothing/);
  for (const p of [`/../secret-${path.basename(dir)}.txt`, `/%2e%2e/secret-${path.basename(dir)}.txt`, '/..%2f..%2fetc%2fpasswd']) {
    const r = await app.request(p);
    const body = await r.text();
    assert.doesNotMatch(body, /not for the web|root:/, p);
  }
  const post = await app.request('/', { method: 'POST' });
  assert.equal(post.status, 404);
  fs.rmSync(path.join(dir, '..', `secret-${path.basename(dir)}.txt`));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('without a built UI the server says how to build it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-noui-'));
  const r = await withUi(api(), dir).request('/');
  assert.equal(r.status, 404);
  assert.match(await r.text(), /npm run build:web/);
  fs.rmSync(dir, { recursive: true, force: true });
});
