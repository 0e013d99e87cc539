// A TypeScript CommonJS user (module nodenext, .cts): types come from the "require" condition, index.d.cts.
import { compare, extract, type Comparison } from 'newsclaims';

const a = extract('"Yes," said Jane Doe.');
export const c: Comparison = compare(a, a);
// @ts-expect-error: compare() takes two extractions.
compare(a);
