/**
 * One gather of the monorepo benchmark (scripts/bench-monorepo.ts) and its count test: the web line's v2.0.0
 * collected from an emulator, scoped by the given config, with the requests it took by route.
 */
import type { Emulator } from '../emulator/index.ts';
import { collectReleaseData, findTrain, listReleases } from '../src/collect/index.ts';
import type { ReleaseData } from '../src/collect/types.ts';
import { type Config, loadConfig } from '../src/config/load.ts';
import { createGitHubClient } from '../src/github/client.ts';

export const REPO = { owner: 'acme', name: 'big' };
export const WHOLE_REPOSITORY = loadConfig(null, 'bench');
export const WEB_LINE = loadConfig(
  'line:\n  name: web\n  paths: ["web/**"]\n  environments: [web-production]\nproduction-environments: [web-production]\n',
  'bench',
);

export interface LineGather {
  data: ReleaseData;
  requests: number;
  byRoute: Map<string, number>;
  wallMs: number;
}

export function routeOf(r: { method: string; path: string; operation: string | null }): string {
  if (r.operation) return `graphql ${r.operation}`;
  const path = (r.path.split('?')[0] ?? '')
    .replace(/\/compare\/.*/, '/compare/…')
    .replace(/\/commits\/[0-9a-f]{40}$/, '/commits/{sha}');
  return `${r.method} ${path}`;
}

export async function gatherLine(emulator: Emulator, config: Config, token: string): Promise<LineGather> {
  const log = { debug() {}, warning() {} };
  const github = createGitHubClient({ token, apiUrl: emulator.url, graphqlUrl: emulator.graphqlUrl, log });
  // Fresh rate-limit buckets for each gather; stored times are absolute, so nothing gathered changes.
  emulator.clock.advance(3_600_000);
  const from = emulator.requests.length;
  const started = performance.now();
  const train = findTrain(await listReleases(github, REPO, config), 'v2.0.0', config);
  const data = await collectReleaseData(
    { github, repo: REPO, config, now: new Date(emulator.clock.nowMs()), log },
    train,
  );
  const wallMs = Math.round(performance.now() - started);
  const served = emulator.requests.slice(from);
  const byRoute = new Map<string, number>();
  for (const r of served) byRoute.set(routeOf(r), (byRoute.get(routeOf(r)) ?? 0) + 1);
  return { data, requests: served.length, byRoute, wallMs };
}
