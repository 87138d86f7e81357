/**
 * What external monitors post on a commit: the combined commit status (latest per context) and check runs.
 * Shapes follow GitHub's OpenAPI description ("Get the combined status for a specific reference", "List check
 * runs for a Git reference"); the OpenAPI test validates them.
 */
import { type Ctx, HttpError, ok, paginate, type Route, repoOf } from '../http.ts';
import type { CheckRun, CommitStatus } from '../types.ts';
import { serializeRepo, serializeUser, WEB } from './serialize.ts';

function shaOf(ctx: Ctx): string {
  const repo = repoOf(ctx);
  const sha = ctx.state.resolveSha(repo.fullName, ctx.params.ref ?? '');
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
  return sha;
}

function serializeStatus(ctx: Ctx, s: CommitStatus) {
  return {
    id: s.id,
    node_id: s.nodeId,
    url: `${ctx.baseUrl}/repos/${s.repo}/statuses/${s.sha}`,
    avatar_url: null,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

/** GitHub's combined state: failure if any is error/failure, pending if any pending (or none), else success. */
function combinedState(statuses: readonly CommitStatus[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function combinedStatus(ctx: Ctx) {
  const repo = repoOf(ctx);
  const sha = shaOf(ctx);
  const latest = new Map<string, CommitStatus>();
  for (const s of ctx.state.commitStatuses.filter((x) => x.repo === repo.fullName && x.sha === sha)) {
    const seen = latest.get(s.context);
    if (!seen || seen.updatedAt <= s.updatedAt) latest.set(s.context, s);
  }
  const statuses = [...latest.values()];
  const { page } = paginate(ctx, statuses);
  return ok({
    state: combinedState(statuses),
    statuses: page.map((s) => serializeStatus(ctx, s)),
    sha,
    total_count: statuses.length,
    repository: serializeRepo(ctx, repo, false),
    commit_url: `${ctx.baseUrl}/repos/${repo.fullName}/commits/${sha}`,
    url: `${ctx.baseUrl}/repos/${repo.fullName}/commits/${sha}/status`,
  });
}

function serializeApp(ctx: Ctx, app: CheckRun['app'], id: number) {
  return {
    id,
    slug: app.slug,
    node_id: `A_${id}`,
    client_id: `Iv1.${id}`,
    owner: serializeUser(ctx, app.owner),
    name: app.name,
    description: null,
    external_url: `https://${app.slug}.example.com`,
    html_url: `${WEB}/apps/${app.slug}`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    permissions: { checks: 'write', metadata: 'read' },
    events: [],
  };
}

function serializeCheckRun(ctx: Ctx, r: CheckRun) {
  const api = `${ctx.baseUrl}/repos/${r.repo}/check-runs/${r.id}`;
  return {
    id: r.id,
    head_sha: r.headSha,
    node_id: r.nodeId,
    external_id: null,
    url: api,
    html_url: `${WEB}/${r.repo}/runs/${r.id}`,
    details_url: r.detailsUrl,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    output: {
      title: r.title,
      summary: r.summary,
      text: null,
      annotations_count: 0,
      annotations_url: `${api}/annotations`,
    },
    name: r.name,
    check_suite: { id: r.id + 1 },
    app: serializeApp(ctx, r.app, 9000 + r.app.slug.length),
    pull_requests: [],
  };
}

function checkRuns(ctx: Ctx) {
  const repo = repoOf(ctx);
  const sha = shaOf(ctx);
  let runs = ctx.state.checkRuns.filter((r) => r.repo === repo.fullName && r.headSha === sha);
  // `filter=latest` (the default) keeps the most recent run of each name.
  if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
    const latest = new Map<string, CheckRun>();
    for (const r of runs) {
      const seen = latest.get(r.name);
      if (!seen || seen.startedAt <= r.startedAt) latest.set(r.name, r);
    }
    runs = [...latest.values()];
  }
  const { page, headers } = paginate(ctx, runs);
  return ok({ total_count: runs.length, check_runs: page.map((r) => serializeCheckRun(ctx, r)) }, headers);
}

export const checkRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/status', handler: combinedStatus },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/check-runs', handler: checkRuns },
];
