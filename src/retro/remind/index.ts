/**
 * Follow-through. On scheduled runs, every open action-item issue past its due date gets a reminder that
 * mentions its owner, at most once every `remind-every-days` (the last reminder is found by a hidden marker in
 * the issue's comments, written by the action itself). And `previousItemsStatus` tells the next retrospective
 * where the last one's items stand.
 */

import { versionOf } from '../../collect/releases.ts';
import type { RetroState } from '../../domain/state.ts';
import { isBy } from '../../github/identity.ts';
import {
  addIssueComment,
  getIssue,
  type Issue,
  listIssueComments,
  listIssuesWithLabel,
} from '../../github/issues.ts';
import { dueDayOf } from '../../github/milestones.ts';
import { escapeInline, link, quietMention, table } from '../../render/markdown.ts';
import { committedItems, type FollowUp, followUpOf, type IssueNow } from '../../render/previous-items.ts';
import { renderReminder } from '../../render/retrospective.ts';
import type { RetroContext, StageResult } from '../context.ts';
import { Failures, formatFailures } from '../finalize/failures.ts';
import { REMINDER_MARKER, readDueMarker, readIssueKey, readOwnerMarker } from '../finalize/markers.ts';
import { tagLabel } from '../finalize/plan.ts';

const DAY_MS = 86_400_000;

/** The due day of an action-item issue: its own marker, else its milestone's date. */
export function dueOfIssue(issue: Issue): string | null {
  return readDueMarker(issue.body) ?? (issue.milestone?.dueOn ? dueDayOf(issue.milestone.dueOn) : null);
}

/** Whole days from the end of the due day (UTC) to now; positive once the day has passed. */
export function daysOverdue(due: string, now: Date): number {
  const endOfDue = Date.parse(`${due}T23:59:59.999Z`);
  return now.getTime() > endOfDue ? Math.floor((now.getTime() - endOfDue) / DAY_MS) + 1 : 0;
}

function ownersOf(issue: Issue): string[] {
  if (issue.assignees.length > 0) return issue.assignees;
  const owner = readOwnerMarker(issue.body);
  return owner ? [owner] : [];
}

function discussionUrlOf(issue: Issue): string | null {
  return /\[[^\]]*retrospective\]\((https?:\/\/[^)\s]+)\)/.exec(issue.body)?.[1] ?? null;
}

interface OverdueRow {
  issue: Issue;
  due: string;
  days: number;
  owners: string[];
  outcome: string;
}

/**
 * Whether an action item belongs to this run's release line: in a monorepo each line reminds only the items of
 * its own retrospectives (their key's tag fits its `releases.tag-pattern`), as its follow-up shows only them. A
 * repository of one line keeps every item, whatever tag it came from.
 */
function ofThisLine(ctx: RetroContext, tag: string): boolean {
  return !ctx.config.line.name || versionOf(tag, ctx.config.releases.tagPattern) !== null;
}

export async function remindOverdue(ctx: RetroContext): Promise<StageResult> {
  const actor = await ctx.actor();
  const base = ctx.config.actionItems.labels.base;
  // Listed afresh for each line of a monorepo run: an earlier line's finalize may have just created issues.
  const open = await listIssuesWithLabel(ctx.github, ctx.repo, base, 'open');
  const rows: OverdueRow[] = [];
  const failures = new Failures();
  const everyMs = ctx.config.remindEveryDays * DAY_MS;
  for (const issue of open) {
    // Only issues the action created carry a trustworthy due marker; anyone can add a label.
    const key = readIssueKey(issue.body);
    if (!isBy(issue.authorId, actor) || !key || !ofThisLine(ctx, key.tag)) continue;
    const due = dueOfIssue(issue);
    if (!due) continue;
    const days = daysOverdue(due, ctx.now);
    if (days <= 0) continue;
    const row: OverdueRow = { issue, due, days, owners: ownersOf(issue), outcome: '' };
    rows.push(row);
    try {
      const comments = await listIssueComments(ctx.github, ctx.repo, issue.number);
      const last = comments
        .filter((c) => isBy(c.authorId, actor) && c.body.includes(REMINDER_MARKER))
        .map((c) => Date.parse(c.createdAt))
        .reduce((max, t) => Math.max(max, t), Number.NEGATIVE_INFINITY);
      if (ctx.now.getTime() - last < everyMs) {
        row.outcome = `reminded ${new Date(last).toISOString().slice(0, 10)}`;
        continue;
      }
      await addIssueComment(
        ctx.github,
        ctx.writes,
        ctx.repo,
        issue.number,
        renderReminder({
          marker: REMINDER_MARKER,
          owners: row.owners,
          due,
          daysOverdue: days,
          tag: key.tag,
          discussionUrl: discussionUrlOf(issue),
          everyDays: ctx.config.remindEveryDays,
        }),
      );
      row.outcome = 'reminded now';
      ctx.log.info(`Reminded ${row.owners.join(', ') || 'nobody (no owner)'} on issue #${issue.number}.`);
    } catch (error) {
      row.outcome = 'reminder failed';
      failures.add(`issue #${issue.number}`, 'reminder', error);
    }
  }
  const summary = renderOverdueSummary(rows);
  const result: StageResult = { outputs: {}, summary };
  if (failures.count > 0) {
    throw Object.assign(
      new Error(
        `Some reminders could not be sent:\n${formatFailures(failures.list)
          .map((l) => `- ${l}`)
          .join('\n')}`,
      ),
      { partial: result },
    );
  }
  return result;
}

function renderOverdueSummary(rows: readonly OverdueRow[]): string {
  if (rows.length === 0)
    return '### Overdue action items\n\n_None: every open action item is within its due date._';
  const lines = rows.map((r) => [
    link(`#${r.issue.number}`, r.issue.url),
    escapeInline(r.issue.title, { maxLength: 100 }),
    r.owners.map((o) => quietMention(o)).join(', ') || '—',
    r.due,
    String(r.days),
    r.outcome,
  ]);
  return [
    '### Overdue action items',
    '',
    table(['Issue', 'Action', 'Owner', 'Due', 'Days overdue', 'Reminder'], lines),
  ].join('\n');
}

/**
 * Where each decided item of a retrospective stands now, for the next retrospective's review. Reads the
 * issues with one list call by the retro's tag label (plus one read per item whose issue lost the label).
 * The due day is the issue's own (people move it there), falling back to the item's.
 */
export async function previousItemsStatus(ctx: RetroContext, state: RetroState): Promise<FollowUp[]> {
  const items = committedItems(state.items);
  if (items.length === 0) return [];
  const actor = await ctx.actor();
  const tagged = items.some((i) => i.issueNumber !== null)
    ? await listIssuesWithLabel(ctx.github, ctx.repo, tagLabel(ctx.config, state.tag).name)
    : [];
  const out: FollowUp[] = [];
  for (const item of items) {
    let issue: Issue | null = null;
    if (item.issueNumber !== null) {
      issue =
        tagged.find((i) => i.number === item.issueNumber) ??
        (await getIssue(ctx.github, ctx.repo, item.issueNumber));
    }
    let now: IssueNow | null = null;
    if (item.issueNumber !== null) {
      now = issue
        ? {
            found: true,
            state: issue.state,
            closedAt: issue.closedAt,
            url: issue.url,
            stateReason: issue.stateReason,
          }
        : { found: false, reason: `issue #${item.issueNumber} was deleted or transferred` };
    }
    const trusted = issue && isBy(issue.authorId, actor);
    const due = (trusted && issue ? dueOfIssue(issue) : null) ?? item.due;
    out.push(followUpOf({ ...item, due }, now, ctx.now));
  }
  return out;
}
