/**
 * The meeting's text: the thread that proposes the slots, one reply per slot to vote on, the announcement,
 * and the line the agenda shows. Each carries a hidden marker so a later run finds what an earlier one wrote
 * (only in comments by the action's own identity).
 */

import type { MeetingState } from '../domain/state.ts';
import { formatTime } from '../render/format.ts';
import { escapeInline, link, quietMention } from '../render/markdown.ts';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar.ts';
import { localClock, localLabel, type MeetingPlan, type ProposedSlot } from './slots.ts';
import type { Tally } from './tally.ts';

export const THREAD_MARKER = '<!-- release-retro:meeting -->';
export const ANNOUNCEMENT_MARKER = '<!-- release-retro:meeting-announcement -->';
export const slotMarker = (start: string) => `<!-- release-retro:meeting-slot:${start} -->`;

/** The slot start a reply's marker names, or null. */
export function slotMarkerStart(body: string): string | null {
  return /^<!-- release-retro:meeting-slot:(\S+) -->/.exec(body.trimStart())?.[1] ?? null;
}

/** `Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC)`; UTC alone when the zone is UTC. */
export function slotText(slot: { start: string; end: string }, timeZone: string): string {
  const utc = `${localClock(slot.start, 'UTC')}–${localClock(slot.end, 'UTC')} UTC`;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC')
    return `${localLabel(slot.start, 'UTC')}–${localClock(slot.end, 'UTC')} UTC`;
  return `${localLabel(slot.start, timeZone)}–${localClock(slot.end, timeZone)} ${escapeInline(timeZone)} (${utc})`;
}

export function renderMeetingThread(
  plan: MeetingPlan,
  slots: readonly ProposedSlot[],
  closesAt: string,
): string {
  const list = slots.map((s, i) => `${i + 1}. ${slotText(s, plan.timeZone)}`).join('\n');
  return [
    THREAD_MARKER,
    '### 📅 When do we meet?',
    '',
    `We propose these ${plan.minutes}-minute slots:`,
    '',
    list,
    '',
    `**Vote with 👍 on the reply of every slot you can attend** (as many as you like). The vote closes ${formatTime(closesAt)}; ` +
      'the most-voted slot is announced here then, or earlier once most of the invited have answered. Votes given after the close do not count.',
    '',
    "_Can't make any of them? Say so in a reply: the facilitator may move the meeting._",
  ].join('\n');
}

export function renderSlotReply(slot: ProposedSlot, plan: MeetingPlan, index: number): string {
  return `${slotMarker(slot.start)}\n**Slot ${index + 1}:** ${slotText(slot, plan.timeZone)} — 👍 if you can attend.\n`;
}

export interface AnnouncementInput {
  title: string;
  discussionUrl: string;
  plan: MeetingPlan;
  tally: Tally;
}

export function calendarLinks(
  slot: { start: string; end: string },
  title: string,
  discussionUrl: string,
): string {
  const event = {
    title,
    start: slot.start,
    end: slot.end,
    details: `Retrospective discussion: ${discussionUrl}`,
  };
  return `${link('Add to Google Calendar', googleCalendarUrl(event))} · ${link('Add to Outlook', outlookCalendarUrl(event))}`;
}

export function renderAnnouncement(input: AnnouncementInput): string {
  const { plan, tally } = input;
  const chosen = tally.chosen;
  const rows = tally.counts.map(
    (c) =>
      `- ${slotText(c, plan.timeZone)}: ${c.votes} ${c.votes === 1 ? 'vote' : 'votes'}${c.commentId === chosen.commentId ? ' ✅' : ''}`,
  );
  const who =
    tally.notAnswered.length > 0
      ? `**Invited but voted for no slot:** ${tally.notAnswered.map((l) => quietMention(l)).join(', ')}. Facilitators: check they can come, or move the meeting.`
      : tally.voters.length > 0
        ? 'Everyone invited voted for at least one slot.'
        : '';
  return [
    ANNOUNCEMENT_MARKER,
    `### 📅 The retrospective meets ${slotText(chosen, plan.timeZone)}`,
    '',
    calendarLinks(chosen, input.title, input.discussionUrl),
    '',
    tally.voters.length === 0
      ? '_Nobody voted, so the earliest slot was taken. Facilitators can move it._'
      : `Chosen by ${chosen.votes} of ${tally.voters.length} ${tally.voters.length === 1 ? 'voter' : 'voters'}:`,
    '',
    ...rows,
    '',
    who,
    '',
    tally.closed
      ? '_The vote is closed; this time is final._'
      : '_The vote is open until its close: if votes change before then, this announcement is updated._',
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n')
    .trim()
    .concat('\n');
}

/** The line the agenda shows: the proposals while the vote is open, then the chosen time. */
export function renderMeetingLine(
  meeting: {
    slots: readonly ProposedSlot[];
    votingClosesAt: string;
    announcement: MeetingState['announcement'];
  },
  plan: MeetingPlan,
  calendar: { title: string; discussionUrl: string } | null,
): string {
  const chosen = meeting.announcement
    ? meeting.slots.find((s) => s.start === meeting.announcement?.start)
    : undefined;
  if (chosen) {
    return [
      `**📅 Meeting:** ${slotText(chosen, plan.timeZone)}${meeting.announcement?.final ? '' : ' (the vote is still open)'}.`,
      calendar ? calendarLinks(chosen, calendar.title, calendar.discussionUrl) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (meeting.slots.length === 0) {
    return '**📅 Meeting:** none of `meeting.slots` falls in the look-ahead window; the facilitator picks a time.';
  }
  return `**📅 Meeting:** vote in the "When do we meet?" thread below by ${formatTime(meeting.votingClosesAt)}: ${meeting.slots
    .map((s) => slotText(s, plan.timeZone))
    .join(' · ')}.`;
}
