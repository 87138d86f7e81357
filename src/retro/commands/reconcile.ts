/**
 * Brings a retrospective's record up to date with its comments, and answers each command comment once.
 *
 *   list the comments (one request per 100) → what the record has not applied (pending.ts) → who wrote them,
 *   which owners are assignable, the proposals' votes → re-read the record, apply in order (pure), write →
 *   pause, re-read record and comments → again while anything is unapplied → reply to each recorded version
 *   not yet answered (the event's own comment first) → remove duplicate replies → finalize when asked.
 *
 * GitHub's updateDiscussion has no compare-and-swap. Two runs can write at once, and a slow write can land
 * after a later one and undo it. The record converges instead: a run reads back after writing and applies
 * again whatever is missing (another run's overwrite, comments that arrived meanwhile), and any later run that
 * touches the retrospective (every comment's run, every scheduled run) does the same. A reply is posted only
 * after a read shows the record holding its version; a later overwrite is re-applied, with the same outcome,
 * because comments are applied in the order they were written.
 */
import type { RetroState } from '../../domain/state.ts';
import {
  type CommentListing,
  deleteOwnComment,
  listCommentVersions,
  proposalVotes,
} from '../../github/command-comments.ts';
import { addDiscussionComment, type DiscussionSummary, getDiscussion } from '../../github/discussions.ts';
import type { Identity } from '../../github/identity.ts';
import { PermissionGateway } from '../../github/permissions.ts';
import { planArchive } from '../../render/learning-archive.ts';
import { escapeInline } from '../../render/markdown.ts';
import { notice, type RetroContext, type StageResult } from '../context.ts';
import { finalizeDiscussion, unfinishedFinalize } from '../finalize/index.ts';
import { trustedState } from '../find.ts';
import { writeRecord } from '../record-store.ts';
import { type ApplyEnv, applyComment, ownersToCheck, type ReplyLine, refreshVotes } from './apply.ts';
import { type Actor, resolveActor } from './authorize.ts';
import { renderHelp } from './catalog.ts';
import {
  answeredVersions,
  duplicateReplies,
  type EventHint,
  isAnswered,
  MAX_COMMANDS_PER_COMMENT,
  type PendingComment,
  pendingComments,
} from './pending.ts';
import { archivedLine, recordFullRefusal, sizeLine } from './record-size.ts';
import { renderReply } from './reply.ts';

/** Write rounds in one run; each is a read-back that found something unapplied (an overwrite, new comments). */
export const MAX_WRITE_ATTEMPTS = 5;

/**
 * Pauses before reading a written record back. `settleMs` lets another run's write that was already on its way
 * land first, so the read-back sees it (a read and a mutation: well under a second on GitHub); the jitter
 * desynchronises two runs that conflicted. `RetroContext.settleMs` overrides the pause (tests set 0: they
 * make writes slow with the emulator's `hold` fault instead of waiting). Exported so unit tests can shorten it.
 */
export const WRITE_TIMING = { settleMs: 1_000, jitterMs: 500 };

const pause = (ms: number) =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

export interface Target {
  discussion: DiscussionSummary;
  state: RetroState;
  label: string;
}

/** A body and the state decoded from it, read together. */
export interface LiveRecord {
  body: string;
  state: RetroState;
}

export interface Reconciled {
  result: StageResult;
  /** The record was written (the scheduled run re-reads its index before finalizing). */
  wrote: boolean;
}

/** Per run: who each commenter is and which owners are assignable, asked once whatever the rounds. */
class Lookups {
  readonly #permissions: PermissionGateway;
  readonly #actors = new Map<string, Promise<Actor>>();
  readonly #assignable = new Map<string, Promise<boolean>>();

  constructor(private readonly ctx: RetroContext) {
    this.#permissions = new PermissionGateway(ctx.github, ctx.repo, ctx.log);
  }

