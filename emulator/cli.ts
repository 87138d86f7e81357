/**
 * `npm run emulator -- --scenario demo --port 4010`: serves an emulator by hand and prints its URLs and tokens.
 * Options: --scenario <id>, --port <n> (default 4010), --host <addr>, --latency <ms>, --now <iso>.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './index.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'demo' },
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
    now: { type: 'string' },
  },
});

const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0)
  throw new Error(`--port must be a non-negative integer, got ${values.port}`);
if (!Number.isFinite(latencyMs) || latencyMs < 0)
  throw new Error(`--latency must be a number of ms, got ${values.latency}`);

const emu = await startEmulator({
  scenario: values.scenario,
  port,
  host: values.host,
  latencyMs,
  ...(values.now ? { scenarioOptions: { now: values.now } } : {}),
});

const lines = [
  `GitHub emulator: scenario "${values.scenario}", now ${emu.clock.iso()}`,
  `REST:    ${emu.url}`,
  `GraphQL: ${emu.graphqlUrl}`,
  'Tokens:',
  ...emu.state.tokens.map(
    (t) =>
      `  ${t.token.padEnd(24)} ${t.login}${t.kind === 'installation' ? ' (GITHUB_TOKEN-like)' : ''}${t.projects ? ' (may use Projects)' : ''}`,
  ),
  `Repos: ${emu.state.repos.map((r) => r.fullName).join(', ')}`,
  'Ctrl-C to stop.',
];
process.stdout.write(`${lines.join('\n')}\n`);

const stop = () => {
  emu.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
