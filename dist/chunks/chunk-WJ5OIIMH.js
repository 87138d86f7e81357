import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import {
  require_fs
} from "./chunk-XDTKL5F7.js";
import {
  GitHubActionError,
  explainPermission,
  isNotFound,
  statusOf
} from "./chunk-D36BQLDK.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/github/contents.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var CONTENTS_WRITE = "contents: write";
async function getDefaultBranch(github, repo) {
  const { data } = await github.request("GET /repos/{owner}/{repo}", { owner: repo.owner, repo: repo.name });
  return data.default_branch;
}
async function getFile(github, repo, path, branch) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: repo.owner,
      repo: repo.name,
      path,
      ...branch ? { ref: branch } : {}
    });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) {
      const what = Array.isArray(data) ? "a directory" : `a ${data.type}`;
      throw new Error(
        `${path} in ${repo.owner}/${repo.name}${branch ? ` on ${branch}` : ""} is ${what}, not a file.`
      );
    }
    return { sha: data.sha, content: Buffer.from(data.content, "base64").toString("utf8") };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
async function readRepoFile(github, repo, path, workspace) {
  const clean = path.replace(/^\.?\/+/, "");
  const local = (0, import_node_path.join)(workspace, clean);
  if ((0, import_node_fs.existsSync)(local)) return (0, import_node_fs.readFileSync)(local, "utf8");
  return (await getFile(github, repo, clean))?.content ?? null;
}
async function getBranchSha(github, repo, branch) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      owner: repo.owner,
      repo: repo.name,
      ref: `heads/${branch}`
    });
    return data.object.sha;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
