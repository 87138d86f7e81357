import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  decodeState,
  withState
} from "./chunk-X226BT7Z.js";
import {
  formatTime
} from "./chunk-XL6PSVN2.js";
import {
  escapeInline,
  isGitHubLogin,
  link,
  quietMention
} from "./chunk-TJI3AFGO.js";
import {
  addDiscussionComment,
  getDiscussion,
  isBy,
  listDiscussionComments,
  sameLogin,
  updateDiscussionBody
} from "./chunk-ZCQLGQEF.js";

// src/meeting/calendar.ts
function compact(iso) {
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
function googleCalendarUrl(event) {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${compact(event.start)}/${compact(event.end)}`,
    details: event.details
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
function outlookCalendarUrl(event) {
  const params = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: event.title,
    startdt: new Date(event.start).toISOString().replace(/\.\d{3}Z$/, "Z"),
    enddt: new Date(event.end).toISOString().replace(/\.\d{3}Z$/, "Z"),
    body: event.details
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params.toString()}`;
}

// src/meeting/slots.ts
var HOUR_MS = 36e5;
var DAY_MS = 24 * HOUR_MS;
var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var formatters = /* @__PURE__ */ new Map();
function localParts(date, timeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short"
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: String(parts.weekday)
  };
}
function offsetMinutes(date, timeZone) {
  const p = localParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 6e4) * 6e4) / 6e4);
}
function zonedTime(local, timeZone) {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = offsetMinutes(new Date(guess), timeZone);
  const second = offsetMinutes(new Date(guess - first * 6e4), timeZone);
  return new Date(guess - second * 6e4);
}
function voteClosesAt(openedAt, plan) {
  return new Date(Date.parse(openedAt) + plan.voteHours * HOUR_MS).toISOString();
}
function proposeSlots(openedAt, plan) {
  if (plan.slots.length === 0) return [];
  const opened = Date.parse(openedAt);
  const from = Date.parse(voteClosesAt(openedAt, plan));
  const until = opened + plan.lookAheadDays * DAY_MS;
  const starts = /* @__PURE__ */ new Set();
  for (let t = opened - DAY_MS; t <= until + DAY_MS; t += DAY_MS) {
    const day = localParts(new Date(t), plan.timeZone);
    const weekday = WEEKDAYS[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()];
    for (const slot of plan.slots) {
      const [name, time] = slot.split(" ");
      if (name !== weekday || !time) continue;
      const [hour, minute] = time.split(":").map(Number);
      const start = zonedTime({ ...day, hour: hour ?? 0, minute: minute ?? 0 }, plan.timeZone).getTime();
      if (start >= from && start <= until) starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b).slice(0, plan.proposals).map((start) => ({
    start: new Date(start).toISOString(),
    end: new Date(start + plan.minutes * 6e4).toISOString()
  }));
}
function localLabel(iso, timeZone) {
  const p = localParts(new Date(iso), timeZone);
  const month = new Date(Date.UTC(2e3, p.month - 1, 1)).toLocaleString("en-US", {
    month: "short",
    timeZone: "UTC"
  });
  const pad = (n) => String(n).padStart(2, "0");
  return `${p.weekday} ${p.day} ${month} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}
function localClock(iso, timeZone) {
  const p = localParts(new Date(iso), timeZone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

// src/meeting/render.ts
var THREAD_MARKER = "<!-- release-retro:meeting -->";
var ANNOUNCEMENT_MARKER = "<!-- release-retro:meeting-announcement -->";
var slotMarker = (start) => `<!-- release-retro:meeting-slot:${start} -->`;
function slotMarkerStart(body) {
  return /^<!-- release-retro:meeting-slot:(\S+) -->/.exec(body.trimStart())?.[1] ?? null;
}
function slotText(slot, timeZone) {
  const utc = `${localClock(slot.start, "UTC")}\u2013${localClock(slot.end, "UTC")} UTC`;
  if (timeZone === "UTC" || timeZone === "Etc/UTC")
    return `${localLabel(slot.start, "UTC")}\u2013${localClock(slot.end, "UTC")} UTC`;
  return `${localLabel(slot.start, timeZone)}\u2013${localClock(slot.end, timeZone)} ${escapeInline(timeZone)} (${utc})`;
}
function renderMeetingThread(plan, slots, closesAt) {
  const list = slots.map((s, i) => `${i + 1}. ${slotText(s, plan.timeZone)}`).join("\n");
  return [
    THREAD_MARKER,
    "### \u{1F4C5} When do we meet?",
    "",
    `We propose these ${plan.minutes}-minute slots:`,
    "",
    list,
    "",
    `**Vote with \u{1F44D} on the reply of every slot you can attend** (as many as you like). The vote closes ${formatTime(closesAt)}; the most-voted slot is announced here then, or earlier once most of the invited have answered. Votes given after the close do not count.`,
    "",
    "_Can't make any of them? Say so in a reply: the facilitator may move the meeting._"
  ].join("\n");
}
function renderSlotReply(slot, plan, index) {
  return `${slotMarker(slot.start)}
**Slot ${index + 1}:** ${slotText(slot, plan.timeZone)} \u2014 \u{1F44D} if you can attend.
`;
}
function calendarLinks(slot, title, discussionUrl) {
  const event = {
    title,
    start: slot.start,
    end: slot.end,
    details: `Retrospective discussion: ${discussionUrl}`
  };
  return `${link("Add to Google Calendar", googleCalendarUrl(event))} \xB7 ${link("Add to Outlook", outlookCalendarUrl(event))}`;
}
function renderAnnouncement(input) {
  const { plan, tally } = input;
  const chosen = tally.chosen;
  const rows = tally.counts.map(
    (c) => `- ${slotText(c, plan.timeZone)}: ${c.votes} ${c.votes === 1 ? "vote" : "votes"}${c.commentId === chosen.commentId ? " \u2705" : ""}`
  );
  const who = tally.notAnswered.length > 0 ? `**Invited but voted for no slot:** ${tally.notAnswered.map((l) => quietMention(l)).join(", ")}. Facilitators: check they can come, or move the meeting.` : tally.voters.length > 0 ? "Everyone invited voted for at least one slot." : "";
  return [
    ANNOUNCEMENT_MARKER,
    `### \u{1F4C5} The retrospective meets ${slotText(chosen, plan.timeZone)}`,
    "",
    calendarLinks(chosen, input.title, input.discussionUrl),
    "",
    tally.voters.length === 0 ? "_Nobody voted, so the earliest slot was taken. Facilitators can move it._" : `Chosen by ${chosen.votes} of ${tally.voters.length} ${tally.voters.length === 1 ? "voter" : "voters"}:`,
    "",
    ...rows,
    "",
    who,
    "",
    tally.closed ? "_The vote is closed; this time is final._" : "_The vote is open until its close: if votes change before then, this announcement is updated._"
  ].filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n").trim().concat("\n");
}
function renderMeetingLine(meeting, plan, calendar) {
  const chosen = meeting.announcement ? meeting.slots.find((s) => s.start === meeting.announcement?.start) : void 0;
  if (chosen) {
    return [
      `**\u{1F4C5} Meeting:** ${slotText(chosen, plan.timeZone)}${meeting.announcement?.final ? "" : " (the vote is still open)"}.`,
      calendar ? calendarLinks(chosen, calendar.title, calendar.discussionUrl) : ""
    ].filter(Boolean).join(" ");
  }
  if (meeting.slots.length === 0) {
    return "**\u{1F4C5} Meeting:** none of `meeting.slots` falls in the look-ahead window; the facilitator picks a time.";
  }
  return `**\u{1F4C5} Meeting:** vote in the "When do we meet?" thread below by ${formatTime(meeting.votingClosesAt)}: ${meeting.slots.map((s) => slotText(s, plan.timeZone)).join(" \xB7 ")}.`;
}

