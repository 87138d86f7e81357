/**
 * The command stage: a `discussion_comment` event in a retrospective becomes changes to the record (the
 * discussion body's state block and its tables) and one threaded reply.
 *
 *   screen (no API call) → read the discussion (trusted state?) → read the comment's thread and the votes
 *   → who is the commenter, which owners are assignable → apply (pure) → write the body, re-read, verify
 *   → reply → finalize when asked.
 *
 * Idempotent: processedComments[comment] = updatedAt in the state makes a re-delivered event a no-op, and the
 * reply's hidden marker keeps a re-run from replying twice.
 */

import type { RetroState } from '../../domain/state.ts';
import { getCommentThread } from '../../github/comment-thread.ts';
import {
  addDiscussionComment,
  type DiscussionSummary,
  getDiscussion,
  sameLogin,
  updateDiscussionBody,
} from '../../github/discussions.ts';
import { PermissionGateway } from '../../github/permissions.ts';
import { rerenderBody } from '../../render/live-record.ts';
import { escapeInline } from '../../render/markdown.ts';
import { notice, type RetroContext, type StageResult } from '../context.ts';
import { finalizeDiscussion, unfinishedFinalize } from '../finalize/index.ts';
import { trustedState } from '../find.ts';
import {
  type Applied,
  type ApplyEnv,
  applyComment,
  type CommentChange,
  ownersToCheck,
  type ReplyLine,
  refreshVotes,
  type SourceComment,
} from './apply.ts';
import { resolveActor } from './authorize.ts';
import { renderHelp } from './catalog.ts';
import { type CommentEvent, screenEvent } from './event.ts';
import type { ParsedLine } from './parse.ts';
import { isReplyTo, renderReply } from './reply.ts';

/** Commands read from one comment; the rest get one line saying so (each may cost an API call). */
export const MAX_COMMANDS_PER_COMMENT = 20;
/** Write attempts when another run overwrites the body between our write and its verification. */
export const MAX_WRITE_ATTEMPTS = 5;

type Discussion = DiscussionSummary;
/** A body and the state decoded from it, read together. */
interface LiveRecord {
  body: string;
  state: RetroState;
}

const skipped = (ctx: RetroContext, reason: string): StageResult => {
  ctx.log.info(reason);
  return { outputs: {}, summary: '' };
};

export async function handleDiscussionComment(
  ctx: RetroContext,
  payload: Record<string, unknown>,
  action: string,
): Promise<StageResult> {
  const screened = screenEvent(payload, action, ctx.config);
  if (screened.kind === 'skip') return skipped(ctx, screened.reason);
  const { event } = screened;

  const [discussion, actor] = await Promise.all([
    getDiscussion(ctx.github, ctx.repo, event.discussion.number),
    ctx.actorLogin(),
  ]);
  if (sameLogin(event.comment.login, actor)) {
    return skipped(ctx, `The comment ${event.comment.nodeId} is the action's own; ignored.`);
  }
  if (!discussion)
    return skipped(ctx, `Discussion #${event.discussion.number} no longer exists; nothing to do.`);
  const wanted = ctx.config.discussionCategory.trim().toLowerCase();
  if (
    discussion.category.slug.toLowerCase() !== wanted &&
    discussion.category.name.toLowerCase() !== wanted
  ) {
    return skipped(ctx, `Discussion #${discussion.number} is not in the retrospectives category; ignored.`);
  }
  const state = trustedState(discussion, actor, ctx.log);
  if (!state) {
    return skipped(
      ctx,
      `Discussion #${discussion.number} is not a retrospective opened by this action; ignored.`,
    );
  }

  const context = await getCommentThread(ctx.github, event.comment.nodeId, [
    event.comment.nodeId,
    ...state.items.map((i) => i.sourceCommentId),
  ]);
  const stamp = event.action === 'deleted' ? 'deleted' : event.comment.updatedAt;
  // A deleted comment has no thread left to answer in; its changes to the record show in the body.
  const thread = event.action === 'deleted' ? null : context.threadId;
  const replied = context.replies.some(
    (c) => sameLogin(c.author, actor) && isReplyTo(c.body, event.comment.nodeId, stamp),
  );
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${discussion.number}`;
  const base = { discussion, state, label };

  if (alreadyApplied(state.processedComments[event.comment.nodeId], stamp)) {
    ctx.log.info(`The comment ${event.comment.nodeId} (${stamp}) was applied already; nothing to do.`);
    if (
      !replied &&
      thread &&
      stamp !== 'deleted' &&
      state.processedComments[event.comment.nodeId] === stamp
    ) {
      // An earlier run recorded the comment but stopped before replying: its reply, as the record kept it.
      const lines = recordedReply(state, event.comment.nodeId);
      if (lines.length > 0) {
        await addDiscussionComment(ctx.github, ctx.writes, {
          discussionId: discussion.id,
          label,
          replyToId: thread,
          body: renderReply(lines, { commentId: event.comment.nodeId, stamp, author: event.comment.login }),
        });
      }
    }
    const done = result(base, state, `Comment ${event.comment.nodeId} was already applied to ${label}.`);
    // A re-run of the event whose finalize was cut short (or any later event) finishes it.
    if (!unfinishedFinalize(state)) return done;
    return withFinalize(done, await runFinalize(ctx, base, { body: discussion.body, state }, thread));
  }

  if (state.status === 'finalized') {
    // History: the record no longer changes. A new command still gets one answer saying so.
    if (event.action !== 'created' || !thread || replied) {
      return result(base, state, `Discussion #${discussion.number} is finalized; nothing to do.`);
    }
    const actorInfo = { login: event.comment.login, facilitator: false, participant: false };
    const env = await resolveEnv(ctx, event, { kind: 'created', lines: [] }, stamp);
    const { lines } = applyComment(
      state,
      { kind: 'created', lines: capLines(screened.lines).lines },
      actorInfo,
      env,
    );
    await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: discussion.id,
      label,
      replyToId: thread,
      body: renderReply(lines, { commentId: event.comment.nodeId, stamp, author: event.comment.login }),
    });
    return result(base, state, summaryOf(event, lines));
  }

  const { lines, overflow } = capLines(screened.lines);
  const change: CommentChange =
    event.action === 'created'
      ? { kind: 'created', lines }
      : event.action === 'edited'
        ? { kind: 'edited', lines, previous: screened.previous }
        : { kind: 'deleted', lines };
  const env = await resolveEnv(ctx, event, change, stamp);
  const votes = context.thumbsUp;
  const written = await writeVerified(ctx, discussion, state, env.comment, (fresh) => {
    const applied = applyComment(fresh, change, env.actor, env);
    return { ...applied, state: refreshVotes(applied.state, votes) };
  });
  const replyLines = overflow > 0 ? [...written.lines, overflowLine(overflow)] : written.lines;

  const replyTo = thread;
  if (replyLines.length > 0 && replyTo && !replied) {
    await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: discussion.id,
      label,
      replyToId: replyTo,
      body: renderReply(replyLines, { commentId: event.comment.nodeId, stamp, author: event.comment.login }),
    });
  }
  logOutcomes(ctx, event, replyLines, discussion.url);
  const summary = summaryOf(event, replyLines);
  const recorded = result(base, written.state, summary);
  // `/finalize` now, or a finalize an earlier run began and did not finish.
  if (!written.finalize && !unfinishedFinalize(written.latest.state)) return recorded;
  return withFinalize(recorded, await runFinalize(ctx, base, written.latest, replyTo));
}

