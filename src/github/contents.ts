/**
 * Contents gateway (REST): reading the repository's files, and publishing — a file committed to the default
 * branch, or to a branch with a pull request, and a link added to a release's notes. Each publishing step first
 * reads what is there, so a re-run writes nothing new.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { explainPermission, GitHubActionError, isNotFound, statusOf } from './errors.ts';
import type { WriteGateway } from './writes.ts';

export interface RepoFile {
  sha: string;
  content: string;
}

const CONTENTS_WRITE = 'contents: write';

export async function getDefaultBranch(github: GitHub, repo: RepoRef): Promise<string> {
  const { data } = await github.request('GET /repos/{owner}/{repo}', { owner: repo.owner, repo: repo.name });
  return data.default_branch;
}

/** A file's text and blob sha on a branch, or null when there is none. */
export async function getFile(
  github: GitHub,
  repo: RepoRef,
  path: string,
  /** A branch; the default branch when omitted. */
  branch?: string,
): Promise<RepoFile | null> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: repo.owner,
      repo: repo.name,
      path,
      ...(branch ? { ref: branch } : {}),
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      const what = Array.isArray(data) ? 'a directory' : `a ${data.type}`;
      throw new Error(
        `${path} in ${repo.owner}/${repo.name}${branch ? ` on ${branch}` : ''} is ${what}, not a file.`,
      );
    }
    return { sha: data.sha, content: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * A file of the repository as a job sees it: from the checked-out workspace when the job checked out the
 * repository, else from the default branch through the contents API (so workflows need no checkout step).
 * Null when neither has it.
 */
export async function readRepoFile(
  github: GitHub,
  repo: RepoRef,
  path: string,
  workspace: string,
): Promise<string | null> {
  const clean = path.replace(/^\.?\/+/, '');
  const local = join(workspace, clean);
  if (existsSync(local)) return readFileSync(local, 'utf8');
  return (await getFile(github, repo, clean))?.content ?? null;
}

/** The commit sha a branch points at, or null when the branch does not exist. */
export async function getBranchSha(github: GitHub, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: repo.owner,
      repo: repo.name,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function createBranch(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  branch: string,
  sha: string,
): Promise<void> {
  await writes.write(
    {
      action: 'create branch',
      target: `${repo.owner}/${repo.name}`,
      summary: `${branch} at ${sha.slice(0, 7)}`,
    },
    async () => {
      try {
        await github.request('POST /repos/{owner}/{repo}/git/refs', {
          owner: repo.owner,
          repo: repo.name,
          ref: `refs/heads/${branch}`,
          sha,
        });
      } catch (error) {
        throw explainPermission(error, `create the branch ${branch}`, CONTENTS_WRITE);
      }
    },
    undefined,
  );
}

/** Creates or updates a file (pass the current blob sha to update). */
export async function putFile(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  input: { path: string; branch: string; message: string; content: string; sha: string | null },
): Promise<void> {
  await writes.write(
    {
      action: input.sha ? 'update file' : 'create file',
      target: `${repo.owner}/${repo.name}@${input.branch}`,
      summary: `${input.path} (${input.content.length} characters): ${input.message}`,
    },
    async () => {
      try {
        await github.request('PUT /repos/{owner}/{repo}/contents/{path}', {
          owner: repo.owner,
          repo: repo.name,
          path: input.path,
          branch: input.branch,
          message: input.message,
          content: Buffer.from(input.content, 'utf8').toString('base64'),
          ...(input.sha ? { sha: input.sha } : {}),
        });
      } catch (error) {
        throw (
          explainBranchRule(error, input.path, input.branch) ??
          explainPermission(error, `write ${input.path} on ${input.branch}`, CONTENTS_WRITE)
        );
      }
    },
    undefined,
  );
}

/**
 * "Allow GitHub Actions to create and approve pull requests" is off by default; GitHub then refuses GITHUB_TOKEN
 * with 403 whatever the workflow's permissions say, so "add pull-requests: write" would be the wrong advice.
 * https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#preventing-github-actions-from-creating-or-approving-pull-requests
 */
export function explainActionsPullRequestSetting(error: unknown, head: string): Error | null {
  const message = error instanceof Error ? error.message : '';
  if (statusOf(error) !== 403 || !/not permitted to create or approve pull requests/i.test(message))
    return null;
  return new GitHubActionError(
    `GitHub refused to open a pull request from ${head}: "GitHub Actions is not permitted to create or approve ` +
      'pull requests". Turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s ' +
      'Settings → Actions → General → Workflow permissions (an organization setting can lock it), or use ' +
      'publish.mode: commit. A pull request opened with GITHUB_TOKEN starts no workflow runs: CI does not run on it.',
    { cause: error },
  );
}

/**
 * Branch protection and rulesets that require pull requests refuse Contents API writes to the branch (409 with
 * the rule's words). The permission is fine; the branch is not the place.
 */
export function explainBranchRule(error: unknown, path: string, branch: string): Error | null {
  const message = error instanceof Error ? error.message : '';
  const status = statusOf(error);
  if (status !== 409 && status !== 422) return null;
  const rule = /rule violations/i.test(message)
    ? 'a repository ruleset'
    : /protected branch/i.test(message)
      ? 'branch protection'
      : null;
  if (!rule) return null;
  const words = message.split(' - https://')[0]?.replace(/\s+/g, ' ').trim();
  return new GitHubActionError(
    `GitHub refused to write ${path} on ${branch}: ${rule} on ${branch} refuses direct writes ("${words}"). ` +
      'Use publish.mode: pull-request (it writes to publish.branch and opens a pull request), or let GitHub ' +
      `Actions bypass the rule for ${branch}.`,
    { cause: error },
  );
}

export interface PullRef {
  number: number;
  url: string;
}

export async function findOpenPull(
  github: GitHub,
  repo: RepoRef,
  head: string,
  base: string,
): Promise<PullRef | null> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/pulls', {
    owner: repo.owner,
    repo: repo.name,
    head: `${repo.owner}:${head}`,
    base,
    state: 'open',
    per_page: 100,
  });
  const pull = data[0];
  return pull ? { number: pull.number, url: pull.html_url } : null;
}

