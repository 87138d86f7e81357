import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { main, parseArgs, serverUrlFor, USAGE } from '../../src/cli.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('parseArgs', () => {
  it('reads preview with every option, in both forms', () => {
    expect(
      parseArgs([
        'preview',
        '--repo',
        'acme/shop',
        '--tag=v1.2.3',
        '--api-url',
        'https://ghe.example.com/api/v3',
        '--config',
        'retro.yml',
      ]),
    ).toEqual({
      command: 'preview',
      repo: { owner: 'acme', name: 'shop' },
      tag: 'v1.2.3',
      apiUrl: 'https://ghe.example.com/api/v3',
      graphqlUrl: undefined,
      config: 'retro.yml',
      bot: 'github-actions[bot]',
    });
  });

  it.each([[[]], [['--help']], [['preview', '-h']], [['help']]])('shows help for %j', (argv) => {
    expect(parseArgs(argv)).toEqual({ command: 'help' });
  });

  it.each([[['--version']], [['-V']], [['preview', '--version']]])('shows the version for %j', (argv) => {
    expect(parseArgs(argv)).toEqual({ command: 'version' });
  });

  it.each([
    [['open', '--tag', 'v1'], 'Unknown command "open". The only command is "preview".'],
    [['preview', '--tag', 'v1'], '--repo owner/name is required.'],
    [['preview', '--repo', 'acme/shop'], '--tag is required'],
    [['preview', '--repo', 'acme', '--tag', 'v1'], '--repo must look like owner/name, but is "acme".'],
    [['preview', '--repo', 'acme/shop', '--tag'], '--tag needs a value.'],
    [['preview', '--repo', 'acme/shop', '--tag', '--config'], '--tag needs a value.'],
    [['preview', '--repo', 'acme/shop', '--tag', 'v1', '--tags', 'x'], 'Unknown option "--tags".'],
    [['preview', '--repo', 'acme/shop', '--tag', 'v1', '--tags=x'], 'Unknown option "--tags".'],
    [['preview', '--repo', 'acme/shop', '--tag='], '--tag needs a value.'],
    [['--repo', 'acme/shop', '--tag', 'v1'], 'Which command? The only command is "preview".'],
    [['preview', '--repo', 'acme/shop', '--tag', 'v1', 'extra'], 'Unexpected argument "extra"'],
    [['preview', '--repo', 'a/b', '--repo', 'a/c', '--tag', 'v1'], '--repo is given twice.'],
    [
      ['preview', '--repo', 'a/b', '--tag', 'v1', '--api-url', 'ghe.example.com'],
      '--api-url must be an http(s) URL',
    ],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('serverUrlFor', () => {
  it.each([
    ['https://api.github.com', 'https://github.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
  ])('%s → %s', (api, server) => expect(serverUrlFor(api)).toBe(server));
});

describe('main', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await emu?.close();
    emu = undefined;
  });

  it('prints the help on stdout', async () => {
    const t = io();
    expect(await main(['--help'], {}, t.io, '/tmp')).toBe(0);
    expect(t.out.join('')).toBe(USAGE);
  });

  it('explains a usage error on stderr with exit code 2', async () => {
    const t = io();
    expect(await main(['preview', '--repo', 'acme/shop'], { GITHUB_TOKEN: 'x' }, t.io, '/tmp')).toBe(2);
    expect(t.err.join('')).toBe(
      'release-retro: --tag is required: which release to preview, e.g. --tag v1.2.3.\nRun `release-retro --help` for usage.\n',
    );
  });

  it('prints the version of package.json on stdout', async () => {
    const t = io();
    expect(await main(['--version'], {}, t.io, '/tmp')).toBe(0);
    expect(t.out.join('')).toBe(`${version}\n`);
    expect(t.err).toEqual([]);
  });

  it('runs as dist/cli.js alone, with nothing installed beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-retro-cli-'));
    copyFileSync('dist/cli.js', join(dir, 'cli.js'));
    const out = execFileSync(process.execPath, [join(dir, 'cli.js'), '--version'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(out).toBe(`${version}\n`);
  });

  it('asks for GITHUB_TOKEN', async () => {
    const t = io();
    expect(await main(['preview', '--repo', 'acme/shop', '--tag', 'v1'], {}, t.io, '/tmp')).toBe(2);
    expect(t.err.join('')).toContain('set GITHUB_TOKEN');
  });

  it('previews against the emulator: markdown alone on stdout, nothing written', async () => {
    emu = await startEmulator({ scenario: 'demo' });
    const t = io();
    const code = await main(
      ['preview', '--repo', 'acme/shop', '--tag', 'v1.4.0', '--api-url', emu.url],
      { GITHUB_TOKEN: emu.tokenFor('kim'), RELEASE_RETRO_NOW: DEMO_NOW },
      t.io,
      '/nonexistent',
      5,
    );
    expect(code).toBe(0);
    // stderr has progress lines only, here one per 5 requests; stdout is the markdown alone.
    const progress = t.err.join('').split('\n').filter(Boolean);
    const requests = emu.requests.length;
    expect(progress).toHaveLength(Math.floor(requests / 5));
    expect(progress.length).toBeGreaterThan(0);
    for (const [i, line] of progress.entries()) {
      expect(line).toMatch(
        new RegExp(
          `^release-retro: collecting acme/shop: ${(i + 1) * 5} requests to GitHub so far \\(now: .+\\)$`,
        ),
      );
    }
    const out = t.out.join('');
    expect(out).toMatch(/^# Retrospective: v1\.4\.0\n\n## Why we are here/);
    // The gantt opens with its colour directive (src/render/mermaid.ts).
    expect(out).toMatch(/```mermaid\n%%\{init: \{"themeVariables".*\}%%\ngantt\n/);
    expect(emu.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    expect(emu.requests.filter((r) => r.operation && /^(Create|Add|Update|Close)/.test(r.operation))).toEqual(
      [],
    );
  });

  it('says what is wrong with the token', async () => {
    emu = await startEmulator({ scenario: 'demo' });
    const t = io();
    const code = await main(
      ['preview', '--repo', 'acme/shop', '--tag', 'v1.4.0', '--api-url', emu.url],
      { GITHUB_TOKEN: 'ghp_not_a_token' },
      t.io,
      '/nonexistent',
    );
    expect(code).toBe(1);
    expect(t.err.join('')).toContain('GitHub did not accept the token: check GITHUB_TOKEN.');
  });
});
