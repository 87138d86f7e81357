/**
 * Finalize and remind end to end: dist/index.js run as a runner runs it, against the emulator. A retro with four
 * accepted items is seeded as the open and command stages leave it; the checks read the emulator's state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { decodeState } from '../../src/domain/state.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { seedRetro } from '../finalize/seed.ts';
import { runAction } from './run-action.ts';

const CONFIG = `
publish:
  mode: commit
stakeholders: [maya]
`;

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(): Promise<Emulator> {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': CONFIG } },
    // The documented block with what publish: commit adds (docs/permissions.md).
    permissions: requiredPermissions({ mode: 'commit', linkInRelease: false }),
  });
  return emu;
}

const finalize = (e: Emulator, extra: { signal?: AbortSignal; now?: string } = {}) =>
  runAction({
    apiUrl: e.url,
    eventName: 'workflow_dispatch',
    now: extra.now ?? DEMO_NOW,
    inputs: {
      mode: 'finalize',
      tag: 'v1.4.0',
      'project-url': 'https://github.com/orgs/acme/projects/1',
      'project-token': 'ghp_projects',
    },
    ...(extra.signal ? { signal: extra.signal } : {}),
  });

const retroIssues = (e: Emulator) => e.state.issues.filter((i) => i.labels.includes('retro-action'));

function snapshot(e: Emulator) {
  return {
    issues: retroIssues(e).map((i) => ({
      title: i.title,
      labels: i.labels,
      assignees: i.assignees,
      milestone: e.state.milestones.find((m) => m.number === i.milestone)?.title ?? null,
    })),
    milestones: e.state.milestones.map((m) => [m.title, m.dueOn]),
    board: e.state.projectItems.map((item) =>
      Object.fromEntries(
        e.state.projectFieldValues
          .filter((v) => v.itemId === item.id)
          .map((v) => {
            const field = e.state.projectFields.find((f) => f.id === v.fieldId);
            return [field?.name, v.date ?? field?.options.find((o) => o.id === v.singleSelectOptionId)?.name];
          }),
      ),
    ),
    comments: e.state.discussionComments.length,
    issueComments: e.state.issueComments.length,
  };
}

describe('finalize through dist/index.js', () => {
  it('creates the four issues, fills the board, commits the document and closes the retro; a second run creates nothing', async () => {
    const e = await start();
    const retro = seedRetro(e);
    const run = await finalize(e);
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);

    const after = snapshot(e);
    expect(after.issues).toEqual([
      {
        title: 'Page on checkout error rate',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P0'],
        assignees: ['ana'],
        milestone: 'Retro actions 2026-03',
      },
      {
        title: 'Add a migration check to CI',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P1', 'ci'],
        assignees: ['sam'],
        milestone: 'Retro actions 2026-04',
      },
      {
        title: 'Write the rollback runbook | with `code` @kim',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P2'],
        assignees: ['lee'],
        milestone: 'Retro actions 2026-04',
      },
      {
        title: 'Canary releases for checkout',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P2', 'infra'],
        assignees: ['maya'],
        milestone: 'Retro actions 2026-05',
      },
    ]);
    expect(after.milestones).toEqual([
      ['Q1 polish', expect.any(String)],
      ['Retro actions 2026-03', '2026-03-31T07:00:00Z'],
      ['Retro actions 2026-04', '2026-04-30T07:00:00Z'],
      ['Retro actions 2026-05', '2026-05-31T07:00:00Z'],
    ]);
    expect(after.board).toEqual([
      { Status: 'Todo', Due: '2026-03-31', Priority: 'P0' },
      { Status: 'Todo', Due: '2026-04-10', Priority: 'P1' },
      { Status: 'Todo', Due: '2026-04-30', Priority: 'P2' },
      { Status: 'Todo', Due: '2026-05-15', Priority: 'P2' },
    ]);

    const discussion = e.state.discussions.find((d) => d.number === retro.number);
    expect(discussion).toMatchObject({ closed: true, stateReason: 'RESOLVED' });
    expect(decodeState(discussion?.body ?? '')).toMatchObject({
      status: 'finalized',
      retrospectivePath: 'docs/retrospectives/v1.4.0.md',
    });
    expect(e.state.files['acme/shop']?.main?.['docs/retrospectives/v1.4.0.md']?.content).toMatch(
      /^---\ntag: v1.4.0\n/,
    );

    expect(run.outputs['release-tag']).toBe('v1.4.0');
    expect(run.outputs['discussion-number']).toBe(String(retro.number));
    expect(run.outputs['retrospective-path']).toBe(`${run.workspace}/retrospective.md`);
    expect(JSON.parse(run.outputs.issues ?? '[]')).toEqual(
      retroIssues(e).map((i, k) => ({
        id: ['A2', 'A1', 'A3', 'A4'][k],
        number: i.number,
        url: `https://github.com/acme/shop/issues/${i.number}`,
        title: i.title,
        assignees: i.assignees,
        milestone: after.issues[k]?.milestone,
      })),
    );
    expect(
      JSON.parse(run.outputs['action-items'] ?? '[]').filter(
        (i: { status: string }) => i.status === 'created',
      ),
    ).toHaveLength(4);
    expect(run.summary).toContain('## Action items');

    const second = await finalize(e);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(snapshot(e)).toEqual(after);
    expect(e.state.discussions.find((d) => d.number === retro.number)?.body).toBe(discussion?.body);
  }, 120_000);

  it('a run killed after two of four issues is completed by the next run, with exactly four', async () => {
    const e = await start();
    seedRetro(e);
    // The third issue creation is never answered, and the run is killed right there.
    const kill = new AbortController();
    e.faults.add({
      match: 'POST /repos/{owner}/{repo}/issues',
      kind: 'hang',
      after: 2,
      times: 1,
      onFire: () => kill.abort(),
    });
    const killed = await finalize(e, { signal: kill.signal });
    expect(kill.signal.aborted).toBe(true);
    expect(killed.exitCode).not.toBe(0);
    expect(retroIssues(e)).toHaveLength(2);

    e.faults.clear();
    const rerun = await finalize(e);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(retroIssues(e).map((i) => i.title)).toEqual([
      'Page on checkout error rate',
      'Add a migration check to CI',
      'Write the rollback runbook | with `code` @kim',
      'Canary releases for checkout',
    ]);
    expect(e.state.projectItems).toHaveLength(4);
  }, 120_000);

  it('reminds the owner once an item is overdue, and not again within remind-every-days', async () => {
    const e = await start();
    seedRetro(e);
    expect((await finalize(e)).exitCode).toBe(0);
    const remind = (now: string) => {
      e.clock.set(now);
      return runAction({ apiUrl: e.url, eventName: 'schedule', now, inputs: { mode: 'remind' } });
    };
    const reminders = () =>
      e.state.issueComments.filter((c) => c.body.includes('<!-- release-retro:reminder -->'));

    const first = await remind('2026-04-02T09:00:00Z');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]?.body).toContain('@ana this action item');
    expect(first.summary).toContain('### Overdue action items');

    const second = await remind('2026-04-08T09:00:00Z');
    expect(second.exitCode).toBe(0);
    expect(reminders()).toHaveLength(1);
    expect(second.summary).toContain('reminded 2026-04-02');

    await remind('2026-04-09T10:00:00Z');
    expect(reminders()).toHaveLength(2);
  }, 120_000);
});
