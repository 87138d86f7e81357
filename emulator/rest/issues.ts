/** Issues (which on GitHub's REST API include pull requests) and issue comments. */
import { canRead, isAssignable, requireRole } from '../auth.ts';
import {
  bodyString,
  bodyStrings,
  type Ctx,
  created,
  HttpError,
  intParam,
  listReply,
  notFound,
  ok,
  type Route,
  repoOf,
  sortBy,
  validationFailed,
} from '../http.ts';
import { BODY_TOO_LONG, bodyTooLong } from '../limits.ts';
import type { Issue, Pull, Repo } from '../types.ts';
import { serializeIssue, serializeIssueComment, serializePullAsIssue } from './serialize.ts';

type Entry = { kind: 'issue'; item: Issue } | { kind: 'pull'; item: Pull };

function entries(ctx: Ctx, repo: Repo): Entry[] {
  return [
    ...ctx.state.issues
      .filter((i) => i.repo === repo.fullName)
      .map((item) => ({ kind: 'issue' as const, item })),
    ...ctx.state.pulls
      .filter((p) => p.repo === repo.fullName)
      .map((item) => ({ kind: 'pull' as const, item })),
  ];
}

const serializeEntry = (ctx: Ctx, e: Entry) =>
  e.kind === 'issue' ? serializeIssue(ctx, e.item) : serializePullAsIssue(ctx, e.item);

