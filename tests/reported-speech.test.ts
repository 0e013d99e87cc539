/**
 * Reported speech beyond "X said that ...": cue nouns, cue adjectives, light-verb frames and verbs of
 * belief, intention and attitude, each with its speaker, cue and content spans and the type of claim
 * it makes; and the content-span errors issue 21 named, each as it must come out now. Every sentence
 * was written for this table.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type ClaimType, type ReportedClaimRule } from '../src/index.js';
import { badSpans } from './helpers/spans.js';

interface Row {
  speaker: string;
  cue: string;
  content: string;
  type: ClaimType;
  rule: ReportedClaimRule;
}

const reported = (text: string): Claim[] => extract(text, { referenceDate: '2020-05-01' }).claims.filter((c) => c.source === 'reported');

const rowsOf = (text: string): Row[] =>
  reported(text).map((c) => ({ speaker: c.speaker!.mention!.text, cue: c.cue!.text, content: c.content.text, type: c.type, rule: c.rule as ReportedClaimRule }));

const row = (speaker: string, cue: string, content: string, type: ClaimType, rule: ReportedClaimRule): Row => ({ speaker, cue, content, type, rule });

/** [what the row shows, sentence, the one reported claim it must hold]. */
const TABLE: Array<[string, string, Row]> = [
  // Cue nouns: the possessor speaks; a noun that is the subject governs its clause up to the sentence's verb.
  ['noun: claim that', "The senator's claim that the budget was balanced drew ridicule.", row("The senator's", 'claim', 'that the budget was balanced', 'statement', 'reported:noun-cue')],
  ['noun: denial that', 'Her denial that she had met the lobbyist came a day later.', row('Her', 'denial', 'that she had met the lobbyist', 'statement', 'reported:noun-cue')],
  ['noun: belief that', "Johnson's belief that the market would recover proved costly.", row("Johnson's", 'belief', 'that the market would recover', 'belief', 'reported:noun-cue')],
  // Cue adjectives after a copula.
  ['adjective: critical of', "The mayor was critical of the police chief's handling of the protest.", row('The mayor', 'critical of', "the police chief's handling of the protest", 'attitude', 'reported:adjective-cue')],
  ['adjective: confident that', 'Senator Lee is confident that the bill will pass next week.', row('Senator Lee', 'confident', 'that the bill will pass next week', 'belief', 'reported:adjective-cue')],
  ['adjective: skeptical of', "Economists remain skeptical of the central bank's forecast.", row('Economists', 'skeptical of', "the central bank's forecast", 'attitude', 'reported:adjective-cue')],
  ['adjective: adamant that', 'The minister was adamant that no deal had been reached.', row('The minister', 'adamant', 'that no deal had been reached', 'belief', 'reported:adjective-cue')],
  // Light-verb frames: verb and noun make the cue, with the preposition the noun takes.
  ['light verb: made mention of', 'The candidate made little mention of the economy in her speech.', row('The candidate', 'made little mention of', 'the economy in her speech', 'statement', 'reported:light-verb')],
  ['light verb: paid tribute to', 'The president paid tribute to the firefighters who died.', row('The president', 'paid tribute to', 'the firefighters who died', 'statement', 'reported:light-verb')],
  ['light verb: took issue with', "The opposition leader took issue with the government's figures.", row('The opposition leader', 'took issue with', "the government's figures", 'statement', 'reported:light-verb')],
  ['light verb: expressed concern about', 'The governor expressed concern about the rising cost of housing.', row('The governor', 'expressed concern about', 'the rising cost of housing', 'attitude', 'reported:light-verb')],
  ['light verb: raised questions about', "Critics raised questions about the mayor's travel expenses.", row('Critics', 'raised questions about', "the mayor's travel expenses", 'statement', 'reported:light-verb')],
  ['light verb: issued a warning that', 'The mayor issued a warning that the bridge would close in May.', row('The mayor', 'issued a warning', 'that the bridge would close in May', 'statement', 'reported:light-verb')],
  ['light verb: released a statement that', 'The company released a statement that it would appeal the ruling.', row('The company', 'released a statement', 'that it would appeal the ruling', 'statement', 'reported:light-verb')],
  // Verbs of belief, attitude and intention.
  ['belief verb: believes', 'The ambassador believes that sanctions will fail.', row('The ambassador', 'believes', 'that sanctions will fail', 'belief', 'reported:cue')],
  ['belief verb: expect', 'Investors expect that interest rates will fall.', row('Investors', 'expect', 'that interest rates will fall', 'belief', 'reported:cue')],
  ['attitude verb: hope', 'Many farmers hope that the rain will return soon.', row('Many farmers', 'hope', 'that the rain will return soon', 'attitude', 'reported:cue')],
  ['attitude verb: fear', 'Parents fear that the school will close next year.', row('Parents', 'fear', 'that the school will close next year', 'attitude', 'reported:cue')],
  ['attitude verb: supports', 'The union supports the proposal to raise wages.', row('The union', 'supports', 'the proposal to raise wages', 'attitude', 'reported:cue')],
  ['intention verb: wants', 'She wants the council to reverse its decision.', row('She', 'wants', 'the council to reverse its decision', 'intention', 'reported:cue')],
  // Verbs of speech the old list missed or mis-bounded.
  ['speech verb: argued', 'The prosecutor argued that the defendant had lied.', row('The prosecutor', 'argued', 'that the defendant had lied', 'statement', 'reported:cue')],
  ['speech verb: warned', 'The minister warned that prices would rise.', row('The minister', 'warned', 'that prices would rise', 'statement', 'reported:cue')],
  ['speech verb: insisted', 'The spokesman insisted that the report was accurate.', row('The spokesman', 'insisted', 'that the report was accurate', 'statement', 'reported:cue')],
  ['speech verb: denied', 'The agency denied that it had lost the files.', row('The agency', 'denied', 'that it had lost the files', 'statement', 'reported:cue')],
  ['unlisted verb with a clause', 'Clinton also focused on whether the plan would work.', row('Clinton', 'focused on', 'whether the plan would work', 'statement', 'reported:cue')],
  // The content-span errors of the issue, as they come out now.
  ['the addressee is not the content ("reminds us of")', 'Twitter with such incidents reminds us of how it works.', row('Twitter', 'reminds', 'how it works', 'statement', 'reported:cue')],
  ['examples belong to their subject ("advocates such as")', 'Free speech advocates such as the American Civil Liberties Union are applauding the decision.', row('Free speech advocates such as the American Civil Liberties Union', 'applauding', 'the decision', 'statement', 'reported:cue')],
  ['the addressee of told', 'Officials told reporters that the road would reopen on Friday.', row('Officials', 'told', 'that the road would reopen on Friday', 'statement', 'reported:cue')],
  ['the subject past an apposition', 'The senator, a frequent critic of the plan, said it would cost too much.', row('The senator', 'said', 'it would cost too much', 'statement', 'reported:cue')],
  ['the subject past a relative clause', 'The report, which the agency published in March, found that the river was polluted.', row('The report', 'found', 'that the river was polluted', 'statement', 'reported:cue')],
  ['the subject past a who-clause', 'Jones, who chairs the committee, said the hearing would be delayed.', row('Jones', 'said', 'the hearing would be delayed', 'statement', 'reported:cue')],
  ['according to in the middle: the whole sentence', 'The plan, according to officials, would cost $4 million.', row('officials', 'according to', 'The plan, according to officials, would cost $4 million', 'statement', 'reported:according-to')],
  ['according to first', 'According to officials, the plan would cost $4 million.', row('officials', 'According to', 'the plan would cost $4 million', 'statement', 'reported:according-to')],
  ['according to last', 'The plan would cost $4 million, according to officials.', row('officials', 'according to', 'The plan would cost $4 million', 'statement', 'reported:according-to')],
];

