/**
 * findMaturedTrains: for scheduled runs. Lists the line's trains with their maturity so the scheduler opens
 * the matured ones that lack a retrospective and reports the others with when they will be ready. Reads only
 * what the gates need: deployments since the oldest train considered and the open incidents.
 */

import type { CollectContext } from './collect.ts';
import { collectDeployments } from './deployments.ts';
import { section } from './errors.ts';
import { linkEvidence } from './issues.ts';
import { evaluateMaturity } from './maturity.ts';
import { buildTrains, listReleases, trainReleases } from './releases.ts';
import { repositoryInfo } from './repository.ts';
import type { IssueFact, Maturity, ReleaseRef, ReleaseTrain, Section } from './types.ts';
import { iso } from './util.ts';

export interface TrainMaturity {
  train: ReleaseTrain;
  maturity: Maturity;
}

export interface FindMaturedOptions {
  /** Releases already listed (saves a request); listed when absent. */
  releases?: ReleaseRef[];
  /** How many of the newest trains to consider (default 10): older ones have had their chance. */
  limit?: number;
}

interface RestOpenIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  user?: { login: string } | null;
  assignees?: { login: string }[] | null;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
}

async function openIncidents(ctx: CollectContext): Promise<Section<IssueFact[]>> {
  const { github, repo, config } = ctx;
  if (config.labels.incident.length === 0) {
    return { status: 'unavailable', reason: 'No incident labels are configured.' };
  }
  const lists = await Promise.all(
    config.labels.incident.map(
      (label) =>
        github.paginate('GET /repos/{owner}/{repo}/issues', {
          owner: repo.owner,
          repo: repo.name,
          labels: label,
          state: 'open',
          per_page: 100,
        }) as unknown as Promise<RestOpenIssue[]>,
    ),
  );
  const seen = new Set<number>();
  const facts: IssueFact[] = [];
  for (const i of lists.flat()) {
    if (i.pull_request || seen.has(i.number)) continue;
    seen.add(i.number);
    const labels = i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
    facts.push({
      number: i.number,
      title: i.title,
      url: i.html_url,
      labels,
      state: 'open',
      createdAt: i.created_at,
      closedAt: null,
      author: i.user?.login ?? null,
      assignees: (i.assignees ?? []).map((a) => a.login),
      severity: config.labels.severityPrefix
        ? (labels.find((l) => l.startsWith(config.labels.severityPrefix)) ?? null)
        : null,
      linkedBy: [],
    });
  }
  return { status: 'ok', data: facts };
}

export async function findMaturedTrains(
  ctx: CollectContext,
  options: FindMaturedOptions = {},
): Promise<TrainMaturity[]> {
  const { github, repo, config, now } = ctx;
  const releases = options.releases ?? (await listReleases(github, repo, config, now));
  const trains = buildTrains(releases, config).slice(-(options.limit ?? 10));
  const oldest = trains[0];
  if (!oldest) return [];
  const needDeployments = config.maturity.gates.productionDeployments;
  const needIncidents = config.maturity.gates.openIncidents;
  const skipped: Section<never> = { status: 'unavailable', reason: 'gate switched off' };
  const [deployments, incidents] = await Promise.all([
    needDeployments
      ? section({ name: 'deployments', permission: 'deployments: read' }, () =>
          collectDeployments(github, repo, {
            commits: { shaToTag: new Map(), commitOrder: new Map() },
            tags: [],
            since: oldest.release.publishedAt,
            until: iso(now),
            productionEnvironments: config.productionEnvironments,
            environments: config.line.environments,
            repoUrl: repositoryInfo(github, repo).then((info) => info.url),
          }),
        )
      : skipped,
    needIncidents
      ? section({ name: 'issues', permission: 'issues: read' }, () => openIncidents(ctx))
      : skipped,
  ]);
  return trains.map((train) => {
    const linked: Section<IssueFact[]> =
      incidents.status === 'ok'
        ? {
            status: 'ok',
            data: incidents.data.map((i) => ({
              ...i,
              linkedBy: linkEvidence(i.title, {
                releases: trainReleases(train),
                pullRequests: [],
                commits: [],
              }),
            })),
          }
        : incidents;
    return { train, maturity: evaluateMaturity(train, { deployments, incidents: linked }, config, now) };
  });
}
