// Runs the README's test command again and again beside a CPU hog, to show that no test depends on timing
// (docs/reliability.md). `npm run soak -- --runs 20 --hogs 2` runs `npm test` 20 times in a row while two
// busy-looping processes compete for the cores; it stops at the first failing run and keeps its log.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs, stripVTControlCharacters } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    hogs: { type: 'string', default: String(availableParallelism()) },
  },
});
const runs = Number(values.runs);
const hogCount = Number(values.hogs);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(hogCount) || hogCount < 0) {
  console.error('usage: npm run soak -- [--runs N ≥ 1] [--hogs N ≥ 0]');
  process.exit(2);
}

// A hog is a separate process spinning forever, so it competes for a core as another job on the machine would.
const hogs = Array.from({ length: hogCount }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
let testRun; // the npm test in progress, in a process group of its own so it can be stopped whole
const stopAll = () => {
  for (const hog of hogs) hog.kill('SIGKILL');
  if (testRun?.exitCode === null) process.kill(-testRun.pid, 'SIGKILL');
};
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function npmTest() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    testRun = child;
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

for (let run = 1; run <= runs; run += 1) {
  const started = Date.now();
  const { code, log } = await npmTest();
  const seconds = Math.round((Date.now() - started) / 1000);
  const tests = /Tests\s+(.*)/.exec(stripVTControlCharacters(log))?.[1]?.trim() ?? 'no summary';
  console.log(
    `run ${run}/${runs}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s (${tests}), ${hogCount} hogs`,
  );
  if (code !== 0) {
    console.log(log);
    process.exit(1);
  }
}
console.log(`npm test passed ${runs} times in a row beside ${hogCount} CPU hogs.`);
// The hogs spin forever and keep this process alive: exiting stops them (stopAll, on exit).
process.exit(0);
