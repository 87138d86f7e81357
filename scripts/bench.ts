/**
 * Benchmark: gathers a synthetic release from the emulator with latency added to every request and reports
 * how many requests it took against the fewest possible (lowerBound), and how long against the longest chain
 * of requests that must wait for each other (criticalPathMs). docs/performance.md explains both.
 *
 *   npm run bench -- --prs 1000 --commits 5000 --deployments 200 --issues 300 --latency 50
 *
 * The emulator runs in a worker thread (scripts/bench-emulator.ts). The last line printed is one JSON object.
 * `--cold` runs dist/index.js as a runner does instead, and `--table` the cold growth series
 * (scripts/bench-cold-report.ts). `--cold --baseline DIR` runs another build's dist/ alternately with this one's
 * and compares them.
 */
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  type BenchSize,
  chainRequests as chainOf,
  lowerBound as lowerBoundOf,
  type TruthQuery,
} from './bench-figures.ts';

// .graphql documents are imported as text (esbuild and vitest do the same). Registering the hook here keeps
// `tsx scripts/bench.ts` working without --import; everything that imports them is loaded dynamically below.
register('./text-assets-hooks.mjs', import.meta.url);

const { values } = parseArgs({
  options: {
    prs: { type: 'string', default: '1000' },
    commits: { type: 'string', default: '5000' },
    deployments: { type: 'string', default: '200' },
    issues: { type: 'string', default: '300' },
    latency: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    // The installation token (1,000 GraphQL points an hour, GitHub's formula: ~3 a page of pull requests) is
    // enough for 5,000 pull requests; --token ghp_maya runs as a PAT (5,000 points).
    token: { type: 'string', default: 'ghs_emulator_default' },
    profile: { type: 'string' },
    cold: { type: 'boolean', default: false },
    table: { type: 'boolean', default: false },
    // The latency model's part per node returned (--cold and --table; --latency is the fixed part).
    'per-node': { type: 'string', default: '1' },
    // --table: the pull-request counts of the series (default 100,500,1000,2000,5000).
    sizes: { type: 'string' },
    // --cold: another build's dist/ directory, run alternately with this one's and compared.
    baseline: { type: 'string' },
  },
});

