import { describe, expect, it } from 'vitest';
import type { MeetingState } from '../../src/domain/state.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/meeting/calendar.ts';
import { renderAnnouncement, renderMeetingLine, slotText } from '../../src/meeting/render.ts';
import {
  localLabel,
  type MeetingPlan,
  proposeSlots,
  voteClosesAt,
  zonedTime,
} from '../../src/meeting/slots.ts';
import { tallyVotes } from '../../src/meeting/tally.ts';

const plan: MeetingPlan = {
  minutes: 75,
  slots: ['Mon 09:00', 'Tue 15:00', 'Thu 16:00'],
  timeZone: 'Europe/Berlin',
  lookAheadDays: 9,
  proposals: 3,
  voteHours: 48,
  quorum: 0.5,
};
// A Wednesday, before Europe's switch to summer time on Sunday 29 March 2026.
const OPENED = '2026-03-18T12:00:00Z';

describe('proposeSlots', () => {
  it('proposes the next slots after the vote closes, within the look-ahead, in the team’s zone', () => {
    expect(voteClosesAt(OPENED, plan)).toBe('2026-03-20T12:00:00.000Z');
    expect(proposeSlots(OPENED, plan)).toEqual([
      { start: '2026-03-23T08:00:00.000Z', end: '2026-03-23T09:15:00.000Z' },
      { start: '2026-03-24T14:00:00.000Z', end: '2026-03-24T15:15:00.000Z' },
      { start: '2026-03-26T15:00:00.000Z', end: '2026-03-26T16:15:00.000Z' },
    ]);
  });

  it('keeps the local time across a daylight-saving change', () => {
    const [monday] = proposeSlots('2026-03-25T12:00:00Z', plan);
    expect(monday?.start).toBe('2026-03-30T07:00:00.000Z'); // 09:00 CEST
    expect(localLabel(monday?.start ?? '', 'Europe/Berlin')).toBe('Mon 30 Mar 2026, 09:00');
    // 02:30 does not exist on 29 March in Berlin: it moves forward an hour.
    expect(
      zonedTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });

  it('works west of UTC, where the local day differs from the UTC day', () => {
    const slots = proposeSlots(OPENED, { ...plan, slots: ['Fri 17:00'], timeZone: 'America/Los_Angeles' });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-21T00:00:00.000Z']);
    expect(slotText(slots[0] as { start: string; end: string }, 'America/Los_Angeles')).toBe(
      'Fri 20 Mar 2026, 17:00–18:15 America/Los\\_Angeles (00:00–01:15 UTC)',
    );
  });

  it('proposes nothing without slots, and at most `proposals`', () => {
    expect(proposeSlots(OPENED, { ...plan, slots: [] })).toEqual([]);
    expect(proposeSlots(OPENED, { ...plan, proposals: 1 })).toHaveLength(1);
  });
});

function meeting(overrides: Partial<MeetingState> = {}): MeetingState {
  return {
    threadId: 'T',
    slots: proposeSlots(OPENED, plan).map((s, i) => ({ ...s, commentId: `S${i + 1}` })),
    votingClosesAt: voteClosesAt(OPENED, plan),
    invited: ['sam', 'ana', 'rio', 'kim'],
    announcement: null,
    ...overrides,
  };
}

const before = '2026-03-19T12:00:00Z';
const after = '2026-03-20T12:00:01Z';

describe('tallyVotes', () => {
  it('picks the most-voted slot, ties to the earlier, and names the invited who did not vote', () => {
    const tally = tallyVotes(
      meeting(),
      [
        { commentId: 'S1', votes: [{ login: 'sam', at: before }] },
        {
          commentId: 'S2',
          votes: [
            { login: 'ana', at: before },
            { login: 'outsider', at: before },
          ],
        },
        { commentId: 'S3', votes: [{ login: 'ana', at: before }] },
      ],
      { now: new Date(before), quorum: 0.5, actor: 'github-actions[bot]' },
    );
    expect(tally.chosen).toMatchObject({ commentId: 'S2', votes: 2 });
    expect(tally.notAnswered).toEqual(['rio', 'kim']);
    expect(tally.due).toBe(true); // 2 of 4 invited answered: the quorum of 0.5
    expect(tally.closed).toBe(false);
    const tie = tallyVotes(
      meeting(),
      [
        { commentId: 'S1', votes: [{ login: 'sam', at: before }] },
        { commentId: 'S3', votes: [{ login: 'ana', at: before }] },
      ],
      { now: new Date(before), quorum: 0, actor: 'bot' },
    );
    expect(tie.chosen.commentId).toBe('S1');
    expect(tie.due).toBe(false); // quorum 0: only at the close
  });

  it('ignores votes given after the close and the action’s own reactions', () => {
    const tally = tallyVotes(
      meeting(),
      [
        { commentId: 'S1', votes: [{ login: 'sam', at: before }] },
        {
          commentId: 'S3',
          votes: [
            { login: 'ana', at: after },
            { login: 'rio', at: after },
            { login: 'github-actions[bot]', at: before },
          ],
        },
      ],
      { now: new Date('2026-03-21T00:00:00Z'), quorum: 0.5, actor: 'github-actions[bot]' },
    );
    expect(tally.closed).toBe(true);
    expect(tally.chosen).toMatchObject({ commentId: 'S1', votes: 1 });
    expect(tally.voters).toEqual(['sam']);
  });

  it('takes the earliest slot at the close when nobody voted', () => {
    const tally = tallyVotes(meeting({ invited: [] }), [], {
      now: new Date(after),
      quorum: 0.5,
      actor: 'bot',
    });
    expect(tally).toMatchObject({ due: true, closed: true, chosen: { commentId: 'S1', votes: 0 } });
    expect(
      renderAnnouncement({ title: 'Retrospective: v1', discussionUrl: 'https://x/1', plan, tally }),
    ).toContain('Nobody voted');
  });
});

describe('announcement and agenda line', () => {
  const tally = tallyVotes(
    meeting(),
    [
      {
        commentId: 'S2',
        votes: [
          { login: 'ana', at: before },
          { login: 'sam', at: before },
        ],
      },
    ],
    { now: new Date(after), quorum: 0.5, actor: 'bot' },
  );
  const text = renderAnnouncement({
    title: 'Retrospective: v1.4.0',
    discussionUrl: 'https://github.com/acme/shop/discussions/7',
    plan,
    tally,
  });

  it('says when in the team’s zone and UTC, links calendars, and names who did not answer without notifying', () => {
    expect(text).toContain(
      '### 📅 The retrospective meets Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC)',
    );
    expect(text).toContain('Chosen by 2 of 2 voters');
    expect(text).toContain('**Invited but voted for no slot:** @\u200Brio, @\u200Bkim');
    expect(text).toContain('this time is final');
    const google = /\[Add to Google Calendar\]\(([^)]+)\)/.exec(text)?.[1] ?? '';
    const url = new URL(google);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('dates')).toBe('20260324T140000Z/20260324T151500Z');
    expect(url.searchParams.get('text')).toBe('Retrospective: v1.4.0');
    expect(url.searchParams.get('details')).toContain('https://github.com/acme/shop/discussions/7');
    expect(text).toContain('[Add to Outlook](https://outlook.office.com/calendar/0/deeplink/compose?');
  });

  it('shows the proposals in the agenda while the vote is open, then the chosen time', () => {
    const open = renderMeetingLine(meeting(), plan, null);
    expect(open).toContain('vote in the "When do we meet?" thread below by 2026-03-20 12:00 UTC');
    expect(open).toContain('Mon 23 Mar 2026, 09:00–10:15 Europe/Berlin');
    const chosen = renderMeetingLine(
      meeting({ announcement: { commentId: 'A', start: '2026-03-24T14:00:00.000Z', votes: 2, final: true } }),
      plan,
      { title: 'Retrospective: v1.4.0', discussionUrl: 'https://github.com/acme/shop/discussions/7' },
    );
    expect(chosen).toContain('**📅 Meeting:** Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC).');
    expect(chosen).toContain('Add to Google Calendar');
  });

  it('builds calendar URLs with UTC times', () => {
    const event = { title: 'R', start: '2026-03-24T14:00:00Z', end: '2026-03-24T15:15:00Z', details: 'd' };
    expect(new URL(googleCalendarUrl(event)).searchParams.get('action')).toBe('TEMPLATE');
    const outlook = new URL(outlookCalendarUrl(event)).searchParams;
    expect([outlook.get('startdt'), outlook.get('enddt')]).toEqual([
      '2026-03-24T14:00:00Z',
      '2026-03-24T15:15:00Z',
    ]);
  });
});
