/**
 * What a run of release-retro needs from GitHub, computed from the emulator's own state: the fewest requests
 * (the bound) and the longest chain of requests that must wait for each other, priced by the latency model
 * (the critical path). Never from what the action did: the benchmark compares the action's requests and wall
 * time against these. docs/performance.md states the derivation.
 *
 * A run is a graph of steps. A step is a read or write of one kind (the release list, the compare of one train
 * segment, the survey comments); it starts when the steps it depends on are done and takes `rounds`: requests
 * of one round go in parallel (the pages a total makes known), rounds follow each other (cursor pages, page 1
 * before the others). The critical path is the longest path through the graph, each step costing the sum over
 * its rounds of the slowest request of the round under the latency model.
 */
import semver from 'semver';
import { type LatencyModel, requestCostMs } from './latency.ts';
import type { EmulatorState } from './state.ts';

export type RunKind = 'preview' | 'open' | 'scheduled' | 'command' | 'finalize';

/** What the user's configuration asks of the run (the action's defaults unless the scenario says otherwise). */
export interface RunNeeds {
  /** The config file's path on the default branch (read whether it exists or not). */
  configPath: string;
  discussionCategory: string;
  /** Patch releases within this many hours of the train's last release are its hotfixes. */
  maturityHours: number;
  incidentLabels: string[];
  /** Labels whose issues feed incidents, bugs and feedback (one query: GraphQL's `labels` filter is an OR). */
  issueLabels: string[];
  /** `external-checks`: each tag's combined status and its check runs are read only when asked for. */
  externalChecks: { statuses: boolean; checkRuns: boolean };
  /** `voice`: the categories whose discussions are read, and whether mentioning issues are (one query). */
  voice: { discussionCategories: string[]; mentioningIssues: boolean };
  /** Survey prompts: one thread (comment) each. */
  surveyPrompts: number;
  /** Trains a scheduled run considers for maturity (the newest ones). */
  scheduledTrains: number;
  /** `/action` lines in the comment of a command run, and the distinct owners they name. */
  commandItems?: { items: number; owners: number };
  /** Accepted items a finalize turns into issues, with their distinct owners and the labels they carry. */
  finalizeItems?: { items: number; owners: number; labels: string[]; milestone: string };
}

export interface BoundOptions {
  kind: RunKind;
  /** owner/name */
  repo: string;
  /** The release the run is about. */
  tag: string;
  /** The run's clock (RELEASE_RETRO_NOW). */
  now: string;
  latency: LatencyModel;
  needs: RunNeeds;
}

export interface Step {
  name: string;
  after: string[];
  /** Node counts of the requests, round by round. */
  rounds: number[][];
}

export interface RunBound {
  /** The fewest requests. */
  requests: number;
  /** The longest chain of steps, priced by the latency model. */
  criticalPathMs: number;
  /** The requests on that chain. */
  chainRequests: number;
  /** The steps on that chain, first to last. */
  chain: string[];
  steps: Step[];
}

const PAGE = 100;

/** `n` items at 100 a page: their sizes. At least one page: a source must be asked once to learn it is empty. */
export function pageSizes(n: number): number[] {
  const sizes: number[] = [];
  for (let left = n; left > 0; left -= PAGE) sizes.push(Math.min(PAGE, left));
  return sizes.length > 0 ? sizes : [0];
}

/**
 * A newest-first listing read down to a start time: `wanted` items are newer, `older` items follow. The reader
 * must see an item older than the start (or the end of the list) to know it is done, so one more item is read
 * when older ones exist: the stop page.
 */
export function stopPages(wanted: number, older: number): number[] {
  const total = wanted + older;
  const pages = Math.max(1, Math.ceil((wanted + (older > 0 ? 1 : 0)) / PAGE));
  return Array.from({ length: pages }, (_, i) => Math.max(0, Math.min(PAGE, total - i * PAGE)));
}

/** Top-level connections one GraphQL query may ask for at the least price (40 / 100 rounds to 1 point). */
export const CONNECTIONS_PER_POINT = 40;
/** Requests a client keeps in flight for bulk reads (src/collect/util.ts), which windows are spread over. */
export const PARALLEL_READS = 6;

