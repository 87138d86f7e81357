/**
 * The open stage in-process against the emulator's demo: follow-up of the previous retrospective's action
 * items and trends, preview, a user's own template, and the scheduler's reasons.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { loadConfig } from '../../src/config/load.ts';
import { type ActionItem, decodeState, withState } from '../../src/domain/state.ts';
import { openRetrospective, previewRetrospective, waitingOf } from '../../src/retro/open/index.ts';
import { emulatorContext } from '../emulator-context.ts';

let emu: Emulator | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await emu?.close();
  emu = undefined;
});

function emulator(): Emulator {
  if (!emu) throw new Error('no emulator');
  return emu;
}

function retro(tag: string) {
  const found = emulator().state.discussions.find((d) => decodeState(d.body)?.tag === tag);
  if (!found) throw new Error(`no retrospective for ${tag}`);
  return found;
}

function issueNumber(title: string): number {
  const issue = emulator().state.issues.find((i) => i.title === title);
  if (!issue) throw new Error(`no issue ${title}`);
  return issue.number;
}

const item = (id: string, overrides: Partial<ActionItem>): ActionItem => ({
  id,
  title: `Action ${id}`,
  owner: 'maya',
  due: '2026-03-10',
  priority: 'P2',
  labels: [],
  proposer: 'lee',
  sourceCommentId: `DC_${id}`,
  sourceCommentUrl: `https://github.com/acme/shop/discussions/1#discussioncomment-${id}`,
  votes: 1,
  status: 'created',
  decidedBy: 'maya',
  issueNumber: null,
  issueUrl: null,
  ...overrides,
});

describe('opening with a previous retrospective', () => {
  beforeEach(async () => {
    emu = await startEmulator({ scenario: 'demo' });
  });

  it("shows the previous retrospective's action items with their status now, and trends against its metrics", async () => {
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW });
    await openRetrospective(ctx, 'v1.3.0');
    const previous = retro('v1.3.0');
    const state = decodeState(previous.body);
    if (!state) throw new Error('no state');
    const closed = issueNumber('Search misses accented words');
    const open = issueNumber('Delivery estimate shows yesterday for some zones');
    const url = (n: number) => `https://github.com/acme/shop/issues/${n}`;
    previous.body = withState(previous.body, {
      ...state,
      // Earlier than the v1.4.0 retrospective, and a slower lead time, so the arrow points down and is better.
      openedAt: '2026-02-28T12:00:00.000Z',
      metrics: { ...state.metrics, leadTimeHours: 400 },
      items: [
        item('A1', { title: 'Add accent folding to search', issueNumber: closed, issueUrl: url(closed) }),
        item('A2', {
          title: 'Fix zone dates',
          owner: 'sam',
          due: '2026-03-15',
          issueNumber: open,
          issueUrl: url(open),
        }),
        item('A3', { title: 'Write the rollback runbook', status: 'accepted', due: '2026-04-01' }),
        item('A4', { title: 'Never decided', status: 'proposed' }),
        item('A5', { title: 'Rejected idea', status: 'rejected' }),
      ],
    });

    const result = await openRetrospective(ctx, 'v1.4.0');
    const body = retro('v1.4.0').body;
    const followUp = body.slice(body.indexOf('## Follow-up'), body.indexOf('## The data'));
    expect(followUp).toContain(
      `From [the v1.3.0 retrospective](https://github.com/acme/shop/discussions/${previous.number}):`,
    );
    expect(followUp).toContain('1 done, 0 open, 1 overdue, 1 not tracked.');
    expect(followUp).toMatch(
      /\| \[A1 #\d+\]\([^)]+\) \| Add accent folding to search \| @\u200Bmaya \| 2026-03-10 \| ✅ done \| closed 2026-03-12 \|/,
    );
    expect(followUp).toMatch(
      /\| Fix zone dates \| @\u200Bsam \| 2026-03-15 \| ⏰ overdue \| 3 days overdue \|/,
    );
    expect(followUp).toContain(
      '| A3 | Write the rollback runbook | @\u200Bmaya | 2026-04-01 | 📝 not tracked |',
    );
    expect(followUp).not.toContain('Never decided');
    expect(followUp).not.toContain('Rejected idea');
    // Lead time compares with the previous retrospective's snapshot.
    expect(body).toMatch(
      /\| Lead time for changes \| \*\*[^|]+\*\* \| release cycle, [^|]+ \| [^|]+ \| ↓ better \(was 16 d 16 h in v1\.3\.0\) \|/,
    );
    expect(decodeState(body)?.previousTag).toBe('v1.3.0');
    expect(result.summary).toContain('#### Follow-up from the last retrospective');
  });
});

describe('resuming an interrupted opening', () => {
  beforeEach(async () => {
    emu = await startEmulator({ scenario: 'demo' });
  });

  it("adopts only the action's own survey comments, never a forged marker", async () => {
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW });
    await openRetrospective(ctx, 'v1.4.0');
    const discussion = retro('v1.4.0');
    const state = decodeState(discussion.body);
    if (!state) throw new Error('no state');
    // Drop the thread of `puzzles` (its comment too) and plant a lookalike written by someone else.
    const puzzles = emulator().state.discussionComments.find((c) => c.nodeId === state.surveyThreads.puzzles);
    emulator().state.discussionComments = emulator().state.discussionComments.filter((c) => c !== puzzles);
    const id = emulator().state.nextId();
    emulator().state.discussionComments.push({
      id,
      nodeId: `DC_${id}`,
      discussionId: discussion.id,
      replyToId: null,
      author: 'troll',
      body: '<!-- release-retro:survey:puzzles -->\nanswer here instead',
      createdAt: DEMO_NOW,
      updatedAt: DEMO_NOW,
    });
    const { puzzles: _dropped, ...kept } = state.surveyThreads;
    discussion.body = withState(discussion.body, { ...state, surveyThreads: kept });

    const result = await openRetrospective(ctx, 'v1.4.1');
    expect(result.summary).toContain(
      'Completed an interrupted opening: created 1 missing survey threads (puzzles).',
    );
    const threads = decodeState(discussion.body)?.surveyThreads ?? {};
    expect(threads.puzzles).not.toBe(`DC_${id}`);
    const mine = emulator().state.discussionComments.find((c) => c.nodeId === threads.puzzles);
    expect(mine?.author).toBe('github-actions[bot]');
    expect(Object.keys(threads).sort()).toEqual(['could-improve', 'puzzles', 'shout-outs', 'went-well']);
  });
});

describe('preview', () => {
  beforeEach(async () => {
    emu = await startEmulator({ scenario: 'demo' });
  });

  it('returns and prints the markdown, and writes nothing', async () => {
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW, dryRun: true });
    const result = await previewRetrospective(ctx, 'v1.4.1');
    expect(result.summary).toMatch(/^# Retrospective: v1\.4\.0\n\n## Why we are here/);
    expect(result.summary).toContain('<!-- release-retro:survey:went-well -->');
    expect(ctx.lines).toContain(result.summary);
    expect(ctx.writes.intents).toEqual([]);
    expect(
      emulator().requests.filter((r) => r.operation && /^(Create|Add|Update)/.test(r.operation)),
    ).toEqual([]);
    expect(result.outputs['release-tag']).toBe('v1.4.0');
  });

  it('names the nearest tags for an unknown one', async () => {
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW, dryRun: true });
    await expect(previewRetrospective(ctx, 'v1.4')).rejects.toThrow(
      /No published release with tag "v1\.4".*Did you mean/,
    );
  });

  it('goes on without the index when discussions are disabled, and says so', async () => {
    const repo = emulator().state.repo('acme', 'shop');
    if (repo) repo.hasDiscussions = false;
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW, dryRun: true });
    const result = await previewRetrospective(ctx, 'v1.4.0');
    expect(result.summary).toContain('## How to take part');
    expect(ctx.lines.join('\n')).toContain('warning: Discussions are disabled in acme/shop.');
  });
});

describe("a user's own discussion template", () => {
  const config = (path: string) =>
    loadConfig(`templates:\n  discussion: ${path}\n  retrospective: ""\n`, '.github/release-retro.yml');

  it('is read from the repository through the contents API', async () => {
    emu = await startEmulator({
      scenario: 'demo',
      scenarioOptions: {
        files: {
          '.github/retro/discussion.md.ejs':
            '## Our retro of <%= tag %>\n\n<%- blocks.dora %>\n\n<%- blocks.actionItems %>\n',
        },
      },
    });
    const ctx = emulatorContext(emulator(), {
      now: DEMO_NOW,
      config: config('.github/retro/discussion.md.ejs'),
    });
    await openRetrospective(ctx, 'v1.4.0');
    const body = retro('v1.4.0').body;
    expect(body).toMatch(/^## Our retro of v1\.4\.0\n\n\| Metric \|/);
    expect(body).toContain('<!-- release-retro:action-items:start -->');
  });

  it('fails clearly, before creating anything, when the file is missing', async () => {
    emu = await startEmulator({ scenario: 'demo' });
    const ctx = emulatorContext(emulator(), { now: DEMO_NOW, config: config('.github/missing.md.ejs') });
    await expect(openRetrospective(ctx, 'v1.4.0')).rejects.toThrow(
      'templates.discussion is ".github/missing.md.ejs", but there is no such file in acme/shop (default branch) or the workspace.',
    );
    expect(emulator().state.discussions.filter((d) => d.author === 'github-actions[bot]')).toEqual([]);
  });
});

describe('waitingOf', () => {
  const train = {
    release: { tag: 'v2.0.0', url: 'https://github.com/acme/shop/releases/tag/v2.0.0' },
  } as Parameters<typeof waitingOf>[0]['train'];

  it('is ready when the last failing gate passes', () => {
    const w = waitingOf({
      train,
      maturity: {
        matured: false,
        gates: [
          {
            name: 'age',
            passed: false,
            reason: 'published 40 h ago.',
            passesAt: '2026-03-18T20:00:00.000Z',
            evidence: [],
          },
          {
            name: 'production-deployments',
            passed: false,
            reason: 'a deployment failed.',
            passesAt: '2026-03-19T08:00:00.000Z',
            evidence: [],
          },
          { name: 'open-incidents', passed: true, reason: 'none open.', passesAt: null, evidence: [] },
        ],
      },
    });
    expect(w).toEqual({
      tag: 'v2.0.0',
      url: 'https://github.com/acme/shop/releases/tag/v2.0.0',
      reason: 'published 40 h ago. a deployment failed.',
      readyAt: '2026-03-19T08:00:00.000Z',
    });
  });

  it('has no time when it waits on people', () => {
    const w = waitingOf({
      train,
      maturity: {
        matured: false,
        gates: [
          {
            name: 'open-incidents',
            passed: false,
            reason: '#3 is still open.',
            passesAt: null,
            evidence: [],
          },
        ],
      },
    });
    expect(w.readyAt).toBeNull();
  });
});
