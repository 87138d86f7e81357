import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubActionError,
  explainPermission
} from "./chunk-D36BQLDK.js";

// src/github/identity.ts
function authorIdOf(author) {
  return typeof author?.databaseId === "number" ? author.databaseId : null;
}
function authorLoginOf(author) {
  if (!author) return null;
  return author.__typename === "Bot" && !author.login.endsWith("[bot]") ? `${author.login}[bot]` : author.login;
}
function isBy(authorId, actor) {
  return typeof authorId === "number" && authorId === actor.databaseId;
}

// src/github/graphql/AddDiscussionComment.graphql
var AddDiscussionComment_default = "mutation AddDiscussionComment($discussionId: ID!, $body: String!, $replyToId: ID) {\n  addDiscussionComment(input: { discussionId: $discussionId, body: $body, replyToId: $replyToId }) {\n    comment {\n      id\n      databaseId\n      url\n    }\n  }\n}\n";

// src/github/graphql/CategoryDiscussions.graphql
var CategoryDiscussions_default = "query CategoryDiscussions($owner: String!, $name: String!, $categoryId: ID!, $cursor: String) {\n  repository(owner: $owner, name: $name) {\n    discussions(\n      first: 100\n      after: $cursor\n      categoryId: $categoryId\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      nodes {\n        id\n        number\n        url\n        title\n        body\n        closed\n        createdAt\n        author {\n          __typename\n          login\n          ... on Bot {\n            databaseId\n          }\n          ... on User {\n            databaseId\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n";

// src/github/graphql/CloseDiscussion.graphql
var CloseDiscussion_default = "mutation CloseDiscussion($id: ID!) {\n  closeDiscussion(input: { discussionId: $id, reason: RESOLVED }) {\n    discussion {\n      id\n      closed\n    }\n  }\n}\n";

// src/github/graphql/CreateDiscussion.graphql
var CreateDiscussion_default = "mutation CreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {\n  createDiscussion(\n    input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }\n  ) {\n    discussion {\n      id\n      number\n      url\n    }\n  }\n}\n";

// src/github/graphql/DiscussionByNumber.graphql
var DiscussionByNumber_default = "query DiscussionByNumber($owner: String!, $name: String!, $number: Int!) {\n  repository(owner: $owner, name: $name) {\n    discussion(number: $number) {\n      id\n      number\n      url\n      title\n      body\n      closed\n      createdAt\n      author {\n        __typename\n        login\n        ... on Bot {\n          databaseId\n        }\n        ... on User {\n          databaseId\n        }\n      }\n      category {\n        id\n        slug\n        name\n      }\n    }\n  }\n}\n";

// src/github/graphql/DiscussionComments.graphql
var DiscussionComments_default = "query DiscussionComments($id: ID!, $cursor: String) {\n  node(id: $id) {\n    ... on Discussion {\n      comments(first: 100, after: $cursor) {\n        nodes {\n          id\n          databaseId\n          url\n          body\n          createdAt\n          updatedAt\n          isMinimized\n          author {\n            __typename\n            login\n            ... on Bot {\n              databaseId\n            }\n            ... on User {\n              databaseId\n            }\n          }\n          reactionGroups {\n            content\n            reactors(first: 1) {\n              totalCount\n            }\n          }\n          replies(first: 100) {\n            totalCount\n            nodes {\n              id\n              databaseId\n              url\n              body\n              createdAt\n              updatedAt\n              isMinimized\n              author {\n                __typename\n                login\n                ... on Bot {\n                  databaseId\n                }\n                ... on User {\n                  databaseId\n                }\n              }\n              reactionGroups {\n                content\n                reactors(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}\n";

// src/github/graphql/DiscussionSetup.graphql
var DiscussionSetup_default = "# The viewer rides along: every stage that needs the setup also needs to recognise its own discussions.\nquery DiscussionSetup($owner: String!, $name: String!) {\n  viewer {\n    login\n    databaseId\n  }\n  repository(owner: $owner, name: $name) {\n    id\n    hasDiscussionsEnabled\n    viewerPermission\n    discussionCategories(first: 100) {\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n}\n";

// src/github/graphql/UpdateDiscussion.graphql
var UpdateDiscussion_default = "mutation UpdateDiscussion($id: ID!, $body: String!) {\n  updateDiscussion(input: { discussionId: $id, body: $body }) {\n    discussion {\n      id\n      updatedAt\n    }\n  }\n}\n";

