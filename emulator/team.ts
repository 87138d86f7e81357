/**
 * People acting on the emulator the way a team does on GitHub: commenting in the retrospective, replying,
 * editing, deleting, voting with 👍, closing issues. Each goes over HTTP with that person's token, so the
 * emulator checks permissions and logs it as it would any request. `commentEvent` builds the
 * `discussion_comment` payload GitHub would deliver to the workflow for it.
 */

import { authorAssociation } from './graphql/common.ts';
import type { Emulator } from './index.ts';
import type { DiscussionComment } from './types.ts';

async function graphqlAs<T>(
  emu: Emulator,
  login: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(emu.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${emu.tokenFor(login)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) {
    throw new Error(`${login}: ${json.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  }
  return json.data;
}

async function restAs(
  emu: Emulator,
  login: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${emu.url}${path}`, {
    method,
    headers: { authorization: `token ${emu.tokenFor(login)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${login}: ${method} ${path} → ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

export interface PostedComment {
  nodeId: string;
  databaseId: number;
}

function discussionNodeId(emu: Emulator, repo: string, number: number): string {
  const discussion = emu.state.discussions.find((d) => d.repo === repo && d.number === number);
  if (!discussion) throw new Error(`No discussion #${number} in ${repo}`);
  return discussion.nodeId;
}

export class Team {
  constructor(
    private readonly emu: Emulator,
    private readonly repo = 'acme/shop',
  ) {}

  async comment(
    login: string,
    discussionNumber: number,
    body: string,
    replyTo?: PostedComment,
  ): Promise<PostedComment> {
    const data = await graphqlAs<{ addDiscussionComment: { comment: { id: string; databaseId: number } } }>(
      this.emu,
      login,
      `mutation TeamComment($discussionId: ID!, $body: String!, $replyToId: ID) {
        addDiscussionComment(input: { discussionId: $discussionId, body: $body, replyToId: $replyToId }) {
          comment { id databaseId }
        }
      }`,
      {
        discussionId: discussionNodeId(this.emu, this.repo, discussionNumber),
        body,
        replyToId: replyTo?.nodeId ?? null,
      },
    );
    return {
      nodeId: data.addDiscussionComment.comment.id,
      databaseId: data.addDiscussionComment.comment.databaseId,
    };
  }

  async edit(login: string, comment: PostedComment, body: string): Promise<void> {
    await graphqlAs(
      this.emu,
      login,
      `mutation TeamEdit($commentId: ID!, $body: String!) {
        updateDiscussionComment(input: { commentId: $commentId, body: $body }) { comment { id } }
      }`,
      { commentId: comment.nodeId, body },
    );
  }

  async delete(login: string, comment: PostedComment): Promise<void> {
    await graphqlAs(
      this.emu,
      login,
      `mutation TeamDelete($id: ID!) { deleteDiscussionComment(input: { id: $id }) { comment { id } } }`,
      { id: comment.nodeId },
    );
  }

  async thumbsUp(login: string, comment: PostedComment): Promise<void> {
    await graphqlAs(
      this.emu,
      login,
      `mutation TeamVote($subjectId: ID!) {
        addReaction(input: { subjectId: $subjectId, content: THUMBS_UP }) { reaction { content } }
      }`,
      { subjectId: comment.nodeId },
    );
  }

  /** Takes a 👍 back (a changed vote). */
  async removeThumbsUp(login: string, comment: { nodeId: string }): Promise<void> {
    await graphqlAs(
      this.emu,
      login,
      `mutation TeamUnvote($subjectId: ID!) {
        removeReaction(input: { subjectId: $subjectId, content: THUMBS_UP }) { reaction { content } }
      }`,
      { subjectId: comment.nodeId },
    );
  }

  async closeIssue(login: string, number: number): Promise<void> {
    await restAs(this.emu, login, 'PATCH', `/repos/${this.repo}/issues/${number}`, { state: 'closed' });
  }

  /**
   * The `discussion_comment` webhook payload for a comment, as GitHub delivers it to a workflow.
   * For `deleted`, pass the comment as it was before deletion (`snapshot`).
   */
  commentEvent(
    action: 'created' | 'edited' | 'deleted',
    comment: PostedComment,
    snapshot?: DiscussionComment,
  ): Record<string, unknown> {
    const { state } = this.emu;
    const stored = snapshot ?? state.discussionComments.find((c) => c.nodeId === comment.nodeId);
    if (!stored) throw new Error(`No comment ${comment.nodeId}`);
    const discussion = state.discussions.find((d) => d.id === stored.discussionId);
    const repo = state.repos.find((r) => r.fullName === this.repo);
    if (!discussion || !repo) throw new Error(`Comment ${comment.nodeId} has no discussion in ${this.repo}`);
    const category = state.discussionCategories.find((c) => c.id === discussion.categoryId);
    const user = state.user(stored.author);
    const url = `https://github.com/${this.repo}/discussions/${discussion.number}`;
    return {
      action,
      comment: {
        id: stored.id,
        node_id: stored.nodeId,
        body: stored.body,
        user: { login: stored.author, id: user?.id, node_id: user?.nodeId, type: user?.type ?? 'User' },
        author_association: authorAssociation(state, repo, stored.author),
        parent_id: stored.replyToId,
        created_at: stored.createdAt,
        updated_at: stored.updatedAt,
        html_url: `${url}#discussioncomment-${stored.id}`,
      },
      discussion: {
        number: discussion.number,
        node_id: discussion.nodeId,
        title: discussion.title,
        // GitHub delivers the discussion whole, body included, as it is when the event fires.
        body: discussion.body,
        html_url: url,
        category: { slug: category?.slug ?? '', name: category?.name ?? '' },
        user: { login: discussion.author },
      },
      repository: { full_name: this.repo, name: repo.name, owner: { login: repo.owner } },
      sender: { login: stored.author },
    };
  }
}
