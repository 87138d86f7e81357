/**
 * The charts of the data review tell the release's story: the deployment timeline is zoomed on the
 * observation period and coloured by outcome with a caption that names the colours it uses, counts sit on
 * whole-number axes, the lead-time chart measures what the metric measures, and the trend charts appear once
 * three retrospectives of the line measured a key. Every chart is parsed with Mermaid's own parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../src/collect/types.ts';
import { leadTimeSamples } from '../../src/metrics/index.ts';
import { renderLeadTime, renderTimeline, timelineSpan } from '../../src/render/data-summary.ts';
import { countAxisMax, countChart } from '../../src/render/mermaid.ts';
import { MIN_TREND_POINTS, renderTrends } from '../../src/render/trends.ts';
import { HISTORY, metrics, releaseData } from './fixtures/retro-fixture.ts';
import {
  expectMermaidToParse,
  expectStoryVisible,
  type GanttTaskDb,
  ganttTasksOf,
  mermaidBlocks,
  mermaidDiagram,
} from './mermaid-parse.ts';

const at = (iso: string) => new Date(iso);

/** The fixture with a failed deployment and earlier history weeks before the release. */
function storyData(): ReleaseData {
  const data = releaseData();
  if (data.deployments.status !== 'ok') throw new Error('fixture has deployments');
  const first = data.deployments.data[0];
  if (!first) throw new Error('fixture has deployments');
  const early = {
    ...first,
    id: 1,
    environment: 'production',
    ref: 'v1.3.0',
    sha: 'b5b0dd0aaaa',
    createdAt: '2026-02-26T12:00:00Z',
    statuses: [{ state: 'success' as const, createdAt: '2026-02-26T12:10:00Z' }],
    isRollback: false,
    isRedeploy: false,
    isProduction: true,
  };
  const failed = {
    ...early,
    id: 2,
    environment: 'staging',
    ref: 'main',
    createdAt: '2026-03-08T12:00:00Z',
    statuses: [{ state: 'failure' as const, createdAt: '2026-03-08T12:10:00Z' }],
    isProduction: false,
  };
  return { ...data, deployments: { status: 'ok', data: [early, failed, ...data.deployments.data] } };
}

describe('the deployment timeline', () => {
  it('is zoomed on the observation period, and the deploy → rollback → hotfix story is legible', async () => {
    const data = storyData();
    const out = renderTimeline(data);
    await expectMermaidToParse(out);
    const tasks = await ganttTasksOf(out);
    // v1.4.0 live at 01:10, rolled back at 04:10, v1.4.1 live at 11:10.
    expectStoryVisible(tasks, { from: at('2026-03-16T01:10:00Z'), to: at('2026-03-16T11:10:00Z') });
    // The weeks before are summarised, not drawn: the chart starts a tenth of the observation period early.
    const span = timelineSpan(data);
    expect(Math.min(...tasks.map((t) => t.startTime.getTime()))).toBe(span.from.getTime());
    expect(out).toContain('Earlier in the release cycle, before 2026-03-15 19:06 UTC: 2 deployments');
    expect(out).toContain('1 failed');
    expect(tasks.some((t) => t.task.includes('main'))).toBe(false);
  });

  it('colours each outcome as it happened and says so in the caption', async () => {
    const out = renderTimeline(storyData());
    const tasks = await ganttTasksOf(out);
    const production = tasks.filter((t) => t.section === 'production');
    const style = (t: GanttTaskDb) =>
      t.crit ? 'crit' : t.done ? 'done' : t.active ? 'active' : t.milestone ? 'milestone' : 'plain';
    expect(production.map((t) => [t.task.trim(), style(t)])).toEqual([
      ['v1.3.0 since 02-26', 'done'],
      ['v1.4.0 (rolled back)', 'crit'],
      ['v1.3.0 (rollback)', 'plain'],
      ['v1.4.1', 'done'],
    ]);
    // A bar shows what was live: the rolled-back v1.4.0 from its success until the rollback's success.
    expect(production[1]?.startTime.toISOString()).toBe('2026-03-16T01:10:00.000Z');
    expect(production[1]?.endTime.toISOString()).toBe('2026-03-16T04:10:00.000Z');
    expect(tasks.filter((t) => t.section === 'incidents').every((t) => t.crit)).toBe(true);
    expect(tasks.filter((t) => t.section === 'releases').map((t) => [t.task.trim(), t.milestone])).toEqual([
      ['v1.4.0 published', true],
      ['v1.4.1 hotfix published', true],
    ]);
    // The caption names exactly the colours on the chart: no promise of a colour that is not there.
    expect(out).toContain(
      '_🟩 succeeded · 🟥 rolled back, incident (opened → closed) · 🟦 rollback (an older version put back) · ◆ release published.',
    );
    expect(out).not.toContain('🟨');
  });

  it('draws a failed deployment as failed, and one still in progress as such', async () => {
    const data = releaseData();
    if (data.deployments.status !== 'ok') throw new Error('fixture has deployments');
    const base = data.deployments.data[1];
    if (!base) throw new Error('fixture has a production deployment');
    const deployments = [
      {
        ...base,
        id: 90,
        createdAt: '2026-03-17T01:00:00Z',
        statuses: [{ state: 'error' as const, createdAt: '2026-03-17T01:05:00Z' }],
      },
      {
        ...base,
        id: 91,
        createdAt: '2026-03-17T02:00:00Z',
        statuses: [{ state: 'in_progress' as const, createdAt: '2026-03-17T02:01:00Z' }],
      },
    ];
    const out = renderTimeline({ ...data, deployments: { status: 'ok', data: deployments } });
    const tasks = await ganttTasksOf(out);
    expect(
      tasks
        .filter((t) => t.section === 'production')
        .map((t) => [t.task.trim(), Boolean(t.crit), Boolean(t.active)]),
    ).toEqual([
      ['v1.4.0 failed', true, false],
      ['v1.4.0 in progress', false, true],
    ]);
    expect(out).toContain('🟥 failed, incident (opened → closed) · 🟨 still in progress');
  });
});

