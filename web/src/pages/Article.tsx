// An article with its analysis drawn over the text (like displaCy): actor mentions boxed and
// coloured by type, quotes tinted, event sentences underlined. Clicking any of them shows that
// fact with its evidence beside the text. The text is untrusted: it is cut into React text nodes
// at the analysis offsets, never parsed as HTML.
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleView, ContractActor, ContractEvent, ContractQuote, Label, Span } from '../api';
import { ActorLink, ExternalLink, Status, TypeBadge, typeColour, useApi } from '../ui';

type Selection = { kind: 'actor'; id: string } | { kind: 'quote'; id: string } | { kind: 'event'; id: string } | { kind: 'label'; index: number } | null;

interface Piece extends Span {
  actor: ContractActor | null;
  /** Which mention (index among the drawn ones) this piece is part of. */
  mention: number | null;
  quote: ContractQuote | null;
  event: ContractEvent | null;
  /** A framing label ("terror group", "resistance movement") the outlet used here: its index. */
  label: number | null;
  selected: boolean;
  speaker: boolean;
}

const SHORT: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

function pieces(text: string, a: NonNullable<ArticleView['analysis']>, labels: Label[], selected: Span[], speakerSpans: Span[]): Piece[] {
  const mentions: { span: Span; actor: ContractActor }[] = [];
  for (const actor of a.actors ?? []) for (const m of actor.mentions) if (m.end > m.start) mentions.push({ span: m, actor });
  mentions.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  // Overlapping mentions: keep the first and longest.
  const kept: typeof mentions = [];
  for (const m of mentions) if (!kept.length || m.span.start >= kept[kept.length - 1].span.end) kept.push(m);
  const quotes = [...(a.quotes ?? []), ...(a.reported ?? [])];
  const events = [...(a.events ?? []), ...(a.remote_events ?? [])];
  const cuts = new Set<number>([0, text.length]);
  const add = (s: Span) => {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  };
  kept.forEach((m) => add(m.span));
  quotes.forEach((q) => add(q.span));
  events.forEach((e) => add(e.evidence));
  labels.forEach(add);
  selected.forEach(add);
  speakerSpans.forEach(add);
  const points = [...cuts].sort((x, y) => x - y);
  const inside = (s: Span, p: number) => s.start <= p && p < s.end;
  const out: Piece[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (mi < kept.length && kept[mi].span.end <= start) mi++;
    const m = mi < kept.length && inside(kept[mi].span, start) ? kept[mi] : null;
    out.push({
      start,
      end,
      actor: m?.actor ?? null,
      mention: m ? mi : null,
      quote: quotes.find((q) => inside(q.span, start)) ?? null,
      event: events.find((e) => inside(e.evidence, start)) ?? null,
      label: (() => {
        const i = labels.findIndex((l) => inside(l, start));
        return i < 0 ? null : i;
      })(),
      selected: selected.some((s) => inside(s, start)),
      speaker: speakerSpans.some((s) => inside(s, start)),
    });
  }
  return out;
}

/** Consecutive pieces of one mention grouped together (drawn as one box); other pieces alone. */
function groups(ps: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of ps) {
    const last = out[out.length - 1];
    if (last && p.mention !== null && last[0].mention === p.mention) last.push(p);
    else out.push([p]);
  }
  return out;
}

