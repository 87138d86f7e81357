/**
 * Monorepo benchmark: the synthetic release as two release lines (api/ and web/ changes in turn, one range
 * holding both), gathered for the whole repository and for the web line. Shows what scoping a line costs in
 * requests and time (docs/performance.md, "Monorepo lines").
 *
 *   npm run bench:monorepo -- --prs 1000 --direct 100 --latency 50
 *
 * The last line printed is one JSON object.
 */
import { register } from 'node:module';
import { parseArgs } from 'node:util';

register('./text-assets-hooks.mjs', import.meta.url);

const { values } = parseArgs({
  options: {
    prs: { type: 'string', default: '1000' },
    direct: { type: 'string', default: '100' },
    deployments: { type: 'string', default: '200' },
    latency: { type: 'string', default: '50' },
    token: { type: 'string', default: 'ghs_emulator_default' },
  },
});
function count(name: 'prs' | 'direct' | 'deployments' | 'latency'): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got "${values[name]}"`);
  return n;
}
const prs = count('prs');
const direct = count('direct');
const latencyMs = count('latency');

const { startEmulator } = await import('../emulator/index.ts');
const { syntheticMonorepoScenario } = await import('../emulator/scenarios/synthetic-monorepo.ts');
const { gatherLine, WEB_LINE, WHOLE_REPOSITORY } = await import('./bench-monorepo-figures.ts');

const { spec, facts } = syntheticMonorepoScenario({
  prs,
  commits: prs + direct,
  deployments: count('deployments'),
  issues: 100,
});
const emulator = await startEmulator({ scenario: spec, latencyMs });
try {
  const whole = await gatherLine(emulator, WHOLE_REPOSITORY, values.token as string);
  const web = await gatherLine(emulator, WEB_LINE, values.token as string);
  const routes = new Set([...whole.byRoute.keys(), ...web.byRoute.keys()]);
  console.log('  whole repo  web line  route');
  for (const route of [...routes].sort()) {
    console.log(
      `  ${String(whole.byRoute.get(route) ?? 0).padStart(10)}  ${String(web.byRoute.get(route) ?? 0).padStart(8)}  ${route}`,
    );
  }
  const pulls = (g: typeof web) =>
    g.data.changes.status === 'ok' ? g.data.changes.data.pullRequests.length : 0;
  const commits = (g: typeof web) =>
    g.data.changes.status === 'ok' ? g.data.changes.data.commits.length : 0;
  console.log(
    JSON.stringify({
      prs,
      directCommits: facts.directCommits,
      latencyMs,
      whole: {
        requests: whole.requests,
        wallMs: whole.wallMs,
        pullRequests: pulls(whole),
        commits: commits(whole),
      },
      webLine: {
        requests: web.requests,
        wallMs: web.wallMs,
        pullRequests: pulls(web),
        commits: commits(web),
      },
      expectedWeb: {
        pullRequests: facts.webPullRequests,
        commits: facts.webPullRequests + facts.webDirectCommits,
      },
      extraRequests: web.requests - whole.requests,
    }),
  );
} finally {
  await emulator.close();
}
