/**
 * What finalize wants on GitHub for each decided action item, computed from the state and the config alone:
 * the order, the labels, the milestone. Pure, so every rule is tested without a client.
 */
import type { Config } from '../../config/load.ts';
import type { ActionItem, Priority, RetroState } from '../../domain/state.ts';
import type { DiscussionCommentNode } from '../../github/discussions.ts';
import { thumbsUp } from '../../github/discussions.ts';
import { LABEL_NAME_MAX, type LabelSpec } from '../../github/labels.ts';

/** Items that were decided: accepted, or already turned into an issue by an earlier run. */
export function decidedItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => item.status === 'accepted' || item.status === 'created');
}

export function priorityOf(item: ActionItem, config: Config): Priority {
  return item.priority ?? config.actionItems.defaultPriority;
}

/** Priority first (P0 before P3), then votes, then the order they were proposed in. */
export function orderForIssues(items: readonly ActionItem[], config: Config): ActionItem[] {
  return [...items].sort(
    (a, b) =>
      priorityOf(a, config).localeCompare(priorityOf(b, config)) ||
      b.votes - a.votes ||
      Number(a.id.slice(1)) - Number(b.id.slice(1)),
  );
}

/** Votes are the 👍 on each item's proposing comment, read again now: people vote until the end. */
export function refreshVotes(state: RetroState, comments: readonly DiscussionCommentNode[]): RetroState {
  const byId = new Map(comments.map((c) => [c.id, c]));
  return {
    ...state,
    items: state.items.map((item) => {
      const source = byId.get(item.sourceCommentId);
      return source ? { ...item, votes: thumbsUp(source) } : item;
    }),
  };
}

/** Cuts a label to GitHub's 50 characters (the same cut every run, so the same label is found again). */
export function labelName(name: string): string {
  return [...name].slice(0, LABEL_NAME_MAX).join('');
}

const PRIORITY_COLOURS: Record<Priority, string> = { P0: 'b60205', P1: 'd93f0b', P2: 'fbca04', P3: '0e8a16' };

export function baseLabel(config: Config): LabelSpec {
  return {
    name: labelName(config.actionItems.labels.base),
    color: '5319e7',
    description: 'An action item decided in a release retrospective',
  };
}

export function tagLabel(config: Config, tag: string): LabelSpec {
  return {
    name: labelName(`${config.actionItems.labels.tagPrefix}${tag}`),
    color: 'c5def5',
    description: `Action items from the ${tag} retrospective`,
  };
}

export function priorityLabel(config: Config, priority: Priority): LabelSpec {
  return {
    name: labelName(`${config.actionItems.labels.priorityPrefix}${priority}`),
    color: PRIORITY_COLOURS[priority],
    description: `Priority ${priority} (P0 is the most urgent)`,
  };
}

/** Every label an item's issue carries: base, tag, priority, then the item's own labels. */
export function labelsFor(item: ActionItem, config: Config, tag: string): LabelSpec[] {
  const specs = [
    baseLabel(config),
    tagLabel(config, tag),
    priorityLabel(config, priorityOf(item, config)),
    ...item.labels.map((name) => ({
      name: labelName(name),
      color: 'ededed',
      description: 'Added from a release retrospective action item',
    })),
  ];
  const seen = new Set<string>();
  return specs.filter((s) => {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `2026-12-31` for any day in December 2026. */
export function lastDayOfMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

export interface MilestonePlan {
  title: string;
  /** The milestone's due day, or null for a milestone without a date. */
  dueDay: string | null;
}

/**
 * The milestone an item belongs to. monthly: `Retro actions 2026-12`, due on the last day of that month;
 * fixed: the configured title, no date; none (or an item without a due date under monthly): no milestone.
 */
export function milestoneFor(item: ActionItem, config: Config): MilestonePlan | null {
  const { strategy, title, fixedTitle } = config.actionItems.milestones;
  // `{line}` keeps a monorepo's release lines in milestones of their own (empty for a repository of one line).
  const named = (text: string) =>
    text
      .replaceAll('{line}', config.line.name)
      .replace(/\s{2,}/g, ' ')
      .trim();
  if (strategy === 'none') return null;
  if (strategy === 'fixed') return { title: named(fixedTitle), dueDay: null };
  if (!item.due) return null;
  const month = item.due.slice(0, 7);
  return { title: named(title.replaceAll('{month}', month)), dueDay: lastDayOfMonth(item.due) };
}

/**
 * The acceptance criteria an author wrote in the proposing comment, after a line such as
 * "Acceptance criteria:" or "Done when:"; null when there are none.
 */
export function acceptanceCriteria(commentBody: string): string | null {
  const lines = commentBody.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) =>
    /^\s*(?:#+\s*)?(?:\*\*)?(acceptance criteria|acceptance|done when)\b/i.test(line),
  );
  if (start === -1) return null;
  const first = (lines[start] ?? '')
    .replace(
      /^\s*(?:#+\s*)?(?:\*\*)?(acceptance criteria|acceptance|done when)(?:\*\*)?\s*:?\s*(?:\*\*)?/i,
      '',
    )
    .trim();
  const rest = lines.slice(start + 1);
  // Stop at the next command line: it belongs to another item.
  const end = rest.findIndex((line) => /^\s*\/[a-z]+\b/i.test(line));
  const text = [first, ...(end === -1 ? rest : rest.slice(0, end))].join('\n').trim();
  return text === '' ? null : text;
}
