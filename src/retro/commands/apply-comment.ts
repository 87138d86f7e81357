/**
 * One comment event: a created comment runs its lines; an edited one re-reads its proposals and learnings and
 * runs only its new imperative lines; a deleted one withdraws what it proposed.
 */

import { createHash } from 'node:crypto';
import { learningSays } from '../../domain/learning-key.ts';
import type { ActionItem, Learning, RecordedReplyLine, RetroState } from '../../domain/state.ts';
import { sameLogin } from '../../github/discussions.ts';
import { truncate } from '../../render/markdown.ts';
import {
  type Applied,
  type ApplyEnv,
  type CommentChange,
  Draft,
  describeItem,
  isAccepted,
  quoteTitle,
  type ReplyLine,
  ref,
} from './apply-draft.ts';
import { applyLine, learn, propose } from './apply-line.ts';
import type { Actor } from './authorize.ts';
import type { ActionLine, LearningLine, ParsedLine } from './parse.ts';

const IMPERATIVE: ReadonlySet<ParsedLine['kind']> = new Set<ParsedLine['kind']>([
  'accept',
  'reject',
  'assign',
  'due',
  'priority',
  'finalize',
  'help',
  'invalid',
  'unknown',
]);

/** A short digest of a command line's text, as the record keeps it (no user text in the state twice). */
export function lineDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

/** Lines of `lines` whose digest `previous` did not hold (as a multiset). */
function newLines(lines: readonly ParsedLine[], previous: readonly string[]): ParsedLine[] {
  const seen = new Map<string, number>();
  for (const digest of previous) seen.set(digest, (seen.get(digest) ?? 0) + 1);
  return lines.filter((line) => {
    const digest = lineDigest(line.text);
    const left = seen.get(digest) ?? 0;
    if (left === 0) return true;
    seen.set(digest, left - 1);
    return false;
  });
}

/**
 * The one-off lines an edit already ran: what the record kept for the comment; for a record written before it
 * kept them, the event's `changes.from`; none when neither says (the comment had no such line).
 */
function alreadyRun(state: RetroState, commentId: string, previous: readonly ParsedLine[] | null): string[] {
  const kept = state.imperatives?.[commentId];
  if (kept) return kept;
  return previous ? previous.filter((l) => IMPERATIVE.has(l.kind)).map((l) => lineDigest(l.text)) : [];
}

function keepImperatives(state: RetroState, commentId: string, lines: readonly ParsedLine[]): void {
  const digests = lines.filter((l) => IMPERATIVE.has(l.kind)).map((l) => lineDigest(l.text));
  if (digests.length === 0 && !state.imperatives?.[commentId]) return;
  const { [commentId]: _previous, ...others } = state.imperatives ?? {};
  state.imperatives = digests.length > 0 ? { ...others, [commentId]: digests } : others;
}

const itemsFrom = (state: RetroState, commentId: string) =>
  state.items
    .filter((i) => i.sourceCommentId === commentId)
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

const sameFields = (item: ActionItem, line: ActionLine) =>
  item.title === line.title &&
  item.owner === line.owner &&
  item.due === line.due &&
  item.priority === line.priority &&
  item.labels.join('\u0000') === line.labels.join('\u0000');

/**
 * An edited proposal is re-read while its item is still proposed: the k-th `/action` line of the comment is
 * the k-th item it proposed. New lines propose new items; a removed line withdraws its proposed item. Accepted
 * items change only through facilitator commands, so an edit never touches them.
 */
function reapplyProposals(d: Draft, lines: readonly ActionLine[]): void {
  const existing = itemsFrom(d.state, d.env.comment.id);
  lines.forEach((line, k) => {
    const item = existing[k];
    if (!item) {
      propose(d, line);
      return;
    }
    if (item.status !== 'proposed' && item.status !== 'withdrawn') {
      if (!sameFields(item, line)) {
        d.say(
          line,
          'unchanged',
          `${ref(item.id)} is ${item.status === 'created' ? 'already an issue' : item.status}; editing the proposal no ` +
            'longer changes it (facilitators can use `/assign`, `/due`, `/priority`)',
        );
      }
      return;
    }
    if (item.status === 'proposed' && sameFields(item, line)) return;
    const problem =
      (line.owner && !sameLogin(line.owner, item.owner) && d.ownerProblem(line.owner)) ||
      (line.due && line.due !== item.due && d.dueProblem(line.due));
    if (problem) {
      d.say(line, 'refused', `${ref(item.id)} is unchanged: ${problem}`);
      return;
    }
    const duplicate = d.duplicateOf(line.title, item);
    if (duplicate) {
      d.say(
        line,
        'refused',
        `${ref(item.id)} is unchanged: ${ref(duplicate.id)} already proposes ${quoteTitle(duplicate.title)}`,
      );
      return;
    }
    const ownerChanged = line.owner !== null && !sameLogin(line.owner, item.owner);
    const revived = item.status === 'withdrawn';
    Object.assign(item, {
      title: line.title,
      owner: line.owner,
      due: line.due,
      priority: line.priority,
      labels: [...line.labels],
      status: 'proposed',
    });
    d.say(
      line,
      'done',
      `${revived ? 'proposed again' : 'updated'} ${ref(item.id)} ${quoteTitle(item.title)}: ${describeItem(item)}`,
      ownerChanged && line.owner ? { notify: line.owner } : {},
    );
  });
  for (const item of existing.slice(lines.length)) {
    if (item.status === 'proposed') {
      item.status = 'withdrawn';
      d.say(
        `/action ${item.title}`,
        'done',
        `withdrew ${ref(item.id)}: its \`/action\` line was removed from the comment`,
      );
    }
  }
}

