/**
 * What an installation token (GITHUB_TOKEN) needs for each call, from GitHub's published table "Permissions
 * required for GitHub Apps" (https://docs.github.com/rest/authentication/permissions-required-for-github-apps;
 * its data: github/docs src/github-apps/data/fpt-2022-11-28/server-to-server-permissions.json). A token whose
 * workflow did not grant the permission gets 403 "Resource not accessible by integration" (REST) or a FORBIDDEN
 * error on the field (GraphQL). Where the table lists a route under two permissions (labels, milestones,
 * assignees and issue comments under both Issues and Pull requests), either one is enough.
 */
import {
  type Access,
  grants,
  type OptionalScope,
  type PermissionScope,
  type WorkflowPermissions,
} from '../src/github/workflow-permissions.ts';

/** `metadata` is always granted to GITHUB_TOKEN; `none` routes need no repository permission at all. */
export type Need =
  | { kind: 'none' }
  | { kind: 'metadata' }
  | { kind: 'scope'; anyOf: (PermissionScope | OptionalScope)[]; access: Access }
  /** Organization members: read, which GITHUB_TOKEN can never have; GitHub answers 404 (not 403). */
  | { kind: 'org-members' };

const scope = (access: Access, ...anyOf: (PermissionScope | OptionalScope)[]): Need => ({
  kind: 'scope',
  anyOf,
  access,
});

/** REST: `METHOD path` exactly as in the route table. A route the emulator serves but not listed here fails the test. */
export const REST_NEEDS: Record<string, Need> = {
  'GET /repos/{owner}/{repo}': { kind: 'metadata' },
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': { kind: 'metadata' },
  'GET /repos/{owner}/{repo}/tags': { kind: 'metadata' },
  'GET /users/{username}': { kind: 'none' },
  'GET /rate_limit': { kind: 'none' },
  'GET /orgs/{org}/teams/{team_slug}': { kind: 'org-members' },
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': { kind: 'org-members' },
  'GET /repos/{owner}/{repo}/assignees/{assignee}': scope('read', 'issues', 'pull-requests'),
  'GET /repos/{owner}/{repo}/releases': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/releases/latest': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/releases/tags/{tag}': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/releases/{release_id}': scope('read', 'contents'),
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': scope('write', 'contents'),
  'GET /repos/{owner}/{repo}/releases/{release_id}/reactions': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/compare/{basehead}': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/commits': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/commits/{ref}': scope('read', 'contents'),
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': scope('read', 'pull-requests'),
  // The table lists "Get the combined status for a specific reference" under Commit statuses and "List check
  // runs for a Git reference" under Checks.
  'GET /repos/{owner}/{repo}/commits/{ref}/status': scope('read', 'statuses'),
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': scope('read', 'checks'),
  'GET /repos/{owner}/{repo}/git/ref/{ref}': scope('read', 'contents'),
  'POST /repos/{owner}/{repo}/git/refs': scope('write', 'contents'),
  'GET /repos/{owner}/{repo}/contents/{path}': scope('read', 'contents'),
  'PUT /repos/{owner}/{repo}/contents/{path}': scope('write', 'contents'),
  'GET /repos/{owner}/{repo}/pulls': scope('read', 'pull-requests'),
  'POST /repos/{owner}/{repo}/pulls': scope('write', 'pull-requests'),
  'GET /repos/{owner}/{repo}/deployments': scope('read', 'deployments'),
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': scope('read', 'deployments'),
  // "List environments" is listed under Actions (read) in the table.
  'GET /repos/{owner}/{repo}/environments': scope('read', 'actions'),
  'GET /repos/{owner}/{repo}/actions/runs': scope('read', 'actions'),
  'GET /repos/{owner}/{repo}/issues': scope('read', 'issues'),
  'POST /repos/{owner}/{repo}/issues': scope('write', 'issues'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}': scope('read', 'issues'),
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': scope('write', 'issues', 'pull-requests'),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': scope('read', 'issues', 'pull-requests'),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': scope('write', 'issues', 'pull-requests'),
  'GET /repos/{owner}/{repo}/labels': scope('read', 'issues', 'pull-requests'),
  'POST /repos/{owner}/{repo}/labels': scope('write', 'issues', 'pull-requests'),
  'GET /repos/{owner}/{repo}/milestones': scope('read', 'issues', 'pull-requests'),
  'POST /repos/{owner}/{repo}/milestones': scope('write', 'issues', 'pull-requests'),
};

/**
 * GraphQL: the permission an object type needs to be read, checked wherever a field returns it (a connection of
 * it, a list of it, or a `node(id:)` that resolves to it). GitHub documents GraphQL permissions per object in
 * the same terms ("Discussions", "Issues", "Pull requests", "Deployments", "Contents").
 */
export const GRAPHQL_TYPE_NEEDS: Record<string, Need> = {
  Discussion: scope('read', 'discussions'),
  DiscussionComment: scope('read', 'discussions'),
  DiscussionCategory: scope('read', 'discussions'),
  Issue: scope('read', 'issues'),
  PullRequest: scope('read', 'pull-requests'),
  Deployment: scope('read', 'deployments'),
  DeploymentStatus: scope('read', 'deployments'),
  Release: scope('read', 'contents'),
  Ref: scope('read', 'contents'),
  // A commit's history (`Commit.history`, a CommitHistoryConnection) is repository contents, like the REST
  // commits and compare endpoints that need `contents: read`.
  CommitHistory: scope('read', 'contents'),
};

/** GraphQL mutations the action sends, and what they need. */
export const GRAPHQL_MUTATION_NEEDS: Record<string, Need> = {
  createDiscussion: scope('write', 'discussions'),
  updateDiscussion: scope('write', 'discussions'),
  closeDiscussion: scope('write', 'discussions'),
  reopenDiscussion: scope('write', 'discussions'),
  addDiscussionComment: scope('write', 'discussions'),
  updateDiscussionComment: scope('write', 'discussions'),
  deleteDiscussionComment: scope('write', 'discussions'),
};

/** Whether a token with `granted` may make a call that needs `need`. */
export function allows(granted: WorkflowPermissions, need: Need): boolean {
  switch (need.kind) {
    case 'none':
    case 'metadata':
      return true;
    case 'org-members':
      return false;
    case 'scope':
      return need.anyOf.some((s) => grants(granted, s, need.access));
  }
}

/** `issues: write` (or `issues: write` / `pull-requests: write`) — how a need reads in docs and messages. */
export function describeNeed(need: Need): string {
  switch (need.kind) {
    case 'none':
      return 'nothing';
    case 'metadata':
      return 'metadata: read';
    case 'org-members':
      return 'organization members: read';
    case 'scope':
      return need.anyOf.map((s) => `${s}: ${need.access}`).join(' or ');
  }
}
