/** Deployments, deployment statuses, environments and workflow runs. */
import {
  type Ctx,
  HttpError,
  intParam,
  listReply,
  notFound,
  ok,
  paginate,
  type Route,
  repoOf,
  sortBy,
} from '../http.ts';
import type { WorkflowRun } from '../types.ts';
import { serializeDeployment, serializeDeploymentStatus, serializeRun, WEB } from './serialize.ts';

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
  const t = Date.parse(iso);
  const day = (d: string, endOfDay: boolean) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? Date.parse(`${d}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`)
      : Date.parse(d);
  const range = /^(.+)\.\.(.+)$/.exec(qualifier);
  if (range) {
    const [, a = '*', b = '*'] = range;
    return (a === '*' || t >= day(a, false)) && (b === '*' || t <= day(b, true));
  }
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(qualifier);
  if (cmp) {
    const [, op, d = ''] = cmp;
    if (op === '>=') return t >= day(d, false);
    if (op === '>') return t > day(d, true);
    if (op === '<=') return t <= day(d, true);
    return t < day(d, false);
  }
  if (Number.isNaN(day(qualifier, false))) throw new HttpError(422, `Invalid date qualifier: ${qualifier}`);
  return t >= day(qualifier, false) && t <= day(qualifier, true);
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
  const status = q('status');
  const matchStatus = (r: WorkflowRun) =>
    !status || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status);
  const list = ctx.state.workflowRuns.filter(
    (r) =>
      r.repo === repo.fullName &&
      (!q('branch') || r.headBranch === q('branch')) &&
      (!q('event') || r.event === q('event')) &&
      (!q('head_sha') || r.headSha === q('head_sha')) &&
      (!q('actor') || r.actor === q('actor')) &&
      matchStatus(r) &&
      (!q('created') || matchesDateQualifier(r.createdAt, q('created') as string)),
  );
  const sorted = sortBy(list, (r) => `${r.createdAt}${String(r.id).padStart(12, '0')}`, 'desc');
  const { page, headers } = paginate(ctx, sorted);
  return ok({ total_count: list.length, workflow_runs: page.map((r) => serializeRun(ctx, r)) }, headers);
}

export const deploymentRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments', handler: deployments },
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: statuses },
  { method: 'GET', path: '/repos/{owner}/{repo}/environments', handler: environments },
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs', handler: runs },
];
