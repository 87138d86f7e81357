// `npm run bench`: npm appends `npm run bench -- …` arguments to the end of the script's command line, so with
// two commands chained they would reach only the second. This runs the benchmark (scripts/bench.ts) with them,
// then, for a warm run, the monorepo benchmark (scripts/bench-monorepo.ts, its own fixed scenario). A cold run
// or the growth table ends with bench.ts, whose last line is the JSON summary.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const tsx = (script, scriptArgs) =>
  spawnSync('npx', ['tsx', '--import', './scripts/text-assets.mjs', script, ...scriptArgs], {
    stdio: 'inherit',
  }).status ?? 1;

const coldOrTable = args.some((a) => a === '--cold' || a === '--table');
let status = tsx('scripts/bench.ts', args);
if (status === 0 && !coldOrTable) status = tsx('scripts/bench-monorepo.ts', []);
process.exit(status);
