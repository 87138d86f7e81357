/**
 * The organisation report end to end (emulator scenario `organisation`): twelve matrix jobs run dist/index.js
 * in parallel, one per repository (`repository` input, `result-file`, `team`), as the central workflow's
 * matrix does; then the report job (`mode: report`) publishes the organisation report in acme/.github. Its
 * figures are the ones counted by hand from the scenario's table (emulator/scenarios/organisation.ts), and
 * running everything again changes nothing.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { ORG_REPORT_REPO, ORG_REPOS } from '../../emulator/scenarios/organisation.ts';
import { ORG_REPORT_MARKER } from '../../src/org/render.ts';
import { runAction } from './run-action.ts';

let emu: Emulator;
let results: string;
beforeEach(async () => {
  emu = await startEmulator({ scenario: 'organisation' });
  results = mkdtempSync(join(tmpdir(), 'org-results-'));
});
afterEach(() => emu.close());

async function matrixJob(repo: (typeof ORG_REPOS)[number]) {
  const run = await runAction({
    apiUrl: emu.url,
    repository: `acme/${repo.name}`,
    eventName: 'schedule',
    inputs: { mode: 'remind', 'result-file': join(results, repo.name, 'result.json'), team: repo.team },
    now: emu.clock.iso(),
  });
  expect(run.exitCode, `${repo.name}: ${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

async function reportJob() {
  const run = await runAction({
    apiUrl: emu.url,
    repository: ORG_REPORT_REPO,
    eventName: 'schedule',
    inputs: { mode: 'report', results, 'discussion-category': 'Reports' },
    now: emu.clock.iso(),
  });
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

/** Everything a re-run could change. */
function snapshot() {
  return JSON.stringify({
    discussions: emu.state.discussions.map((d) => [d.number, d.repo, d.title, d.body, d.updatedAt]),
    comments: emu.state.issueComments.length,
    discussionComments: emu.state.discussionComments.length,
    issues: emu.state.issues.map((i) => [i.repo, i.number, i.state, i.title]),
  });
}

function reports() {
  const repo = emu.state.repos.find((r) => r.fullName === ORG_REPORT_REPO);
  return emu.state.discussions.filter((d) => d.repo === repo?.fullName && d.body.includes(ORG_REPORT_MARKER));
}

describe('the organisation report', { timeout: 180_000 }, () => {
  it('publishes the figures counted by hand from twelve parallel matrix jobs, and a re-run changes nothing', async () => {
    await Promise.all(ORG_REPOS.map(matrixJob));
    expect(readdirSync(results).sort()).toEqual(ORG_REPOS.map((r) => r.name));
    const run = await reportJob();

    const [report, ...more] = reports();
    expect(more).toHaveLength(0);
    if (!report) throw new Error('no report');
    expect(report.author).toBe('github-actions[bot]');
    const body = report.body;
    // Counted by hand from ORG_REPOS: done by due date, done late, open, overdue, items, on time of those due.
    expect(body).toContain('| payments | 4 | 3 | 2 | 2 | 11 | 44 % |');
    expect(body).toContain('| search | 2 | 1 | 2 | 3 | 8 | 33 % |');
    expect(body).toContain('| mobile | 5 | 2 | 2 | 3 | 12 | 50 % |');
    expect(body).toContain('| **all** | 11 | 6 | 6 | 8 | 31 | 44 % |');
    expect(body).toContain('12 repositories, 15 retrospectives, 31 decided action items.');
    // svc-04 has no retrospective yet, svc-07 only an undecided proposal: both listed, with nothing to count.
    expect(body).toContain('| acme/svc-04 | payments | 0 | 0 | 0 | 0 | 0 | — |');
    expect(body).toContain('| acme/svc-07 | search | 0 | 0 | 0 | 0 | 0 | — |');
    expect(body).toContain('| acme/svc-12 | mobile | 0 | 0 | 0 | 1 | 1 | 0 % |');
    // The oldest overdue item first: svc-02's, 60 days overdue, owned by pia.
    const oldest =
      body
        .split('## Oldest overdue items')[1]
        ?.split('\n')
        .filter((l) => l.startsWith('| 2026')) ?? [];
    expect(oldest).toHaveLength(8);
    expect(oldest[0]).toMatch(
      /^\| 2026-05-01 \| 60 \| \[v2\.0\.0 A2: .*\]\(https:\/\/github\.com\/acme\/svc-02\/issues\/2\) \| @\u200Bpia \| acme\/svc-02 \| payments \|$/,
    );
    // DORA keys by repository with the trend against the retrospective before.
    expect(body).toContain('| acme/svc-05 | [v3.1.0]');
    // Every value with its unit; svc-10's v1.0.0 snapshot predates stored units: its lead time, failure rate
    // and restore time were in hours and percent, its deployment frequency per day or per week (not compared).
    expect(body).toMatch(
      /\| acme\/svc-05 \| \[v3\.1\.0\]\([^)]+\) \| 2 \/ week → \| 20 h ↓ better \| 10 % → \| 4 h → \|/,
    );
    expect(body).toMatch(
      /\| acme\/svc-10 \| \[v1\.1\.0\]\([^)]+\) \| 2 \/ week \| 1 d 12 h ↑ worse \| 15 % ↑ worse \| 3 h ↑ worse \|/,
    );
    // svc-12's only snapshot is an old one: the frequency as recorded, marked, the rest in their units.
    expect(body).toMatch(
      /\| acme\/svc-12 \| \[v0\.1\.0\]\([^)]+\) \| 0\.5 \(unit not recorded\) \| 3 d 18 h \| 50 % \| 1 d \|/,
    );
    expect(body).toContain('```mermaid\npie showData title Action items (count)');
    expect(body).toContain('    bar [3, 2, 3]');
    expect(run.summary).toContain('| **all** | 11 | 6 | 6 | 8 | 31 | 44 % |');

    // Re-running the whole workflow (matrix, then report) changes nothing.
    const before = snapshot();
    await Promise.all(ORG_REPOS.map(matrixJob));
    const again = await reportJob();
    expect(again.stdout).toContain('The organisation report is up to date');
    expect(snapshot()).toBe(before);
  });

  it('refuses a result file that is not one, naming it, and publishes nothing', async () => {
    writeFileSync(join(results, 'broken.json'), JSON.stringify({ version: 1, repository: 'acme/x' }));
    const run = await runAction({
      apiUrl: emu.url,
      repository: ORG_REPORT_REPO,
      eventName: 'schedule',
      inputs: { mode: 'report', results, 'discussion-category': 'Reports' },
      now: emu.clock.iso(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/broken\.json is not a release-retro result: team/);
    expect(reports()).toHaveLength(0);
  });
});
