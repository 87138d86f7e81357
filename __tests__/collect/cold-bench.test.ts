/**
 * The cold benchmark (npm run bench -- --cold) on a tiny synthetic release: the emulator's bound and critical
 * path computed by hand from the scenario, the chain and repeated-read measures on hand-made logs, and one
 * cold run of each kind of run checking the shape of the last-line JSON and the request counts against the
 * bound. Counts only, never time: the wall times are printed by the benchmark, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BoundOptions, type RunKind, runBound } from '../../emulator/bounds.ts';
import type { RequestLogEntry } from '../../emulator/index.ts';
import { loadScenario } from '../../emulator/scenarios/load.ts';
import { syntheticScenario } from '../../emulator/scenarios/synthetic.ts';
import {
  coldBench,
  measuredChain,
  median,
  RUN_KINDS,
  repeatedReads,
  summaryJson,
} from '../../scripts/bench-cold.ts';

const TINY = { prs: 20, commits: 60, deployments: 10, issues: 10 };
const NEEDS: BoundOptions['needs'] = {
  configPath: '.github/release-retro.yml',
  discussionCategory: 'Retrospectives',
  maturityHours: 48,
  incidentLabels: ['incident'],
  issueLabels: ['incident', 'bug', 'feedback'],
  externalChecks: { statuses: false, checkRuns: false },
  voice: { discussionCategories: [], mentioningIssues: true },
  surveyPrompts: 4,
  scheduledTrains: 10,
  commandItems: { items: 5, owners: 4 },
  finalizeItems: {
    items: 5,
    owners: 4,
    labels: ['retro-action', 'retro:v2.0.0', 'priority:P2'],
    milestone: 'x',
  },
};

function bound(kind: RunKind) {
  const state = loadScenario(syntheticScenario(TINY));
  return runBound(state, {
    kind,
    repo: 'acme/big',
    tag: 'v2.0.0',
    now: '2026-03-18T12:00:00Z',
    latency: { fixedMs: 10, perNodeMs: 1 },
    needs: NEEDS,
  });
}

describe("the emulator's bound on a tiny release", () => {
  it('counts the pages a preview needs from what the repository holds', () => {
    const preview = bound('preview');
    expect(Object.fromEntries(preview.steps.map((s) => [s.name, s.rounds]))).toEqual({
      'config file': [[0]],
      'discussion setup + viewer': [[0]],
      // v0.9.0, v1.0.0, v2.0.0, v2.0.1
      'release list': [[4]],
      'retrospectives in the category': [[0]],
      repository: [[0]],
      'compare v1.0.0...v2.0.0': [[60]],
      // 1 % of 60 commits, at least 3
      'compare v2.0.0...v2.0.1': [[3]],
      // 20 merged in the release, 1 in the hotfix, 2 after it (newest updated first), and the stop page shows
      // one of the 4 merged before v1.0.0: one page of 27.
      'pull requests': [[27]],
      // 10 in the release and 4 after it; the page holds the 5 older ones too.
      deployments: [[19]],
      // The 10 labelled issues opened in the observation period and the 2 after it; the 5 older ones were last
      // updated before it.
      issues: [[12]],
      // 669 of the 1,500 default-branch runs fall between v1.0.0's tag commit and v2.0.1: page 1 gives the
      // total, the other 6 pages go at once.
      'default-branch runs': [[100], [100, 100, 100, 100, 100, 69]],
      'runs of v2.0.0': [[3]],
      'runs of v2.0.1': [[3]],
      // The users' voice (mentioning issues by default): one search, the 10 issues opened in the period.
      "users' voice": [[10]],
    });
    expect(preview.requests).toBe(20);
    // The release list (10 + 4 nodes), then the runs' page 1 and the fan-out (10 + 100 each).
    expect(preview.criticalPathMs).toBe(14 + 110 + 110);
    expect(preview.chain).toEqual(['release list', 'default-branch runs']);
    expect(preview.chainRequests).toBe(3);
  });

  it('adds the opt-in external checks per tag, and the watched discussions to the voice query', () => {
    const state = loadScenario(syntheticScenario(TINY));
    const preview = runBound(state, {
      kind: 'preview',
      repo: 'acme/big',
      tag: 'v2.0.0',
      now: '2026-03-18T12:00:00Z',
      latency: { fixedMs: 10, perNodeMs: 1 },
      needs: {
        ...NEEDS,
        externalChecks: { statuses: true, checkRuns: true },
        voice: { discussionCategories: ['q-a'], mentioningIssues: false },
      },
    });
    const rounds = Object.fromEntries(preview.steps.map((s) => [s.name, s.rounds]));
    // Each tag's combined status and check runs, one request each, at once.
    expect(rounds['statuses and check runs of v2.0.0']).toEqual([[0, 0]]);
    expect(rounds['statuses and check runs of v2.0.1']).toEqual([[0, 0]]);
    // The synthetic repository has two categories and no discussion in the period.
    expect(rounds["users' voice"]).toEqual([[2]]);
    expect(preview.requests).toBe(20 + 4);
  });

  it('adds the writes an open needs, one after another, after everything it reads', () => {
    const open = bound('open');
    expect(open.requests).toBe(20 + 1 + 4 + 2);
    expect(open.criticalPathMs).toBe(234 + 10 + 4 * 10 + 2 * 10);
    expect(open.chain.slice(-3)).toEqual([
      'create discussion',
      'survey comments',
      'read back + record threads',
    ]);
  });

  it('lets a scheduled run read the deployments once, for the maturity gates and the collection', () => {
    const scheduled = bound('scheduled');
    const names = scheduled.steps.map((s) => s.name);
    expect(names.filter((n) => n === 'deployments')).toHaveLength(1);
    // The preview's reads, the open incidents, the reminders' open action items, and the open's writes.
    expect(scheduled.requests).toBe(20 + 1 + 1 + 7);
    // The collection waits for the maturity gates: the deployments page (10 + 19 nodes) comes before the runs.
    expect(scheduled.criticalPathMs).toBe(14 + 29 + 110 + 110 + 70);
  });

  it('prices a command and a finalize by the items they handle', () => {
    // config, discussion, viewer and the comments at once, 4 owners checked at once with the votes, the record
    // written, its read-back with the comments, the reply, the comments again (a duplicate answer)
    expect(bound('command')).toMatchObject({ requests: 14, criticalPathMs: 60 });
    // 7 reads and 4 owners checked, 3 missing labels and the milestone, 5 issues each recorded, then the
    // document comment, the closing comment, the record and the close
    expect(bound('finalize')).toMatchObject({ requests: 7 + 4 + 4 + 10 + 4 });
  });
});

function entry(start: number, duration: number, path: string, extra: Partial<RequestLogEntry> = {}) {
  return {
    method: 'GET',
    path,
    operation: null,
    status: 200,
    startMs: start,
    durationMs: duration,
    variables: null,
    nodes: 0,
    login: 'bot',
    fault: null,
    gzip: false,
    ...extra,
  } satisfies RequestLogEntry;
}

describe('what the benchmark measures from the log', () => {
  it('counts the longest chain of requests that waited for each other', () => {
    const log = [
      entry(0, 10, '/a'),
      entry(0, 10, '/b'),
      entry(10, 10, '/c'),
      entry(5, 30, '/d'),
      entry(20, 5, '/e'),
    ];
    // /a → /c → /e; /d overlaps everything but /a's start
    expect(measuredChain(log)).toBe(3);
  });

  it('counts a read asked again with nothing written in between', () => {
    const graphql = (start: number, operation: string, variables: string) =>
      entry(start, 1, '/graphql', { method: 'POST', operation, variables });
    const log = [
      graphql(0, 'DiscussionByNumber', '{"number":1}'),
      graphql(2, 'DiscussionByNumber', '{"number":2}'),
      graphql(4, 'DiscussionByNumber', '{"number":1}'),
      graphql(6, 'UpdateDiscussion', '{"id":"D_1"}'),
      graphql(8, 'DiscussionByNumber', '{"number":1}'),
      entry(10, 1, '/repos/acme/big'),
      entry(12, 1, '/repos/acme/big'),
    ];
    expect(repeatedReads(log)).toBe(2);
  });

  it('takes the median of the runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('the cold benchmark on a tiny release', () => {
  it('runs dist/index.js for each kind and reports the last-line JSON against the bound', async () => {
    const reports = await coldBench({ size: TINY, latency: { fixedMs: 0, perNodeMs: 0 }, runs: 1 });
    const json = JSON.parse(JSON.stringify(summaryJson(reports))) as ReturnType<typeof summaryJson>;
    expect(json.runs.map((r) => r.kind)).toEqual([...RUN_KINDS]);
    for (const run of json.runs) {
      expect(Object.keys(run).sort()).toEqual(
        ['budgetShare', 'bound', 'criticalPathMs', 'floorMs', 'kind', 'requests', 'wallMs'].sort(),
      );
      // The critical path plus a Node process's own start and exit, which take some time.
      expect(Number.isInteger(run.floorMs) && run.floorMs > run.criticalPathMs).toBe(true);
      expect(run.budgetShare).toBeGreaterThan(0);
      expect(run.budgetShare).toBeLessThanOrEqual(1);
      expect(Number.isInteger(run.requests) && Number.isInteger(run.bound)).toBe(true);
    }
    const byKind = Object.fromEntries(reports.map((r) => [r.kind, r]));
    // The bound the run is measured against is the emulator's, from the same scene.
    expect(byKind.preview?.bound.requests).toBe(20);
    expect(byKind.open?.bound.requests).toBe(27);
    // Opening reads nothing twice and needs no request beyond the bound.
    for (const kind of RUN_KINDS) {
      const report = byKind[kind];
      expect(report?.median.repeatedReads, kind).toBe(0);
      expect(report?.median.requests, kind).toBeLessThanOrEqual(1.1 * (report?.bound.requests ?? 0));
    }
  }, 180_000);

  it('runs another build alternately with this one, each series on its own', async () => {
    const lines: string[] = [];
    const [report] = await coldBench({
      size: TINY,
      latency: { fixedMs: 0, perNodeMs: 0 },
      runs: 2,
      kinds: ['preview'],
      // The same build as its own baseline: the two series must agree on everything but the clock.
      baseline: resolve(import.meta.dirname, '../../dist'),
      progress: (line) => lines.push(line.slice(0, line.indexOf(':'))),
    });
    expect(lines.filter((line) => line.startsWith('preview'))).toEqual([
      'preview run 1',
      'preview run 1 (baseline)',
      'preview run 2',
      'preview run 2 (baseline)',
    ]);
    expect(report?.runs).toHaveLength(2);
    expect(report?.baseline?.runs).toHaveLength(2);
    expect(report?.baseline?.median.requests).toBe(report?.median.requests);
    expect(report?.baseline?.median.graphqlPoints).toBe(report?.median.graphqlPoints);
  }, 180_000);

  it('refuses a baseline outside a cold run, on the command line', () => {
    for (const args of [
      ['--baseline', 'dist'],
      ['--cold', '--table', '--baseline', 'dist'],
    ]) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', ...args], {
        cwd: resolve(import.meta.dirname, '../..'),
        encoding: 'utf8',
      });
      expect(run.status, args.join(' ')).not.toBe(0);
      expect(run.stderr).toContain(
        '--baseline compares two builds in cold runs: use it with --cold, not with --table.',
      );
    }
  }, 60_000);

  it('refuses a baseline that is not a build before starting anything', async () => {
    await expect(
      coldBench({
        size: TINY,
        latency: { fixedMs: 0, perNodeMs: 0 },
        runs: 1,
        baseline: '/nonexistent/dist',
      }),
    ).rejects.toThrow(
      '--baseline /nonexistent/dist has no index.js: give the dist/ directory of another build.',
    );
  });
});
