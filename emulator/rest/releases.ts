/** Releases and their reactions. */
import { requireRole } from '../auth.ts';
import {
  type Ctx,
  HttpError,
  intParam,
  listReply,
  notFound,
  ok,
  type Route,
  repoOf,
  sortBy,
} from '../http.ts';
import type { Release } from '../types.ts';
import { serializeReaction, serializeRelease } from './serialize.ts';

/** Drafts are visible only to people who can push, as on GitHub. */
function visibleReleases(ctx: Ctx): Release[] {
  const repo = repoOf(ctx);
  const canPush = ctx.state.hasRole(repo, ctx.viewer.login, 'write');
  return ctx.state.releases.filter((r) => r.repo === repo.fullName && (canPush || !r.draft));
}

function releaseById(ctx: Ctx): Release {
  const id = intParam(ctx, 'release_id');
  const r = visibleReleases(ctx).find((x) => x.id === id);
  if (!r) throw notFound();
  return r;
}

function update(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  const r = releaseById(ctx);
  const b = ctx.body;
  for (const key of ['tag_name', 'name', 'body', 'target_commitish'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string') throw new HttpError(422, 'Validation Failed');
  }
  if (typeof b.tag_name === 'string') r.tagName = b.tag_name;
  if (typeof b.name === 'string') r.name = b.name;
  if (typeof b.body === 'string') r.body = b.body;
  if (typeof b.target_commitish === 'string') r.targetCommitish = b.target_commitish;
  if (typeof b.prerelease === 'boolean') r.prerelease = b.prerelease;
  if (typeof b.draft === 'boolean') {
    if (r.draft && !b.draft) r.publishedAt = ctx.clock.iso();
    r.draft = b.draft;
  }
  return ok(serializeRelease(ctx, r));
}

export const releaseRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases',
    // Newest first by creation, which is GitHub's order for this list.
    handler: (ctx) =>
      listReply(
        ctx,
        sortBy(visibleReleases(ctx), (r) => `${r.createdAt}${r.id}`, 'desc'),
        (r) => serializeRelease(ctx, r),
      ),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/latest',
    // `latest` is by created_at (the commit date), not published_at, and skips drafts and prereleases.
    handler: (ctx) => {
      const r = sortBy(
        visibleReleases(ctx).filter((x) => !x.draft && !x.prerelease),
        (x) => x.createdAt,
        'desc',
      )[0];
      if (!r) throw notFound();
      return ok(serializeRelease(ctx, r));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/tags/{tag}',
    // Only published releases are found by tag.
    handler: (ctx) => {
      const r = visibleReleases(ctx).find((x) => x.tagName === ctx.params.tag && !x.draft);
      if (!r) throw notFound();
      return ok(serializeRelease(ctx, r));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    handler: (ctx) => ok(serializeRelease(ctx, releaseById(ctx))),
  },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/releases/{release_id}', handler: update },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/{release_id}/reactions',
    handler: (ctx) => {
      const r = releaseById(ctx);
      const content = ctx.query.get('content');
      const list = ctx.state.reactions.filter(
        (x) => x.subjectType === 'release' && x.subjectId === r.id && (!content || x.content === content),
      );
      return listReply(ctx, list, (x) => serializeReaction(ctx, x));
    },
  },
];
