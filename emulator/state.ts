import { createHash } from 'node:crypto';
import type {
  CheckRun,
  Commit,
  CommitStatus,
  Deployment,
  DeploymentStatus,
  Discussion,
  DiscussionCategory,
  DiscussionComment,
  Environment,
  Issue,
  IssueComment,
  Label,
  Milestone,
  Project,
  ProjectField,
  ProjectFieldValue,
  ProjectItem,
  Pull,
  Reaction,
  Ref,
  Release,
  Repo,
  RepoFile,
  Role,
  Team,
  Token,
  User,
  WorkflowRun,
} from './types.ts';
import { ROLE_ORDER } from './types.ts';

/** Node id prefixes, close to GitHub's so a reader recognises the type at a glance. */
export const NODE_PREFIX = {
  user: 'U',
  bot: 'BOT',
  org: 'O',
  repo: 'R',
  release: 'RE',
  pull: 'PR',
  review: 'PRR',
  deployment: 'DE',
  deploymentStatus: 'DES',
  environment: 'EN',
  run: 'WFR',
  commitStatus: 'SC',
  checkRun: 'CR',
  issue: 'I',
  issueComment: 'IC',
  label: 'LA',
  milestone: 'MI',
  category: 'DIC',
  discussion: 'D',
  discussionComment: 'DC',
  reaction: 'REA',
  project: 'PVT',
  projectField: 'PVTF',
  projectItem: 'PVTI',
} as const;
export type NodeKind = keyof typeof NODE_PREFIX;

/**
 * All the emulator knows. Arrays are public and typed so tests can assert on what a run wrote;
 * the few indexes exist only where a benchmark-sized scenario would otherwise be quadratic.
 */
export class EmulatorState {
  users: User[] = [];
  tokens: Token[] = [];
  teams: Team[] = [];
  repos: Repo[] = [];
  commits: Commit[] = [];
  refs: Ref[] = [];
  releases: Release[] = [];
  pulls: Pull[] = [];
  deployments: Deployment[] = [];
  deploymentStatuses: DeploymentStatus[] = [];
  environments: Environment[] = [];
  workflowRuns: WorkflowRun[] = [];
  commitStatuses: CommitStatus[] = [];
  checkRuns: CheckRun[] = [];
  issues: Issue[] = [];
  issueComments: IssueComment[] = [];
  labels: Label[] = [];
  milestones: Milestone[] = [];
  discussionCategories: DiscussionCategory[] = [];
  discussions: Discussion[] = [];
  discussionComments: DiscussionComment[] = [];
  reactions: Reaction[] = [];
  projects: Project[] = [];
  projectFields: ProjectField[] = [];
  projectItems: ProjectItem[] = [];
  projectFieldValues: ProjectFieldValue[] = [];
  /** Files by repo full name, then branch, then path. */
  files: Record<string, Record<string, Record<string, RepoFile>>> = {};

  #nextId = 1000;
  #commitIndex = new Map<string, Commit>();
  #ancestorCache = new Map<string, Commit[]>();
  #compareCache = new Map<string, Comparison>();
  #userIndex = new Map<string, User>();
  #usersIndexed: User[] | null = null;
  #usersIndexedLength = 0;

  /** One database-id sequence for everything keeps ids unique across types, which GitHub also does per type. */
  nextId(): number {
    this.#nextId += 1;
    return this.#nextId;
  }

  nodeId(kind: NodeKind, id: number): string {
    return `${NODE_PREFIX[kind]}_${id}`;
  }

  addCommit(commit: Commit): Commit {
    this.commits.push(commit);
    this.#commitIndex.set(commit.sha, commit);
    return commit;
  }

  commit(sha: string): Commit | undefined {
    return this.#commitIndex.get(sha);
  }

