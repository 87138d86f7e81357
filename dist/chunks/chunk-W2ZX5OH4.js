import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_crypto
} from "./chunk-HO4A77JF.js";
import {
  readUserTemplate,
  require_promises
} from "./chunk-OKKC7FS5.js";
import {
  notice
} from "./chunk-UA73MC25.js";
import {
  getReleaseByTag,
  publishByCommit,
  publishByPullRequest,
  updateReleaseBody
} from "./chunk-WJ5OIIMH.js";
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import {
  CLOSING_MARKER,
  DOCUMENT_MARKER,
  Failures,
  ISSUE_END,
  ISSUE_START,
  RELEASE_LINK_END,
  RELEASE_LINK_START,
  acceptanceCriteria,
  createIssue,
  createMilestone,
  decidedItems,
  dueMarker,
  ensureLabels,
  formatFailures,
  getIssue,
  isAssignable,
  issueKey,
  issueTitle,
  labelsFor,
  listIssuesWithLabel,
  listLabels,
  listMilestones,
  milestoneFor,
  orderForIssues,
  ownerMarker,
  previousItemsStatus,
  priorityOf,
  refreshVotes,
  renderClosingComment,
  renderDocumentComment,
  renderIssueBody,
  renderRetrospectiveDocument,
  replaceRegion,
  tagLabel,
  updateIssue,
  withoutFrontMatter
} from "./chunk-OHFG5JAD.js";
import {
  rerenderBody
} from "./chunk-77REARUG.js";
import {
  findByTag,
  loadRetroIndex
} from "./chunk-ZQJFIL33.js";
import {
  GITHUB_BODY_LIMIT,
  escapeInline,
  link,
  quietMention,
  truncate
} from "./chunk-TJI3AFGO.js";
import {
  addDiscussionComment,
  closeDiscussion,
  editDiscussionComment,
  isBy,
  listDiscussionComments,
  sameLogin,
  thumbsUp,
  updateDiscussionBody
} from "./chunk-ZCQLGQEF.js";
import {
  GitHubActionError,
  isForbidden,
  isNotFound,
  statusOf
} from "./chunk-D36BQLDK.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/github/permissions.ts
function unreadableTeamAdvice(teams) {
  return `Either ${teams} does not exist or the token cannot read the organization's teams (GITHUB_TOKEN never can: GitHub answers it 404). Pass a token with the organization permission "Members: read" as github-token, or list the facilitators by name in \`facilitators.users\`.`;
}
var LEGACY = ["admin", "write", "read", "none"];
var PermissionGateway = class {
  constructor(github, repo, log) {
    this.github = github;
    this.repo = repo;
    this.log = log;
  }
  github;
  repo;
  log;
  #permissions = /* @__PURE__ */ new Map();
  #teams = /* @__PURE__ */ new Map();
  #readableTeams = /* @__PURE__ */ new Map();
  #assignable = /* @__PURE__ */ new Map();
  /** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`; a login GitHub does not know is `none`. */
  permission(login) {
    return cached(this.#permissions, login.toLowerCase(), async () => {
      try {
        const { data } = await this.github.request(
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          {
            owner: this.repo.owner,
            repo: this.repo.name,
            username: login
          }
        );
        const permission = LEGACY.includes(data.permission) ? data.permission : "none";
        return { permission, roleName: data.role_name || permission };
      } catch (error) {
        if (statusOf(error) === 404) return { permission: "none", roleName: "none" };
        throw error;
      }
    });
  }
  /**
   * `GET /orgs/{org}/teams/{team_slug}/memberships/{username}`: a member only when the state is `active`
   * (`pending` is an invitation not yet accepted). GitHub answers 404 both to a non-member and to a token that
   * cannot read the organization's teams, which GITHUB_TOKEN never can (it has no organization permissions:
   * https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication).
   * So a 404 is settled by reading the team itself (`GET /orgs/{org}/teams/{team_slug}`, once per team): a
   * team the token can see makes it "not a member"; one it cannot is `unreadable`, which the caller reports
   * (a configured team never grants anything by accident, and never silently grants nobody).
   */
  teamMembership(team, login) {
    const [org = "", slug = ""] = team.split("/");
    return cached(this.#teams, `${team.toLowerCase()}|${login.toLowerCase()}`, async () => {
      try {
        const { data } = await this.github.request(
          "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
          {
            org,
            team_slug: slug,
            username: login
          }
        );
        return data.state === "active" ? "member" : "not-member";
      } catch (error) {
        if (statusOf(error) === 404)
          return await this.#teamReadable(org, slug) ? "not-member" : "unreadable";
        if (isForbidden(error)) {
          this.#warnUnreadable(team, 403);
          return "unreadable";
        }
        throw error;
      }
    });
  }
  #teamReadable(org, slug) {
    return cached(this.#readableTeams, `${org}/${slug}`.toLowerCase(), async () => {
      try {
        await this.github.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug });
        return true;
      } catch (error) {
        if (statusOf(error) !== 404 && !isForbidden(error)) throw error;
        this.#warnUnreadable(`${org}/${slug}`, statusOf(error) ?? 403);
        return false;
      }
    });
  }
  #warnUnreadable(team, status) {
    this.log?.warning(
      `Cannot read the team ${team} (GitHub answered ${status}), so it makes nobody a facilitator. ${unreadableTeamAdvice(team)}`
    );
  }
  /** `GET /repos/{owner}/{repo}/assignees/{assignee}`: 204 when the login can be assigned issues, 404 when not. */
  isAssignable(login) {
    return cached(this.#assignable, login.toLowerCase(), async () => {
      try {
        await this.github.request("GET /repos/{owner}/{repo}/assignees/{assignee}", {
          owner: this.repo.owner,
          repo: this.repo.name,
          assignee: login
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }
};
function cached(map, key, load) {
  const hit = map.get(key);
  if (hit) return hit;
  const promise = load();
  map.set(key, promise);
  promise.catch(() => map.delete(key));
  return promise;
}

// src/retro/commands/authorize.ts
var DECIDING_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function hasWriteOrAbove(p) {
  return DECIDING_ROLES.has(p.roleName.toLowerCase()) || p.permission === "admin" || p.permission === "write";
}
function needsFacilitatorCheck(lines, config) {
  return lines.some((line) => {
    switch (line.kind) {
      case "accept":
      case "reject":
      case "finalize":
      case "assign":
      case "due":
      case "priority":
        return true;
      case "action":
      case "learning":
        return config.proposers === "facilitators";
      default:
        return false;
    }
  });
}
async function isFacilitator(source, config, login) {
  return (await facilitatorStanding(source, config, login)).facilitator;
}
async function facilitatorStanding(source, config, login) {
  const key = login.toLowerCase();
  const unreadableTeams = [];
  if (config.facilitators.users.some((user) => user.toLowerCase() === key))
    return { facilitator: true, unreadableTeams };
  if (hasWriteOrAbove(await source.permission(login))) return { facilitator: true, unreadableTeams };
  for (const team of config.facilitators.teams) {
    const membership = await source.teamMembership(team, login);
    if (membership === "member") return { facilitator: true, unreadableTeams: [] };
    if (membership === "unreadable") unreadableTeams.push(team);
  }
  return { facilitator: false, unreadableTeams };
}
function unreadableTeamsNote(actor) {
  const teams = actor.unreadableTeams ?? [];
  if (teams.length === 0) return "";
  const named = teams.map((t) => `\`${t}\``).join(" or ");
  return `. The team ${named} in \`facilitators.teams\` could not be read. ${unreadableTeamAdvice(named)}`;
}
async function resolveActor(source, config, login, lines) {
  const { facilitator, unreadableTeams } = needsFacilitatorCheck(lines, config) ? await facilitatorStanding(source, config, login) : { facilitator: false, unreadableTeams: [] };
  const participant = config.proposers === "anyone" || facilitator;
  return unreadableTeams.length > 0 ? { login, facilitator, participant, unreadableTeams } : { login, facilitator, participant };
}

// src/retro/finalize/counted.ts
var TEAM_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write", "triage"]);
var isBot = (login) => !login || /\[bot\]$/i.test(login);
async function countedPeople(config, state, candidates, actor, permissions) {
  const people = [
    ...new Map(
      candidates.filter((l) => !isBot(l) && !sameLogin(l ?? "", actor)).map((l) => [l.toLowerCase(), l])
    ).values()
  ];
  if (config.record.counts === "everyone") {
    const all = new Set(people.map((l) => l.toLowerCase()));
    return { has: (l) => !!l && all.has(l.toLowerCase()), who: "everyone who commented", left: [] };
  }
  const known = new Set(
    [
      ...state.releaseParticipants ?? [],
      ...config.record.people,
      ...config.stakeholders.filter((s) => !s.includes("/"))
    ].map((l) => l.toLowerCase())
  );
  const team = /* @__PURE__ */ new Set();
  for (const login of people) {
    const key = login.toLowerCase();
    if (known.has(key) || TEAM_ROLES.has((await permissions.permission(login)).roleName.toLowerCase()) || await isFacilitator(permissions, config, login))
      team.add(key);
  }
  return {
    has: (l) => !!l && team.has(l.toLowerCase()),
    who: "the team: people with triage access or above, facilitators, the release's participants and stakeholders",
    left: people.filter((l) => !team.has(l.toLowerCase())).sort((a, b) => a.localeCompare(b))
  };
}

// src/retro/finalize/document.ts
function reflectionText(body) {
  return body.replace(/\r\n?/g, "\n").split("\n").filter((line) => !/^\s*\/[a-z]+\b/i.test(line)).join("\n").trim();
}
function candidatesOf(state, comments, actor) {
  return [
    // The action's own comments by id: GraphQL names a bot without its [bot] suffix (src/github/identity.ts).
    ...comments.filter((c) => !c.isMinimized && !isBy(c.authorId, actor)).map((c) => c.author),
    ...state.items.flatMap((i) => [i.proposer, i.owner]),
    ...state.learnings.map((l) => l.author)
  ];
}
function participantsOf(state, comments, actor, counted) {
  const names = /* @__PURE__ */ new Map();
  const add = (login) => {
    if (!login || isBot(login) || sameLogin(login, actor.login) || !counted.has(login)) return;
    const key = login.toLowerCase();
    if (!names.has(key)) names.set(key, login);
  };
  for (const c of comments) if (!c.isMinimized && !isBy(c.authorId, actor)) add(c.author);
  for (const item of state.items) {
    add(item.proposer);
    if (item.status === "accepted" || item.status === "created") add(item.owner);
  }
  for (const l of keptLearnings(state, comments, counted)) add(l.author);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}
function keptLearnings(state, comments, counted) {
  const minimized = new Set(comments.filter((c) => c.isMinimized).map((c) => c.id));
  return state.learnings.filter((l) => counted.has(l.author) && !minimized.has(l.sourceCommentId));
}
function reflectionsOf(config, state, comments, actor, counted) {
  return config.survey.map((prompt) => {
    const threadId = state.surveyThreads[prompt.id];
    const replies = threadId ? comments.filter(
      (c) => c.replyTo === threadId && !c.isMinimized && !isBy(c.authorId, actor) && counted.has(c.author)
    ).map((c) => ({
      prompt: prompt.title,
      author: c.author,
      body: reflectionText(c.body),
      url: c.url,
      votes: thumbsUp(c),
      createdAt: c.createdAt
    })).filter((r) => r.body !== "").sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt)).map(({ createdAt: _createdAt, ...r }) => r) : [];
    return { title: prompt.title, replies };
  });
}
function topReflections(prompts, count = 5) {
  return prompts.flatMap((p) => p.replies).filter((r) => r.votes > 0).sort((a, b) => b.votes - a.votes).slice(0, count);
}

// src/retro/finalize/issues.ts
var lower = (s) => s.toLowerCase();
async function existingIssues(ic, items) {
  const { ctx, tag, actor } = ic;
  const found = /* @__PURE__ */ new Map();
  const ours = (issue, item) => isBy(issue.authorId, actor) && issue.body.includes(issueKey(tag, item.id));
  const tagged = await listIssuesWithLabel(ctx.github, ctx.repo, tagLabel(ctx.config, tag).name);
  for (const item of items) {
    const issue = tagged.find((i) => ours(i, item));
    if (issue) found.set(item.id, issue);
  }
  for (const item of items) {
    if (found.has(item.id) || item.issueNumber === null) continue;
    const issue = await getIssue(ctx.github, ctx.repo, item.issueNumber);
    if (issue && ours(issue, item)) found.set(item.id, issue);
  }
  return found;
}
function issueBody(ic, item, previous) {
  const { ctx, tag } = ic;
  const region = [
    ISSUE_START,
    issueKey(tag, item.id),
    ...item.due ? [dueMarker(item.due)] : [],
    ...item.owner ? [ownerMarker(item.owner)] : [],
    renderIssueBody({
      tag,
      item,
      priority: priorityOf(item, ctx.config),
      discussionUrl: ic.discussionUrl,
      releaseUrl: ic.releaseUrl,
      acceptance: acceptanceCriteria(ic.commentBodies.get(item.sourceCommentId) ?? "")
    }),
    ISSUE_END
  ].join("\n");
  return previous === null ? `${region}
` : replaceRegion(previous, ISSUE_START, ISSUE_END, region);
}
function issueChanges(issue, wanted) {
  const changes = {};
  if (issue.title !== wanted.title) changes.title = wanted.title;
  if (issue.body !== wanted.body) changes.body = wanted.body;
  const have = new Set(issue.labels.map(lower));
  const missingLabels = wanted.labels.filter((l) => !have.has(lower(l)));
  if (missingLabels.length > 0) changes.labels = [...issue.labels, ...missingLabels];
  const assigned = new Set(issue.assignees.map(lower));
  const missingAssignees = wanted.assignees.filter((a) => !assigned.has(lower(a)));
  if (missingAssignees.length > 0) changes.assignees = [...issue.assignees, ...missingAssignees];
  if (wanted.milestone !== null && issue.milestone?.number !== wanted.milestone)
    changes.milestone = wanted.milestone;
  return changes;
}
var Milestones = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  list;
  /** The repository's milestones, listed once. */
  known() {
    this.list ??= listMilestones(this.ctx.github, this.ctx.repo);
    return this.list;
  }
  async numberFor(plan) {
    const list = await this.known();
    const existing = list.find((m) => m.title === plan.title);
    if (existing) return existing.number;
    const created = await createMilestone(this.ctx.github, this.ctx.writes, this.ctx.repo, {
      title: plan.title,
      dueDay: plan.dueDay,
      description: "Action items decided in release retrospectives."
    });
    list.push(created);
    return created.number;
  }
};
var Assignability = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  known = /* @__PURE__ */ new Map();
  check(login) {
    const key = lower(login);
    let answer = this.known.get(key);
    if (!answer) {
      answer = isAssignable(this.ctx.github, this.ctx.repo, login);
      this.known.set(key, answer);
    }
    return answer;
  }
};
async function syncIssues(ic) {
  const { ctx, failures } = ic;
  const items = orderForIssues(decidedItems(ic.record.state.items), ctx.config);
  if (items.length === 0) return [];
  const milestones = new Milestones(ctx);
  const assignable = new Assignability(ctx);
  const [labels, existing] = await Promise.all([
    listLabels(ctx.github, ctx.repo),
    existingIssues(ic, items),
    items.some((item) => milestoneFor(item, ctx.config)) ? milestones.known().catch(() => null) : null,
    ...items.flatMap((item) => item.owner ? [assignable.check(item.owner).catch(() => false)] : [])
  ]);
  const wantedLabels = /* @__PURE__ */ new Map();
  for (const item of items)
    for (const spec of labelsFor(item, ctx.config, ic.tag)) wantedLabels.set(lower(spec.name), spec);
  const labelFailures = await ensureLabels(ctx.github, ctx.writes, ctx.repo, labels, [
    ...wantedLabels.values()
  ]);
  for (const [name, error] of labelFailures)
    failures.add(`label "${wantedLabels.get(name)?.name ?? name}"`, "labels", error);
  const results = [];
  for (const item of items) {
    const subject = item.id;
    let issue = existing.get(item.id) ?? null;
    try {
      const plan = milestoneFor(item, ctx.config);
      let milestone = null;
      if (plan) {
        try {
          milestone = await milestones.numberFor(plan);
        } catch (error) {
          failures.add(subject, "milestone", error);
        }
      }
      const assignees = [];
      if (item.owner) {
        if (await assignable.check(item.owner)) assignees.push(item.owner);
        else {
          failures.add(
            subject,
            "assignee",
            new Error(
              `@${item.owner} cannot be assigned issues in ${ctx.repo.owner}/${ctx.repo.name}: GitHub assigns only people with access to the repository (or organization members who can read it). Give them access, or choose another owner with \`/assign ${item.id} @login\`, then finalize again.`
            )
          );
        }
      }
      const wanted = {
        title: issueTitle(item.title),
        body: issueBody(ic, item, issue?.body ?? null),
        labels: labelsFor(item, ctx.config, ic.tag).map((l) => l.name),
        assignees,
        milestone
      };
      if (issue === null) {
        issue = await createIssue(ctx.github, ctx.writes, ctx.repo, wanted);
        if (ctx.writes.dryRun) ctx.log.info(`${item.id}: created issue #${issue.number}`);
        else notice(ctx.log, `${item.id}: created issue #${issue.number} ${issue.url}`);
      } else {
        const changes = issueChanges(issue, wanted);
        if (Object.keys(changes).length > 0) {
          issue = await updateIssue(ctx.github, ctx.writes, ctx.repo, issue, changes);
          ctx.log.info(`${item.id}: updated issue #${issue.number} (${Object.keys(changes).join(", ")})`);
        }
      }
      await recordIssue(ic, item, issue);
    } catch (error) {
      failures.add(subject, "issue", error);
    }
    results.push({ item: ic.record.state.items.find((i) => i.id === item.id) ?? item, issue });
    if (issue) {
      try {
        await ic.board.add(item, priorityOf(item, ctx.config), issue);
      } catch (error) {
        failures.add(`${subject} (issue #${issue.number})`, "project", error);
      }
    }
  }
  return results;
}
async function recordIssue(ic, item, issue) {
  const state = ic.record.state;
  const current = state.items.find((i) => i.id === item.id);
  if (current?.status === "created" && current.issueNumber === issue.number && current.issueUrl === issue.url)
    return;
  const next = {
    ...state,
    items: state.items.map(
      (i) => i.id === item.id ? { ...i, status: "created", issueNumber: issue.number, issueUrl: issue.url } : i
    )
  };
  await ic.record.save(next);
}