/** The comment's learnings are replaced by its current `/learning` lines, in place. */
function reapplyLearnings(d: Draft, lines: readonly LearningLine[]): void {
  const id = d.env.comment.id;
  const before = d.state.learnings.filter((l) => l.sourceCommentId === id);
  if (before.length === lines.length && before.every((l, k) => learningSays(l, lines[k]?.text ?? ''))) return;
  const at = d.state.learnings.findIndex((l) => l.sourceCommentId === id);
  const kept = d.state.learnings.filter((l) => l.sourceCommentId !== id);
  d.state.learnings.length = 0;
  d.state.learnings.push(...kept);
  const added: Learning[] = [];
  for (const line of lines) {
    const learning = learn(d, line);
    if (learning) added.push(learning);
  }
  // learn() appended them; move them back where the comment's learnings were.
  if (at !== -1 && added.length > 0) {
    d.state.learnings.splice(d.state.learnings.length - added.length, added.length);
    d.state.learnings.splice(Math.min(at, d.state.learnings.length), 0, ...added);
  }
  if (lines.length === 0)
    d.say(
      '/learning',
      'done',
      `removed ${before.length === 1 ? 'the learning' : 'the learnings'} of this comment`,
    );
}

function withdrawAll(d: Draft): void {
  const id = d.env.comment.id;
  for (const item of itemsFrom(d.state, id)) {
    if (item.status === 'proposed') {
      item.status = 'withdrawn';
      d.say(`/action ${item.title}`, 'done', `withdrew ${ref(item.id)}: its proposal was deleted`);
    } else if (isAccepted(item)) {
      d.say(
        `/action ${item.title}`,
        'unchanged',
        `${ref(item.id)} stays ${item.status === 'created' ? 'an issue' : 'accepted'} although its proposal was deleted`,
      );
    }
  }
  const count = d.state.learnings.length;
  const kept = d.state.learnings.filter((l) => l.sourceCommentId !== id);
  if (kept.length !== count) {
    d.state.learnings.length = 0;
    d.state.learnings.push(...kept);
    d.say(
      '/learning',
      'done',
      `removed ${count - kept.length === 1 ? 'the learning' : 'the learnings'} of the deleted comment`,
    );
  }
}

/** How many comments' replies the record keeps (a few lines each): enough for any re-run to find its own. */
export const RECORDED_REPLIES = 10;

/** How much of a command the record keeps for its reply (which shows 80 characters of it), in characters. */
export const RECORDED_COMMAND_LENGTH = 120;

/** The reply lines as the record keeps them, the most recent comment last and only the last few. */
export function recordReply(
  replies: RetroState['replies'],
  commentId: string,
  lines: readonly ReplyLine[],
): RetroState['replies'] {
  const { [commentId]: _previous, ...others } = replies;
  const kept = Object.entries(others).slice(-(RECORDED_REPLIES - 1));
  const recorded: RecordedReplyLine[] = lines.map(({ command, outcome, message, notify, details }) => ({
    // The reply shows a command's first 80 characters: the record keeps no longer copy (a `/learning` line
    // would otherwise hold the learning's whole text a second time).
    command: truncate(command, RECORDED_COMMAND_LENGTH),
    outcome,
    message,
    ...(notify ? { notify } : {}),
    ...(details ? { help: true } : {}),
  }));
  return Object.fromEntries([...kept, [commentId, recorded]]);
}

/**
 * Applies a comment event (created, edited or deleted) and stamps processedComments, so the same delivery
 * applied again changes nothing. Pure.
 */
export function applyComment(state: RetroState, change: CommentChange, actor: Actor, env: ApplyEnv): Applied {
  const d = new Draft(structuredClone(state), actor, env);
  if (change.kind === 'created') {
    for (const line of change.lines) applyLine(d, line);
    keepImperatives(d.state, env.comment.id, change.lines);
  } else if (d.state.status === 'finalized') {
    // A finalized record is history: edits and deletions of old comments no longer change it.
  } else if (change.kind === 'deleted') {
    withdrawAll(d);
    keepImperatives(d.state, env.comment.id, []);
  } else {
    const actions = change.lines.filter((l): l is ActionLine => l.kind === 'action');
    const learnings = change.lines.filter((l): l is LearningLine => l.kind === 'learning');
    reapplyProposals(d, actions);
    reapplyLearnings(d, learnings);
    // Other commands act once: on an edit only the lines that are new in this version run.
    const imperative = change.lines.filter((l) => IMPERATIVE.has(l.kind));
    const ran = alreadyRun(state, env.comment.id, change.previous);
    for (const line of newLines(imperative, ran)) applyLine(d, line);
    keepImperatives(d.state, env.comment.id, change.lines);
  }
  d.state.processedComments[env.comment.id] = env.comment.stamp;
  d.state.replies = recordReply(d.state.replies, env.comment.id, d.lines);
  return { state: d.state, lines: d.lines, finalize: d.finalize };
}
