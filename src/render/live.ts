/**
 * The live parts of the retrospective body: the action-items table and the learnings, re-rendered from the
 * state after every command. Every piece of user text is escaped here; the state keeps the raw text.
 */
import type { ActionItem, Learning, RetroState } from '../domain/state.ts';
import { escapeInline, link, quietMention, table } from './markdown.ts';

const STATUS_LABEL: Record<ActionItem['status'], string> = {
  proposed: '💬 proposed',
  accepted: '✅ accepted',
  rejected: '❌ rejected',
  withdrawn: '↩️ withdrawn',
  created: '📌 issue created',
};

/** Accepted items first, then proposals by votes; rejected and withdrawn last. */
export function orderItems(items: readonly ActionItem[]): ActionItem[] {
  const rank: Record<ActionItem['status'], number> = {
    created: 0,
    accepted: 0,
    proposed: 1,
    rejected: 2,
    withdrawn: 3,
  };
  return [...items].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1)),
  );
}

// Owners are shown without notifying: the body is edited on every command, and GitHub notifies mentions in
// edited bodies too. Owners are notified once, in the reply that assigned them and on their issue.
export function renderActionItems(state: RetroState, maxAccepted: number): string {
  if (state.items.length === 0) {
    return '_No action items yet. Propose one with `/action <title> @owner due:+2w`._';
  }
  const rows = orderItems(state.items).map((item) => [
    item.issueUrl ? link(item.id, item.issueUrl) : item.id,
    link(item.title, item.sourceCommentUrl, { maxLength: 120 }),
    quietMention(item.owner),
    item.due ?? '—',
    item.priority ?? '—',
    String(item.votes),
    STATUS_LABEL[item.status],
  ]);
  const accepted = state.items.filter((i) => i.status === 'accepted' || i.status === 'created').length;
  return [
    table(['id', 'action', 'owner', 'due', 'priority', '👍', 'status'], rows),
    '',
    `_${accepted} of at most ${maxAccepted} items accepted._`,
  ].join('\n');
}

export function renderLearnings(state: RetroState): string {
  if (state.learnings.length === 0) return '_No learnings recorded yet. Add one with `/learning <text>`._';
  return state.learnings.map((l) => `- ${learningLine(l)}`).join('\n');
}

/**
 * One learning as the record and retrospective.md show it: its text (the start of it, once the whole text moved
 * to a learnings comment, with a link there), its author and its comment.
 */
export function learningLine(l: Learning): string {
  const whole = l.archived ? ` · ${link('whole text', l.archived.url)}` : '';
  return `${escapeInline(l.text, { maxLength: 300 })} — ${quietMention(l.author)} (${link('comment', l.sourceCommentUrl)}${whole})`;
}
