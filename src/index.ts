import { requestsWritten } from './github/transport.ts';
import { startRun } from './start.ts';

// The run's first requests leave before the rest of the action is loaded: it compiles while they wait.
const started = await startRun();
await requestsWritten();
const { run } = await import('./run.ts');
await run(started);
