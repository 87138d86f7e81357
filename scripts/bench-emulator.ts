/**
 * The benchmark's emulator, in a worker thread: its request handling (compare over thousands of commits,
 * JSON serialisation) then runs on another core, as GitHub's would, instead of competing with the client's
 * own work on one event loop. Talks to scripts/bench.ts by messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startEmulator } from '../emulator/index.ts';
import { type BenchSize, benchScenario, stateTruth, type TruthQuery } from './bench-figures.ts';

export type { BenchSize, TruthQuery } from './bench-figures.ts';

const { size, latencyMs } = workerData as { size: BenchSize; latencyMs: number };
const port = parentPort;
if (!port) throw new Error('bench-emulator.ts runs as a worker of scripts/bench.ts');

const spec = benchScenario(size);
const repoSpec = spec.repos[0];
if (!repoSpec) throw new Error('synthetic scenario has no repository');

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
    port.postMessage({
      type: 'truth',
      requests: emulator.requests
        .slice(message.from)
        .map((r) => ({ method: r.method, path: r.path, operation: r.operation, durationMs: r.durationMs })),
      truth: stateTruth(emulator.state, fullName, message.query),
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
