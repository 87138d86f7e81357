/**
 * Finds the user's config file: in the checked-out workspace when the job checked the repository out,
 * otherwise on the default branch through the contents API (so the workflow needs no checkout step).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHub } from '../github/client.ts';
import { isNotFound } from '../github/errors.ts';
import { ConfigError } from './errors.ts';

export const DEFAULT_CONFIG_PATH = '.github/release-retro.yml';

export async function readConfigText(
  github: GitHub,
  repo: { owner: string; name: string },
  path: string,
  workspace: string,
): Promise<string | null> {
  const local = join(workspace, path);
  if (existsSync(local)) return readFileSync(local, 'utf8');
  try {
    const { data } = await github.rest.repos.getContent({ owner: repo.owner, repo: repo.name, path });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new ConfigError(
        `config-path "${path}" is a ${Array.isArray(data) ? 'directory' : data.type}, not a file.`,
      );
    }
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // The default path is optional: no file means the default plan. A path the user named must exist.
    if (path !== DEFAULT_CONFIG_PATH) {
      throw new ConfigError(
        `config-path "${path}" was not found in the workspace or in ${repo.owner}/${repo.name}.`,
      );
    }
    return null;
  }
}
