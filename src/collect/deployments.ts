/**
 * Deployments with their status timelines: one GraphQL request per 100 deployments, newest first, until the
 * previous release's tag commit. Rollbacks and redeploys are derived per environment from the order of events.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import deploymentsQuery from '../github/graphql/ReleaseDeployments.graphql';
import { shared } from '../github/run-reads.ts';
import { graphqlQuery } from './graphql.ts';
import type { DeploymentFact, DeploymentState, Section } from './types.ts';
import { actorLogin, ms } from './util.ts';

interface GqlDeployment {
  databaseId: number | null;
  environment: string | null;
  commitOid: string;
  createdAt: string;
  description: string | null;
  ref: { name: string } | null;
  creator: { __typename?: string; login: string } | null;
  statuses: {
    totalCount: number;
    nodes: { state: string; createdAt: string; description: string | null; logUrl: string | null }[];
  } | null;
}

interface DeploymentsPage {
  repository: {
    deployments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: GqlDeployment[] };
  };
}

export interface TrainCommits {
  /** Train commit sha -> the train tag that first contains it. */
  shaToTag: ReadonlyMap<string, string>;
  /** Train commits in order, for "older commit" decisions. */
  commitOrder: ReadonlyMap<string, number>;
}

export interface DeploymentScope {
  /** Resolved after the listing, so deployments are fetched in parallel with the commits. */
  commits: TrainCommits | Promise<TrainCommits>;
  tags: readonly string[];
  /** Read deployments created at or after this (the previous release's tag commit); null = all. */
  since: string | null;
  /** Ignore deployments created after this (the end of the observation window). */
  until: string;
  productionEnvironments: readonly string[];
  /** The release line's environments (exact names); empty: every environment. */
  environments?: readonly string[];
  /** For links; resolved after the listing so paging does not wait for the repository lookup. */
  repoUrl: string | Promise<string>;
}

const NO_DEPLOYMENTS_HINT =
  'Record deployments (a workflow job with `environment: production` creates them, as do most deploy tools) ' +
  'so deployment frequency, lead time and recovery time can be measured from production, not from releases.';

export function isProductionEnvironment(environment: string, production: readonly string[]): boolean {
  const name = environment.toLowerCase();
  return production.some((p) => p.toLowerCase() === name);
}

/**
 * The repository's deployments, newest first, shared by every reader of a run: a scheduled run reads them for
 * the maturity gates and again for the collection, each down to its own start. Pages are read once; a reader
 * that needs older deployments than read so far continues from the last cursor.
 */
class DeploymentListing {
  private readonly nodes: GqlDeployment[] = [];
  private cursor: string | null = null;
  private done = false;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
    /** A release line's environments (GitHub filters by them); null: every environment. */
    private readonly environments: readonly string[] | null,
  ) {}

  /** Every deployment read once the listing reaches one created before `sinceMs` (or its end). */
  reach(sinceMs: number): Promise<GqlDeployment[]> {
    const next = this.tail.then(async () => {
      while (!this.done && !(ms(this.nodes.at(-1)?.createdAt ?? '9999') < sinceMs)) await this.readPage();
      return this.nodes;
    });
    // A failed page fails its reader; a later reader tries again from the same cursor.
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async readPage(): Promise<void> {
    const page = await graphqlQuery<DeploymentsPage>(this.github, deploymentsQuery, {
      owner: this.repo.owner,
      name: this.repo.name,
      environments: this.environments,
      cursor: this.cursor,
    });
    const { nodes, pageInfo } = page.repository.deployments;
    this.nodes.push(...nodes);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || pageInfo.endCursor === this.cursor) this.done = true;
    this.cursor = pageInfo.endCursor;
  }
}

function deploymentListing(
  github: GitHub,
  repo: RepoRef,
  environments: readonly string[] | undefined,
): DeploymentListing {
  const scoped = environments?.length ? [...environments] : null;
  const key = `deployments ${repo.owner}/${repo.name} ${scoped ? scoped.join(',') : '*'}`;
  return shared(github, key, () => new DeploymentListing(github, repo, scoped));
}

