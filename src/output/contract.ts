import type { Analysis, Event, Quote } from '../model/types.js';

/**
 * The per-article JSON of shared/eval/CONTRACT.md, with the extra provenance the UI needs
 * (mention offsets, the rule behind every fact). Roles are written as plain strings,
 * as the contract asks; their evidence goes in `role_evidence`.
 */
export function toContract(a: Analysis) {
  const d = a.doc;
  return {
    id: d.id,
    document: {
      url: d.url,
      outlet: d.outlet,
      published: d.published,
      title: d.title,
      language: d.language,
      source: d.source,
      warnings: d.warnings,
    },
    actors: a.actors.map((x) => ({
      id: x.id,
      name: x.name,
      type: x.type,
      aliases: x.aliases,
      roles: x.roles.map((r) => r.title),
      affiliation: x.affiliation,
      mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, rule: m.rule })),
      role_evidence: x.roles.map((r) => ({ title: r.title, start: r.span.start, end: r.span.end, rule: r.rule, affiliation: r.affiliation })),
      type_rule: x.typeRule,
    })),
    // `events` holds what happened (PLOVER contexts actual and historical); planned, hypothetical and
    // denied events go in `unrealized_events`, so no reader counts a meeting that never took place.
    // Calls by phone or video are CONSULT in PLOVER too, but not meetings (the gold guide counts in-person
    // meetings only): they go in `remote_events`, and the corpus reads both lists.
    events: a.events.filter((e) => realized(e) && !remote(e)).map(eventOut),
    remote_events: a.events.filter((e) => realized(e) && remote(e)).map(eventOut),
    unrealized_events: a.events.filter((e) => !realized(e)).map(eventOut),
    // `quotes` holds direct quotations (what the contract scores); reported speech goes in `reported`.
    quotes: a.quotes.filter((q) => q.direct).map(quoteOut),
    reported: a.quotes.filter((q) => !q.direct).map(quoteOut),
    dates: a.dates.map((t) => ({ text: t.text, value: t.value, precision: t.precision, start: t.start, end: t.end, rule: t.rule })),
  };
}

function quoteOut(q: Quote) {
  return { id: q.id, text: q.text, speaker: q.speaker, via: q.via, direct: q.direct, span: q.span, cue: q.cue, speaker_span: q.speakerSpan, rule: q.rule };
}

/** A consultation held at a distance: a phone or video call. */
function remote(e: Event): boolean {
  return e.type === 'CONSULT' && (e.mode === 'phone' || e.mode === 'video');
}

function realized(e: Event): boolean {
  return e.context === 'actual' || e.context === 'historical';
}

function eventOut(e: Event) {
  return {
      id: e.id,
      type: e.type,
      mode: e.mode,
      participants: e.participants,
      source: e.source,
      targets: e.targets,
      location: e.location,
      date: e.date,
      date_text: e.date_text,
      context: e.context,
      evidence: e.evidence,
      trigger: e.trigger,
      rule: e.rule,
  };
}

export type ContractAnalysis = ReturnType<typeof toContract>;
