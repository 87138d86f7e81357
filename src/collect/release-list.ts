/**
 * The repository's releases as GitHub lists them, read once per run. A module of its own, without the
 * semantic-version parser: the start of a run (src/early-reads.ts) issues this read before the rest of the
 * action is loaded, and importing releases.ts there evaluated semver's regular expressions first.
 */
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { shared } from '../github/run-reads.ts';

export interface RestRelease {
  id: number;
  tag_name: string;
  name?: string | null;
  html_url: string;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  target_commitish: string;
  author?: { login: string } | null;
  reactions?: Record<string, unknown>;
}

/**
 * Every release of the repository, read once per run: the listing does not depend on the configuration, so
 * the run starts it while the config file is still being read, and every stage of a run shares it.
 */
export function fetchReleases(github: GitHub, repo: RepoRef): Promise<RestRelease[]> {
  return shared(
    github,
    `releases ${repo.owner}/${repo.name}`,
    async () =>
      (await github.paginate('GET /repos/{owner}/{repo}/releases', {
        owner: repo.owner,
        repo: repo.name,
        per_page: 100,
      })) as unknown as RestRelease[],
  );
}
