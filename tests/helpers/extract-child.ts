/**
 * Run as a separate process by tests/reliability.test.ts: reads a JSON list of texts on standard
 * input, first reads `history` (other documents), then extracts each text in reverse order and
 * prints one JSON line per text, in the input's order.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.js';

const { texts, history } = JSON.parse(readFileSync(0, 'utf8')) as { texts: string[]; history: string[] };
for (const h of history) extract(h);
const out: string[] = new Array<string>(texts.length);
for (let i = texts.length - 1; i >= 0; i--) out[i] = JSON.stringify(extract(texts[i]!, { tokens: true, referenceDate: '2017-04-07' }));
process.stdout.write(out.join('\n'));
