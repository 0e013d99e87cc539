/**
 * One name, one type in a document. A name typed only from weak cues (a speech verb after it, no
 * evidence at all) takes the type the document gives it where the evidence is sure: "Cuttitta said"
 * is the person "Marcello Cuttitta", and "Barrick" alone is the company "Barrick Gold Corp". One
 * pass to collect, one to apply: linear in the number of names.
 */
import type { Term } from '../document/compromise-adapter.js';
import type { NameType, Typed } from './name-type.js';
import type { Candidate } from './shape.js';

export interface TypedCandidate extends Candidate, Typed {}

export function harmonise(terms: Term[], found: TypedCandidate[]): void {
  const sure = new Map<string, Map<NameType, number>>();
  const vote = (key: string, type: NameType) => {
    const votes = sure.get(key) ?? new Map<NameType, number>();
    votes.set(type, (votes.get(type) ?? 0) + 1);
    sure.set(key, votes);
  };
  for (const f of found) {
    if (f.strength === 'strong') vote(`=${textOf(terms, f)}`, f.type);
    if (f.last === f.first) continue;
    // A person's surname and an organisation's first word stand for the whole name later on.
    if (f.type === 'person') vote(`part:${terms[f.last]!.normal}`, 'person');
    if (f.type === 'organization' && !terms[f.first]!.tags.has('Place')) vote(`part:${terms[f.first]!.normal}`, 'organization');
  }
  for (const f of found) {
    if (f.strength === 'strong') continue;
    const key = textOf(terms, f);
    const votes = sure.get(`=${key}`) ?? (f.first === f.last ? sure.get(`part:${key}`) : undefined);
    if (!votes) continue;
    f.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
}

function textOf(terms: Term[], f: Candidate): string {
  let out = '';
  for (let i = f.first; i <= f.last; i++) out += (i > f.first ? ' ' : '') + terms[i]!.normal.replace(/['\u2019]s$/, '');
  return out;
}
