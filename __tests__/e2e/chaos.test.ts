/**
 * The whole lifecycle under seeded chaos, through dist/index.js: open → 8 commands → /finalize → remind, with
 * about one request in five failing for the action's token (502s before GitHub did anything, secondary rate
 * limits, writes carried out and then answered 502) and every failed run re-run as GitHub would (the same
 * event again; for scheduled stages, the next schedule). The final state must equal a fault-free run's:
 * the same record, the same issues, nothing twice, nothing lost.
 *
 * Faults fire on seeded draws (emulator/faults.ts), only on the action's requests (the people's comments are
 * not what is tested). Retries wait 0 ms (the harness sets RELEASE_RETRO_RETRY_BASE_DELAY_MS to 0, which also scales
 * the secondary limits' retry-after: 1 s), so the test never waits on time; the policy itself (3 retries, 1 s, 4 s, 9 s) is
 * unit-tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_LOGIN, DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { type PostedComment, Team } from '../../emulator/team.ts';
import { decodeState } from '../../src/domain/state.ts';
import { type ActionRun, runAction } from './run-action.ts';

const CONFIG = 'publish:\n  mode: none\nstakeholders: [maya]\n';
/** After every due date of the items below: the remind stage has one reminder for each open issue. */
const REMIND_AT = new Date(Date.parse(DEMO_NOW) + 40 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const MAX_RUNS = 30;

const COMMANDS: [string, string][] = [
  ['sam', '/action Add a canary stage @ana due:+2w priority:high label:ci'],
  ['lee', '/action Write a rollback runbook @lee due:+3w'],
  ['kim', '/learning Canaries catch bad deploys early'],
  ['ana', '/action Alert on checkout errors @kim due:+10d'],
  ['maya', '/accept A1 A2'],
  ['maya', '/priority A3 P0'],
  ['lee', '/learning A runbook halves the time to restore'],
  ['maya', '/accept A3'],
];

function chaos(e: Emulator): void {
  e.faults.add({ match: 'any', login: BOT_LOGIN, kind: '5xx', probability: 0.13 });
  e.faults.add({
    match: 'any',
    login: BOT_LOGIN,
    kind: 'secondary-rate-limit',
    probability: 0.03,
    retryAfter: 1,
  });
  e.faults.add({ match: 'write', login: BOT_LOGIN, kind: 'applied-then-5xx', probability: 0.06 });
}

interface Lifecycle {
  e: Emulator;
  /** Runs per step (1 when nothing failed). */
  attempts: number[];
}

async function lifecycle(seed: number | null): Promise<Lifecycle> {
  const e = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': CONFIG } },
    faultSeed: seed ?? 1,
  });
  const attempts: number[] = [];
  /** Runs a step; a failed run is run again with the same event, as a re-run of the failed job is. */
  const step = async (run: () => Promise<ActionRun>) => {
    if (seed !== null) chaos(e);
    let last: ActionRun | undefined;
    for (let n = 1; n <= MAX_RUNS; n++) {
      last = await run();
      if (last.exitCode === 0) {
        attempts.push(n);
        e.faults.clear();
        return;
      }
    }
    throw new Error(`still failing after ${MAX_RUNS} runs:\n${last?.stdout}`);
  };
  const scheduled = (mode: string, now: string) => () =>
    runAction({ apiUrl: e.url, eventName: 'schedule', now, inputs: { mode } });

  e.clock.set(DEMO_NOW);
  await step(scheduled('open', DEMO_NOW));
  const discussion = e.state.discussions.find((d) => d.title.startsWith('Retrospective'));
  if (!discussion) throw new Error('no retrospective opened');
  const team = new Team(e);
  const deliver = (comment: PostedComment) => () =>
    runAction({
      apiUrl: e.url,
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', comment),
      now: e.clock.iso(),
    });
  for (const [login, body] of [...COMMANDS, ['maya', 'Thanks, all.\n/finalize'] as [string, string]]) {
    e.clock.advance(60_000);
    await step(deliver(await team.comment(login, discussion.number, body)));
  }
  e.clock.set(REMIND_AT);
  await step(scheduled('remind', REMIND_AT));
  return { e, attempts };
}

