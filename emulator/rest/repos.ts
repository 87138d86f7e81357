/** Repositories, users, teams, collaborator permissions and rate limits. */
import { isAssignable } from '../auth.ts';
import { type Ctx, noContent, notFound, ok, type Route, repoOf } from '../http.ts';
import type { Role } from '../types.ts';
import { serializeRepo, serializeUser, WEB } from './serialize.ts';

/** GitHub's legacy `permission` folds maintain into write and triage into read. */
const LEGACY: Record<Role, 'admin' | 'write' | 'read'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

function getUser(ctx: Ctx) {
  const user = ctx.state.user(ctx.params.username ?? '');
  if (!user) throw notFound();
  return {
    ...serializeUser(ctx, user),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: ctx.state.repos.filter((r) => r.owner === user.login && !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.createdAt,
    updated_at: user.createdAt,
  };
}

function permission(ctx: Ctx) {
  const repo = repoOf(ctx);
  const user = ctx.state.user(ctx.params.username ?? '');
  if (!user) throw notFound();
  const role = ctx.state.role(repo, user.login);
  // A non-collaborator can still read a public repository, and GitHub reports exactly that.
  const legacy = role ? LEGACY[role] : repo.private ? 'none' : 'read';
  const roleName = role ?? (repo.private ? 'none' : 'read');
  return ok({
    permission: legacy,
    role_name: roleName,
    user: { ...serializeUser(ctx, user), role_name: roleName },
  });
}

function teamOf(ctx: Ctx) {
  return ctx.state.teams.find(
    (t) => t.org.toLowerCase() === ctx.params.org?.toLowerCase() && t.slug === ctx.params.team_slug,
  );
}

/** `GET /orgs/{org}/teams/{team_slug}`: the team-full shape (the action only asks whether it can see the team). */
function getTeam(ctx: Ctx) {
  const team = teamOf(ctx);
  const org = team ? ctx.state.user(team.org) : undefined;
  if (!team || !org) throw notFound();
  const id = 7_000_000 + ctx.state.teams.indexOf(team);
  const url = `${ctx.baseUrl}/organizations/${org.id}/team/${id}`;
  const orgApi = `${ctx.baseUrl}/orgs/${org.login}`;
  return ok({
    id,
    node_id: `T_${id}`,
    url,
    html_url: `${WEB}/orgs/${org.login}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization',
    members_count: team.members.length,
    repos_count: 0,
    created_at: org.createdAt,
    updated_at: org.createdAt,
    organization: {
      login: org.login,
      id: org.id,
      node_id: org.nodeId,
      url: orgApi,
      repos_url: `${orgApi}/repos`,
      events_url: `${orgApi}/events`,
      hooks_url: `${orgApi}/hooks`,
      issues_url: `${orgApi}/issues`,
      members_url: `${orgApi}/members{/member}`,
      public_members_url: `${orgApi}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
      description: null,
      html_url: `${WEB}/${org.login}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: ctx.state.repos.filter((r) => r.owner === org.login && !r.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: org.createdAt,
      updated_at: org.createdAt,
      archived_at: null,
    },
  });
}

function teamMembership(ctx: Ctx) {
  const team = teamOf(ctx);
  const member = team?.members.find((m) => m.login.toLowerCase() === ctx.params.username?.toLowerCase());
  if (!team || !member) throw notFound();
  return ok({
    url: `${ctx.baseUrl}/orgs/${team.org}/teams/${team.slug}/memberships/${member.login}`,
    role: member.role,
    state: 'active',
  });
}

function rateLimit(ctx: Ctx) {
  const view = (resource: 'core' | 'graphql' | 'search') => {
    const b = ctx.limits.bucket(ctx.token, resource);
    return { limit: b.limit, used: b.used, remaining: Math.max(0, b.limit - b.used), reset: b.reset };
  };
  const core = view('core');
  return ok({ resources: { core, graphql: view('graphql'), search: view('search') }, rate: core });
}

export const repoRoutes: Route[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}', handler: (ctx) => ok(serializeRepo(ctx, repoOf(ctx))) },
  { method: 'GET', path: '/repos/{owner}/{repo}/collaborators/{username}/permission', handler: permission },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/assignees/{assignee}',
    handler: (ctx) => {
      if (!isAssignable(ctx.state, repoOf(ctx), ctx.params.assignee ?? '')) throw notFound();
      return noContent();
    },
  },
  { method: 'GET', path: '/users/{username}', handler: (ctx) => ok(getUser(ctx)) },
  { method: 'GET', path: '/orgs/{org}/teams/{team_slug}', handler: getTeam },
  { method: 'GET', path: '/orgs/{org}/teams/{team_slug}/memberships/{username}', handler: teamMembership },
  { method: 'GET', path: '/rate_limit', handler: rateLimit },
];
