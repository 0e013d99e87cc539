/** Plain-text reports for a terminal: one extraction, or a comparison of two. Pure: no I/O. */
import type { Claim, Comparison, ExtractResult } from '../types.js';

export function extractionText(r: ExtractResult, title = 'Article'): string {
  const lines: string[] = [`${title}: ${r.paragraphs.length} paragraphs, ${r.sentences.length} sentences, reference date ${r.referenceDate.value ?? 'none'} (${r.referenceDate.source})`];
  lines.push('', `Claims (${r.claims.length})`);
  for (const c of r.claims) lines.push(`  ${claimLine(c)}`);
  lines.push('', `Quotes (${r.quotes.length})`);
  for (const q of r.quotes) {
    const who = q.speaker ? `${q.speaker.name ?? '?'} [${q.speaker.evidence}]` : 'unattributed';
    lines.push(`  ${q.form}${q.fragments.length > 1 ? `, ${q.fragments.length} parts` : ''}${q.paragraphs > 1 ? `, ${q.paragraphs} paragraphs` : ''} - ${who}${q.cue ? ` - cue "${q.cue.text}"` : ''}`);
    lines.push(`    ${clip(q.text)}`);
  }
  if (r.quotedTerms.length) lines.push('', `Quoted terms (${r.quotedTerms.length})`, ...r.quotedTerms.map((t) => `  ${t.role}: ${t.text}`));
  lines.push('', `Entities (${r.entities.length})`);
  for (const e of r.entities) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
    lines.push(`  ${e.type.padEnd(12)} ${e.name} x${e.mentions.length}${forms.length ? ` (also: ${forms.join('; ')})` : ''}`);
  }
  lines.push('', `Dates (${r.dates.length})`);
  for (const d of r.dates) lines.push(`  ${d.text} -> ${d.value ?? '?'} ${d.type}${d.implied.length ? ` (implied: ${d.implied.join(', ')})` : ''}`);
  return lines.join('\n') + '\n';
}

export function comparisonText(a: ExtractResult, b: ExtractResult, c: Comparison, names: [string, string] = ['A', 'B']): string {
  const byId = (r: ExtractResult) => new Map(r.claims.map((x) => [x.id, x]));
  const ca = byId(a);
  const cb = byId(b);
  const lines: string[] = [`Comparison of ${names[0]} (A) and ${names[1]} (B)`, '', `Claims both report (${c.pairs.length})`];
  for (const p of c.pairs) {
    lines.push(`  score ${p.score.toFixed(2)}${p.evidence.sameSpeaker ? ', same speaker' : ''}${p.evidence.sharedEntities.length ? `, entities: ${p.evidence.sharedEntities.join(', ')}` : ''}`);
    lines.push(`    A: ${claimLine(ca.get(p.a)!)}`, `    B: ${claimLine(cb.get(p.b)!)}`);
  }
  lines.push('', `Only in A (${c.onlyA.length})`, ...c.onlyA.map((id) => `  ${claimLine(ca.get(id)!)}`));
  lines.push('', `Only in B (${c.onlyB.length})`, ...c.onlyB.map((id) => `  ${claimLine(cb.get(id)!)}`));
  for (const [label, set] of [['Sources', c.sources], ['Entities', c.entities], ['Dates', c.dates]] as const) {
    lines.push('', label, `  both:   ${set.shared.join('; ') || '-'}`, `  only A: ${set.onlyA.join('; ') || '-'}`, `  only B: ${set.onlyB.join('; ') || '-'}`);
  }
  lines.push('', 'Framing (own voice, outside quotes)', `  A: ${c.framing.a.map((f) => f.text).join(', ') || '-'}`, `  B: ${c.framing.b.map((f) => f.text).join(', ') || '-'}`);
  return lines.join('\n') + '\n';
}

function claimLine(c: Claim): string {
  const who = c.speaker?.name ?? 'unattributed';
  return `[${c.source}${c.type === 'belief' ? ', belief' : ''}] ${who}${c.cue ? ` (${c.cue.text})` : ''}: ${clip(c.content.text)}`;
}

function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
