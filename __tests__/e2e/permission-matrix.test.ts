/**
 * The permission matrix: each stage (open, command, finalize, remind, and finalize with each publish mode) runs
 * through dist/index.js with exactly the documented `permissions:` block (it succeeds), then with each of its
 * permissions removed: it fails, or degrades, with a message naming the permission and the line to add. A
 * permission the stage does not use changes nothing. The emulator refuses as GitHub does (emulator/permissions.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import {
  type Access,
  DOCUMENTED_PERMISSIONS,
  PERMISSION_SCOPES,
  type PermissionScope,
  permissionLine,
  requiredPermissions,
  STAGE_PERMISSIONS,
  type WorkflowPermissions,
} from '../../src/github/workflow-permissions.ts';
import { dueMarker, issueKey, ownerMarker } from '../../src/retro/finalize/markers.ts';
import { seedRetro } from '../finalize/seed.ts';
import { type ActionRun, runAction } from './run-action.ts';

type Publish = 'none' | 'commit' | 'pull-request';

interface Stage {
  name: string;
  publish: Publish;
  /**
   * The permissions this stage calls on; it must fail or degrade without each of them. A group is removed
   * together where GitHub accepts either (the assignee check takes issues or pull-requests); the message
   * names the first.
   */
  uses: PermissionScope[][];
  /** Seeds the emulator and runs the stage once. */
  run(emu: Emulator): Promise<ActionRun>;
}

const emulators: Emulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
});

async function emulatorFor(publish: Publish, permissions: WorkflowPermissions): Promise<Emulator> {
  const config = `publish:\n  mode: ${publish}\n`;
  const emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': config } },
    permissions,
  });
  emulators.push(emu);
  if (publish === 'pull-request') {
    const repo = emu.state.repo('acme', 'shop');
    if (repo) repo.settings.actionsCanCreatePullRequests = true;
  }
  return emu;
}

const finalizeRun = (emu: Emulator) =>
  runAction({
    apiUrl: emu.url,
    eventName: 'workflow_dispatch',
    now: DEMO_NOW,
    inputs: { mode: 'finalize', tag: 'v1.4.0' },
  });

/** An overdue action-item issue as finalize leaves it, written straight into the state. */
function seedOverdueIssue(emu: Emulator): void {
  const repo = emu.state.repo('acme', 'shop');
  if (!repo) throw new Error('no acme/shop');
  const id = emu.state.nextId();
  const now = '2026-03-10T12:00:00Z';
  emu.state.issues.push({
    id,
    nodeId: emu.state.nodeId('issue', id),
    repo: repo.fullName,
    number: repo.nextNumber++,
    title: 'Page on checkout error rate',
    body: `Owner ana\n\n${issueKey('v1.4.0', 'a1')}\n${dueMarker('2026-03-15')}\n${ownerMarker('ana')}`,
    author: 'github-actions[bot]',
    state: 'open',
    stateReason: null,
    labels: ['retro-action', 'retro:v1.4.0'],
    assignees: ['ana'],
    milestone: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  });
}

const stages: Stage[] = [
  {
    name: 'open',
    publish: 'none',
    uses: [['contents'], ['discussions'], ['issues'], ['pull-requests'], ['deployments'], ['actions']],
    run: (emu) =>
      runAction({
        apiUrl: emu.url,
        eventName: 'workflow_dispatch',
        now: DEMO_NOW,
        inputs: { tag: 'v1.4.0' },
      }),
  },
  {
    name: 'command',
    publish: 'none',
    uses: [['contents'], ['discussions'], ['issues', 'pull-requests']],
    run: async (emu) => {
      const retro = seedRetro(emu);
      const team = new Team(emu);
      const comment = await team.comment('maya', retro.number, '/action Add smoke tests @sam');
      return runAction({
        apiUrl: emu.url,
        eventName: 'discussion_comment',
        payload: team.commentEvent('created', comment),
        now: emu.clock.iso(),
      });
    },
  },
  {
    name: 'finalize',
    publish: 'none',
    uses: [['contents'], ['discussions'], ['issues']],
    run: (emu) => {
      seedRetro(emu);
      return finalizeRun(emu);
    },
  },
  {
    name: 'finalize with publish: commit',
    publish: 'commit',
    // What the documented block already covers is checked by the finalize stage above.
    uses: [['contents']],
    run: (emu) => {
      seedRetro(emu);
      return finalizeRun(emu);
    },
  },
  {
    name: 'finalize with publish: pull-request',
    publish: 'pull-request',
    uses: [['contents'], ['pull-requests']],
    run: (emu) => {
      seedRetro(emu);
      return finalizeRun(emu);
    },
  },
  {
    name: 'remind',
    publish: 'none',
    uses: [['contents'], ['issues']],
    run: (emu) => {
      seedOverdueIssue(emu);
      return runAction({ apiUrl: emu.url, eventName: 'schedule', now: DEMO_NOW, inputs: { mode: 'remind' } });
    },
  },
];

