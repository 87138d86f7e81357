/**
 * Where retrospective.md goes: always the workspace (output `retrospective-path`) and the job summary; then,
 * by `publish.mode`, a commit on the default branch or a pull request; and, with `publish.link-in-release`,
 * a link in the release notes kept between hidden markers so re-runs replace it instead of adding another.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  getReleaseByTag,
  type PublishResult,
  publishByCommit,
  publishByPullRequest,
  updateReleaseBody,
} from '../../github/contents.ts';
import { link } from '../../render/markdown.ts';
import type { RetroContext } from '../context.ts';
import { RELEASE_LINK_END, RELEASE_LINK_START, replaceRegion } from './markers.ts';

export const WORKSPACE_FILE = 'retrospective.md';

export async function writeToWorkspace(ctx: RetroContext, markdown: string): Promise<string> {
  const path = join(ctx.workspace, WORKSPACE_FILE);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, markdown, 'utf8');
  return path;
}

/** `docs/retrospectives/{tag}.md` with the tag made safe as a path segment. */
export function publishPath(template: string, tag: string): string {
  return template.replaceAll('{tag}', tag.replace(/[^A-Za-z0-9._-]/g, '-'));
}

/** `release-retro/{tag}` with the tag made safe for a branch name. */
export function publishBranch(template: string, tag: string): string {
  return template
    .replaceAll('{tag}', tag.replace(/[^A-Za-z0-9._/-]/g, '-'))
    .replace(/\.\.+/g, '.')
    .replace(/\.lock$/, '-lock');
}

export async function publishDocument(
  ctx: RetroContext,
  input: { tag: string; markdown: string; discussionUrl: string },
): Promise<(PublishResult & { path: string }) | null> {
  const { publish } = ctx.config;
  if (publish.mode === 'none') return null;
  const path = publishPath(publish.path, input.tag);
  const message = `docs: retrospective of ${input.tag}`;
  if (publish.mode === 'commit') {
    const result = await publishByCommit(ctx.github, ctx.writes, ctx.repo, {
      path,
      content: input.markdown,
      message,
      serverUrl: ctx.serverUrl,
    });
    return { ...result, path };
  }
  const result = await publishByPullRequest(ctx.github, ctx.writes, ctx.repo, {
    path,
    content: input.markdown,
    message,
    branch: publishBranch(publish.branch, input.tag),
    title: `Retrospective of ${input.tag}`,
    body:
      `The retrospective of ${input.tag}, finalized in ${input.discussionUrl}.\n\n` +
      'Merge to keep it with the other retrospectives; the action items are already tracked as issues.',
    serverUrl: ctx.serverUrl,
  });
  return { ...result, path };
}

/** Adds (or refreshes) a link to the retrospective at the end of the release notes. */
export async function linkInRelease(
  ctx: RetroContext,
  input: { tag: string; discussionUrl: string; documentUrl: string | null },
): Promise<'linked' | 'unchanged' | 'no-release'> {
  const release = await getReleaseByTag(ctx.github, ctx.repo, input.tag);
  if (!release) return 'no-release';
  const links = [link('retrospective', input.discussionUrl)];
  if (input.documentUrl) links.push(link('summary and action items', input.documentUrl));
  const region = `${RELEASE_LINK_START}\n---\n📝 Release ${links.join(' · ')}\n${RELEASE_LINK_END}`;
  const body = replaceRegion(release.body, RELEASE_LINK_START, RELEASE_LINK_END, region);
  if (body === release.body) return 'unchanged';
  await updateReleaseBody(ctx.github, ctx.writes, ctx.repo, release, body);
  return 'linked';
}
