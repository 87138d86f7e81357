/**
 * The meeting vote's thread, created when the retrospective opens: a top-level comment that proposes the slots
 * and one reply per slot, so each slot collects its own 👍 (GitHub's API cannot create polls).
 *
 * Resumable like the survey threads: the proposals are fixed in the state when the body is first written; a
 * run killed half-way leaves ids missing, and the next run adopts the comments the action wrote (by author and
 * hidden marker, never someone else's) and creates only what is still missing.
 */
import type { Config } from '../config/load.ts';
import { decodeState, type MeetingState, type RetroState, withState } from '../domain/state.ts';
import {
  addDiscussionComment,
  getDiscussion,
  listDiscussionComments,
  sameLogin,
  updateDiscussionBody,
} from '../github/discussions.ts';
import { isBy } from '../github/identity.ts';
import { isGitHubLogin } from '../render/markdown.ts';
import type { RetroContext } from '../retro/context.ts';
import { renderMeetingThread, renderSlotReply, slotMarkerStart, THREAD_MARKER } from './render.ts';
import { type MeetingPlan, proposeSlots, voteClosesAt } from './slots.ts';

/** Whose answers count towards the quorum; the same cap as the invitation's mentions. */
const MAX_INVITED = 50;

export function meetingPlan(config: Config): MeetingPlan {
  return config.meeting;
}

/**
 * The meeting part of a new retrospective's state: the proposals and who is invited. Undefined when the plan
 * names no slots (a fully asynchronous team).
 */
export function initialMeeting(
  config: Config,
  openedAt: string,
  invited: { participants: readonly string[]; actor: string | null },
): MeetingState | undefined {
  const plan = meetingPlan(config);
  if (plan.slots.length === 0) return undefined;
  const people =
    config.invite.mode === 'participants'
      ? [...invited.participants, ...config.facilitators.users]
      : config.facilitators.users;
  const logins = [
    ...new Set(people.filter((l) => isGitHubLogin(l) && !sameLogin(l, invited.actor)).map((l) => l)),
  ].slice(0, MAX_INVITED);
  return {
    threadId: null,
    slots: proposeSlots(openedAt, plan).map((s) => ({ ...s, commentId: null })),
    votingClosesAt: voteClosesAt(openedAt, plan),
    invited: logins,
    announcement: null,
  };
}

export function meetingIncomplete(state: RetroState): boolean {
  const m = state.meeting;
  return !!m && m.slots.length > 0 && (m.threadId === null || m.slots.some((s) => s.commentId === null));
}

export interface MeetingTarget {
  id: string;
  number: number;
  state: RetroState;
}

/**
 * Creates (or adopts) the thread and the slot replies, then records their ids. `fresh` skips listing comments
 * (a discussion created a moment ago by this run has none of ours). Returns how many comments it created.
 */
export async function ensureMeetingThread(
  ctx: RetroContext,
  target: MeetingTarget,
  options: { fresh: boolean },
): Promise<number> {
  const meeting = target.state.meeting;
  if (!meeting || !meetingIncomplete(target.state)) return 0;
  const plan = meetingPlan(ctx.config);
  let threadId = meeting.threadId;
  const replies = new Map<string, string>();
  if (!options.fresh) {
    const actor = await ctx.actor();
    const ours = (await listDiscussionComments(ctx.github, target.id)).filter((c) => isBy(c.authorId, actor));
    threadId ??=
      ours.find((c) => c.replyTo === null && c.body.trimStart().startsWith(THREAD_MARKER))?.id ?? null;
    for (const c of ours) {
      const start = c.replyTo !== null && c.replyTo === threadId ? slotMarkerStart(c.body) : null;
      if (start && !replies.has(start)) replies.set(start, c.id);
    }
  }
  let created = 0;
  const label = `discussion #${target.number} (meeting)`;
  if (!threadId) {
    const comment = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label,
      body: `${renderMeetingThread(plan, meeting.slots, meeting.votingClosesAt)}\n`,
    });
    threadId = comment.id;
    created++;
  }
  const slots = [];
  for (const [index, slot] of meeting.slots.entries()) {
    let commentId = slot.commentId ?? replies.get(slot.start) ?? null;
    if (!commentId) {
      const reply = await addDiscussionComment(ctx.github, ctx.writes, {
        discussionId: target.id,
        replyToId: threadId,
        label: `${label}, slot ${index + 1}`,
        body: renderSlotReply(slot, plan, index),
      });
      commentId = reply.id;
      created++;
    }
    slots.push({ ...slot, commentId });
  }
  if (!ctx.writes.dryRun) await recordMeeting(ctx, target, { ...meeting, threadId, slots });
  return created;
}

/** Writes the ids into the state, on the body as it is now (a command may have changed it since). */
async function recordMeeting(ctx: RetroContext, target: MeetingTarget, meeting: MeetingState): Promise<void> {
  const current = await getDiscussion(ctx.github, ctx.repo, target.number);
  if (!current)
    throw new Error(`Discussion #${target.number} disappeared while its meeting thread was created.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? target.state;
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: target.id,
    label: `discussion #${target.number}`,
    body: withState(current.body, { ...state, meeting }),
  });
}
