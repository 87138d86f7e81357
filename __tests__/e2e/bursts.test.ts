/**
 * Bursts of comments delivered the way GitHub Actions runs them: one concurrency group per discussion, where
 * a newer queued run cancels the pending one (emulator/concurrency.ts), some events never delivered at all,
 * and the same event delivered twice at once outside any group. dist/index.js runs for each run that starts;
 * every decision must end up in the record and each comment must be answered exactly once.
 *
 * Nothing here depends on timing: the comments of a burst are all posted before their events are delivered,
 * so which runs GitHub cancels follows from the delivery order alone, and every run sees the same comments.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConcurrencyGroup } from '../../emulator/concurrency.ts';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { type PostedComment, Team } from '../../emulator/team.ts';
import { decodeState, type RetroState } from '../../src/domain/state.ts';
import { type SeededRetro, seedRetro } from '../finalize/seed.ts';
import { type ActionRun, runAction } from './run-action.ts';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

interface Scene {
  e: Emulator;
  team: Team;
  retro: SeededRetro;
  /** Posts a comment a minute after the previous one (each comment has its own time, as on GitHub). */
  post(login: string, body: string): Promise<PostedComment>;
  /** Runs dist/index.js for a comment's `created` event, at the emulator's time. */
  run(comment: PostedComment): Promise<ActionRun>;
  record(): RetroState;
  /** The action's answers to a comment (found by the marker naming it). */
  answers(comment: PostedComment): string[];
}

async function scene(): Promise<Scene> {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': 'publish:\n  mode: none\n' } },
  });
  const e = emu;
  e.clock.set(DEMO_NOW);
  const retro = seedRetro(e, { items: [] });
  const team = new Team(e);
  const discussion = () => e.state.discussions.find((d) => d.number === retro.number);
  return {
    e,
    team,
    retro,
    async post(login, body) {
      e.clock.advance(60_000);
      return team.comment(login, retro.number, body);
    },
    run: (comment) =>
      runAction({
        apiUrl: e.url,
        eventName: 'discussion_comment',
        payload: team.commentEvent('created', comment),
        now: e.clock.iso(),
      }),
    record() {
      const state = decodeState(discussion()?.body ?? '');
      if (!state) throw new Error('the discussion lost its state');
      return state;
    },
    answers: (comment) =>
      e.state.discussionComments
        .filter(
          (c) =>
            c.author === 'github-actions[bot]' && c.body.includes(`release-retro:reply ${comment.nodeId} `),
        )
        .map((c) => c.body),
  };
}

/** Every comment recorded at its version and answered once. */
function expectEachAnsweredOnce(s: Scene, comments: readonly PostedComment[]): void {
  const state = s.record();
  for (const [i, comment] of comments.entries()) {
    expect(state.processedComments[comment.nodeId], `comment ${i + 1} recorded`).toBeDefined();
    expect(s.answers(comment), `comment ${i + 1} answered once`).toHaveLength(1);
  }
}

const exitCodes = (runs: readonly { result?: ActionRun }[]) =>
  runs.flatMap((r) => (r.result ? [r.result.exitCode] : []));