// src/github/graphql/UpdateDiscussionComment.graphql
var UpdateDiscussionComment_default = "mutation UpdateDiscussionComment($commentId: ID!, $body: String!) {\n  updateDiscussionComment(input: { commentId: $commentId, body: $body }) {\n    comment {\n      id\n    }\n  }\n}\n";

// src/github/graphql/Viewer.graphql
var Viewer_default = "query Viewer {\n  viewer {\n    login\n    databaseId\n  }\n}\n";

// src/github/run-reads.ts
var memos = /* @__PURE__ */ new WeakMap();
function memoOf(github) {
  let memo = memos.get(github);
  if (!memo) {
    memo = /* @__PURE__ */ new Map();
    memos.set(github, memo);
  }
  return memo;
}
function shared(github, key, create) {
  const memo = memoOf(github);
  if (memo.has(key)) return memo.get(key);
  const value = create();
  memo.set(key, value);
  if (value instanceof Promise) {
    value.catch(() => {
      if (memo.get(key) === value) memo.delete(key);
    });
  }
  return value;
}
function prime(github, key, value) {
  const memo = memoOf(github);
  if (!memo.has(key)) shared(github, key, () => value);
}
var earlyReads = /* @__PURE__ */ new WeakMap();
function startEarly(github, key, read) {
  let reads = earlyReads.get(github);
  if (!reads) {
    reads = /* @__PURE__ */ new Map();
    earlyReads.set(github, reads);
  }
  const value = read();
  value.catch(() => void 0);
  reads.set(key, value);
}
function takeEarly(github, key) {
  const reads = earlyReads.get(github);
  const value = reads?.get(key);
  reads?.delete(key);
  return value;
}

