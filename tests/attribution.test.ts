/**
 * Attribution on hand-written news sentences, checked by a person: who speaks, through which cue,
 * how the speaker was found. Each row is one shape of news attribution.
 */
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../src/index.js';
import { badSpans } from './helpers/spans.js';

function quoteRows(text: string) {
  const r = extract(text, { referenceDate: '2020-05-01' });
  expect(badSpans(text, r)).toEqual([]);
  return r.quotes.map((q) => ({
    quote: q.fragments.map((f) => f.content.text).join(' | '),
    speaker: speakerName(r, q.speaker),
    evidence: q.speaker?.evidence ?? null,
    cue: q.cue?.text ?? null,
  }));
}

function speakerName(r: ExtractResult, s: ExtractResult['quotes'][number]['speaker']): string | null {
  if (!s) return null;
  return s.entity ? r.entities.find((e) => e.id === s.entity)!.name : s.name;
}

describe('quotes and their speakers', () => {
  it.each([
    ['cue then name', '"We will appeal," said Jane Smith, a lawyer for the company.', [{ quote: 'We will appeal,', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }]],
    ['a surname that is also a word, then the cue', '"The budget is a fantasy," Young said after the vote.', [{ quote: 'The budget is a fantasy,', speaker: 'Young', evidence: 'name', cue: 'said' }]],
    ['a surname that is also a word, an aside, the cue', '"We will not back down," Rivers, after a long silence, said of the mayor.', [{ quote: 'We will not back down,', speaker: 'Rivers', evidence: 'name', cue: 'said' }]],
    ['a past tense read as an adjective', '"They never read the bill," Harmon fumed on Tuesday.', [{ quote: 'They never read the bill,', speaker: 'Harmon', evidence: 'name', cue: 'fumed on Tuesday' }]],
    ['an exclamation, then a long description after the name', '"What a night!" said Maria Lopez of Tucson, Ariz., who drove six hours to the rally.', [{ quote: 'What a night!', speaker: 'Maria Lopez', evidence: 'name', cue: 'said' }]],
    ['a participle after an object', 'The mayor won by a wide margin, telling supporters: "This city chose hope tonight."', [{ quote: 'This city chose hope tonight.', speaker: 'The mayor', evidence: 'description', cue: 'telling' }]],
    ['a setting aside holding a place', 'Patel, speaking at a rally in Dayton, Ohio, said the plan would be "dead on arrival in the Senate."', [{ quote: 'dead on arrival in the Senate.', speaker: 'Patel', evidence: 'name', cue: 'said' }]],
    ['a first name wink reads as an auxiliary', '"The numbers do not add up," said Will Carter, an analyst at the firm.', [{ quote: 'The numbers do not add up,', speaker: 'Will Carter', evidence: 'name', cue: 'said' }]],
    ['a split quote around a long description', '"The danger," said Rosa Delgado, a historian at the state university, "is that nobody listens."', [{ quote: 'The danger, | is that nobody listens.', speaker: 'Rosa Delgado', evidence: 'name', cue: 'said' }]],
    ['a question, then a long tail after the cue', '"Where did the money go?" Ms. Okafor said, echoing many of the residents at the meeting.', [{ quote: 'Where did the money go?', speaker: 'Okafor', evidence: 'name', cue: 'said' }]],
    ['a prepositional phrase between speaker and cue', '"Who pays for this?" a narrator in the new ad asks.', [{ quote: 'Who pays for this?', speaker: 'a narrator', evidence: 'name', cue: 'asks' }]],
    ['the sentence goes on past the quote, the attribution at its end', '"We were outspent" in every county, said Lena Fox, the campaign manager.', [{ quote: 'We were outspent', speaker: 'Lena Fox', evidence: 'name', cue: 'said' }]],
    ['a clause after the quote, then name and cue', 'Officials met on Monday. "It will take years" before the bridge reopens, Mayor Tom Reyes said.', [{ quote: 'It will take years', speaker: 'Tom Reyes', evidence: 'name', cue: 'said' }]],
    ['a cue in the infinitive after "went on"', 'Senator Jane Holt spoke for an hour. She went on to say: "None of us will back this bill."', [{ quote: 'None of us will back this bill.', speaker: 'Jane Holt', evidence: 'pronoun', cue: 'say' }]],
    ['an intensifier after the name', 'Cruz himself said Tuesday that "the only way to win is to ask for votes."', [{ quote: 'the only way to win is to ask for votes.', speaker: 'Cruz', evidence: 'name', cue: 'said' }]],
    ['a quantifier after the cue', '"It was a disgrace," said one of the two neighbours who saw the crash.', [{ quote: 'It was a disgrace,', speaker: 'one of the two neighbours', evidence: 'name', cue: 'said' }]],
    ['a pronoun after a quote of many sentences', 'Justice Mary Hale spoke to reporters on Monday. She did not hold back. "The law is clear. The agency ignored it. The court will not look away. Nobody is above the rules. Every citizen deserves an answer," she said.', [{ quote: 'The law is clear. The agency ignored it. The court will not look away. Nobody is above the rules. Every citizen deserves an answer,', speaker: 'Mary Hale', evidence: 'pronoun', cue: 'said' }]],
    ['a colon introduces the quote; the next sentence has a cue of its own', 'Mayor Carla Lee said: "We will rebuild the bridge by June." Critics blasted the plan.', [{ quote: 'We will rebuild the bridge by June.', speaker: 'Carla Lee', evidence: 'name', cue: 'said' }]],
    ['an infinitive before the quote has no speaker of its own', 'The board\'s plan to fly to Chicago to announce the merger has "caused a great deal of confusion," Ms. Anita Patel said in an interview.', [{ quote: 'caused a great deal of confusion,', speaker: 'Anita Patel', evidence: 'name', cue: 'said in an interview' }]],
    ['a quantifier before a speech verb outranks the subject of the clause it reports', 'Some voters were angry. Another said he hoped with his "whole heart" that the mayor would win.', [{ quote: 'whole heart', speaker: 'Another', evidence: 'name', cue: 'said' }]],
    ['a quantifier wink tags as an adverb opens the clause', 'Voters in Ohio were worried about the economy; most said they were "very worried."', [{ quote: 'very worried.', speaker: 'most', evidence: 'name', cue: 'said' }]],
    ['an adverb "most" is no subject', 'Mayor Carla Lee spoke at noon. She most often said that "the plan is good."', [{ quote: 'the plan is good.', speaker: 'Carla Lee', evidence: 'pronoun', cue: 'said' }]],
    ['a prepositional aside holding a place', 'Clinton, during a town hall in Columbus, Ohio, said the mines would "close within a decade."', [{ quote: 'close within a decade.', speaker: 'Clinton', evidence: 'name', cue: 'said' }]],
    ['name then cue with setting', '"We are pleased," the ACLU said in an emailed statement.', [{ quote: 'We are pleased,', speaker: 'ACLU', evidence: 'name', cue: 'said in an emailed statement' }]],
    ['pronoun', 'Jane Smith, a lawyer for Acme Corp., spoke on Monday. "We will appeal," she said.', [{ quote: 'We will appeal,', speaker: 'Jane Smith', evidence: 'pronoun', cue: 'said' }]],
    ['it for an organisation', 'Acme Corp. issued a statement on Monday. "The ruling is wrong," it said.', [{ quote: 'The ruling is wrong,', speaker: 'Acme Corp.', evidence: 'pronoun', cue: 'said' }]],
    ['description', 'Acme Corp. sued the city on Monday. "The ruling is wrong," the company said.', [{ quote: 'The ruling is wrong,', speaker: 'Acme Corp.', evidence: 'description', cue: 'said' }]],
    ['apposition before the cue', 'Anthony Romero, the ACLU\'s executive director, said: "We will fight this order."', [{ quote: 'We will fight this order.', speaker: 'Anthony Romero', evidence: 'name', cue: 'said' }]],
    ['agent of an organisation', 'A spokeswoman for the ACLU said: "We will see them in court."', [{ quote: 'We will see them in court.', speaker: 'ACLU', evidence: 'name', cue: 'said' }]],
    ['split quote', '"We are disappointed," the senator said, "but we respect the decision."', [{ quote: 'We are disappointed, | but we respect the decision.', speaker: 'the senator', evidence: 'description', cue: 'said' }]],
    ['partial quote after a cue', 'Smith called the ruling "a travesty of justice" on Friday.', [{ quote: 'a travesty of justice', speaker: 'Smith', evidence: 'name', cue: 'called' }]],
    ['a quote straight after the attribution goes on', '"We will appeal," said Jane Smith.\n\n"This is not over."', [{ quote: 'We will appeal, | This is not over.', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }]],
    ['a later quote with no cue keeps the speaker', '"We will appeal," said Jane Smith. She left the court at noon.\n\n"This is not over."', [{ quote: 'We will appeal,', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }, { quote: 'This is not over.', speaker: 'Jane Smith', evidence: 'continuation', cue: null }]],
    ['curly marks', '\u201CWe will appeal,\u201D said Jane Smith.', [{ quote: 'We will appeal,', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }]],
    ['guillemets', '\u00ABWe will appeal,\u00BB said Jane Smith.', [{ quote: 'We will appeal,', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }]],
    ['nested single quotes stay inside', '"He told me \'never again,\' and I believed him," Smith said.', [{ quote: "He told me 'never again,' and I believed him,", speaker: 'Smith', evidence: 'name', cue: 'said' }]],
    ['single quotes as primary marks', '\u2018We will appeal the decision,\u2019 said Jane Smith.', [{ quote: 'We will appeal the decision,', speaker: 'Jane Smith', evidence: 'name', cue: 'said' }]],
    ['two partial quotes in one attributed clause', 'Clinton said that her family "came out of the White House dead broke," and "struggled to pay the mortgages."', [{ quote: 'came out of the White House dead broke, | struggled to pay the mortgages.', speaker: 'Clinton', evidence: 'name', cue: 'said' }]],
    ['as X said, after the quote', 'The race "is a dead heat right now," as Cruz said on the radio on Monday.', [{ quote: 'is a dead heat right now,', speaker: 'Cruz', evidence: 'name', cue: 'said on the radio' }]],
    ['a light-verb cue, not the nearest verb', 'Gorka also made the point that Clinton would make her "a third Obama term" in office.', [{ quote: 'a third Obama term', speaker: 'Gorka', evidence: 'name', cue: 'made the point' }]],
    ['the speech verb, not a weaker cue in its complement', 'She said that her campaign would continue "to break barriers" across the nation.', [{ quote: 'to break barriers', speaker: 'She', evidence: 'pronoun', cue: 'said' }]],
    ['participle after an opening setting phrase', 'On Tuesday, Gov. Jane Smith endorsed the plan, citing its "long record of success."', [{ quote: 'long record of success.', speaker: 'Jane Smith', evidence: 'name', cue: 'citing' }]],
    ['participle after an opening participial phrase', 'Continuing to explain his view, Tom Brown rejected the idea, saying that he "would fix it."', [{ quote: 'would fix it.', speaker: 'Tom Brown', evidence: 'name', cue: 'saying' }]],
    ['second verb after an opening time phrase', 'Jane Smith spoke in Ohio. Eight years ago, she backed the bill and said, "It will work."', [{ quote: 'It will work.', speaker: 'Jane Smith', evidence: 'pronoun', cue: 'said' }]],
    ['inverted cue opening the sentence', 'Said Tom Ellis: "I do not think she cares."', [{ quote: 'I do not think she cares.', speaker: 'Tom Ellis', evidence: 'name', cue: 'Said' }]],
    ['headline name and colon', 'Graham: Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Hurts the Party', [{ quote: 'Incredibly Hateful Rhetoric', speaker: 'Graham', evidence: 'name', cue: ':' }]],
    ['headline name on a topic, colon', 'Jane Roe on the Budget: \u2018We Will Cut Taxes.\u2019', [{ quote: 'We Will Cut Taxes.', speaker: 'Jane Roe', evidence: 'name', cue: ':' }]],
    ['a description, then the name in apposition', 'In a statement, her senior adviser, Jake Sullivan, said: "We are united."', [{ quote: 'We are united.', speaker: 'Jake Sullivan', evidence: 'name', cue: 'said' }]],
    ['according to, after the quote', '"The rule is clear," according to the Labor Department.', [{ quote: 'The rule is clear,', speaker: 'Labor Department', evidence: 'name', cue: 'according to' }]],
    ['relative who as the speaker', 'Later, Smith praised the preacher Franklin Graham, who has vowed "never to buy those cookies again."', [{ quote: 'never to buy those cookies again.', speaker: 'Franklin Graham', evidence: 'pronoun', cue: 'vowed' }]],
    ['progressive be + -ing is not passive', 'At one point, Smith said the executives were calling "every 15 minutes."', [{ quote: 'every 15 minutes.', speaker: 'Smith', evidence: 'name', cue: 'said' }]],
    ['party and state in parentheses, before the cue', 'Sen. John Cornyn (R-Texas) told a reporter Monday that he "would be surprised."', [{ quote: 'would be surprised.', speaker: 'John Cornyn', evidence: 'name', cue: 'told' }]],
    ['party and state in parentheses, before the quote (no sentence break inside "D-N.Y.")', 'Sen. John Doe (D-N.Y.) said the deal was "dead on arrival" in the Senate.', [{ quote: 'dead on arrival', speaker: 'John Doe', evidence: 'name', cue: 'said' }]],
    ['party and state in parentheses, after the quote', '"It reminds us how important this election is," Sen. Marco Rubio (R-Fla.) said Saturday.', [{ quote: 'It reminds us how important this election is,', speaker: 'Marco Rubio', evidence: 'name', cue: 'said' }]],
    ['as X puts it', 'As the columnist Dana Milbank puts it, "Senate Republicans are unmoved."', [{ quote: 'Senate Republicans are unmoved.', speaker: 'Dana Milbank', evidence: 'name', cue: 'puts it' }]],
    ['dash attribution', '"The law is clear and we will enforce it." - Commissioner Jane Roe', [{ quote: 'The law is clear and we will enforce it.', speaker: 'Jane Roe', evidence: 'name', cue: null }]],
  ])('%s', (_shape, text, expected) => {
    expect(quoteRows(text)).toEqual(expected);
  });

  it('keeps a news-style multi-paragraph quote whole', () => {
    const text = 'The judge said: "The order is unlawful.\n\n"It cannot stand, and the agency must withdraw it."\n\nThe agency did not comment.';
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.paragraphs).toBe(2);
    expect(r.quotes[0]!.fragments.map((f) => f.content.text)).toEqual(['The order is unlawful.', 'It cannot stand, and the agency must withdraw it.']);
    expect(r.quotes[0]!.speaker?.name).toBe('The judge');
  });

  // Archives and typewriter text write a double mark as two single ones (''...'' or ``...'').
  it.each([
    ["Jane Doe, the lawyer, spoke on Monday. ''We will appeal,'' she said.", "''We will appeal,''", 'We will appeal,', 'Jane Doe'],
    ["``We will appeal'' said Jane Doe.", "``We will appeal''", 'We will appeal', 'Jane Doe'],
  ])('reads doubled single marks as one quotation mark: %s', (text, span, content, speaker) => {
    const r = extract(text);
    expect(badSpans(text, r)).toEqual([]);
    expect(r.quotes).toHaveLength(1);
    expect(text.slice(r.quotes[0]!.start, r.quotes[0]!.end)).toBe(span);
    expect(r.quotes[0]!.fragments.map((f) => f.content.text)).toEqual([content]);
    expect(speakerName(r, r.quotes[0]!.speaker)).toBe(speaker);
  });
});