describe('reported speech: one claim per sentence', () => {
  it.each(TABLE)('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual([expected]);
    expect(badSpans(text, reported(text))).toEqual([]);
  });
});

describe('reported speech: two claims in a sentence', () => {
  it.each([
    ['a second cue after "and"', 'Smith said the plan was dead and added that talks had failed.', [
      row('Smith', 'said', 'the plan was dead', 'statement', 'reported:cue'), row('Smith', 'added', 'that talks had failed', 'statement', 'reported:cue'),
    ]],
    ['a second speaker after "while"', 'The mayor said that the budget was tight, while critics argued that it was bloated.', [
      row('The mayor', 'said', 'that the budget was tight', 'statement', 'reported:cue'), row('critics', 'argued', 'that it was bloated', 'statement', 'reported:cue'),
    ]],
  ])('%s', (_what, text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
    expect(badSpans(text, reported(text))).toEqual([]);
  });
});

describe('reported speech: no claim', () => {
  it.each([
    ['a claim inside a quotation is the quote\'s ("the court | agreed | with us")', '"The court agreed with us," she said.'],
    ['a plain event', 'The council approved the plan on Tuesday.'],
    ['an unlisted verb with an object ("filed a lawsuit")', 'The company filed a lawsuit against the city.'],
    ['a verb with no speech in it', 'The dog barked at the mailman all morning.'],
    ['told with an object and no clause: the adverb after it is no content', 'She told the story again.'],
    ['a cue adjective before its noun', 'The critical report was published on Monday.'],
    ['the subject of a directive\'s clause is told to act, not a source', 'The agency demanded that the company reveal its sources.'],
    ['the verb of a hyphenated compound ("so-called") is a modifier, no cue', 'It was one of several so-called "shadow" budgets circulating in the capital.'],
  ])('%s', (_what, text) => {
    const rows = rowsOf(text).filter((r) => r.cue !== 'demanded');
    expect(rows).toEqual([]);
  });

  it('reads "advocates" before "such as" as a noun, not a cue', () => {
    expect(rowsOf('Free speech advocates such as the American Civil Liberties Union are applauding the decision.').map((r) => r.cue)).not.toContain('advocates');
  });

  it('keeps a quotation\'s words out of every reported content', () => {
    const text = 'The mayor said the plan was "a disaster for the city" and vowed to fight it.';
    const quoted = extract(text).quotes.flatMap((q) => q.fragments);
    expect(quoted.length).toBeGreaterThan(0);
    expect(rowsOf(text)).toContainEqual(row('The mayor', 'vowed', 'to fight it', 'statement', 'reported:cue'));
    for (const c of reported(text)) for (const q of quoted) expect(c.content.start >= q.end || c.content.end <= q.start || (c.content.start <= q.start && c.content.end >= q.end)).toBe(true);
  });
});

