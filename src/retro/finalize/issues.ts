/**
 * One issue per decided action item, created or updated, never duplicated. Each issue carries the hidden key
 * `<!-- retro:<tag>:<id> -->`; existing issues are found with one list call by the `retro:<tag>` label (and by
 * the number the state recorded, in case someone removed the label), trusting only bodies the action wrote.
 * After each new issue the state is written back, so a killed run loses nothing.
 */
import type { ActionItem, RetroState } from '../../domain/state.ts';
import { type Identity, isBy } from '../../github/identity.ts';
import {
  createIssue,
  getIssue,
  type Issue,
  type IssueFields,
  isAssignable,
  listIssuesWithLabel,
  updateIssue,
} from '../../github/issues.ts';
import { ensureLabels, type LabelSpec, listLabels } from '../../github/labels.ts';
import { createMilestone, listMilestones, type Milestone } from '../../github/milestones.ts';
import { issueTitle, renderIssueBody } from '../../render/retrospective.ts';
import { notice, type RetroContext } from '../context.ts';
import type { Failures } from './failures.ts';
import { dueMarker, ISSUE_END, ISSUE_START, issueKey, ownerMarker, replaceRegion } from './markers.ts';
import {
  acceptanceCriteria,
  decidedItems,
  labelsFor,
  type MilestonePlan,
  milestoneFor,
  orderForIssues,
  priorityOf,
  tagLabel,
} from './plan.ts';
import type { ProjectBoard } from './project.ts';
import type { DiscussionRecord } from './record.ts';

export interface IssueContext {
  ctx: RetroContext;
  tag: string;
  discussionUrl: string;
  releaseUrl: string;
  actor: Identity;
  /** Comment node id → body, to read acceptance criteria from the proposing comment. */
  commentBodies: Map<string, string>;
  record: DiscussionRecord;
  board: ProjectBoard;
  failures: Failures;
}

export interface ItemIssue {
  item: ActionItem;
  issue: Issue | null;
}

const lower = (s: string) => s.toLowerCase();

