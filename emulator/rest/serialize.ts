/**
 * GitHub-shaped JSON for each state type. Fields follow GitHub's OpenAPI response schemas (the OpenAPI
 * test validates them), so code written against the emulator also reads real responses.
 */
import { createHash } from 'node:crypto';
import type { Ctx } from '../http.ts';
import type { EmulatorState } from '../state.ts';
import type {
  Commit,
  Deployment,
  DeploymentStatus,
  Issue,
  IssueComment,
  Label,
  Milestone,
  Pull,
  Reaction,
  Release,
  Repo,
  User,
  WorkflowRun,
} from '../types.ts';

export const WEB = 'https://github.com';

export function serializeUser(
  ctx: Ctx,
  user: User | string | undefined | null,
): Record<string, unknown> | null {
  const u = typeof user === 'string' ? ctx.state.user(user) : user;
  if (!u) return null;
  const api = `${ctx.baseUrl}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: u.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${WEB}/${u.type === 'Bot' ? `apps/${u.login.replace(/\[bot\]$/, '')}` : u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A user that must exist; scenarios may name people who are not users (e.g. a deleted account) — GitHub shows `ghost`. */
function userOrGhost(ctx: Ctx, login: string): Record<string, unknown> {
  return (serializeUser(ctx, login) ??
    serializeUser(ctx, {
      id: 10137,
      nodeId: 'U_ghost',
      login: 'ghost',
      type: 'User',
      name: null,
      createdAt: '',
    })) as Record<string, unknown>;
}

export function serializeRepo(ctx: Ctx, repo: Repo, full = true): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${repo.fullName}`;
  const openIssues = ctx.state.issues.filter((i) => i.repo === repo.fullName && i.state === 'open').length;
  const base: Record<string, unknown> = {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: userOrGhost(ctx, repo.owner),
    html_url: `${WEB}/${repo.fullName}`,
    description: repo.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${repo.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    hooks_url: `${api}/hooks`,
  };
  if (!full) return base;
  return {
    ...base,
    clone_url: `${WEB}/${repo.fullName}.git`,
    mirror_url: null,
    svn_url: `${WEB}/${repo.fullName}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: repo.hasDiscussions,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    network_count: 0,
    subscribers_count: 0,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

export function serializeRelease(ctx: Ctx, r: Release): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${r.repo}/releases/${r.id}`;
  return {
    url: api,
    html_url: `${WEB}/${r.repo}/releases/tag/${r.tagName}`,
    assets_url: `${api}/assets`,
    upload_url: `https://uploads.github.com/repos/${r.repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${ctx.baseUrl}/repos/${r.repo}/tarball/${r.tagName}`,
    zipball_url: `${ctx.baseUrl}/repos/${r.repo}/zipball/${r.tagName}`,
    id: r.id,
    node_id: r.nodeId,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.publishedAt ?? r.createdAt,
    author: userOrGhost(ctx, r.author),
    assets: [],
    reactions: reactionRollup(ctx, 'release', r.id, `${api}/reactions`),
  };
}

const REACTION_KEYS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const;

export function reactionRollup(ctx: Ctx, type: Reaction['subjectType'], id: number, url: string) {
  const mine = ctx.state.reactions.filter((r) => r.subjectType === type && r.subjectId === id);
  const counts = Object.fromEntries(
    REACTION_KEYS.map((k) => [k, mine.filter((r) => r.content === k).length]),
  );
  return { url, total_count: mine.length, ...counts };
}

export function serializeReaction(ctx: Ctx, r: Reaction): Record<string, unknown> {
  return {
    id: r.id,
    node_id: r.nodeId,
    user: serializeUser(ctx, r.user),
    content: r.content,
    created_at: r.createdAt,
  };
}

export function serializeCommit(ctx: Ctx, c: Commit): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${c.repo}`;
  const person = { name: c.authorName, email: c.authorEmail, date: c.authoredDate };
  return {
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 20)}`,
    url: `${api}/commits/${c.sha}`,
    html_url: `${WEB}/${c.repo}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person,
      committer: { name: 'GitHub', email: 'noreply@github.com', date: c.committedDate },
      message: c.message,
      tree: { sha: c.sha.split('').reverse().join(''), url: `${api}/git/trees/${c.sha}` },
      comment_count: 0,
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: c.authorLogin ? serializeUser(ctx, c.authorLogin) : null,
    committer: serializeUser(ctx, 'web-flow') ?? null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${WEB}/${c.repo}/commit/${p}`,
    })),
  };
}

/** The `file-commit` schema's commit: a git commit object (what `PUT …/contents/{path}` answers), not a REST commit. */
export function serializeFileCommit(ctx: Ctx, c: Commit): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${c.repo}`;
  return {
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 20)}`,
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${WEB}/${c.repo}/commit/${c.sha}`,
    author: { name: c.authorName, email: c.authorEmail, date: c.authoredDate },
    committer: { name: c.authorName, email: c.authorEmail, date: c.committedDate },
    message: c.message,
    tree: { sha: c.sha.split('').reverse().join(''), url: `${api}/git/trees/${c.sha}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${WEB}/${c.repo}/commit/${p}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The `files` of "get a commit": each path it changed, as modified with one line added. */