// src/meeting/thread.ts
var MAX_INVITED = 50;
function meetingPlan(config) {
  return config.meeting;
}
function initialMeeting(config, openedAt, invited) {
  const plan = meetingPlan(config);
  if (plan.slots.length === 0) return void 0;
  const people = config.invite.mode === "participants" ? [...invited.participants, ...config.facilitators.users] : config.facilitators.users;
  const logins = [
    ...new Set(people.filter((l) => isGitHubLogin(l) && !sameLogin(l, invited.actor)).map((l) => l))
  ].slice(0, MAX_INVITED);
  return {
    threadId: null,
    slots: proposeSlots(openedAt, plan).map((s) => ({ ...s, commentId: null })),
    votingClosesAt: voteClosesAt(openedAt, plan),
    invited: logins,
    announcement: null
  };
}
function meetingIncomplete(state) {
  const m = state.meeting;
  return !!m && m.slots.length > 0 && (m.threadId === null || m.slots.some((s) => s.commentId === null));
}
async function ensureMeetingThread(ctx, target, options) {
  const meeting = target.state.meeting;
  if (!meeting || !meetingIncomplete(target.state)) return 0;
  const plan = meetingPlan(ctx.config);
  let threadId = meeting.threadId;
  const replies = /* @__PURE__ */ new Map();
  if (!options.fresh) {
    const actor = await ctx.actor();
    const ours = (await listDiscussionComments(ctx.github, target.id)).filter((c) => isBy(c.authorId, actor));
    threadId ??= ours.find((c) => c.replyTo === null && c.body.trimStart().startsWith(THREAD_MARKER))?.id ?? null;
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
      body: `${renderMeetingThread(plan, meeting.slots, meeting.votingClosesAt)}
`
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
        body: renderSlotReply(slot, plan, index)
      });
      commentId = reply.id;
      created++;
    }
    slots.push({ ...slot, commentId });
  }
  if (!ctx.writes.dryRun) await recordMeeting(ctx, target, { ...meeting, threadId, slots });
  return created;
}
async function recordMeeting(ctx, target, meeting) {
  const current = await getDiscussion(ctx.github, ctx.repo, target.number);
  if (!current)
    throw new Error(`Discussion #${target.number} disappeared while its meeting thread was created.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? target.state;
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: target.id,
    label: `discussion #${target.number}`,
    body: withState(current.body, { ...state, meeting })
  });
}

export {
  ANNOUNCEMENT_MARKER,
  slotText,
  renderAnnouncement,
  renderMeetingLine,
  meetingPlan,
  initialMeeting,
  meetingIncomplete,
  ensureMeetingThread
};