/**
 * Reading the `n` commits of a compare, the fewer requests of two ways: compare pages (page 1 gives the total,
 * the others go at once), or page 1, the tag's commit, then the rest as windows of the tag's history, 100
 * commits a window, CONNECTIONS_PER_POINT windows a query at most (GitHub prices such a query at 1 point).
 * The windows are spread over PARALLEL_READS queries at least: the latency model prices a request by the
 * nodes it returns, so one query of 4,000 commits would take as long as 40 pages in a row; the bound is the
 * fewest requests that read the commits no slower than parallel requests do, not the fewest at any speed.
 * The windows need to hold exactly the compare set (src/collect/history-windows.ts), which the synthetic
 * history, linear and dated in order, does.
 */
export function compareRounds(n: number): number[][] {
  const pages = pageSizes(n);
  const rest = Math.max(0, n - PAGE);
  const windows = Math.ceil(rest / PAGE);
  const queries = Math.max(Math.ceil(windows / CONNECTIONS_PER_POINT), Math.min(windows, PARALLEL_READS));
  if (pages.length <= 2 + queries) return fanOut(pages);
  const perQuery = Math.ceil(rest / queries);
  const sizes = Array.from({ length: queries }, (_, i) =>
    Math.max(0, Math.min(perQuery, rest - i * perQuery)),
  );
  return [[pages[0] as number], [0], sizes];
}

/** Cursor pages: one round each. */
const sequential = (sizes: number[]): number[][] => sizes.map((s) => [s]);
/** Numbered pages whose total page 1 tells: page 1, then every other page at once. */
const fanOut = (sizes: number[]): number[][] =>
  sizes.length > 1 ? [[sizes[0] as number], sizes.slice(1)] : [[sizes[0] ?? 0]];

interface Train {
  release: { tagName: string; createdAt: string; publishedAt: string };
  hotfixes: { tagName: string; createdAt: string; publishedAt: string }[];
  previous: { tagName: string; createdAt: string; publishedAt: string } | null;
  /** When the next train's release was published (it ends the observation period early), if any. */
  nextAt?: string;
}

/** The repository's release trains, oldest first (a patch release within maturityHours joins the train). */
function trainsOf(state: EmulatorState, repo: string, maturityHours: number): Train[] {
  const releases = state.releases
    .filter((r) => r.repo === repo && r.publishedAt && semver.valid(semver.coerce(r.tagName)))
    .map((r) => ({
      tagName: r.tagName,
      createdAt: r.createdAt,
      publishedAt: r.publishedAt as string,
      version: semver.coerce(r.tagName) as semver.SemVer,
    }))
    .sort((a, b) => semver.compare(a.version, b.version));
  const trains: (Train & { lastAt: string; base: semver.SemVer })[] = [];
  let previous: Train['previous'] = null;
  for (const r of releases) {
    const current = trains.at(-1);
    const sinceLast = current ? Date.parse(r.publishedAt) - Date.parse(current.lastAt) : -1;
    if (
      current &&
      r.version.major === current.base.major &&
      r.version.minor === current.base.minor &&
      sinceLast >= 0 &&
      sinceLast < maturityHours * 3_600_000
    ) {
      current.hotfixes.push(r);
      current.lastAt = r.publishedAt;
      previous = r;
      continue;
    }
    const before = trains.at(-1);
    if (before) before.nextAt = r.publishedAt;
    trains.push({ release: r, hotfixes: [], previous, lastAt: r.publishedAt, base: r.version });
    previous = r;
  }
  return trains;
}

function tagSha(state: EmulatorState, repo: string, tag: string): string {
  const ref = state.refs.find((r) => r.repo === repo && r.ref === `refs/tags/${tag}`);
  if (!ref) throw new Error(`bounds: ${repo} has no tag ${tag}`);
  return ref.sha;
}

