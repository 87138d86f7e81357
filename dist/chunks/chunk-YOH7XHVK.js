import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  authorIdOf,
  authorLoginOf,
  startEarly,
  takeEarly
} from "./chunk-ZCQLGQEF.js";
import {
  explainPermission
} from "./chunk-D36BQLDK.js";

// src/github/graphql/CommandComments.graphql
var CommandComments_default = "query CommandComments($id: ID!, $cursor: String) {\n  node(id: $id) {\n    ... on Discussion {\n      comments(first: 100, after: $cursor) {\n        nodes {\n          id\n          databaseId\n          url\n          body\n          createdAt\n          updatedAt\n          isMinimized\n          author {\n            __typename\n            login\n            ... on Bot {\n              databaseId\n            }\n            ... on User {\n              databaseId\n            }\n          }\n          replies(last: 100) {\n            totalCount\n            nodes {\n              id\n              databaseId\n              url\n              body\n              createdAt\n              updatedAt\n              isMinimized\n              author {\n                __typename\n                login\n                ... on Bot {\n                  databaseId\n                }\n                ... on User {\n                  databaseId\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}\n";

// src/github/graphql/DeleteDiscussionComment.graphql
var DeleteDiscussionComment_default = "mutation DeleteDiscussionComment($id: ID!) {\n  deleteDiscussionComment(input: { id: $id }) {\n    comment {\n      id\n    }\n  }\n}\n";

// src/github/graphql/ProposalVotes.graphql
var ProposalVotes_default = "query ProposalVotes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    ... on DiscussionComment {\n      id\n      reactionGroups {\n        content\n        reactors(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n}\n";

// src/github/command-comments.ts
var version = (raw, threadId) => ({
  id: raw.id,
  databaseId: raw.databaseId,
  url: raw.url,
  body: raw.body,
  createdAt: raw.createdAt,
  updatedAt: raw.updatedAt,
  isMinimized: raw.isMinimized,
  author: authorLoginOf(raw.author),
  authorId: authorIdOf(raw.author),
  authorIsBot: raw.author?.__typename === "Bot",
  threadId
});
function listCommentVersions(github, discussionId) {
  return takeEarly(github, commentsKey(discussionId)) ?? readCommentVersions(github, discussionId);
}
var commentsKey = (discussionId) => `comment versions ${discussionId}`;
function listCommentVersionsEarly(github, discussionId) {
  startEarly(github, commentsKey(discussionId), () => readCommentVersions(github, discussionId));
}
async function readCommentVersions(github, discussionId) {
  const data = await github.graphql.paginate(CommandComments_default, { id: discussionId });
  const threads = data.node.comments.nodes;
  return {
    comments: threads.flatMap(({ replies, ...top }) => [
      version(top, top.id),
      ...replies.nodes.map((reply) => version(reply, top.id))
    ]),
    complete: threads.every((t) => t.replies.nodes.length >= t.replies.totalCount)
  };
}
async function proposalVotes(github, ids) {
  const votes = /* @__PURE__ */ new Map();
  const unique = [...new Set(ids)].slice(0, 100);
  if (unique.length === 0) return votes;
  let nodes;
  try {
    nodes = (await github.graphql(ProposalVotes_default, { ids: unique })).nodes;
  } catch (error) {
    const e = error;
    if (!e.data?.nodes || !e.errors?.every((x) => x.type === "NOT_FOUND")) throw error;
    nodes = e.data.nodes;
  }
  for (const node of nodes) {
    if (!node || !("id" in node)) continue;
    votes.set(node.id, node.reactionGroups.find((g) => g.content === "THUMBS_UP")?.reactors.totalCount ?? 0);
  }
  return votes;
}
async function deleteOwnComment(github, writes, input) {
  await writes.write(
    { action: "remove duplicate reply", target: input.label, summary: input.id },
    async () => {
      try {
        await github.graphql(DeleteDiscussionComment_default, { id: input.id });
      } catch (error) {
        const types = error.errors?.map((e) => e.type);
        if (types?.length && types.every((t) => t === "NOT_FOUND")) return;
        throw explainPermission(error, "remove a duplicate reply", "discussions: write");
      }
    },
    void 0
  );
}

// src/retro/commands/comment-event.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var str = (value) => typeof value === "string" ? value : null;
var int = (value) => typeof value === "number" && Number.isInteger(value) ? value : null;
function readCommentEvent(payload, action) {
  if (action !== "created" && action !== "edited" && action !== "deleted") {
    return `discussion_comment "${action}" is not created, edited or deleted; nothing to do.`;
  }
  const comment = payload.comment;
  const discussion = payload.discussion;
  if (!isRecord(comment) || !isRecord(discussion)) {
    return "The discussion_comment payload has no comment or discussion; nothing to do.";
  }
  const user = isRecord(comment.user) ? comment.user : {};
  const category = isRecord(discussion.category) ? discussion.category : null;
  const changes = isRecord(payload.changes) && isRecord(payload.changes.body) ? payload.changes.body : null;
  const fields = {
    id: int(comment.id),
    nodeId: str(comment.node_id),
    body: str(comment.body) ?? "",
    login: str(user.login),
    createdAt: str(comment.created_at),
    number: int(discussion.number)
  };
  const missing = Object.entries(fields).filter(([, value]) => value === null).map(([key]) => key);
  if (missing.length > 0 || !fields.nodeId || !fields.login || !fields.createdAt || fields.number === null) {
    return `The discussion_comment payload lacks ${missing.join(", ")}; nothing to do.`;
  }
  return {
    action,
    comment: {
      id: fields.id ?? 0,
      nodeId: fields.nodeId,
      body: fields.body,
      previousBody: changes ? str(changes.from) : null,
      login: fields.login,
      userId: int(user.id),
      userType: str(user.type) ?? "User",
      parentId: int(comment.parent_id),
      createdAt: fields.createdAt,
      updatedAt: str(comment.updated_at) ?? fields.createdAt,
      url: str(comment.html_url) ?? ""
    },
    discussion: {
      number: fields.number,
      nodeId: str(discussion.node_id) ?? "",
      category: category ? { slug: str(category.slug) ?? "", name: str(category.name) ?? "" } : null
    }
  };
}
function inRetroCategory(event, config) {
  const category = event.discussion.category;
  if (!category) return true;
  const wanted = config.discussionCategory.trim().toLowerCase();
  return category.slug.toLowerCase() === wanted || category.name.toLowerCase() === wanted;
}

export {
  listCommentVersions,
  listCommentVersionsEarly,
  proposalVotes,
  deleteOwnComment,
  readCommentEvent,
  inRetroCategory
};