describe('reported speech', () => {
  function claimRows(text: string) {
    const r = extract(text);
    expect(badSpans(text, r)).toEqual([]);
    return r.claims.filter((c) => c.source === 'reported').map((c) => ({ type: c.type, speaker: speakerName(r, c.speaker), cue: c.cue?.text, content: c.content.text, rule: c.rule }));
  }

  it.each([
    ['according to, first', 'According to the police, the suspect fled on foot.', [{ type: 'statement', speaker: 'the police', cue: 'According to', content: 'the suspect fled on foot', rule: 'reported:according-to' }]],
    ['according to, last', 'The suspect fled on foot, according to the police.', [{ type: 'statement', speaker: 'the police', cue: 'according to', content: 'The suspect fled on foot', rule: 'reported:according-to' }]],
    ['said in a statement that', 'The company said in a statement that it would appeal the ruling.', [{ type: 'statement', speaker: 'The company', cue: 'said', content: 'that it would appeal the ruling', rule: 'reported:cue' }]],
    ['a prepositional phrase between subject and cue', 'Acme Corp. with its new filing argues that the rule is void.', [{ type: 'statement', speaker: 'Acme Corp.', cue: 'argues', content: 'that the rule is void', rule: 'reported:cue' }]],
    ['officials in a place', 'Officials in Ohio said that the bridge would reopen.', [{ type: 'statement', speaker: 'Officials', cue: 'said', content: 'that the bridge would reopen', rule: 'reported:cue' }]],
    ['told reporters', 'Smith told reporters the plan was dead.', [{ type: 'statement', speaker: 'Smith', cue: 'told', content: 'the plan was dead', rule: 'reported:cue' }]],
    ['belief', 'Donald Trump believes that the election was stolen.', [{ type: 'belief', speaker: 'Donald Trump', cue: 'believes', content: 'that the election was stolen', rule: 'reported:cue' }]],
    ['inverted at the end', 'The plan will fail, Smith said.', [{ type: 'statement', speaker: 'Smith', cue: 'said', content: 'The plan will fail', rule: 'reported:inverted' }]],
    ['adding that', 'Twitter argued that the demand was unlawful, adding that it would protect its users.', [
      { type: 'statement', speaker: 'Twitter', cue: 'argued', content: 'that the demand was unlawful', rule: 'reported:cue' },
      { type: 'statement', speaker: 'Twitter', cue: 'adding', content: 'that it would protect its users', rule: 'reported:participle' },
    ]],
  ])('%s', (_shape, text, expected) => {
    expect(claimRows(text)).toEqual(expected);
  });

  it.each([
    ['a verb that rarely attributes', 'The police made an arrest on Monday.'],
    ['a naming verb', 'The account is named after a river.'],
    ['a plain event', 'Twitter filed a lawsuit against the government on Thursday.'],
    ['told with an object and no clause', 'Smith told the story again.'],
  ])('no reported claim: %s', (_shape, text) => {
    expect(claimRows(text)).toEqual([]);
  });
});

describe('a bracketed party and state after a name', () => {
  const text = '"It reminds us how important this election is," said Sen. Jane Roe (R-Fla.) on Saturday.';
  const r = extract(text, { referenceDate: '2020-05-01' });

  it('is not part of the speaker as written, before or after the quote', () => {
    expect(r.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Sen. Jane Roe']);
    const before = extract('Sen. John Doe (D-N.Y.) said the deal was "dead on arrival" in the Senate.');
    expect(before.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Sen. John Doe']);
  });

  it('is not an entity', () => {
    expect(r.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['person Jane Roe']);
  });
});
