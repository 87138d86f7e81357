import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeRepositoryResult
} from "./chunk-4ZNQPIPS.js";
import "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  committedItems,
  dueOfIssue,
  getIssue,
  listIssuesWithLabel
} from "./chunk-OHFG5JAD.js";
import "./chunk-RFVHL4XS.js";
import "./chunk-366W3JI3.js";
import {
  loadRetroIndex
} from "./chunk-ZQJFIL33.js";
import "./chunk-X226BT7Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import "./chunk-TJI3AFGO.js";
import "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-OU6TGR5C.js";
import {
  isBy
} from "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";

// src/org/collect-result.ts
async function retrospectiveResults(ctx) {
  const index = await loadRetroIndex(ctx);
  const tracked = index.retrospectives.some((r) => r.state.items.some((i) => i.issueNumber !== null));
  const issues = tracked ? await listIssuesWithLabel(ctx.github, ctx.repo, ctx.config.actionItems.labels.base, "all") : [];
  const byNumber = new Map(issues.map((issue) => [issue.number, issue]));
  for (const { state } of index.retrospectives) {
    for (const item of committedItems(state.items)) {
      if (item.issueNumber !== null && !byNumber.has(item.issueNumber))
        byNumber.set(item.issueNumber, await getIssue(ctx.github, ctx.repo, item.issueNumber));
    }
  }
  const actor = await ctx.actor();
  return index.retrospectives.map(({ discussion, state }) => ({
    tag: state.tag,
    url: discussion.url,
    status: state.status,
    openedAt: state.openedAt,
    metrics: state.metrics,
    items: committedItems(state.items).map((item) => {
      const issue = (item.issueNumber === null ? null : byNumber.get(item.issueNumber)) ?? null;
      const due = (issue && isBy(issue.authorId, actor) ? dueOfIssue(issue) : null) ?? item.due;
      return {
        id: item.id,
        title: item.title,
        owner: issue?.assignees[0] ?? item.owner,
        due,
        issueUrl: issue?.url ?? item.issueUrl,
        state: issue ? issue.state : "untracked",
        closedAt: issue?.closedAt ?? null
      };
    })
  })).sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.tag.localeCompare(b.tag));
}
async function writeResultFile(contexts, path, about) {
  const retrospectives = [];
  for (const ctx of contexts) retrospectives.push(...await retrospectiveResults(ctx));
  const repo = contexts[0]?.repo;
  writeRepositoryResult(path, {
    version: 1,
    repository: repo ? `${repo.owner}/${repo.name}` : "",
    team: about.team,
    generatedAt: about.now.toISOString(),
    retrospectives
  });
}
export {
  retrospectiveResults,
  writeResultFile
};
