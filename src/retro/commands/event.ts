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
import { type CommentEvent, inRetroCategory, readCommentEvent } from './comment-event.ts';
import { type ParsedLine, parseCommands } from './parse.ts';

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
