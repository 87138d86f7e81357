/**
 * A RetroContext against an in-process emulator, so a stage runs for real (collectors, metrics, rendering,
 * writes) without building dist/. Shared by the open, finalize and remind tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../emulator/index.ts';
import { type Config, loadConfig } from '../src/config/load.ts';
import { createGitHubClient } from '../src/github/client.ts';
import { viewerIdentity } from '../src/github/discussions.ts';
import type { Identity } from '../src/github/identity.ts';
import { WriteGateway } from '../src/github/writes.ts';
import type { RetroContext } from '../src/retro/context.ts';

export interface TestContext extends RetroContext {
  /** Every info and warning line, warnings prefixed with `warning: `. */
  lines: string[];
  messages: { level: 'info' | 'warning'; message: string }[];
}

export interface TestContextOptions {
  /** The action's clock; the emulator's by default. */
  now?: string;
  config?: Config;
  /** Used when `config` is not given: the text of .github/release-retro.yml. */
  configYaml?: string;
  dryRun?: boolean;
  token?: string;
  projectToken?: string | null;
  workspace?: string;
}

export function emulatorContext(emu: Emulator, options: TestContextOptions = {}): TestContext {
  const lines: string[] = [];
  const messages: TestContext['messages'] = [];
  const log = {
    info: (message: string) => {
      lines.push(message);
      messages.push({ level: 'info', message });
    },
    warning: (message: string) => {
      lines.push(`warning: ${message}`);
      messages.push({ level: 'warning', message });
    },
    debug: () => undefined,
  };
  const client = (token: string) =>
    createGitHubClient({ token, apiUrl: emu.url, graphqlUrl: emu.graphqlUrl, log });
  const github = client(options.token ?? 'ghs_emulator_default');
  let actor: Promise<Identity> | undefined;
  return {
    lines,
    messages,
    github,
    projectGithub: options.projectToken ? client(options.projectToken) : null,
    writes: new WriteGateway({ dryRun: options.dryRun ?? false, intervalMs: 0, log }),
    repo: { owner: 'acme', name: 'shop' },
    config: options.config ?? loadConfig(options.configYaml ?? null, '.github/release-retro.yml'),
    now: new Date(options.now ?? new Date(emu.clock.nowMs()).toISOString()),
    log,
    workspace: options.workspace ?? mkdtempSync(join(tmpdir(), 'release-retro-ws-')),
    serverUrl: 'https://github.com',
    actor: () => {
      actor ??= viewerIdentity(github);
      return actor;
    },
  };
}
