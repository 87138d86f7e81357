/** Pull requests. */
import { requireRole } from '../auth.ts';
import {
  bodyString,
  type Ctx,
  created,
  HttpError,
  listReply,
  type Route,
  repoOf,
  sortBy,
  validationFailed,
} from '../http.ts';
import type { Pull } from '../types.ts';
import { serializeFullPull, serializePull } from './serialize.ts';

function list(ctx: Ctx) {
  const repo = repoOf(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const base = ctx.query.get('base');
  const head = ctx.query.get('head');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = (ctx.query.get('direction') ?? 'desc') === 'asc' ? 'asc' : 'desc';
  const pulls = ctx.state.pulls.filter(
    (p) =>
      p.repo === repo.fullName &&
      (state === 'all' || p.state === state) &&
      (!base || p.base === base) &&
      // `head` is `user:branch`; the emulator has no forks, so only the branch part matters.
      (!head || p.head === head.slice(head.indexOf(':') + 1)),
  );
  const key = (p: Pull): string | number =>
    sort === 'updated' ? p.updatedAt : sort === 'long-running' ? -Date.parse(p.createdAt) : p.createdAt;
  return listReply(ctx, sortBy(pulls, key, direction), (p) => serializePull(ctx, p));
}

/** GitHub's refusal while "Allow GitHub Actions to create and approve pull requests" is off (the default). */
export const ACTIONS_CANNOT_CREATE_PULLS =
  'GitHub Actions is not permitted to create or approve pull requests.';

function create(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  // The setting applies to GITHUB_TOKEN (an installation acting as github-actions[bot]), not to PATs or Apps.
  if (ctx.token.kind === 'installation' && !repo.settings.actionsCanCreatePullRequests)
    throw new HttpError(403, ACTIONS_CANNOT_CREATE_PULLS);
  const title = bodyString(ctx, 'title', true) as string;
  const head = bodyString(ctx, 'head', true) as string;
  const base = bodyString(ctx, 'base', true) as string;
  const headBranch = head.slice(head.indexOf(':') + 1);
  const headSha = ctx.state.resolveSha(repo.fullName, `refs/heads/${headBranch}`);
  const baseSha = ctx.state.resolveSha(repo.fullName, `refs/heads/${base}`);
  if (!headSha) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  const inBase = new Set(ctx.state.ancestors(baseSha).map((c) => c.sha));
  const commits = ctx.state
    .ancestors(headSha)
    .filter((c) => !inBase.has(c.sha))
    .map((c) => c.sha)
    .reverse();
  if (commits.length === 0) {
    throw validationFailed([
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headBranch}` },
    ]);
  }
  const existing = ctx.state.pulls.find(
    (p) => p.repo === repo.fullName && p.state === 'open' && p.head === headBranch && p.base === base,
  );
  if (existing) {
    throw validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner}:${headBranch}.`,
      },
    ]);
  }
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const pull: Pull = {
    id,
    nodeId: ctx.state.nodeId('pull', id),
    repo: repo.fullName,
    number: repo.nextNumber++,
    title,
    body: bodyString(ctx, 'body') ?? null,
    author: ctx.viewer.login,
    state: 'open',
    base,
    head: headBranch,
    headSha,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    mergedAt: null,
    mergeCommitSha: null,
    commits,
    labels: [],
    assignees: [],
    reviews: [],
    additions: 0,
    deletions: 0,
    changedFiles: 0,
  };
  ctx.state.pulls.push(pull);
  return created(serializeFullPull(ctx, pull));
}

export const pullRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls', handler: list },
  { method: 'POST', path: '/repos/{owner}/{repo}/pulls', handler: create },
];
