// Preloaded by bench/bench.ts (node --import) into a child process: prints the process's peak
// resident set size and CPU time at exit; both cover every worker thread, as they share the process.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(`\nmaxrss-kb ${u.maxRSS} cpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
  });
}
