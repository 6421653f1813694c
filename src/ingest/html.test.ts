import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, articleText } from './html.js';

const PARA = [
  'Iranian Foreign Minister Mohammad Javad Zarif met the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Doha on Sunday, the Qatari foreign ministry said in a statement.',
  'The two men discussed regional security, the ministry said, as tensions in the Gulf rose after attacks on oil tankers that Washington blamed on Tehran, a charge Iran denies.',
  'Zarif later flew to Kuwait for talks with its foreign minister, according to the official IRNA news agency, which gave no further details of the visit.',
];

function page(head: string, article: string): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>${article}</article></main><footer><p>© 2019 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

test('meta tags give title, outlet, canonical url and published date; the body is paragraphs joined by blank lines', () => {
  const html = page(
    `<title>Zarif meets Qatari emir | Example News</title><meta property="og:site_name" content="Example News"><meta property="og:title" content="Zarif meets Qatari emir in Doha">
     <meta property="article:published_time" content="2019-08-11T09:30:00+03:00"><link rel="canonical" href="https://example.org/world/zarif-doha">`,
    `<h1>Zarif meets Qatari emir in Doha</h1>${PARA.map((p) => `<p>${p}</p>`).join('\n')}`,
  );
  const r = parseHtml(html, 'page', 'page.html');
  assert.ok(r.ok);
  assert.equal(r.doc.title, 'Zarif meets Qatari emir in Doha');
  assert.equal(r.doc.outlet, 'Example News');
  assert.equal(r.doc.url, 'https://example.org/world/zarif-doha');
  assert.equal(r.doc.published, '2019-08-11');
  assert.equal(r.doc.text, PARA.join('\n\n'));
  assert.equal(r.doc.language, 'en');
});

test('JSON-LD (in an @graph) gives the date, headline and publisher when meta tags do not', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', url: 'https://example.org/x' }, { '@type': 'NewsArticle', headline: 'Zarif in Doha', datePublished: '2019-08-13T08:00:00Z', publisher: { '@type': 'Organization', name: 'Gulf Wire' } }] };
  const html = page(`<title>x</title><script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script>`, PARA.map((p) => `<p>${p}</p>`).join(''));
  const r = parseHtml(html, 'p', 'p.html');
  assert.ok(r.ok);
  assert.equal(r.doc.published, '2019-08-13');
  assert.equal(r.doc.title, 'Zarif in Doha');
  assert.equal(r.doc.outlet, 'Gulf Wire');
});

test('<time datetime> gives the date when nothing else does; the host gives the outlet', () => {
  const html = page(`<title>Talks</title><meta property="og:url" content="https://www.gulfwire.example/a/1">`, `<time datetime="2020-07-03T10:00:00Z">3 July</time>${PARA.map((p) => `<p>${p}</p>`).join('')}`);
  const r = parseHtml(html, 'p', 'p.html');
  assert.ok(r.ok);
  assert.equal(r.doc.published, '2020-07-03');
  assert.equal(r.doc.url, 'https://www.gulfwire.example/a/1');
  assert.equal(r.doc.outlet, 'gulfwire.example');
});

test('a figure caption is kept in the text as its own paragraph; a caption of names only is a caption range', () => {
  const r = articleText(`<p>${PARA[0]}</p><figure><img src="a.jpg"><figcaption>Zarif and Al Thani in Doha. (Reuters/Handout)</figcaption></figure><p>${PARA[1]}</p><figure><figcaption>Mohammad Javad Zarif</figcaption></figure>`, null);
  assert.equal(r.text, `${PARA[0]}\n\nZarif and Al Thani in Doha. (Reuters/Handout)\n\n${PARA[1]}\n\nMohammad Javad Zarif`);
  assert.deepEqual(r.ranges.map((c) => `${c.kind}:${r.text.slice(c.start, c.end)}`), ['caption:Mohammad Javad Zarif']);
});

test('the credit inside a descriptive figure caption is flagged, its description is not', () => {
  const html = page('<title>x</title>', `<p>${PARA[0]}</p><figure><img src="a.jpg"><figcaption>Zarif and Al Thani in Doha on Sunday. Photo: Qatari foreign ministry</figcaption></figure><p>${PARA[1]}</p>`);
  const r = parseHtml(html, 'p', 'p.html');
  assert.ok(r.ok);
  assert.deepEqual(r.doc.boilerplate.map((b) => `${b.kind}:${r.doc.text.slice(b.start, b.end)}`), ['credit:Photo: Qatari foreign ministry']);
});

test('a short paragraph made of links is a read-more range; a sentence with a link in it is not', () => {
  const r = articleText(`<p>${PARA[0]}</p><ul><li><a href="/a">Iran seizes British tanker in the Strait of Hormuz</a></li></ul><p>Zarif told <a href="/x">Al Jazeera</a> that the talks went well and that more would follow soon.</p>`, null);
  assert.deepEqual(
    r.ranges.map((c) => `${c.kind}:${r.text.slice(c.start, c.end)}`),
    ['read-more:Iran seizes British tanker in the Strait of Hormuz'],
  );
});

test('soft hyphens and zero-width characters do not split words in page text', () => {
  const r = articleText('<p>Ali Sha&shy;mkhani met Mah\u200bmoud al-Zahar.</p>', null);
  assert.equal(r.text, 'Ali Shamkhani met Mahmoud al-Zahar.');
});

test('line breaks and list items become paragraphs; scripts and whitespace runs do not leak', () => {
  const r = articleText('<div>First  line<br>second\n line<script>var x=1</script><ul><li>one</li><li>two <b>bold</b></li></ul></div>', null);
  assert.equal(r.text, 'First line\n\nsecond line\n\none\n\ntwo bold');
});

test('a page with no article (a login page) is a failure that says so', () => {
  const r = parseHtml('<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><input name="user"> Password <button>Log in</button></form></body></html>', 'login', 'login.html');
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /no article text found/);
});

test('an index page whose main text is a list of headline links is not an article', () => {
  const links = Array.from({ length: 12 }, (_, i) => `<p><a href="/story/${i}">Iran and Qatar leaders hold talks in Doha on regional security and trade number ${i}</a></p>`).join('');
  const html = `<html><head><title>World</title></head><body><article class="post-content"><p>Latest world news from the Gulf and the wider Middle East region, updated daily by our desk.</p>${links}</article></body></html>`;
  const r = parseHtml(html, 'index', 'index.html');
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /180 words of links, 17 of text/);
  // with a real article around the same links, the page is an article
  const article = `<html><head><title>T</title></head><body><article><p>${PARA.join('</p><p>')}</p><p>${PARA.join(' ')}</p><p><a href="/a">Related: Iran seizes British tanker</a></p></article></body></html>`;
  assert.ok(parseHtml(article, 'a', 'a.html').ok);
});

test('fields given by the caller (a JSONL line) win over the page', () => {
  const html = page('<meta property="og:site_name" content="Example News">', PARA.map((p) => `<p>${p}</p>`).join(''));
  const r = parseHtml(html, 'p', 'x.jsonl:3', { outlet: 'Gulf Wire', published: '2021-01-02', id: 'g-1' });
  assert.ok(r.ok);
  assert.equal(r.doc.outlet, 'Gulf Wire');
  assert.equal(r.doc.published, '2021-01-02');
  assert.equal(r.doc.id, 'g-1');
  assert.equal(r.doc.source, 'x.jsonl:3');
});
