/**
 * The meeting vote end to end, on scheduled runs of dist/index.js against the emulator's demo: the opened
 * retrospective proposes slots in a thread of their own, people vote with 👍, the chosen slot is announced once
 * (edited in place while votes change before the close), and votes after the close change nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { decodeState, encodeState } from '../../src/domain/state.ts';
import { runAction } from './run-action.ts';

const CONFIG = `
meeting:
  slots: ["Mon 09:00", "Tue 15:00", "Thu 16:00"]
  time-zone: Europe/Berlin
  look-ahead-days: 9
  vote-hours: 48
  quorum: 0.1
`;

const at = (hours: number) => new Date(Date.parse(DEMO_NOW) + hours * 3_600_000).toISOString();

let emu: Emulator;
let workspace: string;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  workspace = mkdtempSync(join(tmpdir(), 'release-retro-ws-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github/release-retro.yml'), CONFIG);
});
afterEach(async () => {
  await emu.close();
});

/** A scheduled run at `hours` after DEMO_NOW, with the emulator's clock there too. */
async function scheduledAt(hours: number) {
  emu.clock.set(at(hours));
  const run = await runAction({ apiUrl: emu.url, eventName: 'schedule', now: at(hours), workspace });
  expect(run.exitCode, run.stdout).toBe(0);
  return run;
}

function retro() {
  const found = emu.state.discussions.find((d) => d.title === 'Retrospective: v1.4.0');
  if (!found) throw new Error('no retrospective');
  return found;
}

const stateOf = () => {
  const state = decodeState(retro().body);
  if (!state?.meeting) throw new Error('no meeting in the state');
  return { state, meeting: state.meeting };
};

const comment = (nodeId: string | null) => {
  const found = emu.state.discussionComments.find((c) => c.nodeId === nodeId);
  if (!found) throw new Error(`no comment ${nodeId}`);
  return { ...found, databaseId: found.id };
};

const announcements = () =>
  emu.state.discussionComments.filter((c) =>
    c.body.startsWith('<!-- release-retro:meeting-announcement -->'),
  );