function count(name: keyof typeof values): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got "${values[name]}"`);
  return n;
}

const size: BenchSize = {
  prs: count('prs'),
  commits: count('commits'),
  deployments: count('deployments'),
  issues: count('issues'),
};
const latencyMs = count('latency');

if (values.baseline !== undefined && (!values.cold || values.table))
  throw new Error('--baseline compares two builds in cold runs: use it with --cold, not with --table.');

if (values.cold || values.table) {
  const perNodeMs = Number(values['per-node']);
  if (!Number.isFinite(perNodeMs) || perNodeMs < 0)
    throw new Error(`--per-node must be a number of ms, got "${values['per-node']}"`);
  const { runColdCli } = await import('./bench-cold-report.ts');
  await runColdCli({
    size,
    latency: { fixedMs: latencyMs, perNodeMs },
    // At least 5 cold runs: the median and spread of 5 or more, not the best of 3.
    runs: process.argv.some((a) => a === '--runs' || a.startsWith('--runs='))
      ? Math.max(5, count('runs'))
      : 5,
    table: Boolean(values.table),
    ...(values.sizes ? { sizes: values.sizes.split(',').map((n) => Number(n.trim())) } : {}),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
  });
  process.exit(0);
}

const { gatherOpen } = await import('./bench-gather.ts');
const { loadConfig } = await import('../src/config/load.ts');
const { createGitHubClient } = await import('../src/github/client.ts');

const worker = new Worker(new URL('./bench-emulator.ts', import.meta.url), {
  workerData: { size, latencyMs },
});
worker.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
const next = <T>(type: string) =>
  new Promise<T>((resolve) => {
    const listener = (message: { type: string }) => {
      if (message.type !== type) return;
      worker.off('message', listener);
      resolve(message as T);
    };
    worker.on('message', listener);
  });

const ready = await next<{ url: string; graphqlUrl: string; nowMs: number; owner: string; name: string }>(
  'ready',
);
const config = loadConfig(null, 'bench');
const log = { debug() {}, warning: (m: string) => console.error(`warning: ${m}`) };
const repo = { owner: ready.owner, name: ready.name };
const now = new Date(ready.nowMs);

type Served = { method: string; path: string; operation: string | null; durationMs: number };
async function served(
  from: number,
): Promise<{ requests: Served[]; truth: { releases: number; deployments: number; issues: number } }> {
  const reply = next<{
    requests: Served[];
    truth: { releases: number; deployments: number; issues: number };
  }>('truth');
  worker.postMessage({ type: 'truth', query: truthQuery, from });
  return reply;
}
let truthQuery: TruthQuery = { since: '1970-01-01T00:00:00Z', window: { from: '', to: '' }, labels: [] };

/** One gather on a fresh client (no cache), timed from the first request to the ReleaseData and the voice. */
async function gather() {
  const github = createGitHubClient({
    token: values.token as string,
    apiUrl: ready.url,
    graphqlUrl: ready.graphqlUrl,
    log,
  });
  const fresh = next<{ requests: number }>('next-hour');
  worker.postMessage({ type: 'next-hour' });
  const before = (await fresh).requests;
  const busy0 = performance.eventLoopUtilization();
  const started = performance.now();
  const { train, data, voiceQueries } = await gatherOpen(github, repo, config, now, 'v2.0.0', log);
  const wallMs = Math.round(performance.now() - started);
  const clientBusyMs = Math.round(performance.eventLoopUtilization(busy0).active);
  truthQuery = {
    since: train.previous?.createdAt ?? '1970-01-01T00:00:00Z',
    window: data.window,
    labels: [...config.labels.incident, ...config.labels.bug, ...config.labels.feedback],
  };
  const { requests, truth } = await served(before);
  return { data, wallMs, clientBusyMs, requests, truth, voiceQueries };
}

const runs = Math.max(1, count('runs'));
const results: Awaited<ReturnType<typeof gather>>[] = [];
for (let i = 0; i < runs; i += 1) {
  const profiling = values.profile && i === runs - 1;
  const session = profiling ? new (await import('node:inspector/promises')).Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  results.push(await gather());
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    (await import('node:fs')).writeFileSync(values.profile as string, JSON.stringify(profile));
    session.disconnect();
  }
}
const closed = next('closed');
worker.postMessage({ type: 'close' });
await closed;

const fastest = [...results].sort((a, b) => a.wallMs - b.wallMs)[0] as (typeof results)[number];
const walls = results.map((r) => r.wallMs).sort((a, b) => a - b);
const { data, requests: servedRequests, truth: fromState } = fastest;
const truth = {
  ...fromState,
  voiceQueries: fastest.voiceQueries,
  commits: data.changes.status === 'ok' ? data.changes.data.totalCommits : 0,
  pullRequests: data.changes.status === 'ok' ? data.changes.data.pullRequests.length : 0,
  workflowRuns:
    data.workflowRuns.status === 'ok'
      ? data.workflowRuns.data.branchRuns.length + data.workflowRuns.data.tagRuns.length
      : 0,
};
// Both from the data's shape (scripts/bench-figures.ts), never from measurements.
const lowerBound = lowerBoundOf(truth);
const chainRequests = chainOf(truth);
const criticalPathMs = chainRequests * latencyMs;
// The same chains as served: each request's measured time (latency plus the emulator's own work), summed
// along the chain. The emulator answers on one thread, so this is the floor the client can reach against it.
const servedTime = (match: (r: Served) => boolean) =>
  servedRequests.filter(match).reduce((sum, r) => sum + r.durationMs, 0);
const first = servedRequests.find((r) => r.path.includes('/releases'))?.durationMs ?? 0;
const criticalPathServedMs = Math.round(
  first +
    Math.max(
      servedTime((r) => r.operation === 'ReleasePullRequests'),
      servedTime((r) => r.operation === 'ReleaseDeployments'),
      servedTime((r) => r.operation === 'ReleaseIssues'),
    ),
);

const byRoute = new Map<string, { requests: number; serviceMs: number }>();
for (const r of servedRequests) {
  const key = r.operation
    ? `graphql ${r.operation}`
    : `${r.method} ${(r.path.split('?')[0] ?? '').replace(/\/compare\/.*/, '/compare/…')}`;
  const entry = byRoute.get(key) ?? { requests: 0, serviceMs: 0 };
  entry.requests += 1;
  entry.serviceMs += Math.max(0, r.durationMs - latencyMs);
  byRoute.set(key, entry);
}
console.log('  requests  emulator ms  route');
for (const [route, { requests, serviceMs }] of [...byRoute].sort((x, y) => y[1].requests - x[1].requests)) {
  console.log(`  ${String(requests).padStart(8)}  ${String(Math.round(serviceMs)).padStart(11)}  ${route}`);
}
console.log(
  JSON.stringify({
    ...size,
    latencyMs,
    requests: servedRequests.length,
    lowerBound,
    requestsRatio: Math.round((servedRequests.length / lowerBound) * 100) / 100,
    // The users' voice (discussions in watched categories, issues mentioning the release): its share.
    voiceRequests: servedRequests.filter((r) => r.operation === 'ReleaseVoice').length,
    wallMs: fastest.wallMs,
    criticalPathMs,
    chainRequests,
    criticalPathServedMs,
    wallRatio: criticalPathMs > 0 ? Math.round((fastest.wallMs / criticalPathMs) * 100) / 100 : null,
    wallRatioServed: Math.round((fastest.wallMs / Math.max(criticalPathServedMs, 1)) * 100) / 100,
    clientBusyMs: fastest.clientBusyMs,
    // Time the emulator spent on these requests beyond the injected latency (its own CPU, queueing).
    emulatorServiceMs: Math.round(
      servedRequests.reduce((sum, r) => sum + Math.max(0, r.durationMs - latencyMs), 0),
    ),
    runs: walls,
  }),
);
