/**
 * Monitoring data from outside GitHub, end to end: a file written by an earlier step (the `monitoring` input)
 * and the statuses and check runs external monitors posted on the release commits, in the opened retro.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { demoScenario } from '../../emulator/scenarios/demo.ts';
import { DOCUMENTED_PERMISSIONS } from '../../src/github/workflow-permissions.ts';
import { expectMermaidToParse } from '../render/mermaid-parse.ts';
import { runAction } from './run-action.ts';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const EXTERNAL_CHECKS = `
external-checks:
  statuses: true
  check-runs: true
`;

/** The demo with external monitors on its release commits; `granted` adds the permissions they need. */
async function start(granted = true): Promise<Emulator> {
  const spec = demoScenario();
  const shop = spec.repos.find((r) => r.name === 'shop');
  if (!shop) throw new Error('no acme/shop in the demo');
  shop.commitStatuses = [
    {
      commit: 'v1.4.1',
      context: 'error-budget',
      state: 'failure',
      description: 'Burned 62 % of the monthly budget',
      targetUrl: 'https://slo.acme.dev/checkout',
      creator: 'maya',
      at: '-40h',
    },
  ];
  shop.checkRuns = [
    {
      commit: 'v1.4.0',
      name: 'canary-analysis',
      app: { slug: 'kayenta', name: 'Kayenta', owner: 'maya' },
      conclusion: 'success',
      detailsUrl: 'https://canary.acme.dev/v1.4.0',
      title: 'Canary score 94',
      startedAt: '-58h',
    },
    {
      commit: 'v1.4.0',
      name: 'build',
      app: { slug: 'github-actions', name: 'GitHub Actions', owner: 'maya' },
      conclusion: 'success',
      startedAt: '-59h',
    },
  ];
  // The optional permissions external monitors need, on top of the documented block.
  return startEmulator({
    scenario: spec,
    permissions: granted
      ? { ...DOCUMENTED_PERMISSIONS, statuses: 'read', checks: 'read' }
      : DOCUMENTED_PERMISSIONS,
  });
}

/** A workspace with the file, and a config that turns the external checks on unless `config` says otherwise. */
function workspaceWith(name: string, content: string, config = EXTERNAL_CHECKS): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-retro-ws-'));
  writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/release-retro.yml'), config);
  return dir;
}

const checkReads = (e: Emulator) =>
  e.requests.filter((r) => /\/commits\/[^/]+\/(status|check-runs)/.test(r.path));

const monitoring = {
  figures: [
    {
      name: 'Error rate (5xx)',
      value: 0.42,
      baseline: 0.31,
      unit: '%',
      range: { from: '2026-03-16T07:00:00Z', to: '2026-03-18T07:00:00Z' },
      link: 'https://app.datadoghq.com/dashboard/abc-123',
      source: 'Datadog',
    },
    { name: 'p95 latency, checkout', value: 412, unit: 'ms', source: 'Prometheus' },
  ],
  series: [
    {
      name: 'Errors per hour',
      unit: 'errors',
      link: 'https://grafana.acme.dev/d/errors',
      points: [
        { at: '2026-03-16T08:00:00Z', value: 4 },
        { at: '2026-03-16T09:00:00Z', value: 31 },
        { at: '2026-03-16T10:00:00Z', value: 6 },
      ],
    },
  ],
};

function openedBody(): string {
  const retro = emu.state.discussions.find((d) => d.title === 'Retrospective: v1.4.0');
  if (!retro) throw new Error('no retrospective was opened');
  return retro.body;
}

describe('monitoring in the opened retrospective', () => {
  it('shows the file’s figures with units and links, a chart for the series, and the external checks', async () => {
    emu = await start();
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'schedule',
      now: DEMO_NOW,
      workspace: workspaceWith('monitoring.json', JSON.stringify(monitoring)),
      inputs: { monitoring: 'monitoring.json' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const body = openedBody();
    const section = body.slice(body.indexOf('### Monitoring'), body.indexOf('### What shipped'));
    expect(section).toContain('[Error rate (5xx)](https://app.datadoghq.com/dashboard/abc-123) (Datadog)');
    expect(section).toContain('**0.42 %**');
    expect(section).toContain('0.31 % (+0.11 %)');
    expect(section).toContain('**412 ms**');
    expect(section).toContain('[Errors per hour](https://grafana.acme.dev/d/errors)');
    expect(section).toContain('min 4 errors, max 31 errors, last 6 errors');
    expect(section).toContain('line [4, 31, 6]');
    expect(await expectMermaidToParse(section)).toEqual(['xychart']);
    // External monitors: the failing error budget on the hotfix, the canary on the release; not Actions' build.
    expect(section).toContain('[error-budget](https://slo.acme.dev/checkout) | status | ❌ failure | v1.4.1');
    expect(section).toContain(
      '[canary-analysis](https://canary.acme.dev/v1.4.0) | check run (Kayenta) | ✅ success',
    );
    expect(section).not.toMatch(/\| build \|/);
    expect(await expectMermaidToParse(body)).toEqual(['gantt', 'xychart', 'xychart']);
  });

  it('reads no statuses or check runs unless the config asks, and names the permission GitHub refused', async () => {
    // The documented permissions block grants neither statuses: read nor checks: read.
    emu = await start(false);
    const quiet = await runAction({
      apiUrl: emu.url,
      eventName: 'workflow_dispatch',
      now: DEMO_NOW,
      workspace: workspaceWith('monitoring.json', JSON.stringify(monitoring), ''),
      inputs: { tag: 'v1.4.0', 'dry-run': 'true', monitoring: 'monitoring.json' },
    });
    expect(quiet.exitCode, quiet.stdout).toBe(0);
    expect(checkReads(emu)).toHaveLength(0);
    expect(quiet.stdout).toContain('set `external-checks.statuses`');

    // Asked for without the permissions: 2 tags × 2 reads, each refused 403, each half says what to add.
    const refused = await runAction({
      apiUrl: emu.url,
      eventName: 'workflow_dispatch',
      now: DEMO_NOW,
      workspace: workspaceWith('monitoring.json', JSON.stringify(monitoring)),
      inputs: { tag: 'v1.4.0', 'dry-run': 'true', monitoring: 'monitoring.json' },
    });
    expect(refused.exitCode, refused.stdout).toBe(0);
    expect(checkReads(emu).map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(refused.stdout).toContain('Commit statuses unavailable');
    expect(refused.stdout).toContain('statuses: read');
    expect(refused.stdout).toContain('checks: read');
  });

  it('reports a malformed file by key path, warns on the run, and still opens the retrospective', async () => {
    emu = await start();
    const bad = {
      figures: [{ name: 'Error rate', value: '0.4%', unit: '%' }],
      series: [{ name: 'x', unit: 'ms' }],
    };
    const run = await runAction({
      apiUrl: emu.url,
      eventName: 'schedule',
      now: DEMO_NOW,
      workspace: workspaceWith('monitoring.yml', JSON.stringify(bad)),
      inputs: { monitoring: 'monitoring.yml' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Monitoring data left out: monitoring\.yml is not valid monitoring data/,
    );
    const body = openedBody();
    expect(body).toContain('⚠️ **Monitoring data unavailable.**');
    expect(body).toContain('figures\\[0\\].value');
    expect(body).toContain('series\\[0\\].points');
    expect(body).toContain('### DORA metrics');
    expect(emu.state.discussionComments.filter((c) => c.body.includes('release-retro:survey:'))).toHaveLength(
      4,
    );
  });
});