describe('the meeting vote', () => {
  it('proposes slots, announces the most-voted once, follows votes until the close and none after', async () => {
    const team = new Team(emu);
    await scheduledAt(0);

    // Proposed: a thread of its own, one reply per slot, in the state and the agenda.
    const { meeting } = stateOf();
    expect(meeting.slots.map((s) => s.start)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-24T14:00:00.000Z',
      '2026-03-26T15:00:00.000Z',
    ]);
    const thread = comment(meeting.threadId);
    expect(thread.replyToId).toBeNull();
    expect(thread.body).toContain('### 📅 When do we meet?');
    const [mon, tue, thu] = meeting.slots.map((s) => comment(s.commentId));
    if (!mon || !tue || !thu) throw new Error('missing slot replies');
    expect([mon, tue, thu].every((c) => c.replyToId === thread.id)).toBe(true);
    expect(tue.body).toContain('Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC)');
    expect(retro().body).toContain('vote in the "When do we meet?" thread below by 2026-03-20 12:00 UTC');
    expect(meeting.invited.length).toBeGreaterThanOrEqual(3);
    const [p1, p2, p3] = meeting.invited as [string, string, string];

    // Votes: two for Tuesday, one for Monday; enough of the invited answered, so it is announced early.
    emu.clock.set(at(1));
    await team.thumbsUp(p1, tue);
    await team.thumbsUp(p2, tue);
    await team.thumbsUp(p3, mon);
    await scheduledAt(2);
    expect(announcements()).toHaveLength(1);
    const [announcement] = announcements();
    expect(announcement?.replyToId).toBe(thread.id);
    expect(announcement?.body).toContain(
      'The retrospective meets Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC)',
    );
    expect(announcement?.body).toContain(
      '[Add to Google Calendar](https://calendar.google.com/calendar/render?',
    );
    expect(announcement?.body).toContain('The vote is open until its close');
    const notVoted = meeting.invited.slice(3);
    if (notVoted.length > 0) expect(announcement?.body).toContain('Invited but voted for no slot');
    expect(retro().body).toContain(
      '**📅 Meeting:** Tue 24 Mar 2026, 15:00–16:15 Europe/Berlin (14:00–15:15 UTC) (the vote is still open)',
    );

    // A re-run with nothing new writes nothing about the meeting.
    const bodyBefore = retro().body;
    const editedAt = announcement?.updatedAt;
    await scheduledAt(3);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]?.updatedAt).toBe(editedAt);
    expect(retro().body).toBe(bodyBefore);

    // A run killed after announcing but before recording: the next run adopts the announcement, posts no second.
    const { state } = stateOf();
    retro().body = retro().body.replace(
      encodeState(state),
      encodeState({ ...state, meeting: { ...meeting, ...state.meeting, announcement: null } }),
    );
    await scheduledAt(4);
    expect(announcements()).toHaveLength(1);
    expect(stateOf().meeting.announcement?.commentId).toBe(announcement?.nodeId);

    // Late votes before the close move the meeting to Thursday: the same announcement is edited.
    emu.clock.set(at(40));
    await team.removeThumbsUp(p2, tue);
    await team.thumbsUp(p2, thu);
    await team.thumbsUp(p3, thu);
    await team.thumbsUp('troll', thu);
    await scheduledAt(41);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]?.body).toContain(
      'The retrospective meets Thu 26 Mar 2026, 16:00–17:15 Europe/Berlin',
    );
    expect(stateOf().meeting.announcement).toMatchObject({
      start: '2026-03-26T15:00:00.000Z',
      votes: 3,
      final: false,
    });

    // Votes after the close (48 h) do not count, whenever the next run happens.
    emu.clock.set(at(49));
    for (const login of ['maya', 'lee', 'kim', 'ana']) await team.thumbsUp(login, mon);
    await scheduledAt(50);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]?.body).toContain('Thu 26 Mar 2026, 16:00–17:15 Europe/Berlin');
    expect(announcements()[0]?.body).toContain('this time is final');
    expect(stateOf().meeting.announcement).toMatchObject({ start: '2026-03-26T15:00:00.000Z', final: true });
    expect(retro().body).toContain(
      '**📅 Meeting:** Thu 26 Mar 2026, 16:00–17:15 Europe/Berlin (15:00–16:15 UTC).',
    );
    expect(retro().body).toContain('Add to Google Calendar');

    // Once final, the vote is not read again.
    emu.requests.length = 0;
    await team.thumbsUp('rio', mon);
    await scheduledAt(51);
    expect(emu.requests.filter((r) => r.operation === 'MeetingVotes')).toHaveLength(0);
    expect(announcements()).toHaveLength(1);
  }, 180_000);

  it('lets a comment run settle the vote once it is due, and a scheduled run list the category once', async () => {
    const team = new Team(emu);
    emu.requests.length = 0;
    await scheduledAt(0);
    // The scheduled run's stages share one listing of the retrospectives' category.
    expect(emu.requests.filter((r) => r.operation === 'CategoryDiscussions')).toHaveLength(1);
    const { meeting } = stateOf();
    const [mon, , thu] = meeting.slots.map((s) => comment(s.commentId));
    if (!mon || !thu) throw new Error('missing slot replies');

    // Votes trigger nothing. After the close, a comment (here a question in the survey) runs the action: it
    // announces the vote on the spot, without waiting for the next scheduled run.
    emu.clock.set(at(30));
    await team.thumbsUp('maya', thu);
    await team.thumbsUp('lee', thu);
    await team.thumbsUp('sam', mon);
    emu.clock.set(at(49));
    const posted = await team.comment('ana', retro().number, 'Can we also look at the rollback?');
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', posted),
      now: at(49),
      workspace,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]?.body).toContain('Thu 26 Mar 2026, 16:00–17:15 Europe/Berlin');
    expect(stateOf().meeting.announcement).toMatchObject({ start: '2026-03-26T15:00:00.000Z', final: true });

    // Final: a later comment run reads the discussion once and never the votes again.
    emu.requests.length = 0;
    const again = await team.comment('lee', retro().number, 'Thanks.');
    const later = await runAction({
      apiUrl: emu.url,
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', again),
      now: at(50),
      workspace,
    });
    expect(later.exitCode, later.stdout).toBe(0);
    expect(emu.requests.filter((r) => r.operation === 'MeetingVotes')).toHaveLength(0);
    expect(announcements()).toHaveLength(1);
  });

  it('completes a meeting thread a killed opening left half-made, once', async () => {
    await scheduledAt(0);
    const { state, meeting } = stateOf();
    // As if the run died after the thread and one slot reply: the state knows none of their ids.
    const lost = meeting.slots.slice(1).map((s) => s.commentId);
    emu.state.discussionComments = emu.state.discussionComments.filter((c) => !lost.includes(c.nodeId));
    retro().body = retro().body.replace(
      encodeState(state),
      encodeState({
        ...state,
        meeting: { ...meeting, threadId: null, slots: meeting.slots.map((s) => ({ ...s, commentId: null })) },
      }),
    );
    await scheduledAt(1);
    const after = stateOf().meeting;
    expect(after.threadId).toBe(meeting.threadId);
    expect(after.slots[0]?.commentId).toBe(meeting.slots[0]?.commentId);
    expect(after.slots.every((s) => s.commentId)).toBe(true);
    const threads = emu.state.discussionComments.filter((c) =>
      c.body.startsWith('<!-- release-retro:meeting -->'),
    );
    expect(threads).toHaveLength(1);
    const replies = emu.state.discussionComments.filter((c) =>
      c.body.startsWith('<!-- release-retro:meeting-slot:'),
    );
    expect(replies).toHaveLength(3);
  });
});