// src/github/graphql/AddProjectItem.graphql
var AddProjectItem_default = "mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n  addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n    item {\n      id\n    }\n  }\n}\n";

// src/github/graphql/OrganizationProject.graphql
var OrganizationProject_default = "query OrganizationProject($login: String!, $number: Int!) {\n  organization(login: $login) {\n    projectV2(number: $number) {\n      id\n      title\n      url\n      fields(first: 100) {\n        nodes {\n          ... on ProjectV2Field {\n            id\n            name\n            dataType\n          }\n          ... on ProjectV2SingleSelectField {\n            id\n            name\n            dataType\n            options {\n              id\n              name\n            }\n          }\n          ... on ProjectV2IterationField {\n            id\n            name\n            dataType\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/github/graphql/ProjectItemFieldValues.graphql
var ProjectItemFieldValues_default = "query ProjectItemFieldValues($id: ID!) {\n  node(id: $id) {\n    ... on ProjectV2Item {\n      id\n      fieldValues(first: 100) {\n        nodes {\n          ... on ProjectV2ItemFieldTextValue {\n            text\n            field {\n              ... on ProjectV2FieldCommon {\n                id\n              }\n            }\n          }\n          ... on ProjectV2ItemFieldDateValue {\n            date\n            field {\n              ... on ProjectV2FieldCommon {\n                id\n              }\n            }\n          }\n          ... on ProjectV2ItemFieldNumberValue {\n            number\n            field {\n              ... on ProjectV2FieldCommon {\n                id\n              }\n            }\n          }\n          ... on ProjectV2ItemFieldSingleSelectValue {\n            optionId\n            field {\n              ... on ProjectV2FieldCommon {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/github/graphql/SetProjectFieldValue.graphql
var SetProjectFieldValue_default = "mutation SetProjectFieldValue($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {\n  updateProjectV2ItemFieldValue(\n    input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n  ) {\n    projectV2Item {\n      id\n    }\n  }\n}\n";