  async envFor(pending: PendingComment): Promise<ApplyEnv & { actor: Actor }> {
    const lines = pending.change.lines;
    // One comment's lines decide whether its author's permission is asked at all (a /learning needs none).
    const key = `${pending.login.toLowerCase()} ${lines.map((l) => l.kind).join(',')}`;
    let actor = this.#actors.get(key);
    if (!actor) {
      actor = resolveActor(this.#permissions, this.ctx.config, pending.login, lines);
      this.#actors.set(key, actor);
    }
    const owners = ownersToCheck(lines);
    const assignable = await Promise.all(
      owners.map(async (login) => {
        let known = this.#assignable.get(login);
        if (!known) {
          known = this.#permissions.isAssignable(login);
          this.#assignable.set(login, known);
        }
        return [login, await known] as const;
      }),
    );
    return {
      actor: await actor,
      assignable: new Map(assignable),
      today: pending.day || this.ctx.now.toISOString().slice(0, 10),
      maxAccepted: this.ctx.config.maxActionItems,
      comment: { id: pending.id, url: pending.url, stamp: pending.stamp },
    };
  }
}

interface Round {
  state: RetroState;
  /** What each applied comment said, by comment id. */
  lines: Map<string, ReplyLine[]>;
  finalize: boolean;
}

/**
 * Applies the pending comments in order. A comment whose changes would make the record too long for GitHub even
 * with the release data moved out (`fits` says no) is recorded as read with each change refused, and the
 * comments after it still get their turn.
 */
async function applyRound(
  ctx: RetroContext,
  lookups: Lookups,
  state: RetroState,
  pending: readonly PendingComment[],
  fits: (state: RetroState) => boolean,
): Promise<Round> {
  const sources = [...state.items.map((i) => i.sourceCommentId), ...pending.map((p) => p.id)];
  // The commenters' roles, the owners' assignability and the proposals' votes depend on nothing but the
  // comments: one round trip for all of them.
  const [envs, votes] = await Promise.all([
    Promise.all(pending.map((p) => lookups.envFor(p))),
    proposalVotes(ctx.github, sources),
  ]);
  let current = state;
  let finalize = false;
  const lines = new Map<string, ReplyLine[]>();
  pending.forEach((p, k) => {
    const env = envs[k] as ApplyEnv & { actor: Actor };
    const whole = applyComment(current, p.change, env.actor, env);
    const applied = fits(whole.state) ? whole : recordFullRefusal(current, whole.lines, env.comment, fits);
    current = applied.state;
    finalize ||= applied.finalize;
    lines.set(p.id, p.overflow > 0 ? [...applied.lines, overflowLine(p.overflow)] : applied.lines);
  });
  return { state: refreshVotes(current, votes), lines, finalize };
}

function overflowLine(count: number): ReplyLine {
  return {
    command: `${count} more command lines`,
    outcome: 'invalid',
    message: `only the first ${MAX_COMMANDS_PER_COMMENT} commands of a comment are read; post the rest in another comment`,
  };
}

export async function readRecord(ctx: RetroContext, number: number, actor: Identity): Promise<LiveRecord> {
  const fresh = await getDiscussion(ctx.github, ctx.repo, number);
  const state = fresh ? trustedState(fresh, actor, ctx.log) : null;
  if (!fresh || !state) {
    throw new Error(
      `Discussion #${number} lost its retrospective state while comments were being recorded; ` +
        "someone edited the body by hand. Restore the previous revision from the discussion's edit history.",
    );
  }
  return { body: fresh.body, state };
}

/**
 * Whether a record with this state fits GitHub's body limit, moving the release data and, if need be, the
 * learnings' whole texts out.
 */
const fitsBody = (ctx: RetroContext, body: string) => (state: RetroState) =>
  planArchive(body, state, ctx.config.maxActionItems).kind !== 'too-long';

/** Writes the new record within GitHub's limit; the reply lines saying what moved out of it, if anything did. */
async function writeBody(
  ctx: RetroContext,
  target: Target,
  before: string,
  state: RetroState,
): Promise<{ body: string; state: RetroState; moved: ReplyLine[] }> {
  const written = await writeRecord(ctx, { ...target.discussion, tag: state.tag }, before, state);
  const moved = [
    ...(written.moved ? [sizeLine(written.moved)] : []),
    ...(written.archived ? [archivedLine(written.archived)] : []),
  ];
  return { body: written.body, state: written.state, moved };
}

/** The comment whose write moved part of the record out is told so: the event's own, else the round's last. */
function tellMoved(
  lines: Map<string, ReplyLine[]>,
  moved: readonly ReplyLine[],
  hint: EventHint | undefined,
): void {
  if (moved.length === 0) return;
  const id = hint && lines.has(hint.commentId) ? hint.commentId : [...lines.keys()].at(-1);
  if (id !== undefined) lines.set(id, [...(lines.get(id) ?? []), ...moved]);
}

/**
 * Applies everything the record has not, until a read-back finds nothing missing (bounded). Returns the last
 * record read, the comments as last listed, and what each comment this run applied said.
 */
async function applyPending(
  ctx: RetroContext,
  target: Target,
  actor: Identity,
  /** `current`: the record was read with the comments, at the start of this run's work on it. */
  first: { record: LiveRecord; listing: CommentListing; current: boolean },
  hint: EventHint | undefined,
): Promise<{
  record: LiveRecord;
  listing: CommentListing;
  lines: Map<string, ReplyLine[]>;
  finalize: boolean;
}> {
  const lookups = new Lookups(ctx);
  const said = new Map<string, ReplyLine[]>();
  let finalize = false;
  let { record, listing } = first;
  if (ctx.writes.dryRun) {
    const pending = pendingComments(record.state, listing, actor, hint);
    if (pending.length === 0) return { record, listing, lines: said, finalize };
    const round = await applyRound(ctx, lookups, record.state, pending, fitsBody(ctx, record.body));
    const { body, state, moved } = await writeBody(ctx, target, record.body, round.state);
    tellMoved(round.lines, moved, hint);
    return { record: { body, state }, listing, lines: round.lines, finalize: round.finalize };
  }
  for (let attempt = 1; ; attempt++) {
    if (pendingComments(record.state, listing, actor, hint).length === 0) break;
    if (attempt > MAX_WRITE_ATTEMPTS) {
      const own =
        hint && pendingComments(record.state, listing, actor, hint).some((p) => p.id === hint.commentId);
      const message =
        `Discussion #${target.discussion.number}: after ${MAX_WRITE_ATTEMPTS} writes the record still misses ` +
        'comments (other runs rewrote it, or comments kept coming). Give the workflow a concurrency group per ' +
        'discussion (docs/commands.md); the next run applies the rest.';
      if (own) throw new Error(`${message} Re-run this job.`);
      ctx.log.warning(message);
      break;
    }
    if (attempt > 1) {
      ctx.log.warning(
        `Discussion #${target.discussion.number}: the record read back misses comments (another run rewrote it, or ` +
          `new comments came); applying them on the fresh record (round ${attempt}).`,
      );
    }
    // The record as last read before this round's lookups (the owners' checks and votes), then written: the
    // window in which another run's write can be lost is that one round trip. A record read earlier in the run
    // (the scheduled sweep's index) is read again first.
    const fresh =
      attempt === 1 && !first.current ? await readRecord(ctx, target.discussion.number, actor) : record;
    const pending = pendingComments(fresh.state, listing, actor, hint);
    if (pending.length > 0) {
      const round = await applyRound(ctx, lookups, fresh.state, pending, fitsBody(ctx, fresh.body));
      const { moved } = await writeBody(ctx, target, fresh.body, round.state);
      tellMoved(round.lines, moved, hint);
      for (const [id, lines] of round.lines) said.set(id, lines);
      finalize ||= round.finalize;
      await pause((ctx.settleMs ?? WRITE_TIMING.settleMs) + Math.random() * jitter(ctx));
    }
    [record, listing] = await Promise.all([
      readRecord(ctx, target.discussion.number, actor),
      listCommentVersions(ctx.github, target.discussion.id),
    ]);
  }
  return { record, listing, lines: said, finalize };
}

const jitter = (ctx: RetroContext) => (ctx.settleMs === 0 ? 0 : WRITE_TIMING.jitterMs);

interface Answer {
  commentId: string;
  threadId: string;
  stamp: string;
  author: string;
  lines: ReplyLine[];
}

/**
 * Every recorded version not answered yet, the event's own comment first: with what this run's apply said,
 * else what the record kept. A version whose answer is unknown is answered only for the event's own comment
 * (with a line pointing at the record), so old comments never get a late, empty reply.
 */
function answersDue(
  state: RetroState,
  listing: CommentListing,
  actor: Identity,
  said: ReadonlyMap<string, ReplyLine[]>,
  hint: EventHint | undefined,
): Answer[] {
  const answered = answeredVersions(listing, actor);
  const due: Answer[] = [];
  for (const comment of listing.comments) {
    if (comment.authorIsBot || !comment.author) continue;
    if (state.processedComments[comment.id] !== comment.updatedAt) continue;
    if (isAnswered(answered, comment.id, comment.updatedAt)) continue;
    const lines = said.get(comment.id) ?? recordedLines(state, comment.id, comment.id === hint?.commentId);
    if (!lines || lines.length === 0) continue;
    due.push({
      commentId: comment.id,
      threadId: comment.threadId,
      stamp: comment.updatedAt,
      author: comment.author,
      lines,
    });
  }
  const own = due.findIndex((a) => a.commentId === hint?.commentId);
  if (own > 0) due.unshift(...due.splice(own, 1));
  return due;
}

/** The reply lines the record kept for a comment; for the event's own comment without them, a neutral line. */
function recordedLines(state: RetroState, commentId: string, own: boolean): ReplyLine[] | null {
  const recorded = state.replies[commentId];
  if (recorded)
    return recorded.map(({ help, ...line }) => (help ? { ...line, details: renderHelp() } : line));
  if (!own) return null;
  return [
    {
      command: 'this comment',
      outcome: 'unchanged',
      message: 'was read earlier; the record in the discussion shows what it changed',
    },
  ];
}

/** Removes the action's later replies to an already answered version; returns how many went. */
async function removeDuplicates(ctx: RetroContext, target: Target, listing: CommentListing, actor: Identity) {
  const duplicates = duplicateReplies(listing, actor);
  for (const duplicate of duplicates) {
    ctx.log.info(
      `Removing a duplicate reply (${duplicate.url}): another run answered the same comment first.`,
    );
    await deleteOwnComment(ctx.github, ctx.writes, { id: duplicate.id, label: target.label });
  }
  return duplicates.length;
}

/**
 * Reconciles one retrospective (open, not finalized). `hint` is the event that started the run, if any: its
 * comment is answered first, and a finalize that fails is reported in its thread.
 */
export async function reconcileRetrospective(
  ctx: RetroContext,
  target: Target,
  hint?: EventHint,
): Promise<Reconciled> {
  const actor = await ctx.actor();
  const listing = await listCommentVersions(ctx.github, target.discussion.id);
  if (!ctx.writes.dryRun) await removeDuplicates(ctx, target, listing, actor);
  const applied = await applyPending(
    ctx,
    target,
    actor,
    // A comment run read the discussion with the config (src/early-reads.ts), in parallel with the comments.
    { record: { body: target.discussion.body, state: target.state }, listing, current: hint !== undefined },
    hint,
  );
  const { record } = applied;
  const answers = answersDue(record.state, applied.listing, actor, applied.lines, hint);
  for (const answer of answers) {
    await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.discussion.id,
      label: target.label,
      replyToId: answer.threadId,
      body: renderReply(answer.lines, {
        commentId: answer.commentId,
        stamp: answer.stamp,
        author: answer.author,
      }),
    });
  }
  if (answers.length > 0 && !ctx.writes.dryRun) {
    // Another run of the same event may have answered at the same moment: keep the first answer only.
    await removeDuplicates(ctx, target, await listCommentVersions(ctx.github, target.discussion.id), actor);
  }
  for (const answer of answers) logOutcomes(ctx, answer, target.discussion.url);
  const summary = summaryOf(answers, applied.listing);
  const wrote = applied.lines.size > 0;
  const recorded = result(target, record.state, summary);
  // `/finalize` now, or a finalize an earlier run began and did not finish.
  if (!applied.finalize && !unfinishedFinalize(record.state)) return { result: recorded, wrote };
  const ownThread = applied.listing.comments.find((c) => c.id === hint?.commentId)?.threadId ?? null;
  const finalized = await runFinalize(ctx, target, record, ownThread);
  return { result: withFinalize(recorded, finalized), wrote: true };
}