function withFinalize(recorded: StageResult, finalized: StageResult): StageResult {
  return {
    outputs: { ...recorded.outputs, ...finalized.outputs },
    summary: [recorded.summary, finalized.summary].filter(Boolean).join('\n\n'),
  };
}

/**
 * The reply lines the record kept for a comment; for one recorded before the record kept replies (or pushed
 * out by many newer comments), a neutral line pointing at the record, never a claim of success.
 */
function recordedReply(state: RetroState, commentId: string): ReplyLine[] {
  const recorded = state.replies[commentId];
  if (!recorded) {
    return [
      {
        command: 'this comment',
        outcome: 'unchanged',
        message: 'was read earlier; the record in the discussion shows what it changed',
      },
    ];
  }
  return recorded.map(({ help, ...line }) => (help ? { ...line, details: renderHelp() } : line));
}

function alreadyApplied(processed: string | undefined, stamp: string): boolean {
  if (processed === undefined) return false;
  if (processed === 'deleted') return true;
  // ISO times compare as strings; an older delivery arriving late must not undo a newer edit.
  return stamp !== 'deleted' && processed >= stamp;
}

function capLines(lines: readonly ParsedLine[]): { lines: ParsedLine[]; overflow: number } {
  return {
    lines: lines.slice(0, MAX_COMMANDS_PER_COMMENT),
    overflow: Math.max(0, lines.length - MAX_COMMANDS_PER_COMMENT),
  };
}

function overflowLine(count: number): ReplyLine {
  return {
    command: `${count} more command lines`,
    outcome: 'invalid',
    message: `only the first ${MAX_COMMANDS_PER_COMMENT} commands of a comment are read; post the rest in another comment`,
  };
}

/** Everything the pure apply step needs from GitHub, asked once per run. */
async function resolveEnv(
  ctx: RetroContext,
  event: CommentEvent,
  change: CommentChange,
  stamp: string,
): Promise<ApplyEnv & { actor: Awaited<ReturnType<typeof resolveActor>> }> {
  const permissions = new PermissionGateway(ctx.github, ctx.repo, ctx.log);
  const lines = change.kind === 'deleted' ? [] : change.lines;
  const owners = ownersToCheck(lines);
  const [actor, assignable] = await Promise.all([
    resolveActor(permissions, ctx.config, event.comment.login, lines),
    Promise.all(owners.map(async (login) => [login, await permissions.isAssignable(login)] as const)),
  ]);
  const when =
    event.action === 'created'
      ? event.comment.createdAt
      : event.action === 'edited'
        ? event.comment.updatedAt
        : ctx.now.toISOString();
  return {
    actor,
    assignable: new Map(assignable),
    today: when.slice(0, 10),
    maxAccepted: ctx.config.maxActionItems,
    comment: { id: event.comment.nodeId, url: event.comment.url, stamp },
  };
}

