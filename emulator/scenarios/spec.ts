/**
 * The declarative scenario format. Times are offsets from `now` (`'-72h'`, `'-3d2h'`) or ISO dates;
 * commits are referred to by the `id` an author gives them, and get deterministic shas on load.
 */
import type {
  CheckRun,
  CommitStatus,
  DeploymentStatusState,
  ProjectFieldDataType,
  ReactionContent,
  RepoSettings,
  Role,
  WorkflowRun,
} from '../types.ts';

export interface ScenarioSpec {
  id: string;
  /** The emulator clock starts here; every relative time is resolved against it. */
  now: string;
  users: { login: string; type?: 'User' | 'Bot'; name?: string }[];
  orgs?: {
    login: string;
    teams?: { slug: string; name?: string; members: string[]; maintainers?: string[] }[];
  }[];
  tokens: { token: string; login: string; kind: 'installation' | 'pat'; projects?: boolean }[];
  repos: RepoSpec[];
  projects?: ProjectSpec[];
}

export interface RepoSpec {
  owner: string;
  name: string;
  private?: boolean;
  defaultBranch?: string;
  hasDiscussions?: boolean;
  description?: string;
  createdAt?: string;
  roles: Record<string, Role>;
  settings?: Partial<RepoSettings>;
  /** In history order; each commit's parent defaults to the previous one in this list. */
  commits: CommitSpec[];
  /** Branch name to commit id; the default branch defaults to the last commit. */
  branches?: Record<string, string>;
  tags?: { name: string; commit: string }[];
  releases?: ReleaseSpec[];
  pulls?: PullSpec[];
  environments?: string[];
  deployments?: DeploymentSpec[];
  workflowRuns?: RunSpec[];
  /** Commit statuses external tools posted (commit by id or tag name). */
  commitStatuses?: CommitStatusSpec[];
  /** Check runs from GitHub Apps (commit by id or tag name). */
  checkRuns?: CheckRunSpec[];
  labels?: { name: string; color?: string; description?: string }[];
  milestones?: { title: string; state?: 'open' | 'closed'; dueOn?: string; description?: string }[];
  issues?: IssueSpec[];
  discussionCategories?: {
    name: string;
    slug: string;
    emoji?: string;
    isAnswerable?: boolean;
    description?: string;
  }[];
  discussions?: DiscussionSpec[];
  /** Branch to path to file content. */
  files?: Record<string, Record<string, string>>;
}

export interface CommitSpec {
  id: string;
  message: string;
  author: string;
  at: string;
  parents?: string[];
  /** Paths the commit changes; a pull request's files are those of its commits and merge commit. */
  files?: string[];
}

export interface ReleaseSpec {
  tag: string;
  name?: string;
  body?: string;
  author: string;
  draft?: boolean;
  prerelease?: boolean;
  createdAt: string;
  publishedAt?: string | null;
  reactions?: { content: ReactionContent; user: string }[];
}

export interface PullSpec {
  title: string;
  body?: string;
  author: string;
  base?: string;
  head: string;
  createdAt: string;
  mergedAt?: string;
  closedAt?: string;
  /** Commit ids on the PR branch; the merge commit is what lands on the base branch. */
  commits: string[];
  mergeCommit?: string;
  labels?: string[];
  reviews?: { author: string; state?: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED'; at: string }[];
  additions?: number;
  deletions?: number;
  changedFiles?: number;
}

export interface DeploymentSpec {
  commit: string;
  ref: string;
  environment: string;
  creator: string;
  createdAt: string;
  description?: string;
  statuses: { state: DeploymentStatusState; at: string; description?: string }[];
}

export interface RunSpec {
  name: string;
  path?: string;
  event: string;
  branch: string;
  commit: string;
  createdAt: string;
  durationMinutes?: number;
  status?: WorkflowRun['status'];
  conclusion?: WorkflowRun['conclusion'];
  runAttempt?: number;
  actor?: string;
}

export interface CommitStatusSpec {
  commit: string;
  context: string;
  state: CommitStatus['state'];
  description?: string;
  targetUrl?: string;
  creator: string;
  at: string;
}

export interface CheckRunSpec {
  commit: string;
  name: string;
  app: { slug: string; name: string; owner: string };
  conclusion: CheckRun['conclusion'];
  status?: CheckRun['status'];
  detailsUrl?: string;
  title?: string;
  startedAt: string;
  completedAt?: string;
}

export interface IssueSpec {
  title: string;
  body?: string;
  author: string;
  labels?: string[];
  assignees?: string[];
  milestone?: string;
  createdAt: string;
  closedAt?: string;
  updatedAt?: string;
  stateReason?: 'completed' | 'not_planned';
  comments?: { author: string; body: string; at: string }[];
  reactions?: { content: ReactionContent; user: string }[];
}

export interface DiscussionSpec {
  category: string;
  title: string;
  body: string;
  author: string;
  createdAt: string;
  closed?: boolean;
  reactions?: { content: ReactionContent; user: string }[];
  comments?: {
    author: string;
    body: string;
    at: string;
    replies?: { author: string; body: string; at: string }[];
  }[];
}

export interface ProjectSpec {
  owner: string;
  ownerType: 'Organization' | 'User';
  number: number;
  title: string;
  fields: { name: string; dataType: ProjectFieldDataType; options?: string[]; iterations?: string[] }[];
}

/** Options every scenario accepts. */
export interface ScenarioOptions {
  /** Extra files on the default branch, e.g. `.github/release-retro.yml`. */
  files?: Record<string, string>;
  /** Override the scenario's `now`. */
  now?: string;
}