/** The steps of gathering one train's data (src/collect does this; here from what the release holds). */
function collectionSteps(
  state: EmulatorState,
  options: BoundOptions,
  train: Train,
  start: string[],
  deploymentsRead: boolean,
): Step[] {
  const { repo, needs, now } = options;
  const since = train.previous?.createdAt ?? '';
  const tags = [train.release, ...train.hotfixes];
  // The repository lookup (default branch) depends on nothing: a run starts it with its config read.
  const steps: Step[] = [{ name: 'repository', after: [], rounds: [[0]] }];

  // Commits: one compare per train segment (previous...release, release...hotfix1, …).
  const bases = [train.previous, ...tags.slice(0, -1)];
  tags.forEach((tag, i) => {
    const base = bases[i];
    const count = base
      ? state.compare(tagSha(state, repo, base.tagName), tagSha(state, repo, tag.tagName)).ahead.length
      : state.ancestors(tagSha(state, repo, tag.tagName)).length;
    steps.push({
      name: `compare ${base?.tagName ?? 'root'}...${tag.tagName}`,
      after: start,
      rounds: base ? compareRounds(count) : fanOut(pageSizes(count)),
    });
  });

  // Merged pull requests, newest-updated first, down to the previous release's tag commit.
  const merged = state.pulls.filter((p) => p.repo === repo && p.mergedAt);
  const prNewer = merged.filter((p) => p.updatedAt >= since).length;
  steps.push({
    name: 'pull requests',
    after: start,
    rounds: sequential(stopPages(prNewer, merged.length - prNewer)),
  });

  // Deployments, newest first, down to the same time (a scheduled run has read them for the maturity gates).
  if (!deploymentsRead) {
    const all = state.deployments.filter((d) => d.repo === repo);
    const newer = all.filter((d) => d.createdAt >= since).length;
    steps.push({
      name: 'deployments',
      after: start,
      rounds: sequential(stopPages(newer, all.length - newer)),
    });
  }

  // Incidents, bugs and feedback: labelled issues updated since the observation period opened, newest created
  // first (those opened after the period too: the listing starts at now), down to the period's start.
  const from = train.release.publishedAt;
  const labelled = state.issues.filter(
    (i) => i.repo === repo && i.labels.some((l) => needs.issueLabels.includes(l)) && i.updatedAt >= from,
  );
  const inWindow = labelled.filter((i) => i.createdAt >= from && i.createdAt <= now).length;
  const createdBefore = labelled.filter((i) => i.createdAt < from).length;
  steps.push({ name: 'issues', after: start, rounds: sequential(stopPages(inWindow, createdBefore)) });

  // Workflow runs: the default branch's in the build window (GitHub returns at most 1,000 filtered results),
  // and each tag's; the default branch comes from the repository lookup, the window from the release list.
  const lastAt = (tags.at(-1) as Train['release']).publishedAt;
  const defaultRuns = state.workflowRuns.filter(
    (r) => r.repo === repo && r.headBranch === 'main' && r.createdAt >= since && r.createdAt <= lastAt,
  ).length;
  steps.push({
    name: 'default-branch runs',
    after: ['repository', ...start],
    rounds: fanOut(pageSizes(Math.min(1000, defaultRuns))),
  });
  for (const tag of tags) {
    const n = state.workflowRuns.filter((r) => r.repo === repo && r.headBranch === tag.tagName).length;
    steps.push({
      name: `runs of ${tag.tagName}`,
      after: start,
      rounds: fanOut(pageSizes(Math.min(1000, n))),
    });
    // External monitors on the tag (src/collect/commit-checks.ts), opt-in: its combined status and its check
    // runs, one page each, in parallel; they need only the train's tags.
    const checks = [needs.externalChecks.statuses, needs.externalChecks.checkRuns].filter(Boolean).length;
    if (checks > 0) {
      steps.push({
        name: `statuses and check runs of ${tag.tagName}`,
        after: start,
        rounds: [Array(checks).fill(0)],
      });
    }
  }
  const voice = voiceStep(state, options, train, start);
  if (voice) steps.push(voice);
  return steps;
}

/**
 * The users' voice (src/collect/voice.ts): one query holding a search for the discussions and one for the issues
 * opened in the observation period (100 results each at most), and the repository's categories. It needs the
 * period, so the release list; nothing else.
 */
function voiceStep(state: EmulatorState, options: BoundOptions, train: Train, start: string[]): Step | null {
  const { repo, needs, now } = options;
  const withDiscussions = needs.voice.discussionCategories.length > 0;
  if (!withDiscussions && !needs.voice.mentioningIssues) return null;
  const last = train.hotfixes.at(-1) ?? train.release;
  const from = Date.parse(train.release.publishedAt);
  // The observation period (src/collect/collect.ts observationWindow): to maturity, the next release or now.
  const to = Math.max(
    from,
    Math.min(
      Date.parse(last.publishedAt) + needs.maturityHours * 3_600_000,
      Date.parse(now),
      train.nextAt ? Date.parse(train.nextAt) : Number.POSITIVE_INFINITY,
    ),
  );
  const inPeriod = (at: string) => Date.parse(at) >= from && Date.parse(at) <= to;
  let nodes = 0;
  if (withDiscussions) {
    const categories = state.discussionCategories.filter((c) => c.repo === repo).length;
    const discussions = state.discussions.filter((d) => d.repo === repo && inPeriod(d.createdAt)).length;
    nodes += categories + Math.min(PAGE, discussions);
  }
  if (needs.voice.mentioningIssues) {
    nodes += Math.min(PAGE, state.issues.filter((i) => i.repo === repo && inPeriod(i.createdAt)).length);
  }
  return { name: "users' voice", after: start, rounds: [[nodes]] };
}

