// The OpenAPI 3 description of the HTTP API, written by hand as data and served at
// /api/openapi.json. The test suite checks that it describes exactly the routes app.ts serves,
// that each path parameter is declared, that every $ref resolves, and that each documented
// number and date parameter is one the route checks (a bad value is a 400 naming it).

const str = { type: 'string' } as const;
const nstr = { type: 'string', nullable: true } as const;
const int = { type: 'integer' } as const;

const limit = (dflt: number, max: number) => ({ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: max, default: dflt }, description: 'Page size.' });
const offset = { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 100000, default: 0 }, description: 'Rows to skip; the answer gives `next_offset` (null on the last page).' };
const date = (name: string, what: string) => ({
  name,
  in: 'query',
  schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  description: `${what} (inclusive): a year, month or day such as 2019, 2019-07 or 2019-07-22.`,
});
const actorParam = (many: boolean) => ({
  name: 'actor',
  in: 'query',
  required: !many ? true : undefined,
  schema: { type: 'array', items: str, maxItems: many ? 5 : 2 },
  style: 'form',
  explode: true,
  description: 'A canonical actor id (A12) or an exact name or alias. Repeat for several.',
});
const idPath = (what: string) => ({ name: 'id', in: 'path', required: true, schema: str, description: `The ${what} id.` });

const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
const pageOf = (item: object) => ({
  type: 'object',
  required: ['limit', 'offset', 'next_offset', 'items'],
  properties: { limit: int, offset: int, next_offset: { type: 'integer', nullable: true }, items: { type: 'array', items: item } },
});