/** What a team sees at the end, without ids and times that depend on how many attempts things took. */
function outcome(e: Emulator) {
  const discussions = e.state.discussions.filter((d) => d.title.startsWith('Retrospective'));
  const discussion = discussions[0];
  const state = decodeState(discussion?.body ?? '');
  const comments = e.state.discussionComments.filter((c) => c.discussionId === discussion?.id);
  const ours = comments.filter((c) => c.author === BOT_LOGIN);
  const answers = new Map<string, number>();
  for (const c of ours) {
    const marker = /release-retro:reply (\S+) (\S+)/.exec(c.body);
    if (marker) answers.set(`${marker[1]} ${marker[2]}`, (answers.get(`${marker[1]} ${marker[2]}`) ?? 0) + 1);
  }
  const commands = comments.filter((c) => c.author !== BOT_LOGIN);
  const issues = e.state.issues.filter((i) => i.repo === 'acme/shop' && i.labels.includes('retro-action'));
  return {
    discussions: discussions.length,
    closed: discussion?.closed,
    status: state?.status,
    items: state?.items.map(({ id, title, owner, due, priority, labels, status, decidedBy, votes }) => ({
      id,
      title,
      owner,
      due,
      priority,
      labels,
      status,
      decidedBy,
      votes,
    })),
    learnings: state?.learnings.map((l) => `${l.author}: ${l.text}`),
    recorded: commands.map((c) => state?.processedComments[c.nodeId] === c.updatedAt),
    answersPerCommand: commands.map((c) => answers.get(`${c.nodeId} ${c.updatedAt}`) ?? 0),
    /** Every top-level comment the action wrote (survey threads, the closing comment), by its first line. */
    threads: ours
      .filter((c) => c.replyToId === null)
      .map((c) => c.body.split('\n').find((line) => line.trim() && !line.startsWith('<!--')))
      .sort(),
    issues: issues
      .map((i) => ({
        title: i.title,
        labels: [...i.labels].sort(),
        assignees: [...i.assignees].sort(),
        reminders: e.state.issueComments.filter(
          (c) => c.issueNumber === i.number && c.repo === i.repo && c.body.includes('release-retro:reminder'),
        ).length,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

let baseline: ReturnType<typeof outcome>;
const emulators: Emulator[] = [];
beforeAll(async () => {
  const clean = await lifecycle(null);
  emulators.push(clean.e);
  expect(clean.attempts.every((n) => n === 1)).toBe(true);
  baseline = outcome(clean.e);
}, 180_000);
afterAll(async () => {
  for (const e of emulators) await e.close();
});

describe('the lifecycle under seeded chaos', () => {
  it('the fault-free run decides, finalizes and reminds as the commands say', () => {
    expect(baseline.items?.map((i) => [i.id, i.status, i.priority])).toEqual([
      ['A1', 'created', 'P1'],
      ['A2', 'created', null],
      ['A3', 'created', 'P0'],
    ]);
    expect(baseline.learnings).toHaveLength(2);
    expect(baseline.closed).toBe(true);
    expect(baseline.answersPerCommand.every((n) => n === 1)).toBe(true);
    expect(baseline.issues.map((i) => i.reminders)).toEqual([1, 1, 1]);
  });

  it.each([7, 21])(
    'seed %i: the same final state as without faults, nothing twice, nothing lost',
    async (seed) => {
      const run = await lifecycle(seed);
      emulators.push(run.e);
      const ours = run.e.requests.filter((r) => r.login === BOT_LOGIN);
      const faulted = ours.filter((r) => r.fault !== null);
      expect(faulted.length, 'faults fired').toBeGreaterThan(10);
      // The figures docs/reliability.md quotes.
      const kinds = new Map<string, number>();
      for (const r of faulted) kinds.set(r.fault ?? '', (kinds.get(r.fault ?? '') ?? 0) + 1);
      console.info(
        `seed ${seed}: ${ours.length} requests by the action, ${faulted.length} faulted ` +
          `(${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}); runs per step: ${run.attempts.join(' ')}`,
      );
      expect(
        run.attempts.some((n) => n > 1),
        'some step needed a re-run',
      ).toBe(true);
      expect(outcome(run.e)).toEqual(baseline);
    },
    300_000,
  );
});
