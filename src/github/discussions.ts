/**
 * Discussions gateway (GraphQL only: GitHub has no REST API for repository discussions).
 * Reads go straight to the client; every write goes through the WriteGateway.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { explainPermission, GitHubActionError } from './errors.ts';
import addCommentDoc from './graphql/AddDiscussionComment.graphql';
import categoryDiscussionsDoc from './graphql/CategoryDiscussions.graphql';
import closeDiscussionDoc from './graphql/CloseDiscussion.graphql';
import createDiscussionDoc from './graphql/CreateDiscussion.graphql';
import discussionByNumberDoc from './graphql/DiscussionByNumber.graphql';
import discussionCommentsDoc from './graphql/DiscussionComments.graphql';
import setupDoc from './graphql/DiscussionSetup.graphql';
import updateDiscussionDoc from './graphql/UpdateDiscussion.graphql';
import updateCommentDoc from './graphql/UpdateDiscussionComment.graphql';
import viewerDoc from './graphql/Viewer.graphql';
import { authorIdOf, authorLoginOf, type Identity, type RawAuthor } from './identity.ts';
import { prime, shared, startEarly, takeEarly } from './run-reads.ts';
import type { WriteGateway } from './writes.ts';

export interface DiscussionCategory {
  id: string;
  name: string;
  slug: string;
}

export interface DiscussionSetup {
  repositoryId: string;
  enabled: boolean;
  viewerPermission: string | null;
  categories: DiscussionCategory[];
}

export interface DiscussionSummary {
  id: string;
  number: number;
  url: string;
  title: string;
  body: string;
  closed: boolean;
  createdAt: string;
  author: string | null;
  /** The author's database id: how the action recognises what it wrote (identity.ts). */
  authorId: number | null;
}

export interface ReactionCount {
  content: string;
  count: number;
}

export interface DiscussionCommentNode {
  id: string;
  databaseId: number;
  url: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  isMinimized: boolean;
  author: string | null;
  authorId: number | null;
  reactions: ReactionCount[];
  /** Node id of the top-level comment this replies to; null for a top-level comment. */
  replyTo: string | null;
}

/**
 * GitHub logins are case-insensitive. For people only: whether something is the action's own is decided by
 * database id (`isBy` in identity.ts), since a bot's login differs between REST and GraphQL and a user account
 * may carry a bot's name without the suffix.
 */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.toLowerCase() === b.toLowerCase();
}

/** Who the token acts as; read once per run, or learnt from the discussion setup query. */
export function viewerIdentity(github: GitHub): Promise<Identity> {
  return shared(github, 'viewer', async () => {
    const data = await github.graphql<{ viewer: Identity }>(viewerDoc);
    return data.viewer;
  });
}

/**
 * The repository's discussion setup, with the viewer's login folded into the same query (every stage that
 * needs one needs the other: retrospectives are recognised by their author). Read once per run; run.ts starts
 * it while the config file is still being read, since it lists every category whatever the config names.
 */
export function getDiscussionSetup(github: GitHub, repo: RepoRef): Promise<DiscussionSetup> {
  return shared(github, `discussion setup ${repo.owner}/${repo.name}`, () => {
    const data = github.graphql<{
      viewer: Identity;
      repository: {
        id: string;
        hasDiscussionsEnabled: boolean;
        viewerPermission: string | null;
        discussionCategories: { nodes: DiscussionCategory[] };
      };
    }>(setupDoc, { owner: repo.owner, name: repo.name });
    prime(
      github,
      'viewer',
      data.then((d) => d.viewer),
    );
    return data.then((d) => ({
      repositoryId: d.repository.id,
      enabled: d.repository.hasDiscussionsEnabled,
      viewerPermission: d.repository.viewerPermission,
      categories: d.repository.discussionCategories.nodes,
    }));
  });
}