function list(ctx: Ctx) {
  const repo = repoOf(ctx);
  const q = (k: string) => ctx.query.get(k);
  const state = q('state') ?? 'open';
  // `labels` is a comma list that must *all* be present.
  const labels = (q('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const since = q('since');
  const milestone = q('milestone');
  const commentCount = (n: number) =>
    ctx.state.issueComments.filter((c) => c.repo === repo.fullName && c.issueNumber === n).length;
  const found = entries(ctx, repo).filter(({ kind, item }) => {
    const assignee = q('assignee');
    const lower = item.labels.map((l) => l.toLowerCase());
    const ms = kind === 'issue' ? item.milestone : null;
    return (
      (state === 'all' || item.state === state) &&
      labels.every((l) => lower.includes(l)) &&
      // `since` filters on updated_at, not created_at — a classic trap this emulator keeps.
      (!since || Date.parse(item.updatedAt) >= Date.parse(since)) &&
      (!q('creator') || item.author.toLowerCase() === q('creator')?.toLowerCase()) &&
      (!assignee ||
        (assignee === '*'
          ? item.assignees.length > 0
          : assignee === 'none'
            ? item.assignees.length === 0
            : item.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()))) &&
      (!milestone ||
        (milestone === '*' ? ms !== null : milestone === 'none' ? ms === null : ms === Number(milestone)))
    );
  });
  const sort = q('sort') ?? 'created';
  const direction = q('direction') === 'asc' ? 'asc' : 'desc';
  const key = (e: Entry): string | number =>
    sort === 'updated'
      ? e.item.updatedAt
      : sort === 'comments'
        ? commentCount(e.item.number)
        : e.item.createdAt;
  return listReply(ctx, sortBy(found, key, direction), (e) => serializeEntry(ctx, e));
}

function findEntry(ctx: Ctx, repo: Repo): Entry {
  const n = intParam(ctx, 'issue_number');
  const e = entries(ctx, repo).find((x) => x.item.number === n);
  if (!e) throw notFound();
  return e;
}

/** Labels named on an issue are created on the fly if missing, as GitHub does for pushers. */
function ensureLabels(ctx: Ctx, repo: Repo, names: string[]): string[] {
  return names.map((name) => {
    const existing = ctx.state.labels.find(
      (l) => l.repo === repo.fullName && l.name.toLowerCase() === name.toLowerCase(),
    );
    if (existing) return existing.name;
    const id = ctx.state.nextId();
    ctx.state.labels.push({
      id,
      nodeId: ctx.state.nodeId('label', id),
      repo: repo.fullName,
      name,
      color: 'ededed',
      description: null,
    });
    return name;
  });
}

function checkAssignees(ctx: Ctx, repo: Repo, assignees: string[]): string[] {
  for (const a of assignees) {
    if (!isAssignable(ctx.state, repo, a)) {
      throw validationFailed([{ value: a, resource: 'Issue', field: 'assignees', code: 'invalid' }]);
    }
  }
  return assignees.map((a) => ctx.state.user(a)?.login ?? a);
}

function checkMilestone(ctx: Ctx, repo: Repo, value: unknown): number | null {
  if (value === null) return null;
  const n = Number(value);
  if (!ctx.state.milestones.some((m) => m.repo === repo.fullName && m.number === n)) {
    throw validationFailed([{ value, resource: 'Issue', field: 'milestone', code: 'invalid' }]);
  }
  return n;
}

/** GitHub's 422 for a body past its limit (emulator/limits.ts). */
function checkBody(resource: string, body: string | undefined): void {
  if (bodyTooLong(body))
    throw validationFailed([{ resource, code: 'custom', field: 'body', message: BODY_TOO_LONG }]);
}

function create(ctx: Ctx) {
  const repo = repoOf(ctx);
  if (!canRead(ctx.state, ctx.viewer, repo)) throw notFound();
  if (ctx.token.kind === 'installation' && !ctx.state.hasRole(repo, ctx.viewer.login, 'read')) {
    throw new HttpError(403, 'Resource not accessible by integration');
  }
  const title = ctx.body.title;
  if (title === undefined || title === null || title === '') {
    throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
  }
  checkBody('Issue', bodyString(ctx, 'body'));
  // Labels, assignees and milestone are silently dropped unless the caller can push (GitHub's documented rule).
  const canPush = ctx.state.hasRole(repo, ctx.viewer.login, 'write');
  const labels = canPush ? ensureLabels(ctx, repo, bodyStrings(ctx, 'labels') ?? []) : [];
  const assigneeList = [
    ...(bodyStrings(ctx, 'assignees') ?? []),
    ...(typeof ctx.body.assignee === 'string' ? [ctx.body.assignee] : []),
  ];
  const assignees = canPush ? checkAssignees(ctx, repo, assigneeList) : [];
  const milestone =
    canPush && ctx.body.milestone !== undefined ? checkMilestone(ctx, repo, ctx.body.milestone) : null;
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const issue: Issue = {
    id,
    nodeId: ctx.state.nodeId('issue', id),
    repo: repo.fullName,
    number: repo.nextNumber++,
    title: String(title),
    body: bodyString(ctx, 'body') ?? null,
    author: ctx.viewer.login,
    state: 'open',
    stateReason: null,
    labels,
    assignees,
    milestone,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  ctx.state.issues.push(issue);
  return created(serializeIssue(ctx, issue));
}

function update(ctx: Ctx) {
  const repo = repoOf(ctx);
  const e = findEntry(ctx, repo);
  const item = e.item;
  const isAuthor = item.author === ctx.viewer.login;
  const canTriage = ctx.state.hasRole(repo, ctx.viewer.login, 'triage');
  if (!isAuthor && !canTriage) requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'triage');
  const b = ctx.body;
  checkBody('Issue', bodyString(ctx, 'body'));
  if (typeof b.title === 'string') item.title = b.title;
  if (b.body === null || typeof b.body === 'string') item.body = b.body as string | null;
  if (b.state === 'open' || b.state === 'closed') {
    if (b.state === 'closed' && item.state === 'open') item.closedAt = ctx.clock.iso();
    if (b.state === 'open') item.closedAt = null;
    item.state = b.state;
    if (e.kind === 'issue') {
      e.item.stateReason =
        b.state === 'closed'
          ? b.state_reason === 'not_planned'
            ? 'not_planned'
            : 'completed'
          : item.state === 'open'
            ? 'reopened'
            : null;
    }
  }
  // Like on create, fields only triagers may set are ignored for others rather than refused.
  if (canTriage) {
    const labels = bodyStrings(ctx, 'labels');
    if (labels) item.labels = ensureLabels(ctx, repo, labels);
    const assignees = bodyStrings(ctx, 'assignees');
    if (assignees) item.assignees = checkAssignees(ctx, repo, assignees);
    if (e.kind === 'issue' && b.milestone !== undefined)
      e.item.milestone = checkMilestone(ctx, repo, b.milestone);
  }
  item.updatedAt = ctx.clock.iso();
  return ok(serializeEntry(ctx, e));
}

function listComments(ctx: Ctx) {
  const repo = repoOf(ctx);
  const e = findEntry(ctx, repo);
  const since = ctx.query.get('since');
  const list = ctx.state.issueComments.filter(
    (c) =>
      c.repo === repo.fullName &&
      c.issueNumber === e.item.number &&
      (!since || Date.parse(c.updatedAt) >= Date.parse(since)),
  );
  return listReply(ctx, list, (c) => serializeIssueComment(ctx, c));
}

function createComment(ctx: Ctx) {
  const repo = repoOf(ctx);
  const e = findEntry(ctx, repo);
  const body = bodyString(ctx, 'body', true) as string;
  checkBody('IssueComment', body);
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const comment = {
    id,
    nodeId: ctx.state.nodeId('issueComment', id),
    repo: repo.fullName,
    issueNumber: e.item.number,
    author: ctx.viewer.login,
    body,
    createdAt: now,
    updatedAt: now,
  };
  ctx.state.issueComments.push(comment);
  e.item.updatedAt = now;
  return created(serializeIssueComment(ctx, comment));
}

export const issueRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/issues', handler: list },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues', handler: create },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    handler: (ctx) => ok(serializeEntry(ctx, findEntry(ctx, repoOf(ctx)))),
  },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/issues/{issue_number}', handler: update },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listComments },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: createComment },
];
