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
import { parseArgs as parseNodeArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError } from './config/config-error.ts';
import { loadLineConfigs } from './config/load.ts';
import { DEFAULT_CONFIG_PATH, readConfigText } from './config/read-config.ts';
import { createGitHubClient, type GitHub } from './github/client.ts';
import { type Identity, userIdentity } from './github/identity.ts';
import { WriteGateway } from './github/writes.ts';
import type { Logger, RetroContext } from './retro/context.ts';
import { previewRetrospective } from './retro/open/index.ts';
import { lineOfTag } from './select-lines.ts';

export const USAGE = `release-retro: blameless release retrospectives on GitHub.

Usage:
  release-retro preview --repo owner/name --tag v1.2.3 [options]
  release-retro --help | --version

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
  -V, --version        print the version

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

export type CliArgs = PreviewArgs | { command: 'help' } | { command: 'version' };

/** The options `node:util` parseArgs reads; every one but the flags takes a value. */
const OPTIONS = {
  repo: { type: 'string' },
  tag: { type: 'string' },
  'api-url': { type: 'string' },
  'graphql-url': { type: 'string' },
  config: { type: 'string' },
  bot: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** parseArgs' own messages name Node internals; these say what to type instead. */
function usageErrorFrom(error: unknown, argv: readonly string[]): UsageError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = /'([^']+)'/.exec(message)?.[1] ?? message;
    return new UsageError(`Unknown option "${name.split('=')[0]}".`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'(--[\w-]+)/.exec(message)?.[1] ?? 'An option';
    return new UsageError(`${name} needs a value.`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = argv.find((a, i) => i > 0 && !a.startsWith('-')) ?? '';
    return new UsageError(`Unexpected argument "${arg}": options take the form --name value.`);
  }
  return new UsageError(message);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv[0] === 'help') return { command: 'help' };
  const parsed = (() => {
    try {
      return parseNodeArgs({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
        tokens: true,
      });
    } catch (error) {
      throw usageErrorFrom(error, argv);
    }
  })();
  const { values, positionals, tokens } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError('Which command? The only command is "preview".');
  if (command !== 'preview') {
    throw new UsageError(`Unknown command "${command}". The only command is "preview".`);
  }
  if (extra.length > 0) {
    throw new UsageError(`Unexpected argument "${extra[0]}": options take the form --name value.`);
  }
  // parseArgs keeps the last of a repeated option and takes "--tag --config" as the value "--config".
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice.`);
    seen.add(token.name);
    if (
      OPTIONS[token.name as OptionName].type === 'string' &&
      (!token.value || (token.inlineValue === false && token.value.startsWith('-')))
    ) {
      throw new UsageError(`--${token.name} needs a value.`);
    }
  }
  const repo = values.repo;
  const tag = values.tag;
  if (!repo) throw new UsageError('--repo owner/name is required.');
  if (!tag) throw new UsageError('--tag is required: which release to preview, e.g. --tag v1.2.3.');
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repo);
  if (!match?.[1] || !match[2]) throw new UsageError(`--repo must look like owner/name, but is "${repo}".`);
  for (const option of ['api-url', 'graphql-url'] as const) {
    const url = values[option];
    if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url)) {
      throw new UsageError(`--${option} must be an http(s) URL, but is "${url}".`);
    }
  }
  return {
    command: 'preview',
    repo: { owner: match[1], name: match[2] },
    tag,
    apiUrl: values['api-url'],
    graphqlUrl: values['graphql-url'],
    config: values.config ?? DEFAULT_CONFIG_PATH,
    bot: values.bot ?? 'github-actions[bot]',
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
  progressEvery = PROGRESS_EVERY,
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
  if (args.command === 'version') {
    io.stdout(`${packageJson.version}\n`);
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
    reportProgress(github, io, `${args.repo.owner}/${args.repo.name}`, progressEvery);
    const configText = await readConfigText(github, args.repo, args.config, cwd);
    const configs = loadLineConfigs(configText, args.config);
    // With several release lines, the tag's own line (its tag pattern) scopes the preview.
    const config = lineOfTag(configs, args.tag) ?? configs[0];
    if (!config) throw new ConfigError(`${args.config} describes no release line.`);
    // The action's retrospectives are recognised by its account's id, which GitHub tells for its login.
    let bot: Promise<Identity> | undefined;
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
      actor: () => {
        bot ??= userIdentity(github, args.bot);
        return bot;
      },
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

/** How many GitHub requests pass between two progress lines. */
export const PROGRESS_EVERY = 25;

/**
 * A collection can take hundreds of requests; a line on stderr every PROGRESS_EVERY requests shows it is
 * moving (stdout stays the markdown alone).
 */
function reportProgress(github: GitHub, io: CliIo, repo: string, every: number): void {
  let requests = 0;
  github.hook.before('request', (options) => {
    requests += 1;
    if (requests % every !== 0) return;
    const what = options.url === '/graphql' || /\/graphql$/.test(options.url) ? 'GraphQL' : options.url;
    io.stderr(`release-retro: collecting ${repo}: ${requests} requests to GitHub so far (now: ${what})\n`);
  });
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
