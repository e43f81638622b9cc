// Preloaded (`node --import`) into a process the bench times: on exit it writes the process's
// own resource usage as one line on stderr, so a child's peak RSS and CPU time are measured
// without an external `time` command. Peak RSS covers every thread of the process.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  const usage = { maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
  writeSync(2, `\nBENCH_USAGE ${JSON.stringify(usage)}\n`);
});
