/**
 * The local CLI, on the same core as the action:
 *
 *   release-retro preview --repo owner/name --tag v1.2.3 [--api-url URL] [--graphql-url URL] [--config PATH]
 *
 * prints the markdown the retrospective of that release would have. Read-only: the write gateway is in
 * dry-run and the preview stage never calls it. The token comes from GITHUB_TOKEN (or GH_TOKEN).
 * stdout carries only the markdown, so `release-retro preview … > retro.md` works; diagnostics go to stderr.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config/errors.ts';
import { loadConfig } from './config/load.ts';
import { DEFAULT_CONFIG_PATH, readConfigText } from './config/read-config.ts';
import { createGitHubClient } from './github/client.ts';
import { WriteGateway } from './github/writes.ts';
import type { Logger, RetroContext } from './retro/context.ts';
import { previewRetrospective } from './retro/open/index.ts';

export const USAGE = `release-retro: blameless release retrospectives on GitHub.

Usage:
  release-retro preview --repo owner/name --tag v1.2.3 [options]
  release-retro --help

preview prints the markdown the retrospective of a release would have (the discussion body and its
survey comments), read-only: nothing is created or changed.

Options:
  --repo owner/name    the repository (required)
  --tag TAG            the release tag (required)
  --api-url URL        REST API root, for GitHub Enterprise Server (https://HOST/api/v3) or the emulator
                       (default: $GITHUB_API_URL or https://api.github.com)
  --graphql-url URL    GraphQL endpoint, when it is not derived from --api-url (default: $GITHUB_GRAPHQL_URL)
  --config PATH        configuration file: a local file, else a path in the repository
                       (default: ${DEFAULT_CONFIG_PATH})
  --bot LOGIN          the identity the action writes as; only its discussions count as retrospectives
                       (default: github-actions[bot])
  -h, --help           show this help

Environment:
  GITHUB_TOKEN         a token that can read the repository (GH_TOKEN is used when it is not set)
  RELEASE_RETRO_NOW    the clock, as an ISO time (default: now)
`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface PreviewArgs {
  command: 'preview';
  repo: { owner: string; name: string };
  tag: string;
  apiUrl: string | undefined;
  graphqlUrl: string | undefined;
  config: string;
  bot: string;
}

export type CliArgs = PreviewArgs | { command: 'help' };

const VALUE_OPTIONS = new Set(['--repo', '--tag', '--api-url', '--graphql-url', '--config', '--bot']);

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { command: 'help' };
  }
  const [command, ...rest] = argv;
  if (command !== 'preview') {
    throw new UsageError(`Unknown command "${command}". The only command is "preview".`);
  }
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) {
      throw new UsageError(
        arg.startsWith('-')
          ? `Unknown option "${name}".`
          : `Unexpected argument "${arg}": options take the form --name value.`,
      );
    }
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value.`);
    }
    if (values.has(name)) throw new UsageError(`${name} is given twice.`);
    values.set(name, value);
  }
  const repo = values.get('--repo');
  const tag = values.get('--tag');
  if (!repo) throw new UsageError('--repo owner/name is required.');
  if (!tag) throw new UsageError('--tag is required: which release to preview, e.g. --tag v1.2.3.');
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repo);
  if (!match?.[1] || !match[2]) throw new UsageError(`--repo must look like owner/name, but is "${repo}".`);
  for (const option of ['--api-url', '--graphql-url']) {
    const url = values.get(option);
    if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url)) {
      throw new UsageError(`${option} must be an http(s) URL, but is "${url}".`);
    }
  }
  return {
    command: 'preview',
    repo: { owner: match[1], name: match[2] },
    tag,
    apiUrl: values.get('--api-url'),
    graphqlUrl: values.get('--graphql-url'),
    config: values.get('--config') ?? DEFAULT_CONFIG_PATH,
    bot: values.get('--bot') ?? 'github-actions[bot]',
  };
}

/** The web root for links: github.com for api.github.com, the host for GHES (…/api/v3), else the API root. */
export function serverUrlFor(apiUrl: string): string {
  const root = apiUrl.replace(/\/+$/, '');
  if (/^https:\/\/api\.github\.com$/i.test(root)) return 'https://github.com';
  if (root.endsWith('/api/v3')) return root.slice(0, -'/api/v3'.length);
  return root;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
  cwd: string,
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`release-retro: ${error.message}\nRun \`release-retro --help\` for usage.\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    io.stderr(
      'release-retro: set GITHUB_TOKEN to a token that can read the repository, e.g. ' +
        '`GITHUB_TOKEN=$(gh auth token) release-retro preview …`.\n',
    );
    return 2;
  }
  const now = env.RELEASE_RETRO_NOW ? new Date(env.RELEASE_RETRO_NOW) : new Date();
  if (Number.isNaN(now.getTime())) {
    io.stderr(`release-retro: RELEASE_RETRO_NOW is not an ISO time: "${env.RELEASE_RETRO_NOW}".\n`);
    return 2;
  }
  const apiUrl = args.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com';
  const graphqlUrl = args.graphqlUrl ?? (args.apiUrl ? undefined : env.GITHUB_GRAPHQL_URL);
  // stdout is the markdown alone; everything else is a diagnostic.
  const log: Logger = {
    info: (message) => io.stdout(`${message}\n`),
    warning: (message) => io.stderr(`warning: ${message}\n`),
    debug: (message) => {
      if (env.RUNNER_DEBUG === '1') io.stderr(`debug: ${message}\n`);
    },
  };
  try {
    const github = createGitHubClient({ token, apiUrl, graphqlUrl, log });
    const configText = await readConfigText(github, args.repo, args.config, cwd);
    const config = loadConfig(configText, args.config);
    const ctx: RetroContext = {
      github,
      projectGithub: null,
      writes: new WriteGateway({ dryRun: true, intervalMs: 0, log: { info: log.warning } }),
      repo: args.repo,
      config,
      now,
      log,
      workspace: cwd,
      serverUrl: serverUrlFor(apiUrl),
      actorLogin: async () => args.bot,
    };
    await previewRetrospective(ctx, args.tag);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = (error as { status?: number }).status;
    const hint =
      status === 401
        ? ' GitHub did not accept the token: check GITHUB_TOKEN.'
        : status === 404 && !(error instanceof ConfigError)
          ? ` Check that ${args.repo.owner}/${args.repo.name} exists and the token can read it.`
          : '';
    io.stderr(`release-retro: ${message}${hint}\n`);
    return 1;
  }
}

/** Whether this module is the program being run (dist/cli.js, also through npm's bin symlink), not an import. */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await main(
    process.argv.slice(2),
    process.env,
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    process.cwd(),
  );
}
