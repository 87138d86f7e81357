/** Tags, commits, compare and refs. */
import { requireRole } from '../auth.ts';
import {
  type Ctx,
  created,
  HttpError,
  JsonText,
  linkHeader,
  listReply,
  notFound,
  ok,
  type Route,
  repoOf,
  sortBy,
} from '../http.ts';
import type { Commit } from '../types.ts';
import { serializeCommit, serializeCommitFiles, serializePull, WEB } from './serialize.ts';

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

  const { ahead, behindBy, mergeBase } = ctx.state.compare(baseSha, headSha);
  const status =
    ahead.length === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';

  const paginated = ctx.query.has('page') || ctx.query.has('per_page');
  let commits = ahead.slice(0, COMPARE_UNPAGINATED_MAX);
  let headers: Record<string, string> = {};
  let page = 1;
  let perPage = 0;
  if (paginated) {
    perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
    page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    commits = ahead.slice((page - 1) * perPage, page * perPage);
    headers = linkHeader(ctx, page, Math.max(1, Math.ceil(ahead.length / perPage)));
  }
  // A page's body depends only on immutable commits (and on which of the users they name exist), so it is
  // built once: a client pages through thousands of commits, and rebuilding 100 commit objects (~210 kB of
  // JSON) on every page was most of the emulator's time per request.
  const key = `${ctx.baseUrl} ${basehead} ${baseSha} ${headSha} ${page} ${perPage}`;
  const body = comparePages.get(ctx.state, key, () => {
    const api = `${ctx.baseUrl}/repos/${repo.fullName}`;
    return {
      url: `${api}/compare/${basehead}`,
      html_url: `${WEB}/${repo.fullName}/compare/${basehead}`,
      permalink_url: `${WEB}/${repo.fullName}/compare/${repo.owner}:${baseSha.slice(0, 7)}...${repo.owner}:${headSha.slice(0, 7)}`,
      diff_url: `${WEB}/${repo.fullName}/compare/${basehead}.diff`,
      patch_url: `${WEB}/${repo.fullName}/compare/${basehead}.patch`,
      base_commit: serializeCommit(ctx, ctx.state.commit(baseSha) as Commit),
      merge_base_commit: serializeCommit(ctx, mergeBase ?? (ctx.state.commit(baseSha) as Commit)),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: commits.map((c) => serializeCommit(ctx, c)),
      // With pagination GitHub lists changed files on the first page only.
      ...(page === 1 ? { files: [] } : {}),
    };
  });
  return ok(body, headers);
}

/**
 * Serialised compare pages by state and key. An entry is reused while the number of users is unchanged (a
 * commit's author is serialised as null until that user exists; users are only ever added). Bounded in bytes.
 */
class PageCache {
  #pages = new WeakMap<object, Map<string, { users: number; body: JsonText }>>();
  #bytes = new WeakMap<object, number>();
  static readonly MAX_BYTES = 256 * 1024 * 1024;

  get(state: Ctx['state'], key: string, build: () => unknown): JsonText {
    let pages = this.#pages.get(state);
    if (!pages) {
      pages = new Map();
      this.#pages.set(state, pages);
    }
    const users = state.users.length;
    const hit = pages.get(key);
    if (hit && hit.users === users) return hit.body;
    const value = build();
    const commits = (value as { commits?: unknown[] }).commits;
    const body = new JsonText(
      Buffer.from(JSON.stringify(value)),
      Array.isArray(commits) ? commits.length : 0,
    );
    let bytes = (this.#bytes.get(state) ?? 0) + body.text.length;
    if (bytes > PageCache.MAX_BYTES) {
      pages.clear();
      bytes = body.text.length;
    }
    pages.set(key, { users, body });
    this.#bytes.set(state, bytes);
    return body;
  }
}
const comparePages = new PageCache();

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
      // With the `sha` media type GitHub answers the commit's SHA alone, as text, and computes no diff
      // (https://docs.github.com/en/rest/commits/commits#get-a-commit, "Supported media types").
      if (ctx.accept.includes('application/vnd.github.sha')) {
        return ok(sha, { 'content-type': 'application/vnd.github.sha; charset=utf-8' });
      }
      const commit = ctx.state.commit(sha) as Commit;
      // "Get a commit" also lists the files it changed (https://docs.github.com/en/rest/commits/commits#get-a-commit).
      return ok({ ...serializeCommit(ctx, commit), files: serializeCommitFiles(ctx, commit) });
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