describe('reported speech: cues the classifier keeps since its retraining in this round', () => {
  it.each([
    ["The governor's promise to cut property taxes helped him win.", row("The governor's", 'promise', 'to cut property taxes', 'statement', 'reported:noun-cue')],
    ['The company plans to hire 500 workers in Ohio.', row('The company', 'plans', 'to hire 500 workers in Ohio', 'intention', 'reported:cue')],
  ])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual([expected]);
  });
});

describe('reported speech: known failures', () => {
  // wink tags "alarmed" as an adjective, so the sentence's verb is not found and the content runs on.
  it.fails('noun in subject position before an adjective-tagged verb', () => {
    expect(rowsOf('His insistence that the vote was rigged alarmed party leaders.')).toEqual([row('His', 'insistence', 'that the vote was rigged', 'statement', 'reported:noun-cue')]);
  });
  // The classifier scores these below its threshold: spans and speaker are right, the decision is not.
  it.fails.each([
    ["The coach's decision to bench the striker angered fans.", row("The coach's", 'decision', 'to bench the striker', 'intention', 'reported:noun-cue')],
    ["The union's criticism of the contract grew louder on Monday.", row("The union's", 'criticism of', 'the contract', 'statement', 'reported:noun-cue')],
    ['Residents are worried that the plant will pollute the river.', row('Residents', 'worried', 'that the plant will pollute the river', 'attitude', 'reported:adjective-cue')],
    ["The board cast doubt on the merger's timeline.", row('The board', 'cast doubt on', "the merger's timeline", 'statement', 'reported:light-verb')],
  ])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual([expected]);
  });
});
