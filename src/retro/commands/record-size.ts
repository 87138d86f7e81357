/**
 * What a command's reply says about the record's size: the release data moved to a comment of its own, or
 * the record is full and the comment's changes were not made. Pure.
 */
import type { RetroState } from '../../domain/state.ts';
import { escapeInline, GITHUB_BODY_LIMIT, link } from '../../render/markdown.ts';
import { recordReply } from './apply-comment.ts';
import type { Applied, ReplyLine, SourceComment } from './apply-draft.ts';

/**
 * GitHub's body limit with its thousands grouped, as en-US writes it ("65,536"). Not `toLocaleString`: this
 * module is loaded by every command run, and a process's first number format builds ICU's formatter, 10–20 ms
 * that the run's next request waited for (a cold command's CPU profile).
 */
const LIMIT = String(GITHUB_BODY_LIMIT).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The reply line saying which sections moved out of the body, and where. */
export function sizeLine(moved: { headings: readonly string[]; url: string }): ReplyLine {
  const names = moved.headings.map((h) => `“${escapeInline(h, { maxLength: 80 })}”`).join(', ');
  return {
    command: 'the record',
    outcome: 'done',
    message:
      `reached GitHub's ${LIMIT}-character limit for a body, so ${names} ` +
      `moved to ${link('a comment of its own', moved.url)}; nothing was lost, and the action items, learnings ` +
      'and decisions stay in the record',
  };
}

/** The reply line saying that the learnings' whole texts moved to learnings comments, and where. */
export function archivedLine(archived: { count: number; urls: readonly string[] }): ReplyLine {
  const where =
    archived.urls.length === 1
      ? link('a comment of their own', archived.urls[0] as string)
      : `comments of their own (${archived.urls.map((url, k) => link(String(k + 1), url)).join(', ')})`;
  return {
    command: 'the record',
    outcome: 'done',
    message:
      `reached GitHub's ${LIMIT}-character limit for a body, so the whole ` +
      `text of ${archived.count === 1 ? '1 learning' : `${archived.count} learnings`} moved to ${where}; the ` +
      'record keeps the start of each with a link, and nothing was lost',
  };
}

const FULL =
  `not recorded: the record is at GitHub's ${LIMIT}-character limit for a body ` +
  "even with the release data and the learnings' texts moved out. Shorten or remove long learnings or proposals " +
  '(edit their comments), ' +
  'then post this again';

/**
 * The state with this comment recorded as read and nothing else changed; every line that would have changed
 * the record is refused with the reason, the others keep what they said. The refusal's lines are kept in the
 * record for a re-run's reply only if they fit too (`fits`); this run's reply says them either way.
 */
export function recordFullRefusal(
  state: RetroState,
  lines: readonly ReplyLine[],
  comment: SourceComment,
  fits: (state: RetroState) => boolean,
): Applied {
  const refused = lines.map(
    (line): ReplyLine =>
      // The command as the reply shows it (the reply cuts it at 80 characters): the record keeps no long copy.
      line.outcome === 'done'
        ? { command: line.command.slice(0, 120), outcome: 'refused', message: FULL }
        : line,
  );
  // Without them, an earlier version's lines must not stand for this one's.
  const { [comment.id]: _earlier, ...replies } = state.replies;
  const read = {
    ...state,
    processedComments: { ...state.processedComments, [comment.id]: comment.stamp },
    replies,
  };
  const answered = { ...read, replies: recordReply(state.replies, comment.id, refused) };
  return { state: fits(answered) ? answered : read, lines: refused, finalize: false };
}
