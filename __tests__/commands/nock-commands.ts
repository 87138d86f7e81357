/** GitHub's answers to the command stage's requests, for nock: the discussion, its comments, the votes. */

export const DISCUSSION_ID = 'D_kwDOretro7';

export const op = (name: string) => (body: { query?: string }) =>
  typeof body.query === 'string' && new RegExp(`\\b(query|mutation) ${name}\\b`).test(body.query);

/** The action's own account: GraphQL shows the bot as `github-actions`, its id is what identifies it. */
export const ACTION_ID = 41898282;
export const ACTION = { login: 'github-actions[bot]', databaseId: ACTION_ID };

/** A GraphQL author: the action's bot for `github-actions` (unless `person`), else a person with an id of their own. */
export function authorOf(login: string, bot = login === 'github-actions') {
  const personId = 1000 + [...login].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return bot
    ? { __typename: 'Bot', login, databaseId: login === 'github-actions' ? ACTION_ID : personId }
    : { __typename: 'User', login, databaseId: personId };
}

export function discussionReply(body: string, author = 'github-actions', id = DISCUSSION_ID) {
  return {
    data: {
      repository: {
        discussion: {
          id,
          number: 7,
          url: 'https://github.com/acme/shop/discussions/7',
          title: 'Retrospective: v1.4.0',
          body,
          closed: false,
          createdAt: '2026-03-09T00:00:00Z',
          author: authorOf(author),
          category: { id: 'DIC_1', slug: 'retrospectives', name: 'Retrospectives' },
        },
      },
    },
  };
}

export interface ListedComment {
  id: string;
  body: string;
  author?: string;
  bot?: boolean;
  createdAt?: string;
  updatedAt?: string;
  isMinimized?: boolean;
  /** Replies in this comment's thread. */
  replies?: ListedComment[];
}

function node(c: ListedComment) {
  const databaseId = Number(/\d+$/.exec(c.id)?.[0] ?? 0);
  const createdAt = c.createdAt ?? '2026-03-10T10:00:00Z';
  return {
    id: c.id,
    databaseId,
    url: `https://github.com/acme/shop/discussions/7#discussioncomment-${databaseId}`,
    body: c.body,
    createdAt,
    updatedAt: c.updatedAt ?? createdAt,
    isMinimized: c.isMinimized ?? false,
    author: authorOf(c.author ?? (c.bot ? 'github-actions' : 'sam'), c.bot ?? false),
  };
}

/** One page of the CommandComments listing. */
export function listingReply(comments: ListedComment[]) {
  return {
    data: {
      node: {
        comments: {
          nodes: comments.map((c) => ({
            ...node(c),
            replies: { totalCount: c.replies?.length ?? 0, nodes: (c.replies ?? []).map(node) },
          })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

/** The ProposalVotes answer: 👍 count by comment id (others' reactions beside them). */
export function votesReply(thumbs: Record<string, number>) {
  return {
    data: {
      nodes: Object.entries(thumbs).map(([id, count]) => ({
        id,
        reactionGroups: [
          { content: 'THUMBS_UP', reactors: { totalCount: count } },
          { content: 'HEART', reactors: { totalCount: 5 } },
        ],
      })),
    },
  };
}

/** The action's reply to a comment version, as it carries its marker. */
export const ourReply = (
  id: string,
  commentId: string,
  stamp: string,
  createdAt = '2026-03-10T10:01:00Z',
) => ({
  id,
  body: `<!-- release-retro:reply ${commentId} ${stamp} -->\n\n- ✅ done`,
  bot: true,
  createdAt,
});