/** Reads every run starts with: the config file, the discussion setup (the viewer's login folded in). */
function startSteps(): Step[] {
  return [
    { name: 'config file', after: [], rounds: [[0]] },
    { name: 'discussion setup + viewer', after: [], rounds: [[0]] },
  ];
}

function retrospectiveIndex(state: EmulatorState, options: BoundOptions): Step {
  const [owner, name] = options.repo.split('/');
  const category = state.discussionCategories.find(
    (c) =>
      c.repo === options.repo &&
      [c.slug.toLowerCase(), c.name.toLowerCase()].includes(options.needs.discussionCategory.toLowerCase()),
  );
  if (!category || !owner || !name) throw new Error(`bounds: ${options.repo} has no retrospective category`);
  const count = state.discussions.filter(
    (d) => d.repo === options.repo && d.categoryId === category.id,
  ).length;
  return {
    name: 'retrospectives in the category',
    after: ['config file', 'discussion setup + viewer'],
    rounds: sequential(pageSizes(count)),
  };
}

/** The writes of opening: the discussion, one comment per survey prompt, the state read and updated. */
function openingWrites(needs: RunNeeds, after: string[]): Step[] {
  // GitHub asks for content-creating requests one at a time ("Best practices for using the REST API").
  return [
    { name: 'create discussion', after, rounds: [[0]] },
    {
      name: 'survey comments',
      after: ['create discussion'],
      rounds: sequential(Array(needs.surveyPrompts).fill(0)),
    },
    // The state is read again before it is updated: a command may have changed the body meanwhile.
    { name: 'read back + record threads', after: ['survey comments'], rounds: [[0], [0]] },
  ];
}

