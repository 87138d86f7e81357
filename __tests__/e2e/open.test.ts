/**
 * Opening retrospectives end to end: dist/index.js, run as a runner runs it, against the emulator's demo
 * (acme/shop: v1.4.0 published 59 h before DEMO_NOW, its hotfix v1.4.1 49 h before).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_NOW, type Emulator, type RequestLogEntry, startEmulator } from '../../emulator/index.ts';
import { decodeState } from '../../src/domain/state.ts';
import { expectMermaidToParse } from '../render/mermaid-parse.ts';
import { runAction } from './run-action.ts';

const MUTATIONS = new Set(
  readdirSync('src/github/graphql')
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join('src/github/graphql', f), 'utf8'))
    .flatMap((text) => [...(/^mutation (\w+)/gm.exec(text)?.slice(1) ?? [])]),
);

/** Requests that change something: REST non-GETs and GraphQL mutations. */
function writes(requests: readonly RequestLogEntry[]): RequestLogEntry[] {
  return requests.filter((r) =>
    r.path === '/graphql' ? r.operation !== null && MUTATIONS.has(r.operation) : r.method !== 'GET',
  );
}

const hoursBefore = (iso: string, hours: number) =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString();
const AT_47H = hoursBefore(DEMO_NOW, 2);

let emu: Emulator;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await emu.close();
});

function retros() {
  const category = emu.state.discussionCategories.find(
    (c) => c.repo === 'acme/shop' && c.slug === 'retrospectives',
  );
  return emu.state.discussions.filter((d) => d.categoryId === category?.id);
}

function commentsOf(discussionId: number) {
  return emu.state.discussionComments.filter((c) => c.discussionId === discussionId);
}