// src/github/graphql/UserProject.graphql
var UserProject_default = "query UserProject($login: String!, $number: Int!) {\n  user(login: $login) {\n    projectV2(number: $number) {\n      id\n      title\n      url\n      fields(first: 100) {\n        nodes {\n          ... on ProjectV2Field {\n            id\n            name\n            dataType\n          }\n          ... on ProjectV2SingleSelectField {\n            id\n            name\n            dataType\n            options {\n              id\n              name\n            }\n          }\n          ... on ProjectV2IterationField {\n            id\n            name\n            dataType\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/github/projects.ts
var ProjectAccessError = class extends GitHubActionError {
  name = "ProjectAccessError";
};
function parseProjectUrl(url) {
  const match = /^https?:\/\/[^/]+\/(orgs|users)\/([^/]+)\/projects\/(\d+)\/?$/.exec(url.trim());
  if (!match?.[2] || !match[3]) {
    throw new GitHubActionError(
      `project.url "${url}" is not a Projects (v2) URL; it looks like https://github.com/orgs/acme/projects/1 .`
    );
  }
  return {
    ownerType: match[1] === "orgs" ? "organization" : "user",
    owner: decodeURIComponent(match[2]),
    number: Number(match[3]),
    url: url.trim()
  };
}
function projectTokenAdvice(ref) {
  const how = ref.ownerType === "organization" ? `a fine-grained personal access token with resource owner "${ref.owner}" and the organization permission "Projects: Read and write" (plus "Issues: Read" on this repository), or a GitHub App installation token with the same permissions` : "a classic personal access token with the `project` scope (user-owned boards do not accept fine-grained tokens)";
  return `Create ${how}, store it as a repository secret (e.g. RELEASE_RETRO_PROJECT_TOKEN) and pass it as \`project-token: \${{ secrets.RELEASE_RETRO_PROJECT_TOKEN }}\`.`;
}
function missingProjectToken(ref) {
  return new ProjectAccessError(
    `The project board ${ref.url} cannot be updated: GITHUB_TOKEN cannot reach Projects (v2), and no project-token was given. ${projectTokenAdvice(ref)}`
  );
}
function explainProjectError(error, ref, doing) {
  if (isForbidden(error)) {
    return new ProjectAccessError(
      `GitHub refused to ${doing} on ${ref.url} ("Resource not accessible by integration" or a missing scope): the project-token cannot write to this board. ${projectTokenAdvice(ref)}`,
      { cause: error }
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
async function getProject(github, ref) {
  let data;
  try {
    data = await github.graphql(
      ref.ownerType === "organization" ? OrganizationProject_default : UserProject_default,
      {
        login: ref.owner,
        number: ref.number
      }
    );
  } catch (error) {
    if (isNotFound(error)) {
      throw new ProjectAccessError(
        `The project board ${ref.url} was not found, or the project-token cannot see it. Check project.url, and that the token's owner can open the board. ${projectTokenAdvice(ref)}`,
        { cause: error }
      );
    }
    throw explainProjectError(error, ref, "read the project board");
  }
  const project = data[ref.ownerType]?.projectV2;
  if (!project) {
    throw new ProjectAccessError(
      `The project board ${ref.url} was not found, or the project-token cannot see it. ${projectTokenAdvice(ref)}`
    );
  }
  const fields = project.fields.nodes.flatMap(
    (f) => f?.id && f.name ? [{ id: f.id, name: f.name, dataType: f.dataType ?? "UNKNOWN", options: f.options ?? [] }] : []
  );
  return { id: project.id, title: project.title, url: project.url, fields };
}
async function addProjectItem(github, writes, ref, input) {
  return writes.write(
    { action: "add to project", target: ref.url, summary: input.label },
    async () => {
      try {
        const data = await github.graphql(AddProjectItem_default, {
          projectId: input.projectId,
          contentId: input.contentId
        });
        return data.addProjectV2ItemById.item.id;
      } catch (error) {
        throw explainProjectError(error, ref, `add ${input.label}`);
      }
    },
    "DRY_RUN_PROJECT_ITEM"
  );
}
async function setProjectField(github, writes, ref, input) {
  await writes.write(
    {
      action: "set project field",
      target: ref.url,
      summary: `${input.label}: ${input.field.name} = ${JSON.stringify(input.value)}`
    },
    async () => {
      try {
        await github.graphql(SetProjectFieldValue_default, {
          projectId: input.projectId,
          itemId: input.itemId,
          fieldId: input.field.id,
          value: input.value
        });
      } catch (error) {
        throw explainProjectError(error, ref, `set ${input.field.name} of ${input.label}`);
      }
    },
    void 0
  );
}
async function filledFields(github, ref, itemId) {
  let data;
  try {
    data = await github.graphql(ProjectItemFieldValues_default, { id: itemId });
  } catch (error) {
    throw explainProjectError(error, ref, "read the fields of a project item");
  }
  const ids = (data.node?.fieldValues?.nodes ?? []).flatMap((v) => v?.field?.id ? [v.field.id] : []);
  return new Set(ids);
}
function findField(project, name) {
  const key = name.trim().toLowerCase();
  return key ? project.fields.find((f) => f.name.toLowerCase() === key) : void 0;
}
function findOption(field, name, aliases = []) {
  for (const candidate of [name, ...aliases]) {
    const key = candidate.trim().toLowerCase();
    const found = field.options.find((o) => o.name.trim().toLowerCase() === key);
    if (found) return found.id;
  }
  return void 0;
}

// src/retro/finalize/project.ts
var PRIORITY_ALIASES = {
  P0: ["urgent", "critical", "highest"],
  P1: ["high"],
  P2: ["medium", "normal"],
  P3: ["low"]
};
var ProjectBoard = class {
  constructor(ctx, warnings) {
    this.ctx = ctx;
    this.warnings = warnings;
  }
  ctx;
  warnings;
  project;
  warned = /* @__PURE__ */ new Set();
  get configured() {
    return this.ctx.config.project.url !== "";
  }
  warn(message) {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
    this.ctx.log.warning(message);
  }
  /** Adds the issue to the board (GitHub returns the existing card when it is there) and fills empty fields. */
  async add(item, priority, issue) {
    if (!this.configured) return;
    const ref = parseProjectUrl(this.ctx.config.project.url);
    const github = this.ctx.projectGithub;
    if (!github) throw missingProjectToken(ref);
    this.project ??= getProject(github, ref);
    const project = await this.project;
    const itemId = await addProjectItem(github, this.ctx.writes, ref, {
      projectId: project.id,
      contentId: issue.nodeId,
      label: `issue #${issue.number} (${item.id})`
    });
    const filled = this.ctx.writes.dryRun ? /* @__PURE__ */ new Set() : await filledFields(github, ref, itemId);
    const { fields } = this.ctx.config.project;
    const wanted = [
      [fields.status, (field) => this.textOrOption(field, fields.statusValue, [])],
      [fields.due, (field) => item.due ? this.dateValue(field, item.due) : null],
      [fields.priority, (field) => this.priorityValue(field, priority)],
      // The lines of a monorepo sharing this board: each card says whose it is. A repository of one line has none.
      [
        this.ctx.config.line.name ? fields.line : "",
        (field) => this.textOrOption(field, this.ctx.config.line.name, [])
      ]
    ];
    for (const [name, valueFor] of wanted) {
      if (!name) continue;
      const field = findField(project, name);
      if (!field) {
        this.warn(
          `The project board ${ref.url} has no field "${name}"; it is left out. Add the field to the board, or set project.fields in the config to the name the board uses (or "" to skip it).`
        );
        continue;
      }
      if (filled.has(field.id)) continue;
      const value = valueFor(field);
      if (value === null) continue;
      await setProjectField(github, this.ctx.writes, ref, {
        projectId: project.id,
        itemId,
        field,
        value,
        label: `issue #${issue.number} (${item.id})`
      });
    }
  }
  unsupported(field) {
    this.warn(
      `The project field "${field.name}" is a ${field.dataType} field, which release-retro cannot fill in; use a single-select, text or date field.`
    );
    return null;
  }
  textOrOption(field, value, aliases) {
    if (field.dataType === "TEXT") return { text: value };
    if (field.dataType !== "SINGLE_SELECT") return this.unsupported(field);
    const option = findOption(field, value, aliases);
    if (option) return { singleSelectOptionId: option };
    this.warn(
      `The project field "${field.name}" has no option "${value}" (it has: ${field.options.map((o) => o.name).join(", ") || "none"}); it is left empty.`
    );
    return null;
  }
  dateValue(field, day) {
    if (field.dataType === "DATE") return { date: day };
    if (field.dataType === "TEXT") return { text: day };
    return this.unsupported(field);
  }
  priorityValue(field, priority) {
    if (field.dataType === "NUMBER") return { number: Number(priority.slice(1)) };
    return this.textOrOption(field, priority, PRIORITY_ALIASES[priority]);
  }
};

// src/retro/finalize/publish.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var WORKSPACE_FILE = "retrospective.md";
async function writeToWorkspace(ctx, markdown) {
  const path = (0, import_node_path.join)(ctx.workspace, WORKSPACE_FILE);
  await (0, import_promises.mkdir)((0, import_node_path.dirname)(path), { recursive: true });
  await (0, import_promises.writeFile)(path, markdown, "utf8");
  return path;
}
function publishPath(template, tag) {
  return template.replaceAll("{tag}", tag.replace(/[^A-Za-z0-9._-]/g, "-"));
}
function publishBranch(template, tag) {
  return template.replaceAll("{tag}", tag.replace(/[^A-Za-z0-9._/-]/g, "-")).replace(/\.\.+/g, ".").replace(/\.lock$/, "-lock");
}
async function publishDocument(ctx, input) {
  const { publish } = ctx.config;
  if (publish.mode === "none") return null;
  const path = publishPath(publish.path, input.tag);
  const message = `docs: retrospective of ${input.tag}`;
  if (publish.mode === "commit") {
    const result2 = await publishByCommit(ctx.github, ctx.writes, ctx.repo, {
      path,
      content: input.markdown,
      message,
      serverUrl: ctx.serverUrl
    });
    return { ...result2, path };
  }
  const result = await publishByPullRequest(ctx.github, ctx.writes, ctx.repo, {
    path,
    content: input.markdown,
    message,
    branch: publishBranch(publish.branch, input.tag),
    title: `Retrospective of ${input.tag}`,
    body: `The retrospective of ${input.tag}, finalized in ${input.discussionUrl}.

Merge to keep it with the other retrospectives; the action items are already tracked as issues.`,
    serverUrl: ctx.serverUrl
  });
  return { ...result, path };
}
async function linkInRelease(ctx, input) {
  const release = await getReleaseByTag(ctx.github, ctx.repo, input.tag);
  if (!release) return "no-release";
  const links = [link("retrospective", input.discussionUrl)];
  if (input.documentUrl) links.push(link("summary and action items", input.documentUrl));
  const region = `${RELEASE_LINK_START}
---
\u{1F4DD} Release ${links.join(" \xB7 ")}
${RELEASE_LINK_END}`;
  const body = replaceRegion(release.body, RELEASE_LINK_START, RELEASE_LINK_END, region);
  if (body === release.body) return "unchanged";
  await updateReleaseBody(ctx.github, ctx.writes, ctx.repo, release, body);
  return "linked";
}

// src/domain/learning-key.ts
var import_node_crypto = __toESM(require_crypto(), 1);
function learningKey(sourceCommentId, text) {
  return (0, import_node_crypto.createHash)("sha256").update(`${sourceCommentId}
${text}`).digest("hex").slice(0, 16);
}
function learningSays(learning, text) {
  return learning.archived ? learning.archived.key === learningKey(learning.sourceCommentId, text) : learning.text === text;
}

// src/render/record-budget.ts
function continuationMarker(tag) {
  return `<!-- release-retro:continuation ${encodeURIComponent(tag)} -->`;
}
var URL_ALLOWANCE = 300;
var movedNote = (url) => `_Moved to [a comment of its own](${url}) to keep this record within GitHub's 65,536-character limit for a body._`;
var MOVED_NOTE = /^\s*_Moved to \[a comment of its own\]\(/;
var HEADING = /^(#{2,4}) \S/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var LIVE_MENTION = /(?:^|[^\w`])@[A-Za-z0-9]/m;
function movableSections(body) {
  const sections = [];
  let fence = null;
  let open = null;
  let offset = 0;
  const close = (end) => {
    if (!open) return;
    const content = body.slice(open.start, end);
    if (!content.includes("<!--") && !LIVE_MENTION.test(content) && !MOVED_NOTE.test(content)) {
      sections.push({ heading: open.heading, content, start: open.start, end });
    }
    open = null;
  };
  for (const line of body.split("\n")) {
    const next = offset + line.length + 1;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
    } else if (marker) {
      fence = marker;
    } else if (HEADING.test(line)) {
      close(offset);
      open = { heading: line.trim(), start: Math.min(next, body.length) };
    }
    offset = next;
  }
  close(body.length);
  return sections;
}
function planFit(body, limit = GITHUB_BODY_LIMIT) {
  if (body.length <= limit) return { kind: "fits" };
  const candidates = movableSections(body).sort((a, b) => b.content.length - a.content.length);
  const chosen = [];
  let length = body.length;
  for (const section of candidates) {
    const saved = section.content.length - (movedNote("").length + URL_ALLOWANCE + 2);
    if (saved <= 0) break;
    chosen.push(section);
    length -= saved;
    if (length <= limit) return { kind: "move", sections: chosen.sort((a, b) => a.start - b.start) };
  }
  return { kind: "too-long", length, movable: chosen.length };
}
function withSectionsMoved(body, sections, url) {
  let out = body;
  for (const section of [...sections].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, section.start)}
${movedNote(url)}

${out.slice(section.end)}`;
  }
  return out;
}
function continuationBody(tag, existing, sections, recordUrl) {
  const head = existing ?? [
    continuationMarker(tag),
    `\u{1F4CE} **Continued from [the retrospective record](${recordUrl}).** The record reached GitHub's 65,536-character limit for a body, so these sections of the release data moved here, as they were. The action items, the learnings and the decisions stay in the record.`
  ].join("\n");
  const added = sections.map((s) => `${s.heading}

${s.content.trim()}`).filter((text) => !head.includes(text));
  return [head.trimEnd(), ...added].join("\n\n");
}

// src/render/learning-archive.ts
var ARCHIVED_EXCERPT = 80;
var URL_ALLOWANCE2 = 300;
var PLACEHOLDER_URL = `https://github.com/${"x".repeat(URL_ALLOWANCE2 - 19)}`;
function learningsMarker(tag) {
  return `<!-- release-retro:learnings ${encodeURIComponent(tag)} -->`;
}
var entryMarker = (key) => `<!-- release-retro:learning ${key} -->`;
var ENTRY = /<!-- release-retro:learning ([0-9a-f]{16}) -->/g;
function archivedKeys(commentBody) {
  return new Set([...commentBody.matchAll(ENTRY)].map((m) => m[1]));
}
function archivableLearnings(state) {
  return state.learnings.filter((l) => !l.archived && truncate(l.text, ARCHIVED_EXCERPT) !== l.text);
}
function withLearningsArchived(state, learnings, urlOf) {
  const moving = new Set(learnings);
  return {
    ...state,
    learnings: state.learnings.map((l) => {
      if (!moving.has(l)) return l;
      const key = learningKey(l.sourceCommentId, l.text);
      return { ...l, text: truncate(l.text, ARCHIVED_EXCERPT), archived: { key, url: urlOf(key) } };
    })
  };
}
function planArchive(before, state, maxActionItems, limit = GITHUB_BODY_LIMIT) {
  if (planFit(rerenderBody(before, state, maxActionItems), limit).kind !== "too-long")
    return { kind: "fits" };
  const learnings = archivableLearnings(state);
  const archived = withLearningsArchived(state, learnings, () => PLACEHOLDER_URL);
  const fit = planFit(rerenderBody(before, archived, maxActionItems), limit);
  if (fit.kind === "too-long" || learnings.length === 0) {
    return { kind: "too-long", length: fit.kind === "too-long" ? fit.length : limit + 1 };
  }
  return { kind: "archive", learnings };
}
function entry(l) {
  return `- ${escapeInline(l.text, { maxLength: Number.MAX_SAFE_INTEGER })} \u2014 ${quietMention(l.author)} (${link("comment", l.sourceCommentUrl)}) ${entryMarker(learningKey(l.sourceCommentId, l.text))}`;
}
function learningsComments(tag, learnings, recordUrl, limit = GITHUB_BODY_LIMIT) {
  const head = [
    learningsMarker(tag),
    `\u{1F4CE} **Learnings continued from [the retrospective record](${recordUrl}).** The record reached GitHub's 65,536-character limit for a body, so these learnings moved here with their whole text; the record keeps the start of each and links here. The record\u2019s list is the current one: a learning edited or removed since is still shown here as it was.`,
    ""
  ].join("\n");
  const bodies = [];
  let current = head;
  for (const l of learnings) {
    const line = entry(l);
    if (current !== head && current.length + line.length + 1 > limit) {
      bodies.push(current.trimEnd());
      current = head;
    }
    current += `${line}
`;
  }
  if (current !== head) bodies.push(current.trimEnd());
  return bodies;
}

// src/retro/record-store.ts
var RecordFullError = class extends Error {
  name = "RecordFullError";
};
async function writeRecordBody(ctx, target, body) {
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${target.number}`;
  const plan = planFit(body);
  if (plan.kind === "too-long") {
    throw new RecordFullError(
      `The record of discussion #${target.number} would be ${body.length} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT} for a body, and moving its release data out would not make room (about ${plan.length} characters would remain).`
    );
  }
  if (plan.kind === "fits") {
    await updateDiscussionBody(ctx.github, ctx.writes, { id: target.id, label, body });
    return { body, moved: null };
  }
  const actor = await ctx.actor();
  const marker = continuationMarker(target.tag);
  const existing = (await listDiscussionComments(ctx.github, target.id)).find(
    (c) => c.replyTo === null && isBy(c.authorId, actor) && c.body.startsWith(marker)
  );
  const text = continuationBody(target.tag, existing?.body ?? null, plan.sections, target.url);
  if (text.length > GITHUB_BODY_LIMIT) {
    throw new RecordFullError(
      `The continuation of discussion #${target.number}'s record would be ${text.length} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT}.`
    );
  }
  let url;
  if (existing) {
    if (text !== existing.body) {
      await editDiscussionComment(ctx.github, ctx.writes, { commentId: existing.id, label, body: text });
    }
    url = existing.url;
  } else {
    url = (await addDiscussionComment(ctx.github, ctx.writes, { discussionId: target.id, label, body: text })).url;
  }
  const next = withSectionsMoved(body, plan.sections, url);
  await updateDiscussionBody(ctx.github, ctx.writes, { id: target.id, label, body: next });
  ctx.log.info(
    `The record of discussion #${target.number} reached GitHub's body limit: moved ${plan.sections.map((s) => s.heading).join(", ")} to ${url}.`
  );
  return { body: next, moved: { headings: plan.sections.map((s) => s.heading.replace(/^#+\s*/, "")), url } };
}
async function writeRecord(ctx, target, before, state) {
  const max = ctx.config.maxActionItems;
  const plan = planArchive(before, state, max);
  if (plan.kind === "too-long") {
    throw new RecordFullError(
      `The record of discussion #${target.number} would be over GitHub's limit of ${GITHUB_BODY_LIMIT} characters for a body even with its release data and its learnings' texts moved out (about ${plan.length} characters would remain).`
    );
  }
  let next = state;
  let archived = null;
  if (plan.kind === "archive") {
    const urlOf = await archiveLearnings(ctx, target, plan.learnings);
    next = withLearningsArchived(state, plan.learnings, (key) => urlOf.get(key) ?? "");
    const urls = [
      ...new Set(plan.learnings.map((l) => urlOf.get(learningKey(l.sourceCommentId, l.text)) ?? ""))
    ];
    archived = { count: plan.learnings.length, urls };
  }
  const body = rerenderBody(before, next, max);
  if (body === before) return { body, moved: null, state: next, archived };
  const written = await writeRecordBody(ctx, target, body);
  return { ...written, state: next, archived };
}
async function archiveLearnings(ctx, target, learnings) {
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${target.number}`;
  const actor = await ctx.actor();
  const marker = learningsMarker(target.tag);
  const urlOf = /* @__PURE__ */ new Map();
  for (const comment of await listDiscussionComments(ctx.github, target.id)) {
    if (comment.replyTo !== null || !isBy(comment.authorId, actor) || !comment.body.startsWith(marker))
      continue;
    for (const key of archivedKeys(comment.body)) if (!urlOf.has(key)) urlOf.set(key, comment.url);
  }
  const missing = learnings.filter((l) => !urlOf.has(learningKey(l.sourceCommentId, l.text)));
  for (const body of learningsComments(target.tag, missing, target.url)) {
    const { url } = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label,
      body
    });
    for (const key of archivedKeys(body)) urlOf.set(key, url);
  }
  if (missing.length > 0) {
    ctx.log.info(
      `The record of discussion #${target.number} reached GitHub's body limit: moved the whole text of ${missing.length} learnings to learnings comments.`
    );
  }
  return urlOf;
}

// src/retro/finalize/record.ts
var DiscussionRecord = class {
  constructor(ctx, retro) {
    this.ctx = ctx;
    this.retro = retro;
    this.body = retro.discussion.body;
    this.state = retro.state;
  }
  ctx;
  retro;
  body;
  state;
  get label() {
    return `discussion #${this.retro.discussion.number}`;
  }
  async save(state) {
    const written = await writeRecord(
      this.ctx,
      { ...this.retro.discussion, tag: state.tag },
      this.body,
      state
    );
    this.state = written.state;
    this.body = written.body;
  }
};

// src/retro/finalize/index.ts
var DAY_MS = 864e5;
function releaseUrl(ctx, tag) {
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.name}/releases/tag/${encodeURIComponent(tag)}`;
}
function issuesOutput(results) {
  return JSON.stringify(
    results.flatMap(
      ({ item, issue }) => issue ? [
        {
          id: item.id,
          number: issue.number,
          url: issue.url,
          title: issue.title,
          assignees: issue.assignees,
          milestone: issue.milestone?.title ?? null
        }
      ] : []
    )
  );
}
async function previousFor(ctx, state, options) {
  if (!state.previousTag) return { previous: null, previousMetrics: null };
  const index = options.index ?? await loadRetroIndex(ctx);
  const found = findByTag(index, state.previousTag);
  if (!found) return { previous: null, previousMetrics: null };
  const followUps = await previousItemsStatus(ctx, found.state);
  return {
    previous: {
      tag: found.state.tag,
      url: found.discussion.url,
      items: followUps.map((f) => ({
        id: f.item.id,
        title: f.item.title,
        owner: f.item.owner,
        due: f.item.due,
        status: f.detail ? `${f.status} (${f.detail})` : f.status,
        url: f.item.issueUrl
      }))
    },
    previousMetrics: found.state.metrics
  };
}
function findDocumentComment(comments, actor) {
  return comments.find(
    (c) => isBy(c.authorId, actor) && c.replyTo === null && c.body.includes(DOCUMENT_MARKER)
  );
}
function findClosingComment(state, comments, actor) {
  return comments.find(
    (c) => isBy(c.authorId, actor) && (c.id === state.closingCommentId || c.replyTo === null && c.body.includes(CLOSING_MARKER))
  );
}
async function finalizeDiscussion(ctx, retrospective, options = {}) {
  const { discussion } = retrospective;
  const tag = retrospective.state.tag;
  const actor = await ctx.actor();
  const failures = new Failures();
  const warnings = [];
  const record = new DiscussionRecord(ctx, retrospective);
  const alreadyFinalized = retrospective.state.status === "finalized";
  const stamped = retrospective.state.finalizedAt === null ? record.save({ ...record.state, finalizedAt: ctx.now.toISOString().replace(/\.\d{3}Z$/, "Z") }) : Promise.resolve();
  const [comments] = await Promise.all([listDiscussionComments(ctx.github, discussion.id), stamped]);
  record.state = refreshVotes(record.state, comments);
  const results = await syncIssues({
    ctx,
    tag,
    discussionUrl: discussion.url,
    releaseUrl: releaseUrl(ctx, tag),
    actor,
    commentBodies: new Map(comments.map((c) => [c.id, c.body])),
    record,
    board: new ProjectBoard(ctx, warnings),
    failures
  });
  const itemsWithoutIssue = results.filter((r) => r.issue === null).map((r) => r.item.id);
  const state = record.state;
  const finalizedAt = state.finalizedAt ?? ctx.now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const documentItems = orderForIssues(decidedItems(state.items), ctx.config).map((item) => {
    const issue = results.find((r) => r.item.id === item.id)?.issue ?? null;
    return {
      item,
      priority: priorityOf(item, ctx.config),
      issueUrl: issue?.url ?? item.issueUrl,
      issueNumber: issue?.number ?? item.issueNumber
    };
  });
  const counted = await countedPeople(
    ctx.config,
    state,
    candidatesOf(state, comments, actor),
    actor.login,
    new PermissionGateway(ctx.github, ctx.repo, ctx.log)
  );
  const prompts = reflectionsOf(ctx.config, state, comments, actor, counted);
  const participants = participantsOf(state, comments, actor, counted);
  const learnings = keptLearnings(state, comments, counted);
  const { previous, previousMetrics } = await previousFor(ctx, state, options);
  const documentInput = {
    state: { ...state, learnings },
    counted: { who: counted.who, left: counted.left.length },
    title: ctx.config.title.replaceAll("{tag}", tag),
    discussionUrl: discussion.url,
    releaseUrl: releaseUrl(ctx, tag),
    finalizedAt,
    participants,
    prompts,
    topReflections: topReflections(prompts),
    items: documentItems,
    previous,
    previousMetrics
  };
  let markdown;
  try {
    markdown = renderRetrospectiveDocument({
      ...documentInput,
      template: await readUserTemplate(ctx, "retrospective")
    });
  } catch (error) {
    failures.add("retrospective.md", "template", error);
    markdown = renderRetrospectiveDocument(documentInput);
  }
  const workspacePath = await writeToWorkspace(ctx, markdown);
  const outputs = {
    "release-tag": tag,
    "discussion-url": discussion.url,
    "discussion-number": String(discussion.number),
    "retrospective-path": workspacePath
  };
  const summaryParts = [withoutFrontMatter(markdown)];
  const finish = () => {
    outputs["action-items"] = JSON.stringify(record.state.items);
    outputs.issues = issuesOutput(results);
    if (warnings.length > 0) summaryParts.push(`### Warnings

${warnings.map((w) => `- ${w}`).join("\n")}`);
    return { outputs, summary: summaryParts.join("\n\n") };
  };
  if (itemsWithoutIssue.length === 0) {
    let documentLink = null;
    let shared = true;
    try {
      const published = await publishDocument(ctx, { tag, markdown, discussionUrl: discussion.url });
      if (published) {
        documentLink = published.pull ? { text: `pull request #${published.pull.number} (${published.path})`, url: published.pull.url } : { text: published.path, url: published.fileUrl };
        record.state = { ...record.state, retrospectivePath: published.path };
      }
      if (ctx.config.publish.linkInRelease) {
        await linkInRelease(ctx, {
          tag,
          discussionUrl: discussion.url,
          documentUrl: published ? published.fileUrl : null
        });
      }
    } catch (error) {
      shared = false;
      failures.add("retrospective.md", "publish", error);
      summaryParts.push(
        "_The discussion stays open until retrospective.md is published as `publish` says: the next run publishes it again once the failure below is fixed._"
      );
    }
    let inDiscussion = findDocumentComment(comments, actor) ?? null;
    try {
      inDiscussion ??= await addDiscussionComment(ctx.github, ctx.writes, {
        discussionId: discussion.id,
        label: record.label,
        body: renderDocumentComment(DOCUMENT_MARKER, markdown)
      });
    } catch (error) {
      failures.add("retrospective.md", "comment", error);
    }
    if (inDiscussion && shared) {
      try {
        let closingId = findClosingComment(record.state, comments, actor)?.id ?? null;
        if (!closingId) {
          const body = renderClosingComment({
            marker: CLOSING_MARKER,
            tag,
            participants: participants.length,
            counted: { who: counted.who, left: counted.left.length },
            reflections: prompts.reduce((n, p) => n + p.replies.length, 0),
            learnings: learnings.length,
            items: documentItems,
            document: documentLink,
            inDiscussion: inDiscussion.url,
            runUrl: ctx.runUrl ?? null,
            stakeholders: ctx.config.stakeholders
          });
          closingId = (await addDiscussionComment(ctx.github, ctx.writes, {
            discussionId: discussion.id,
            label: record.label,
            body
          })).id;
        }
        if (!discussion.closed)
          await closeDiscussion(ctx.github, ctx.writes, { id: discussion.id, label: record.label });
        await record.save({
          ...record.state,
          status: "finalized",
          finalizedAt,
          closingCommentId: closingId
        });
      } catch (error) {
        failures.add(record.label, "close", error);
      }
    }
  } else {
    summaryParts.push(
      `_The discussion stays open: ${itemsWithoutIssue.join(", ")} still ${itemsWithoutIssue.length === 1 ? "needs its issue" : "need their issues"}. Run finalize again once the failures below are fixed._`
    );
  }
  const result = finish();
  if (failures.count > 0) {
    const lines = formatFailures(failures.list);
    result.summary += `

### Failures

${lines.map((l) => `- ${l}`).join("\n")}`;
    const remaining = record.state.status === "finalized" ? "everything else was done; run finalize again after fixing them" : "everything else was done but closing the discussion, which waits for them; the next run finishes it once they are fixed";
    throw Object.assign(
      new Error(
        `Finalizing the ${tag} retrospective finished with ${lines.length} ${lines.length === 1 ? "failure" : "failures"} (${remaining}):
${lines.map((l) => `- ${l}`).join("\n")}`
      ),
      { partial: result }
    );
  }
  const finalized = `Finalized the ${tag} retrospective: ${results.length} action items tracked.`;
  if (alreadyFinalized)
    ctx.log.info(`The ${tag} retrospective was already finalized; everything is in place.`);
  else if (ctx.writes.dryRun) ctx.log.info(finalized);
  else notice(ctx.log, `${finalized} ${discussion.url}`);
  return result;
}
async function finalizeRetrospective(ctx, target) {
  if (!target.tag) return autoFinalize(ctx);
  const index = await loadRetroIndex(ctx);
  const retrospective = findByTag(index, target.tag);
  if (!retrospective) {
    throw new Error(
      `No retrospective for ${target.tag} was found in the "${index.category.name}" discussion category of ${ctx.repo.owner}/${ctx.repo.name}. Open it first (mode: open, tag: ${target.tag}).`
    );
  }
  return finalizeDiscussion(ctx, retrospective, { index });
}
function unfinishedFinalize(state) {
  return state.status === "open" && state.finalizedAt !== null;
}
async function autoFinalize(ctx, known) {
  const index = await (known ?? loadRetroIndex(ctx));
  const dueBefore = ctx.now.getTime() - ctx.config.finalizeAfterDays * DAY_MS;
  const due = index.retrospectives.filter(
    (r) => unfinishedFinalize(r.state) || r.state.status === "open" && Date.parse(r.state.openedAt) <= dueBefore
  );
  if (due.length === 0) return { outputs: {}, summary: "" };
  const results = [];
  const errors = [];
  for (const retrospective of due) {
    ctx.log.info(
      unfinishedFinalize(retrospective.state) ? `Finishing the ${retrospective.state.tag} retrospective's finalize, begun ${retrospective.state.finalizedAt}.` : `Auto-finalizing the ${retrospective.state.tag} retrospective (opened ${retrospective.state.openedAt}, more than ${ctx.config.finalizeAfterDays} days ago).`
    );
    try {
      results.push(await finalizeDiscussion(ctx, retrospective, { index }));
    } catch (error) {
      const partial = error.partial;
      if (partial) results.push(partial);
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const merged = {
    outputs: Object.assign({}, ...results.map((r) => r.outputs)),
    summary: results.map((r) => r.summary).join("\n\n")
  };
  if (errors.length > 0) throw Object.assign(new Error(errors.join("\n")), { partial: merged });
  return merged;
}

export {
  learningSays,
  PermissionGateway,
  unreadableTeamsNote,
  resolveActor,
  planArchive,
  writeRecord,
  finalizeDiscussion,
  finalizeRetrospective,
  unfinishedFinalize,
  autoFinalize
};