/** Finds the configured category by slug or name, or says exactly what exists and how to fix it. */
export function resolveCategory(setup: DiscussionSetup, wanted: string, repo: RepoRef): DiscussionCategory {
  if (!setup.enabled) {
    throw new GitHubActionError(
      `Discussions are disabled in ${repo.owner}/${repo.name}. Enable them in the repository's Settings → General → ` +
        'Features → Discussions, then create a category for retrospectives (e.g. "Retrospectives").',
    );
  }
  const key = wanted.trim().toLowerCase();
  const found = setup.categories.find((c) => c.slug.toLowerCase() === key || c.name.toLowerCase() === key);
  if (found) return found;
  const existing = setup.categories.map((c) => `"${c.name}" (${c.slug})`).join(', ') || 'none';
  throw new GitHubActionError(
    `The discussion category "${wanted}" does not exist in ${repo.owner}/${repo.name}. ` +
      `Existing categories: ${existing}. Set discussion-category to one of them, or create it in the Discussions tab.`,
  );
}

export async function listCategoryDiscussions(
  github: GitHub,
  repo: RepoRef,
  categoryId: string,
): Promise<DiscussionSummary[]> {
  type Page = {
    repository: {
      discussions: {
        nodes: (Omit<DiscussionSummary, 'author' | 'authorId'> & { author: RawAuthor | null })[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
  const data = await github.graphql.paginate<Page>(categoryDiscussionsDoc, {
    owner: repo.owner,
    name: repo.name,
    categoryId,
  });
  return data.repository.discussions.nodes.map(({ author, ...rest }) => ({
    ...rest,
    author: authorLoginOf(author),
    authorId: authorIdOf(author),
  }));
}

type DiscussionRead = (DiscussionSummary & { category: DiscussionCategory }) | null;
const discussionKey = (repo: RepoRef, number: number) => `discussion ${repo.owner}/${repo.name}#${number}`;

/** A discussion by number, as it is now (or as an early read of this run found it, for the first caller). */
export function getDiscussion(github: GitHub, repo: RepoRef, number: number): Promise<DiscussionRead> {
  return (
    takeEarly<DiscussionRead>(github, discussionKey(repo, number)) ?? readDiscussion(github, repo, number)
  );
}

/** Starts reading a discussion for the stage that will ask for it first (src/early-reads.ts). */
export function readDiscussionEarly(github: GitHub, repo: RepoRef, number: number): void {
  startEarly(github, discussionKey(repo, number), () => readDiscussion(github, repo, number));
}

async function readDiscussion(github: GitHub, repo: RepoRef, number: number): Promise<DiscussionRead> {
  const data = await github.graphql<{
    repository: {
      discussion:
        | (Omit<DiscussionSummary, 'author' | 'authorId'> & {
            author: RawAuthor | null;
            category: DiscussionCategory;
          })
        | null;
    };
  }>(discussionByNumberDoc, { owner: repo.owner, name: repo.name, number });
  const found = data.repository.discussion;
  return found ? { ...found, author: authorLoginOf(found.author), authorId: authorIdOf(found.author) } : null;
}

type RawComment = Omit<DiscussionCommentNode, 'author' | 'authorId' | 'reactions' | 'replyTo'> & {
  author: RawAuthor | null;
  reactionGroups: { content: string; reactors: { totalCount: number } }[];
};

function toComment(raw: RawComment, replyTo: string | null): DiscussionCommentNode {
  const { author, reactionGroups, ...rest } = raw;
  return {
    ...rest,
    author: authorLoginOf(author),
    authorId: authorIdOf(author),
    reactions: reactionGroups.map((g) => ({ content: g.content, count: g.reactors.totalCount })),
    replyTo,
  };
}

/** Every comment and reply (replies flattened, in order, with `replyTo` set). */
export async function listDiscussionComments(
  github: GitHub,
  discussionId: string,
): Promise<DiscussionCommentNode[]> {
  type Page = {
    node: {
      comments: {
        nodes: (RawComment & { replies: { totalCount: number; nodes: RawComment[] } })[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
  const data = await github.graphql.paginate<Page>(discussionCommentsDoc, { id: discussionId });
  return data.node.comments.nodes.flatMap(({ replies, ...top }) => [
    toComment(top, null),
    ...replies.nodes.map((reply) => toComment(reply, top.id)),
  ]);
}

export function thumbsUp(comment: DiscussionCommentNode): number {
  return comment.reactions.find((r) => r.content === 'THUMBS_UP')?.count ?? 0;
}

export async function createDiscussion(
  github: GitHub,
  writes: WriteGateway,
  input: { repo: RepoRef; repositoryId: string; categoryId: string; title: string; body: string },
): Promise<{ id: string; number: number; url: string }> {
  return writes.write(
    {
      action: 'create discussion',
      target: `${input.repo.owner}/${input.repo.name}`,
      summary: `"${input.title}" (${input.body.length} characters)`,
      body: input.body,
    },
    async () => {
      try {
        const data = await github.graphql<{
          createDiscussion: { discussion: { id: string; number: number; url: string } };
        }>(createDiscussionDoc, {
          repositoryId: input.repositoryId,
          categoryId: input.categoryId,
          title: input.title,
          body: input.body,
        });
        return data.createDiscussion.discussion;
      } catch (error) {
        throw explainPermission(error, 'create the retrospective discussion', 'discussions: write');
      }
    },
    { id: 'DRY_RUN_DISCUSSION', number: 0, url: '(dry run: no discussion created)' },
  );
}

export async function updateDiscussionBody(
  github: GitHub,
  writes: WriteGateway,
  input: { id: string; label: string; body: string },
): Promise<void> {
  await writes.write(
    {
      action: 'update discussion body',
      target: input.label,
      summary: `${input.body.length} characters`,
      body: input.body,
    },
    async () => {
      try {
        await github.graphql(updateDiscussionDoc, { id: input.id, body: input.body });
      } catch (error) {
        throw explainPermission(error, 'update the retrospective discussion', 'discussions: write');
      }
    },
    undefined,
  );
}

export async function addDiscussionComment(
  github: GitHub,
  writes: WriteGateway,
  input: { discussionId: string; label: string; body: string; replyToId?: string | null },
): Promise<{ id: string; databaseId: number; url: string }> {
  return writes.write(
    {
      action: input.replyToId ? 'reply in discussion' : 'comment on discussion',
      target: input.label,
      summary: input.body.split('\n')[0]?.slice(0, 100) ?? '',
      body: input.body,
    },
    async () => {
      try {
        const data = await github.graphql<{
          addDiscussionComment: { comment: { id: string; databaseId: number; url: string } };
        }>(addCommentDoc, {
          discussionId: input.discussionId,
          body: input.body,
          replyToId: input.replyToId ?? null,
        });
        return data.addDiscussionComment.comment;
      } catch (error) {
        throw explainPermission(error, 'comment on the retrospective discussion', 'discussions: write');
      }
    },
    { id: `DRY_RUN_COMMENT`, databaseId: 0, url: '(dry run: no comment created)' },
  );
}

/** Edits one of the action's own comments (editing notifies nobody, unlike a new comment). */
export async function editDiscussionComment(
  github: GitHub,
  writes: WriteGateway,
  input: {
    commentId: string;
    label: string;
    body: string;
    /** What the edit is for, in the message when the token may not make it. */
    purpose?: string;
  },
): Promise<void> {
  await writes.write(
    {
      action: 'edit discussion comment',
      target: input.label,
      summary: `${input.body.split('\n')[0]?.slice(0, 100) ?? ''} (${input.body.length} characters)`,
      body: input.body,
    },
    async () => {
      try {
        await github.graphql(updateCommentDoc, { commentId: input.commentId, body: input.body });
      } catch (error) {
        throw explainPermission(
          error,
          input.purpose ?? 'edit a comment on the retrospective discussion',
          'discussions: write',
        );
      }
    },
    undefined,
  );
}

export async function closeDiscussion(
  github: GitHub,
  writes: WriteGateway,
  input: { id: string; label: string },
): Promise<void> {
  await writes.write(
    { action: 'close discussion as resolved', target: input.label, summary: 'reason RESOLVED' },
    async () => {
      try {
        await github.graphql(closeDiscussionDoc, { id: input.id });
      } catch (error) {
        throw explainPermission(error, 'close the retrospective discussion', 'discussions: write');
      }
    },
    undefined,
  );
}
