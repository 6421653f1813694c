import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Boilerplate, Document } from '../model/types.js';
import { buildDocument, clean, normalizeDate, type ArticleMeta } from './document.js';
import { isNameRun } from './boilerplate.js';

/** The few DOM members used here (the project compiles without the DOM lib). */
interface El {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
}

/** An article of fewer words than this is not an article: an index, login, cookie or error page. */
export const MIN_ARTICLE_WORDS = 30;

export type HtmlResult = { ok: true; doc: Document } | { ok: false; error: string };

/**
 * Reads a news page: the main text via @mozilla/readability over linkedom, paragraphs joined by
 * blank lines; title, published date, outlet and canonical url from the page's meta tags and JSON-LD.
 * `over` (e.g. the fields of a JSONL line) wins over what the page says.
 */
export function parseHtml(html: string, fallbackId: string, source: string, over: ArticleMeta = {}): HtmlResult {
  let document: El;
  try {
    document = parseHTML(html).document as unknown as El;
  } catch (e) {
    return { ok: false, error: `cannot parse HTML: ${(e as Error).message}` };
  }
  const meta = pageMeta(document);
  let article: { title?: string | null; content?: string | null; siteName?: string | null; publishedTime?: string | null } | null = null;
  try {
    article = new Readability(document as never, { charThreshold: 300 }).parse();
  } catch (e) {
    return { ok: false, error: `cannot extract the article: ${(e as Error).message}` };
  }
  if (!article?.content) return { ok: false, error: 'no article text found in the page (is it an index, login or error page?)' };

  const title = clean(over.title) ?? meta.title ?? clean(article.title);
  const { text, ranges } = articleText(article.content, title);
  const linkText = ranges.filter((r) => r.rule === 'html-link-paragraph').reduce((n, r) => n + wordCount(text.slice(r.start, r.end)), 0);
  const words = wordCount(text) - linkText;
  if (linkText > words) {
    return { ok: false, error: `no article text found in the page (${linkText} words of links, ${words} of text): is it an index or section page?` };
  }
  if (words < MIN_ARTICLE_WORDS) {
    return { ok: false, error: `no article text found in the page (${words} words of main text, fewer than ${MIN_ARTICLE_WORDS}): is it an index, login or error page?` };
  }
  const doc = buildDocument(
    text,
    {
      id: over.id,
      url: clean(over.url) ?? meta.url,
      outlet: clean(over.outlet) ?? meta.outlet ?? clean(article.siteName) ?? hostOf(clean(over.url) ?? meta.url),
      published: clean(over.published) ?? meta.published ?? normalizeDate(clean(article.publishedTime)),
      title,
      language: over.language,
    },
    fallbackId,
    source,
    { boilerplate: ranges },
  );
  return { ok: true, doc };
}

/** A paragraph whose letters are this much inside links, and no longer than this, links elsewhere ("Related: …" lists). */
const LINK_ONLY_SHARE = 0.9;
const LINK_ONLY_MAX_WORDS = 25;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'img', 'picture', 'video', 'audio', 'iframe', 'button', 'form', 'input', 'select', 'textarea', 'canvas', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'hr', 'br', 'address', 'center', 'details', 'summary',
]);

