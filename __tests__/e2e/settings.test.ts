/**
 * Repository settings GitHub enforces whatever the workflow's permissions say, end to end through
 * dist/index.js: Actions may not open pull requests until a setting allows it, and branch rules refuse
 * Contents API writes. The action must say which setting or rule, not "add a permission".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { seedRetro } from '../finalize/seed.ts';
import { runAction } from './run-action.ts';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(mode: 'commit' | 'pull-request'): Promise<Emulator> {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': `publish:\n  mode: ${mode}\n` } },
    permissions: requiredPermissions({ mode, linkInRelease: false }),
  });
  seedRetro(emu);
  return emu;
}

const finalize = (e: Emulator) =>
  runAction({
    apiUrl: e.url,
    eventName: 'workflow_dispatch',
    now: DEMO_NOW,
    inputs: { mode: 'finalize', tag: 'v1.4.0' },
  });

const errorText = (stdout: string) => stdout.replaceAll('%0A', '\n');

describe('repository settings', () => {
  it('names "Allow GitHub Actions to create and approve pull requests" when it is off, then converges once on', async () => {
    const e = await start('pull-request');
    const refused = await finalize(e);
    expect(refused.exitCode).toBe(1);
    const text = errorText(refused.stdout);
    expect(text).toContain('GitHub Actions is not permitted to create or approve pull requests');
    expect(text).toContain('Turn on "Allow GitHub Actions to create and approve pull requests"');
    expect(text).toContain('CI does not run on it');
    expect(text).not.toContain('lacks the "pull-requests: write" permission');
    expect(e.state.pulls.filter((p) => p.head === 'release-retro/v1.4.0')).toHaveLength(0);

    const repo = e.state.repo('acme', 'shop');
    if (repo) repo.settings.actionsCanCreatePullRequests = true;
    const again = await finalize(e);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(e.state.pulls.filter((p) => p.head === 'release-retro/v1.4.0')).toHaveLength(1);
  }, 180_000);

  it.each([
    ['ruleset', 'a repository ruleset on main'],
    ['branch-protection', 'branch protection on main'],
  ] as const)(
    'names the %s that refuses publish: commit on the default branch',
    async (by, words) => {
      const e = await start('commit');
      const repo = e.state.repo('acme', 'shop');
      repo?.settings.protectedBranches.push({ branch: 'main', by, name: 'main' });
      const run = await finalize(e);
      expect(run.exitCode).toBe(1);
      const text = errorText(run.stdout);
      expect(text).toContain(`GitHub refused to write docs/retrospectives/v1.4.0.md on main: ${words}`);
      expect(text).toContain('Changes must be made through a pull request.');
      expect(text).toContain('Use publish.mode: pull-request');
      expect(text).not.toContain('contents: write');
    },
    180_000,
  );
});
