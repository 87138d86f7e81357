/**
 * A team's own EJS template (`templates.discussion` or `templates.retrospective` in the config): a path in
 * the repository. A path that is set but missing is an error: a document silently rendered from another
 * template would surprise the team that wrote theirs.
 */
import { ConfigError } from '../config/config-error.ts';
import { readRepoFile } from '../github/contents.ts';
import type { RetroContext } from './context.ts';

export interface TemplateText {
  text: string;
  source: string;
}

export async function readUserTemplate(
  ctx: RetroContext,
  key: 'discussion' | 'retrospective',
): Promise<TemplateText | null> {
  const path = ctx.config.templates[key].trim();
  if (!path) return null;
  const { owner, name } = ctx.repo;
  const text = await readRepoFile(ctx.github, ctx.repo, path, ctx.workspace);
  if (text === null) {
    throw new ConfigError(
      `templates.${key} is "${path}", but there is no such file in ${owner}/${name} (default branch) or the ` +
        'workspace. Commit the template there, fix the path in .github/release-retro.yml, or remove the key to ' +
        'use the bundled template.',
    );
  }
  return { text, source: path.replace(/^\.?\/+/, '') };
}
