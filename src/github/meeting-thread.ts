/**
 * Reads and edits for the meeting vote: the thread's replies with their 👍 (who and when), and editing the
 * announcement in place (a changed choice before the vote closes edits it, never posts a second one).
 */
import type { GitHub } from './client.ts';
import meetingVotesDoc from './graphql/MeetingVotes.graphql';
import { authorIdOf, authorLoginOf, type RawAuthor } from './identity.ts';

export interface ThreadReply {
  id: string;
  body: string;
  author: string | null;
  authorId: number | null;
  /** 👍 reactions: who and when. */
  thumbsUp: { login: string; at: string }[];
}

interface RawReply {
  id: string;
  body: string;
  author: RawAuthor | null;
  reactions: { totalCount: number; nodes: { createdAt: string; user: { login: string } | null }[] };
}

/** The replies of a thread (null when the thread comment is gone). */
export async function getThreadReplies(github: GitHub, threadId: string): Promise<ThreadReply[] | null> {
  const data = await github.graphql<{ thread: { id: string; replies: { nodes: RawReply[] } } | null }>(
    meetingVotesDoc,
    { threadId },
  );
  if (!data.thread?.replies) return null;
  return data.thread.replies.nodes.map((r) => ({
    id: r.id,
    body: r.body,
    author: authorLoginOf(r.author),
    authorId: authorIdOf(r.author),
    thumbsUp: r.reactions.nodes.flatMap((n) => (n.user ? [{ login: n.user.login, at: n.createdAt }] : [])),
  }));
}
