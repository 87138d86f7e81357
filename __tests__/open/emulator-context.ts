/**
 * A RetroContext against an in-process emulator, so the open stage runs for real (collectors, metrics,
 * rendering, writes) without building dist/.
 */
import type { Emulator } from '../../emulator/index.ts';
import { type Config, loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { viewerLogin } from '../../src/github/discussions.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import type { RetroContext } from '../../src/retro/context.ts';

export interface TestContext extends RetroContext {
  lines: string[];
}

export function emulatorContext(
  emu: Emulator,
  options: { now: string; config?: Config; dryRun?: boolean; token?: string; workspace?: string },
): TestContext {
  const lines: string[] = [];
  const log = {
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning: ${m}`),
    debug: () => undefined,
  };
  const github = createGitHubClient({ token: options.token ?? 'ghs_emulator_default', apiUrl: emu.url, log });
  let actor: Promise<string> | undefined;
  return {
    lines,
    github,
    projectGithub: null,
    writes: new WriteGateway({ dryRun: options.dryRun ?? false, intervalMs: 0, log }),
    repo: { owner: 'acme', name: 'shop' },
    config: options.config ?? loadConfig(null, '.github/release-retro.yml'),
    now: new Date(options.now),
    log,
    workspace: options.workspace ?? '/nonexistent-workspace',
    serverUrl: 'https://github.com',
    actorLogin: () => {
      actor ??= viewerLogin(github);
      return actor;
    },
  };
}
