/**
 * A GitHub emulator on loopback for e2e tests, the benchmark and the demo: REST at the root, GraphQL at
 * `/graphql`, state readable after a run, a settable clock, injected latency and faults.
 */
import type { AddressInfo } from 'node:net';
import { DOCUMENTED_PERMISSIONS, type WorkflowPermissions } from '../src/github/workflow-permissions.ts';
import { Clock } from './clock.ts';
import { type Fault, Faults } from './faults.ts';
import { githubSchema } from './graphql/schema.ts';
import type { LatencyOption } from './latency.ts';
import { RateLimiter } from './ratelimit.ts';
import { resolveScenario } from './scenarios/index.ts';
import { loadScenario } from './scenarios/load.ts';
import type { ScenarioOptions, ScenarioSpec } from './scenarios/spec.ts';
import { createEmulatorServer, type RequestLogEntry } from './server.ts';
import type { EmulatorState } from './state.ts';

export type { WorkflowPermissions } from '../src/github/workflow-permissions.ts';
export type { Fault, FaultKind } from './faults.ts';
export { type LatencyModel, type LatencyOption, nodesReturned, requestCostMs } from './latency.ts';
export { BOT_LOGIN, DEFAULT_TOKEN, DEMO_NOW, demoScenario } from './scenarios/demo.ts';
export { scenarios } from './scenarios/index.ts';
export type { ScenarioOptions, ScenarioSpec } from './scenarios/spec.ts';
export { type SyntheticOptions, syntheticScenario } from './scenarios/synthetic.ts';
export type { RequestLogEntry } from './server.ts';
export { EmulatorState } from './state.ts';
export type * from './types.ts';

export interface EmulatorOptions {
  /** A scenario id (`demo`, `synthetic`) or a scenario spec; default `demo`. */
  scenario?: string | ScenarioSpec;
  /** Options for a scenario given by id (extra files, another `now`). */
  scenarioOptions?: ScenarioOptions;
  /** Delay before each response: fixed, uniform in a range, or fixed + per node returned (latency.ts). */
  latencyMs?: LatencyOption;
  faults?: Fault[];
  /** Seed of the generator behind faults with a `probability` (default 1): the same seed, the same faults. */
  faultSeed?: number;
  /**
   * The workflow's `permissions:` for installation tokens (GITHUB_TOKEN): default the documented block
   * (src/github/workflow-permissions.ts). Calls it does not cover are refused as GitHub refuses them.
   */
  permissions?: WorkflowPermissions;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

export interface Emulator {
  /** REST base URL, e.g. `http://127.0.0.1:4010` (pass as Octokit's `baseUrl`). */
  url: string;
  graphqlUrl: string;
  state: EmulatorState;
  clock: Clock;
  /** Every request served, in order. */
  requests: RequestLogEntry[];
  faults: Faults;
  limits: RateLimiter;
  /** Replaces the permissions of every installation token, as if the workflow's `permissions:` block changed. */
  grant(permissions: WorkflowPermissions): void;
  /** The first token acting as `login` (a plain PAT is preferred over a projects PAT). */
  tokenFor(login: string): string;
  as(login: string): { token: string; login: string };
  /** Changes the latency from the next request on (the benchmark sets its scene up without it). */
  setLatency(latency: LatencyOption): void;
  /**
   * The base URL its answers name (`url` fields, `Link` headers), from the next request on: GitHub's name
   * https://api.github.com, whatever address reached it, so a client behind a TLS front or a tunnelling proxy
   * pages through the same front. Null: its own `url` (the default).
   */
  servedAt(publicUrl: string | null): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const spec = resolveScenario(options.scenario ?? 'demo', options.scenarioOptions);
  const state = loadScenario(spec);
  const grant = (permissions: WorkflowPermissions) => {
    for (const token of state.tokens)
      if (token.kind === 'installation') token.permissions = { ...permissions };
  };
  grant(options.permissions ?? DOCUMENTED_PERMISSIONS);
  // Build GitHub's schema (~0.5 s, once per process) now, so the first GraphQL call is not an outlier.
  githubSchema();
  const clock = new Clock(spec.now);
  const limits = new RateLimiter(clock);
  const faults = new Faults(options.faults, options.faultSeed);
  const requests: RequestLogEntry[] = [];
  const host = options.host ?? '127.0.0.1';
  let url = '';
  let publicUrl: string | null = null;
  const deps = {
    state,
    clock,
    limits,
    faults,
    requests,
    latencyMs: options.latencyMs ?? 0,
    baseUrl: () => publicUrl ?? url,
  };
  const { server, hanging } = createEmulatorServer(deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host}:${port}`;

  const tokenFor = (login: string): string => {
    const mine = state.tokens.filter((t) => t.login.toLowerCase() === login.toLowerCase());
    const token = mine.find((t) => !t.projects) ?? mine[0];
    if (!token) throw new Error(`The scenario defines no token for ${login}`);
    return token.token;
  };

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    state,
    clock,
    requests,
    faults,
    limits,
    grant,
    tokenFor,
    setLatency: (latency) => {
      deps.latencyMs = latency;
    },
    servedAt: (base) => {
      publicUrl = base === null ? null : base.replace(/\/+$/, '');
    },
    as: (login) => ({ token: tokenFor(login), login }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
