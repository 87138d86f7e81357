/**
 * The cold benchmark: dist/index.js run as a runner runs it (a new process every run, emulator/run-action.ts)
 * for the five kinds of run a repository sees, against the synthetic release with the per-node latency model.
 * Per run: requests, GraphQL points, the chain of round trips that waited for each other, wall time, CPU and
 * peak memory; per kind the median and spread of the runs, against the emulator's own bound and critical path
 * (emulator/bounds.ts). docs/performance.md explains the figures.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type RunBound, type RunKind, type RunNeeds, runBound } from '../emulator/bounds.ts';
import {
  DEFAULT_TOKEN,
  type Emulator,
  type LatencyModel,
  type RequestLogEntry,
  startEmulator,
} from '../emulator/index.ts';
import { runAction } from '../emulator/run-action.ts';
import { loadConfig } from '../src/config/load.ts';
import { DEFAULT_CONFIG_PATH } from '../src/config/read-config.ts';
import { type BenchSize, benchScenario } from './bench-figures.ts';

export const RUN_KINDS: readonly RunKind[] = ['preview', 'open', 'scheduled', 'command', 'finalize'];
const REPO = 'acme/big';
const TAG = 'v2.0.0';
/** GITHUB_TOKEN's hourly budget per repository: 1,000 REST requests, 1,000 GraphQL points. */
const BUDGET = { rest: 1000, graphqlPoints: 1000 };

export interface RunMeasure {
  requests: number;
  restRequests: number;
  graphqlPoints: number;
  /** Longest chain of requests of this run where each started after the one before had been answered. */
  chain: number;
  /** Reads asked again with the same path and variables, with no write in between. */
  repeatedReads: number;
  wallMs: number;
  cpuMs: number;
  peakMemoryMb: number;
  budgetShare: number;
}

export interface RunSeries {
  runs: RunMeasure[];
  median: RunMeasure;
  spread: { wallMs: [number, number]; cpuMs: [number, number]; requests: [number, number] };
}