function kindSteps(state: EmulatorState, options: BoundOptions): Step[] {
  const { kind, repo, needs, tag } = options;
  const trains = trainsOf(state, repo, needs.maturityHours);
  const train = trains.find((t) => t.release.tagName === tag || t.hotfixes.some((h) => h.tagName === tag));
  if (!train) throw new Error(`bounds: no train holds ${tag}`);
  const releases = state.releases.filter((r) => r.repo === repo).length;
  const releaseList: Step = { name: 'release list', after: [], rounds: fanOut(pageSizes(releases)) };
  const start = ['config file', 'release list'];
  switch (kind) {
    case 'preview':
    case 'open': {
      const steps = [...startSteps(), releaseList, retrospectiveIndex(state, options)];
      const collection = collectionSteps(state, options, train, start, false);
      steps.push(...collection);
      if (kind === 'open') steps.push(...openingWrites(needs, [...steps.map((s) => s.name)]));
      return steps;
    }
    case 'scheduled': {
      // Maturity of the newest trains: deployments since the oldest one considered (read once, down to the
      // older of that and the opened train's previous release, so the collection reuses them) and the open
      // incidents, one listing per incident label.
      const considered = trains.slice(-needs.scheduledTrains);
      const oldest = considered[0] as Train;
      const since = [oldest.release.publishedAt, train.previous?.createdAt ?? ''].sort()[0] as string;
      const all = state.deployments.filter((d) => d.repo === repo);
      const newer = all.filter((d) => d.createdAt >= since).length;
      const steps: Step[] = [
        ...startSteps(),
        releaseList,
        retrospectiveIndex(state, options),
        { name: 'deployments', after: start, rounds: sequential(stopPages(newer, all.length - newer)) },
        ...needs.incidentLabels.map((label) => {
          const open = state.issues.filter(
            (i) => i.repo === repo && i.state === 'open' && i.labels.includes(label),
          ).length;
          return { name: `open ${label} issues`, after: start, rounds: fanOut(pageSizes(open)) };
        }),
      ];
      const gates = ['deployments', ...needs.incidentLabels.map((l) => `open ${l} issues`)];
      const collection = collectionSteps(state, options, train, [...start, ...gates], true);
      steps.push(...collection);
      steps.push(
        ...openingWrites(
          needs,
          steps.map((s) => s.name),
        ),
      );
      // Reminders: the open action-item issues (none overdue in the benchmark's scene).
      steps.push({ name: 'open action items', after: start, rounds: [[0]] });
      return steps;
    }
    case 'command': {
      const items = needs.commandItems ?? { items: 1, owners: 0 };
      return [
        { name: 'config file', after: [], rounds: [[0]] },
        { name: 'discussion', after: [], rounds: [[0]] },
        { name: 'viewer', after: [], rounds: [[0]] },
        // Every comment at its current version (one page per 100): the event is a hint, the run reconciles
        // whatever the record has not applied (src/retro/commands/reconcile.ts).
        { name: 'comments', after: [], rounds: [[0]] },
        {
          name: 'owners assignable',
          after: ['comments'],
          rounds: items.owners > 0 ? [Array(items.owners).fill(0)] : [],
        },
        { name: 'votes', after: ['comments'], rounds: [[0]] },
        // The record (the discussion read first) is written, then read back with the comments:
        // updateDiscussion has no compare-and-swap, so a concurrent run's write is only detected by reading
        // (docs/commands.md, "Concurrency"). Then the reply, and the thread read again for a duplicate answer.
        {
          name: 'record, verify, reply',
          after: ['config file', 'discussion', 'viewer', 'owners assignable', 'votes'],
          rounds: [[0], [0, 0], [0], [0]],
        },
      ];
    }
    case 'finalize': {
      const items = needs.finalizeItems ?? { items: 0, owners: 0, labels: [], milestone: '' };
      const existing = new Set(state.labels.filter((l) => l.repo === repo).map((l) => l.name.toLowerCase()));
      const missingLabels = items.labels.filter((l) => !existing.has(l.toLowerCase())).length;
      const labelCount = state.labels.filter((l) => l.repo === repo).length;
      const milestones = state.milestones.filter((m) => m.repo === repo);
      const hasMilestone = milestones.some((m) => m.title === items.milestone);
      const index = retrospectiveIndex(state, options);
      return [
        ...startSteps(),
        index,
        // Votes are read again at the end; the issues already made for this retrospective, found by its label.
        { name: 'discussion comments', after: [index.name], rounds: [[0]] },
        { name: 'existing issues', after: ['config file'], rounds: [[0]] },
        { name: 'labels', after: ['config file'], rounds: fanOut(pageSizes(labelCount)) },
        { name: 'milestones', after: ['config file'], rounds: fanOut(pageSizes(milestones.length)) },
        {
          name: 'owners assignable',
          after: ['config file'],
          rounds: items.owners > 0 ? [Array(items.owners).fill(0)] : [],
        },
        // Writes, one at a time: missing labels and milestone, then per item its issue and the record of it
        // (never record an effect before it happened; a run killed between two items loses nothing), then the
        // document comment (the finished retrospective in the discussion), the closing comment that links it, the
        // final record and the close.
        {
          name: 'labels + milestone',
          after: ['labels', 'milestones', 'discussion comments', 'existing issues'],
          rounds: sequential(Array(missingLabels + (hasMilestone ? 0 : 1)).fill(0)),
        },
        {
          name: 'issues + records',
          after: ['labels + milestone', 'owners assignable'],
          rounds: sequential(Array(items.items * 2).fill(0)),
        },
        {
          name: 'document, closing comment, record, close',
          after: ['issues + records'],
          rounds: [[0], [0], [0], [0]],
        },
      ];
    }
  }
}

/** The longest path through the steps, each priced by its rounds under the latency model. */
export function criticalPath(
  steps: Step[],
  latency: LatencyModel,
): Pick<RunBound, 'criticalPathMs' | 'chainRequests' | 'chain'> {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const done = new Map<string, { ms: number; requests: number; chain: string[] }>();
  const finish = (name: string): { ms: number; requests: number; chain: string[] } => {
    const known = done.get(name);
    if (known) return known;
    const step = byName.get(name);
    if (!step) throw new Error(`bounds: unknown step ${name}`);
    const before = step.after
      .map(finish)
      .reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, requests: 0, chain: [] as string[] });
    const own = step.rounds.reduce(
      (sum, round) => sum + Math.max(...round.map((n) => requestCostMs(latency, n))),
      0,
    );
    const result = {
      ms: before.ms + own,
      requests: before.requests + step.rounds.length,
      chain: [...before.chain, name],
    };
    done.set(name, result);
    return result;
  };
  const last = steps.map((s) => finish(s.name)).reduce((a, b) => (b.ms > a.ms ? b : a));
  return { criticalPathMs: Math.round(last.ms), chainRequests: last.requests, chain: last.chain };
}

export function runBound(state: EmulatorState, options: BoundOptions): RunBound {
  const steps = kindSteps(state, options);
  const requests = steps.reduce((sum, s) => sum + s.rounds.reduce((n, round) => n + round.length, 0), 0);
  return { requests, ...criticalPath(steps, options.latency), steps };
}
