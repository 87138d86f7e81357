/**
 * Builds a repository's result (result.ts) for the organisation report: the retrospectives of the run's release
 * line(s) and their committed items. Reads the issues of every item with one listing of the action-item label
 * (100 a page), not one request per item or per retrospective.
 */
import { isBy } from '../github/identity.ts';
import { getIssue, type Issue, listIssuesWithLabel } from '../github/issues.ts';
import { committedItems } from '../render/previous-items.ts';
import type { RetroContext } from '../retro/context.ts';
import { loadRetroIndex } from '../retro/find.ts';
import { dueOfIssue } from '../retro/remind/index.ts';
import { type ItemResult, type RetroResult, writeRepositoryResult } from './result.ts';

export async function retrospectiveResults(ctx: RetroContext): Promise<RetroResult[]> {
  const index = await loadRetroIndex(ctx);
  const tracked = index.retrospectives.some((r) => r.state.items.some((i) => i.issueNumber !== null));
  const issues = tracked
    ? await listIssuesWithLabel(ctx.github, ctx.repo, ctx.config.actionItems.labels.base, 'all')
    : [];
  const byNumber = new Map<number, Issue | null>(issues.map((issue) => [issue.number, issue]));
  // An issue that lost the label (someone removed it) is read on its own; a deleted one stays unknown.
  for (const { state } of index.retrospectives) {
    for (const item of committedItems(state.items)) {
      if (item.issueNumber !== null && !byNumber.has(item.issueNumber))
        byNumber.set(item.issueNumber, await getIssue(ctx.github, ctx.repo, item.issueNumber));
    }
  }
  const actor = await ctx.actor();
  return index.retrospectives
    .map(({ discussion, state }) => ({
      tag: state.tag,
      url: discussion.url,
      status: state.status,
      openedAt: state.openedAt,
      metrics: state.metrics,
      items: committedItems(state.items).map((item): ItemResult => {
        const issue = (item.issueNumber === null ? null : byNumber.get(item.issueNumber)) ?? null;
        // People move a due date on the issue; only the action's own issue body is trusted for it.
        const due = (issue && isBy(issue.authorId, actor) ? dueOfIssue(issue) : null) ?? item.due;
        return {
          id: item.id,
          title: item.title,
          owner: issue?.assignees[0] ?? item.owner,
          due,
          issueUrl: issue?.url ?? item.issueUrl,
          state: issue ? issue.state : 'untracked',
          closedAt: issue?.closedAt ?? null,
        };
      }),
    }))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.tag.localeCompare(b.tag));
}

/**
 * Writes the run's `result-file`: the retrospectives of every release line the run served, after its stage, so
 * the result shows what this run opened, finalized or closed.
 */
export async function writeResultFile(
  contexts: RetroContext[],
  path: string,
  about: { team: string; now: Date },
): Promise<void> {
  const retrospectives: RetroResult[] = [];
  for (const ctx of contexts) retrospectives.push(...(await retrospectiveResults(ctx)));
  const repo = contexts[0]?.repo;
  writeRepositoryResult(path, {
    version: 1,
    repository: repo ? `${repo.owner}/${repo.name}` : '',
    team: about.team,
    generatedAt: about.now.toISOString(),
    retrospectives,
  });
}
