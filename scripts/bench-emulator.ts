/**
 * The benchmark's emulator, in a worker thread: its request handling (compare over thousands of commits,
 * JSON serialisation) then runs on another core, as GitHub's would, instead of competing with the client's
 * own work on one event loop. Talks to scripts/bench.ts by messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startEmulator, syntheticScenario } from '../emulator/index.ts';

export interface BenchSize {
  prs: number;
  commits: number;
  deployments: number;
  issues: number;
}

export interface TruthQuery {
  since: string;
  window: { from: string; to: string };
  labels: string[];
}

const { size, latencyMs } = workerData as { size: BenchSize; latencyMs: number };
const port = parentPort;
if (!port) throw new Error('bench-emulator.ts runs as a worker of scripts/bench.ts');

const spec = syntheticScenario(size);
const repoSpec = spec.repos[0];
if (!repoSpec) throw new Error('synthetic scenario has no repository');
// The synthetic scenario spreads its issues between v1.0.0 and v2.0.0, before v2.0.0's observation window
// (its publish 50 h ago to now) opens; a retro of v2.0.0 would read none of them. Move them into the window,
// evenly over its first 48 h and closed 30 min after opening where they were closed, so they are gathered.
const WINDOW_MIN = 48 * 60;
repoSpec.issues = (repoSpec.issues ?? []).map((issue, i, all) => {
  const opened = 49 * 60 - Math.floor((i * WINDOW_MIN) / Math.max(all.length, 1));
  return { ...issue, createdAt: `-${opened}m`, ...(issue.closedAt ? { closedAt: `-${opened - 30}m` } : {}) };
});

const emulator = await startEmulator({ scenario: spec, latencyMs });
const fullName = `${repoSpec.owner}/${repoSpec.name}`;

port.on(
  'message',
  async (
    message: { type: 'truth'; query: TruthQuery; from: number } | { type: 'next-hour' } | { type: 'close' },
  ) => {
    if (message.type === 'next-hour') {
      // Each run starts with fresh rate-limit buckets (the emulator's clock stands still otherwise); stored
      // times are absolute, so nothing the gatherer reads changes.
      emulator.clock.advance(3_600_000);
      port.postMessage({ type: 'next-hour', requests: emulator.requests.length });
      return;
    }
    if (message.type === 'close') {
      await emulator.close();
      port.postMessage({ type: 'closed' });
      port.close();
      return;
    }
    const { state } = emulator;
    const { since, window, labels } = message.query;
    const wanted = new Set(labels);
    const inRepo = <T extends { repo: string }>(items: T[]) => items.filter((x) => x.repo === fullName);
    port.postMessage({
      type: 'truth',
      requests: emulator.requests
        .slice(message.from)
        .map((r) => ({ method: r.method, path: r.path, operation: r.operation, durationMs: r.durationMs })),
      truth: {
        releases: inRepo(state.releases).length,
        deployments: inRepo(state.deployments).filter((d) => d.createdAt >= since).length,
        issues: inRepo(state.issues).filter(
          (i) =>
            i.labels.some((l) => wanted.has(l)) && i.createdAt >= window.from && i.createdAt <= window.to,
        ).length,
      },
    });
  },
);

port.postMessage({
  type: 'ready',
  url: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  nowMs: emulator.clock.nowMs(),
  owner: repoSpec.owner,
  name: repoSpec.name,
});
