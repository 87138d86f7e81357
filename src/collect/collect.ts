/**
 * collectReleaseData: one train -> ReleaseData. Every source starts at once; a source that depends on another
 * (issue links on the changes, deployment attribution on the commits) fetches in parallel and joins late, so
 * the run takes as long as its longest chain of requests that must wait for each other (docs/performance.md).
 */
import type { Config } from '../config/load.ts';
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import {
  type CommitSet,
  changesFrom,
  collectCommits,
  collectPullRequests,
  commitAuthorsOf,
} from './changes.ts';
import { collectDeployments, type TrainCommits } from './deployments.ts';
import { section, unavailable } from './errors.ts';
import { collectIssues, type IssueKind, type LinkTargets } from './issues.ts';
import { scopeChangesToLine } from './line-changes.ts';
import { lineScopeOf, scopesChanges } from './line-scope.ts';
import { evaluateMaturity } from './maturity.ts';
import { trainReleases, trainTags } from './releases.ts';
import { repositoryInfo } from './repository.ts';
import type { ChangesData, FeedbackData, IssueFact, ReleaseData, ReleaseTrain, Section } from './types.ts';
import { iso, people } from './util.ts';
import { collectWorkflowRuns } from './workflows.ts';

export interface CollectLog {
  debug(message: string): void;
  warning(message: string): void;
}

