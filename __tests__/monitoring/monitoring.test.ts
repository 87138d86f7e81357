import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { collectCommitChecks } from '../../src/collect/commit-checks.ts';
import { parseMonitoring, readMonitoring } from '../../src/monitoring/read.ts';
import { monitoringJsonSchema } from '../../src/monitoring/schema.ts';
import { renderCommitChecks, renderMonitoring, samplePoints } from '../../src/render/monitoring.ts';
import { API, client, repo } from '../collect/nock-github.ts';
import { docSnippets } from '../docs-snippets.ts';
import { expectMermaidToParse } from '../render/mermaid-parse.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => void;

/** The example file in the retrospective guide. */
function guideExample(): unknown {
  const blocks = docSnippets(['json']).filter(
    (s) => s.file === 'docs/retrospective-guide.md' && s.text.includes('"figures"'),
  );
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]?.text ?? '');
}

function publishedSchema() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync('schema/monitoring.schema.json', 'utf8')));
}

const workspace = () => mkdtempSync(join(tmpdir(), 'monitoring-'));

describe('schema/monitoring.schema.json', () => {
  it('is fresh (run npm run schema after changing src/monitoring/schema.ts)', () => {
    const committed = JSON.parse(readFileSync('schema/monitoring.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(monitoringJsonSchema())));
  });

  it('accepts the guide’s example, and so does the action', () => {
    const example = guideExample();
    const validate = publishedSchema();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(parseMonitoring(example, 'monitoring.json').status).toBe('ok');
  });

  it('rejects what the action rejects: a missing unit, a javascript: link, an unknown key', () => {
    const validate = publishedSchema();
    const bad = [
      { figures: [{ name: 'Errors', value: 1 }] },
      { figures: [{ name: 'Errors', value: 1, unit: '%', link: 'javascript:alert(1)' }] },
      { figures: [{ name: 'Errors', value: 1, unit: '%', units: '%' }] },
      { series: [{ name: 'Errors', unit: '%', points: [{ at: '2026-03-14 09:00', value: 1 }] }] },
    ];
    for (const file of bad) {
      expect(validate(file), JSON.stringify(file)).toBe(false);
      expect(parseMonitoring(file, 'm.json').status, JSON.stringify(file)).toBe('unavailable');
    }
  });
});

describe('readMonitoring', () => {
  it('reads YAML as well as JSON', async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'monitoring.yml'),
      'figures:\n  - name: Availability\n    value: 99.95\n    unit: "%"\n    link: https://status.acme.dev\n',
    );
    const section = await readMonitoring('monitoring.yml', dir);
    expect(section).toMatchObject({
      status: 'ok',
      data: { figures: [{ name: 'Availability', value: 99.95 }] },
    });
  });

  it('names the file and every bad key path', async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'monitoring.json'),
      JSON.stringify({
        figures: [
          { name: 'Errors', value: 1, unit: '%' },
          { name: 'Latency', value: '412ms', unit: 'ms' },
        ],
        series: [{ name: 'Rate', points: [] }],
      }),
    );
    const section = await readMonitoring('monitoring.json', dir);
    expect(section.status).toBe('unavailable');
    if (section.status !== 'unavailable') return;
    expect(section.reason).toContain('monitoring.json is not valid monitoring data');
    expect(section.reason).toContain('"figures[1].value" should be number, but is "412ms"');
    expect(section.reason).toContain('"series[0].unit" should be string');
    expect(section.reason).toContain('"series[0].points"');
    expect(section.hint).toContain('schema/monitoring.schema.json');
  });

  it('says when the file is missing or not JSON/YAML', async () => {
    const dir = workspace();
    expect(await readMonitoring('nope.json', dir)).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('does not exist in the workspace'),
    });
    writeFileSync(join(dir, 'broken.json'), '{"figures": [');
    expect(await readMonitoring('broken.json', dir)).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('broken.json is neither valid JSON nor YAML'),
    });
    writeFileSync(join(dir, 'empty.json'), '{}');
    expect(await readMonitoring('empty.json', dir)).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('holds no figures, series or links'),
    });
  });
});

describe('renderMonitoring', () => {
  it('shows figures with units, change and links, and charts a series', async () => {
    const section = parseMonitoring(guideExample(), 'monitoring.json');
    const text = renderMonitoring(section);
    expect(text).toContain('[Error rate (5xx)](https://app.datadoghq.com/dashboard/abc-123) (Datadog)');
    expect(text).toContain('**0.42 %**');
    expect(text).toContain('0.31 % (+0.11 %)');
    expect(text).toContain('**412 ms**');
    expect(text).toContain('380 ms (+32 ms)');
    expect(text).toContain('**3 alerts**');
    expect(text).toContain('2026-03-14 09:00 UTC → 2026-03-16 09:00 UTC');
    expect(text).toContain('[Error rate per hour](https://grafana.acme.dev/d/http-errors)');
    expect(text).toContain('min 0.3 %, max 1.8 %, last 0.4 %');
    expect(text).toContain('[Release dashboard](https://grafana.acme.dev/d/release)');
    expect(await expectMermaidToParse(text)).toEqual(['xychart']);
    expect(text).toContain('line [0.3, 1.8, 0.4]');
  });

  it('escapes text from the file and samples long series', async () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 2, 14) + i * 3_600_000).toISOString(),
      value: i,
    }));
    const section = parseMonitoring(
      {
        series: [{ name: 'Rate @everyone <b>"x"</b>', unit: 'req/s', points, note: '<!-- hidden -->' }],
      },
      'm.json',
    );
    const text = renderMonitoring(section);
    // Mentions inside the Mermaid fence notify nobody; outside it they must be broken.
    const prose = text.replace(/```mermaid[\s\S]*?```/g, '');
    expect(prose).not.toContain('@everyone');
    expect(prose).toContain('Rate @\u200Beveryone');
    expect(text).not.toContain('<!--');
    expect(text).toContain('The chart shows 24 of the 200 values');
    expect(await expectMermaidToParse(text)).toEqual(['xychart']);
    expect(samplePoints([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
  });

  it('explains a bad file and the missing input', () => {
    expect(renderMonitoring(null)).toContain('`monitoring` input');
    const text = renderMonitoring(parseMonitoring({ figures: [{ name: 'x', value: 1 }] }, 'm.json'));
    expect(text).toContain('⚠️ **Monitoring data unavailable.**');
    expect(text).toContain('figures\\[0\\].unit');
  });
});

