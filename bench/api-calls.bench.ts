// GitHub API calls per command and per stage run, counted by the GitHub emulator on the BUILT
// actions (run `npm run build` first; BENCH_SOURCE=1 runs the actions from source instead):
// - issue → ready with one remediation round, per stage run and per route (target ≤ 30);
// - a review of an agent PR of 20 files, started by a human push (target ≤ 15);
// - each comment command (help, review, describe, ask, fix, stop, plan, approve), per route.
// The counts are deterministic; test/actions/api-calls.int.test.ts asserts them.
// Usage: npm run bench -- api-calls
import { extraRules } from '../test/actions/command-world.js';
import {
  byRoute,
  commandCalls,
  pipelineCalls,
  reviewOf20Files,
} from '../test/actions/count-calls.js';
import { demoRules, firstTwice, startWorld } from '../test/actions/harness.js';

const source = process.env.BENCH_SOURCE === '1';

const pipeline = await startWorld({ source });
try {
  const { stages, outcome, round } = await pipelineCalls(pipeline);
  const all = stages.flatMap((s) => s.routes);
  console.log(
    `API calls, issue → ${outcome} with ${round} remediation round(s)${source ? ' (from source)' : ''}: ${all.length} (target ≤ 30)`,
  );
  console.log(`  per stage run: ${stages.map((s) => `${s.stage} ${s.routes.length}`).join(', ')}`);
  for (const s of stages) {
    console.log(`  ${s.stage}:`);
    for (const [route, n] of byRoute(s.routes))
      console.log(`    ${String(n).padStart(3)}  ${route}`);
  }
} finally {
  await pipeline.close();
}

const pr = await startWorld({
  source,
  rules: await demoRules({
    review_findings: await firstTwice('review_findings'),
    spec_audit: await firstTwice('spec_audit'),
  }),
});
try {
  const r = await reviewOf20Files(pr);
  console.log(
    `\nAPI calls, review of an agent PR of ${r.files} files: ${r.routes.length} (target ≤ 15)`,
  );
  for (const [route, n] of byRoute(r.routes)) console.log(`    ${String(n).padStart(3)}  ${route}`);
} finally {
  await pr.close();
}

const commands = await startWorld({ source, rules: await extraRules() });
try {
  const calls = await commandCalls(commands);
  console.log(
    `\nAPI calls per comment command: ${calls.map((c) => `${c.stage} ${c.routes.length}`).join(', ')}`,
  );
  for (const c of calls) {
    console.log(`  ${c.stage} (${c.outcome}):`);
    for (const [route, n] of byRoute(c.routes))
      console.log(`    ${String(n).padStart(3)}  ${route}`);
  }
} finally {
  await commands.close();
}
