/** Repository contents, tracked per branch. */
import { requireRole } from '../auth.ts';
import {
  bodyString,
  type Ctx,
  created,
  HttpError,
  notFound,
  ok,
  type Route,
  repoOf,
  validationFailed,
} from '../http.ts';
import { blobSha, fakeSha, noreplyEmail } from '../state.ts';
import type { Repo, RepoFile } from '../types.ts';
import { serializeFileCommit, WEB } from './serialize.ts';

/** Maps `?ref=` (branch, tag or sha) to a branch whose files to read; files are stored per branch. */
function branchFor(ctx: Ctx, repo: Repo, ref: string | null): string | undefined {
  if (!ref) return repo.defaultBranch;
  const name = ref.replace(/^refs\/heads\//, '');
  const branches = ctx.state.files[repo.fullName] ?? {};
  if (branches[name]) return name;
  const sha = ctx.state.resolveSha(repo.fullName, ref);
  if (!sha) return undefined;
  const atSha = ctx.state.refs.find(
    (r) => r.repo === repo.fullName && r.ref.startsWith('refs/heads/') && r.sha === sha,
  );
  return atSha ? atSha.ref.slice('refs/heads/'.length) : repo.defaultBranch;
}

function fileJson(ctx: Ctx, repo: Repo, branch: string, path: string, file: RepoFile, withContent: boolean) {
  const api = `${ctx.baseUrl}/repos/${repo.fullName}/contents/${path}?ref=${branch}`;
  const size = Buffer.byteLength(file.content, 'utf8');
  const base64 = Buffer.from(file.content, 'utf8').toString('base64');
  return {
    type: 'file',
    name: path.split('/').at(-1),
    path,
    sha: file.sha,
    size,
    url: api,
    html_url: `${WEB}/${repo.fullName}/blob/${branch}/${path}`,
    git_url: `${ctx.baseUrl}/repos/${repo.fullName}/git/blobs/${file.sha}`,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${branch}/${path}`,
    _links: {
      self: api,
      git: `${ctx.baseUrl}/repos/${repo.fullName}/git/blobs/${file.sha}`,
      html: `${WEB}/${repo.fullName}/blob/${branch}/${path}`,
    },
    // GitHub wraps base64 content at 60 characters.
    ...(withContent ? { encoding: 'base64', content: `${base64.replace(/(.{60})/g, '$1\n')}\n` } : {}),
  };
}

function getContents(ctx: Ctx) {
  const repo = repoOf(ctx);
  const branch = branchFor(ctx, repo, ctx.query.get('ref'));
  if (!branch) throw new HttpError(404, `No commit found for the ref ${ctx.query.get('ref')}`);
  const files = ctx.state.files[repo.fullName]?.[branch] ?? {};
  const path = (ctx.params.path ?? '').replace(/\/$/, '');
  const file = files[path];
  if (file) return ok(fileJson(ctx, repo, branch, path, file, true));
  // A directory: list its direct children.
  const prefix = path === '' ? '' : `${path}/`;
  const children = Object.keys(files).filter((p) => p.startsWith(prefix));
  if (children.length === 0) throw notFound();
  const names = [...new Set(children.map((p) => p.slice(prefix.length).split('/')[0] as string))];
  return ok(
    names.map((name) => {
      const child = `${prefix}${name}`;
      const f = files[child];
      return f
        ? fileJson(ctx, repo, branch, child, f, false)
        : { type: 'dir', name, path: child, sha: fakeSha(repo.fullName, branch, child), size: 0 };
    }),
  );
}

/**
 * A branch rule requiring pull requests refuses Contents API writes with 409 and the rule's message: a ruleset
 * says "Repository rule violations found" (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/about-rulesets),
 * classic branch protection "Protected branch update failed"
 * (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches).
 */
function refuseProtectedBranch(repo: Repo, branch: string): void {
  const rule = repo.settings.protectedBranches.find((b) => b.branch === branch);
  if (!rule) return;
  throw new HttpError(409, protectedBranchMessage(rule.by, branch));
}

export function protectedBranchMessage(by: 'ruleset' | 'branch-protection', branch: string): string {
  return by === 'ruleset'
    ? `Repository rule violations found\n\nChanges must be made through a pull request.\n\n`
    : `Protected branch update failed for refs/heads/${branch}.\n\nChanges must be made through a pull request.`;
}

function putContents(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  const path = ctx.params.path ?? '';
  const message = bodyString(ctx, 'message', true) as string;
  const content64 = bodyString(ctx, 'content', true) as string;
  const branch = bodyString(ctx, 'branch') ?? repo.defaultBranch;
  const sha = bodyString(ctx, 'sha');
  const ref = ctx.state.refs.find((r) => r.repo === repo.fullName && r.ref === `refs/heads/${branch}`);
  if (!ref) throw new HttpError(404, `Branch ${branch} not found`);
  refuseProtectedBranch(repo, branch);
  const files = ctx.state.files[repo.fullName] ?? {};
  ctx.state.files[repo.fullName] = files;
  const onBranch = files[branch] ?? {};
  files[branch] = onBranch;
  const existing = onBranch[path];
  if (existing && !sha)
    throw validationFailed([{ resource: 'Contents', code: 'custom', message: '"sha" wasn\'t supplied.' }]);
  if (existing && sha !== existing.sha) throw new HttpError(409, `${path} does not match ${sha}`);
  if (!existing && sha) throw new HttpError(422, `${path} does not exist on ${branch}`);
  const content = Buffer.from(content64, 'base64').toString('utf8');
  const file = { content, sha: blobSha(content) };
  onBranch[path] = file;
  const now = ctx.clock.iso();
  const commit = ctx.state.addCommit({
    sha: fakeSha(repo.fullName, branch, path, file.sha, ref.sha, now),
    repo: repo.fullName,
    message,
    authorLogin: ctx.viewer.login,
    authorName: ctx.viewer.name ?? ctx.viewer.login,
    authorEmail: noreplyEmail(ctx.viewer.login),
    authoredDate: now,
    committedDate: now,
    parents: [ref.sha],
  });
  ref.sha = commit.sha;
  const body = {
    content: fileJson(ctx, repo, branch, path, file, false),
    commit: serializeFileCommit(ctx, commit),
  };
  return existing ? ok(body) : created(body);
}

export const contentRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/contents/{path}', handler: getContents },
  { method: 'PUT', path: '/repos/{owner}/{repo}/contents/{path}', handler: putContents },
];