export function serializeCommitFiles(ctx: Ctx, c: Commit): Record<string, unknown>[] {
  const api = `${ctx.baseUrl}/repos/${c.repo}`;
  return (c.files ?? []).map((path) => ({
    sha: createHash('sha1').update(`${c.sha}:${path}`).digest('hex'),
    filename: path,
    status: 'modified',
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `${WEB}/${c.repo}/blob/${c.sha}/${path}`,
    raw_url: `${WEB}/${c.repo}/raw/${c.sha}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${c.sha}`,
  }));
}

export function serializeLabel(ctx: Ctx, l: Label): Record<string, unknown> {
  return {
    id: l.id,
    node_id: l.nodeId,
    url: `${ctx.baseUrl}/repos/${l.repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: [
      'bug',
      'documentation',
      'enhancement',
      'duplicate',
      'good first issue',
      'help wanted',
      'invalid',
      'question',
      'wontfix',
    ].includes(l.name),
    description: l.description,
  };
}

function labelsOf(ctx: Ctx, repo: string, names: string[]) {
  return names
    .map((n) => ctx.state.labels.find((l) => l.repo === repo && l.name.toLowerCase() === n.toLowerCase()))
    .filter((l): l is Label => !!l)
    .map((l) => serializeLabel(ctx, l));
}

export function serializeMilestone(ctx: Ctx, m: Milestone): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${m.repo}/milestones/${m.number}`;
  const issues = ctx.state.issues.filter((i) => i.repo === m.repo && i.milestone === m.number);
  return {
    url: api,
    html_url: `${WEB}/${m.repo}/milestone/${m.number}`,
    labels_url: `${api}/labels`,
    id: m.id,
    node_id: m.nodeId,
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: serializeUser(ctx, m.creator),
    open_issues: issues.filter((i) => i.state === 'open').length,
    closed_issues: issues.filter((i) => i.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: m.closedAt,
    due_on: m.dueOn,
  };
}

function milestoneOf(ctx: Ctx, repo: string, n: number | null) {
  const m = n === null ? undefined : ctx.state.milestones.find((x) => x.repo === repo && x.number === n);
  return m ? serializeMilestone(ctx, m) : null;
}

function association(state: EmulatorState, repoName: string, login: string): string {
  const repo = state.repos.find((r) => r.fullName === repoName);
  if (!repo) return 'NONE';
  if (repo.owner === login) return 'OWNER';
  return state.role(repo, login) ? 'COLLABORATOR' : 'NONE';
}

export function serializeIssue(ctx: Ctx, i: Issue): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${i.repo}/issues/${i.number}`;
  const assignees = i.assignees.map((a) => serializeUser(ctx, a)).filter(Boolean);
  return {
    id: i.id,
    node_id: i.nodeId,
    url: api,
    repository_url: `${ctx.baseUrl}/repos/${i.repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${WEB}/${i.repo}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userOrGhost(ctx, i.author),
    labels: labelsOf(ctx, i.repo, i.labels),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestoneOf(ctx, i.repo, i.milestone),
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.issueComments.filter((c) => c.repo === i.repo && c.issueNumber === i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: association(ctx.state, i.repo, i.author),
    reactions: reactionRollup(ctx, 'issue', i.id, `${api}/reactions`),
  };
}

/** A pull request as the issues API shows it: issue fields plus a `pull_request` key. */
export function serializePullAsIssue(ctx: Ctx, p: Pull): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${p.repo}/issues/${p.number}`;
  const assignees = p.assignees.map((a) => serializeUser(ctx, a)).filter(Boolean);
  return {
    id: p.id,
    node_id: p.nodeId,
    url: api,
    repository_url: `${ctx.baseUrl}/repos/${p.repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${WEB}/${p.repo}/pull/${p.number}`,
    number: p.number,
    state: p.state,
    state_reason: null,
    title: p.title,
    body: p.body,
    user: userOrGhost(ctx, p.author),
    labels: labelsOf(ctx, p.repo, p.labels),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: p.closedAt,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    author_association: association(ctx.state, p.repo, p.author),
    pull_request: {
      url: `${ctx.baseUrl}/repos/${p.repo}/pulls/${p.number}`,
      html_url: `${WEB}/${p.repo}/pull/${p.number}`,
      diff_url: `${WEB}/${p.repo}/pull/${p.number}.diff`,
      patch_url: `${WEB}/${p.repo}/pull/${p.number}.patch`,
      merged_at: p.mergedAt,
    },
  };
}

/** The full `pull-request` schema (one pull request: create, get); lists use the simple form above. */
export function serializeFullPull(ctx: Ctx, p: Pull): Record<string, unknown> {
  return {
    ...serializePull(ctx, p),
    merged: p.mergedAt !== null,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: ctx.state.issueComments.filter((c) => c.repo === p.repo && c.issueNumber === p.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: p.commits.length,
    additions: p.additions,
    deletions: p.deletions,
    changed_files: p.changedFiles,
  };
}

export function serializePull(ctx: Ctx, p: Pull): Record<string, unknown> {
  const repo = ctx.state.repos.find((r) => r.fullName === p.repo) as Repo;
  const api = `${ctx.baseUrl}/repos/${p.repo}/pulls/${p.number}`;
  const html = `${WEB}/${p.repo}/pull/${p.number}`;
  const assignees = p.assignees.map((a) => serializeUser(ctx, a)).filter(Boolean);
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userOrGhost(ctx, repo.owner),
    repo: serializeRepo(ctx, repo),
  });
  return {
    url: api,
    id: p.id,
    node_id: p.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${ctx.baseUrl}/repos/${p.repo}/issues/${p.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${ctx.baseUrl}/repos/${p.repo}/pulls/comments{/number}`,
    comments_url: `${ctx.baseUrl}/repos/${p.repo}/issues/${p.number}/comments`,
    statuses_url: `${ctx.baseUrl}/repos/${p.repo}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userOrGhost(ctx, p.author),
    body: p.body,
    // The pulls schema types a label's description as a string, so a missing one is sent empty.
    labels: labelsOf(ctx, p.repo, p.labels).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branch(p.head, p.headSha),
    base: branch(p.base, ctx.state.resolveSha(p.repo, p.base) ?? p.headSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${ctx.baseUrl}/repos/${p.repo}/issues/${p.number}` },
      comments: { href: `${ctx.baseUrl}/repos/${p.repo}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${ctx.baseUrl}/repos/${p.repo}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${ctx.baseUrl}/repos/${p.repo}/statuses/${p.headSha}` },
    },
    author_association: association(ctx.state, p.repo, p.author),
    auto_merge: null,
    draft: false,
  };
}

