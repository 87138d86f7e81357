/**
 * The synthetic release (synthetic.ts) as a monorepo of two lines, for the benchmark: every change touches
 * `api/` or `web/` in turn (every tenth pull request touches both), deployments go to `api-production` or
 * `web-production` in turn. Tags stay v1.0.0 and v2.0.0, so one release range holds both lines' changes, the
 * worst case for scoping: the web line must set aside half of everything it reads.
 */
import type { ScenarioSpec } from './spec.ts';
import { type SyntheticOptions, syntheticScenario } from './synthetic.ts';

export interface MonorepoFacts {
  /** Pull requests of every line merged in the studied train (after v1.0.0, up to v2.0.1). */
  pullRequests: number;
  /** Web pull requests (merged in the train) and direct commits, as a scoped collection must find them. */
  webPullRequests: number;
  webDirectCommits: number;
  directCommits: number;
}

export function syntheticMonorepoScenario(options: SyntheticOptions): {
  spec: ScenarioSpec;
  facts: MonorepoFacts;
} {
  const spec = syntheticScenario(options);
  const repo = spec.repos[0];
  if (!repo) throw new Error('the synthetic scenario has no repository');
  const mergeCommits = new Set((repo.pulls ?? []).map((p) => p.mergeCommit));
  const branchOf = new Map(
    (repo.pulls ?? []).flatMap((p) => p.commits.map((c) => [c, p.mergeCommit] as const)),
  );
  const facts: MonorepoFacts = { pullRequests: 0, webPullRequests: 0, webDirectCommits: 0, directCommits: 0 };
  // The train v2.0.0 + v2.0.1 is what the benchmark gathers: commits after v1.0.0's, up to v2.0.1's. History
  // before it and activity after it get files too, but are not the line's to find.
  const tagged = (name: string) => {
    const sha = repo.tags?.find((t) => t.name === name)?.commit;
    const at = repo.commits.findIndex((c) => c.id === sha);
    if (at < 0) throw new Error(`the synthetic scenario has no commit for ${name}`);
    return at;
  };
  const trainStart = tagged('v1.0.0');
  const trainEnd = tagged('v2.0.1');
  let change = 0;
  const filesOf = new Map<string, string[]>();
  for (const [at, commit] of repo.commits.entries()) {
    if (commit.id === 'base' || branchOf.has(commit.id)) continue;
    change += 1;
    const line = change % 2 === 0 ? 'api' : 'web';
    const both = mergeCommits.has(commit.id) && change % 10 === 0;
    const files = both ? [`api/m${change}.ts`, `web/m${change}.ts`] : [`${line}/m${change}.ts`];
    filesOf.set(commit.id, files);
    const web = files.some((f) => f.startsWith('web/'));
    if (at <= trainStart || at > trainEnd) continue;
    if (mergeCommits.has(commit.id)) {
      facts.pullRequests += 1;
      if (web) facts.webPullRequests += 1;
    } else {
      facts.directCommits += 1;
      if (web) facts.webDirectCommits += 1;
    }
  }
  for (const commit of repo.commits) {
    const own = filesOf.get(commit.id) ?? filesOf.get(branchOf.get(commit.id) ?? '');
    if (own) commit.files = own;
  }
  repo.environments = ['api-production', 'web-production'];
  repo.deployments = (repo.deployments ?? []).map((d, i) => ({
    ...d,
    environment: i % 2 === 0 ? 'api-production' : 'web-production',
  }));
  return { spec, facts };
}