export function ArticlePage({ id }: { id: string }) {
  const s = useApi<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
  const [sel, setSel] = useState<Selection>(null);
  const art = s.data;
  const a = art?.analysis ?? null;
  const actors = useMemo(() => new Map((a?.actors ?? []).map((x) => [x.id, x])), [a]);
  const quotes = [...(a?.quotes ?? []), ...(a?.reported ?? [])];
  const selActor = sel?.kind === 'actor' ? actors.get(sel.id) ?? null : null;
  const selQuote = sel?.kind === 'quote' ? quotes.find((q) => q.id === sel.id) ?? null : null;
  const selEvent = sel?.kind === 'event' ? [...(a?.events ?? []), ...(a?.remote_events ?? [])].find((e) => e.id === sel.id) ?? null : null;
  const selLabel = sel?.kind === 'label' ? art?.labels[sel.index] ?? null : null;
  const selected: Span[] = selActor ? selActor.mentions : selQuote ? [selQuote.span] : selEvent ? [selEvent.evidence] : selLabel ? [selLabel] : [];
  const speakerSpans: Span[] = selQuote?.speaker_span ? [selQuote.speaker_span] : [];
  const ps = useMemo(() => (art && a ? pieces(art.text, a, art.labels ?? [], selected, speakerSpans) : []), [art, a, sel]); // eslint-disable-line react-hooks/exhaustive-deps
  const actorByCanonical = (id: string) => {
    const local = Object.entries(art?.canonical ?? {}).find(([, c]) => c === id)?.[0];
    return local ? actors.get(local)?.name ?? null : null;
  };
  const name = (local: string | null) => (local ? actors.get(local)?.name ?? local : null);
  const canonicalRef = (local: string) => {
    const c = art?.canonical[local];
    const x = actors.get(local);
    return c && x ? { id: c, name: x.name, type: x.type } : null;
  };
  const click = (p: Piece) => {
    if (p.actor) setSel({ kind: 'actor', id: p.actor.id });
    else if (p.label !== null) setSel({ kind: 'label', index: p.label });
    else if (p.quote) setSel({ kind: 'quote', id: p.quote.id });
    else if (p.event) setSel({ kind: 'event', id: p.event.id });
  };
  const ev = (sp: Span) => (art ? art.text.slice(sp.start, sp.end) : '');
  /** What makes a span act as a button: click, or Enter/Space when focused. */
  const pressable = (p: Piece) => ({
    role: 'button',
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        click(p);
      }
    },
    onClick: (e: MouseEvent) => {
      e.stopPropagation();
      click(p);
    },
  });
  /** One piece of text with its quote/event/label marks; clickable itself unless inside a mention's box. */
  const inner = (p: Piece, clickable: boolean) => {
    const cls = [p.quote ? 'quote' : '', p.event ? 'event' : '', p.label !== null ? 'label' : '', p.selected ? 'sel' : '', p.speaker ? 'speaker' : ''].filter(Boolean).join(' ');
    const t = art ? art.text.slice(p.start, p.end) : '';
    if (!cls) return <span key={p.start}>{t}</span>;
    return (
      <span key={p.start} className={cls} data-quote={p.quote?.id} data-event={p.event?.id} {...(clickable ? pressable(p) : {})}>
        {t}
      </span>
    );
  };
  /** The framing labels this outlet gave an actor of the article (matched through its canonical id). */
  const labelsOf = (local: string) => {
    const c = art?.canonical[local];
    return c ? (art?.labels ?? []).map((l, i) => ({ l, i })).filter((x) => x.l.actor === c) : [];
  };

  return (
    <section className="page article-page">
      <Status s={s} what="this article" />
      {art && (
        <>
          <h1>{art.title ?? art.id}</h1>
          <p className="summary">
            {`${art.outlet ?? 'unknown outlet'} · ${art.published ?? 'undated'} · ${art.id} `}
            <ExternalLink url={art.url} />
          </p>
          <p className="legend">
            {Object.entries(SHORT).map(([t, l]) => (
              <span key={t}>
                <i style={{ background: typeColour(t) }} /> {`${l} ${t}`}
              </span>
            ))}
            <span>
              <i className="legend-quote" /> quote
            </span>
            <span>
              <i className="legend-event" /> event
            </span>
            <span>
              <i className="legend-label" /> framing label
            </span>
            <span className="hint">Click a name, a quote, a label or an underlined sentence to see its evidence.</span>
          </p>
          <div className="article-layout">
            <div className="article-text" data-testid="article-text">
              {groups(ps).map((g) => {
                const first = g[0];
                if (first.mention === null || !first.actor) return g.map((p) => inner(p, true));
                const actor = first.actor;
                return (
                  <span
                    key={`m${first.start}`}
                    className={`ent ent-${actor.type}`}
                    data-actor={actor.id}
                    style={{ borderColor: typeColour(actor.type), background: `${typeColour(actor.type)}22` }}
                    {...pressable(first)}
                  >
                    {g.map((p) => inner(p, false))}
                    <span className="ent-label" style={{ background: typeColour(actor.type) }}>
                      {SHORT[actor.type] ?? actor.type}
                    </span>
                  </span>
                );
              })}
            </div>
            <aside className="facts" data-testid="facts">
              {!sel && (
                <>
                  <h2>In this article</h2>
                  <p>{`${a?.actors?.length ?? 0} actors, ${(a?.events?.length ?? 0) + (a?.remote_events?.length ?? 0)} events, ${quotes.length} quotes.`}</p>
                  <ul className="actor-list">
                    {(a?.actors ?? []).map((x) => (
                      <li key={x.id}>
                        <button className="linklike" onClick={() => setSel({ kind: 'actor', id: x.id })}>
                          {x.name}
                        </button>{' '}
                        <TypeBadge type={x.type} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {selActor && (
                <div className="fact actor-fact">
                  <h2>
                    {selActor.name} <TypeBadge type={selActor.type} />
                  </h2>
                  {canonicalRef(selActor.id) && (
                    <p>
                      Across the corpus: <ActorLink a={canonicalRef(selActor.id)!} />
                    </p>
                  )}
                  {selActor.aliases.length > 0 && <p>{`Also called: ${selActor.aliases.join(', ')}`}</p>}
                  {selActor.affiliation && <p>{`Affiliation: ${selActor.affiliation}`}</p>}
                  {selActor.type_rule && <p className="rule">{`typed by: ${selActor.type_rule}`}</p>}
                  <h3>Roles</h3>
                  {selActor.role_evidence.length ? (
                    <ul>
                      {selActor.role_evidence.map((r, i) => (
                        <li key={i}>
                          <b>{r.title}</b>
                          {` — “${ev(r)}” `}
                          <span className="rule">{r.rule}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="none">No role stated here.</p>
                  )}
                  {labelsOf(selActor.id).length > 0 && (
                    <>
                      <h3>Labels this outlet gave them here</h3>
                      <ul className="actor-labels">
                        {labelsOf(selActor.id).map(({ l, i }) => (
                          <li key={i}>
                            <button className="linklike" onClick={() => setSel({ kind: 'label', index: i })}>
                              {l.term}
                            </button>
                            {` (${l.category}) — “${ev(l)}”`}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <h3>{`Mentions (${selActor.mentions.length})`}</h3>
                  <ul>
                    {selActor.mentions.map((m, i) => (
                      <li key={i}>{`“${m.text}” at ${m.start}–${m.end} (${m.kind}, ${m.rule})`}</li>
                    ))}
                  </ul>
                </div>
              )}
              {selQuote && (
                <div className="fact quote-fact">
                  <h2>{selQuote.direct ? 'Quote' : 'Reported speech'}</h2>
                  <blockquote>{selQuote.text}</blockquote>
                  <p className="quote-speaker">
                    {'Speaker: '}
                    {selQuote.speaker ? (
                      canonicalRef(selQuote.speaker) ? <ActorLink a={canonicalRef(selQuote.speaker)!} /> : <b>{name(selQuote.speaker)}</b>
                    ) : (
                      'unknown'
                    )}
                    {selQuote.speaker_span && ` — named here as “${ev(selQuote.speaker_span)}”`}
                  </p>
                  {selQuote.via && <p>{`Via: ${selQuote.via}`}</p>}
                  {selQuote.cue && <p>{`Speech verb: “${ev(selQuote.cue)}”`}</p>}
                  <p className="rule">{`rule: ${selQuote.rule} · ${selQuote.span.start}–${selQuote.span.end}`}</p>
                </div>
              )}
              {selLabel && (
                <div className="fact label-fact">
                  <h2>Framing label</h2>
                  <p>
                    <span className={`chip cat-${selLabel.category}`}>{selLabel.term}</span>
                    {` (${selLabel.category}) — “${ev(selLabel)}”`}
                  </p>
                  {selLabel.actor && <p>{`Said of: ${actorByCanonical(selLabel.actor) ?? selLabel.actor}`}</p>}
                  <p>{`${art?.outlet ?? 'This outlet'} used it here; the actor's page compares the labels each outlet uses.`}</p>
                  {selLabel.actor && (
                    <p>
                      <a href={`#/actor/${encodeURIComponent(selLabel.actor)}`}>labels by outlet</a>
                    </p>
                  )}
                </div>
              )}
              {selEvent && (
                <div className="fact event-fact">
                  <h2>{`${selEvent.type}${selEvent.mode ? ` (${selEvent.mode})` : ''}`}</h2>
                  <blockquote>{ev(selEvent.evidence)}</blockquote>
                  <p>
                    {'Participants: '}
                    {selEvent.participants.map((p) =>
                      canonicalRef(p) ? <ActorLink key={p} a={canonicalRef(p)!} /> : <b key={p}>{`${name(p)} `}</b>,
                    )}
                  </p>
                  {selEvent.date && <p>{`Date: ${selEvent.date}${selEvent.date_text ? ` (“${selEvent.date_text}”)` : ''}`}</p>}
                  {selEvent.location && <p>{`Where: ${selEvent.location}`}</p>}
                  <p className="rule">{`${selEvent.context} · rule: ${selEvent.rule}`}</p>
                  {selEvent.participants.length >= 1 && canonicalRef(selEvent.participants[0]) && (
                    <p>
                      <a
                        href={`#/timeline?${selEvent.participants
                          .slice(0, 2)
                          .map((p) => canonicalRef(p))
                          .filter((r): r is NonNullable<typeof r> => !!r)
                          .map((r) => `actor=${encodeURIComponent(r.id)}`)
                          .join('&')}`}
                      >
                        all their events over time
                      </a>
                    </p>
                  )}
                </div>
              )}
              {sel && (
                <button className="back" onClick={() => setSel(null)}>
                  ← all facts
                </button>
              )}
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
