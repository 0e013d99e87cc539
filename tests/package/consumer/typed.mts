// A TypeScript ESM user (module nodenext): types come from the "import" condition, index.d.ts.
import { extract, type Claim, type ExtractResult, type Quote } from 'newsclaims';

const r: ExtractResult = extract('"Yes," said Jane Doe.', { referenceDate: '2017-04-07' });
const first: Quote | undefined = r.quotes[0];
export const speaker: string | null | undefined = first?.speaker?.name;
export const statements: Claim[] = r.claims.filter((c) => c.type === 'statement');

// The types are real, not `any`: each of these must be an error, or tsc fails on the directive.
// @ts-expect-error: the input is a string.
extract(42);
// @ts-expect-error: misspelt option.
extract('text', { referenceDat: '2017-04-07' });
// @ts-expect-error: a quote's form is 'direct' or 'partial'.
export const form: Quote['form'] = 'indirect';
