/**
 * A monorepo release line's share of the changes between its tags. The compare range of `web-v5.0.0...web-v5.1.0`
 * holds every product's commits merged meanwhile; the line keeps what touches its paths (or, for pull
 * requests, carries one of its labels).
 *
 * Cost: a pull request's paths come nested in the pull-request pages already read (GraphQL `files(first: 100)`),
 * so scoping pull requests is free but for one more page per pull request of more than 100 files that matched
 * nothing on its first. A commit merged by a pull request goes with its pull request. Only a commit no pull
 * request merged (a direct push, a merge-commit branch's own commits) is read on its own: one request each.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import pullRequestFilesQuery from '../github/graphql/PullRequestFiles.graphql';
import type { CommitSet } from './changes.ts';
import { graphqlPages } from './graphql.ts';
import { type LineScope, labelledForLine, touchesLine } from './line-scope.ts';
import type { PullRequestFact } from './types.ts';
import { getJson, mapBulk } from './util.ts';

interface FilesPage {
  repository: {
    pullRequest: {
      files: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { path: string }[] };
    } | null;
  };
}

/** The rest of a large pull request's files, page by page, stopping at the first path of the line. */
async function laterPagesTouch(github: GitHub, repo: RepoRef, pr: PullRequestFact, scope: LineScope) {
  const pages = graphqlPages<FilesPage>(
    github,
    pullRequestFilesQuery,
    { owner: repo.owner, name: repo.name, number: pr.number },
    (p) => p.repository.pullRequest?.files ?? { pageInfo: { hasNextPage: false, endCursor: null } },
  );
  let first = true;
  for await (const page of pages) {
    // Page 1 repeats the nested page already checked; it only gives the cursor.
    if (
      !first &&
      touchesLine(
        (page.repository.pullRequest?.files.nodes ?? []).map((f) => f.path),
        scope,
      )
    )
      return true;
    first = false;
  }
  return false;
}

export async function pullRequestInLine(
  github: GitHub,
  repo: RepoRef,
  pr: PullRequestFact,
  scope: LineScope,
): Promise<boolean> {
  if (labelledForLine(pr.labels, scope)) return true;
  if (scope.matchesPath === null) return false;
  const paths = pr.paths ?? [];
  if (touchesLine(paths, scope)) return true;
  return pr.pathsTruncated ? laterPagesTouch(github, repo, pr, scope) : false;
}

async function commitPaths(github: GitHub, repo: RepoRef, sha: string): Promise<string[]> {
  const { data } = await getJson<{ files?: { filename: string }[] }>(
    github,
    'GET /repos/{owner}/{repo}/commits/{ref}',
    { owner: repo.owner, repo: repo.name, ref: sha },
  );
  return (data.files ?? []).map((f) => f.filename);
}

/**
 * @param pullRequests every merged pull request of the train (each with its first page of paths).
 * @returns the line's commits and pull requests; tag commits stay as they are (they mark the range).
 */
export async function scopeChangesToLine(
  github: GitHub,
  repo: RepoRef,
  scope: LineScope,
  commitSet: CommitSet,
  pullRequests: PullRequestFact[],
): Promise<{ commitSet: CommitSet; pullRequests: PullRequestFact[] }> {
  const belongs = await mapBulk(github, pullRequests, (pr) => pullRequestInLine(github, repo, pr, scope));
  const kept = pullRequests.filter((_, i) => belongs[i]);
  const mergedByPull = new Set(pullRequests.map((pr) => pr.mergeCommitSha));
  const mergedByKept = new Set(kept.map((pr) => pr.mergeCommitSha));
  const direct = commitSet.commits.filter((c) => !mergedByPull.has(c.sha));
  const directInLine = new Set<string>();
  if (scope.matchesPath !== null) {
    const touches = await mapBulk(github, direct, async (c) =>
      touchesLine(await commitPaths(github, repo, c.sha), scope),
    );
    direct.forEach((c, i) => {
      if (touches[i]) directInLine.add(c.sha);
    });
  }
  const commits = commitSet.commits.filter((c) => mergedByKept.has(c.sha) || directInLine.has(c.sha));
  return {
    commitSet: { commits, totalCommits: commits.length, tagCommits: commitSet.tagCommits },
    pullRequests: kept,
  };
}
