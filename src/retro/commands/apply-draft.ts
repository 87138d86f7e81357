/**
 * What applying commands shares: the public types, the caps, the reply text helpers and the Draft a command
 * is applied to (a cloned state plus the reply lines said so far).
 */

import type { ActionItem, RetroState } from '../../domain/state.ts';
import { escapeInline, MENTION_BREAK, quietMention } from '../../render/markdown.ts';
import type { Actor } from './authorize.ts';
import type { ParsedLine } from './parse.ts';

/** Hard caps that keep the discussion body (state block and tables) far below GitHub's 65,536 characters. */
export const MAX_ITEMS = 50;
export const MAX_LEARNINGS = 50;

export interface SourceComment {
  /** Node id of the comment holding the commands. */
  id: string;
  url: string;
  /**
   * What processedComments records once this comment is applied: its updatedAt, or `deleted` for a deletion.
   */
  stamp: string;
}

export interface ApplyEnv {
  /** Lower-cased login → whether GitHub lets it be assigned in the repository (resolved beforehand). */
  assignable: ReadonlyMap<string, boolean>;
  /** `YYYY-MM-DD` (UTC) of the comment's last change; due dates before it are refused. */
  today: string;
  /** `max-action-items`: how many items may be accepted. */
  maxAccepted: number;
  comment: SourceComment;
}

export type Outcome = 'done' | 'unchanged' | 'refused' | 'invalid';

export interface ReplyLine {
  /** The command line as written (raw: escaped when rendered). */
  command: string;
  outcome: Outcome;
  /** Markdown, already safe: user text in it is escaped and mentions are neutralised. */
  message: string;
  /** A login this line made the owner of an item; the reply mentions each such owner once. */
  notify?: string;
  /** A markdown block shown under the list (the `/help` table). */
  details?: string;
}

export interface Applied {
  state: RetroState;
  lines: ReplyLine[];
  /** A facilitator asked to finalize now. */
  finalize: boolean;
}

export type CommentChange =
  | { kind: 'created'; lines: readonly ParsedLine[] }
  /** `previous` is the comment's earlier text parsed, when the event says what it was. */
  | { kind: 'edited'; lines: readonly ParsedLine[]; previous: readonly ParsedLine[] | null }
  | { kind: 'deleted'; lines: readonly ParsedLine[] };

// ---------------------------------------------------------------------------------------------------------
// Reply text helpers. Ids and dates are ours (validated by the parser); titles, labels and logins are not.

export const ref = (id: string) => `**${id}**`;
export const who = (login: string) => quietMention(login);
export const quoteTitle = (title: string) => `“${escapeInline(title, { maxLength: 80 })}”`;
export const code = (text: string) => `\`${text}\``;

/**
 * Makes a parser reason safe to post. Reasons hold the offending token in a code span; a token with its own
 * backtick could close the span early and turn the rest into live markdown (a mention, an HTML comment), so
 * only well-formed single-backtick spans are kept, and everything is escaped otherwise.
 */
export function safeReason(reason: string): string {
  const ticks = reason.match(/`+/g) ?? [];
  if (reason.length > 400 || ticks.length % 2 !== 0 || ticks.some((t) => t.length !== 1)) {
    return escapeInline(reason, { maxLength: 400 });
  }
  return reason
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`')
        ? part.replace(/@/g, `@${MENTION_BREAK}`).replace(/[\r\n]/g, ' ')
        : part.replace(/[<>&@]/g, (ch) =>
            ch === '@' ? `@${MENTION_BREAK}` : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&amp;',
          ),
    )
    .join('');
}

export const normalTitle = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();
export const isAccepted = (item: ActionItem) => item.status === 'accepted' || item.status === 'created';
export const acceptedCount = (state: RetroState) => state.items.filter(isAccepted).length;

export class Draft {
  readonly lines: ReplyLine[] = [];
  finalize = false;
  constructor(
    readonly state: RetroState,
    readonly actor: Actor,
    readonly env: ApplyEnv,
  ) {}

  say(command: ParsedLine | string, outcome: Outcome, message: string, extra: Partial<ReplyLine> = {}): void {
    this.lines.push({
      command: typeof command === 'string' ? command : command.text,
      outcome,
      message,
      ...extra,
    });
  }

  item(id: string): ActionItem | undefined {
    return this.state.items.find((i) => i.id === id);
  }

  /** Why an owner cannot be set, or null when they can. */
  ownerProblem(owner: string): string | null {
    return this.env.assignable.get(owner.toLowerCase()) === true
      ? null
      : `${who(owner)} cannot be assigned issues in this repository (no such user, or no access to it)`;
  }

  dueProblem(due: string): string | null {
    return due < this.env.today ? `the due date ${due} is in the past` : null;
  }

  /** A proposed or accepted item with the same title, other than `except`. */
  duplicateOf(title: string, except?: ActionItem): ActionItem | undefined {
    const wanted = normalTitle(title);
    return this.state.items.find(
      (i) =>
        i !== except &&
        i.status !== 'rejected' &&
        i.status !== 'withdrawn' &&
        normalTitle(i.title) === wanted,
    );
  }
}

export function describeItem(item: Pick<ActionItem, 'owner' | 'due' | 'priority' | 'labels'>): string {
  const parts = [
    item.owner ? `owner ${who(item.owner)}` : 'no owner yet',
    item.due ? `due ${item.due}` : 'no due date yet',
  ];
  if (item.priority) parts.push(`priority ${item.priority}`);
  if (item.labels.length > 0)
    parts.push(`labels ${item.labels.map((l) => escapeInline(l, { maxLength: 50 })).join(', ')}`);
  return parts.join(', ');
}

export function missingForAcceptance(item: Pick<ActionItem, 'id' | 'owner' | 'due'>): string | null {
  const missing = [!item.owner && 'an owner', !item.due && 'a due date'].filter(Boolean);
  if (missing.length === 0) return null;
  const how = [!item.owner && code(`/assign ${item.id} @someone`), !item.due && code(`/due ${item.id} +2w`)]
    .filter(Boolean)
    .join(', ');
  return `${ref(item.id)} needs ${missing.join(' and ')} before it can be accepted (${how})`;
}
