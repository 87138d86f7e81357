/**
 * Settling the meeting vote. A vote is a reaction, and reactions trigger no workflow ("Events that trigger
 * workflows" has no reaction event), so nothing runs when someone votes: scheduled runs settle every open
 * retrospective's vote, and a comment run settles the vote of the retrospective it touched. For each vote not
 * final, count
 * the 👍 on each slot (only those given before the vote closes) and, once the vote has closed or enough of the
 * invited answered, announce the most-voted slot in the thread, with the time in UTC and the team's zone and
 * add-to-calendar links, and show it in the agenda.
 *
 * One announcement per retrospective: it is found again by its hidden marker (or the id in the state) and
 * edited in place when votes change before the close; once the vote has closed and that is recorded, the
 * retrospective is not read again. The announcement exists before the state records it, so a run killed in
 * between is finished by the next one without a second announcement.
 */

import { decodeState, type MeetingState, withState } from '../domain/state.ts';
import {
  addDiscussionComment,
  editDiscussionComment,
  getDiscussion,
  updateDiscussionBody,
} from '../github/discussions.ts';
import { isBy } from '../github/identity.ts';
import { getThreadReplies } from '../github/meeting-thread.ts';
import { replaceLiveSection } from '../render/live-record.ts';
import { escapeInline } from '../render/markdown.ts';
import type { RetroContext, StageResult } from '../retro/context.ts';
import { loadRetroIndex, type RetroIndex, type Retrospective, trustedState } from '../retro/find.ts';
import { ANNOUNCEMENT_MARKER, renderAnnouncement, renderMeetingLine, slotText } from './render.ts';
import { tallyVotes } from './tally.ts';
import { meetingPlan } from './thread.ts';

/** Whether a retrospective's vote still needs a look. */
function unsettled(retro: Retrospective): boolean {
  const m = retro.state.meeting;
  return retro.state.status === 'open' && !!m?.threadId && m.slots.length > 0 && !m.announcement?.final;
}

const summaryOf = (lines: string[]): StageResult => ({
  outputs: {},
  summary: lines.length > 0 ? `### Meeting times\n\n${lines.join('\n')}` : '',
});

/**
 * Every open retrospective's vote. A scheduled run passes the index its other stages read (the category is
 * listed once per run); each announcement re-reads the body it writes, so an index read earlier is enough.
 */
export async function settleMeetings(ctx: RetroContext, index?: Promise<RetroIndex>): Promise<StageResult> {
  if (ctx.config.meeting.slots.length === 0) return summaryOf([]);
  const { retrospectives } = await (index ?? loadRetroIndex(ctx));
  const lines: string[] = [];
  for (const retro of retrospectives.filter(unsettled)) {
    const line = await settleMeeting(ctx, retro);
    if (line) lines.push(line);
  }
  return summaryOf(lines);
}

/**
 * The vote of the one retrospective a comment run touched: any run that reads a retrospective also settles its
 * meeting when due, so a team that comments need not wait for the next scheduled run. One read of the
 * discussion (after the command stage wrote it), and one of the thread while the vote is not final.
 */
export async function settleMeetingOf(ctx: RetroContext, discussionNumber: number): Promise<StageResult> {
  if (ctx.config.meeting.slots.length === 0) return summaryOf([]);
  const [discussion, actor] = await Promise.all([
    getDiscussion(ctx.github, ctx.repo, discussionNumber),
    ctx.actor(),
  ]);
  const state = discussion ? trustedState(discussion, actor, ctx.log) : null;
  if (!discussion || !state) return summaryOf([]);
  const retro = { discussion, state };
  if (!unsettled(retro)) return summaryOf([]);
  const line = await settleMeeting(ctx, retro);
  return summaryOf(line ? [line] : []);
}

/** One retrospective's vote; returns a summary line when something was announced or changed. */
export async function settleMeeting(ctx: RetroContext, retro: Retrospective): Promise<string | null> {
  const { discussion } = retro;
  const meeting = retro.state.meeting as MeetingState;
  const tag = retro.state.tag;
  const replies = await getThreadReplies(ctx.github, meeting.threadId as string);
  if (!replies) {
    ctx.log.warning(`${tag}: the meeting thread of ${discussion.url} is gone; no time is announced.`);
    return null;
  }
  const actor = await ctx.actor();
  const plan = meetingPlan(ctx.config);
  const tally = tallyVotes(
    meeting,
    replies.map((r) => ({ commentId: r.id, votes: r.thumbsUp })),
    { now: ctx.now, quorum: plan.quorum, actor: actor.login },
  );
  const ours = replies.filter((r) => isBy(r.authorId, actor));
  const existing =
    ours.find((r) => r.id === meeting.announcement?.commentId) ??
    ours.find((r) => r.body.trimStart().startsWith(ANNOUNCEMENT_MARKER));
  if (!tally.due && !existing) {
    ctx.log.info(
      `${tag}: ${tally.voters.length} voted for a meeting slot so far; the vote closes ${meeting.votingClosesAt}.`,
    );
    return null;
  }
  const body = renderAnnouncement({ title: discussion.title, discussionUrl: discussion.url, plan, tally });
  const label = `discussion #${discussion.number} (meeting announcement)`;
  let commentId: string;
  let changed = false;
  if (!existing) {
    commentId = (
      await addDiscussionComment(ctx.github, ctx.writes, {
        discussionId: discussion.id,
        replyToId: meeting.threadId,
        label,
        body,
      })
    ).id;
    changed = true;
  } else {
    commentId = existing.id;
    if (existing.body.trim() !== body.trim()) {
      await editDiscussionComment(ctx.github, ctx.writes, {
        commentId,
        label,
        body,
        purpose: 'edit the meeting announcement',
      });
      changed = true;
    }
  }
  const announcement = {
    commentId,
    start: tally.chosen.start,
    votes: tally.chosen.votes,
    final: tally.closed,
  };
  const recorded = meeting.announcement;
  const stateChanged =
    !recorded ||
    recorded.commentId !== announcement.commentId ||
    recorded.start !== announcement.start ||
    recorded.votes !== announcement.votes ||
    recorded.final !== announcement.final;
  if (stateChanged && !ctx.writes.dryRun) await recordAnnouncement(ctx, retro, announcement);
  if (!changed && !stateChanged) return null;
  const when = slotText(tally.chosen, plan.timeZone);
  ctx.log.info(
    `${tag}: the retrospective meets ${when}${tally.closed ? ' (final)' : ' (the vote is still open)'}.`,
  );
  return `- ${escapeInline(tag)}: meets ${when}${tally.closed ? '' : ' (the vote is still open)'} — [announcement](${discussion.url})`;
}

/** The announcement into the state and the agenda's meeting line, on the body as it is now. */
async function recordAnnouncement(
  ctx: RetroContext,
  retro: Retrospective,
  announcement: NonNullable<MeetingState['announcement']>,
): Promise<void> {
  const { discussion } = retro;
  const current = await getDiscussion(ctx.github, ctx.repo, discussion.number);
  if (!current)
    throw new Error(`Discussion #${discussion.number} disappeared while its meeting was announced.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? retro.state;
  const meeting = { ...(state.meeting ?? (retro.state.meeting as MeetingState)), announcement };
  const line = renderMeetingLine(meeting, meetingPlan(ctx.config), {
    title: discussion.title,
    discussionUrl: discussion.url,
  });
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: discussion.id,
    label: `discussion #${discussion.number}`,
    body: withState(replaceLiveSection(current.body, 'meeting', line), { ...state, meeting }),
  });
}