export async function createPull(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  input: { title: string; head: string; base: string; body: string },
): Promise<PullRef> {
  return writes.write(
    {
      action: 'open pull request',
      target: `${repo.owner}/${repo.name}`,
      summary: `"${input.title}" ${input.head} → ${input.base}`,
      body: input.body,
    },
    async () => {
      try {
        const { data } = await github.request('POST /repos/{owner}/{repo}/pulls', {
          owner: repo.owner,
          repo: repo.name,
          ...input,
        });
        return { number: data.number, url: data.html_url };
      } catch (error) {
        throw (
          explainActionsPullRequestSetting(error, input.head) ??
          explainPermission(error, `open a pull request from ${input.head}`, 'pull-requests: write')
        );
      }
    },
    { number: 0, url: '(dry run: no pull request opened)' },
  );
}

export interface PublishResult {
  /** What happened, for the summary. */
  outcome: 'committed' | 'unchanged' | 'pull-request' | 'already-published';
  branch: string;
  /** A web link to the file on the branch it was written to. */
  fileUrl: string;
  pull: PullRef | null;
}

function blobUrl(serverUrl: string, repo: RepoRef, branch: string, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${serverUrl}/${repo.owner}/${repo.name}/blob/${encodeURIComponent(branch).replaceAll('%2F', '/')}/${encoded}`;
}

/** Commits `content` to `path` on the default branch; no write when the file already has that content. */
export async function publishByCommit(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  input: { path: string; content: string; message: string; serverUrl: string },
): Promise<PublishResult> {
  const branch = await getDefaultBranch(github, repo);
  const existing = await getFile(github, repo, input.path, branch);
  const fileUrl = blobUrl(input.serverUrl, repo, branch, input.path);
  if (existing?.content === input.content) return { outcome: 'unchanged', branch, fileUrl, pull: null };
  await putFile(github, writes, repo, {
    path: input.path,
    branch,
    message: input.message,
    content: input.content,
    sha: existing?.sha ?? null,
  });
  return { outcome: 'committed', branch, fileUrl, pull: null };
}

/**
 * Proposes `content` at `path` in a pull request from `branch`. Reuses the branch and an open pull request
 * from an earlier run; does nothing when the default branch already has the same content (merged before).
 */
export async function publishByPullRequest(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  input: {
    path: string;
    content: string;
    message: string;
    branch: string;
    title: string;
    body: string;
    serverUrl: string;
  },
): Promise<PublishResult> {
  const base = await getDefaultBranch(github, repo);
  const onBase = await getFile(github, repo, input.path, base);
  const fileUrl = blobUrl(input.serverUrl, repo, base, input.path);
  if (onBase?.content === input.content) {
    return { outcome: 'already-published', branch: base, fileUrl, pull: null };
  }
  let onBranch: RepoFile | null;
  if ((await getBranchSha(github, repo, input.branch)) === null) {
    const baseSha = await getBranchSha(github, repo, base);
    if (baseSha === null)
      throw new Error(`The default branch ${base} of ${repo.owner}/${repo.name} has no commit.`);
    await createBranch(github, writes, repo, input.branch, baseSha);
    // A new branch starts with the base's files (and in a dry run it was never created, so it cannot be read).
    onBranch = onBase;
  } else {
    onBranch = await getFile(github, repo, input.path, input.branch);
  }
  if (onBranch?.content !== input.content) {
    await putFile(github, writes, repo, {
      path: input.path,
      branch: input.branch,
      message: input.message,
      content: input.content,
      sha: onBranch?.sha ?? null,
    });
  }
  const pull =
    (await findOpenPull(github, repo, input.branch, base)) ??
    (await createPull(github, writes, repo, {
      title: input.title,
      head: input.branch,
      base,
      body: input.body,
    }));
  return { outcome: 'pull-request', branch: input.branch, fileUrl, pull };
}

export interface ReleaseRef {
  id: number;
  body: string;
  url: string;
}

export async function getReleaseByTag(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseRef | null> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
      owner: repo.owner,
      repo: repo.name,
      tag,
    });
    return { id: data.id, body: data.body ?? '', url: data.html_url };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export async function updateReleaseBody(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  release: ReleaseRef,
  body: string,
): Promise<void> {
  await writes.write(
    { action: 'update release notes', target: release.url, summary: `${body.length} characters`, body },
    async () => {
      try {
        await github.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
          owner: repo.owner,
          repo: repo.name,
          release_id: release.id,
          body,
        });
      } catch (error) {
        throw explainPermission(error, 'add the retrospective link to the release notes', CONTENTS_WRITE);
      }
    },
    undefined,
  );
}