async function createBranch(github, writes, repo, branch, sha) {
  await writes.write(
    {
      action: "create branch",
      target: `${repo.owner}/${repo.name}`,
      summary: `${branch} at ${sha.slice(0, 7)}`
    },
    async () => {
      try {
        await github.request("POST /repos/{owner}/{repo}/git/refs", {
          owner: repo.owner,
          repo: repo.name,
          ref: `refs/heads/${branch}`,
          sha
        });
      } catch (error) {
        throw explainPermission(error, `create the branch ${branch}`, CONTENTS_WRITE);
      }
    },
    void 0
  );
}
async function putFile(github, writes, repo, input) {
  await writes.write(
    {
      action: input.sha ? "update file" : "create file",
      target: `${repo.owner}/${repo.name}@${input.branch}`,
      summary: `${input.path} (${input.content.length} characters): ${input.message}`
    },
    async () => {
      try {
        await github.request("PUT /repos/{owner}/{repo}/contents/{path}", {
          owner: repo.owner,
          repo: repo.name,
          path: input.path,
          branch: input.branch,
          message: input.message,
          content: Buffer.from(input.content, "utf8").toString("base64"),
          ...input.sha ? { sha: input.sha } : {}
        });
      } catch (error) {
        throw explainBranchRule(error, input.path, input.branch) ?? explainPermission(error, `write ${input.path} on ${input.branch}`, CONTENTS_WRITE);
      }
    },
    void 0
  );
}
function explainActionsPullRequestSetting(error, head) {
  const message = error instanceof Error ? error.message : "";
  if (statusOf(error) !== 403 || !/not permitted to create or approve pull requests/i.test(message))
    return null;
  return new GitHubActionError(
    `GitHub refused to open a pull request from ${head}: "GitHub Actions is not permitted to create or approve pull requests". Turn on "Allow GitHub Actions to create and approve pull requests" in the repository's Settings \u2192 Actions \u2192 General \u2192 Workflow permissions (an organization setting can lock it), or use publish.mode: commit. A pull request opened with GITHUB_TOKEN starts no workflow runs: CI does not run on it.`,
    { cause: error }
  );
}
function explainBranchRule(error, path, branch) {
  const message = error instanceof Error ? error.message : "";
  const status = statusOf(error);
  if (status !== 409 && status !== 422) return null;
  const rule = /rule violations/i.test(message) ? "a repository ruleset" : /protected branch/i.test(message) ? "branch protection" : null;
  if (!rule) return null;
  const words = message.split(" - https://")[0]?.replace(/\s+/g, " ").trim();
  return new GitHubActionError(
    `GitHub refused to write ${path} on ${branch}: ${rule} on ${branch} refuses direct writes ("${words}"). Use publish.mode: pull-request (it writes to publish.branch and opens a pull request), or let GitHub Actions bypass the rule for ${branch}.`,
    { cause: error }
  );
}
async function findOpenPull(github, repo, head, base) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/pulls", {
    owner: repo.owner,
    repo: repo.name,
    head: `${repo.owner}:${head}`,
    base,
    state: "open",
    per_page: 100
  });
  const pull = data[0];
  return pull ? { number: pull.number, url: pull.html_url } : null;
}
async function createPull(github, writes, repo, input) {
  return writes.write(
    {
      action: "open pull request",
      target: `${repo.owner}/${repo.name}`,
      summary: `"${input.title}" ${input.head} \u2192 ${input.base}`,
      body: input.body
    },
    async () => {
      try {
        const { data } = await github.request("POST /repos/{owner}/{repo}/pulls", {
          owner: repo.owner,
          repo: repo.name,
          ...input
        });
        return { number: data.number, url: data.html_url };
      } catch (error) {
        throw explainActionsPullRequestSetting(error, input.head) ?? explainPermission(error, `open a pull request from ${input.head}`, "pull-requests: write");
      }
    },
    { number: 0, url: "(dry run: no pull request opened)" }
  );
}
function blobUrl(serverUrl, repo, branch, path) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${serverUrl}/${repo.owner}/${repo.name}/blob/${encodeURIComponent(branch).replaceAll("%2F", "/")}/${encoded}`;
}
async function publishByCommit(github, writes, repo, input) {
  const branch = await getDefaultBranch(github, repo);
  const existing = await getFile(github, repo, input.path, branch);
  const fileUrl = blobUrl(input.serverUrl, repo, branch, input.path);
  if (existing?.content === input.content) return { outcome: "unchanged", branch, fileUrl, pull: null };
  await putFile(github, writes, repo, {
    path: input.path,
    branch,
    message: input.message,
    content: input.content,
    sha: existing?.sha ?? null
  });
  return { outcome: "committed", branch, fileUrl, pull: null };
}
async function publishByPullRequest(github, writes, repo, input) {
  const base = await getDefaultBranch(github, repo);
  const onBase = await getFile(github, repo, input.path, base);
  const fileUrl = blobUrl(input.serverUrl, repo, base, input.path);
  if (onBase?.content === input.content) {
    return { outcome: "already-published", branch: base, fileUrl, pull: null };
  }
  let onBranch;
  if (await getBranchSha(github, repo, input.branch) === null) {
    const baseSha = await getBranchSha(github, repo, base);
    if (baseSha === null)
      throw new Error(`The default branch ${base} of ${repo.owner}/${repo.name} has no commit.`);
    await createBranch(github, writes, repo, input.branch, baseSha);
    onBranch = onBase;
  } else {
    onBranch = await getFile(github, repo, input.path, input.branch);
  }
  if (onBranch?.content !== input.content) {
    await putFile(github, writes, repo, {
      path: input.path,
      branch: input.branch,
      message: input.message,
      content: input.content,
      sha: onBranch?.sha ?? null
    });
  }
  const pull = await findOpenPull(github, repo, input.branch, base) ?? await createPull(github, writes, repo, {
    title: input.title,
    head: input.branch,
    base,
    body: input.body
  });
  return { outcome: "pull-request", branch: input.branch, fileUrl, pull };
}
async function getReleaseByTag(github, repo, tag) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
      owner: repo.owner,
      repo: repo.name,
      tag
    });
    return { id: data.id, body: data.body ?? "", url: data.html_url };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
async function updateReleaseBody(github, writes, repo, release, body) {
  await writes.write(
    { action: "update release notes", target: release.url, summary: `${body.length} characters`, body },
    async () => {
      try {
        await github.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
          owner: repo.owner,
          repo: repo.name,
          release_id: release.id,
          body
        });
      } catch (error) {
        throw explainPermission(error, "add the retrospective link to the release notes", CONTENTS_WRITE);
      }
    },
    void 0
  );
}

export {
  readRepoFile,
  publishByCommit,
  publishByPullRequest,
  getReleaseByTag,
  updateReleaseBody
};
