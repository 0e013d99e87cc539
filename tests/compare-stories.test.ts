/**
 * compare() on story sets written for these tests (tests/fixtures/stories/, all dated 8 May 2024),
 * each with the clusters it must make and those it must not: one event told in other words, the
 * same people in another event, three outlets, a misquoted statement, reported claims by speaker
 * and content. Nothing here is taken from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from './helpers/compare.js';
import { badSpans } from './helpers/spans.js';
import { compare, comparisonMarkdown, extract } from '../src/index.js';
import { clusterWith, memberText, STORY_DATE, storySet } from './helpers/stories.js';

describe('a wire lead with a dateline and a participle (wire-a, wire-b)', () => {
  const s = storySet('wire-a', 'wire-b');

  it('pairs the lead\'s main clause, not the participle or the dateline, with the other outlet\'s lead', () => {
    const k = clusterWith(s, 0, 'threw out the case');
    expect(k, 'cluster found').toBeDefined();
    expect(memberText(s, k!, 0)).toBe('A federal judge on Tuesday threw out the case against former Springfield mayor Gerald Ostrowski');
    expect(memberText(s, k!, 1)).toMatch(/^A judge dismissed the wire fraud charges against Gerald Ostrowski/);
  });

  it('names the judge, not the dateline\'s city, as the one who said prosecutors waited too long', () => {
    expect(claimWith(s.results[0]!, 'prosecutors waited too long').speaker?.name).toBe('A federal judge');
    expect(s.results[0]!.claims.some((c) => c.speaker?.name === 'SPRINGFIELD')).toBe(false);
  });
});

describe('one court ruling in other words (court-a, court-b)', () => {
  const s = storySet('court-a', 'court-b');

  it('pairs "dismissed the charges against Daniel Okafor" with "threw out the case against Okafor"', () => {
    const k = clusterWith(s, 0, 'the charges against Daniel Okafor');
    expect(k, 'cluster found').toBeDefined();
    expect(memberText(s, k!, 1)).toMatch(/thr(?:ew|ows) out (?:the )?case/);
    const words = k!.links[0]!.evidence.sharedWords;
    expect(words).toContain('charges/case');
    expect(words.some((w) => /^dismissed\/thr(?:ew|ows) out$/.test(w)), words.join(', ')).toBe(true);
  });

  it('pairs the lawyer\'s quote, word for word', () => {
    const k = clusterWith(s, 0, 'My client has waited four years');
    expect(memberText(s, k!, 1)).toContain('My client has waited four years');
    expect(k!.links[0]!.score).toBe(1);
    expect(k!.drift).toEqual([]);
  });

  it('knows the people both name, one outlet by full name and the other by surname', () => {
    const both = s.comparison.coverage.entities.filter((e) => e.outlets.length === 2).map((e) => e.name);
    expect(both).toEqual(expect.arrayContaining(['Daniel Okafor', 'Miriam Castellanos', 'Ruth Abernathy']));
    expect(s.comparison.coverage.entities.find((e) => e.key === 'okafor')).toBeUndefined();
  });

  it('leaves the office declining to comment unpaired: two responses of one source, not one statement', () => {
    expect(s.comparison.outlets[1]!.only).toContain(claimWith(s.results[1]!, 'declined to comment').id);
  });

  it('finds the framing words of the second outlet\'s own voice: "blistering", "touted"', () => {
    expect(s.comparison.outlets[1]!.framing.map((f) => f.text)).toEqual(expect.arrayContaining(['blistering', 'touted']));
    expect(s.comparison.outlets[0]!.framing).toEqual([]);
  });

  // Known failure: Okafor's resignation (A) and the prosecutors' accusation (B) share only the man and
  // the water board, which is enough to pass the bar in two short articles. Telling them apart needs
  // the action of each claim (resigned vs accused), which compare() does not read yet.
  it.fails('does not pair the resignation in 2020 with the accusation of moving money', () => {
    expect(clusterWith(s, 0, 'resigned from the water board')).toBeUndefined();
  });
});

describe('the same people in another event (court-a, okafor-gala)', () => {
  const s = storySet('court-a', 'okafor-gala');

  it('makes no cluster: a dismissal and an award share only the names', () => {
    expect(s.comparison.clusters).toEqual([]);
    expect(s.comparison.pairs).toEqual([]);
  });

  it('still sees the people both name, and who each quotes', () => {
    const both = s.comparison.coverage.entities.filter((e) => e.outlets.length === 2).map((e) => e.name);
    expect(both).toEqual(expect.arrayContaining(['Daniel Okafor', 'Ruth Abernathy']));
  });
});

describe('three outlets on one fire (fire-a, fire-b, fire-c)', () => {
  const s = storySet('fire-a', 'fire-b', 'fire-c');

  it('clusters the fire chief\'s quote across all three, as one speaker\'s', () => {
    const k = clusterWith(s, 0, 'The roof collapsed within twenty minutes');
    expect(k!.carriedBy).toEqual([0, 1, 2]);
    expect(k!.omittedBy).toEqual([]);
    expect(k!.kind).toBe('quote');
    expect(k!.speaker).toBe('alan brody');
  });

  it('clusters the company\'s statement in A and B, and says C omits it', () => {
    const k = clusterWith(s, 0, 'all of its workers were safe');
    expect(memberText(s, k!, 1)).toContain('every worker was safe');
    expect(k!.carriedBy).toEqual([0, 1]);
    expect(k!.omittedBy).toEqual([2]);
  });

  it('reports no drift where one outlet quotes only the start of what the others quote', () => {
    expect(clusterWith(s, 0, 'The roof collapsed')!.drift).toEqual([]);
  });

  it.each([
    [1, 'smoke hung over the town'],
    [2, 'Both firefighters were released'],
  ])('leaves what only outlet %i reports alone: "%s"', (outlet, words) => {
    expect(clusterWith(s, outlet, words)).toBeUndefined();
    expect(s.comparison.outlets[outlet]!.only).toContain(claimWith(s.results[outlet]!, words).id);
  });

  it('keeps at most one claim of each outlet in a cluster, and every claim once', () => {
    for (const k of s.comparison.clusters) expect(new Set(k.members.map((m) => m.outlet)).size).toBe(k.members.length);
    s.results.forEach((r, o) => {
      const inClusters = s.comparison.clusters.flatMap((k) => k.members.filter((m) => m.outlet === o).map((m) => m.claim));
      expect(inClusters.length + s.comparison.outlets[o]!.only.length).toBe(r.claims.length);
    });
  });

  it('gives the A-B view of schema 1.2 from the clusters', () => {
    const ab = s.comparison.clusters.filter((k) => k.carriedBy.includes(0) && k.carriedBy.includes(1));
    expect(s.comparison.pairs).toHaveLength(ab.length);
  });
});

describe('a misquoted statement (budget-a, budget-b)', () => {
  const s = storySet('budget-a', 'budget-b');
  const k = clusterWith(s, 0, 'We will not vote for a budget');

  it('pairs the two quotes of the senator as one statement', () => {
    expect(memberText(s, k!, 1)).toContain('We cannot vote for a budget');
    expect(k!.speaker).toBe('lydia marsh');
  });

  it('reports the words that differ, as each outlet wrote them', () => {
    expect(k!.drift).toHaveLength(1);
    const runs = k!.drift[0]!.differences.map((d) => [d.a?.text ?? '', d.b?.text ?? '']);
    expect(runs).toEqual([['will not', 'cannot'], ['while', 'when'], ['sits', 'is sitting']]);
    expect(k!.drift[0]!.agreement).toBeGreaterThan(0.5);
  });

  it('gives drift spans that slice each outlet\'s text', () => {
    const d = k!.drift[0]!;
    expect(badSpans(s.texts[d.a.outlet]!, d.differences.map((x) => x.a).filter((x) => x !== null))).toEqual([]);
    expect(badSpans(s.texts[d.b.outlet]!, d.differences.map((x) => x.b).filter((x) => x !== null))).toEqual([]);
  });

  // Known failure: "said on Thursday that she would vote against the governor's budget" and "on Thursday
  // came out against the governor's spending plan" are one statement in other words, but share only
  // "governor" and the day once the senator's name is set aside: below the bar.
  it.fails('pairs "would vote against the governor\'s budget" with "came out against the governor\'s spending plan"', () => {
    expect(memberText(s, clusterWith(s, 0, 'she would vote against')!, 1)).toContain('came out against');
  });

  it('does not pair the governor\'s defence with anything', () => {
    expect(clusterWith(s, 1, 'it kept taxes flat')).toBeUndefined();
  });
});

describe('reported claims by speaker and content (bridge-a, bridge-b)', () => {
  const s = storySet('bridge-a', 'bridge-b');

  it.each([
    ['the repairs had cost $14 million', 'cost $14 million, $3 million over the original estimate', 'paul hartley'],
  ])('pairs "%s" with "%s", same speaker', (inA, inB, speaker) => {
    const k = clusterWith(s, 0, inA);
    expect(memberText(s, k!, 1)).toContain(inB);
    expect(k!.speaker).toBe(speaker);
    expect(k!.links[0]!.evidence.sameSpeaker).toBe(true);
  });

  // A retold claim: the mayor's words in B are all in A's longer sentence, though every shared word
  // is the story's subject ("bridge", "reopen", "June"); one named speaker makes them one statement.
  it('pairs "the Elm Street bridge would reopen to traffic in June" with "the bridge would reopen in June", same speaker', () => {
    const k = clusterWith(s, 0, 'the Elm Street bridge would reopen to traffic in June');
    expect(memberText(s, k!, 1)).toContain('the bridge would reopen in June');
    expect(k!.speaker).toBe('carla lee');
  });

  it('does not pair two different statements of one speaker that share only the story\'s words', () => {
    const texts = [
      'Bridge news\n\nMayor Carla Lee said the Elm Street bridge would reopen in June.\n\nThe bridge closed in 2022.',
      'Bridge costs\n\nMayor Carla Lee said the Elm Street bridge had cost the city far too much.\n\nThe bridge closed in 2022.',
    ];
    const results = texts.map((t) => extract(t, { referenceDate: STORY_DATE }));
    const c = compare(results[0]!, results[1]!);
    const reopen = claimWith(results[0]!, 'would reopen in June').id;
    expect(c.clusters.some((k) => k.members.some((m) => m.outlet === 0 && m.claim === reopen))).toBe(false);
  });

  it('does not pair the mayor\'s date with the engineer\'s cost, nor the audit with anything', () => {
    const mayor = clusterWith(s, 0, 'would reopen to traffic');
    expect(memberText(s, mayor!, 1)).not.toContain('$14 million');
    expect(clusterWith(s, 1, 'ask for an audit')).toBeUndefined();
  });
});

describe('one quote given to two different speakers (written inline)', () => {
  const a = extract('"We will rebuild the east wing before the winter comes," said Mayor Carla Lee on Friday.', { referenceDate: STORY_DATE });
  const b = extract('"We will rebuild the east wing before the winter comes," said Paul Hartley, the city engineer.', { referenceDate: STORY_DATE });
  const c = compare(a, b);

  it('pairs the same words however each outlet attributes them, and says the speakers differ', () => {
    expect(c.clusters).toHaveLength(1);
    expect(c.clusters[0]!.links[0]!.evidence.sameSpeaker).toBe(false);
    expect(c.clusters[0]!.speaker).toBeNull();
    expect(c.clusters[0]!.drift).toEqual([]);
  });
});

describe('an article compared with itself', () => {
  const s = storySet('court-b', 'court-b', 'court-b');

  it('clusters every claim with itself in each copy, and nothing else', () => {
    const claims = s.results[0]!.claims.map((c) => c.id);
    expect(s.comparison.clusters).toHaveLength(claims.length);
    for (const k of s.comparison.clusters) {
      expect(k.carriedBy).toEqual([0, 1, 2]);
      expect(new Set(k.members.map((m) => m.claim)).size).toBe(1);
      expect(k.drift).toEqual([]);
    }
  });

  it('pairs every claim with itself when given twice', () => {
    const r = s.results[0]!;
    const pairs = compare(r, r).pairs;
    expect(pairs.map((p) => p.a).sort()).toEqual(r.claims.map((c) => c.id).sort());
    for (const p of pairs) expect(p.b).toBe(p.a);
  });
});

describe('one statement quoted whole by one outlet and in two quotations by another (zoning-a, zoning-b)', () => {
  const s = storySet('zoning-a', 'zoning-b');
  const k = clusterWith(s, 0, 'This vote gives working families');
  const texts = (outlet: number) => k!.members.filter((m) => m.outlet === outlet).map((m) => s.results[outlet]!.claims.find((c) => c.id === m.claim)!.content.text);

  it('puts both quotations of the second outlet in the cluster of the first outlet\'s quote', () => {
    expect(k, 'cluster found').toBeDefined();
    expect(texts(0)).toEqual([expect.stringContaining('and it ends ten years of empty promises')]);
    expect(texts(1)).toEqual([expect.stringMatching(/^This vote gives working families/), expect.stringMatching(/^It ends ten years of empty promises/)]);
    expect(k!.kind).toBe('quote');
    expect(k!.speaker).not.toBeNull();
    expect(k!.carriedBy).toEqual([0, 1]);
    expect(k!.omittedBy).toEqual([]);
    expect(k!.drift).toEqual([]);
  });

  it('leaves out the same speaker\'s quotation on another matter, and keeps schema 1.2\'s pairs one to one', () => {
    expect(texts(1).some((t) => t.includes('built housing before'))).toBe(false);
    expect(s.comparison.outlets[1]!.only).toContain(claimWith(s.results[1]!, 'built housing before').id);
    const ids = s.comparison.pairs.flatMap((p) => [`a:${p.a}`, `b:${p.b}`]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s.comparison.outlets[1]!.only).not.toContain(claimWith(s.results[1]!, 'It ends ten years').id);
  });

  it('shows both quotations in the second outlet\'s column of the reports', () => {
    const md = comparisonMarkdown(s.results, s.comparison);
    const row = md.split('\n').find((l) => l.includes('This vote gives working families') && l.includes('It ends ten years'));
    expect(row, md).toBeDefined();
  });
});