/** What the log and the job summary told the user. */
const told = (run: ActionRun) => `${run.stdout}\n${run.summary}`.replaceAll('%0A', '\n');

/** Lowers one permission as a user would get it wrong: a write a publish mode adds back to read, else removed. */
function lower(
  documented: Record<PermissionScope, Access>,
  scope: PermissionScope,
  from: WorkflowPermissions = documented,
): WorkflowPermissions {
  const raisedByPublish = documented[scope] === 'write' && DOCUMENTED_PERMISSIONS[scope] === 'read';
  const lowered: WorkflowPermissions = { ...from };
  if (raisedByPublish) lowered[scope] = 'read';
  else delete lowered[scope];
  return lowered;
}

it('exercises what STAGE_PERMISSIONS says each stage needs', () => {
  const first = (name: string) =>
    (stages.find((s) => s.name === name)?.uses ?? []).map((group) => group[0]).sort();
  for (const stage of ['open', 'command', 'finalize', 'remind'] as const)
    expect(first(stage)).toEqual(Object.keys(STAGE_PERMISSIONS[stage]).sort());
});

const lowerAll = (documented: Record<PermissionScope, Access>, scopes: readonly PermissionScope[]) =>
  scopes.reduce(
    (permissions, scope) => lower(documented, scope, permissions),
    documented as WorkflowPermissions,
  );

/** A run takes about a second alone; a loaded 2-core CI machine can make it many times slower. */
const RUN_TIMEOUT_MS = 180_000;

describe.each(stages)('$name', (stage) => {
  const documented = requiredPermissions({ mode: stage.publish, linkInRelease: false });
  // Publish stages list only what the publish mode adds; the rest is checked on plain finalize.
  const unused =
    stage.publish === 'none' ? PERMISSION_SCOPES.filter((scope) => !stage.uses.flat().includes(scope)) : [];

  it(
    'succeeds with exactly the documented permissions',
    async () => {
      const emu = await emulatorFor(stage.publish, documented);
      const run = await stage.run(emu);
      expect(run.exitCode, told(run)).toBe(0);
      expect(told(run)).not.toContain('::warning::');
    },
    RUN_TIMEOUT_MS,
  );

  for (const group of stage.uses) {
    const [first] = group as [PermissionScope];
    const line = permissionLine(first, documented[first]);
    it(
      `without ${group.map((scope) => permissionLine(scope, documented[scope])).join(' and ')}: fails or degrades, naming ${line}`,
      async () => {
        const emu = await emulatorFor(stage.publish, lowerAll(documented, group));
        const run = await stage.run(emu);
        const text = told(run);
        if (run.exitCode === 0) expect(text).toContain('::warning::');
        expect(text).toContain(line);
      },
      RUN_TIMEOUT_MS,
    );
  }

  if (unused.length > 0) {
    it(
      `does not need ${unused.join(', ')}`,
      async () => {
        const permissions = unused.reduce(
          (p, scope) => lower(p as Record<PermissionScope, Access>, scope),
          documented as WorkflowPermissions,
        );
        const emu = await emulatorFor(stage.publish, permissions);
        const run = await stage.run(emu);
        expect(run.exitCode, told(run)).toBe(0);
        expect(told(run)).not.toContain('::warning::');
      },
      RUN_TIMEOUT_MS,
    );
  }
});