/**
 * Pauses of the write check. `settleMs` must outlast another run's gap between reading the body and its write
 * landing (a read and a mutation, well under a second on GitHub), so an overwrite has happened by the time we
 * look. Exported so unit tests can shorten them.
 */
export const WRITE_TIMING = { settleMs: 1_000, jitterMs: 500 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Read, apply, write, wait, read again, and check the state holds this comment's stamp. Two runs handling two
 * comments at the same moment both read the same body; the later write would silently drop the earlier one's
 * change, and GitHub's updateDiscussion has no compare-and-swap. So the body is read again right before each
 * write (the window for a conflict is one request long), and checked after a pause longer than that window.
 * Whoever finds their stamp missing applies again on the fresh state (bounded, with jitter to desynchronise).
 * The workflow's concurrency group (docs/commands.md) makes this rare; this makes it safe when it happens.
 */
async function writeVerified(
  ctx: RetroContext,
  discussion: Discussion,
  state: RetroState,
  comment: SourceComment,
  apply: (state: RetroState) => Applied,
): Promise<Applied & { latest: LiveRecord }> {
  if (ctx.writes.dryRun) {
    const applied = apply(state);
    const body = await writeBody(ctx, discussion, discussion.body, applied.state);
    return { ...applied, latest: { body, state: applied.state } };
  }
  const actor = await ctx.actorLogin();
  for (let attempt = 1; ; attempt++) {
    const current = await readRecord(ctx, discussion.number, actor);
    if (current.state.processedComments[comment.id] === comment.stamp) {
      // Another run of this same event recorded it meanwhile; it also answers it.
      return { state: current.state, lines: [], finalize: false, latest: current };
    }
    const applied = apply(current.state);
    await writeBody(ctx, discussion, current.body, applied.state);
    await pause(WRITE_TIMING.settleMs + Math.random() * WRITE_TIMING.jitterMs);
    const check = await readRecord(ctx, discussion.number, actor);
    if (check.state.processedComments[comment.id] === comment.stamp) return { ...applied, latest: check };
    if (attempt >= MAX_WRITE_ATTEMPTS) {
      throw new Error(
        `Could not record the comment in discussion #${discussion.number}: ${attempt} writes were overwritten by ` +
          'other runs. Run the workflow with a concurrency group per discussion (see docs/commands.md), then re-run this job.',
      );
    }
    ctx.log.warning(
      `Another run rewrote discussion #${discussion.number} at the same time (attempt ${attempt}); applying again on the fresh record.`,
    );
    await pause(Math.random() * WRITE_TIMING.jitterMs * attempt);
  }
}

async function writeBody(
  ctx: RetroContext,
  discussion: Discussion,
  before: string,
  state: RetroState,
): Promise<string> {
  const body = rerenderBody(before, state, ctx.config.maxActionItems);
  if (body === before) return body;
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: discussion.id,
    label: `${ctx.repo.owner}/${ctx.repo.name} discussion #${discussion.number}`,
    body,
  });
  return body;
}

async function readRecord(ctx: RetroContext, number: number, actor: string): Promise<LiveRecord> {
  const fresh = await getDiscussion(ctx.github, ctx.repo, number);
  const state = fresh ? trustedState(fresh, actor, ctx.log) : null;
  if (!fresh || !state) {
    throw new Error(
      `Discussion #${number} lost its retrospective state while this comment was being recorded; ` +
        "someone edited the body by hand. Restore the previous revision from the discussion's edit history.",
    );
  }
  return { body: fresh.body, state };
}

interface Target {
  discussion: Discussion;
  state: RetroState;
  label: string;
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
function logOutcomes(ctx: RetroContext, event: CommentEvent, lines: readonly ReplyLine[], url: string): void {
  for (const line of lines) {
    const text = `@${event.comment.login}: ${line.command.slice(0, 80)} — ${line.message.split('\n')[0]}`;
    if (line.outcome === 'done') notice(ctx.log, `${text} ${url}`);
    else if (line.outcome === 'refused') ctx.log.warning(`Refused ${text}`);
    else if (line.outcome === 'invalid') ctx.log.warning(`Not understood ${text}`);
    else ctx.log.info(`Unchanged ${text}`);
  }
}

function summaryOf(event: CommentEvent, lines: readonly ReplyLine[]): string {
  if (lines.length === 0)
    return `Comment ${event.comment.nodeId} (${event.action}) changed nothing in the record.`;
  return [
    `### Retrospective commands from ${escapeInline(`@${event.comment.login}`)} (${event.action})`,
    '',
    ...lines.map((line) => `- ${escapeInline(line.command, { maxLength: 80 })} — ${line.message}`),
  ].join('\n');
}

function result(target: Target, state: RetroState, summary: string): StageResult {
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
