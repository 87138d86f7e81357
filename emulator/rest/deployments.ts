/** Deployments, deployment statuses, environments and workflow runs. */
import {
  type Ctx,
  HttpError,
  intParam,
  JsonText,
  listReply,
  notFound,
  ok,
  paginate,
  type Route,
  repoOf,
  sortBy,
} from '../http.ts';
import { nodesReturned } from '../latency.ts';
import type { WorkflowRun } from '../types.ts';
import {
  serializeDeployment,
  serializeDeploymentStatus,
  serializeRepo,
  serializeRun,
  WEB,
} from './serialize.ts';

function deployments(ctx: Ctx) {
  const repo = repoOf(ctx);
  const q = (k: string) => ctx.query.get(k);
  const list = ctx.state.deployments.filter(
    (d) =>
      d.repo === repo.fullName &&
      (!q('sha') || d.sha === q('sha')) &&
      (!q('ref') || d.ref === q('ref')) &&
      (!q('environment') || d.environment === q('environment')) &&
      (!q('task') || d.task === q('task')),
  );
  return listReply(
    ctx,
    sortBy(list, (d) => d.id, 'desc'),
    (d) => serializeDeployment(ctx, d),
  );
}

function statuses(ctx: Ctx) {
  const repo = repoOf(ctx);
  const id = intParam(ctx, 'deployment_id');
  const d = ctx.state.deployments.find((x) => x.repo === repo.fullName && x.id === id);
  if (!d) throw notFound();
  const list = ctx.state.deploymentStatuses.filter((s) => s.deploymentId === id);
  return listReply(
    ctx,
    sortBy(list, (s) => s.id, 'desc'),
    (s) => serializeDeploymentStatus(ctx, d, s),
  );
}

function environments(ctx: Ctx) {
  const repo = repoOf(ctx);
  const list = ctx.state.environments.filter((e) => e.repo === repo.fullName);
  const { page, headers } = paginate(ctx, list);
  return ok(
    {
      total_count: list.length,
      environments: page.map((e) => ({
        id: e.id,
        node_id: e.nodeId,
        name: e.name,
        url: `${ctx.baseUrl}/repos/${repo.fullName}/environments/${encodeURIComponent(e.name)}`,
        html_url: `${WEB}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
        created_at: e.createdAt,
        updated_at: e.createdAt,
        protection_rules: [],
        deployment_branch_policy: null,
      })),
    },
    headers,
  );
}

/** GitHub's `created` search qualifier: `>=D`, `>D`, `<=D`, `<D`, `D..D` (either side may be `*`) or a date. */
export function matchesDateQualifier(iso: string, qualifier: string): boolean {
  return dateQualifier(qualifier)(iso);
}

/**
 * The qualifier read once, as a test of a timestamp: a listing applies it to every run of a repository, and
 * parsing it again for each one was most of a workflow-run page's work in the emulator.
 */
export function dateQualifier(qualifier: string): (iso: string) => boolean {
  const day = (d: string, endOfDay: boolean) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? Date.parse(`${d}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`)
      : Date.parse(d);
  const range = /^(.+)\.\.(.+)$/.exec(qualifier);
  if (range) {
    const [, a = '*', b = '*'] = range;
    const from = a === '*' ? null : day(a, false);
    const to = b === '*' ? null : day(b, true);
    return (iso) => {
      const t = Date.parse(iso);
      return (from === null || t >= from) && (to === null || t <= to);
    };
  }
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(qualifier);
  if (cmp) {
    const [, op, d = ''] = cmp;
    if (op === '>=') {
      const from = day(d, false);
      return (iso) => Date.parse(iso) >= from;
    }
    if (op === '>') {
      const after = day(d, true);
      return (iso) => Date.parse(iso) > after;
    }
    if (op === '<=') {
      const to = day(d, true);
      return (iso) => Date.parse(iso) <= to;
    }
    const before = day(d, false);
    return (iso) => Date.parse(iso) < before;
  }
  const from = day(qualifier, false);
  if (Number.isNaN(from)) throw new HttpError(422, `Invalid date qualifier: ${qualifier}`);
  const to = day(qualifier, true);
  return (iso) => {
    const t = Date.parse(iso);
    return t >= from && t <= to;
  };
}

const CONCLUSIONS = new Set([
  'success',
  'failure',
  'cancelled',
  'skipped',
  'timed_out',
  'neutral',
  'action_required',
  'stale',
]);

function runs(ctx: Ctx) {
  const repo = repoOf(ctx);
  const q = (k: string) => ctx.query.get(k);
  const [branch, event, headSha, actor, status, created] = [
    q('branch'),
    q('event'),
    q('head_sha'),
    q('actor'),
    q('status'),
    q('created'),
  ];
  const matchStatus = (r: WorkflowRun) =>
    !status || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status);
  const inCreated = created ? dateQualifier(created) : () => true;
  const list = ctx.state.workflowRuns.filter(
    (r) =>
      r.repo === repo.fullName &&
      (!branch || r.headBranch === branch) &&
      (!event || r.event === event) &&
      (!headSha || r.headSha === headSha) &&
      (!actor || r.actor === actor) &&
      matchStatus(r) &&
      inCreated(r.createdAt),
  );
  const sorted = sortBy(list, (r) => `${r.createdAt}${String(r.id).padStart(12, '0')}`, 'desc');
  const { page, headers } = paginate(ctx, sorted);
  // Every run of a page names the same repository: serialised once a page, not twice a run.
  const repository = serializeRepo(ctx, repo, false);
  const body = runPages.get(ctx, `${repo.fullName}${ctx.url.search}`, repository, () => ({
    total_count: list.length,
    workflow_runs: page.map((r) => serializeRun(ctx, r, repository)),
  }));
  return ok(body, headers);
}

/**
 * Serialised pages of workflow runs, by state and request. A page of 100 runs is about 1 MB of JSON, and
 * serialising it held the emulator's one thread for 10–30 ms, during which it could not take other requests:
 * the emulator's time, not GitHub's. Runs are only ever added and never change, commits never change, and users
 * are only ever added; what else a page shows is its repository, compared as serialised, and the server's
 * address in its URLs. A page is reused while all of that is unchanged.
 */
class RunPageCache {
  #pages = new WeakMap<object, Map<string, { stamp: string; body: JsonText }>>();
  static readonly MAX_PAGES = 64;

  get(ctx: Ctx, key: string, repository: unknown, build: () => Record<string, unknown>): JsonText {
    const { state } = ctx;
    let pages = this.#pages.get(state);
    if (!pages) {
      pages = new Map();
      this.#pages.set(state, pages);
    }
    const stamp = `${ctx.baseUrl} ${state.workflowRuns.length} ${state.users.length} ${JSON.stringify(repository)}`;
    const hit = pages.get(key);
    if (hit && hit.stamp === stamp) return hit.body;
    const value = build();
    const body = new JsonText(Buffer.from(JSON.stringify(value)), nodesReturned(value));
    if (pages.size >= RunPageCache.MAX_PAGES) pages.clear();
    pages.set(key, { stamp, body });
    return body;
  }
}
const runPages = new RunPageCache();

export const deploymentRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments', handler: deployments },
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: statuses },
  { method: 'GET', path: '/repos/{owner}/{repo}/environments', handler: environments },
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs', handler: runs },
];
