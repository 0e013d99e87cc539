/**
 * JSON Schemas for the output, generated from src/types.ts after tsup has built dist/.
 * Other developers extend the types in parallel, so the schema is always generated, never
 * hand-written: a field added to ExtractResult appears here on the next build.
 *
 *   dist/schema/extract-result.schema.json  (ExtractResult, what extract() returns)
 *   dist/schema/comparison.schema.json      (Comparison, what compare() returns)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { SCHEMA_VERSION } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Root type in src/types.ts -> file name under dist/schema/. */
export const SCHEMAS = { ExtractResult: 'extract-result', Comparison: 'comparison' } as const;

// One generator (one TypeScript program) serves every root type.
const generator = createGenerator({
  path: `${root}src/types.ts`,
  tsconfig: `${root}tsconfig.json`,
  // Only exported types become definitions; the rest are inlined.
  expose: 'export',
  topRef: true,
  // Doc comments become descriptions, so the schema documents itself in editors.
  jsDoc: 'extended',
  // Objects are closed: an output field missing from the types is a drift the tests must catch.
  additionalProperties: false,
  // `tsc` runs on the whole project in `npm test`; checking again here only costs time.
  skipTypeCheck: true,
});

for (const [type, name] of Object.entries(SCHEMAS)) {
  const schema = generator.createSchema(type);
  // The version is in the $id as well as in the `schemaVersion` const generated from the type,
  // so a stored schema says which outputs it describes.
  const withId = { $id: `urn:newsclaims:schema:${name}:${SCHEMA_VERSION}`, ...schema };
  mkdirSync(`${root}dist/schema`, { recursive: true });
  writeFileSync(`${root}dist/schema/${name}.schema.json`, JSON.stringify(withId, null, 2) + '\n');
  console.log(`schema  dist/schema/${name}.schema.json (${type}, version ${SCHEMA_VERSION})`);
}