export function serializeDeployment(ctx: Ctx, d: Deployment): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${d.repo}/deployments/${d.id}`;
  return {
    url: api,
    id: d.id,
    node_id: d.nodeId,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userOrGhost(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/statuses`,
    repository_url: `${ctx.baseUrl}/repos/${d.repo}`,
    transient_environment: false,
    production_environment: d.environment === 'production',
  };
}

export function serializeDeploymentStatus(
  ctx: Ctx,
  d: Deployment,
  s: DeploymentStatus,
): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${d.repo}/deployments/${d.id}`;
  return {
    url: `${api}/statuses/${s.id}`,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    creator: userOrGhost(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    // GitHub requires a URI here; the deployments page stands in for a real log.
    target_url: `${WEB}/${d.repo}/deployments`,
    log_url: `${WEB}/${d.repo}/deployments`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: api,
    repository_url: `${ctx.baseUrl}/repos/${d.repo}`,
  };
}

/** `repository`: the run's repository as `serializeRepo(ctx, repo, false)` gives it, when the caller has it. */
export function serializeRun(
  ctx: Ctx,
  r: WorkflowRun,
  repository?: Record<string, unknown>,
): Record<string, unknown> {
  const repoJson =
    repository ?? serializeRepo(ctx, ctx.state.repos.find((x) => x.fullName === r.repo) as Repo, false);
  const api = `${ctx.baseUrl}/repos/${r.repo}/actions/runs/${r.id}`;
  const commit = ctx.state.commit(r.headSha);
  const person = { name: commit?.authorName ?? '', email: commit?.authorEmail ?? '' };
  return {
    id: r.id,
    name: r.name,
    node_id: r.nodeId,
    check_suite_id: r.id + 1,
    check_suite_node_id: `CS_${r.id}`,
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: r.path,
    display_title: commit?.message.split('\n')[0] ?? r.name,
    run_number: r.runNumber,
    run_attempt: r.runAttempt,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: api,
    html_url: `${WEB}/${r.repo}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    run_started_at: r.runStartedAt,
    actor: serializeUser(ctx, r.actor),
    triggering_actor: serializeUser(ctx, r.actor),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${ctx.baseUrl}/repos/${r.repo}/check-suites/${r.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: r.runAttempt > 1 ? `${api}/attempts/${r.runAttempt - 1}` : null,
    workflow_url: `${ctx.baseUrl}/repos/${r.repo}/actions/workflows/${r.workflowId}`,
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.sha.split('').reverse().join(''),
          message: commit.message,
          timestamp: commit.committedDate,
          author: person,
          committer: person,
        }
      : null,
    repository: repoJson,
    head_repository: repoJson,
  };
}

export function serializeIssueComment(ctx: Ctx, c: IssueComment): Record<string, unknown> {
  const api = `${ctx.baseUrl}/repos/${c.repo}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: c.nodeId,
    url: api,
    html_url: `${WEB}/${c.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${ctx.baseUrl}/repos/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: userOrGhost(ctx, c.author),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: association(ctx.state, c.repo, c.author),
    reactions: reactionRollup(ctx, 'issueComment', c.id, `${api}/reactions`),
  };
}
