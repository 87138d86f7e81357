/**
 * Finalize and remind in-process against the emulator: the exact issues, labels, milestones, board fields,
 * document, closing comment; idempotence; one failing item not stopping the others; reminders.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { decodeState } from '../../src/domain/state.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { autoFinalize, finalizeDiscussion, finalizeRetrospective } from '../../src/retro/finalize/index.ts';
import { previousItemsStatus, remindOverdue } from '../../src/retro/remind/index.ts';
import { emulatorContext, loadRetro } from './context.ts';
import { FOUR_ITEMS, seedRetro } from './seed.ts';

const CONFIG = `
project:
  url: https://github.com/orgs/acme/projects/1
publish:
  mode: commit
  link-in-release: true
stakeholders: [maya, acme/release-managers]
`;

let emu: Emulator;
beforeEach(async () => {
  // CONFIG publishes with a commit and links the release: the documented block plus contents: write.
  emu = await startEmulator({
    scenario: 'demo',
    permissions: requiredPermissions({ mode: 'commit', linkInRelease: true }),
  });
});
afterEach(async () => {
  await emu.close();
});

const retroIssues = () => emu.state.issues.filter((i) => i.labels.includes('retro-action'));
const milestoneTitle = (n: number | null) => emu.state.milestones.find((m) => m.number === n)?.title ?? null;

function boardValues(issueId: number): Record<string, string> {
  const item = emu.state.projectItems.find((i) => i.contentId === issueId);
  if (!item) return {};
  const out: Record<string, string> = {};
  for (const v of emu.state.projectFieldValues.filter((x) => x.itemId === item.id)) {
    const field = emu.state.projectFields.find((f) => f.id === v.fieldId);
    if (!field) continue;
    out[field.name] =
      v.date ??
      v.text ??
      field.options.find((o) => o.id === v.singleSelectOptionId)?.name ??
      String(v.number);
  }
  return out;
}

describe('finalize against the emulator', () => {
  it('turns four accepted items into issues, fills the board, publishes and closes; a second run creates nothing', async () => {
    const retro = seedRetro(emu);
    const ctx = emulatorContext(emu, { configYaml: CONFIG, projectToken: 'ghp_projects' });
    const result = await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));

    // Priority order (P0, P1, then default P2 by votes), one issue each, owner assigned, monthly milestones.
    expect(
      retroIssues().map((i) => ({
        title: i.title,
        labels: i.labels,
        assignees: i.assignees,
        milestone: milestoneTitle(i.milestone),
        author: i.author,
      })),
    ).toEqual([
      {
        title: 'Page on checkout error rate',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P0'],
        assignees: ['ana'],
        milestone: 'Retro actions 2026-03',
        author: 'github-actions[bot]',
      },
      {
        title: 'Add a migration check to CI',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P1', 'ci'],
        assignees: ['sam'],
        milestone: 'Retro actions 2026-04',
        author: 'github-actions[bot]',
      },
      {
        title: 'Write the rollback runbook | with `code` @kim',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P2'],
        assignees: ['lee'],
        milestone: 'Retro actions 2026-04',
        author: 'github-actions[bot]',
      },
      {
        title: 'Canary releases for checkout',
        labels: ['retro-action', 'retro:v1.4.0', 'priority:P2', 'infra'],
        assignees: ['maya'],
        milestone: 'Retro actions 2026-05',
        author: 'github-actions[bot]',
      },
    ]);
    const [a2, a1] = retroIssues();
    expect(a1?.body).toContain('<!-- retro:v1.4.0:A1 -->');
    expect(a1?.body).toContain('<!-- retro-due:2026-04-10 -->');
    expect(a1?.body).toContain('### Acceptance criteria\n\n> CI fails when a migration lacks a guard.');
    expect(a2?.body).toContain('| Owner | @ana |');

    // Labels created with colour and description; milestones due on the last day of the month (same day on GitHub).
    const label = (name: string) => emu.state.labels.find((l) => l.repo === 'acme/shop' && l.name === name);
    expect(label('retro-action')).toMatchObject({
      color: '5319e7',
      description: 'An action item decided in a release retrospective',
    });
    expect(label('priority:P0')).toMatchObject({ color: 'b60205' });
    expect(
      emu.state.milestones.filter((m) => m.title.startsWith('Retro actions')).map((m) => [m.title, m.dueOn]),
    ).toEqual([
      ['Retro actions 2026-03', '2026-03-31T07:00:00Z'],
      ['Retro actions 2026-04', '2026-04-30T07:00:00Z'],
      ['Retro actions 2026-05', '2026-05-31T07:00:00Z'],
    ]);

    // The board: each issue once, Status/Due/Priority set by name.
    expect(retroIssues().map((i) => boardValues(i.id))).toEqual([
      { Status: 'Todo', Due: '2026-03-31', Priority: 'P0' },
      { Status: 'Todo', Due: '2026-04-10', Priority: 'P1' },
      { Status: 'Todo', Due: '2026-04-30', Priority: 'P2' },
      { Status: 'Todo', Due: '2026-05-15', Priority: 'P2' },
    ]);

    // The record: items created with their issues, finalized, closed as resolved, closing comment mentions stakeholders.
    const discussion = emu.state.discussions.find((d) => d.number === retro.number);
    expect(discussion).toMatchObject({ closed: true, stateReason: 'RESOLVED' });
    const state = decodeState(discussion?.body ?? '');
    expect(state?.status).toBe('finalized');
    expect(state?.retrospectivePath).toBe('docs/retrospectives/v1.4.0.md');
    expect(state?.items.filter((i) => i.status === 'created').map((i) => [i.id, i.issueNumber])).toEqual(
      ['A1', 'A2', 'A3', 'A4'].map((id) => [
        id,
        retroIssues().find((i) => i.body?.includes(`:${id} -->`))?.number,
      ]),
    );
    const closing = emu.state.discussionComments.filter((c) =>
      c.body.includes('<!-- release-retro:closing -->'),
    );
    expect(closing).toHaveLength(1);
    expect(closing[0]?.body).toContain('cc @maya @acme/release-managers');
    expect(state?.closingCommentId).toBe(`DC_${closing[0]?.id}`);

    // The document: workspace, committed, linked from the release notes; untrusted text escaped.
    const doc = readFileSync(result.outputs['retrospective-path'] as string, 'utf8');
    expect(doc).toMatch(/^---\ntag: v1.4.0\n/);
    expect(doc).toContain('&lt;!-- sneaky --&gt;');
    expect(doc).not.toContain('<!-- sneaky');
    expect(doc).toContain('@\u200Bkim');
    expect(emu.state.files['acme/shop']?.main?.['docs/retrospectives/v1.4.0.md']?.content).toBe(doc);
    expect(emu.state.releases.find((r) => r.tagName === 'v1.4.0')?.body).toContain(
      '<!-- release-retro:retrospective-link:start -->',
    );
    expect(JSON.parse(result.outputs.issues as string)).toHaveLength(4);
    expect(result.summary).toContain('## Action items');

    // A second finalize finds everything in place: nothing created, nothing changed but the board's idempotent add.
    const before = {
      issues: emu.state.issues.length,
      comments: emu.state.discussionComments.length,
      milestones: emu.state.milestones.length,
      labels: emu.state.labels.length,
      items: emu.state.projectItems.length,
      body: discussion?.body,
    };
    const again = emulatorContext(emu, { configYaml: CONFIG, projectToken: 'ghp_projects' });
    await finalizeDiscussion(again, await loadRetro(again, retro.number));
    expect({
      issues: emu.state.issues.length,
      comments: emu.state.discussionComments.length,
      milestones: emu.state.milestones.length,
      labels: emu.state.labels.length,
      items: emu.state.projectItems.length,
      body: emu.state.discussions.find((d) => d.number === retro.number)?.body,
    }).toEqual(before);
    expect(new Set(again.writes.intents.map((i) => i.action))).toEqual(new Set(['add to project']));
  });

  it('reports an unassignable owner and an unreachable board per item, finishes the rest, and fails at the end', async () => {
    const items = FOUR_ITEMS.slice(0, 4).map((item, i) => (i === 1 ? { ...item, owner: 'troll' } : item));
    const retro = seedRetro(emu, { items });
    const ctx = emulatorContext(emu, { configYaml: CONFIG, projectToken: null });
    const error = await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/A2: assignee: @troll cannot be assigned issues in acme\/shop/);
    // One line for the board, naming every item it hit, with the token advice once.
    expect(message).toMatch(
      /A2 \(issue #\d+\), A1 \(issue #\d+\), A3 \(issue #\d+\), A4 \(issue #\d+\): project: .*GITHUB_TOKEN cannot reach Projects \(v2\)/,
    );
    expect(message.match(/GITHUB_TOKEN cannot reach/g)).toHaveLength(1);
    expect((error as { partial?: { outputs: { issues: string } } }).partial?.outputs.issues).toBeDefined();
    expect(retroIssues()).toHaveLength(4);
    expect(retroIssues().find((i) => i.title === 'Page on checkout error rate')?.assignees).toEqual([]);

    // With a project token and an assignable owner, a re-run completes the rest without duplicating anything.
    const discussion = emu.state.discussions.find((d) => d.number === retro.number);
    expect(discussion?.closed).toBe(true);
    const state = decodeState(discussion?.body ?? '');
    if (!state || !discussion) throw new Error('no state');
    state.items = state.items.map((i) => (i.id === 'A2' ? { ...i, owner: 'ana' } : i));
    const { withState } = await import('../../src/domain/state.ts');
    discussion.body = withState(discussion.body, state);
    const rerun = emulatorContext(emu, { configYaml: CONFIG, projectToken: 'ghp_projects' });
    await finalizeDiscussion(rerun, await loadRetro(rerun, retro.number));
    expect(retroIssues()).toHaveLength(4);
    expect(retroIssues().find((i) => i.title === 'Page on checkout error rate')?.assignees).toEqual(['ana']);
    expect(emu.state.projectItems).toHaveLength(4);
  });

  it('keeps the discussion open when an issue cannot be created, and the next run creates only the rest', async () => {
    const retro = seedRetro(emu);
    emu.faults.add({ match: 'POST /repos/{owner}/{repo}/issues', kind: 'status', status: 422, times: 1 });
    const ctx = emulatorContext(emu, { configYaml: 'publish:\n  mode: none\n' });
    await expect(finalizeDiscussion(ctx, await loadRetro(ctx, retro.number))).rejects.toThrow(/A2: issue: /);
    expect(retroIssues()).toHaveLength(3);
    const discussion = emu.state.discussions.find((d) => d.number === retro.number);
    expect(discussion?.closed).toBe(false);
    expect(decodeState(discussion?.body ?? '')?.items.filter((i) => i.status === 'created')).toHaveLength(3);

    const rerun = emulatorContext(emu, { configYaml: 'publish:\n  mode: none\n' });
    await finalizeDiscussion(rerun, await loadRetro(rerun, retro.number));
    expect(retroIssues()).toHaveLength(4);
    expect(rerun.writes.intents.filter((i) => i.action === 'create issue')).toHaveLength(1);
    expect(emu.state.discussions.find((d) => d.number === retro.number)?.closed).toBe(true);
  });

  it('publishes through a pull request, reusing branch and pull request on re-runs', async () => {
    const retro = seedRetro(emu, { items: FOUR_ITEMS.slice(0, 1) });
    const config = 'publish:\n  mode: pull-request\n';
    // What publish: pull-request needs: its permissions and the repository setting (docs/permissions.md).
    emu.grant(requiredPermissions({ mode: 'pull-request', linkInRelease: false }));
    const repo = emu.state.repo('acme', 'shop');
    if (repo) repo.settings.actionsCanCreatePullRequests = true;
    const ctx = emulatorContext(emu, { configYaml: config });
    await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));
    const pulls = () => emu.state.pulls.filter((p) => p.head === 'release-retro/v1.4.0');
    expect(pulls()).toHaveLength(1);
    expect(
      emu.state.files['acme/shop']?.['release-retro/v1.4.0']?.['docs/retrospectives/v1.4.0.md'],
    ).toBeDefined();
    const again = emulatorContext(emu, { configYaml: config });
    await finalizeDiscussion(again, await loadRetro(again, retro.number));
    expect(pulls()).toHaveLength(1);
    expect(again.writes.intents).toEqual([]);
  });

  it('dry run sends no write and lists every intended one', async () => {
    const retro = seedRetro(emu);
    const ctx = emulatorContext(emu, { configYaml: CONFIG, projectToken: 'ghp_projects', dryRun: true });
    await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));
    expect(retroIssues()).toHaveLength(0);
    expect(emu.state.discussions.find((d) => d.number === retro.number)?.closed).toBe(false);
    expect(ctx.writes.intents.filter((i) => i.action === 'create issue')).toHaveLength(4);
  });
});

describe('auto-finalize', () => {
  it('finalizes open retros older than finalize-after-days, skips young and finalized ones, reviews the previous', async () => {
    const previous = seedRetro(emu, {
      tag: 'v1.3.0',
      items: FOUR_ITEMS.slice(0, 1),
      openedAt: '2026-02-20T12:00:00Z',
    });
    const config = 'publish:\n  mode: none\n';
    await finalizeRetrospective(emulatorContext(emu, { configYaml: config }), { tag: 'v1.3.0' });
    expect(emu.state.discussions.find((d) => d.number === previous.number)?.closed).toBe(true);

    const old = seedRetro(emu, {
      tag: 'v1.4.0',
      previousTag: 'v1.3.0',
      items: FOUR_ITEMS.slice(1, 2),
      openedAt: '2026-03-10T12:00:00Z',
    });
    const young = seedRetro(emu, {
      tag: 'v1.4.1',
      items: FOUR_ITEMS.slice(2, 3),
      openedAt: '2026-03-16T12:00:00Z',
    });
    const ctx = emulatorContext(emu, { configYaml: config });
    const result = await autoFinalize(ctx);
    const closed = (n: number) => emu.state.discussions.find((d) => d.number === n)?.closed;
    expect([closed(old.number), closed(young.number)]).toEqual([true, false]);
    expect(result.outputs['release-tag']).toBe('v1.4.0');
    const doc = readFileSync(result.outputs['retrospective-path'] as string, 'utf8');
    expect(doc).toMatch(
      /Reviewed from \[the v1\.3\.0 retrospective\]\(https:\/\/github\.com\/acme\/shop\/discussions\/\d+\):/,
    );
    expect(doc).toMatch(
      /\| \[A1\]\(https:\/\/github\.com\/acme\/shop\/issues\/\d+\) \| Add a migration check to CI \| \[sam\]\(https:\/\/github\.com\/sam\) \| 2026-04-10 \| open \(in progress\) \|/,
    );
    // The seed's snapshot has keys from before units were stored: lead time was in hours.
    expect(doc).toContain('| Lead time for changes | 1 d 3 h | 1 d 3 h |');
    // Nothing left to do on the next scheduled run.
    expect(await autoFinalize(emulatorContext(emu, { configYaml: config }))).toEqual({
      outputs: {},
      summary: '',
    });
  });
});

describe("a monorepo line's cards on a shared board", () => {
  it("set the board's line field to the line's name; a repository of one line leaves it alone", async () => {
    const retro = seedRetro(emu);
    // The demo board's text field "Notes" stands for the line field here.
    const lineConfig = `${CONFIG}\nline:\n  name: shop\n`.replace(
      'project:\n  url: https://github.com/orgs/acme/projects/1',
      'project:\n  url: https://github.com/orgs/acme/projects/1\n  fields:\n    line: Notes',
    );
    const ctx = emulatorContext(emu, { configYaml: lineConfig, projectToken: 'ghp_projects' });
    await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));
    const values = retroIssues().map((i) => boardValues(i.id));
    expect(values).toHaveLength(4);
    expect(values.every((v) => v.Notes === 'shop')).toBe(true);
  });
});

describe('reminders against the emulator', () => {
  it('reminds the owner of an overdue item once per remind-every-days', async () => {
    const retro = seedRetro(emu);
    const ctx = emulatorContext(emu, { configYaml: 'publish:\n  mode: none\n' });
    await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));
    const reminders = () =>
      emu.state.issueComments.filter((c) => c.body.includes('<!-- release-retro:reminder -->'));

    // Nothing is overdue on the day of finalizing.
    expect((await remindOverdue(emulatorContext(emu))).summary).toContain('_None');
    expect(reminders()).toHaveLength(0);

    // 2026-04-02: A2 (due 2026-03-31) is two days overdue.
    emu.clock.set('2026-04-02T09:00:00Z');
    const first = await remindOverdue(emulatorContext(emu, { now: '2026-04-02T09:00:00Z' }));
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]?.body).toMatch(
      /^<!-- release-retro:reminder -->\n@ana this action item from \[the v1\.4\.0 retrospective\]/,
    );
    expect(reminders()[0]?.body).toContain('was due on **2026-03-31** (2 days ago)');
    expect(first.summary).toContain('reminded now');

    // Within remind-every-days (7): no second reminder, still listed as overdue.
    emu.clock.set('2026-04-05T09:00:00Z');
    const second = await remindOverdue(emulatorContext(emu, { now: '2026-04-05T09:00:00Z' }));
    expect(reminders()).toHaveLength(1);
    expect(second.summary).toContain('reminded 2026-04-02');

    // After it: A2 again, and A1 (due 2026-04-10) for the first time; a closed item never.
    const a2 = retroIssues().find((i) => i.title === 'Page on checkout error rate');
    if (a2) a2.state = 'closed';
    emu.clock.set('2026-04-12T09:00:00Z');
    await remindOverdue(emulatorContext(emu, { now: '2026-04-12T09:00:00Z' }));
    expect(reminders().map((c) => c.issueNumber)).toEqual([a2?.number, retroIssues()[1]?.number]);

    // The next retrospective's review: done, overdue, open.
    const status = await previousItemsStatus(
      emulatorContext(emu, { now: '2026-04-12T09:00:00Z' }),
      (await loadRetro(ctx, retro.number)).state,
    );
    expect(status.map((s) => [s.item.id, s.status])).toEqual([
      ['A1', 'overdue'],
      ['A2', 'done'],
      ['A3', 'open'],
      ['A4', 'open'],
    ]);
  });

  it("reminds a release line only of its own retrospectives' items", async () => {
    const retro = seedRetro(emu);
    const ctx = emulatorContext(emu, { configYaml: 'publish:\n  mode: none\n' });
    await finalizeDiscussion(ctx, await loadRetro(ctx, retro.number));
    const reminders = () =>
      emu.state.issueComments.filter((c) => c.body.includes('<!-- release-retro:reminder -->'));
    emu.clock.set('2026-04-12T09:00:00Z');
    const line = (name: string, pattern: string) =>
      emulatorContext(emu, {
        now: '2026-04-12T09:00:00Z',
        configYaml: `line:\n  name: ${name}\nreleases:\n  tag-pattern: "${pattern}"\n`,
      });

    // The web line's run: the v1.4.0 items are another line's, overdue or not.
    const web = await remindOverdue(line('web', 'web-v*'));
    expect(reminders()).toHaveLength(0);
    expect(web.summary).toContain('_None');

    // The line whose tags are v*: its two overdue items (A1 due 2026-04-10, A2 due 2026-03-31).
    const shop = await remindOverdue(line('shop', 'v*'));
    expect(reminders()).toHaveLength(2);
    expect(shop.summary).toContain('reminded now');
  });
});