export interface CollectContext {
  github: GitHub;
  repo: RepoRef;
  config: Config;
  now: Date;
  log: CollectLog;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Where the observation period is planned to end: the train's maturity, or the next release of the line. */
function plannedEnd(train: ReleaseTrain, maturityHours: number): number {
  const matured = Date.parse(train.last.publishedAt) + maturityHours * HOUR_MS;
  return train.next ? Math.min(matured, Date.parse(train.next.publishedAt)) : matured;
}

/**
 * The observation period: the train's first publish to its maturity (last publish + `maturity.hours`), cut
 * short by the next release of the line or by now. Bounded, so a retrospective opened late, or for an older
 * tag, never counts incidents, bugs or deployments from after it (docs/metrics.md "Windows").
 */
export function observationWindow(
  train: ReleaseTrain,
  now: Date,
  maturityHours: number,
): { from: string; to: string } {
  const to = Math.max(
    Date.parse(train.release.publishedAt),
    Math.min(plannedEnd(train, maturityHours), now.getTime()),
  );
  return { from: train.release.publishedAt, to: iso(new Date(to)) };
}

/**
 * The band period: `metrics.band-period-days` ending where the observation period is planned to end. It
 * does not move with the time of collection, so a retrospective opened at 11 h, 49 h or 30 days rates the
 * same period (what has not happened yet simply is not there).
 */
export function bandPeriodWindow(
  train: ReleaseTrain,
  maturityHours: number,
  days: number,
): { from: string; to: string } {
  const end = Math.max(Date.parse(train.release.publishedAt), plannedEnd(train, maturityHours));
  return { from: iso(new Date(end - days * DAY_MS)), to: iso(new Date(end)) };
}

const CONTENTS = { name: 'commits and pull requests', permission: 'contents: read, pull-requests: read' };
const DEPLOYMENTS = { name: 'deployments', permission: 'deployments: read' };
const ACTIONS = {
  name: 'workflow runs',
  permission: 'actions: read',
  hint: 'or enable GitHub Actions for the repository',
};
const ISSUES = { name: 'issues', permission: 'issues: read' };

function trainCommitsOf(changes: Section<CommitSet>): TrainCommits {
  if (changes.status !== 'ok') return { shaToTag: new Map(), commitOrder: new Map() };
  return {
    shaToTag: new Map(changes.data.commits.map((c) => [c.sha, c.releaseTag])),
    commitOrder: new Map(changes.data.commits.map((c, i) => [c.sha, i])),
  };
}

export async function collectReleaseData(ctx: CollectContext, train: ReleaseTrain): Promise<ReleaseData> {
  const { github, repo, config, now, log } = ctx;
  const window = observationWindow(train, now, config.maturity.hours);
  const bandPeriod = bandPeriodWindow(train, config.maturity.hours, config.metrics.bandPeriodDays);
  const tags = trainTags(train);
  const since = train.previous?.createdAt ?? null;
  // Deployments are read back to the start of the band period too, for the deployment frequency.
  const deploymentsSince = since === null || since < bandPeriod.from ? since : bandPeriod.from;

  const scope = lineScopeOf(config);
  const scoped = scopesChanges(scope);
  const repository = repositoryInfo(github, repo);
  const commitSet = section<CommitSet>(CONTENTS, async () => ({
    status: 'ok',
    data: await collectCommits(github, repo, train),
  }));
  const trainCommits = commitSet.then(trainCommitsOf);
  // Worked out while the pull-request pages are read, not after the last one (changesFrom uses it).
  commitSet
    .then((c) => {
      if (c.status === 'ok') commitAuthorsOf(c.data);
    })
    .catch(() => undefined);
  const changes = section<ChangesData>(CONTENTS, async () => {
    const [commits, pulls] = await Promise.all([
      commitSet,
      collectPullRequests(
        github,
        repo,
        trainCommits.then((t) => t.shaToTag),
        since,
        { withFiles: scope.matchesPath !== null },
      ),
    ]);
    if (commits.status !== 'ok') return commits;
    if (!scoped) return { status: 'ok', data: changesFrom(commits.data, pulls) };
    const line = await scopeChangesToLine(github, repo, scope, commits.data, pulls);
    return { status: 'ok', data: changesFrom(line.commitSet, line.pullRequests) };
  });
  const targets: Promise<LinkTargets> = changes.then((c) => ({
    releases: trainReleases(train),
    pullRequests: c.status === 'ok' ? c.data.pullRequests : [],
    commits: c.status === 'ok' ? c.data.commits : [],
  }));
  const deployments = section(DEPLOYMENTS, () =>
    collectDeployments(github, repo, {
      commits: trainCommits,
      tags,
      since: deploymentsSince,
      until: window.to,
      productionEnvironments: config.productionEnvironments,
      environments: config.line.environments,
      repoUrl: repository.then((info) => info.url),
    }),
  );
  const workflowRuns = repository.then((info) =>
    section(ACTIONS, () =>
      collectWorkflowRuns(
        github,
        repo,
        {
          tags,
          defaultBranch: info.defaultBranch,
          from: since,
          to: train.last.publishedAt,
          workflows: config.line.workflows,
        },
        log.warning,
      ),
    ),
  );
  const issues = section<Record<IssueKind, Section<IssueFact[]>>>(ISSUES, async () => ({
    status: 'ok',
    data: await collectIssues(github, repo, { window, labels: config.labels, targets }),
  }));

  // Joined below; these handlers only keep a failure from being reported as unhandled before the join sees it.
  for (const p of [repository, commitSet, trainCommits, targets]) p.catch(() => undefined);

  const [info, changesSection, deploymentsSection, runsSection, issueSections] = await Promise.all([
    repository,
    changes,
    deployments,
    workflowRuns,
    issues,
  ]);
  const kind = (k: IssueKind): Section<IssueFact[]> =>
    issueSections.status === 'ok'
      ? issueSections.data[k]
      : unavailable(ISSUES, issueSections.reason, issueSections.hint);
  const incidents = kind('incident');
  const bugs = kind('bug');
  const feedbackIssues = kind('feedback');

  const releaseReactions: Record<string, number> = {};
  for (const release of trainReleases(train)) {
    for (const [content, count] of Object.entries(release.reactions ?? {})) {
      releaseReactions[content] = (releaseReactions[content] ?? 0) + count;
    }
  }
  const feedback: Section<FeedbackData> = {
    status: 'ok',
    data: {
      issues: feedbackIssues.status === 'ok' ? feedbackIssues.data : [],
      releaseReactions,
      ...(feedbackIssues.status === 'ok'
        ? {}
        : {
            issuesUnavailable: {
              reason: feedbackIssues.reason,
              ...(feedbackIssues.hint ? { hint: feedbackIssues.hint } : {}),
            },
          }),
    },
  };

  const inWindow = (at: string) => at >= window.from && at <= window.to;
  const participants = people([
    ...(changesSection.status === 'ok'
      ? changesSection.data.pullRequests.flatMap((pr) => [pr.author, ...pr.reviewers])
      : []),
    ...(deploymentsSection.status === 'ok'
      ? deploymentsSection.data.filter((d) => d.releaseTag || inWindow(d.createdAt)).map((d) => d.creator)
      : []),
    ...(incidents.status === 'ok' ? incidents.data.flatMap((i) => i.assignees) : []),
  ]);

  const maturity = evaluateMaturity(train, { deployments: deploymentsSection, incidents }, config, now);
  if (!maturity.matured)
    log.debug(
      `${train.release.tag} has not matured: ${maturity.gates
        .filter((g) => !g.passed)
        .map((g) => g.reason)
        .join(' ')}`,
    );

  return {
    repository: { owner: info.owner, name: info.name, url: info.url, defaultBranch: info.defaultBranch },
    train,
    window,
    bandPeriod,
    maturity,
    changes: changesSection,
    deployments: deploymentsSection,
    workflowRuns: runsSection,
    incidents,
    bugs,
    feedback,
    participants,
    collectedAt: iso(now),
  };
}