export const OPENAPI = {
  openapi: '3.0.3',
  info: {
    title: 'dossier API',
    version: '0.1.0',
    description:
      'Actors, meetings (PLOVER events), quotes and articles rebuilt from political news, each fact with its character-offset evidence. ' +
      'Article text is returned as JSON strings only. Errors are `{"error": "message"}`: 400 bad parameter, 401 missing or wrong token, ' +
      '403 write sent by a page of another origin, 404 unknown id or route, 413 body over the limit, 415 unsupported body, 421 a host name other than ' +
      'the loopback names (a server on 127.0.0.1 answers only to those), 422 an article that cannot be analysed, 503 a store that cannot be written.',
  },
  servers: [{ url: 'http://127.0.0.1:8080' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Needed for writes when the server runs with DOSSIER_TOKEN.' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: str } },
      Span: { type: 'object', required: ['start', 'end'], properties: { start: int, end: int } },
      ActorRef: { type: 'object', properties: { id: str, name: str, type: nstr } },
      Actor: {
        type: 'object',
        required: ['id', 'name', 'type', 'names', 'mentions', 'articles', 'outlets'],
        properties: {
          id: str,
          name: str,
          type: { type: 'string', enum: ['person', 'organization', 'place'] },
          names: { type: 'array', items: str },
          aliases: { type: 'array', items: str },
          affiliation: nstr,
          mentions: int,
          articles: int,
          outlets: int,
        },
      },
      ActorProfile: {
        allOf: [
          ref('Actor'),
          {
            type: 'object',
            properties: {
              roles: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    title: str, first: nstr, last: nstr, articles: int, outlets: { type: 'array', items: str },
                    evidence: { type: 'array', items: { type: 'object', properties: { article: str, start: int, end: int, text: str, rule: str } } },
                  },
                },
              },
              events_total: { type: 'integer', description: 'Events the actor takes part in; `meetings` and `events` give the latest 100 of them (the rest through /api/events?actor=).' },
              meetings: { type: 'array', items: ref('Event') },
              events: { type: 'array', items: ref('Event') },
              quotes: { type: 'array', items: { type: 'object', properties: { article: str, text: str, direct: { type: 'boolean' }, via: nstr, span: ref('Span'), outlet: nstr, published: nstr } } },
              outlets: { type: 'array', items: { type: 'object', properties: { outlet: str, articles: int, labels: { type: 'object', additionalProperties: int } } } },
              appearances: { type: 'array', items: { type: 'object', properties: { article: str, local: str, name: str, published: nstr, outlet: nstr, rule: str } }, description: 'Where the actor appears, newest first (at most 200).' },
            },
          },
        ],
      },
      Event: {
        type: 'object',
        properties: {
          id: str,
          type: str,
          mode: nstr,
          date: nstr,
          location: nstr,
          score: { type: 'number', description: 'Cooperation (+10) to conflict (−10), from the PLOVER type.' },
          participants: { type: 'array', items: ref('ActorRef') },
          sources: int,
          outlets: { type: 'array', items: str },
        },
      },
      EventSource: {
        type: 'object',
        properties: {
          article: str, outlet: nstr, url: nstr, published: nstr, type: str, mode: nstr, date: nstr, date_text: nstr, location: nstr, context: str,
          participants: { type: 'array', items: str }, source: nstr, targets: { type: 'array', items: str },
          evidence: { type: 'object', properties: { start: int, end: int, text: str } }, rule: str, merge: str,
          quotes: { type: 'array', items: { type: 'object', properties: { text: str, speaker: nstr, span: ref('Span') } } },
          labels: { type: 'array', items: { type: 'object', properties: { term: str, category: str, actor: nstr, start: int, end: int } } },
        },
      },
      Quote: {
        type: 'object',
        properties: {
          article: str, local: str, speaker: nstr, speaker_name: nstr, speaker_canonical: nstr, text: str, direct: { type: 'boolean' }, via: nstr,
          span: ref('Span'), outlet: nstr, published: nstr,
        },
      },
      ArticleMeta: { type: 'object', properties: { id: str, source: str, url: nstr, outlet: nstr, published: nstr, title: nstr, language: nstr } },
      Article: {
        allOf: [
          ref('ArticleMeta'),
          {
            type: 'object',
            properties: {
              text: { type: 'string', description: 'The body; every offset in `analysis` points into it. Untrusted: show it as text.' },
              analysis: { type: 'object', description: 'The per-article analysis (shared/eval/CONTRACT.md plus mention offsets and rules).' },
              canonical: { type: 'object', additionalProperties: { type: 'string', nullable: true }, description: 'Article actor id → canonical actor id.' },
              labels: { type: 'array', items: { type: 'object', properties: { term: str, category: str, actor: nstr, start: int, end: int } } },
            },
          },
        ],
      },
      NewArticle: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: 'The article body (give this or `html`).' },
          html: { type: 'string', description: 'A news page; its main text is extracted.' },
          url: str,
          outlet: str,
          published: { type: 'string', description: 'A date such as 2019-07-22.' },
          title: str,
          id: { type: 'string', description: 'The article id; by default derived from the content, so posting it again changes nothing.' },
        },
      },
      AddResult: {
        type: 'object',
        properties: {
          id: str,
          status: { type: 'string', enum: ['added', 'replaced', 'unchanged'] },
          title: nstr, outlet: nstr, published: nstr,
          actors: { type: 'array', items: { type: 'object', properties: { local: str, name: str, type: str } } },
          events: int, quotes: int, warnings: { type: 'array', items: str },
        },
      },
    },
  },
  paths: {
    '/api/actors': {
      get: {
        summary: 'Canonical actors, most mentioned first',
        parameters: [
          { name: 'type', in: 'query', schema: { type: 'string', enum: ['person', 'organization', 'place'] } },
          { name: 'search', in: 'query', schema: str, description: 'Case-insensitive part of any name or alias.' },
          limit(50, 500),
          offset,
        ],
        responses: { 200: ok('A page of actors.', pageOf(ref('Actor'))), 400: err('A bad parameter.') },
      },
    },
    '/api/actors/{id}': {
      get: {
        summary: "An actor's page: names, roles over time with evidence, meetings, events, quotes, outlets",
        parameters: [idPath('canonical actor')],
        responses: { 200: ok('The actor.', ref('ActorProfile')), 404: err('No such actor.') },
      },
    },
    '/api/events': {
      get: {
        summary: 'Merged events, dated ones first by date',
        parameters: [actorParam(true), { name: 'type', in: 'query', schema: str, description: 'A PLOVER type such as CONSULT.' }, date('from', 'Earliest event date'), date('to', 'Latest event date'), limit(50, 500), offset],
        responses: { 200: ok('A page of events.', pageOf(ref('Event'))), 400: err('A bad date, type or page.'), 404: err('An unknown actor.') },
      },
    },
    '/api/events/{id}': {
      get: {
        summary: 'One event with every source side by side: sentence, quotes and labels per outlet',
        parameters: [idPath('event')],
        responses: { 200: ok('The event.', { allOf: [ref('Event'), { type: 'object', properties: { sources: { type: 'array', items: ref('EventSource') } } }] }), 404: err('No such event.') },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Quotes, oldest first',
        parameters: [
          { name: 'speaker', in: 'query', schema: str, description: 'A canonical actor id or an exact name.' },
          { name: 'search', in: 'query', schema: str, description: 'Words in the quote (full-text).' },
          limit(50, 500),
          offset,
        ],
        responses: { 200: ok('A page of quotes.', pageOf(ref('Quote'))), 400: err('A bad parameter.'), 404: err('An unknown speaker.') },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, newest first',
        parameters: [limit(50, 500), offset],
        responses: { 200: ok('A page of articles, with `total`.', pageOf(ref('ArticleMeta'))), 400: err('A bad page.') },
      },
      post: {
        summary: 'Add an article: analyzed and merged into the corpus at once',
        security: [{ bearer: [] }, {}],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: ref('NewArticle') },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string', format: 'binary', description: 'A .txt (optional header) or .html article.' }, url: str, outlet: str, published: str, title: str, id: str },
              },
            },
          },
        },
        responses: {
          201: ok('Added.', ref('AddResult')),
          200: ok('Replaced an earlier version, or unchanged.', ref('AddResult')),
          400: err('A bad body or field.'),
          401: err('The token is missing or wrong.'),
          403: err('A write sent by a page of another origin (Origin or Sec-Fetch-Site).'),
          413: err('The body is over the size limit (2 MB by default).'),
          415: err('Not JSON or multipart, or an unsupported file type.'),
          422: err('No article text could be read, or it is not English.'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article: text, analysis with offsets, canonical actor ids, labels',
        parameters: [idPath('article')],
        responses: { 200: ok('The article.', ref('Article')), 404: err('No such article.') },
      },
    },
    '/api/timeline': {
      get: {
        summary: 'Events of one actor or a pair over time, with a cooperation/conflict score per year',
        parameters: [actorParam(false), { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 2000, default: 500 }, description: 'Most events given in detail: the latest dated ones (then undated); `years` and `total` count them all.' }],
        responses: {
          200: ok('The timeline.', { type: 'object', properties: { actors: { type: 'array', items: ref('ActorRef') }, total: int, events: { type: 'array', items: ref('Event') }, years: { type: 'array', items: { type: 'object', properties: { year: str, events: int, score: { type: 'number' }, mean: { type: 'number' } } } }, scale: { type: 'object', additionalProperties: { type: 'number' } } } }),
          400: err('No actor, or more than two.'),
          404: err('An unknown actor.'),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over articles and quotes',
        parameters: [{ name: 'q', in: 'query', required: true, schema: str }, limit(20, 200)],
        responses: {
          200: ok('Hits; the matching words are in [brackets] in `snippet`.', { type: 'object', properties: { q: str, items: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string', enum: ['article', 'quote'] }, article: str, title: nstr, outlet: nstr, published: nstr, snippet: str, speaker: nstr, speaker_name: nstr } } } } }),
          400: err('No query.'),
        },
      },
    },
    '/api/network': {
      get: {
        summary: 'Who meets whom: actors as nodes, meetings (CONSULT events) as weighted edges, for a date range',
        parameters: [
          date('from', 'Earliest meeting date'),
          date('to', 'Latest meeting date'),
          { name: 'edges', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 2000, default: 300 }, description: 'Most edges (the heaviest kept).' },
          { name: 'nodes', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 150 }, description: 'Most nodes.' },
        ],
        responses: {
          200: ok('The network.', {
            type: 'object',
            properties: {
              from: nstr, to: nstr, meetings: int, truncated: { type: 'boolean' },
              nodes: { type: 'array', items: { type: 'object', properties: { id: str, name: str, type: str, affiliation: nstr, mentions: int, articles: int, meetings: int } } },
              edges: { type: 'array', items: { type: 'object', properties: { source: str, target: str, count: int, events: { type: 'array', items: str } } } },
            },
          }),
          400: err('A bad date or limit.'),
        },
      },
    },
    '/api/stats': {
      get: {
        summary: 'How much the store holds',
        responses: {
          200: ok('Counts, and the first and last event dates (for a date-range control).', {
            type: 'object',
            properties: { store: { type: 'object' }, counts: { type: 'object', additionalProperties: int }, events: { type: 'object', properties: { first: nstr, last: nstr } } },
          }),
        },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This description', responses: { 200: ok('OpenAPI 3.', { type: 'object' }) } },
    },
  },
};
