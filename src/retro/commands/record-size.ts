/**
 * What a command's reply says about the record's size: the release data moved to a comment of its own, or
 * the record is full and the comment's changes were not made. Pure.
 */
import type { RetroState } from '../../domain/state.ts';
import { escapeInline, GITHUB_BODY_LIMIT, link } from '../../render/markdown.ts';
import { recordReply } from './apply-comment.ts';
import type { Applied, ReplyLine, SourceComment } from './apply-draft.ts';

/** The reply line saying which sections moved out of the body, and where. */
export function sizeLine(moved: { headings: readonly string[]; url: string }): ReplyLine {
  const names = moved.headings.map((h) => `“${escapeInline(h, { maxLength: 80 })}”`).join(', ');
  return {
    command: 'the record',
    outcome: 'done',
    message:
      `reached GitHub's ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit for a body, so ${names} ` +
      `moved to ${link('a comment of its own', moved.url)}; nothing was lost, and the action items, learnings ` +
      'and decisions stay in the record',
  };
}

const FULL =
  `not recorded: the record is at GitHub's ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit for a body ` +
  'even with the release data moved out. Shorten or remove long learnings or proposals (edit their comments), ' +
  'then post this again';

/**
 * The state with this comment recorded as read and nothing else changed; every line that would have changed
 * the record is refused with the reason, the others keep what they said.
 */
export function recordFullRefusal(
  state: RetroState,
  lines: readonly ReplyLine[],
  comment: SourceComment,
): Applied {
  const refused = lines.map(
    (line): ReplyLine =>
      // The command as the reply shows it (the reply cuts it at 80 characters): the record keeps no long copy.
      line.outcome === 'done'
        ? { command: line.command.slice(0, 120), outcome: 'refused', message: FULL }
        : line,
  );
  return {
    state: {
      ...state,
      processedComments: { ...state.processedComments, [comment.id]: comment.stamp },
      replies: recordReply(state.replies, comment.id, refused),
    },
    lines: refused,
    finalize: false,
  };
}
