/**
 * Reads a `discussion_comment` event payload and screens it without any API call. Most comments in a
 * repository's discussions are not commands to this action, and each of them starts a workflow run; those
 * runs must end at once, having asked GitHub nothing:
 *  1. an action other than created, edited or deleted;
 *  2. a discussion outside the configured category (the payload names the category);
 *  3. a comment written by a bot, the action's own replies included (no loops);
 * A comment with no command line in it (for an edit: neither before nor after) passes as `no-commands`: it
 * asks nothing of its own, but its run still looks for commands an earlier, lost event left unapplied.
 */
import type { Config } from '../../config/load.ts';
import { type ParsedLine, parseCommands } from './parse.ts';

export type CommentAction = 'created' | 'edited' | 'deleted';

export interface CommentEvent {
  action: CommentAction;
  comment: {
    /** Database id. */
    id: number;
    nodeId: string;
    body: string;
    /** The text before an edit (`changes.body.from`), when the payload has it. */
    previousBody: string | null;
    login: string;
    /** The author's database id (`comment.user.id`): how the action knows its own comments. */
    userId: number | null;
    userType: string;
    /** Database id of the top-level comment this one replies to. */
    parentId: number | null;
    createdAt: string;
    updatedAt: string;
    url: string;
  };
  discussion: {
    number: number;
    nodeId: string;
    category: { slug: string; name: string } | null;
  };
}

export type Screened =
  | {
      kind: 'commands';
      event: CommentEvent;
      /** The commands of the comment as it is now (for a deletion: as it was). */
      lines: ParsedLine[];
      /** For an edit: the commands before it, when the payload says. */
      previous: ParsedLine[] | null;
    }
  /** A comment with no command line: its run still reconciles the retrospective (an earlier event may be lost). */
  | { kind: 'no-commands'; event: CommentEvent; reason: string }
  | { kind: 'skip'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** Parses the parts of the payload this stage uses; a payload missing them is a bug upstream, said plainly. */
export function readCommentEvent(payload: Record<string, unknown>, action: string): CommentEvent | string {
  if (action !== 'created' && action !== 'edited' && action !== 'deleted') {
    return `discussion_comment "${action}" is not created, edited or deleted; nothing to do.`;
  }
  const comment = payload.comment;
  const discussion = payload.discussion;
  if (!isRecord(comment) || !isRecord(discussion)) {
    return 'The discussion_comment payload has no comment or discussion; nothing to do.';
  }
  const user = isRecord(comment.user) ? comment.user : {};
  const category = isRecord(discussion.category) ? discussion.category : null;
  const changes = isRecord(payload.changes) && isRecord(payload.changes.body) ? payload.changes.body : null;
  const fields = {
    id: int(comment.id),
    nodeId: str(comment.node_id),
    body: str(comment.body) ?? '',
    login: str(user.login),
    createdAt: str(comment.created_at),
    number: int(discussion.number),
  };
  const missing = Object.entries(fields)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  if (missing.length > 0 || !fields.nodeId || !fields.login || !fields.createdAt || fields.number === null) {
    return `The discussion_comment payload lacks ${missing.join(', ')}; nothing to do.`;
  }
  return {
    action,
    comment: {
      id: fields.id ?? 0,
      nodeId: fields.nodeId,
      body: fields.body,
      previousBody: changes ? str(changes.from) : null,
      login: fields.login,
      userId: int(user.id),
      userType: str(user.type) ?? 'User',
      parentId: int(comment.parent_id),
      createdAt: fields.createdAt,
      updatedAt: str(comment.updated_at) ?? fields.createdAt,
      url: str(comment.html_url) ?? '',
    },
    discussion: {
      number: fields.number,
      nodeId: str(discussion.node_id) ?? '',
      category: category ? { slug: str(category.slug) ?? '', name: str(category.name) ?? '' } : null,
    },
  };
}

/** Whether the payload's category is the configured one (by slug or name, as the open stage resolves it). */
export function inRetroCategory(event: CommentEvent, config: Pick<Config, 'discussionCategory'>): boolean {
  const category = event.discussion.category;
  if (!category) return true; // Not in the payload: the discussion read decides.
  const wanted = config.discussionCategory.trim().toLowerCase();
  return category.slug.toLowerCase() === wanted || category.name.toLowerCase() === wanted;
}

export function screenEvent(
  payload: Record<string, unknown>,
  action: string,
  config: Pick<Config, 'discussionCategory'>,
): Screened {
  const event = readCommentEvent(payload, action);
  if (typeof event === 'string') return { kind: 'skip', reason: event };
  const where = `comment ${event.comment.nodeId} in discussion #${event.discussion.number}`;
  if (!inRetroCategory(event, config)) {
    return {
      kind: 'skip',
      reason: `Discussion #${event.discussion.number} is not in the retrospectives category; ignored.`,
    };
  }
  if (event.comment.userType === 'Bot') {
    return { kind: 'skip', reason: `The ${where} was written by a bot (${event.comment.login}); ignored.` };
  }
  // Relative due dates count from when the comment was written, so an edit does not move them.
  const time = new Date(event.comment.createdAt);
  if (Number.isNaN(time.getTime())) {
    return { kind: 'skip', reason: `The ${where} has no valid created_at; ignored.` };
  }
  const lines = parseCommands(event.comment.body, time);
  const previous =
    event.comment.previousBody === null ? null : parseCommands(event.comment.previousBody, time);
  if (lines.length === 0 && (previous === null || previous.length === 0)) {
    return { kind: 'no-commands', event, reason: `The ${where} has no commands.` };
  }
  return { kind: 'commands', event, lines, previous };
}
