/** The bundled action fails with one readable message, never a stack trace, on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNNER_NODE, runAction, systemNode } from './run-action.ts';

// Nothing listens here: these runs must fail on their input, never on the API. A bad config file fails while
// the reads started beside it are still retrying, and so does a bad input the start does not read (dry-run,
// maturity-hours: src/config/start-inputs.ts); the run ends those reads (src/run.ts) instead of waiting them out.
const NOWHERE = 'http://127.0.0.1:9';

function workspaceWithConfig(text: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'release-retro-ws-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github/release-retro.yml'), text);
  return workspace;
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::error::'));
}

describe('dist/index.js on bad input', () => {
  it.each([...new Set([systemNode() ?? process.execPath, RUNNER_NODE])])(
    'names everything missing with no GitHub environment at all (%s)',
    (node) => {
      const result = spawnSync(node, [resolve('dist/index.js')], {
        env: { PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
      });
      expect(result.status).not.toBe(0);
      const errors = errorLines(result.stdout);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('the github-token input');
      expect(errors[0]).toContain('GITHUB_EVENT_NAME');
      expect(errors[0]).toContain('GITHUB_REPOSITORY');
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    [{ mode: 'close' }, '"mode" is "close"; allowed: "auto", "open"'],
    [{ repository: 'acme' }, '"repository" must look like owner/name'],
    [{ 'dry-run': 'maybe' }, '"dry-run" must be true or false'],
    [{ 'maturity-hours': 'two days' }, '"maturity-hours" must be a number of hours'],
  ])('rejects inputs %j', async (inputs, message) => {
    const run = await runAction({ apiUrl: NOWHERE, eventName: 'schedule', inputs });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run.stdout).join('\n')).toContain(message);
  });

  it.each([
    ['does not exist', (dir: string) => join(dir, 'no-such-event.json'), 'the file does not exist'],
    [
      'is not JSON',
      (dir: string) => {
        const path = join(dir, 'event.json');
        writeFileSync(path, '{"action": "created",');
        return path;
      },
      'JSON',
    ],
  ])(
    'names GITHUB_EVENT_PATH when the event file %s, without a stack trace',
    async (_, eventPath, detail) => {
      const path = eventPath(mkdtempSync(join(tmpdir(), 'release-retro-event-')));
      const run = await runAction({
        apiUrl: NOWHERE,
        eventName: 'schedule',
        env: { GITHUB_EVENT_PATH: path },
      });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run.stdout).join('\n');
      expect(errors).toContain(`GITHUB_EVENT_PATH (${path}) is not a readable JSON event`);
      expect(errors).toContain(detail);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    ['maturity:\n  hour: 24\n', 'unknown key "maturity.hour". Did you mean "hours"?'],
    ['maturity:\n  hours: "48h"\n', '"maturity.hours" should be number, but is "48h"'],
    ['releases:\n  tag-pattern: "v 1*"\n', '"releases.tag-pattern" must be a tag glob without spaces'],
    ['title: "Retro"\n', '"title" must contain {tag}'],
    ['maturity: [\n', 'is not valid YAML at line'],
  ])('rejects a config file with %j', async (config, message) => {
    const run = await runAction({
      apiUrl: NOWHERE,
      eventName: 'schedule',
      workspace: workspaceWithConfig(config),
    });
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run.stdout).join('\n');
    expect(errors).toContain('.github/release-retro.yml');
    expect(errors).toContain(message);
  });

  it('annotates the config file at the line and column of each problem, and lists them in the job summary', async () => {
    const run = await runAction({
      apiUrl: NOWHERE,
      eventName: 'schedule',
      workspace: workspaceWithConfig('# team settings\nmaturity:\n  hour: 24\nproposers: everybody\n'),
    });
    expect(run.exitCode).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error title='));
    expect(annotations).toEqual([
      '::error title=release-retro configuration,file=.github/release-retro.yml,line=3,col=3::unknown key "maturity.hour". Did you mean "hours"?',
      '::error title=release-retro configuration,file=.github/release-retro.yml,line=4,col=12::"proposers" is "everybody"; allowed: "anyone", "facilitators".',
    ]);
    expect(run.summary).toContain('### release-retro: the configuration needs a fix');
    expect(run.summary).toContain(
      '| `.github/release-retro.yml` line 3, column 3 | unknown key "maturity.hour". Did you mean "hours"? |',
    );
  });

  it('rejects an event it does not handle', async () => {
    const run = await runAction({
      apiUrl: NOWHERE,
      eventName: 'push',
      workspace: workspaceWithConfig('{}\n'),
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run.stdout).join('\n')).toContain('does not handle the "push" event');
  });

  it('masks the token', async () => {
    const run = await runAction({
      apiUrl: NOWHERE,
      eventName: 'schedule',
      inputs: { 'github-token': 'ghp_very_secret', mode: 'nope' },
    });
    expect(run.stdout).toContain('::add-mask::ghp_very_secret');
    expect(run.stdout.replace('::add-mask::ghp_very_secret', '')).not.toContain('ghp_very_secret');
  });
});
