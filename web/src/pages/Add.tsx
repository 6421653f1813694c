// Adding an article: paste its text (or HTML) or upload a .txt/.html file; the server analyses
// it and merges it into the corpus at once, and the page lists the actors it found.
import { useState } from 'react';
import type { AddResult } from '../api';
import { api } from '../api';
import { ArticleLink, TypeBadge } from '../ui';

export function AddPage() {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needToken, setNeedToken] = useState(false);
  const [tok, setTok] = useState(sessionStorage.getItem('dossier-token') ?? '');
  const [result, setResult] = useState<AddResult | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    if (tok) sessionStorage.setItem('dossier-token', tok);
    const fields: [string, string][] = [
      ['title', title],
      ['outlet', outlet],
      ['published', published],
      ['url', url],
    ].filter(([, v]) => v.trim()) as [string, string][];
    try {
      let r: AddResult;
      if (file) {
        const form = new FormData();
        form.append('file', file, file.name);
        for (const [k, v] of fields) form.append(k, v.trim());
        r = await api<AddResult>('/api/articles', { method: 'POST', body: form });
      } else {
        const body: Record<string, string> = Object.fromEntries(fields.map(([k, v]) => [k, v.trim()]));
        body[/^\s*</.test(text) ? 'html' : 'text'] = text;
        r = await api<AddResult>('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      }
      setResult(r);
    } catch (err) {
      const x = err as Error & { status?: number };
      if (x.status === 401) setNeedToken(true);
      setError(x.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page add-page">
      <h1>Add an article</h1>
      <form className="add" onSubmit={submit}>
        <label>
          Text (or HTML) of the article
          <textarea name="text" rows={12} value={text} disabled={!!file} onChange={(e) => setText(e.target.value)} placeholder="Paste the article here…" />
        </label>
        <label>
          …or a file (.txt or .html)
          <input name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <div className="fields">
          <label>
            Title <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            Outlet <input name="outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
          </label>
          <label>
            Published <input name="published" placeholder="2019-07-22" value={published} onChange={(e) => setPublished(e.target.value)} />
          </label>
          <label>
            Address <input name="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
          </label>
          {needToken && (
            <label>
              Token <input name="token" type="password" value={tok} onChange={(e) => setTok(e.target.value)} />
            </label>
          )}
        </div>
        <button type="submit" disabled={busy || (!file && !text.trim())}>
          {busy ? 'Analysing…' : 'Add and analyse'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="add-result" data-testid="add-result">
          <h2>{`${result.status === 'unchanged' ? 'Already in the corpus' : result.status === 'replaced' ? 'Replaced' : 'Added'}: `}</h2>
          <p>
            <ArticleLink id={result.id}>{result.title ?? result.id}</ArticleLink>
            {` — ${result.actors.length} actors, ${result.events} events, ${result.quotes} quotes.`}
          </p>
          {result.warnings.length > 0 && <p className="warning">{result.warnings.join(' ')}</p>}
          <ul className="new-actors">
            {result.actors.map((a) => (
              <li key={a.local}>
                <a href={`#/actors?search=${encodeURIComponent(a.name)}`}>{a.name}</a> <TypeBadge type={a.type} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