const scheduled = (now = DEMO_NOW, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({ apiUrl: emu.url, eventName: 'schedule', now, ...extra });

describe('a scheduled run 49 hours after the hotfix', () => {
  it('opens exactly one retrospective with every section and its survey threads', async () => {
    const run = await scheduled();
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);

    const opened = retros();
    expect(opened).toHaveLength(1);
    const [discussion] = opened;
    if (!discussion) throw new Error('no discussion');
    expect(discussion.title).toBe('Retrospective: v1.4.0');
    expect(discussion.author).toBe('github-actions[bot]');

    const body = discussion.body;
    for (const heading of [
      '## Why we are here',
      '> **The Retrospective Prime Directive**',
      '— Norm Kerth, *Project Retrospectives: A Handbook for Team Reviews*',
      '## Agenda (75 minutes)',
      '## Follow-up from the last retrospective',
      '### Release facts',
      '### DORA metrics',
      '### Deployment timeline',
      '### Lead time for changes',
      '### Incidents and bugs',
      '### CI health',
      '### Feedback',
      '### What shipped',
      '## Who is invited',
      '## How to take part',
      '<!-- release-retro:action-items:start -->',
      '<!-- release-retro:learnings:start -->',
    ]) {
      expect(body, heading).toContain(heading);
    }
    expect(body).toContain('[v1.4.1](https://github.com/acme/shop/releases/tag/v1.4.1)');
    expect(body).toContain('Checkout fails for carts saved before the migration');
    expect(body).toContain('rollback');
    expect(body).toMatch(/@sam\b/); // participants are invited
    expect(body).not.toContain('@troll'); // not a participant of this release
    expect(body.length).toBeLessThan(65_536);
    expect(await expectMermaidToParse(body)).toEqual(['gantt', 'xychart']);

    // One top-level comment per survey prompt, recorded in the state.
    const comments = commentsOf(discussion.id);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- release-retro:survey:went-well -->',
      '<!-- release-retro:survey:could-improve -->',
      '<!-- release-retro:survey:puzzles -->',
      '<!-- release-retro:survey:shout-outs -->',
    ]);
    expect(comments.every((c) => c.replyToId === null && c.author === 'github-actions[bot]')).toBe(true);
    const state = decodeState(body);
    expect(state).toMatchObject({
      tag: 'v1.4.0',
      tags: ['v1.4.0', 'v1.4.1'],
      previousTag: 'v1.3.0',
      status: 'open',
    });
    expect(state?.surveyThreads).toEqual(
      Object.fromEntries(comments.map((c) => [c.body.split(':')[2]?.split(' ')[0], c.nodeId])),
    );
    expect(Object.keys(state?.metrics ?? {})).toContain('leadTimeHours');

    expect(run.outputs).toMatchObject({
      'release-tag': 'v1.4.0',
      'discussion-number': String(discussion.number),
      'discussion-url': `https://github.com/acme/shop/discussions/${discussion.number}`,
    });
    expect(JSON.parse(run.outputs.metrics ?? '{}')).toHaveProperty('changeFailureRate.display');
    expect(run.summary).toContain(`[#${discussion.number} Retrospective: v1.4.0](`);
    expect(run.summary).toContain('#### DORA metrics');
    // One create, four comments, one update of the state: nothing else.
    expect(writes(emu.requests).map((r) => r.operation)).toEqual([
      'CreateDiscussion',
      'AddDiscussionComment',
      'AddDiscussionComment',
      'AddDiscussionComment',
      'AddDiscussionComment',
      'UpdateDiscussion',
    ]);
  });

  it('changes nothing on a second run', async () => {
    expect((await scheduled()).exitCode).toBe(0);
    const before = JSON.stringify([retros(), emu.state.discussionComments]);
    const seen = emu.requests.length;
    const run = await scheduled(hoursBefore(DEMO_NOW, -1));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes(emu.requests.slice(seen))).toEqual([]);
    expect(JSON.stringify([retros(), emu.state.discussionComments])).toBe(before);
  });

  it('completes the survey threads of a run that was killed after creating the discussion', async () => {
    // The first survey comment fails, as if the run died right after creating the discussion.
    emu.faults.add({ match: 'graphql:AddDiscussionComment', kind: 'status', status: 422, times: 1 });
    const first = await runAction({
      apiUrl: emu.url,
      eventName: 'schedule',
      now: DEMO_NOW,
      inputs: { mode: 'open' },
    });
    expect(first.exitCode).toBe(1);
    const [discussion] = retros();
    if (!discussion) throw new Error('no discussion');
    expect(commentsOf(discussion.id)).toHaveLength(0);
    expect(decodeState(discussion.body)?.surveyThreads).toEqual({});

    const second = await scheduled();
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain('Completed an interrupted opening');
    expect(retros()).toHaveLength(1);
    const comments = commentsOf(discussion.id);
    expect(comments).toHaveLength(4);
    expect(Object.keys(decodeState(retros()[0]?.body ?? '')?.surveyThreads ?? {})).toEqual([
      'went-well',
      'could-improve',
      'puzzles',
      'shout-outs',
    ]);
  });

  it('adopts the survey threads of a run that was killed before recording them', async () => {
    emu.faults.add({ match: 'graphql:UpdateDiscussion', kind: 'status', status: 422, times: 1 });
    expect((await scheduled()).exitCode).toBe(1);
    const [discussion] = retros();
    if (!discussion) throw new Error('no discussion');
    expect(commentsOf(discussion.id)).toHaveLength(4);
    expect(decodeState(discussion.body)?.surveyThreads).toEqual({});
    const seen = emu.requests.length;

    const run = await scheduled();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('recorded 4 existing ones');
    expect(writes(emu.requests.slice(seen)).map((r) => r.operation)).toEqual(['UpdateDiscussion']);
    expect(commentsOf(discussion.id)).toHaveLength(4);
    expect(Object.values(decodeState(discussion.body)?.surveyThreads ?? {})).toEqual(
      commentsOf(discussion.id).map((c) => c.nodeId),
    );
  });

  it('adopts survey threads that exist but are missing from the state', async () => {
    expect((await scheduled()).exitCode).toBe(0);
    const [discussion] = retros();
    if (!discussion) throw new Error('no discussion');
    // Forget two threads, as a run killed between the comments and the state update would leave it.
    const state = decodeState(discussion.body);
    if (!state) throw new Error('no state');
    const { puzzles: _p, 'shout-outs': _s, ...kept } = state.surveyThreads;
    const { withState } = await import('../../src/domain/state.ts');
    discussion.body = withState(discussion.body, { ...state, surveyThreads: kept });
    const seen = emu.requests.length;

    const run = await scheduled();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes(emu.requests.slice(seen)).map((r) => r.operation)).toEqual(['UpdateDiscussion']);
    expect(commentsOf(discussion.id)).toHaveLength(4);
    expect(decodeState(discussion.body)?.surveyThreads).toEqual(state.surveyThreads);
  });
});

