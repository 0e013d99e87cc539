// Preloaded by bench/bench.ts (node --import) into a child process: prints the process's peak
// resident set size at exit, which covers every worker thread, since they share the process.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) process.on('exit', () => process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
