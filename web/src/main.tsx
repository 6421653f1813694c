// The dossier web UI: a hash router over the pages, each reading the JSON API of the same server.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useRoute } from './ui';
import { NetworkPage } from './pages/Network';
import { ActorPage } from './pages/Actor';
import { EventPage } from './pages/Event';
import { ArticlePage } from './pages/Article';
import { TimelinePage } from './pages/Timeline';
import { SearchPage } from './pages/Search';
import { ActorsPage, ArticlesPage } from './pages/Lists';
import { AddPage } from './pages/Add';
import './style.css';

const NAV: [string, string][] = [
  ['network', 'Network'],
  ['actors', 'Actors'],
  ['articles', 'Articles'],
  ['timeline', 'Timeline'],
  ['search', 'Search'],
  ['add', 'Add an article'],
];

function App() {
  const route = useRoute();
  const [page, id] = route.parts;
  const current = page ?? 'network';
  let body;
  switch (current) {
    case 'network':
      body = <NetworkPage route={route} />;
      break;
    case 'actor':
      body = id ? <ActorPage key={id} id={id} /> : <ActorsPage route={route} />;
      break;
    case 'actors':
      body = <ActorsPage route={route} />;
      break;
    case 'event':
      body = id ? <EventPage key={id} id={id} /> : <p>No event named.</p>;
      break;
    case 'article':
      body = id ? <ArticlePage key={id} id={id} /> : <ArticlesPage route={route} />;
      break;
    case 'articles':
      body = <ArticlesPage route={route} />;
      break;
    case 'timeline':
      body = <TimelinePage route={route} />;
      break;
    case 'search':
      body = <SearchPage route={route} />;
      break;
    case 'add':
      body = <AddPage />;
      break;
    default:
      body = <p className="error">{`No page "${current}".`}</p>;
  }
  return (
    <>
      <header className="top">
        <a className="brand" href="#/network">
          dossier
        </a>
        <nav>
          {NAV.map(([k, label]) => (
            <a key={k} href={`#/${k}`} className={current === k || current === k.replace(/s$/, '') ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <form
          className="quick-search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = new FormData(e.currentTarget).get('q');
            if (typeof q === 'string' && q.trim()) window.location.hash = `#/search?q=${encodeURIComponent(q.trim())}`;
          }}
        >
          <input name="q" placeholder="search…" aria-label="search articles and quotes" />
        </form>
      </header>
      <main>{body}</main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