describe('a scheduled run 47 hours after the hotfix', () => {
  it('opens none and says when it will', async () => {
    const run = await scheduled(AT_47H);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(retros()).toHaveLength(0);
    expect(writes(emu.requests)).toEqual([]);
    // v1.4.1 was published at 2026-03-16 11:00 UTC; 48 hours later is 2026-03-18 11:00 UTC.
    expect(run.stdout).toContain('v1.4.0: not ready for its retrospective yet.');
    expect(run.stdout).toContain('It opens on the first scheduled run after 2026-03-18 11:00 UTC.');
    expect(run.summary).toContain(
      'No release has matured yet; the next one is ready from 2026-03-18 11:00 UTC.',
    );
    expect(run.summary).toContain('| [v1.4.0](https://github.com/acme/shop/releases/tag/v1.4.0) |');
  });
});

describe('workflow_dispatch with a tag', () => {
  it('in dry-run prints the full body and the survey comments and creates nothing', async () => {
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'workflow_dispatch',
      now: AT_47H,
      inputs: { tag: 'v1.4.1', 'dry-run': 'true' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(retros()).toHaveLength(0);
    expect(writes(emu.requests)).toEqual([]);
    expect(run.stdout).toContain('[dry-run] would create discussion on acme/shop: "Retrospective: v1.4.0"');
    expect(run.stdout).toContain('## How to take part');
    expect(run.stdout).toContain('<!-- release-retro:survey:shout-outs -->');
    expect(run.summary).toContain('**Dry run:** nothing was created.');
    expect(run.outputs['release-tag']).toBe('v1.4.0');
    expect(run.outputs['discussion-url']).toBe('');
  });

  it('opens the retrospective of a hotfix tag now, before it matures, keyed by the train', async () => {
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'workflow_dispatch',
      now: AT_47H,
      inputs: { tag: 'v1.4.1' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(retros().map((d) => d.title)).toEqual(['Retrospective: v1.4.0']);
    expect(run.stdout).toContain('v1.4.0 has not matured yet (');
    expect(run.stdout).toContain('opening it now because its tag was given.');
    const again = await runAction({
      apiUrl: emu.url,
      eventName: 'workflow_dispatch',
      now: AT_47H,
      inputs: { tag: 'v1.4.0' },
    });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('already exists');
    expect(retros()).toHaveLength(1);
  });
});

describe('bad input', () => {
  const errors = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
      .join('\n');

  it('lists the categories when the configured one does not exist', async () => {
    const run = await scheduled(DEMO_NOW, { inputs: { 'discussion-category': 'retros' } });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toContain('The discussion category "retros" does not exist in acme/shop');
    expect(errors(run.stdout)).toContain(
      '"Announcements" (announcements), "General" (general), "Retrospectives" (retrospectives)',
    );
    expect(writes(emu.requests)).toEqual([]);
  });

  it('says how to enable discussions when they are disabled', async () => {
    const repo = emu.state.repo('acme', 'shop');
    if (!repo) throw new Error('no repo');
    repo.hasDiscussions = false;
    const run = await scheduled();
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toContain(
      "Discussions are disabled in acme/shop. Enable them in the repository's Settings",
    );
  });

  it('names the discussions: write permission when the token lacks it', async () => {
    const repo = emu.state.repo('acme', 'shop');
    if (!repo) throw new Error('no repo');
    delete repo.roles['github-actions[bot]'];
    const run = await scheduled();
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toContain('the token lacks the "discussions: write" permission');
    expect(retros()).toHaveLength(0);
  });
});

describe('dist/cli.js preview', () => {
  it('prints the markdown the retrospective would have, read-only', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      ['dist/cli.js', 'preview', '--repo', 'acme/shop', '--tag', 'v1.4.0', '--api-url', emu.url],
      {
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_TOKEN: 'ghs_emulator_default',
          RELEASE_RETRO_NOW: DEMO_NOW,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Retrospective: v1\.4\.0\n\n## Why we are here/);
    expect(stdout).toContain('<!-- release-retro:survey:shout-outs -->');
    expect(writes(emu.requests)).toEqual([]);
    expect(await expectMermaidToParse(stdout)).toEqual(['gantt', 'xychart']);
  });

  it('explains bad arguments', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['dist/cli.js', 'preview', '--repo', 'acme'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--tag is required');
  });
});