/** The main text as paragraphs joined by blank lines, and the ranges its markup shows are not prose (figure captions, link lists). */
export function articleText(contentHtml: string, title: string | null): { text: string; ranges: Boilerplate[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const paras: { text: string; caption: boolean; linkOnly: boolean }[] = [];
  let inline = '';
  let linked = 0;
  let inCaption = 0;
  let inLink = 0;
  const flush = () => {
    // soft hyphens and zero-width characters split names invisibly ("Sha\u00admkhani"): dropped from page text
    const t = inline.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    const letters = inline.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (t) paras.push({ text: t, caption: inCaption > 0, linkOnly: letters > 0 && linked / letters >= LINK_ONLY_SHARE && t.split(' ').length <= LINK_ONLY_MAX_WORDS });
    inline = '';
    linked = 0;
  };
  const walk = (node: El) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === 3) {
        const t = k.textContent ?? '';
        inline += t;
        if (inLink) linked += t.replace(/[^\p{L}\p{N}]/gu, '').length;
        continue;
      }
      if (k.nodeType !== 1) continue;
      const tag = (k.tagName ?? '').toLowerCase();
      if (SKIP.has(tag)) continue;
      if (!BLOCK.has(tag)) {
        if (tag === 'a') inLink++;
        walk(k);
        if (tag === 'a') inLink--;
        continue;
      }
      flush();
      if (tag === 'figcaption') inCaption++;
      walk(k);
      flush();
      if (tag === 'figcaption') inCaption--;
    }
  };
  walk((document as unknown as { body: El }).body);
  flush();
  if (title && paras.length && norm(paras[0].text) === norm(title)) paras.shift();
  let text = '';
  const ranges: Boilerplate[] = [];
  for (const p of paras) {
    if (text) text += '\n\n';
    // A figure caption of names only ("Ali Shamkhani") is a caption; a descriptive one stays prose, as
    // the people it names are in the story (credits inside it are found by the text rules).
    if (p.caption && isNameRun(p.text)) ranges.push({ start: text.length, end: text.length + p.text.length, kind: 'caption', rule: 'html-figcaption' });
    else if (p.linkOnly) ranges.push({ start: text.length, end: text.length + p.text.length, kind: 'read-more', rule: 'html-link-paragraph' });
    text += p.text;
  }
  return { text, ranges };
}

interface PageMeta {
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

/** Title, canonical url, outlet and published date from meta tags, JSON-LD and <time>. */
export function pageMeta(document: El): PageMeta {
  const metas = new Map<string, string>();
  const all = document.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const value = m.getAttribute('content');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  const first = (...keys: string[]) => {
    for (const k of keys) {
      const v = clean(metas.get(k));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLdArticles(document);
  const ldValue = (f: (o: Record<string, unknown>) => unknown) => {
    for (const o of ld) {
      const v = f(o);
      const s = clean(typeof v === 'object' && v ? (v as Record<string, unknown>)['@id'] ?? (v as Record<string, unknown>).url ?? (v as Record<string, unknown>).name : v);
      if (s) return s;
    }
    return null;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = absoluteUrl(clean(canonical)) ?? absoluteUrl(first('og:url', 'twitter:url')) ?? absoluteUrl(ldValue((o) => o.url ?? o.mainEntityOfPage));

  const dateCandidates = [
    first('article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:published_time', 'cxenseparse:recs:publishtime'),
    ldValue((o) => o.datePublished ?? o.dateCreated),
    timeDatetime(document),
    first('article:modified_time', 'og:updated_time', 'datemodified'),
    ldValue((o) => o.dateModified),
  ];
  let published: string | null = null;
  for (const c of dateCandidates) {
    published = normalizeDate(c);
    if (published) break;
  }
  const titleEl = clean(document.querySelector('title')?.textContent);
  const outlet =
    first('og:site_name', 'application-name', 'al:ios:app_name', 'publisher', 'dc.publisher', 'cre') ??
    ldValue((o) => (o.publisher as Record<string, unknown> | undefined)?.name ?? (o.sourceOrganization as Record<string, unknown> | undefined)?.name);
  return {
    title: first('og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title') ?? ldValue((o) => o.headline ?? o.name) ?? titleEl,
    url,
    outlet,
    published,
  };
}

const ARTICLE_TYPES = /article|posting|report|webpage|newsarticle/i;

function jsonLdArticles(document: El): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
    if (ARTICLE_TYPES.test(type)) out.push(o);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''));
    } catch {
      // a broken JSON-LD block is common on real pages: the other sources still count
    }
  }
  // news articles first, plain web pages last
  return out.sort((a, b) => Number(/webpage/i.test(String(a['@type']))) - Number(/webpage/i.test(String(b['@type']))));
}

function timeDatetime(document: El): string | null {
  const el =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector('time[pubdate]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return clean(el?.getAttribute('datetime') ?? el?.textContent);
}

function absoluteUrl(u: string | null): string | null {
  if (!u) return null;
  return /^https?:\/\//i.test(u) ? u : null;
}

function hostOf(u: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u).hostname.replace(/^(www|m|amp)\./, '');
  } catch {
    return null;
  }
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
