/**
 * What the record has not absorbed yet, found by comparing it with the comments as they are now. Pure.
 *
 * Events are hints: GitHub's concurrency group cancels a pending run when a newer one queues, and an event can
 * simply never arrive. So every run that touches a retrospective compares `processedComments` with every
 * comment at its current version and applies what is missing, oldest version first:
 *  - a comment with commands the record never applied (its `created` run was cancelled, or never came);
 *  - a comment edited since its recorded version;
 *  - a recorded comment that is gone, whose proposals or learnings the record still holds.
 * And each recorded version is answered once: `duplicateReplies` finds a second answer to the same version
 * (two runs of the same event at once both found no answer and both posted one); the later one goes.
 */
import type { RetroState } from '../../domain/state.ts';
import type { CommentListing, CommentVersion } from '../../github/command-comments.ts';
import { type Identity, isBy } from '../../github/identity.ts';
import type { CommentChange } from './apply.ts';
import { type ParsedLine, parseCommands } from './parse.ts';
import { answeredVersion } from './reply.ts';

/** Commands read from one comment; the rest get one line saying so (each may cost an API call). */
export const MAX_COMMANDS_PER_COMMENT = 20;

export interface PendingComment {
  id: string;
  url: string;
  /** The commenter (for a deletion: whoever proposed from it; a deletion checks no permission). */
  login: string;
  /** The top-level comment to answer in; null for a deletion (nothing left to answer). */
  threadId: string | null;
  /** What processedComments records once applied: the version's updatedAt, or `deleted`. */
  stamp: string;
  change: CommentChange;
  /** `YYYY-MM-DD` (UTC) of the version: due dates before it are refused. */
  day: string;
  /** Command lines past MAX_COMMANDS_PER_COMMENT, left unread. */
  overflow: number;
}

/** The event that started the run: its comment is answered first, and its `changes.from` helps an edit. */
export interface EventHint {
  commentId: string;
  /** For an edit: the commands before it, when the payload says. */
  previous: readonly ParsedLine[] | null;
}

/** Comments the action itself wrote (its replies, the survey threads) and other bots' are never commands. */
export function isPeople(comment: CommentVersion, actor: Identity): boolean {
  return !comment.authorIsBot && comment.author !== null && !isBy(comment.authorId, actor);
}

export function commandsOf(comment: CommentVersion): ParsedLine[] {
  const time = new Date(comment.createdAt);
  return Number.isNaN(time.getTime()) ? [] : parseCommands(comment.body, time);
}

/** ISO times compare as strings; `deleted` is final. An older version never undoes a newer one. */
export function isApplied(processed: string | undefined, stamp: string): boolean {
  if (processed === undefined) return false;
  if (processed === 'deleted') return true;
  return stamp !== 'deleted' && processed >= stamp;
}

function capped(lines: ParsedLine[]): { lines: ParsedLine[]; overflow: number } {
  return {
    lines: lines.slice(0, MAX_COMMANDS_PER_COMMENT),
    overflow: Math.max(0, lines.length - MAX_COMMANDS_PER_COMMENT),
  };
}

/** Every change the record has not applied, in the order the versions were written (deletions last). */
export function pendingComments(
  state: RetroState,
  listing: CommentListing,
  actor: Identity,
  hint?: EventHint,
): PendingComment[] {
  if (state.status === 'finalized') return [];
  const pending: (PendingComment & { order: [string, number] })[] = [];
  for (const comment of listing.comments) {
    if (!isPeople(comment, actor)) continue;
    const processed = state.processedComments[comment.id];
    if (isApplied(processed, comment.updatedAt)) continue;
    // A moderator hid it before it was applied: the team chose not to keep it.
    if (processed === undefined && comment.isMinimized) continue;
    const { lines, overflow } = capped(commandsOf(comment));
    if (processed === undefined && lines.length === 0) continue;
    const change: CommentChange =
      processed === undefined
        ? { kind: 'created', lines }
        : {
            kind: 'edited',
            lines,
            previous: hint?.commentId === comment.id ? hint.previous : null,
          };
    pending.push({
      id: comment.id,
      url: comment.url,
      login: comment.author ?? '',
      threadId: comment.threadId,
      stamp: comment.updatedAt,
      change,
      day: comment.updatedAt.slice(0, 10),
      overflow,
      order: [comment.updatedAt, comment.databaseId],
    });
  }
  pending.sort((a, b) => a.order[0].localeCompare(b.order[0]) || a.order[1] - b.order[1]);
  return [...pending.map(({ order: _order, ...p }) => p), ...deletions(state, listing)];
}

/**
 * Recorded comments that are gone while the record still holds what they proposed or learnt. Only from a
 * complete listing: a comment cut from a long thread is not deleted.
 */
function deletions(state: RetroState, listing: CommentListing): PendingComment[] {
  if (!listing.complete) return [];
  const present = new Set(listing.comments.map((c) => c.id));
  const gone: PendingComment[] = [];
  for (const [id, processed] of Object.entries(state.processedComments)) {
    if (processed === 'deleted' || present.has(id)) continue;
    const items = state.items.filter((i) => i.sourceCommentId === id);
    const learnings = state.learnings.filter((l) => l.sourceCommentId === id);
    if (!items.some((i) => i.status === 'proposed') && learnings.length === 0) continue;
    const source = items[0] ?? learnings[0];
    gone.push({
      id,
      url: source?.sourceCommentUrl ?? '',
      login: items[0]?.proposer ?? learnings[0]?.author ?? '',
      threadId: null,
      stamp: 'deleted',
      change: { kind: 'deleted', lines: [] },
      day: '',
      overflow: 0,
    });
  }
  return gone;
}

const versionKey = (commentId: string, stamp: string) => `${commentId} ${stamp}`;

/** The versions the action has answered (`comment stamp`), from the markers in its own replies. */
export function answeredVersions(listing: CommentListing, actor: Identity): Set<string> {
  const answered = new Set<string>();
  for (const comment of listing.comments) {
    if (!isBy(comment.authorId, actor)) continue;
    const version = answeredVersion(comment.body);
    if (version) answered.add(versionKey(version.commentId, version.stamp));
  }
  return answered;
}

export const isAnswered = (answered: ReadonlySet<string>, commentId: string, stamp: string) =>
  answered.has(versionKey(commentId, stamp));

/**
 * The action's replies that answer a version already answered by an earlier reply (the earliest by creation
 * time, then database id, stays). Every run removes the same ones, so two runs that each posted one converge
 * on the same single reply.
 */
export function duplicateReplies(listing: CommentListing, actor: Identity): CommentVersion[] {
  const byVersion = new Map<string, CommentVersion[]>();
  for (const comment of listing.comments) {
    if (!isBy(comment.authorId, actor)) continue;
    const version = answeredVersion(comment.body);
    if (!version) continue;
    const key = versionKey(version.commentId, version.stamp);
    byVersion.set(key, [...(byVersion.get(key) ?? []), comment]);
  }
  const duplicates: CommentVersion[] = [];
  for (const replies of byVersion.values()) {
    if (replies.length < 2) continue;
    const sorted = [...replies].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.databaseId - b.databaseId,
    );
    duplicates.push(...sorted.slice(1));
  }
  return duplicates;
}
