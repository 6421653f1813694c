import type { ContractAnalysis } from '../output/contract.js';

/** A readable summary of one analysis: who is in the article, with their roles. */
export function summarize(c: ContractAnalysis): string {
  const d = c.document;
  const lines = [`${c.id}  ${[d.outlet, d.published, d.title].filter(Boolean).join(' · ')}`];
  for (const type of ['person', 'organization', 'place'] as const) {
    const of = c.actors.filter((a) => a.type === type);
    if (!of.length) continue;
    lines.push(`  ${type === 'person' ? 'people' : type === 'organization' ? 'organizations' : 'places'} (${of.length})`);
    for (const a of of) {
      const extra = [a.roles.join('; '), a.affiliation ? `for ${a.affiliation}` : '', a.aliases.length ? `aka ${a.aliases.join(', ')}` : '']
        .filter(Boolean)
        .join(' · ');
      lines.push(`    ${a.name}${extra ? ` — ${extra}` : ''}  ×${a.mentions.length}`);
    }
  }
  if (c.quotes.length) lines.push(`  quotes (${c.quotes.length})`);
  if (c.events.length) lines.push(`  events (${c.events.length})`);
  return lines.join('\n');
}
