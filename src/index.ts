import { requestsWritten } from './github/transport.ts';
import { startRun } from './start.ts';

// The run's first requests leave before the rest of the action is loaded: it compiles while they wait.
const started = await startRun();
await requestsWritten();
const { run } = await import('./run.ts');
await run(started);

// The run is over (its outputs, summary and exit code are set, and it ended its reads): exit now instead of
// letting Node free the heap first, 20–40 ms of a 1,000-pull-request run. Only once the log is flushed: a
// pipe's writes are asynchronous on macOS and Windows runners.
await Promise.all(
  [process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))),
);
process.exit();
