/**
 * Legal references (laws, courts, cases) and legal actions with their parties, on sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/index.js';
import { run } from './helpers/entities.js';

function legalRows(r: ExtractResult): string[] {
  return r.entities.filter((e) => ['law', 'court', 'case'].includes(e.type)).map((e) => `${e.type}:${e.name}`);
}

function actionRows(r: ExtractResult) {
  const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
  return r.legalActions.map((a) => ({ action: a.action, text: a.text, plaintiffs: a.plaintiffs.map(name), defendants: a.defendants.map(name), court: name(a.court) }));
}

describe('legal references', () => {
  it.each([
    ['The law violates the First Amendment of the U.S. Constitution.', ['law:First Amendment', 'law:U.S. Constitution']],
    ['Searches fall under the Fourth Amendment.', ['law:Fourth Amendment']],
    ['The agency relied on 19 U.S.C. 1509 to demand records.', ['law:19 U.S.C. 1509']],
    ['Platforms point to Section 230 when sued.', ['law:Section 230']],
    ['The Patriot Act expired in 2020.', ['law:Patriot Act']],
    ['She sued in federal court.', ['court:federal court']],
    ['The case went to the U.S. District Court for the Northern District of California.', ['court:U.S. District Court for the Northern District of California']],
    ['The Ninth Circuit heard the appeal.', ['court:Ninth Circuit']],
    ['In Twitter v. Department of Homeland Security, the filing was brief.', ['case:Twitter v. Department of Homeland Security']],
  ])('%s', (text, expected) => {
    expect(legalRows(run(text))).toEqual(expected);
  });
});

describe('legal actions and their parties', () => {
  it.each([
    ['Twitter Inc. filed a lawsuit against the U.S. government on Thursday.', { action: 'lawsuit', text: 'lawsuit', plaintiffs: ['Twitter Inc.'], defendants: ['U.S. government'], court: null }],
    ['The ACLU sued the Department of Homeland Security in federal court.', { action: 'lawsuit', text: 'sued', plaintiffs: ['ACLU'], defendants: ['Department of Homeland Security'], court: 'federal court' }],
    ['Northwind Holdings was sued by Brackley Corp. last year.', { action: 'lawsuit', text: 'sued', plaintiffs: ['Brackley Corp.'], defendants: ['Northwind Holdings'], court: null }],
    ['Investigators served a subpoena on Kestrel Bank.', { action: 'subpoena', text: 'subpoena', plaintiffs: [], defendants: ['Kestrel Bank'], court: null }],
    ['Brackley Corp. filed a complaint against Northwind Holdings and Kestrel Bank in federal court.', { action: 'complaint', text: 'complaint', plaintiffs: ['Brackley Corp.'], defendants: ['Northwind Holdings', 'Kestrel Bank'], court: 'federal court' }],
  ])('%s', (text, expected) => {
    expect(actionRows(run(text))).toEqual([expected]);
  });

  it('leaves the parties empty when the sentence does not say who acted', () => {
    expect(actionRows(run('Twitter asked the federal court to declare the order illegal.'))).toEqual([
      { action: 'order', text: 'order', plaintiffs: [], defendants: [], court: 'federal court' },
    ]);
  });

  it('ties a description to its entity: the site in its lawsuit is the company', () => {
    const r = run('Twitter Inc. sued on Thursday. "We will win," notes the microblogging site in its lawsuit.');
    expect(actionRows(r).map((a) => a.plaintiffs)).toEqual([['Twitter Inc.'], ['Twitter Inc.']]);
  });

  it('resolves a pronoun that files the action', () => {
    const r = run('Brackley Corp. lost the bid. It filed a lawsuit against Northwind Holdings.');
    expect(actionRows(r)[0]!.plaintiffs).toEqual(['Brackley Corp.']);
  });

  it('resolves a description that sues', () => {
    const r = run('Northwind Holdings lost the contract in May. The company sued the city on Friday.');
    expect(actionRows(r)[0]!.plaintiffs).toEqual(['Northwind Holdings']);
  });

  it('does not make a pronoun a party when it did not act', () => {
    const r = run('Brackley Corp. lost the bid. It is a lawsuit without merit, Northwind Holdings said.');
    expect(actionRows(r)[0]!.plaintiffs).toEqual([]);
  });
});
