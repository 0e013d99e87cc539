// An ESM user: named imports from the package, the schema and package.json as JSON modules.
import { compare, extract, NewsclaimsError, SCHEMA_VERSION } from 'newsclaims';
import schema from 'newsclaims/schema/extract-result.schema.json' with { type: 'json' };
import pkg from 'newsclaims/package.json' with { type: 'json' };

const r = extract('"We will fight this," said Jane Doe. "It is wrong," said John Smith on Thursday.', { referenceDate: '2017-04-07' });
let error = null;
try {
  extract(42);
} catch (e) {
  error = e instanceof NewsclaimsError ? e.code : String(e);
}
console.log(JSON.stringify({
  speakers: r.quotes.map((q) => q.speaker?.name),
  dates: r.dates.map((d) => d.value),
  schemaVersion: r.schemaVersion,
  SCHEMA_VERSION,
  schemaId: schema.$id,
  comparison: compare(r, r).kind,
  error,
  version: pkg.version,
}));
