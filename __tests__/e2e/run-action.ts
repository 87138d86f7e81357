// The harness lives beside the emulator so the demo and the benchmark use the very same runner stand-in.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionRun,
  type RunActionOptions,
  runAction as runOnRunner,
} from '../../emulator/run-action.ts';

export * from '../../emulator/run-action.ts';

/**
 * Node's on-disk compile cache (Node ≥ 22.1), shared by the suite's few hundred runs: each run then skips
 * compiling the bundle again (about a tenth of a second of CPU each). It changes how fast dist/index.js
 * starts, never what it does; the benchmarks and the demo run without it, as a fresh runner does.
 */
const COMPILE_CACHE = join(tmpdir(), 'release-retro-test-compile-cache');

export function runAction(options: RunActionOptions): Promise<ActionRun> {
  return runOnRunner({ ...options, env: { NODE_COMPILE_CACHE: COMPILE_CACHE, ...options.env } });
}
