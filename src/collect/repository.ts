/**
 * The repository's own facts (its page and default branch), read once per run: a scheduled run needs them for
 * the maturity gates and again for the collection. A module of its own because a run starts this read before
 * the collection's code is loaded (src/early-reads.ts).
 */
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { shared } from '../github/run-reads.ts';

export interface RepositoryInfo {
  owner: string;
  name: string;
  url: string;
  defaultBranch: string;
}

export function repositoryInfo(github: GitHub, repo: RepoRef): Promise<RepositoryInfo> {
  return shared(github, `repository ${repo.owner}/${repo.name}`, async () => {
    const { data } = await github.request('GET /repos/{owner}/{repo}', {
      owner: repo.owner,
      repo: repo.name,
    });
    return { owner: repo.owner, name: repo.name, url: data.html_url, defaultBranch: data.default_branch };
  });
}
