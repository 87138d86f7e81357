/** The organisation report's figures and rendering, from hand-made results (pure; no GitHub). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { ORG_REPORT_MARKER, renderOrgReport } from '../../src/org/render.ts';
import { buildReport, outcomeOf } from '../../src/org/report.ts';
import { readResults } from '../../src/org/report-stage.ts';
import type { ItemResult, RepositoryResult } from '../../src/org/result.ts';
import { GITHUB_BODY_LIMIT } from '../../src/render/markdown.ts';
import { expectMermaidToParse } from '../render/mermaid-parse.ts';

const NOW = new Date('2026-06-30T12:00:00Z');
const item = (over: Partial<ItemResult>): ItemResult => ({
  id: 'A1',
  title: 'Add a canary',
  owner: 'pia',
  due: '2026-06-10',
  issueUrl: 'https://github.com/acme/a/issues/1',
  state: 'open',
  closedAt: null,
  ...over,
});

function result(
  repository: string,
  team: string,
  items: ItemResult[],
  metrics: Record<string, number>[] = [],
): RepositoryResult {
  return {
    version: 1,
    repository,
    team,
    generatedAt: NOW.toISOString(),
    retrospectives: (metrics.length > 0 ? metrics : [{}]).map((m, i) => ({
      tag: `v1.${i}.0`,
      url: `https://github.com/${repository}/discussions/${i + 1}`,
      status: 'finalized',
      openedAt: `2026-0${i + 1}-01T00:00:00Z`,
      metrics: m,
      items: i === 0 ? items : [],
    })),
  };
}

describe('outcomeOf', () => {
  it('counts a close on the due day as on time, the day after as late, and an open item by its due day', () => {
    expect(outcomeOf(item({ state: 'closed', closedAt: '2026-06-10T23:59:00Z' }), NOW)).toBe('on-time');
    expect(outcomeOf(item({ state: 'closed', closedAt: '2026-06-11T00:00:01Z' }), NOW)).toBe('late');
    expect(outcomeOf(item({ due: '2026-06-30' }), NOW)).toBe('open');
    expect(outcomeOf(item({ due: '2026-06-29' }), NOW)).toBe('overdue');
    expect(outcomeOf(item({ due: null }), NOW)).toBe('open');
    expect(outcomeOf(item({ state: 'untracked', due: '2026-01-01', issueUrl: null }), NOW)).toBe('overdue');
  });
});

describe('buildReport and renderOrgReport', () => {
  const results = [
    result(
      'acme/b',
      'web',
      [
        item({ due: '2026-05-01', owner: 'quin' }),
        item({ id: 'A2', state: 'closed', closedAt: '2026-06-01T00:00:00Z' }),
      ],
      [
        { leadTime: 30, changeFailureRate: 10 },
        { leadTime: 20, changeFailureRate: 20 },
      ],
    ),
    result('acme/a', 'api', [item({ due: '2026-06-01' }), item({ id: 'A2', due: '2026-07-30' })]),
  ];
  const report = buildReport(results, NOW);

  it('counts by team and repository, oldest overdue first, DORA with the trend against the retrospective before', () => {
    expect(report.total).toEqual({ onTime: 1, late: 0, open: 1, overdue: 2, total: 4 });
    expect(report.byTeam.map(([t]) => t)).toEqual(['api', 'web']);
    expect(report.oldestOverdue.map((o) => [o.repository, o.due, o.daysOverdue, o.owner])).toEqual([
      ['acme/b', '2026-05-01', 60, 'quin'],
      ['acme/a', '2026-06-01', 29, 'pia'],
    ]);
    expect(report.dora).toHaveLength(1);
    expect(report.dora[0]?.metrics.leadTime).toEqual({ value: 20, previous: 30 });
  });

  it('reads unit-named snapshots, compares only in one unit, and never guesses an old frequency’s unit', () => {
    const mixed = buildReport(
      [
        result(
          'acme/c',
          'web',
          [item({ due: '2026-07-30' })],
          [
            // Before units were stored: 14 deploys, per day or per week (unknown).
            { leadTime: 50, deploymentFrequency: 14 },
            { leadTimeHours: 25, deploymentFrequencyPerWeek: 10.5 },
          ],
        ),
        result('acme/d', 'web', [item({ due: '2026-07-30' })], [{ deploymentFrequency: 2, leadTime: 3 }]),
      ],
      NOW,
    );
    const [c, d] = mixed.dora;
    expect(c?.metrics.deploymentFrequency).toEqual({ value: 10.5, previous: null });
    expect(c?.metrics.leadTime).toEqual({ value: 25, previous: 50 });
    expect(d?.metrics.deploymentFrequency).toEqual({ value: null, previous: null, unrecorded: 2 });
    const { body } = renderOrgReport(mixed, 'Report');
    // 10.5 a week is 1.5 a day; no arrow against the old figure.
    expect(body).toContain('| 1.5 / day | 1 d 1 h ↓ better | — | — |');
    expect(body).toContain('| 2 (unit not recorded) | 3 h | — | — |');
  });

  it('renders tables, Mermaid that parses, and the marker that finds it again; mentions do not notify', async () => {
    const { body } = renderOrgReport(report, 'Report');
    expect(body).toContain('| web | 1 | 0 | 0 | 1 | 2 | 50 % |');
    expect(body).toContain(
      '| acme/b | [v1.1.0](https://github.com/acme/b/discussions/2) | — | 20 h ↓ better | 20 % ↑ worse | — |',
    );
    expect(body).toContain(ORG_REPORT_MARKER);
    expect(body).not.toMatch(/(^|[^\u200B])@quin/);
    expect(await expectMermaidToParse(body)).toEqual(['pie', 'xychart']);
  });
});

describe('a report over more than one matrix of repositories', () => {
  it('counts 600 repositories from three chunks and keeps the body within GitHub’s limit', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      result(
        `acme/svc-${i + 1}`,
        `team-${i % 7}`,
        [item({ due: '2026-05-01', owner: 'quin' })],
        [{ leadTimeHours: 10 + (i % 5) }],
      ),
    );
    const report = buildReport(many, NOW);
    expect(report.repositories).toBe(600);
    expect(report.total).toMatchObject({ overdue: 600, total: 600 });
    const { body } = renderOrgReport(report, 'Report');
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toContain(ORG_REPORT_MARKER);
    // The by-team table is whole: 7 teams and the total, 600 overdue.
    expect(body).toContain('| **all** | 0 | 0 | 0 | 600 | 600 |');
  });
});

describe('readResults', () => {
  it('refuses a missing path, no files, invalid JSON, a non-result and two results of one repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-'));
    expect(() => readResults(join(dir, 'nope'))).toThrow(/does not exist/);
    expect(() => readResults(dir)).toThrow(/No result files/);
    writeFileSync(join(dir, 'a.json'), '{');
    expect(() => readResults(dir)).toThrow(/a\.json is not valid JSON/);
    writeFileSync(join(dir, 'a.json'), JSON.stringify(result('acme/a', 'api', [])));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...result('acme/b', 'x', []), version: 2 }));
    expect(() => readResults(dir)).toThrow(ConfigError);
    expect(() => readResults(dir)).toThrow(/b\.json is not a release-retro result: version/);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(result('acme/a', 'api', [])));
    expect(() => readResults(dir)).toThrow(/b\.json and a\.json are both results of acme\/a/);
  });
});

describe('mode report', () => {
  it('needs the results input, and plans the report with it', async () => {
    const { planRun } = await import('../../src/dispatch.ts');
    const base = {
      mode: 'report' as const,
      eventName: 'schedule',
      payload: {},
      tag: undefined,
      maturityHours: 48,
    };
    expect(() => planRun(base)).toThrow(/needs the `results` input/);
    expect(planRun({ ...base, results: 'results' })).toEqual({ kind: 'report', results: 'results' });
  });
});
