/** Labels and milestones. */
import { requireRole } from '../auth.ts';
import {
  bodyString,
  type Ctx,
  created,
  listReply,
  type Route,
  repoOf,
  sortBy,
  validationFailed,
} from '../http.ts';
import type { Label, Milestone } from '../types.ts';
import { serializeLabel, serializeMilestone } from './serialize.ts';

function createLabel(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  const name = bodyString(ctx, 'name', true) as string;
  // Label names are unique case-insensitively.
  if (ctx.state.labels.some((l) => l.repo === repo.fullName && l.name.toLowerCase() === name.toLowerCase())) {
    throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  }
  const color = (bodyString(ctx, 'color') ?? 'ededed').replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(color))
    throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
  const id = ctx.state.nextId();
  const label: Label = {
    id,
    nodeId: ctx.state.nodeId('label', id),
    repo: repo.fullName,
    name,
    color: color.toLowerCase(),
    description: bodyString(ctx, 'description') ?? null,
  };
  ctx.state.labels.push(label);
  return created(serializeLabel(ctx, label));
}

/**
 * GitHub keeps only the calendar date of `due_on` as seen in US Pacific time and stores midnight Pacific
 * of that date: `2026-04-10T06:59:00Z` (still the 9th in Los Angeles) becomes `2026-04-09T07:00:00Z`,
 * and dates in winter come back as `T08:00:00Z`.
 */
export function normaliseDueOn(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw validationFailed([{ resource: 'Milestone', code: 'invalid', field: 'due_on' }]);
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(t));
  // Midnight Pacific is 07:00Z under daylight time and 08:00Z otherwise; pick whichever is that day's midnight.
  for (const hour of ['07', '08']) {
    const candidate = `${date}T${hour}:00:00Z`;
    const hourThere = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(new Date(candidate));
    if (Number(hourThere) === 0) return candidate;
  }
  return `${date}T08:00:00Z`;
}

function createMilestone(ctx: Ctx) {
  const repo = repoOf(ctx);
  requireRole(ctx.state, ctx.token, ctx.viewer, repo, 'write');
  const title = bodyString(ctx, 'title', true) as string;
  if (ctx.state.milestones.some((m) => m.repo === repo.fullName && m.title === title)) {
    throw validationFailed([{ resource: 'Milestone', code: 'already_exists', field: 'title' }]);
  }
  const dueOn = bodyString(ctx, 'due_on');
  const state = bodyString(ctx, 'state') ?? 'open';
  if (state !== 'open' && state !== 'closed')
    throw validationFailed([{ resource: 'Milestone', code: 'invalid', field: 'state' }]);
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const numbers = ctx.state.milestones.filter((m) => m.repo === repo.fullName).map((m) => m.number);
  const milestone: Milestone = {
    id,
    nodeId: ctx.state.nodeId('milestone', id),
    repo: repo.fullName,
    number: Math.max(0, ...numbers) + 1,
    title,
    description: bodyString(ctx, 'description') ?? null,
    state,
    dueOn: dueOn ? normaliseDueOn(dueOn) : null,
    creator: ctx.viewer.login,
    createdAt: now,
    updatedAt: now,
    closedAt: state === 'closed' ? now : null,
  };
  ctx.state.milestones.push(milestone);
  return created(serializeMilestone(ctx, milestone));
}

function listMilestones(ctx: Ctx) {
  const repo = repoOf(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const sort = ctx.query.get('sort') ?? 'due_on';
  const direction = ctx.query.get('direction') === 'desc' ? 'desc' : 'asc';
  const list = ctx.state.milestones.filter(
    (m) => m.repo === repo.fullName && (state === 'all' || m.state === state),
  );
  // Milestones without a due date sort after dated ones when ascending.
  const key = (m: Milestone) => (sort === 'completeness' ? m.number : (m.dueOn ?? '9999'));
  return listReply(ctx, sortBy(list, key, direction), (m) => serializeMilestone(ctx, m));
}

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels',
    handler: (ctx) => {
      const repo = repoOf(ctx);
      return listReply(
        ctx,
        ctx.state.labels.filter((l) => l.repo === repo.fullName),
        (l) => serializeLabel(ctx, l),
      );
    },
  },
  { method: 'POST', path: '/repos/{owner}/{repo}/labels', handler: createLabel },
  { method: 'GET', path: '/repos/{owner}/{repo}/milestones', handler: listMilestones },
  { method: 'POST', path: '/repos/{owner}/{repo}/milestones', handler: createMilestone },
];
