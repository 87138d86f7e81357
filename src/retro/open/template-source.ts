/**
 * A user's own discussion template (`templates.discussion` in .github/release-retro.yml): a path in the
 * repository, read from the checked-out workspace when there is one, else from the default branch through
 * the contents API (so the workflow needs no checkout). A path that is set but missing is an error: a
 * retrospective silently rendered from another template would surprise the team that wrote theirs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config/errors.ts';
import { isNotFound } from '../../github/errors.ts';
import type { RetroContext } from '../context.ts';

export interface TemplateText {
  text: string;
  source: string;
}

export async function readDiscussionTemplate(ctx: RetroContext): Promise<TemplateText | null> {
  const path = ctx.config.templates.discussion.trim();
  if (!path) return null;
  const clean = path.replace(/^\.?\/+/, '');
  const local = join(ctx.workspace, clean);
  if (existsSync(local)) return { text: readFileSync(local, 'utf8'), source: clean };
  const { owner, name } = ctx.repo;
  try {
    const { data } = await ctx.github.rest.repos.getContent({ owner, repo: name, path: clean });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new ConfigError(
        `templates.discussion "${path}" is a ${Array.isArray(data) ? 'directory' : data.type}, not a file.`,
      );
    }
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), source: clean };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new ConfigError(
      `templates.discussion is "${path}", but there is no such file in ${owner}/${name} (default branch) or the ` +
        'workspace. Commit the template there, fix the path in .github/release-retro.yml, or remove the key to ' +
        'use the bundled template.',
    );
  }
}
