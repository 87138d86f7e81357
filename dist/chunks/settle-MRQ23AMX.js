import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ANNOUNCEMENT_MARKER,
  meetingPlan,
  renderAnnouncement,
  renderMeetingLine,
  slotText
} from "./chunk-BXOBOZ7W.js";
import {
  replaceLiveSection
} from "./chunk-77REARUG.js";
import {
  loadRetroIndex,
  trustedState
} from "./chunk-ZQJFIL33.js";
import {
  decodeState,
  withState
} from "./chunk-X226BT7Z.js";
import "./chunk-GEUPCBRQ.js";
import "./chunk-XL6PSVN2.js";
import "./chunk-LWXJGNMQ.js";
import {
  escapeInline
} from "./chunk-TJI3AFGO.js";
import "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-OU6TGR5C.js";
import {
  addDiscussionComment,
  authorIdOf,
  authorLoginOf,
  editDiscussionComment,
  getDiscussion,
  isBy,
  sameLogin,
  updateDiscussionBody
} from "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import "./chunk-HANBNIMK.js";

// src/github/graphql/MeetingVotes.graphql
var MeetingVotes_default = "# The meeting thread's replies with who gave each a \u{1F44D} and when (a vote counts only before the vote closes).\nquery MeetingVotes($threadId: ID!) {\n  thread: node(id: $threadId) {\n    ... on DiscussionComment {\n      id\n      replies(first: 50) {\n        nodes {\n          id\n          body\n          author {\n            __typename\n            login\n            ... on Bot {\n              databaseId\n            }\n            ... on User {\n              databaseId\n            }\n          }\n          reactions(content: THUMBS_UP, first: 100) {\n            totalCount\n            nodes {\n              createdAt\n              user {\n                login\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n";

// src/github/meeting-thread.ts
async function getThreadReplies(github, threadId) {
  const data = await github.graphql(
    MeetingVotes_default,
    { threadId }
  );
  if (!data.thread?.replies) return null;
  return data.thread.replies.nodes.map((r) => ({
    id: r.id,
    body: r.body,
    author: authorLoginOf(r.author),
    authorId: authorIdOf(r.author),
    thumbsUp: r.reactions.nodes.flatMap((n) => n.user ? [{ login: n.user.login, at: n.createdAt }] : [])
  }));
}

// src/meeting/tally.ts
function tallyVotes(meeting, replies, options) {
  const closesAt = Date.parse(meeting.votingClosesAt);
  const closed = options.now.getTime() >= closesAt;
  const counts = meeting.slots.map((slot) => {
    const votes = replies.find((r) => slot.commentId !== null && r.commentId === slot.commentId)?.votes ?? [];
    const voters2 = [
      ...new Set(
        votes.filter((v) => Date.parse(v.at) <= closesAt && !sameLogin(v.login, options.actor)).map((v) => v.login)
      )
    ];
    return { ...slot, votes: voters2.length, voters: voters2 };
  });
  const voters = [...new Set(counts.flatMap((c) => c.voters))];
  const answered = (login) => voters.some((v) => sameLogin(v, login));
  const notAnswered = meeting.invited.filter((login) => !answered(login));
  const invitedAnswered = meeting.invited.length - notAnswered.length;
  const quorumMet = options.quorum > 0 && meeting.invited.length > 0 && invitedAnswered / meeting.invited.length >= options.quorum;
  const chosen = counts.reduce(
    (best, c) => c.votes > best.votes ? c : best,
    counts[0]
  );
  return {
    counts,
    chosen: { start: chosen.start, end: chosen.end, commentId: chosen.commentId, votes: chosen.votes },
    voters,
    notAnswered,
    closed,
    due: closed || quorumMet
  };
}