  user(login: string): User | undefined {
    const lower = login.toLowerCase();
    // Indexed (every serialised commit, pull request and review names people); rebuilt when users are
    // added or the array is replaced, and a hit is checked, so the answer is always the linear scan's.
    if (this.#usersIndexed !== this.users || this.#usersIndexedLength !== this.users.length) {
      this.#userIndex = new Map();
      for (const u of this.users) {
        const key = u.login.toLowerCase();
        if (!this.#userIndex.has(key)) this.#userIndex.set(key, u);
      }
      this.#usersIndexed = this.users;
      this.#usersIndexedLength = this.users.length;
    }
    const hit = this.#userIndex.get(lower);
    if (hit && hit.login.toLowerCase() === lower) return hit;
    return this.users.find((u) => u.login.toLowerCase() === lower);
  }

  repo(owner: string, name: string): Repo | undefined {
    const full = `${owner}/${name}`.toLowerCase();
    return this.repos.find((r) => r.fullName.toLowerCase() === full);
  }

  /** The role a login holds on a repo, or null. Org owners are not modelled: roles are explicit. */
  role(repo: Repo, login: string): Role | null {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin';
    const entry = Object.entries(repo.roles).find(([l]) => l.toLowerCase() === login.toLowerCase());
    return entry ? entry[1] : null;
  }

  hasRole(repo: Repo, login: string, needed: Role): boolean {
    const role = this.role(repo, login);
    return role !== null && ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(needed);
  }

  /** Resolves a branch name, tag name, fully qualified ref or (abbreviated) sha to a commit sha. */
  resolveSha(repo: string, refish: string): string | undefined {
    const refs = this.refs.filter((r) => r.repo === repo);
    const exact = refs.find((r) => r.ref === refish || r.ref === `refs/heads/${refish}`);
    if (exact) return exact.sha;
    const tag = refs.find((r) => r.ref === `refs/tags/${refish}`);
    if (tag) return tag.sha;
    if (/^[0-9a-f]{7,40}$/.test(refish)) {
      const full = this.commit(refish);
      if (full && full.repo === repo) return full.sha;
      if (refish.length < 40)
        return this.commits.find((c) => c.repo === repo && c.sha.startsWith(refish))?.sha;
    }
    return undefined;
  }

  /**
   * All ancestors of a commit including itself, newest first, following first parents before others.
   * Cached: commits never change once added, so neither does their history. Callers must not mutate it.
   */
  ancestors(sha: string): readonly Commit[] {
    const cached = this.#ancestorCache.get(sha);
    if (cached) return cached;
    const out: Commit[] = [];
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      const commit = this.commit(next);
      if (!commit) continue;
      out.push(commit);
      for (let i = commit.parents.length - 1; i >= 0; i -= 1) stack.push(commit.parents[i] as string);
    }
    // Only complete histories are cached: a commit whose parent is not loaded yet could gain ancestors.
    if (out.every((c) => c.parents.every((p) => this.#commitIndex.has(p)))) this.#ancestorCache.set(sha, out);
    return out;
  }

  /**
   * `git log base..head` and its counterpart, as the compare API reports them. Cached per sha pair: a compare
   * is paged, and every page would otherwise walk both histories again (25,000 commits at the benchmark's
   * largest size). Commits are immutable, so a pair's result never changes once both histories are complete.
   */
  compare(baseSha: string, headSha: string): Comparison {
    const key = `${baseSha}...${headSha}`;
    const cached = this.#compareCache.get(key);
    if (cached) return cached;
    const headAnc = this.ancestors(headSha);
    const baseAnc = this.ancestors(baseSha);
    const inBase = new Set(baseAnc.map((c) => c.sha));
    const inHead = new Set(headAnc.map((c) => c.sha));
    const result: Comparison = {
      // Oldest first, as GitHub returns them.
      ahead: headAnc.filter((c) => !inBase.has(c.sha)).reverse(),
      behindBy: baseAnc.reduce((n, c) => (inHead.has(c.sha) ? n : n + 1), 0),
      mergeBase: headAnc.find((c) => inBase.has(c.sha)) ?? this.commit(baseSha),
    };
    if (this.#ancestorCache.has(baseSha) && this.#ancestorCache.has(headSha))
      this.#compareCache.set(key, result);
    return result;
  }
}

/** What `EmulatorState.compare` returns; shared, so callers must not mutate it. */
export interface Comparison {
  /** Commits reachable from head but not from base, oldest first. */
  readonly ahead: readonly Commit[];
  /** How many commits are reachable from base but not from head. */
  readonly behindBy: number;
  /** The newest common ancestor (the base commit itself when the histories share none). */
  readonly mergeBase: Commit | undefined;
}

/** Deterministic 40-hex sha, so scenarios produce the same ids on every run. */
export function fakeSha(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

/** Git's blob sha for a file's content, so `sha` round-trips like GitHub's contents API. */
export function blobSha(content: string): string {
  const buf = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** GitHub's noreply address for a login; `[bot]` is dropped so the address stays a valid email. */
export function noreplyEmail(login: string): string {
  return `${login.replace(/\[bot\]$/, '')}@users.noreply.github.com`;
}
