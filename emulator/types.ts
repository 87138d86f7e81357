/**
 * The emulator's state model. Plain data so tests can read (and assert on) exactly what a run did.
 * Repos are referred to by full name (`owner/name`) and users by login, like GitHub's URLs do.
 */

import type { WorkflowPermissions } from '../src/github/workflow-permissions.ts';

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export const ROLE_ORDER: readonly Role[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export interface User {
  id: number;
  nodeId: string;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  createdAt: string;
}

export interface Token {
  token: string;
  login: string;
  /** `installation` behaves like GITHUB_TOKEN: an integration, refused on Projects v2. */
  kind: 'installation' | 'pat';
  /** Whether the token may read and write Projects v2 (a PAT with the `project` scope). */
  projects: boolean;
  /**
   * An installation token's permissions: the workflow's `permissions:` block (everything not listed is `none`).
   * Ignored for PATs, which act with their user's repository role.
   */
  permissions?: WorkflowPermissions;
}

export interface Team {
  org: string;
  slug: string;
  name: string;
  members: { login: string; role: 'member' | 'maintainer' }[];
}

export interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  defaultBranch: string;
  hasDiscussions: boolean;
  description: string | null;
  createdAt: string;
  /** Explicit repository roles by login; the owner is admin implicitly. */
  roles: Record<string, Role>;
  settings: RepoSettings;
  /** Next issue/PR number: they share one sequence like on GitHub. */
  nextNumber: number;
}

/** Repository settings that decide whether the action's writes are accepted. */
export interface RepoSettings {
  /**
   * Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests". Off by default
   * (https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#preventing-github-actions-from-creating-or-approving-pull-requests).
   */
  actionsCanCreatePullRequests: boolean;
  /** Branches whose rules refuse direct writes: classic branch protection or a ruleset requiring pull requests. */
  protectedBranches: { branch: string; by: 'branch-protection' | 'ruleset'; name: string }[];
}

export interface Commit {
  sha: string;
  repo: string;
  message: string;
  authorLogin: string | null;
  authorName: string;
  authorEmail: string;
  authoredDate: string;
  committedDate: string;
  parents: string[];
  /** Paths the commit changed (added or modified), for path-scoped release lines. */
  files?: string[];
}

export interface Ref {
  repo: string;
  /** Fully qualified, e.g. `refs/heads/main`, `refs/tags/v1.0.0`. */
  ref: string;
  sha: string;
}

export interface Release {
  id: number;
  nodeId: string;
  repo: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface Review {
  id: number;
  nodeId: string;
  author: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  submittedAt: string;
}

export interface Pull {
  id: number;
  nodeId: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  base: string;
  head: string;
  headSha: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  commits: string[];
  labels: string[];
  assignees: string[];
  reviews: Review[];
  additions: number;
  deletions: number;
  changedFiles: number;
}

export interface Deployment {
  id: number;
  nodeId: string;
  repo: string;
  sha: string;
  ref: string;
  environment: string;
  creator: string;
  description: string | null;
  task: string;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentStatusState =
  | 'error'
  | 'failure'
  | 'inactive'
  | 'pending'
  | 'success'
  | 'queued'
  | 'in_progress';

export interface DeploymentStatus {
  id: number;
  nodeId: string;
  deploymentId: number;
  state: DeploymentStatusState;
  creator: string;
  description: string;
  environment: string;
  createdAt: string;
}

export interface Environment {
  id: number;
  nodeId: string;
  repo: string;
  name: string;
  createdAt: string;
}

export interface WorkflowRun {
  id: number;
  nodeId: string;
  repo: string;
  name: string;
  path: string;
  workflowId: number;
  runNumber: number;
  runAttempt: number;
  event: string;
  headBranch: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | null;
  actor: string;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
}

/** A commit status posted by an external tool (a canary analysis, an error-budget check). */
export interface CommitStatus {
  id: number;
  nodeId: string;
  repo: string;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

/** A check run reported by a GitHub App. */
export interface CheckRun {
  id: number;
  nodeId: string;
  repo: string;
  headSha: string;
  name: string;
  app: { slug: string; name: string; owner: string };
  status: 'queued' | 'in_progress' | 'completed';
  conclusion:
    | 'success'
    | 'failure'
    | 'neutral'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'action_required'
    | 'stale'
    | null;
  detailsUrl: string | null;
  title: string | null;
  summary: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface Issue {
  id: number;
  nodeId: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  milestone: number | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  repo: string;
  issueNumber: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Label {
  id: number;
  nodeId: string;
  repo: string;
  name: string;
  color: string;
  description: string | null;
}

export interface Milestone {
  id: number;
  nodeId: string;
  repo: string;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  dueOn: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface DiscussionCategory {
  id: number;
  nodeId: string;
  repo: string;
  name: string;
  slug: string;
  emoji: string;
  description: string;
  isAnswerable: boolean;
  createdAt: string;
}

export interface Discussion {
  id: number;
  nodeId: string;
  repo: string;
  number: number;
  categoryId: number;
  title: string;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  closed: boolean;
  closedAt: string | null;
  stateReason: 'RESOLVED' | 'OUTDATED' | 'DUPLICATE' | 'REOPENED' | null;
}

export interface DiscussionComment {
  id: number;
  nodeId: string;
  discussionId: number;
  /** Database id of the top-level comment this replies to; replies are one level deep. */
  replyToId: number | null;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Set when a moderator hid the comment: GitHub's `minimizedReason` (lowercase, e.g. `spam`, `off-topic`),
   * read back as `isMinimized: true`. Moderators do this in the web UI; tests set it on the state.
   */
  minimizedReason?: string | null;
}

/** REST reaction content names; GraphQL's ReactionContent maps onto these. */
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface Reaction {
  id: number;
  nodeId: string;
  subjectType: 'release' | 'issue' | 'issueComment' | 'discussion' | 'discussionComment';
  /** Database id of the subject. */
  subjectId: number;
  content: ReactionContent;
  user: string;
  createdAt: string;
}

export type ProjectFieldDataType = 'TEXT' | 'NUMBER' | 'DATE' | 'SINGLE_SELECT' | 'ITERATION' | 'TITLE';

export interface ProjectField {
  id: number;
  nodeId: string;
  projectId: number;
  name: string;
  dataType: ProjectFieldDataType;
  options: { id: string; name: string; color: string; description: string }[];
  iterations: { id: string; title: string; startDate: string; duration: number }[];
  createdAt: string;
}

export interface Project {
  id: number;
  nodeId: string;
  /** Login of the organization or user that owns the board. */
  owner: string;
  ownerType: 'Organization' | 'User';
  number: number;
  title: string;
  closed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectItem {
  id: number;
  nodeId: string;
  projectId: number;
  contentType: 'Issue' | 'PullRequest';
  /** Database id of the issue or pull request. */
  contentId: number;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectFieldValue {
  itemId: number;
  fieldId: number;
  text?: string;
  number?: number;
  date?: string;
  singleSelectOptionId?: string;
  iterationId?: string;
  updatedAt: string;
}

export interface RepoFile {
  content: string;
  sha: string;
}