describe('bursts of comments under GitHub concurrency', { timeout: 120_000 }, () => {
  it('3 comments at once: the middle run is cancelled, its comment is applied by the last run', async () => {
    const s = await scene();
    const comments = [
      await s.post('sam', '/action Add a canary stage @ana due:+2w'),
      await s.post('kim', '/learning Canaries catch bad deploys early'),
      await s.post('maya', '/accept A1'),
    ];
    const group = new ConcurrencyGroup((c: PostedComment) => s.run(c));
    for (const comment of comments) group.deliver(comment);
    await group.idle();

    expect(group.runs.map((r) => r.outcome)).toEqual(['completed', 'cancelled', 'completed']);
    expect(exitCodes(group.runs)).toEqual([0, 0]);
    const state = s.record();
    expect(state.items.map((i) => [i.id, i.title, i.status])).toEqual([
      ['A1', 'Add a canary stage', 'accepted'],
    ]);
    expect(state.learnings.map((l) => l.text)).toContain('Canaries catch bad deploys early');
    expectEachAnsweredOnce(s, comments);
    expect(s.answers(comments[2] as PostedComment)[0]).toContain('accepted **A1**');
  });

  it('10 comments, some events never delivered: later runs and then the scheduled run apply the rest', async () => {
    const s = await scene();
    const wave = async (from: number) => {
      const posted: PostedComment[] = [];
      for (let i = from; i < from + 5; i++) {
        posted.push(await s.post(i % 2 === 0 ? 'sam' : 'lee', `/action Item ${i + 1} @kim due:+3w`));
      }
      return posted;
    };
    const first = await wave(0);
    const group = new ConcurrencyGroup((c: PostedComment) => s.run(c));
    // Events 3 and 5 never come; 2 is cancelled by 4 while 1 runs.
    for (const i of [0, 1, 3]) group.deliver(first[i] as PostedComment);
    await group.idle();
    expect(group.runs.map((r) => r.outcome)).toEqual(['completed', 'cancelled', 'completed']);
    expect(exitCodes(group.runs)).toEqual([0, 0]);
    expectEachAnsweredOnce(s, first);

    // None of the second wave's events is delivered (an outage): the next scheduled run finds them.
    const second = await wave(5);
    expect(s.record().items).toHaveLength(5);
    const scheduled = await runAction({
      apiUrl: s.e.url,
      eventName: 'schedule',
      now: s.e.clock.iso(),
    });
    expect(scheduled.exitCode, scheduled.stdout).toBe(0);
    const state = s.record();
    expect(state.items.map((i) => `${i.id} ${i.title}`)).toEqual(
      Array.from({ length: 10 }, (_, i) => `A${i + 1} Item ${i + 1}`),
    );
    expectEachAnsweredOnce(s, [...first, ...second]);
  });

  it('30 comments at once, a third of the events lost, two delivered twice at the same moment', async () => {
    const s = await scene();
    const comments: PostedComment[] = [];
    for (let k = 0; k < 10; k++) {
      comments.push(await s.post(k % 2 === 0 ? 'sam' : 'ana', `/action Task ${k + 1} @lee due:+4w`));
      comments.push(await s.post('kim', `/learning Lesson ${k + 1}`));
      comments.push(await s.post('maya', `/priority A${k + 1} P${k % 4}`));
    }
    const group = new ConcurrencyGroup((c: PostedComment) => s.run(c));
    const delivered = comments.filter((_, i) => i % 3 !== 1);
    for (const comment of delivered) group.deliver(comment);
    // Outside the group (a redelivery, or a workflow without one): the same events, twice, at once.
    const duplicates = [comments[0], comments[0], comments[29], comments[29]].map((c) =>
      s.run(c as PostedComment),
    );
    await group.idle();
    const doubled = await Promise.all(duplicates);

    expect(group.cancelled).toBe(delivered.length - 2);
    expect([...exitCodes(group.runs), ...doubled.map((r) => r.exitCode)]).toEqual([0, 0, 0, 0, 0, 0]);
    const state = s.record();
    expect(state.items.map((i) => [i.id, i.title, i.priority])).toEqual(
      Array.from({ length: 10 }, (_, k) => [`A${k + 1}`, `Task ${k + 1}`, `P${k % 4}`]),
    );
    expect(state.learnings.filter((l) => l.author === 'kim').map((l) => l.text)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Lesson ${k + 1}`),
    );
    expectEachAnsweredOnce(s, comments);
  });
});

/** A promise and the function that settles it: a test's gate, opened by an event, never by a timer. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Every ✅ line of every answer is a change the record holds: its comment is recorded at its version. */
function expectAnswersHeld(s: Scene, comments: readonly PostedComment[]): void {
  const state = s.record();
  for (const comment of comments) {
    const stored = s.e.state.discussionComments.find((c) => c.nodeId === comment.nodeId);
    for (const answer of s.answers(comment)) {
      if (answer.includes('✅')) expect(state.processedComments[comment.nodeId]).toBe(stored?.updatedAt);
    }
  }
}

describe('two runs writing the record at once, one write slow to land', { timeout: 120_000 }, () => {
  /**
   * Run A's body write is held (the emulator's `hold` fault) until run B, for a later comment, has written,
   * verified and answered. A's write then lands and undoes B's change, which GitHub (no compare-and-swap)
   * accepts. A reads back, finds B's comment missing and applies it again.
   */
  async function slowFirstWrite(s: Scene) {
    const a = await s.post('sam', '/action Add a canary stage @ana due:+2w');
    const held = gate();
    const release = gate();
    s.e.faults.add({
      match: 'graphql:UpdateDiscussion',
      kind: 'hold',
      until: release.promise,
      times: 1,
      onFire: () => held.open(),
    });
    return { a, held, release };
  }

  it('the slow run re-applies the change it overwrote; every ✅ is in the record', async () => {
    const s = await scene();
    const { a, held, release } = await slowFirstWrite(s);
    const runA = s.run(a);
    await held.promise;
    const b = await s.post('kim', '/learning Slow writes happen');
    const runB = await s.run(b);
    expect(runB.exitCode, runB.stdout).toBe(0);
    expect(s.record().learnings.map((l) => l.text)).toContain('Slow writes happen');
    release.open();
    const doneA = await runA;
    expect(doneA.exitCode, doneA.stdout).toBe(0);

    const state = s.record();
    expect(state.items.map((i) => i.title)).toEqual(['Add a canary stage']);
    expect(state.learnings.map((l) => l.text)).toContain('Slow writes happen');
    expect(doneA.stdout).toContain('the record read back misses comments');
    expectEachAnsweredOnce(s, [a, b]);
    expectAnswersHeld(s, [a, b]);
  });

  it('when the slow run dies after its write lands, the next run re-applies what it undid', async () => {
    const s = await scene();
    const { a, held, release } = await slowFirstWrite(s);
    const kill = new AbortController();
    const runA = runAction({
      apiUrl: s.e.url,
      eventName: 'discussion_comment',
      payload: s.team.commentEvent('created', a),
      now: s.e.clock.iso(),
      signal: kill.signal,
    });
    await held.promise;
    const b = await s.post('kim', '/learning Slow writes happen');
    expect((await s.run(b)).exitCode).toBe(0);
    // A's read-back after its write never returns: the run is killed with B's change undone.
    s.e.faults.add({
      match: 'graphql:DiscussionByNumber',
      kind: 'hang',
      times: 1,
      onFire: () => kill.abort(),
    });
    release.open();
    expect((await runA).exitCode).not.toBe(0);
    expect(s.record().learnings.map((l) => l.text)).not.toContain('Slow writes happen');

    // The next event in the discussion (a comment without commands) converges the record.
    const next = await s.post('lee', 'Thanks, all.');
    const later = await s.run(next);
    expect(later.exitCode, later.stdout).toBe(0);
    const state = s.record();
    expect(state.items.map((i) => i.title)).toEqual(['Add a canary stage']);
    expect(state.learnings.map((l) => l.text)).toContain('Slow writes happen');
    expectEachAnsweredOnce(s, [a, b]);
    expectAnswersHeld(s, [a, b]);
  });
});
