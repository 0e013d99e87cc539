// A CommonJS user: require() of the package and of its schema.
const { compare, extract, NewsclaimsError, SCHEMA_VERSION } = require('newsclaims');
const schema = require('newsclaims/schema/extract-result.schema.json');
const pkg = require('newsclaims/package.json');

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
