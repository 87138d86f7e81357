/**
 * What the command stage needs to know about one comment, in one cheap GraphQL read: the thread it belongs to
 * (a reply must go to the top-level comment), the replies already in that thread (to find an earlier answer),
 * and the 👍 count of each proposal's comment (votes).
 *
 * Why not list every comment: `comments(first: 100) { replies(first: 100) }` costs 101 points (GitHub counts
 * 100 + 100 × 100 requested nodes, divided by 100), and GITHUB_TOKEN has 1,000 GraphQL points an hour per
 * repository, so a busy retrospective would run out after a few dozen comments. This read costs about 2.
 * https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api
 */
import type { GitHub } from './client.ts';
import threadDoc from './graphql/CommentThread.graphql';

export interface ThreadReply {
  body: string;
  author: string | null;
}

export interface CommentThread {
  /** Node id of the top-level comment whose thread holds the comment; null when the comment no longer exists. */
  threadId: string | null;
  /** The latest replies (up to 100) in that thread. */
  replies: ThreadReply[];
  /** 👍 count by comment node id, for the requested comments that still exist. */
  thumbsUp: Map<string, number>;
}

type RawReplies = { nodes: ({ body: string; author: { login: string } | null } | null)[] };
interface Data {
  comment: { id: string; replyTo: { id: string; replies: RawReplies } | null; replies: RawReplies } | null;
  sources: ({ id: string; reactionGroups: { content: string; reactors: { totalCount: number } }[] } | null)[];
}

interface GraphqlErrorLike {
  data?: unknown;
  errors?: { type?: string }[];
}

/**
 * GitHub answers a node id that no longer resolves (a deleted comment) with a NOT_FOUND error next to the data
 * for everything else; octokit throws on any error. Those partial answers are what we want.
 */
async function queryAllowingMissing(github: GitHub, variables: Record<string, unknown>): Promise<Data> {
  try {
    return await github.graphql<Data>(threadDoc, variables);
  } catch (error) {
    const e = error as GraphqlErrorLike;
    if (e.data && e.errors?.length && e.errors.every((x) => x.type === 'NOT_FOUND')) return e.data as Data;
    throw error;
  }
}

const replies = (raw: RawReplies): ThreadReply[] =>
  raw.nodes.flatMap((node) => (node ? [{ body: node.body, author: node.author?.login ?? null }] : []));

export async function getCommentThread(
  github: GitHub,
  commentId: string,
  sourceIds: readonly string[],
): Promise<CommentThread> {
  // `nodes(ids:)` takes at most 100 ids; the record holds at most 50 proposals.
  const ids = [...new Set(sourceIds)].slice(0, 100);
  const data = await queryAllowingMissing(github, { commentId, sourceIds: ids });
  const comment = data.comment && 'id' in data.comment ? data.comment : null;
  const thumbsUp = new Map<string, number>();
  for (const source of data.sources) {
    if (!source || !('id' in source)) continue;
    thumbsUp.set(
      source.id,
      source.reactionGroups.find((g) => g.content === 'THUMBS_UP')?.reactors.totalCount ?? 0,
    );
  }
  if (!comment) return { threadId: null, replies: [], thumbsUp };
  return comment.replyTo
    ? { threadId: comment.replyTo.id, replies: replies(comment.replyTo.replies), thumbsUp }
    : { threadId: comment.id, replies: replies(comment.replies), thumbsUp };
}