describe('counts on whole-number axes', () => {
  it('puts the top of a count axis where every tick is a whole number', () => {
    // Mermaid draws about ten ticks in steps of 1, 2 or 5 × 10ⁿ: from a range of 10 up, every step is whole.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (largest) => {
        const top = countAxisMax(largest);
        expect(top).toBeGreaterThanOrEqual(Math.max(10, largest));
        expect(top % 10).toBe(0);
        expect(top - largest).toBeLessThan(10);
      }),
    );
  });

  it('writes the range on the chart, and the chart parses', async () => {
    const out = countChart(
      [
        { label: 'a', count: 1 },
        { label: 'b', count: 3 },
      ],
      'Counts',
      'changes',
    );
    expect(out).toContain('y-axis "changes" 0 --> 10');
    await expectMermaidToParse(out);
    const diagram = await mermaidDiagram(mermaidBlocks(out)[0] ?? '');
    const chart = (
      diagram.db as { getXYChartData(): { yAxis: { min: number; max: number } } }
    ).getXYChartData();
    expect([chart.yAxis.min, chart.yAxis.max]).toEqual([0, 10]);
  });
});

describe('the lead-time chart', () => {
  it('counts each change by the lead time the metric measures, and its caption says to what', async () => {
    // The production deployments carry the train tags, whose commits are the last of each segment.
    const fixture = releaseData();
    if (fixture.changes.status !== 'ok' || fixture.deployments.status !== 'ok') throw new Error('fixture');
    const commits = fixture.changes.data.commits;
    const lastOf = (tag: string) => commits.filter((c) => c.releaseTag === tag).at(-1)?.sha ?? '';
    const data: ReleaseData = {
      ...fixture,
      changes: {
        status: 'ok',
        data: {
          ...fixture.changes.data,
          tagCommits: { 'v1.4.0': lastOf('v1.4.0'), 'v1.4.1': lastOf('v1.4.1') },
        },
      },
      deployments: {
        status: 'ok',
        data: fixture.deployments.data.map((d) => ({
          ...d,
          releaseTag: d.isRollback ? null : d.ref,
        })),
      },
    };
    const out = renderLeadTime(data, metrics());
    await expectMermaidToParse(out);
    const samples = leadTimeSamples(data);
    expect(samples.every((s) => s.via === 'deployment')).toBe(true);
    const bars = /bar \[([^\]]*)\]/.exec(out)?.[1]?.split(', ').map(Number) ?? [];
    expect(bars.reduce((a, b) => a + b, 0)).toBe(samples.length);
    expect(out).toContain('to the first successful production deployment containing it');
    expect(out).not.toContain('publication of the release');
  });

  it('says when lead times end at the publish because no deployment contains the changes', () => {
    const data = { ...releaseData(), deployments: { status: 'ok' as const, data: [] } };
    const out = renderLeadTime(data, metrics());
    expect(out).toContain('to the publish of the release containing it');
  });
});

describe('the trend charts', () => {
  it('appear once three retrospectives of the line measured a key, oldest first, each point with its unit', async () => {
    const out = renderTrends(metrics(), 'v1.4.0', HISTORY);
    const types = await expectMermaidToParse(out);
    expect(types).toEqual(['xychart', 'xychart', 'xychart', 'xychart']);
    expect(out).toContain(
      'x-axis ["v1.1.0 (17 d 12 h)", "v1.2.0 (14 d 14 h)", "v1.3.0 (13 d)", "v1.4.0 (1 d 22 h)"]',
    );
    expect(out).toContain('title "Change failure rate (percent)"');
    expect(out).toContain('y-axis "percent" 0 --> 100');
    // v1.2.0 did not measure time to restore: its chart has the three retrospectives that did.
    expect(out).toContain('x-axis ["v1.1.0 (1 d 6 h)", "v1.3.0 (2.5 h)", "v1.4.0 (8.3 h)"]');
  });

  it('are left out with fewer than three retrospectives', () => {
    expect(MIN_TREND_POINTS).toBe(3);
    expect(renderTrends(metrics(), 'v1.4.0', HISTORY.slice(-1))).toBe('');
    expect(renderTrends(metrics(), 'v1.4.0', [])).toBe('');
  });
});
