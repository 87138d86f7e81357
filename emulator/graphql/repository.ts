/** Repository and what hangs off it in the action's queries: refs, commits, PRs, deployments, issues, milestones. */
import { canRead } from '../auth.ts';
import { WEB } from '../rest/serialize.ts';
import type { Commit, Deployment, Issue, Milestone, Pull, Repo } from '../types.ts';
import { actorView, authorAssociation, labelConnection, labelView, reactionGroups } from './common.ts';
import { connection, type GqlCtx, notFound, ordered, type PageArgs, type View } from './context.ts';
import { categoryView, discussionConnection, discussionView } from './discussions.ts';

export function findRepo(ctx: GqlCtx, owner: string, name: string): Repo {
  const repo = ctx.state.repo(owner, name);
  if (!repo || !canRead(ctx.state, ctx.viewer, repo)) {
    throw notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
  }
  return repo;
}

export function repoView(ctx: GqlCtx, repo: Repo): View {
  const s = ctx.state;
  const mine = <T extends { repo: string }>(list: T[]) => list.filter((x) => x.repo === repo.fullName);
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: actorView(ctx, repo.owner),
    url: `${WEB}/${repo.fullName}`,
    description: repo.description,
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    isArchived: false,
    createdAt: repo.createdAt,
    hasDiscussionsEnabled: repo.hasDiscussions,
    hasIssuesEnabled: true,
    hasProjectsEnabled: true,
    viewerPermission: () => {
      const role = s.role(repo, ctx.viewer.login);
      return role ? role.toUpperCase() : repo.private ? null : 'READ';
    },
    defaultBranchRef: () => refView(ctx, repo, `refs/heads/${repo.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      const q = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
      const alt = qualifiedName.startsWith('refs/') ? q : `refs/tags/${qualifiedName}`;
      return refView(ctx, repo, q) ?? refView(ctx, repo, alt);
    },
    refs: (
      args: PageArgs & {
        refPrefix: string;
        query?: string;
        direction?: string;
        orderBy?: { field: string; direction: string };
      },
    ) => {
      const list = s.refs.filter(
        (r) =>
          r.repo === repo.fullName &&
          r.ref.startsWith(args.refPrefix) &&
          (!args.query || r.ref.includes(args.query)),
      );
      const sorted = ordered(
        list,
        args.orderBy,
        {
          ALPHABETICAL: (r) => r.ref,
          TAG_COMMIT_DATE: (r) => s.commit(r.sha)?.committedDate ?? '',
        },
        { field: 'ALPHABETICAL', direction: args.direction === 'DESC' ? 'DESC' : 'ASC' },
      );
      return connection(sorted, args, (r) => refView(ctx, repo, r.ref));
    },
    object: ({ oid, expression }: { oid?: string; expression?: string }) => {
      const sha = s.resolveSha(repo.fullName, oid ?? expression ?? '');
      const c = sha ? s.commit(sha) : undefined;
      return c ? commitView(ctx, c) : null;
    },
    discussionCategories: (args: PageArgs) =>
      connection(mine(s.discussionCategories), args, (c) => categoryView(ctx, c)),
    discussionCategory: ({ slug }: { slug: string }) => {
      const c = mine(s.discussionCategories).find((x) => x.slug === slug);
      return c ? categoryView(ctx, c) : null;
    },
    discussion: ({ number }: { number: number }) => {
      const d = s.discussions.find((x) => x.repo === repo.fullName && x.number === number);
      if (!d) throw notFound(`Could not resolve to a Discussion with the number of ${number}.`);
      return discussionView(ctx, d);
    },
    discussions: (args: Parameters<typeof discussionConnection>[2]) => discussionConnection(ctx, repo, args),
    pullRequests: (
      args: PageArgs & {
        states?: string[];
        baseRefName?: string;
        headRefName?: string;
        labels?: string[];
        orderBy?: { field: string; direction: string };
      },
    ) => {
      const list = mine(s.pulls).filter(
        (p) =>
          (!args.states?.length || args.states.includes(pullState(p))) &&
          (!args.baseRefName || p.base === args.baseRefName) &&
          (!args.headRefName || p.head === args.headRefName) &&
          (!args.labels?.length || args.labels.some((l) => p.labels.includes(l))),
      );
      const sorted = ordered(
        list,
        args.orderBy,
        { CREATED_AT: (p) => p.createdAt, UPDATED_AT: (p) => p.updatedAt },
        { field: 'CREATED_AT', direction: 'ASC' },
      );
      return connection(sorted, args, (p) => pullView(ctx, p));
    },
    pullRequest: ({ number }: { number: number }) => {
      const p = mine(s.pulls).find((x) => x.number === number);
      if (!p) throw notFound(`Could not resolve to a PullRequest with the number of ${number}.`);
      return pullView(ctx, p);
    },
    deployments: (
      args: PageArgs & { environments?: string[]; orderBy?: { field: string; direction: string } },
    ) => {
      const list = mine(s.deployments).filter(
        (d) => !args.environments || args.environments.includes(d.environment),
      );
      const sorted = ordered(
        list,
        args.orderBy,
        { CREATED_AT: (d) => `${d.createdAt}${String(d.id).padStart(12, '0')}` },
        { field: 'CREATED_AT', direction: 'ASC' },
      );
      return connection(sorted, args, (d) => deploymentView(ctx, d));
    },
    environment: ({ name }: { name: string }) => {
      const e = mine(s.environments).find((x) => x.name === name);
      return e
        ? { __typename: 'Environment', id: e.nodeId, databaseId: e.id, name: e.name, isPinned: false }
        : null;
    },
    environments: (args: PageArgs & { names?: string[] }) =>
      connection(
        mine(s.environments).filter((e) => !args.names?.length || args.names.includes(e.name)),
        args,
        (e) => ({
          __typename: 'Environment',
          id: e.nodeId,
          databaseId: e.id,
          name: e.name,
          isPinned: false,
        }),
      ),
    issues: (
      args: PageArgs & {
        labels?: string[];
        states?: string[];
        filterBy?: {
          since?: string;
          createdBy?: string;
          assignee?: string;
          labels?: string[];
          states?: string[];
          milestoneNumber?: string;
        };
        orderBy?: { field: string; direction: string };
      },
    ) => {
      const f = args.filterBy ?? {};
      const states = args.states ?? f.states;
      // `labels` (top level or in filterBy) matches issues with *any* of the labels, as GitHub's GraphQL does.
      const labels = args.labels ?? f.labels;
      const list = mine(s.issues).filter(
        (i) =>
          (!states?.length || states.includes(i.state.toUpperCase())) &&
          (!labels?.length ||
            labels.some((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase()))) &&
          (!f.since || Date.parse(i.updatedAt) >= Date.parse(f.since)) &&
          (!f.createdBy || i.author === f.createdBy) &&
          (!f.assignee || i.assignees.includes(f.assignee)) &&
          (!f.milestoneNumber || String(i.milestone) === f.milestoneNumber),
      );
      const sorted = ordered(
        list,
        args.orderBy,
        { CREATED_AT: (i) => i.createdAt, UPDATED_AT: (i) => i.updatedAt },
        { field: 'CREATED_AT', direction: 'ASC' },
      );
      return connection(sorted, args, (i) => issueView(ctx, i));
    },
    issue: ({ number }: { number: number }) => {
      const i = mine(s.issues).find((x) => x.number === number);
      if (!i) throw notFound(`Could not resolve to an Issue with the number of ${number}.`);
      return issueView(ctx, i);
    },
    milestones: (
      args: PageArgs & { states?: string[]; query?: string; orderBy?: { field: string; direction: string } },
    ) => {
      const list = mine(s.milestones).filter(
        (m) =>
          (!args.states?.length || args.states.includes(m.state.toUpperCase())) &&
          (!args.query || m.title.toLowerCase().includes(args.query.toLowerCase())),
      );
      const sorted = ordered(
        list,
        args.orderBy,
        { NUMBER: (m) => m.number, DUE_DATE: (m) => m.dueOn ?? '9999', CREATED_AT: (m) => m.createdAt },
        { field: 'NUMBER', direction: 'ASC' },
      );
      return connection(sorted, args, (m) => milestoneView(ctx, m));
    },
    milestone: ({ number }: { number: number }) => {
      const m = mine(s.milestones).find((x) => x.number === number);
      return m ? milestoneView(ctx, m) : null;
    },
    labels: (args: PageArgs & { query?: string }) =>
      connection(
        mine(s.labels).filter((l) => !args.query || l.name.toLowerCase().includes(args.query.toLowerCase())),
        args,
        (l) => labelView(ctx, l),
      ),
    label: ({ name }: { name: string }) => {
      const l = mine(s.labels).find((x) => x.name.toLowerCase() === name.toLowerCase());
      return l ? labelView(ctx, l) : null;
    },
  };
}

function refView(ctx: GqlCtx, repo: Repo, qualified: string): View | null {
  const ref = ctx.state.refs.find((r) => r.repo === repo.fullName && r.ref === qualified);
  if (!ref) return null;
  const commit = ctx.state.commit(ref.sha);
  const parts = /^(refs\/(?:heads|tags)\/)(.+)$/.exec(ref.ref);
  return {
    __typename: 'Ref',
    id: `REF_${Buffer.from(`${repo.fullName}:${ref.ref}`).toString('base64url')}`,
    name: parts?.[2] ?? ref.ref,
    prefix: parts?.[1] ?? 'refs/',
    target: commit ? commitView(ctx, commit) : null,
    repository: () => repoView(ctx, repo),
  };
}

/**
 * The commit dates of a history (as `state.ancestors` caches it), in ms, parsed once per history: a query of 40
 * history windows filters a 30,000-commit history 40 times, and parsing every date each time made one such
 * query take a second of the emulator's single thread.
 */
const historyTimes = new WeakMap<readonly Commit[], Float64Array>();
function committedTimes(history: readonly Commit[]): Float64Array {
  let times = historyTimes.get(history);
  if (!times) {
    times = Float64Array.from(history, (c) => Date.parse(c.committedDate));
    historyTimes.set(history, times);
  }
  return times;
}

type HistoryArgs = PageArgs & { since?: string; until?: string; author?: { id?: string; emails?: string[] } };

/**
 * A commit as GraphQL sees it. A class, not an object of closures: a query of history windows returns 4,000
 * commits, and building a dozen functions for each was most of the emulator's time and garbage on it. Fields
 * that compute are methods or getters, resolved only when a query selects them (graphql-js calls a function
 * property with the field's arguments).
 */
class CommitView {
  readonly __typename = 'Commit';
  readonly pushedDate = null;
  constructor(
    private readonly ctx: GqlCtx,
    private readonly c: Commit,
  ) {}
  get id() {
    return `C_${this.c.sha.slice(0, 20)}`;
  }
  get oid() {
    return this.c.sha;
  }
  get abbreviatedOid() {
    return this.c.sha.slice(0, 7);
  }
  get message() {
    return this.c.message;
  }
  get authoredDate() {
    return this.c.authoredDate;
  }
  get committedDate() {
    return this.c.committedDate;
  }
  get url() {
    return `${WEB}/${this.c.repo}/commit/${this.c.sha}`;
  }
  messageHeadline() {
    return this.c.message.split('\n', 1)[0] ?? '';
  }
  messageBody() {
    return this.c.message.split('\n').slice(1).join('\n').trim();
  }
  author() {
    return this.person(this.c.authoredDate);
  }
  committer() {
    return this.person(this.c.committedDate);
  }
  /** `GitActor.user`: the User account of the commit's email; null when there is none, and for an app's bot, which is not a User. */
  private person(date: string) {
    const account = this.c.authorLogin ? this.ctx.state.user(this.c.authorLogin) : undefined;
    return {
      __typename: 'GitActor',
      name: this.c.authorName,
      email: this.c.authorEmail,
      date,
      user: account && account.type === 'User' ? actorView(this.ctx, account.login) : null,
    };
  }
  parents(args: PageArgs) {
    const { ctx } = this;
    return connection(
      this.c.parents.map((p) => ctx.state.commit(p)).filter((x): x is Commit => !!x),
      args,
      (p) => commitView(ctx, p),
    );
  }
  history(args: HistoryArgs) {
    const since = args.since ? Date.parse(args.since) : Number.NEGATIVE_INFINITY;
    const until = args.until ? Date.parse(args.until) : Number.POSITIVE_INFINITY;
    const history = this.ctx.state.ancestors(this.c.sha);
    const times = committedTimes(history);
    const list: Commit[] = [];
    for (let i = 0; i < history.length; i += 1) {
      const at = times[i] as number;
      if (at >= since && at <= until) list.push(history[i] as Commit);
    }
    return connection(list, args, (x) => commitView(this.ctx, x));
  }
  associatedPullRequests(args: PageArgs) {
    const { ctx, c } = this;
    return connection(
      ctx.state.pulls.filter(
        (p) => p.repo === c.repo && (p.mergeCommitSha === c.sha || p.commits.includes(c.sha)),
      ),
      args,
      (p) => pullView(ctx, p),
    );
  }
}

export function commitView(ctx: GqlCtx, c: Commit): View {
  return new CommitView(ctx, c) as unknown as View;
}

function pullState(p: Pull): string {
  return p.mergedAt ? 'MERGED' : p.state === 'open' ? 'OPEN' : 'CLOSED';
}

export function pullView(ctx: GqlCtx, p: Pull): View {
  const repo = () => ctx.state.repos.find((r) => r.fullName === p.repo) as Repo;
  // Fields that look things up are functions, resolved only when a query selects them.
  return {
    __typename: 'PullRequest',
    id: p.nodeId,
    databaseId: p.id,
    number: p.number,
    title: p.title,
    body: p.body ?? '',
    url: `${WEB}/${p.repo}/pull/${p.number}`,
    state: pullState(p),
    merged: p.mergedAt !== null,
    isDraft: false,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    closedAt: p.closedAt,
    mergedAt: p.mergedAt,
    additions: p.additions,
    deletions: p.deletions,
    changedFiles: p.changedFiles,
    baseRefName: p.base,
    headRefName: p.head,
    headRefOid: p.headSha,
    author: () => actorView(ctx, p.author),
    authorAssociation: () => authorAssociation(ctx.state, repo(), p.author),
    labels: labelConnection(ctx, p.repo, p.labels),
    assignees: (args: PageArgs) => connection(p.assignees, args, (a) => actorView(ctx, a)),
    repository: () => repoView(ctx, repo()),
    mergeCommit: () => {
      const mergeCommit = p.mergeCommitSha ? ctx.state.commit(p.mergeCommitSha) : undefined;
      return mergeCommit ? commitView(ctx, mergeCommit) : null;
    },
    reviews: (args: PageArgs & { states?: string[] }) =>
      connection(
        p.reviews.filter((r) => !args.states || args.states.includes(r.state)),
        args,
        (r) => ({
          __typename: 'PullRequestReview',
          id: r.nodeId,
          databaseId: r.id,
          state: r.state,
          submittedAt: r.submittedAt,
          createdAt: r.submittedAt,
          author: () => actorView(ctx, r.author),
        }),
      ),
    commits: (args: PageArgs) =>
      connection(
        p.commits.map((sha) => ctx.state.commit(sha)).filter((c): c is Commit => !!c),
        args,
        (c) => ({
          __typename: 'PullRequestCommit',
          id: `PRC_${p.id}_${c.sha.slice(0, 8)}`,
          commit: commitView(ctx, c),
          url: `${WEB}/${p.repo}/pull/${p.number}/commits/${c.sha}`,
        }),
      ),
    // The pull request's diff: every path its commits (and its merge commit, for a squash) changed.
    files: (args: PageArgs) => {
      const shas = [...p.commits, ...(p.mergeCommitSha ? [p.mergeCommitSha] : [])];
      const paths = [...new Set(shas.flatMap((sha) => ctx.state.commit(sha)?.files ?? []))].sort();
      return connection(paths, args, (path) => ({
        __typename: 'PullRequestChangedFile',
        path,
        additions: 1,
        deletions: 0,
        changeType: 'MODIFIED',
      }));
    },
    reactionGroups: () => reactionGroups(ctx, 'issue', p.id),
  };
}

export function deploymentView(ctx: GqlCtx, d: Deployment): View {
  const statuses = ctx.state.deploymentStatuses.filter((s) => s.deploymentId === d.id);
  // GitHub lists a deployment's statuses newest first.
  const newestFirst = [...statuses].sort((a, b) => b.id - a.id);
  const statusView = (st: (typeof statuses)[number]) => ({
    __typename: 'DeploymentStatus',
    id: st.nodeId,
    state: st.state.toUpperCase(),
    description: st.description,
    createdAt: st.createdAt,
    updatedAt: st.createdAt,
    creator: () => actorView(ctx, st.creator),
    environment: st.environment,
    logUrl: null,
    environmentUrl: null,
  });
  const latest = newestFirst[0];
  return {
    __typename: 'Deployment',
    id: d.nodeId,
    databaseId: d.id,
    environment: d.environment,
    originalEnvironment: d.environment,
    latestEnvironment: d.environment,
    commitOid: d.sha,
    commit: () => {
      const commit = ctx.state.commit(d.sha);
      return commit ? commitView(ctx, commit) : null;
    },
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    description: d.description,
    task: d.task,
    payload: '{}',
    creator: () => actorView(ctx, d.creator),
    state: latest ? latest.state.toUpperCase().replace('SUCCESS', 'ACTIVE') : 'PENDING',
    latestStatus: latest ? statusView(latest) : null,
    statuses: (args: PageArgs) => connection(newestFirst, args, statusView),
    ref: () => {
      const qualified = ctx.state.refs.find(
        (r) => r.repo === d.repo && (r.ref === `refs/heads/${d.ref}` || r.ref === `refs/tags/${d.ref}`),
      );
      return qualified
        ? {
            __typename: 'Ref',
            id: `REF_${qualified.ref}`,
            name: d.ref,
            prefix: qualified.ref.slice(0, -d.ref.length),
          }
        : null;
    },
  };
}

export function issueView(ctx: GqlCtx, i: Issue): View {
  const repo = () => ctx.state.repos.find((r) => r.fullName === i.repo) as Repo;
  // Fields that look things up are functions, resolved only when a query selects them.
  return {
    __typename: 'Issue',
    id: i.nodeId,
    databaseId: i.id,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    url: `${WEB}/${i.repo}/issues/${i.number}`,
    state: i.state.toUpperCase(),
    stateReason: i.stateReason ? i.stateReason.toUpperCase() : null,
    closed: i.state === 'closed',
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    closedAt: i.closedAt,
    author: () => actorView(ctx, i.author),
    authorAssociation: () => authorAssociation(ctx.state, repo(), i.author),
    labels: labelConnection(ctx, i.repo, i.labels),
    assignees: (args: PageArgs) => connection(i.assignees, args, (a) => actorView(ctx, a)),
    milestone: () => {
      const milestone =
        i.milestone === null
          ? undefined
          : ctx.state.milestones.find((m) => m.repo === i.repo && m.number === i.milestone);
      return milestone ? milestoneView(ctx, milestone) : null;
    },
    repository: () => repoView(ctx, repo()),
    reactionGroups: () => reactionGroups(ctx, 'issue', i.id),
    comments: (args: PageArgs) =>
      connection(
        ctx.state.issueComments.filter((c) => c.repo === i.repo && c.issueNumber === i.number),
        args,
        (c) => ({
          __typename: 'IssueComment',
          id: c.nodeId,
          databaseId: c.id,
          body: c.body,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
          author: actorView(ctx, c.author),
          url: `${WEB}/${c.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
        }),
      ),
  };
}

export function milestoneView(ctx: GqlCtx, m: Milestone): View {
  return {
    __typename: 'Milestone',
    id: m.nodeId,
    number: m.number,
    title: m.title,
    description: m.description,
    dueOn: m.dueOn,
    state: m.state.toUpperCase(),
    closed: m.state === 'closed',
    closedAt: m.closedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    url: `${WEB}/${m.repo}/milestone/${m.number}`,
    creator: actorView(ctx, m.creator),
  };
}