export interface KindReport extends RunSeries {
  kind: RunKind;
  bound: RunBound;
  /**
   * The critical path plus the median wall time of a Node process that runs an empty module, spawned as the
   * runs are: no process here can take less, since a request leaves after Node has started and the run ends
   * when Node has exited (docs/performance.md, "The floor of a Node process").
   */
  floorMs: number;
  /** With `baseline`: the other build's runs, made alternately with this build's. */
  baseline?: RunSeries;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The chain of dependent round trips, from the emulator's log: the longest sequence of requests in which each
 * arrived after the previous one was answered.
 */
export function measuredChain(requests: readonly RequestLogEntry[]): number {
  const sorted = [...requests].sort((a, b) => a.startMs + a.durationMs - (b.startMs + b.durationMs));
  const depth: number[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const r = sorted[i] as RequestLogEntry;
    let best = 0;
    for (let j = 0; j < i; j += 1) {
      const before = sorted[j] as RequestLogEntry;
      if (before.startMs + before.durationMs <= r.startMs) best = Math.max(best, depth[j] as number);
    }
    depth.push(best + 1);
  }
  return Math.max(0, ...depth);
}

const isWrite = (r: RequestLogEntry) =>
  r.operation
    ? /^(Add|Create|Update|Close|Delete|Remove|Set|Move|Lock|Mark)/.test(r.operation)
    : r.method !== 'GET';

/** Reads repeated with no write in between: the same method, path and GraphQL variables. */
export function repeatedReads(requests: readonly RequestLogEntry[]): number {
  let seen = new Set<string>();
  let repeated = 0;
  for (const r of [...requests].sort((a, b) => a.startMs - b.startMs)) {
    if (isWrite(r)) {
      seen = new Set();
      continue;
    }
    const key = `${r.method} ${r.path} ${r.operation ?? ''} ${r.variables ?? ''}`;
    if (seen.has(key)) repeated += 1;
    seen.add(key);
  }
  return repeated;
}

/** The mutable parts of the state a run changes, restored before each run so every run starts alike. */
type Snapshot = Record<string, unknown>;
const MUTABLE = [
  'discussions',
  'discussionComments',
  'issues',
  'issueComments',
  'labels',
  'milestones',
  'reactions',
  'projectItems',
  'projectFieldValues',
  'files',
] as const;

function snapshot(emulator: Emulator): Snapshot {
  const state = emulator.state as unknown as Record<string, unknown>;
  return Object.fromEntries(MUTABLE.map((key) => [key, structuredClone(state[key])]));
}

function restore(emulator: Emulator, saved: Snapshot): void {
  const state = emulator.state as unknown as Record<string, unknown>;
  for (const key of MUTABLE) state[key] = structuredClone(saved[key]);
}

async function graphql<T>(emulator: Emulator, token: string, query: string, variables: object): Promise<T> {
  const res = await fetch(emulator.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (!json.data || json.errors) throw new Error(`bench setup: ${JSON.stringify(json.errors)}`);
  return json.data;
}

interface Posted {
  id: string;
  databaseId: number;
  url: string;
  createdAt: string;
  updatedAt: string;
  body: string;
}

async function postComment(emulator: Emulator, discussionId: string, body: string): Promise<Posted> {
  const data = await graphql<{ addDiscussionComment: { comment: Omit<Posted, 'body'> } }>(
    emulator,
    'ghp_maya',
    `mutation($discussionId: ID!, $body: String!) {
      addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
        comment { id databaseId url createdAt updatedAt }
      }
    }`,
    { discussionId, body },
  );
  return { ...data.addDiscussionComment.comment, body };
}

/** The discussion_comment payload GitHub sends (the fields the action reads). */
function commentEvent(discussion: { id: string; number: number }, comment: Posted) {
  return {
    action: 'created',
    comment: {
      id: comment.databaseId,
      node_id: comment.id,
      body: comment.body,
      user: { login: 'maya', type: 'User' },
      author_association: 'OWNER',
      parent_id: null,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      html_url: comment.url,
    },
    discussion: {
      number: discussion.number,
      node_id: discussion.id,
      title: `Retrospective: ${TAG}`,
      category: { slug: 'retrospectives', name: 'Retrospectives' },
      user: { login: 'github-actions[bot]', type: 'Bot' },
    },
    repository: { full_name: REPO },
    sender: { login: 'maya', type: 'User' },
  };
}

type Launch = Omit<Parameters<typeof runAction>[0], 'apiUrl'>;

/** A preload that reports the child's CPU time and peak memory (resident set) when it exits. */
function usageProbe(): { env: Record<string, string>; file: string } {
  const dir = tmpdir();
  const preload = join(dir, 'release-retro-bench-usage.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.RELEASE_RETRO_BENCH_USAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
});\n`,
  );
  const file = join(dir, `release-retro-bench-usage-${process.pid}.json`);
  return { env: { NODE_OPTIONS: `--require ${preload}`, RELEASE_RETRO_BENCH_USAGE: file }, file };
}

/** An empty module, the entry of the runs that measure Node's own start and exit. */
function emptyEntry(): string {
  const file = join(tmpdir(), 'release-retro-bench-empty.mjs');
  writeFileSync(file, '');
  return file;
}

/** The five items the scene proposes and accepts: owner and due date (+2w). */
const ITEM_OWNERS = ['sam', 'ana', 'lee', 'maya', 'sam'];

/**
 * What the user's side asks of each run, for the emulator's bound: the action's default configuration (the
 * scene has no config file) and the scene's five items. Inputs to the bound, not the action's output.
 */
function runNeeds(now: string): RunNeeds {
  const config = loadConfig(null, 'bench');
  const due = new Date(Date.parse(now) + 14 * 86_400_000).toISOString().slice(0, 10);
  const owners = new Set(ITEM_OWNERS).size;
  return {
    configPath: DEFAULT_CONFIG_PATH,
    discussionCategory: config.discussionCategory,
    maturityHours: config.maturity.hours,
    incidentLabels: config.labels.incident,
    issueLabels: [...config.labels.incident, ...config.labels.bug, ...config.labels.feedback],
    externalChecks: config.externalChecks,
    voice: config.voice,
    surveyPrompts: config.survey.length,
    scheduledTrains: 10,
    commandItems: { items: ITEM_OWNERS.length, owners },
    finalizeItems: {
      items: ITEM_OWNERS.length,
      owners,
      labels: [
        config.actionItems.labels.base,
        `${config.actionItems.labels.tagPrefix}${TAG}`,
        `${config.actionItems.labels.priorityPrefix}${config.actionItems.defaultPriority}`,
      ],
      milestone: config.actionItems.milestones.title.replaceAll('{month}', due.slice(0, 7)),
    },
  };
}

export interface ColdOptions {
  size: BenchSize;
  latency: LatencyModel;
  runs: number;
  kinds?: readonly RunKind[];
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
  /** Every measured run's requests, as the emulator served them (with `baseline`, the baseline's runs too). */
  onRun?: (kind: RunKind, requests: readonly RequestLogEntry[]) => void;
  /**
   * Another build's dist/ directory, to compare with this one's. Each kind then runs `runs` times with each
   * build, alternately, so both series see the machine alike: a series run after the other can differ by more
   * than a change is worth, because the machine drifts (docs/performance.md, "Comparing two builds").
   */
  baseline?: string;
}

/** The bundle of a build's dist/ directory, checked before any run. */
function baselineEntry(dir: string): string {
  const entry = resolve(dir, 'index.js');
  if (!existsSync(entry))
    throw new Error(`--baseline ${dir} has no index.js: give the dist/ directory of another build.`);
  return entry;
}

export async function coldBench(options: ColdOptions): Promise<KindReport[]> {
  const kinds = options.kinds ?? RUN_KINDS;
  const baseline = options.baseline === undefined ? undefined : baselineEntry(options.baseline);
  const emulator = await startEmulator({ scenario: benchScenario(options.size), latencyMs: 0 });
  const token = emulator.state.tokens.find((t) => t.token === DEFAULT_TOKEN);
  if (!token) throw new Error('the synthetic scenario has no GITHUB_TOKEN');
  const now = emulator.clock.iso();
  const probe = usageProbe();
  const launch = (l: Launch) =>
    runAction({ apiUrl: emulator.url, repository: REPO, now, ...l, env: { ...probe.env, ...l.env } });
  const progress = options.progress ?? (() => undefined);

  try {
    // Set-up runs (not measured, no latency): an opened retrospective, a comment proposing five items, and
    // those items accepted, each state saved so every measured run of a kind starts from the same one.
    const fresh = snapshot(emulator);
    const setupRun = async (l: Launch) => {
      const run = await launch(l);
      if (run.exitCode !== 0) throw new Error(`bench set-up run failed:\n${run.stdout}\n${run.stderr}`);
    };
    const launches: Partial<Record<RunKind, Launch>> = {
      preview: { eventName: 'workflow_dispatch', inputs: { mode: 'preview', tag: TAG } },
      open: { eventName: 'workflow_dispatch', inputs: { mode: 'open', tag: TAG } },
      scheduled: { eventName: 'schedule' },
    };
    const start: Partial<Record<RunKind, Snapshot>> = { preview: fresh, open: fresh, scheduled: fresh };
    if (kinds.includes('command') || kinds.includes('finalize')) {
      await setupRun({ eventName: 'workflow_dispatch', inputs: { mode: 'open', tag: TAG } });
      const discussion = emulator.state.discussions.find((d) => d.title === `Retrospective: ${TAG}`);
      if (!discussion) throw new Error('bench set-up: the retrospective was not opened');
      const target = { id: emulator.state.nodeId('discussion', discussion.id), number: discussion.number };
      const proposals = ITEM_OWNERS.map((owner, i) => `/action Follow-up ${i + 1} @${owner} due:+2w`).join(
        '\n',
      );
      const proposal = await postComment(emulator, target.id, proposals);
      start.command = snapshot(emulator);
      launches.command = { eventName: 'discussion_comment', payload: commentEvent(target, proposal) };
      await setupRun(launches.command);
      const accept = await postComment(emulator, target.id, '/accept A1 A2 A3 A4 A5');
      await setupRun({ eventName: 'discussion_comment', payload: commentEvent(target, accept) });
      start.finalize = snapshot(emulator);
      launches.finalize = { eventName: 'workflow_dispatch', inputs: { mode: 'finalize', tag: TAG } };
    }

    // Node's own start and exit, spawned as every run is (the same launcher, environment and usage probe),
    // once before each measured run, so it sees the machine as the runs do.
    const empty = emptyEntry();
    const nodeWall = async () => {
      const started = performance.now();
      const run = await launch({ eventName: 'schedule', entry: empty });
      if (run.exitCode !== 0) throw new Error(`the empty module's run failed:\n${run.stderr}`);
      return performance.now() - started;
    };

