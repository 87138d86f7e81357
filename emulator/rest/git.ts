/** Tags, commits, compare and refs. */
import { requireRole } from '../auth.ts';
import {
  type Ctx,
  created,
  HttpError,
  linkHeader,
  listReply,
  notFound,
  ok,
  type Route,
  repoOf,
  sortBy,
} from '../http.ts';
import type { Commit } from '../types.ts';
import { serializeCommit, serializePull, WEB } from './serialize.ts';

/** Without `page`/`per_page`, compare returns at most this many commits (GitHub's documented cap). */
const COMPARE_UNPAGINATED_MAX = 250;

function compare(ctx: Ctx) {
  const repo = repoOf(ctx);
  const basehead = ctx.params.basehead ?? '';
  const sep = basehead.indexOf('...');
  if (sep < 0) throw notFound();
  const baseRef = basehead.slice(0, sep);
  const headRef = basehead.slice(sep + 3);
  const baseSha = ctx.state.resolveSha(repo.fullName, baseRef);
  const headSha = ctx.state.resolveSha(repo.fullName, headRef);
  if (!baseSha || !headSha) throw notFound();

  const headAnc = ctx.state.ancestors(headSha);
  const baseAnc = ctx.state.ancestors(baseSha);
  const inBase = new Set(baseAnc.map((c) => c.sha));
  const inHead = new Set(headAnc.map((c) => c.sha));
  // `git log base..head`, then oldest first as GitHub returns it.
  const ahead = headAnc.filter((c) => !inBase.has(c.sha)).reverse();
  const behind = baseAnc.filter((c) => !inHead.has(c.sha));
  const mergeBase = headAnc.find((c) => inBase.has(c.sha)) ?? (ctx.state.commit(baseSha) as Commit);
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';

  const paginated = ctx.query.has('page') || ctx.query.has('per_page');
  let commits = ahead.slice(0, COMPARE_UNPAGINATED_MAX);
  let headers: Record<string, string> = {};
  let page = 1;
  if (paginated) {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
    page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    commits = ahead.slice((page - 1) * perPage, page * perPage);
    headers = linkHeader(ctx, page, Math.max(1, Math.ceil(ahead.length / perPage)));
  }
  const api = `${ctx.baseUrl}/repos/${repo.fullName}`;
  return ok(
    {
      url: `${api}/compare/${basehead}`,
      html_url: `${WEB}/${repo.fullName}/compare/${basehead}`,
      permalink_url: `${WEB}/${repo.fullName}/compare/${repo.owner}:${baseSha.slice(0, 7)}...${repo.owner}:${headSha.slice(0, 7)}`,
      diff_url: `${WEB}/${repo.fullName}/compare/${basehead}.diff`,
      patch_url: `${WEB}/${repo.fullName}/compare/${basehead}.patch`,
      base_commit: serializeCommit(ctx, ctx.state.commit(baseSha) as Commit),
      merge_base_commit: serializeCommit(ctx, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: commits.map((c) => serializeCommit(ctx, c)),
      // With pagination GitHub lists changed files on the first page only.
      ...(page === 1 ? { files: [] } : {}),
    },
    headers,
  );
}

function listCommits(ctx: Ctx) {
  const repo = repoOf(ctx);
  const start = ctx.query.get('sha') ?? repo.defaultBranch;
  const sha = ctx.state.resolveSha(repo.fullName, start);
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${start}`);
  const since = ctx.query.get('since');
  const until = ctx.query.get('until');
  const author = ctx.query.get('author');
  const list = ctx.state
    .ancestors(sha)
    .filter(
      (c) =>
        (!since || Date.parse(c.committedDate) >= Date.parse(since)) &&
        (!until || Date.parse(c.committedDate) <= Date.parse(until)) &&
        (!author || c.authorLogin?.toLowerCase() === author.toLowerCase()),
    );
  return listReply(
    ctx,
    sortBy(list, (c) => c.committedDate, 'desc'),
    (c) => serializeCommit(ctx, c),
  );
}

function commitPulls(ctx: Ctx) {
  const repo = repoOf(ctx);
  const sha = ctx.state.resolveSha(repo.fullName, ctx.params.commit_sha ?? '');
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.commit_sha}`);
  const pulls = ctx.state.pulls.filter(
    (p) => p.repo === repo.fullName && (p.mergeCommitSha === sha || p.commits.includes(sha)),
  );
  return listReply(ctx, pulls, (p) => serializePull(ctx, p));
}

