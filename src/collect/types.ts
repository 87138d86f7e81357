/**
 * ReleaseData: the plain, typed facts a retrospective is grounded in.
 * Collectors produce it from the GitHub API; metrics and rendering read it. No client lives in here,
 * so everything downstream is a pure function of this value (and easy to test with fixtures).
 */

/** A link to where a fact came from, so every number in a retrospective can be checked by a person. */
export interface Evidence {
  label: string;
  url: string;
}

/**
 * One source of facts. A source that GitHub refused (Actions disabled, a token without `deployments: read`,
 * no labels configured…) is `unavailable` with the reason and what to change, and the run goes on.
 */
export type Section<T> =
  | { status: 'ok'; data: T }
  | { status: 'unavailable'; reason: string; permission?: string; hint?: string };

export interface ReleaseRef {
  id: number;
  tag: string;
  name: string;
  url: string;
  /** ISO 8601. */
  publishedAt: string;
  createdAt: string;
  prerelease: boolean;
  targetCommitish: string;
  author: string | null;
  /** Reaction content (REST names: `+1`, `hooray`, …) -> count on the release itself. Added by collect. */
  reactions?: Record<string, number>;
}

/**
 * A release and the hotfixes that joined it: a patch release published inside the maturity window of the
 * release before it restarts the clock and belongs to the same retrospective.
 */
export interface ReleaseTrain {
  /** The release the retrospective is about; its tag is the retrospective's key. */
  release: ReleaseRef;
  hotfixes: ReleaseRef[];
  /** The nearest earlier release of the same tag line, or null for a first release. */
  previous: ReleaseRef | null;
  /** `hotfixes.at(-1) ?? release`: the release whose age decides maturity. */
  last: ReleaseRef;
  /** The next release of the same tag line after this train, which ends the observation window. Added by collect. */
  next?: ReleaseRef | null;
}

export interface MaturityGate {
  name: 'age' | 'production-deployments' | 'open-incidents';
  passed: boolean;
  reason: string;
  /** When the gate would pass if nothing else happens (ISO), or null when it waits on people (an open incident). */
  passesAt: string | null;
  evidence: Evidence[];
}

export interface Maturity {
  matured: boolean;
  gates: MaturityGate[];
}

export interface PullRequestFact {
  number: number;
  title: string;
  url: string;
  author: string | null;
  labels: string[];
  createdAt: string;
  /** Time of the earliest commit of the pull request, the start of lead time; null when unknown. */
  firstCommitAt: string | null;
  mergedAt: string;
  mergeCommitSha: string | null;
  additions: number;
  deletions: number;
  changedFiles: number;
  reviewCount: number;
  reviewers: string[];
  isRevert: boolean;
  /** The tag of the train release that first contains it (a hotfix's pull requests carry the hotfix tag). */
  releaseTag: string;
  /** Paths it touched (the first 100), read only to scope a monorepo's release line. Added by collect. */
  paths?: string[];
  /** The pull request touched more paths than `paths` lists (GitHub's `files.totalCount`). Added by collect. */
  pathsTruncated?: boolean;
}

export interface CommitFact {
  sha: string;
  /** First line of the message. */
  headline: string;
  author: string | null;
  authoredAt: string;
  url: string;
  isRevert: boolean;
  releaseTag: string;
}

export type DeploymentState =
  | 'error'
  | 'failure'
  | 'inactive'
  | 'pending'
  | 'success'
  | 'queued'
  | 'in_progress';

export interface DeploymentFact {
  id: number;
  environment: string;
  sha: string;
  ref: string;
  createdAt: string;
  creator: string | null;
  url: string;
  statuses: { state: DeploymentState; createdAt: string }[];
  /** A later deployment of an older commit to the same environment. */
  isRollback: boolean;
  /** Another deployment of a sha already deployed to that environment. */
  isRedeploy: boolean;
  isProduction: boolean;
  /** The train tag whose commits this deploys (null: a commit outside the train, e.g. a rollback target). Added by collect. */
  releaseTag?: string | null;
}

export interface WorkflowRunFact {
  id: number;
  name: string;
  event: string;
  branch: string | null;
  headSha: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  updatedAt: string;
  runAttempt: number;
  durationMs: number | null;
  url: string;
}

export interface IssueFact {
  number: number;
  title: string;
  url: string;
  labels: string[];
  state: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  author: string | null;
  assignees: string[];
  /** The severity label found on it (e.g. `severity:high`), if any. */
  severity: string | null;
  /** Why this issue is tied to this release: it names the tag, a pull request or a commit of it. Empty = only by time. */
  linkedBy: Evidence[];
}

export interface ChangesData {
  pullRequests: PullRequestFact[];
  commits: CommitFact[];
  /** The compare API's total, which can exceed `commits.length` if GitHub truncates. */
  totalCommits: number;
  contributors: string[];
  reverts: { kind: 'pull-request' | 'commit'; ref: string; title: string; url: string }[];
  /** Train tag -> the commit it points at (head of its compare segment). Added by collect. */
  tagCommits?: Record<string, string>;
}

export interface WorkflowData {
  /** Runs for the release tags (their build and publish). */
  tagRuns: WorkflowRunFact[];
  /** Runs on the default branch during the release's window. */
  branchRuns: WorkflowRunFact[];
  /** The window branchRuns cover: the previous release's tag commit (null: from the start) to the train's last publish. Added by collect. */
  window?: { from: string | null; to: string };
}

export interface FeedbackData {
  issues: IssueFact[];
  /** Reaction content -> count, summed over the train's releases. */
  releaseReactions: Record<string, number>;
  /** Set when feedback issues could not be read (no feedback label): why, and what to change. Added by collect. */
  issuesUnavailable?: { reason: string; hint?: string };
}

export interface ReleaseData {
  repository: { owner: string; name: string; url: string; defaultBranch: string };
  train: ReleaseTrain;
  /**
   * The observation period: the train's first publish to its maturity (last publish + maturity.hours),
   * cut short by the next release of the line or by the time of collection. Bounded, so a retrospective
   * opened late (or for an older tag) never counts what happened after it.
   */
  window: { from: string; to: string };
  /**
   * The trailing period DORA deployment frequency is rated over: `metrics.band-period-days` ending where the
   * observation period is planned to end (not at the time of collection, so a retrospective opened early or
   * late rates the same period).
   */
  bandPeriod: { from: string; to: string };
  maturity: Maturity;
  changes: Section<ChangesData>;
  deployments: Section<DeploymentFact[]>;
  workflowRuns: Section<WorkflowData>;
  incidents: Section<IssueFact[]>;
  bugs: Section<IssueFact[]>;
  feedback: Section<FeedbackData>;
  /** Logins of people who took part (authors, reviewers, deployers, incident assignees); bots excluded. */
  participants: string[];
  collectedAt: string;
}