/** Finds the issues an earlier run created: by label in one list call, then by recorded number. */
async function existingIssues(ic: IssueContext, items: readonly ActionItem[]): Promise<Map<string, Issue>> {
  const { ctx, tag, actor } = ic;
  const found = new Map<string, Issue>();
  const ours = (issue: Issue, item: ActionItem) =>
    isBy(issue.authorId, actor) && issue.body.includes(issueKey(tag, item.id));
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

function issueBody(ic: IssueContext, item: ActionItem, previous: string | null): string {
  const { ctx, tag } = ic;
  const region = [
    ISSUE_START,
    issueKey(tag, item.id),
    ...(item.due ? [dueMarker(item.due)] : []),
    ...(item.owner ? [ownerMarker(item.owner)] : []),
    renderIssueBody({
      tag,
      item,
      priority: priorityOf(item, ctx.config),
      discussionUrl: ic.discussionUrl,
      releaseUrl: ic.releaseUrl,
      acceptance: acceptanceCriteria(ic.commentBodies.get(item.sourceCommentId) ?? ''),
    }),
    ISSUE_END,
  ].join('\n');
  return previous === null ? `${region}\n` : replaceRegion(previous, ISSUE_START, ISSUE_END, region);
}

/** What changed between the issue and what the retrospective says; people's own additions are kept. */
export function issueChanges(issue: Issue, wanted: IssueFields): Partial<IssueFields> {
  const changes: Partial<IssueFields> = {};
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

class Milestones {
  private list: Promise<Milestone[]> | undefined;

  constructor(private readonly ctx: RetroContext) {}

  /** The repository's milestones, listed once. */
  known(): Promise<Milestone[]> {
    this.list ??= listMilestones(this.ctx.github, this.ctx.repo);
    return this.list;
  }

  async numberFor(plan: MilestonePlan): Promise<number> {
    const list = await this.known();
    const existing = list.find((m) => m.title === plan.title);
    if (existing) return existing.number;
    const created = await createMilestone(this.ctx.github, this.ctx.writes, this.ctx.repo, {
      title: plan.title,
      dueDay: plan.dueDay,
      description: 'Action items decided in release retrospectives.',
    });
    list.push(created);
    return created.number;
  }
}

class Assignability {
  private readonly known = new Map<string, Promise<boolean>>();

  constructor(private readonly ctx: RetroContext) {}

  check(login: string): Promise<boolean> {
    const key = lower(login);
    let answer = this.known.get(key);
    if (!answer) {
      answer = isAssignable(this.ctx.github, this.ctx.repo, login);
      this.known.set(key, answer);
    }
    return answer;
  }
}

/**
 * Creates or updates the issue of every decided item, in priority order, and adds each to the board.
 * Failures are collected per item; the items after a failure still get their issues.
 */
export async function syncIssues(ic: IssueContext): Promise<ItemIssue[]> {
  const { ctx, failures } = ic;
  const items = orderForIssues(decidedItems(ic.record.state.items), ctx.config);
  if (items.length === 0) return [];

  const milestones = new Milestones(ctx);
  const assignable = new Assignability(ctx);
  // Everything the items' issues need to know is read at once, before the first write: the labels, the issues
  // made for this retrospective already, the milestones (when an item has one) and whether each owner can be
  // assigned. The last two keep their answers, and a failed one fails only the items that need it, as before.
  const [labels, existing] = await Promise.all([
    listLabels(ctx.github, ctx.repo),
    existingIssues(ic, items),
    items.some((item) => milestoneFor(item, ctx.config)) ? milestones.known().catch(() => null) : null,
    ...items.flatMap((item) => (item.owner ? [assignable.check(item.owner).catch(() => false)] : [])),
  ]);
  const wantedLabels = new Map<string, LabelSpec>();
  for (const item of items)
    for (const spec of labelsFor(item, ctx.config, ic.tag)) wantedLabels.set(lower(spec.name), spec);
  const labelFailures = await ensureLabels(ctx.github, ctx.writes, ctx.repo, labels, [
    ...wantedLabels.values(),
  ]);
  for (const [name, error] of labelFailures)
    failures.add(`label "${wantedLabels.get(name)?.name ?? name}"`, 'labels', error);

  const results: ItemIssue[] = [];
  for (const item of items) {
    const subject = item.id;
    let issue: Issue | null = existing.get(item.id) ?? null;
    try {
      const plan = milestoneFor(item, ctx.config);
      let milestone: number | null = null;
      if (plan) {
        try {
          milestone = await milestones.numberFor(plan);
        } catch (error) {
          failures.add(subject, 'milestone', error);
        }
      }
      const assignees: string[] = [];
      if (item.owner) {
        if (await assignable.check(item.owner)) assignees.push(item.owner);
        else {
          failures.add(
            subject,
            'assignee',
            new Error(
              `@${item.owner} cannot be assigned issues in ${ctx.repo.owner}/${ctx.repo.name}: GitHub assigns only ` +
                'people with access to the repository (or organization members who can read it). Give them access, ' +
                `or choose another owner with \`/assign ${item.id} @login\`, then finalize again.`,
            ),
          );
        }
      }
      const wanted: IssueFields = {
        title: issueTitle(item.title),
        body: issueBody(ic, item, issue?.body ?? null),
        labels: labelsFor(item, ctx.config, ic.tag).map((l) => l.name),
        assignees,
        milestone,
      };
      if (issue === null) {
        issue = await createIssue(ctx.github, ctx.writes, ctx.repo, wanted);
        if (ctx.writes.dryRun) ctx.log.info(`${item.id}: created issue #${issue.number}`);
        else notice(ctx.log, `${item.id}: created issue #${issue.number} ${issue.url}`);
      } else {
        const changes = issueChanges(issue, wanted);
        if (Object.keys(changes).length > 0) {
          issue = await updateIssue(ctx.github, ctx.writes, ctx.repo, issue, changes);
          ctx.log.info(`${item.id}: updated issue #${issue.number} (${Object.keys(changes).join(', ')})`);
        }
      }
      await recordIssue(ic, item, issue);
    } catch (error) {
      failures.add(subject, 'issue', error);
    }
    results.push({ item: ic.record.state.items.find((i) => i.id === item.id) ?? item, issue });
    if (issue) {
      try {
        await ic.board.add(item, priorityOf(item, ctx.config), issue);
      } catch (error) {
        failures.add(`${subject} (issue #${issue.number})`, 'project', error);
      }
    }
  }
  return results;
}

async function recordIssue(ic: IssueContext, item: ActionItem, issue: Issue): Promise<void> {
  const state = ic.record.state;
  const current = state.items.find((i) => i.id === item.id);
  if (current?.status === 'created' && current.issueNumber === issue.number && current.issueUrl === issue.url)
    return;
  const next: RetroState = {
    ...state,
    items: state.items.map((i) =>
      i.id === item.id ? { ...i, status: 'created', issueNumber: issue.number, issueUrl: issue.url } : i,
    ),
  };
  await ic.record.save(next);
}