// src/meeting/settle.ts
function unsettled(retro) {
  const m = retro.state.meeting;
  return retro.state.status === "open" && !!m?.threadId && m.slots.length > 0 && !m.announcement?.final;
}
var summaryOf = (lines) => ({
  outputs: {},
  summary: lines.length > 0 ? `### Meeting times

${lines.join("\n")}` : ""
});
async function settleMeetings(ctx, index) {
  if (ctx.config.meeting.slots.length === 0) return summaryOf([]);
  const { retrospectives } = await (index ?? loadRetroIndex(ctx));
  const lines = [];
  for (const retro of retrospectives.filter(unsettled)) {
    const line = await settleMeeting(ctx, retro);
    if (line) lines.push(line);
  }
  return summaryOf(lines);
}
async function settleMeetingOf(ctx, discussionNumber) {
  if (ctx.config.meeting.slots.length === 0) return summaryOf([]);
  const [discussion, actor] = await Promise.all([
    getDiscussion(ctx.github, ctx.repo, discussionNumber),
    ctx.actor()
  ]);
  const state = discussion ? trustedState(discussion, actor, ctx.log) : null;
  if (!discussion || !state) return summaryOf([]);
  const retro = { discussion, state };
  if (!unsettled(retro)) return summaryOf([]);
  const line = await settleMeeting(ctx, retro);
  return summaryOf(line ? [line] : []);
}
async function settleMeeting(ctx, retro) {
  const { discussion } = retro;
  const meeting = retro.state.meeting;
  const tag = retro.state.tag;
  const replies = await getThreadReplies(ctx.github, meeting.threadId);
  if (!replies) {
    ctx.log.warning(`${tag}: the meeting thread of ${discussion.url} is gone; no time is announced.`);
    return null;
  }
  const actor = await ctx.actor();
  const plan = meetingPlan(ctx.config);
  const tally = tallyVotes(
    meeting,
    replies.map((r) => ({ commentId: r.id, votes: r.thumbsUp })),
    { now: ctx.now, quorum: plan.quorum, actor: actor.login }
  );
  const ours = replies.filter((r) => isBy(r.authorId, actor));
  const existing = ours.find((r) => r.id === meeting.announcement?.commentId) ?? ours.find((r) => r.body.trimStart().startsWith(ANNOUNCEMENT_MARKER));
  if (!tally.due && !existing) {
    ctx.log.info(
      `${tag}: ${tally.voters.length} voted for a meeting slot so far; the vote closes ${meeting.votingClosesAt}.`
    );
    return null;
  }
  const body = renderAnnouncement({ title: discussion.title, discussionUrl: discussion.url, plan, tally });
  const label = `discussion #${discussion.number} (meeting announcement)`;
  let commentId;
  let changed = false;
  if (!existing) {
    commentId = (await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: discussion.id,
      replyToId: meeting.threadId,
      label,
      body
    })).id;
    changed = true;
  } else {
    commentId = existing.id;
    if (existing.body.trim() !== body.trim()) {
      await editDiscussionComment(ctx.github, ctx.writes, {
        commentId,
        label,
        body,
        purpose: "edit the meeting announcement"
      });
      changed = true;
    }
  }
  const announcement = {
    commentId,
    start: tally.chosen.start,
    votes: tally.chosen.votes,
    final: tally.closed
  };
  const recorded = meeting.announcement;
  const stateChanged = !recorded || recorded.commentId !== announcement.commentId || recorded.start !== announcement.start || recorded.votes !== announcement.votes || recorded.final !== announcement.final;
  if (stateChanged && !ctx.writes.dryRun) await recordAnnouncement(ctx, retro, announcement);
  if (!changed && !stateChanged) return null;
  const when = slotText(tally.chosen, plan.timeZone);
  ctx.log.info(
    `${tag}: the retrospective meets ${when}${tally.closed ? " (final)" : " (the vote is still open)"}.`
  );
  return `- ${escapeInline(tag)}: meets ${when}${tally.closed ? "" : " (the vote is still open)"} \u2014 [announcement](${discussion.url})`;
}
async function recordAnnouncement(ctx, retro, announcement) {
  const { discussion } = retro;
  const current = await getDiscussion(ctx.github, ctx.repo, discussion.number);
  if (!current)
    throw new Error(`Discussion #${discussion.number} disappeared while its meeting was announced.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? retro.state;
  const meeting = { ...state.meeting ?? retro.state.meeting, announcement };
  const line = renderMeetingLine(meeting, meetingPlan(ctx.config), {
    title: discussion.title,
    discussionUrl: discussion.url
  });
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: discussion.id,
    label: `discussion #${discussion.number}`,
    body: withState(replaceLiveSection(current.body, "meeting", line), { ...state, meeting })
  });
}
export {
  settleMeeting,
  settleMeetingOf,
  settleMeetings
};