describe('collectCommitChecks', () => {
  const BOTH = { statuses: true, checkRuns: true };
  const status = (context: string, state: string, url: string | null) => ({
    id: 1,
    node_id: 'SC_1',
    url: '',
    avatar_url: null,
    state,
    description: `${context} says ${state}`,
    target_url: url,
    context,
    created_at: '2026-03-15T10:00:00Z',
    updated_at: '2026-03-15T10:00:00Z',
  });
  const run = (name: string, slug: string, conclusion: string | null) => ({
    id: 2,
    name,
    status: conclusion ? 'completed' : 'in_progress',
    conclusion,
    details_url: `https://${slug}.example.com/${name}`,
    html_url: `https://github.com/acme/shop/runs/2`,
    started_at: '2026-03-15T10:00:00Z',
    completed_at: conclusion ? '2026-03-15T10:30:00Z' : null,
    app: { slug, name: slug === 'github-actions' ? 'GitHub Actions' : 'Kayenta' },
    output: { title: 'Canary score 92' },
  });

  it('reads statuses and non-Actions check runs for every train tag', async () => {
    for (const tag of ['v1.4.0', 'v1.4.1']) {
      nock(API)
        .get(`/repos/acme/shop/commits/${tag}/status`)
        .query(true)
        .reply(200, {
          state: 'failure',
          statuses: [
            status('error-budget', tag === 'v1.4.0' ? 'failure' : 'success', 'https://slo.acme.dev'),
          ],
        });
      nock(API)
        .get(`/repos/acme/shop/commits/${tag}/check-runs`)
        .query({ filter: 'latest', per_page: '100' })
        .reply(200, {
          total_count: 2,
          check_runs: [run('canary', 'kayenta', 'success'), run('build', 'github-actions', 'success')],
        });
    }
    const checks = await collectCommitChecks(client(), repo, ['v1.4.0', 'v1.4.1'], BOTH);
    expect(checks.statuses).toMatchObject({
      status: 'ok',
      data: [
        { tag: 'v1.4.0', name: 'error-budget', state: 'failure', url: 'https://slo.acme.dev' },
        { tag: 'v1.4.1', name: 'error-budget', state: 'success' },
      ],
    });
    expect(checks.checkRuns).toMatchObject({
      status: 'ok',
      data: [
        {
          tag: 'v1.4.0',
          name: 'canary',
          source: 'Kayenta',
          state: 'success',
          description: 'Canary score 92',
        },
        { tag: 'v1.4.1', name: 'canary' },
      ],
    });
    const text = renderCommitChecks(checks);
    expect(text).toContain('[error-budget](https://slo.acme.dev/)');
    expect(text).toContain('❌ failure');
    expect(text).toContain('check run (Kayenta)');
    expect(text).not.toContain('build');
  });

  it('marks a refused half unavailable with its permission, and keeps the other', async () => {
    nock(API)
      .get('/repos/acme/shop/commits/v1.4.0/status')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    nock(API)
      .get('/repos/acme/shop/commits/v1.4.0/check-runs')
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] });
    const checks = await collectCommitChecks(client(), repo, ['v1.4.0'], BOTH);
    expect(checks.statuses).toMatchObject({ status: 'unavailable', permission: 'statuses: read' });
    const text = renderCommitChecks(checks);
    expect(text).toContain('Commit statuses unavailable');
    expect(text).toContain('statuses: read');
    expect(text).toContain('No external monitor reported');
  });

  it('reads nothing unless the config asks (the documented permissions grant neither), and only the half asked for', async () => {
    // No interceptor: a request would fail the test (nock's disableNetConnect).
    const none = await collectCommitChecks(client(), repo, ['v1.4.0', 'v1.4.1'], {
      statuses: false,
      checkRuns: false,
    });
    expect(none).toEqual({ statuses: null, checkRuns: null });
    expect(renderCommitChecks(none)).toContain('set `external-checks.statuses`');

    nock(API)
      .get('/repos/acme/shop/commits/v1.4.0/check-runs')
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] });
    const runsOnly = await collectCommitChecks(client(), repo, ['v1.4.0'], {
      statuses: false,
      checkRuns: true,
    });
    expect(runsOnly.statuses).toBeNull();
    expect(renderCommitChecks(runsOnly)).toContain('No external monitor reported a check run');
  });
});