// src/github/discussions.ts
function sameLogin(a, b) {
  if (!a || !b) return false;
  return a.toLowerCase() === b.toLowerCase();
}
function viewerIdentity(github) {
  return shared(github, "viewer", async () => {
    const data = await github.graphql(Viewer_default);
    return data.viewer;
  });
}
function getDiscussionSetup(github, repo) {
  return shared(github, `discussion setup ${repo.owner}/${repo.name}`, () => {
    const data = github.graphql(DiscussionSetup_default, { owner: repo.owner, name: repo.name });
    prime(
      github,
      "viewer",
      data.then((d) => d.viewer)
    );
    return data.then((d) => ({
      repositoryId: d.repository.id,
      enabled: d.repository.hasDiscussionsEnabled,
      viewerPermission: d.repository.viewerPermission,
      categories: d.repository.discussionCategories.nodes
    }));
  });
}
function resolveCategory(setup, wanted, repo) {
  if (!setup.enabled) {
    throw new GitHubActionError(
      `Discussions are disabled in ${repo.owner}/${repo.name}. Enable them in the repository's Settings \u2192 General \u2192 Features \u2192 Discussions, then create a category for retrospectives (e.g. "Retrospectives").`
    );
  }
  const key = wanted.trim().toLowerCase();
  const found = setup.categories.find((c) => c.slug.toLowerCase() === key || c.name.toLowerCase() === key);
  if (found) return found;
  const existing = setup.categories.map((c) => `"${c.name}" (${c.slug})`).join(", ") || "none";
  throw new GitHubActionError(
    `The discussion category "${wanted}" does not exist in ${repo.owner}/${repo.name}. Existing categories: ${existing}. Set discussion-category to one of them, or create it in the Discussions tab.`
  );
}
async function listCategoryDiscussions(github, repo, categoryId) {
  const data = await github.graphql.paginate(CategoryDiscussions_default, {
    owner: repo.owner,
    name: repo.name,
    categoryId
  });
  return data.repository.discussions.nodes.map(({ author, ...rest }) => ({
    ...rest,
    author: authorLoginOf(author),
    authorId: authorIdOf(author)
  }));
}
var discussionKey = (repo, number) => `discussion ${repo.owner}/${repo.name}#${number}`;
function getDiscussion(github, repo, number) {
  return takeEarly(github, discussionKey(repo, number)) ?? readDiscussion(github, repo, number);
}
function readDiscussionEarly(github, repo, number) {
  startEarly(github, discussionKey(repo, number), () => readDiscussion(github, repo, number));
}
async function readDiscussion(github, repo, number) {
  const data = await github.graphql(DiscussionByNumber_default, { owner: repo.owner, name: repo.name, number });
  const found = data.repository.discussion;
  return found ? { ...found, author: authorLoginOf(found.author), authorId: authorIdOf(found.author) } : null;
}
function toComment(raw, replyTo) {
  const { author, reactionGroups, ...rest } = raw;
  return {
    ...rest,
    author: authorLoginOf(author),
    authorId: authorIdOf(author),
    reactions: reactionGroups.map((g) => ({ content: g.content, count: g.reactors.totalCount })),
    replyTo
  };
}
async function listDiscussionComments(github, discussionId) {
  const data = await github.graphql.paginate(DiscussionComments_default, { id: discussionId });
  return data.node.comments.nodes.flatMap(({ replies, ...top }) => [
    toComment(top, null),
    ...replies.nodes.map((reply) => toComment(reply, top.id))
  ]);
}
function thumbsUp(comment) {
  return comment.reactions.find((r) => r.content === "THUMBS_UP")?.count ?? 0;
}
async function createDiscussion(github, writes, input) {
  return writes.write(
    {
      action: "create discussion",
      target: `${input.repo.owner}/${input.repo.name}`,
      summary: `"${input.title}" (${input.body.length} characters)`,
      body: input.body
    },
    async () => {
      try {
        const data = await github.graphql(CreateDiscussion_default, {
          repositoryId: input.repositoryId,
          categoryId: input.categoryId,
          title: input.title,
          body: input.body
        });
        return data.createDiscussion.discussion;
      } catch (error) {
        throw explainPermission(error, "create the retrospective discussion", "discussions: write");
      }
    },
    { id: "DRY_RUN_DISCUSSION", number: 0, url: "(dry run: no discussion created)" }
  );
}
async function updateDiscussionBody(github, writes, input) {
  await writes.write(
    {
      action: "update discussion body",
      target: input.label,
      summary: `${input.body.length} characters`,
      body: input.body
    },
    async () => {
      try {
        await github.graphql(UpdateDiscussion_default, { id: input.id, body: input.body });
      } catch (error) {
        throw explainPermission(error, "update the retrospective discussion", "discussions: write");
      }
    },
    void 0
  );
}
async function addDiscussionComment(github, writes, input) {
  return writes.write(
    {
      action: input.replyToId ? "reply in discussion" : "comment on discussion",
      target: input.label,
      summary: input.body.split("\n")[0]?.slice(0, 100) ?? "",
      body: input.body
    },
    async () => {
      try {
        const data = await github.graphql(AddDiscussionComment_default, {
          discussionId: input.discussionId,
          body: input.body,
          replyToId: input.replyToId ?? null
        });
        return data.addDiscussionComment.comment;
      } catch (error) {
        throw explainPermission(error, "comment on the retrospective discussion", "discussions: write");
      }
    },
    { id: `DRY_RUN_COMMENT`, databaseId: 0, url: "(dry run: no comment created)" }
  );
}
async function editDiscussionComment(github, writes, input) {
  await writes.write(
    {
      action: "edit discussion comment",
      target: input.label,
      summary: `${input.body.split("\n")[0]?.slice(0, 100) ?? ""} (${input.body.length} characters)`,
      body: input.body
    },
    async () => {
      try {
        await github.graphql(UpdateDiscussionComment_default, { commentId: input.commentId, body: input.body });
      } catch (error) {
        throw explainPermission(
          error,
          input.purpose ?? "edit a comment on the retrospective discussion",
          "discussions: write"
        );
      }
    },
    void 0
  );
}
async function closeDiscussion(github, writes, input) {
  await writes.write(
    { action: "close discussion as resolved", target: input.label, summary: "reason RESOLVED" },
    async () => {
      try {
        await github.graphql(CloseDiscussion_default, { id: input.id });
      } catch (error) {
        throw explainPermission(error, "close the retrospective discussion", "discussions: write");
      }
    },
    void 0
  );
}

export {
  shared,
  startEarly,
  takeEarly,
  authorIdOf,
  authorLoginOf,
  isBy,
  sameLogin,
  viewerIdentity,
  getDiscussionSetup,
  resolveCategory,
  listCategoryDiscussions,
  getDiscussion,
  readDiscussionEarly,
  listDiscussionComments,
  thumbsUp,
  createDiscussion,
  updateDiscussionBody,
  addDiscussionComment,
  editDiscussionComment,
  closeDiscussion
};
