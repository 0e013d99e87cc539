import { readFileSync } from 'node:fs';

export const FIXTURES = ['000_81661534ce791b66.txt', '001_3eb6e2f0f30d6a44.txt'] as const;
/** Both seed articles were published on 7 April 2017 (the Friday after Twitter sued on Thursday 6 April). */
export const SEED_DATE = '2017-04-07';

export function fixture(name: (typeof FIXTURES)[number]): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}