function refJson(ctx: Ctx, repo: string, ref: string, sha: string) {
  return {
    ref,
    node_id: `REF_${Buffer.from(`${repo}:${ref}`).toString('base64url')}`,
    url: `${ctx.baseUrl}/repos/${repo}/git/${ref}`,
    object: { type: 'commit', sha, url: `${ctx.baseUrl}/repos/${repo}/git/commits/${sha}` },
  };
}

function createRef(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  const ref = ctx.body.ref;
  const sha = ctx.body.sha;
  if (typeof ref !== 'string' || !/^refs\/(heads|tags)\/.+/.test(ref)) {
    throw new HttpError(422, 'Reference name must start with refs/heads/ or refs/tags/ and be valid');
  }
  if (typeof sha !== 'string' || !ctx.state.commit(sha)) throw new HttpError(422, 'Object does not exist');
  if (ctx.state.refs.some((r) => r.repo === repo.fullName && r.ref === ref)) {
    throw new HttpError(422, 'Reference already exists');
  }
  ctx.state.refs.push({ repo: repo.fullName, ref, sha });
  if (ref.startsWith('refs/heads/')) {
    // Files are tracked per branch: a new branch starts with the files of the branch it was cut from.
    const files = ctx.state.files[repo.fullName] ?? {};
    const from =
      ctx.state.refs
        .find(
          (r) =>
            r.repo === repo.fullName && r.ref.startsWith('refs/heads/') && r.sha === sha && r.ref !== ref,
        )
        ?.ref.slice('refs/heads/'.length) ?? repo.defaultBranch;
    files[ref.slice('refs/heads/'.length)] = structuredClone(files[from] ?? {});
    ctx.state.files[repo.fullName] = files;
  }
  return created(refJson(ctx, repo.fullName, ref, sha));
}

export const gitRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/tags',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      // GitHub lists tags newest tag name first; sorting by the tagged commit's date is close enough here.
      const tags = sortBy(
        ctx.state.refs.filter((r) => r.repo === repo.fullName && r.ref.startsWith('refs/tags/')),
        (r) => ctx.state.commit(r.sha)?.committedDate ?? '',
        'desc',
      );
      return listReply(ctx, tags, (t) => {
        const name = t.ref.slice('refs/tags/'.length);
        return {
          name,
          commit: { sha: t.sha, url: `${ctx.baseUrl}/repos/${repo.fullName}/commits/${t.sha}` },
          zipball_url: `${ctx.baseUrl}/repos/${repo.fullName}/zipball/refs/tags/${name}`,
          tarball_url: `${ctx.baseUrl}/repos/${repo.fullName}/tarball/refs/tags/${name}`,
          node_id: `REF_${Buffer.from(`${repo.fullName}:${t.ref}`).toString('base64url')}`,
        };
      });
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/compare/{basehead}', handler: compare },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits', handler: listCommits },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const sha = ctx.state.resolveSha(repo.fullName, ctx.params.ref ?? '');
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
      return ok(serializeCommit(ctx, ctx.state.commit(sha) as Commit));
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', handler: commitPulls },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/ref/{ref}',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      const ref = `refs/${ctx.params.ref}`;
      const found = ctx.state.refs.find((r) => r.repo === repo.fullName && r.ref === ref);
      if (!found) throw notFound();
      return ok(refJson(ctx, repo.fullName, ref, found.sha));
    },
  },
  { method: 'POST', path: '/repos/{owner}/{repo}/git/refs', handler: createRef },
];
