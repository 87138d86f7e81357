/**
 * Repository settings GitHub enforces whatever the workflow's permissions say, end to end through
 * dist/index.js: Actions may not open pull requests until a setting allows it, and branch rules refuse
 * Contents API writes. The action must say which setting or rule, not "add a permission".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { decodeState } from '../../src/domain/state.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { FOUR_ITEMS, seedRetro } from '../finalize/seed.ts';
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

  it('keeps the retrospective open while the commit is refused; re-running the /finalize event publishes and closes it once the rule is lifted', async () => {
    emu = await startEmulator({
      scenario: 'demo',
      scenarioOptions: { files: { '.github/release-retro.yml': 'publish:\n  mode: commit\n' } },
      permissions: requiredPermissions({ mode: 'commit', linkInRelease: false }),
    });
    const e = emu;
    const retro = seedRetro(e, { items: FOUR_ITEMS.slice(0, 1) });
    const repo = e.state.repo('acme', 'shop');
    repo?.settings.protectedBranches.push({ branch: 'main', by: 'ruleset', name: 'main' });
    const team = new Team(e);
    const comment = await team.comment('maya', retro.number, '/finalize');
    const payload = team.commentEvent('created', comment);
    const run = () => runAction({ apiUrl: e.url, eventName: 'discussion_comment', payload, now: DEMO_NOW });
    const discussion = () => e.state.discussions.find((d) => d.number === retro.number);
    const own = (marker: string) =>
      e.state.discussionComments.filter(
        (c) => c.discussionId === discussion()?.id && c.body.includes(marker),
      );
    const committed = () =>
      e.requests.filter((r) => r.method === 'PUT' && r.path.includes('/contents/') && r.status < 300).length;

    // Refused, and refused again by the re-run: everything else is done once, nothing is closed or stamped.
    for (const attempt of [1, 2]) {
      const refused = await run();
      expect(refused.exitCode, `attempt ${attempt}`).toBe(1);
      expect(errorText(refused.stdout)).toContain('Use publish.mode: pull-request');
      expect(errorText(refused.stdout)).toContain('everything else was done but closing the discussion');
      expect(discussion()?.closed).toBe(false);
      expect(decodeState(discussion()?.body ?? '')?.status).toBe('open');
      expect(own('release-retro:closing')).toHaveLength(0);
      expect(own('release-retro:document')).toHaveLength(1);
      expect(e.state.issues.filter((i) => i.labels.includes('retro-action'))).toHaveLength(1);
    }

    if (repo) repo.settings.protectedBranches = [];
    const done = await run();
    expect(done.exitCode, done.stdout).toBe(0);
    expect(committed()).toBe(1);
    expect(e.state.files['acme/shop']?.main?.['docs/retrospectives/v1.4.0.md']?.content).toMatch(
      /^---\ntag: v1.4.0\n/,
    );
    expect(discussion()?.closed).toBe(true);
    expect(decodeState(discussion()?.body ?? '')?.status).toBe('finalized');
    expect(own('release-retro:closing')).toHaveLength(1);
    expect(own('release-retro:document')).toHaveLength(1);
    expect(e.state.issues.filter((i) => i.labels.includes('retro-action'))).toHaveLength(1);
  }, 180_000);
});