function withFinalize(recorded: StageResult, finalized: StageResult): StageResult {
  return {
    outputs: { ...recorded.outputs, ...finalized.outputs },
    summary: [recorded.summary, finalized.summary].filter(Boolean).join('\n\n'),
  };
}

/** `/finalize`: the finalize stage runs now, on the record just written and read back. */
async function runFinalize(
  ctx: RetroContext,
  target: Target,
  latest: LiveRecord,
  replyTo: string | null,
): Promise<StageResult> {
  try {
    return await finalizeDiscussion(ctx, {
      discussion: { ...target.discussion, body: latest.body },
      state: latest.state,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (replyTo) {
      await addDiscussionComment(ctx.github, ctx.writes, {
        discussionId: target.discussion.id,
        label: target.label,
        replyToId: replyTo,
        body: `🚫 Finalizing failed: ${escapeInline(message, { maxLength: 300 })}\n\nRun \`/finalize\` again once the cause is fixed: finalizing is safe to repeat. The workflow run's log has the details.`,
      });
    }
    throw error;
  }
}

/**
 * One log line per command, by outcome: a notice for what was decided or changed, a warning for what was
 * refused or invalid (never reported as done), plain info for what changed nothing.
 */
function logOutcomes(ctx: RetroContext, answer: Answer, url: string): void {
  for (const line of answer.lines) {
    const text = `@${answer.author}: ${line.command.slice(0, 80)} — ${line.message.split('\n')[0]}`;
    if (line.outcome === 'done') notice(ctx.log, `${text} ${url}`);
    else if (line.outcome === 'refused') ctx.log.warning(`Refused ${text}`);
    else if (line.outcome === 'invalid') ctx.log.warning(`Not understood ${text}`);
    else ctx.log.info(`Unchanged ${text}`);
  }
}

function summaryOf(answers: readonly Answer[], listing: CommentListing): string {
  if (answers.length === 0) return 'Every command comment was already applied and answered.';
  return answers
    .map((answer) => {
      const comment = listing.comments.find((c) => c.id === answer.commentId);
      return [
        `### Retrospective commands from ${escapeInline(`@${answer.author}`)}${comment ? ` ([comment](${comment.url}))` : ''}`,
        '',
        ...answer.lines.map((line) => `- ${escapeInline(line.command, { maxLength: 80 })} — ${line.message}`),
      ].join('\n');
    })
    .join('\n\n');
}

export function result(target: Target, state: RetroState, summary: string): StageResult {
  return {
    outputs: {
      'release-tag': state.tag,
      'discussion-url': target.discussion.url,
      'discussion-number': String(target.discussion.number),
      'action-items': JSON.stringify(state.items),
    },
    summary,
  };
}
