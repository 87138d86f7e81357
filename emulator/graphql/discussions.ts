/** Discussions, their categories and comments (replies are one level deep). */
import { WEB } from '../rest/serialize.ts';
import type { Discussion, DiscussionCategory, DiscussionComment, Repo } from '../types.ts';
import { actorView, authorAssociation, GQL_TO_REST, reactionGroups, reactionView } from './common.ts';
import { connection, type GqlCtx, ordered, type PageArgs, type View } from './context.ts';
import { repoView } from './repository.ts';

export function categoryView(_ctx: GqlCtx, c: DiscussionCategory): View {
  return {
    __typename: 'DiscussionCategory',
    id: c.nodeId,
    name: c.name,
    slug: c.slug,
    emoji: c.emoji,
    emojiHTML: `<div>${c.emoji}</div>`,
    description: c.description,
    isAnswerable: c.isAnswerable,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
  };
}

const repoOfDiscussion = (ctx: GqlCtx, d: Discussion) =>
  ctx.state.repos.find((r) => r.fullName === d.repo) as Repo;

export function discussionUrl(d: Discussion): string {
  return `${WEB}/${d.repo}/discussions/${d.number}`;
}

export function discussionView(ctx: GqlCtx, d: Discussion): View {
  const repo = repoOfDiscussion(ctx, d);
  const category = ctx.state.discussionCategories.find((c) => c.id === d.categoryId) as DiscussionCategory;
  const topLevel = () =>
    ctx.state.discussionComments.filter((c) => c.discussionId === d.id && c.replyToId === null);
  return {
    __typename: 'Discussion',
    id: d.nodeId,
    databaseId: d.id,
    number: d.number,
    url: discussionUrl(d),
    resourcePath: `/${d.repo}/discussions/${d.number}`,
    title: d.title,
    body: d.body,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    publishedAt: d.createdAt,
    lastEditedAt: d.updatedAt === d.createdAt ? null : d.updatedAt,
    closed: d.closed,
    closedAt: d.closedAt,
    stateReason: d.stateReason,
    locked: false,
    isAnswered: false,
    answer: null,
    upvoteCount: 0,
    author: actorView(ctx, d.author),
    authorAssociation: authorAssociation(ctx.state, repo, d.author),
    category: categoryView(ctx, category),
    repository: () => repoView(ctx, repo),
    viewerDidAuthor: d.author === ctx.viewer.login,
    reactionGroups: () => reactionGroups(ctx, 'discussion', d.id),
    // `comments.totalCount` counts top-level comments only, as on GitHub.
    comments: (args: PageArgs) => connection(topLevel(), args, (c) => discussionCommentView(ctx, c)),
  };
}

export function discussionCommentView(ctx: GqlCtx, c: DiscussionComment): View {
  const d = ctx.state.discussions.find((x) => x.id === c.discussionId) as Discussion;
  const repo = repoOfDiscussion(ctx, d);
  const replyTo =
    c.replyToId === null ? undefined : ctx.state.discussionComments.find((x) => x.id === c.replyToId);
  return {
    __typename: 'DiscussionComment',
    id: c.nodeId,
    databaseId: c.id,
    body: c.body,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    publishedAt: c.createdAt,
    lastEditedAt: c.updatedAt === c.createdAt ? null : c.updatedAt,
    url: `${discussionUrl(d)}#discussioncomment-${c.id}`,
    resourcePath: `/${d.repo}/discussions/${d.number}#discussioncomment-${c.id}`,
    isMinimized: Boolean(c.minimizedReason),
    minimizedReason: c.minimizedReason ?? null,
    deletedAt: null,
    isAnswer: false,
    upvoteCount: 0,
    author: actorView(ctx, c.author),
    authorAssociation: authorAssociation(ctx.state, repo, c.author),
    viewerDidAuthor: c.author === ctx.viewer.login,
    discussion: () => discussionView(ctx, d),
    replyTo: replyTo ? () => discussionCommentView(ctx, replyTo) : null,
    replies: (args: PageArgs) =>
      connection(
        ctx.state.discussionComments.filter((x) => x.replyToId === c.id),
        args,
        (x) => discussionCommentView(ctx, x),
      ),
    reactionGroups: () => reactionGroups(ctx, 'discussionComment', c.id),
    // `reactions(content:)` lists the reactions themselves, each with its user and createdAt.
    reactions: (args: PageArgs & { content?: string | null }) =>
      connection(
        ctx.state.reactions.filter(
          (r) =>
            r.subjectType === 'discussionComment' &&
            r.subjectId === c.id &&
            (!args.content || r.content === GQL_TO_REST[args.content]),
        ),
        args,
        (r) => reactionView(ctx, r),
      ),
  };
}

export function discussionConnection(
  ctx: GqlCtx,
  repo: Repo,
  args: PageArgs & { categoryId?: string; states?: string[]; orderBy?: { field: string; direction: string } },
): View {
  const category = args.categoryId
    ? ctx.state.discussionCategories.find((c) => c.nodeId === args.categoryId)
    : undefined;
  const list = ctx.state.discussions.filter(
    (d) =>
      d.repo === repo.fullName &&
      (!args.categoryId || d.categoryId === category?.id) &&
      // `states` defaults to [] in GitHub's schema, meaning no filter.
      (!args.states?.length || args.states.includes(d.closed ? 'CLOSED' : 'OPEN')),
  );
  // GitHub's default order for discussions is most recently updated first.
  const sorted = ordered(
    list,
    args.orderBy,
    { CREATED_AT: (d) => d.createdAt, UPDATED_AT: (d) => d.updatedAt },
    { field: 'UPDATED_AT', direction: 'DESC' },
  );
  return connection(sorted, args, (d) => discussionView(ctx, d));
}
