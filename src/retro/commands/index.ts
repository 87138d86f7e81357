/**
 * The command stage: a `discussion_comment` event in a retrospective. The event says where to look; the run
 * reconciles the whole retrospective (reconcile.ts): every command comment whose current version the record
 * has not applied is applied, in the order written, and each is answered once, the event's own comment first.
 *
 *   screen (no API call) → read the discussion (trusted state?) → reconcile → finalize when asked.
 *
 * A finalized retrospective no longer changes; a new command in it gets one answer saying so.
 */

import { listCommentVersions } from '../../github/command-comments.ts';
import { addDiscussionComment, getDiscussion } from '../../github/discussions.ts';
import { type Identity, isBy } from '../../github/identity.ts';
import type { RetroContext, StageResult } from '../context.ts';
import { loadRetroIndex, type RetroIndex, trustedState } from '../find.ts';
import { applyComment } from './apply.ts';
import { type Screened, screenEvent } from './event.ts';
import { answeredVersions, isAnswered, MAX_COMMANDS_PER_COMMENT } from './pending.ts';
import { reconcileRetrospective, result, type Target } from './reconcile.ts';
import { renderReply } from './reply.ts';

export { MAX_COMMANDS_PER_COMMENT } from './pending.ts';
export { MAX_WRITE_ATTEMPTS, reconcileRetrospective, WRITE_TIMING } from './reconcile.ts';

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
    ctx.actor(),
  ]);
  if (isBy(event.comment.userId, actor)) {
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
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${discussion.number}`;
  const target: Target = { discussion, state, label };
  if (state.status === 'finalized') return answerFinalized(ctx, target, screened, actor);

  const reconciled = await reconcileRetrospective(ctx, target, {
    commentId: event.comment.nodeId,
    previous: screened.kind === 'commands' ? screened.previous : null,
  });
  return reconciled.result;
}

/** History: the record no longer changes. A new command still gets one answer saying so. */
async function answerFinalized(
  ctx: RetroContext,
  target: Target,
  screened: Exclude<Screened, { kind: 'skip' }>,
  actor: Identity,
): Promise<StageResult> {
  const { event } = screened;
  const done = result(
    target,
    target.state,
    `Discussion #${target.discussion.number} is finalized; nothing to do.`,
  );
  if (event.action !== 'created' || screened.kind !== 'commands') return done;
  const listing = await listCommentVersions(ctx.github, target.discussion.id);
  const comment = listing.comments.find((c) => c.id === event.comment.nodeId);
  const stamp = event.comment.updatedAt;
  if (!comment || isAnswered(answeredVersions(listing, actor), comment.id, stamp)) return done;
  const { lines } = applyComment(
    target.state,
    { kind: 'created', lines: screened.lines.slice(0, MAX_COMMANDS_PER_COMMENT) },
    { login: event.comment.login, facilitator: false, participant: false },
    {
      assignable: new Map(),
      today: event.comment.createdAt.slice(0, 10),
      maxAccepted: ctx.config.maxActionItems,
      comment: { id: comment.id, url: comment.url, stamp },
    },
  );
  await addDiscussionComment(ctx.github, ctx.writes, {
    discussionId: target.discussion.id,
    label: target.label,
    replyToId: comment.threadId,
    body: renderReply(lines, { commentId: comment.id, stamp, author: event.comment.login }),
  });
  return done;
}

/**
 * Scheduled runs: every open retrospective is reconciled with its comments, so a command whose event was
 * never delivered (or whose run GitHub cancelled) is applied and answered within one schedule interval.
 */
export async function reconcileOpenRetrospectives(
  ctx: RetroContext,
  known?: Promise<RetroIndex>,
): Promise<StageResult & { wrote: boolean }> {
  const index = await (known ?? loadRetroIndex(ctx));
  const open = index.retrospectives.filter((r) => r.state.status === 'open');
  const results: StageResult[] = [];
  const errors: string[] = [];
  let wrote = false;
  for (const { discussion, state } of open) {
    const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${discussion.number}`;
    try {
      const reconciled = await reconcileRetrospective(ctx, { discussion, state, label });
      wrote ||= reconciled.wrote;
      if (reconciled.wrote) results.push(reconciled.result);
    } catch (error) {
      errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      wrote = true;
    }
  }
  const merged = {
    outputs: Object.assign({}, ...results.map((r) => r.outputs)),
    summary: results.map((r) => r.summary).join('\n\n'),
    wrote,
  };
  if (errors.length > 0) throw Object.assign(new Error(errors.join('\n')), { partial: merged });
  return merged;
}
