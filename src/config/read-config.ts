/**
 * Finds the user's config file: in the checked-out workspace when the job checked the repository out,
 * otherwise on the default branch through the contents API (so the workflow needs no checkout step).
 */
import type { GitHub } from '../github/client.ts';
import { readRepoFile } from '../github/contents.ts';
import { ConfigError } from './config-error.ts';

export const DEFAULT_CONFIG_PATH = '.github/release-retro.yml';

export async function readConfigText(
  github: GitHub,
  repo: { owner: string; name: string },
  path: string,
  workspace: string,
): Promise<string | null> {
  const text = await readRepoFile(github, repo, path, workspace);
  // The default path is optional: no file means the default plan. A path the user named must exist.
  if (text === null && path !== DEFAULT_CONFIG_PATH) {
    throw new ConfigError(
      `config-path "${path}" was not found in the workspace or in ${repo.owner}/${repo.name}.`,
    );
  }
  return text;
}