    emulator.setLatency(options.latency);
    const reports: KindReport[] = [];
    for (const kind of kinds) {
      const begin = start[kind] as Snapshot;
      const launchOf = launches[kind] as Launch;
      restore(emulator, begin);
      const bound = runBound(emulator.state, {
        kind,
        repo: REPO,
        tag: TAG,
        now,
        latency: options.latency,
        needs: runNeeds(now),
      });
      const runs: RunMeasure[] = [];
      const baselineRuns: RunMeasure[] = [];
      const nodeWalls: number[] = [];
      const builds = baseline === undefined ? [undefined] : [undefined, baseline];
      for (let i = 0; i < Math.max(1, options.runs) * builds.length; i += 1) {
        const entry = builds[i % builds.length];
        if (i % builds.length === 0) nodeWalls.push(await nodeWall());
        restore(emulator, begin);
        // A fresh rate-limit hour for every run (the clock otherwise stands still); nothing read depends on it.
        emulator.clock.advance(3_600_000);
        const from = emulator.requests.length;
        const started = performance.now();
        const run = await launch({ ...launchOf, ...(entry ? { entry } : {}) });
        const wallMs = performance.now() - started;
        if (run.exitCode !== 0) throw new Error(`${kind} run failed:\n${run.stdout}\n${run.stderr}`);
        const requests = emulator.requests.slice(from);
        options.onRun?.(kind, requests);
        const usage = JSON.parse((await import('node:fs')).readFileSync(probe.file, 'utf8')) as {
          cpuMs: number;
          maxRssKb: number;
        };
        const core = emulator.limits.bucket(token, 'core').used;
        const points = emulator.limits.bucket(token, 'graphql').used;
        const series = entry ? baselineRuns : runs;
        series.push({
          requests: requests.length,
          restRequests: core,
          graphqlPoints: points,
          chain: measuredChain(requests),
          repeatedReads: repeatedReads(requests),
          wallMs: Math.round(wallMs),
          cpuMs: Math.round(usage.cpuMs),
          peakMemoryMb: Math.round(usage.maxRssKb / 1024),
          budgetShare: Math.max(core / BUDGET.rest, points / BUDGET.graphqlPoints),
        });
        progress(
          `${kind} run ${series.length}${entry ? ' (baseline)' : ''}: ${JSON.stringify(series.at(-1))}`,
        );
      }
      reports.push({
        kind,
        bound,
        floorMs: bound.criticalPathMs + Math.round(median(nodeWalls)),
        ...summarise(runs),
        ...(baseline === undefined ? {} : { baseline: summarise(baselineRuns) }),
      });
    }
    return reports;
  } finally {
    await emulator.close();
  }
}