export async function collectDeployments(
  github: GitHub,
  repo: RepoRef,
  scope: DeploymentScope,
): Promise<Section<DeploymentFact[]>> {
  const sinceMs = scope.since ? ms(scope.since) : Number.NEGATIVE_INFINITY;
  const listed = await deploymentListing(github, repo, scope.environments).reach(sinceMs);
  const anyDeployment = listed.length > 0;
  const raw = listed.filter((d) => ms(d.createdAt) >= sinceMs && ms(d.createdAt) <= ms(scope.until));
  if (!anyDeployment) {
    return {
      status: 'unavailable',
      reason: `${repo.owner}/${repo.name} has no deployments.`,
      hint: NO_DEPLOYMENTS_HINT,
    };
  }
  // A timeline longer than the nested page is completed over REST; rare, and one request per such deployment.
  const statuses = await Promise.all(
    raw.map(async (d) => {
      const nested = d.statuses?.nodes ?? [];
      if (!d.databaseId || (d.statuses?.totalCount ?? 0) <= nested.length) return nested;
      const all = (await github.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: repo.owner,
        repo: repo.name,
        deployment_id: d.databaseId,
        per_page: 100,
      })) as unknown as {
        state: string;
        created_at: string;
        description: string | null;
        log_url?: string | null;
      }[];
      return all.map((s) => ({
        state: s.state,
        createdAt: s.created_at,
        description: s.description,
        logUrl: s.log_url ?? null,
      }));
    }),
  );
  const commits = await scope.commits;
  const repoUrl = await scope.repoUrl;
  const facts = raw.map((d, i) => toFact(d, statuses[i] ?? [], { ...scope, repoUrl }, commits));
  return { status: 'ok', data: markRollbacks(facts, commits.commitOrder) };
}

function toFact(
  d: GqlDeployment,
  statuses: { state: string; createdAt: string; logUrl: string | null }[],
  scope: DeploymentScope & { repoUrl: string },
  commits: TrainCommits,
): DeploymentFact {
  const environment = d.environment ?? 'unknown';
  const ref = d.ref?.name ?? '';
  const ordered = [...statuses].sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
  const logUrl = ordered.findLast((s) => s.logUrl)?.logUrl;
  const releaseTag = commits.shaToTag.get(d.commitOid) ?? (scope.tags.includes(ref) ? ref : null);
  return {
    id: d.databaseId ?? 0,
    environment,
    sha: d.commitOid,
    ref,
    createdAt: d.createdAt,
    creator: actorLogin(d.creator),
    url: logUrl ?? `${scope.repoUrl}/deployments/${encodeURIComponent(environment)}`,
    statuses: ordered.map((s) => ({
      state: s.state.toLowerCase() as DeploymentState,
      createdAt: s.createdAt,
    })),
    isRollback: false,
    isRedeploy: false,
    isProduction: isProductionEnvironment(environment, scope.productionEnvironments),
    releaseTag,
  };
}

/**
 * Per environment, in time order: a deployment of a sha that was deployed there before, after something else
 * was, goes back to an older commit (a rollback); so does one of an earlier train commit than the one before it.
 * Any other deployment of an already deployed sha is a redeploy.
 */
export function markRollbacks(
  facts: DeploymentFact[],
  commitOrder: ReadonlyMap<string, number>,
): DeploymentFact[] {
  const sorted = [...facts].sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id);
  const byEnv = new Map<string, { seen: Set<string>; last: string | null }>();
  for (const d of sorted) {
    // GitHub treats environment names case-insensitively.
    const key = d.environment.toLowerCase();
    const env = byEnv.get(key) ?? { seen: new Set<string>(), last: null };
    byEnv.set(key, env);
    const before = env.last;
    const olderInTrain =
      before !== null &&
      commitOrder.has(d.sha) &&
      commitOrder.has(before) &&
      (commitOrder.get(d.sha) as number) < (commitOrder.get(before) as number);
    d.isRollback = before !== null && before !== d.sha && (env.seen.has(d.sha) || olderInTrain);
    d.isRedeploy = !d.isRollback && env.seen.has(d.sha);
    env.seen.add(d.sha);
    env.last = d.sha;
  }
  return sorted;
}
