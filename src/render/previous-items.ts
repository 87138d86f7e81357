/**
 * The previous retrospective's action items and where they stand now. Follow-through is the part of a
 * retrospective that teams skip most, so every retro opens with it: done (its issue is closed), open,
 * or overdue against today, with owner and due date.
 *
 * Pure: the caller reads the previous retro's state and the current state of its issues, and passes them in.
 */
import type { ActionItem } from '../domain/state.ts';
import { formatDate } from './format.ts';
import { escapeInline, link, quietMention, table } from './markdown.ts';

/** What the issue of an item looks like now, as read from REST issues.get. */
export type IssueNow =
  | {
      found: true;
      state: 'open' | 'closed';
      closedAt: string | null;
      url: string;
      stateReason?: string | null;
    }
  | { found: false; reason: string };

export type FollowUpStatus = 'done' | 'open' | 'overdue' | 'untracked' | 'missing';

export interface FollowUp {
  item: ActionItem;
  status: FollowUpStatus;
  /** Short human detail: "closed 2026-03-10", "3 days overdue". */
  detail: string;
}

export interface PreviousRetro {
  tag: string;
  url: string;
  number: number;
  /** Items that were decided (accepted, or turned into issues), in their order. */
  followUps: FollowUp[];
}

/** Items that count as commitments: accepted, or already turned into issues. */
export function committedItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => item.status === 'accepted' || item.status === 'created');
}

function daysBetween(fromDate: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${fromDate}T23:59:59Z`)) / 86_400_000) + 1;
}

/** An item is overdue once its due date (a whole day, UTC) has passed. */
export function isOverdue(due: string | null, now: Date): boolean {
  return due !== null && Date.parse(`${due}T23:59:59.999Z`) < now.getTime();
}

export function followUpOf(item: ActionItem, issue: IssueNow | null, now: Date): FollowUp {
  const overdue = isOverdue(item.due, now);
  const lateBy = item.due && overdue ? `${daysBetween(item.due, now)} days overdue` : '';
  if (item.issueNumber === null || issue === null) {
    return {
      item,
      status: overdue ? 'overdue' : 'untracked',
      detail: ['no issue: the retrospective was not finalized', lateBy].filter(Boolean).join('; '),
    };
  }
  if (!issue.found) return { item, status: 'missing', detail: issue.reason };
  if (issue.state === 'closed') {
    const notPlanned = issue.stateReason === 'not_planned' ? ' as not planned' : '';
    return {
      item,
      status: 'done',
      detail: `closed${notPlanned}${issue.closedAt ? ` ${formatDate(issue.closedAt)}` : ''}`,
    };
  }
  return overdue
    ? { item, status: 'overdue', detail: lateBy }
    : { item, status: 'open', detail: 'in progress' };
}

const STATUS_LABEL: Record<FollowUpStatus, string> = {
  done: '✅ done',
  open: '🔄 open',
  overdue: '⏰ overdue',
  untracked: '📝 not tracked',
  missing: '❓ issue not found',
};

export function renderPreviousItems(previous: PreviousRetro | null): string {
  if (!previous) {
    return '_This is the first retrospective of this release line: there are no earlier action items to follow up._';
  }
  const retro = link(`the ${previous.tag} retrospective`, previous.url);
  if (previous.followUps.length === 0) {
    return `_${retro} decided no action items._`;
  }
  const counts = (status: FollowUpStatus) => previous.followUps.filter((f) => f.status === status).length;
  const rows = previous.followUps.map(({ item, status, detail }) => [
    item.issueUrl && item.issueNumber !== null
      ? link(`${item.id} #${item.issueNumber}`, item.issueUrl)
      : escapeInline(item.id),
    escapeInline(item.title, { maxLength: 120 }),
    quietMention(item.owner),
    item.due ?? '—',
    STATUS_LABEL[status],
    escapeInline(detail, { maxLength: 120 }),
  ]);
  const summary = [
    `${counts('done')} done`,
    `${counts('open')} open`,
    `${counts('overdue')} overdue`,
    ...(counts('untracked') > 0 ? [`${counts('untracked')} not tracked`] : []),
    ...(counts('missing') > 0 ? [`${counts('missing')} not found`] : []),
  ].join(', ');
  return [
    `From ${retro}: ${summary}.`,
    '',
    table(['Item', 'Action', 'Owner', 'Due', 'Status', 'Now'], rows),
    '',
    '_Start the meeting here: for each open or overdue item, is it still worth doing? If so, who unblocks it?_',
  ].join('\n');
}
