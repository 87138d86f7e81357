/** A RetroContext against the emulator, for in-process tests of the finalize and remind stages. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../emulator/index.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { viewerLogin } from '../../src/github/discussions.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import type { RetroContext } from '../../src/retro/context.ts';

export interface TestContext extends RetroContext {
  messages: { level: string; message: string }[];
}

export function emulatorContext(
  emu: Emulator,
  options: { configYaml?: string; projectToken?: string | null; now?: string; dryRun?: boolean } = {},
): TestContext {
  const messages: { level: string; message: string }[] = [];
  const log = {
    info: (message: string) => messages.push({ level: 'info', message }),
    warning: (message: string) => messages.push({ level: 'warning', message }),
    debug: () => {},
  };
  const client = (token: string) =>
    createGitHubClient({ token, apiUrl: emu.url, graphqlUrl: emu.graphqlUrl, log });
  const github = client('ghs_emulator_default');
  let actor: Promise<string> | undefined;
  return {
    github,
    projectGithub: options.projectToken ? client(options.projectToken) : null,
    writes: new WriteGateway({ dryRun: options.dryRun ?? false, intervalMs: 0, log }),
    repo: { owner: 'acme', name: 'shop' },
    config: loadConfig(options.configYaml ?? null, '.github/release-retro.yml'),
    now: new Date(options.now ?? new Date(emu.clock.nowMs()).toISOString()),
    log,
    workspace: mkdtempSync(join(tmpdir(), 'finalize-ws-')),
    serverUrl: 'https://github.com',
    actorLogin: () => {
      actor ??= viewerLogin(github);
      return actor;
    },
    messages,
  };
}

/**
 * Loads one retrospective by number (DiscussionByNumber), the way the `/finalize` command hands it over.
 * Independent of the category listing, so it works whatever the emulator's list filters do.
 */
export async function loadRetro(ctx: RetroContext, number: number) {
  const { getDiscussion } = await import('../../src/github/discussions.ts');
  const { trustedState } = await import('../../src/retro/find.ts');
  const discussion = await getDiscussion(ctx.github, ctx.repo, number);
  if (!discussion) throw new Error(`no discussion #${number}`);
  const state = trustedState(discussion, await ctx.actorLogin());
  if (!state) throw new Error(`discussion #${number} has no trusted state`);
  return { discussion, state };
}