/** The median and spread of a series of runs. */
function summarise(runs: RunMeasure[]): RunSeries {
  const mid = (key: keyof RunMeasure) => median(runs.map((r) => r[key]));
  const range = (key: keyof RunMeasure): [number, number] => [
    Math.min(...runs.map((r) => r[key])),
    Math.max(...runs.map((r) => r[key])),
  ];
  return {
    runs,
    median: {
      requests: mid('requests'),
      restRequests: mid('restRequests'),
      graphqlPoints: mid('graphqlPoints'),
      chain: mid('chain'),
      repeatedReads: mid('repeatedReads'),
      wallMs: mid('wallMs'),
      cpuMs: mid('cpuMs'),
      peakMemoryMb: mid('peakMemoryMb'),
      budgetShare: mid('budgetShare'),
    },
    spread: { wallMs: range('wallMs'), cpuMs: range('cpuMs'), requests: range('requests') },
  };
}

/** The last line the issue specifies: medians per kind. */
export function summaryJson(reports: readonly KindReport[]) {
  return {
    runs: reports.map((r) => ({
      kind: r.kind,
      requests: r.median.requests,
      bound: r.bound.requests,
      wallMs: r.median.wallMs,
      criticalPathMs: r.bound.criticalPathMs,
      floorMs: r.floorMs,
      budgetShare: Math.round(r.median.budgetShare * 10_000) / 10_000,
    })),
  };
}
