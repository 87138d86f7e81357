/**
 * A comment run's first reads (src/early-reads.ts): the discussion, the action's identity and the comments
 * follow from the event's payload, so they go out with the config read instead of after it. Proved without
 * timing: the config read is held (the emulator's `hold` fault) until those three have arrived, so a run that
 * waited for the config before asking for them would never finish. Comments the stage will ignore (another
 * category, a bot) cost nothing beyond the config read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { runAction } from './run-action.ts';

const HOUR = 3_600_000;
let emu: Emulator;
let team: Team;
let discussion = 0;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  team = new Team(emu, 'acme/shop');
  const published = emu.state.releases.find((r) => r.tagName === 'v1.3.0')?.publishedAt ?? '';
  emu.clock.set(new Date(Date.parse(published) + 49 * HOUR).toISOString());
  const opened = await runAction({ ...base(), eventName: 'schedule' });
  expect(opened.exitCode).toBe(0);
  discussion = Number(opened.outputs['discussion-number']);
}, 60_000);
afterAll(() => emu?.close());

const base = () => ({
  apiUrl: emu.url,
  graphqlUrl: emu.graphqlUrl,
  repository: 'acme/shop',
  now: emu.clock.iso(),
});
const CONFIG_READ = 'GET /repos/:owner/:repo/contents/:path';
const EARLY = ['Viewer', 'DiscussionByNumber', 'CommandComments'];

/** What the run asked GitHub, in order: REST as `METHOD path`, GraphQL by operation name. */
function asked(from: number): string[] {
  return emu.requests
    .slice(from)
    .filter((r) => r.login === 'github-actions[bot]')
    .map((r) => r.operation ?? `${r.method} ${r.path.split('?')[0]}`);
}

describe("a comment run's first reads", { timeout: 60_000 }, () => {
  it('go out with the config read: the run finishes while the config is held until all three arrived', async () => {
    emu.clock.advance(HOUR);
    const proposal = await team.comment('lee', discussion, '/action Write a rollback runbook @lee due:+10d');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const arrived = new Set<string>();
    for (const operation of EARLY) {
      emu.faults.add({
        match: `graphql:${operation}`,
        kind: 'hold',
        until: Promise.resolve(),
        times: 1,
        onFire: () => {
          arrived.add(operation);
          if (arrived.size === EARLY.length) release();
        },
      });
    }
    emu.faults.add({ match: CONFIG_READ, kind: 'hold', until: released, times: 1 });
    const from = emu.requests.length;
    const run = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', proposal),
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::notice::@lee: \/action Write a rollback runbook/);
    const first = asked(from).slice(0, 4);
    expect([...first].sort()).toEqual([...EARLY, expect.stringMatching(/^GET .*contents/)].sort());
    // Read once each at the start: the stage took the early reads instead of asking again.
    expect(asked(from).filter((a) => a === 'Viewer')).toHaveLength(1);
  });

  it('are not made for a comment outside the retrospectives category, nor for a bot', async () => {
    emu.clock.advance(HOUR);
    const comment = await team.comment('lee', discussion, '/learning Keep the runbook near the alert');
    const event = team.commentEvent('created', comment);
    const elsewhere = {
      ...event,
      discussion: { ...(event.discussion as object), category: { slug: 'ideas', name: 'Ideas' } },
    };
    const bot = {
      ...event,
      comment: {
        ...(event.comment as Record<string, unknown>),
        user: { login: 'dependabot[bot]', id: 49699333, type: 'Bot' },
      },
    };
    for (const payload of [elsewhere, bot]) {
      const from = emu.requests.length;
      const run = await runAction({ ...base(), eventName: 'discussion_comment', payload });
      expect(run.exitCode).toBe(0);
      expect(asked(from)).toEqual([expect.stringMatching(/^GET .*contents/)]);
    }
  });
});
