/**
 * A scheduled run through dist/index.js when GitHub misbehaves: transient 5xx and secondary rate limits are
 * ridden out, a source GitHub refuses becomes an "unavailable" section, and an exhausted primary rate limit fails
 * the run clearly without leaving a half-made retrospective.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { runAction } from './run-action.ts';

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterEach(async () => {
  await emu.close();
});

const scheduled = () => runAction({ apiUrl: emu.url, eventName: 'schedule', now: DEMO_NOW });
const retrospectives = () => emu.state.discussions.filter((d) => d.title.startsWith('Retrospective:'));
const errorsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('a scheduled run against a flaky GitHub', () => {
  it('rides out 502s on reads and a secondary rate limit, and opens exactly one retrospective', async () => {
    emu.faults.add({
      match: 'GET /repos/:o/:r/releases',
      kind: 'secondary-rate-limit',
      times: 1,
      retryAfter: 1,
    });
    emu.faults.add({ match: 'graphql:ReleasePullRequests', kind: '5xx', times: 2 });
    const run = await scheduled();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(retrospectives().map((d) => d.title)).toEqual(['Retrospective: v1.4.0']);
    expect(emu.requests.filter((r) => r.fault).map((r) => r.status)).toEqual([403, 502, 502]);
    expect(run.stdout).toMatch(/Secondary rate limit for GET .*\/releases/);
  });

  it('does not retry a failed creation blindly: the run fails, and the next one creates it once', async () => {
    emu.faults.add({ match: 'graphql:CreateDiscussion', kind: '5xx', times: 1 });
    const failed = await scheduled();
    expect(failed.exitCode).toBe(1);
    expect(retrospectives()).toEqual([]);
    const again = await scheduled();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(retrospectives()).toHaveLength(1);
  });

  it('marks CI health unavailable, naming the permission, when Actions is refused', async () => {
    emu.faults.add({ match: 'GET /repos/:o/:r/actions/runs', kind: 'status', status: 403 });
    const run = await scheduled();
    expect(run.exitCode, run.stdout).toBe(0);
    const [retro] = retrospectives();
    expect(retro?.body).toContain('actions: read');
    expect(retro?.body).toContain('Deployment frequency');
  });

  it('fails clearly on an exhausted primary rate limit and creates nothing', async () => {
    emu.faults.add({ match: 'GET /repos/:o/:r/releases', kind: 'primary-rate-limit' });
    const run = await scheduled();
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run.stdout).join('\n')).toMatch(/rate limit/i);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(retrospectives()).toEqual([]);
  });
});
