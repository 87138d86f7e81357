/**
 * A finalize killed at each of its writes, through both ways it starts (a `/finalize` comment, and the
 * scheduled run for a retrospective past finalize-after-days), then run again as GitHub would (the job
 * re-run with the same event, or the next scheduled run). Also the answer to the close lost after GitHub
 * closed the discussion. Every time: the expected issues and no more, one closing comment, closed once, the
 * document committed once, the record stamped finalized.
 *
 * The kill happens at the n-th write request (the emulator's `hang` fault with `after`, aborting the run's
 * signal), never after a time. One decided item and no project keep the number of writes (and runs) small.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { decodeState } from '../../src/domain/state.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { FOUR_ITEMS, type SeededRetro, seedRetro } from '../finalize/seed.ts';
import { type ActionRun, runAction } from './run-action.ts';

const CONFIG = `
publish:
  mode: commit
stakeholders: [maya]
finalize-after-days: 7
`;
const DOC = 'docs/retrospectives/v1.4.0.md';
/** Eight days after the seeded retrospective opened: the scheduled run finalizes it. */
const LATER = new Date(Date.parse(DEMO_NOW) + 6 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

interface Path {
  name: string;
  /** Seeds what the path needs and returns the run to repeat. */
  prepare(e: Emulator, retro: SeededRetro): Promise<(signal?: AbortSignal) => Promise<ActionRun>>;
}

const scheduled: Path = {
  name: 'the scheduled run',
  async prepare(e) {
    e.clock.set(LATER);
    return (signal) =>
      runAction({
        apiUrl: e.url,
        eventName: 'schedule',
        now: LATER,
        inputs: { mode: 'finalize' },
        ...(signal ? { signal } : {}),
      });
  },
};

const command: Path = {
  name: 'a /finalize comment',
  async prepare(e, retro) {
    const team = new Team(e);
    const comment = await team.comment('maya', retro.number, 'Thanks all.\n/finalize');
    const payload = team.commentEvent('created', comment);
    return (signal) =>
      runAction({
        apiUrl: e.url,
        eventName: 'discussion_comment',
        payload,
        now: DEMO_NOW,
        ...(signal ? { signal } : {}),
      });
  },
};

async function setUp(path: Path) {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': CONFIG } },
    // The documented block with what publish: commit adds (docs/permissions.md).
    permissions: requiredPermissions({ mode: 'commit', linkInRelease: false }),
  });
  const retro = seedRetro(emu, { items: FOUR_ITEMS.slice(0, 1) });
  const run = await path.prepare(emu, retro);
  return { e: emu, retro, run };
}

/** Requests GitHub carried out (answered 2xx, or applied and then answered 502). */
function carriedOut(e: Emulator, test: (r: Emulator['requests'][number]) => boolean): number {
  return e.requests.filter(
    (r) => test(r) && ((r.status >= 200 && r.status < 300) || r.fault === 'applied-then-5xx'),
  ).length;
}

function expectComplete(e: Emulator, retro: SeededRetro) {
  const issues = e.state.issues.filter((i) => i.labels.includes('retro-action'));
  expect(issues.map((i) => i.title)).toEqual(['Add a migration check to CI']);
  const discussion = e.state.discussions.find((d) => d.number === retro.number);
  expect(discussion?.closed).toBe(true);
  expect(decodeState(discussion?.body ?? '')?.status).toBe('finalized');
  const closing = e.state.discussionComments.filter(
    (c) => c.discussionId === discussion?.id && c.body.includes('release-retro:closing'),
  );
  expect(closing).toHaveLength(1);
  // A close retried after a lost answer finds the discussion closed and changes nothing, as on GitHub; what
  // must not happen is a second close after a re-open, so the close is sent only while the record is open.
  expect(carriedOut(e, (r) => r.method === 'PUT' && r.path.includes('/contents/'))).toBe(1);
  expect(e.state.files['acme/shop']?.main?.[DOC]?.content).toMatch(/^---\ntag: v1.4.0\n/);
}

/** Runs again, as a re-run of the failed job (or the next schedule) would, until one succeeds (at most 3). */
async function rerunUntilDone(run: () => Promise<ActionRun>): Promise<ActionRun[]> {
  const runs: ActionRun[] = [];
  for (let i = 0; i < 3; i++) {
    const next = await run();
    runs.push(next);
    if (next.exitCode === 0) break;
  }
  return runs;
}

/** The writes a clean run of each path makes, counted by the test that checks that run. */
const cleanWrites = new Map<string, number>();

/** A clean run through `path`: it completes in one run. Returns how many writes it made. */
async function cleanRun(path: Path): Promise<number> {
  const { e, retro, run } = await setUp(path);
  // Never fires; counts the writes a clean run makes.
  const counter = e.faults.add({ match: 'write', kind: '5xx', after: 10_000 });
  const clean = await run();
  expect(clean.exitCode, clean.stdout).toBe(0);
  expectComplete(e, retro);
  await e.close();
  emu = undefined;
  cleanWrites.set(path.name, counter.seen);
  return counter.seen;
}

describe.each([command, scheduled])('finalize through $name', (path) => {
  it('completes in one run without faults', async () => {
    await cleanRun(path);
  }, 60_000);

  it('killed at each write, is completed by running again', async () => {
    // Kill a fresh copy at each write of a clean run in turn (counted by the test above, or here when it
    // runs alone).
    const total = cleanWrites.get(path.name) ?? (await cleanRun(path));
    expect(total).toBeGreaterThan(4);
    for (let n = 1; n <= total; n++) {
      const { e, retro, run } = await setUp(path);
      const kill = new AbortController();
      e.faults.add({ match: 'write', kind: 'hang', after: n - 1, times: 1, onFire: () => kill.abort() });
      const killed = await run(kill.signal);
      expect(kill.signal.aborted, `write ${n} of ${total}`).toBe(true);
      expect(killed.exitCode).not.toBe(0);
      const reruns = await rerunUntilDone(() => run());
      expect(reruns.at(-1)?.exitCode, `write ${n}: ${reruns.at(-1)?.stdout}`).toBe(0);
      expectComplete(e, retro);
      await e.close();
      emu = undefined;
    }
  }, 600_000);

  it('a close whose answer was lost leaves one closed discussion and one closing comment; the re-run completes the record', async () => {
    const { e, retro, run } = await setUp(path);
    // GitHub closes it and the answer is lost; the retry of the close (the next request, the first fault
    // being spent) never returns and the run is killed.
    const kill = new AbortController();
    e.faults.add({ match: 'graphql:CloseDiscussion', kind: 'applied-then-5xx', times: 1 });
    e.faults.add({
      match: 'graphql:CloseDiscussion',
      kind: 'hang',

      times: 1,
      onFire: () => kill.abort(),
    });
    const failed = await run(kill.signal);
    expect(failed.exitCode).not.toBe(0);
    expect(e.state.discussions.find((d) => d.number === retro.number)?.closed).toBe(true);
    const reruns = await rerunUntilDone(() => run());
    expect(reruns.at(-1)?.exitCode).toBe(0);
    expectComplete(e, retro);
  }, 60_000);
});
