/**
 * What the command stage reads and writes to reconcile a retrospective with its comments: every comment and
 * reply at its current version, the 👍 counts of the proposals, and the removal of a duplicate reply.
 *
 * Cost: the listing asks for no reactions, so a page of 100 top-level comments with their last 100 replies
 * is 1 + 100 requested connections, 1 point (GitHub adds the requests each connection needs and divides by
 * 100); reactions nested in the replies would make it about 100 points. The votes are read apart, for the
 * proposals only (`nodes(ids:)`, 1 point).
 * https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api
 */
import type { GitHub } from './client.ts';
import { explainPermission } from './errors.ts';
import listDoc from './graphql/CommandComments.graphql';
import deleteDoc from './graphql/DeleteDiscussionComment.graphql';
import votesDoc from './graphql/ProposalVotes.graphql';
import { authorIdOf, authorLoginOf, type RawAuthor } from './identity.ts';
import { startEarly, takeEarly } from './run-reads.ts';
import type { WriteGateway } from './writes.ts';

/** One comment or reply as it is now. */
export interface CommentVersion {
  id: string;
  databaseId: number;
  url: string;
  body: string;
  createdAt: string;
  /** The version's time: what processedComments records once this version is applied. */
  updatedAt: string;
  /** Hidden by a moderator: something the team chose not to keep. */
  isMinimized: boolean;
  /** REST form: a bot's GraphQL login gets its `[bot]` suffix back (identity.ts). */
  author: string | null;
  /** The author's database id: the action's own replies are the ones with the viewer's. */
  authorId: number | null;
  /** Written by a GitHub App or other bot (GraphQL `Bot`), the action's own replies included. */
  authorIsBot: boolean;
  /** Node id of the top-level comment whose thread holds this one (itself for a top-level comment). */
  threadId: string;
}

export interface CommentListing {
  comments: CommentVersion[];
  /**
   * Every reply of every thread was read. A thread of more than 100 replies keeps its last 100 (new commands
   * and the answers that follow them), and a comment missing from a cut listing is not known to be deleted.
   */
  complete: boolean;
}

type RawComment = {
  id: string;
  databaseId: number;
  url: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  isMinimized: boolean;
  author: (RawAuthor & { __typename: string }) | null;
};

const version = (raw: RawComment, threadId: string): CommentVersion => ({
  id: raw.id,
  databaseId: raw.databaseId,
  url: raw.url,
  body: raw.body,
  createdAt: raw.createdAt,
  updatedAt: raw.updatedAt,
  isMinimized: raw.isMinimized,
  author: authorLoginOf(raw.author),
  authorId: authorIdOf(raw.author),
  authorIsBot: raw.author?.__typename === 'Bot',
  threadId,
});

/** Every comment and reply of a discussion (a thread's last 100 replies), one request per 100 top-level comments. */
export function listCommentVersions(github: GitHub, discussionId: string): Promise<CommentListing> {
  return (
    takeEarly<CommentListing>(github, commentsKey(discussionId)) ?? readCommentVersions(github, discussionId)
  );
}

const commentsKey = (discussionId: string) => `comment versions ${discussionId}`;

/** Starts listing a discussion's comments for the stage that will ask first (src/early-reads.ts). */
export function listCommentVersionsEarly(github: GitHub, discussionId: string): void {
  startEarly(github, commentsKey(discussionId), () => readCommentVersions(github, discussionId));
}

async function readCommentVersions(github: GitHub, discussionId: string): Promise<CommentListing> {
  type Page = {
    node: {
      comments: {
        nodes: (RawComment & { replies: { totalCount: number; nodes: RawComment[] } })[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
  const data = await github.graphql.paginate<Page>(listDoc, { id: discussionId });
  const threads = data.node.comments.nodes;
  return {
    comments: threads.flatMap(({ replies, ...top }) => [
      version(top, top.id),
      ...replies.nodes.map((reply) => version(reply, top.id)),
    ]),
    complete: threads.every((t) => t.replies.nodes.length >= t.replies.totalCount),
  };
}

type VoteNode = { id: string; reactionGroups: { content: string; reactors: { totalCount: number } }[] };

/** 👍 count by comment node id, for the given comments that still exist. */
export async function proposalVotes(github: GitHub, ids: readonly string[]): Promise<Map<string, number>> {
  const votes = new Map<string, number>();
  // `nodes(ids:)` takes at most 100 ids; the record holds at most 50 proposals.
  const unique = [...new Set(ids)].slice(0, 100);
  if (unique.length === 0) return votes;
  let nodes: (VoteNode | null)[];
  try {
    nodes = (await github.graphql<{ nodes: (VoteNode | null)[] }>(votesDoc, { ids: unique })).nodes;
  } catch (error) {
    // A deleted comment's id answers NOT_FOUND beside the data for the others; that partial answer is wanted.
    const e = error as { data?: { nodes?: (VoteNode | null)[] }; errors?: { type?: string }[] };
    if (!e.data?.nodes || !e.errors?.every((x) => x.type === 'NOT_FOUND')) throw error;
    nodes = e.data.nodes;
  }
  for (const node of nodes) {
    if (!node || !('id' in node)) continue;
    votes.set(node.id, node.reactionGroups.find((g) => g.content === 'THUMBS_UP')?.reactors.totalCount ?? 0);
  }
  return votes;
}

/** Removes a comment the action wrote (a duplicate reply). One already gone is fine: another run removed it. */
export async function deleteOwnComment(
  github: GitHub,
  writes: WriteGateway,
  input: { id: string; label: string },
): Promise<void> {
  await writes.write(
    { action: 'remove duplicate reply', target: input.label, summary: input.id },
    async () => {
      try {
        await github.graphql(deleteDoc, { id: input.id });
      } catch (error) {
        const types = (error as { errors?: { type?: string }[] }).errors?.map((e) => e.type);
        if (types?.length && types.every((t) => t === 'NOT_FOUND')) return;
        throw explainPermission(error, 'remove a duplicate reply', 'discussions: write');
      }
    },
    undefined,
  );
}
