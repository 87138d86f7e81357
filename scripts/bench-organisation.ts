/**
 * Organisation benchmark: the emulator's `organisation` scenario (12 repositories, 3 teams) at a given latency.
 * Runs each repository's matrix job (dist/index.js, `mode: remind` with `result-file`) one after another, then
 * the report job, and prints the requests and wall time of each, for docs/performance.md's extrapolation to 50
 * and 500 repositories. Build first (npm run build).
 *
 *   npm run bench:organisation -- --latency 50
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startEmulator } from '../emulator/index.ts';
import { runAction } from '../emulator/run-action.ts';
import { ORG_REPORT_REPO, ORG_REPOS } from '../emulator/scenarios/organisation.ts';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '50' } } });
const latencyMs = Number(values.latency);
const emu = await startEmulator({ scenario: 'organisation', latencyMs });
const results = mkdtempSync(join(tmpdir(), 'org-bench-'));
const jobs: { repository: string; requests: number; wallMs: number }[] = [];
try {
  for (const repo of ORG_REPOS) {
    const from = emu.requests.length;
    const started = performance.now();
    const run = await runAction({
      apiUrl: emu.url,
      repository: `acme/${repo.name}`,
      eventName: 'schedule',
      inputs: { mode: 'remind', 'result-file': join(results, `${repo.name}.json`), team: repo.team },
      now: emu.clock.iso(),
    });
    if (run.exitCode !== 0) throw new Error(`${repo.name}: ${run.stdout}`);
    jobs.push({
      repository: repo.name,
      requests: emu.requests.length - from,
      wallMs: Math.round(performance.now() - started),
    });
  }
  const from = emu.requests.length;
  const started = performance.now();
  const report = await runAction({
    apiUrl: emu.url,
    repository: ORG_REPORT_REPO,
    eventName: 'schedule',
    inputs: { mode: 'report', results, 'discussion-category': 'Reports' },
    now: emu.clock.iso(),
  });
  if (report.exitCode !== 0) throw new Error(report.stdout);
  for (const job of jobs) console.log(`  ${job.repository}  ${job.requests} requests  ${job.wallMs} ms`);
  const requests = jobs.map((j) => j.requests);
  console.log(
    JSON.stringify({
      latencyMs,
      repositories: jobs.length,
      requestsPerRepository: {
        min: Math.min(...requests),
        max: Math.max(...requests),
        mean: Math.round((requests.reduce((a, b) => a + b, 0) / requests.length) * 10) / 10,
      },
      jobWallMs: { min: Math.min(...jobs.map((j) => j.wallMs)), max: Math.max(...jobs.map((j) => j.wallMs)) },
      report: { requests: emu.requests.length - from, wallMs: Math.round(performance.now() - started) },
    }),
  );
} finally {
  await emu.close();
}
