/**
 * A team's own retrospective.md template (`templates.retrospective`): a path in the repository, read from the
 * checked-out workspace when there is one, else from the default branch. A path that is set but missing is an
 * error (reported as a failure; the bundled template is used so everything else still happens).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaultBranch, getFile } from '../../github/contents.ts';
import type { RetroContext } from '../context.ts';

export async function readRetrospectiveTemplate(
  ctx: RetroContext,
): Promise<{ text: string; source: string } | null> {
  const path = ctx.config.templates.retrospective.trim().replace(/^\.?\/+/, '');
  if (!path) return null;
  const local = join(ctx.workspace, path);
  if (existsSync(local)) return { text: readFileSync(local, 'utf8'), source: path };
  const file = await getFile(ctx.github, ctx.repo, path, await getDefaultBranch(ctx.github, ctx.repo));
  if (!file) {
    throw new Error(
      `templates.retrospective is "${path}", but there is no such file in ${ctx.repo.owner}/${ctx.repo.name} ` +
        '(default branch) or the workspace. Commit it, fix the path, or remove the key to use the bundled template.',
    );
  }
  return { text: file.content, source: path };
}
