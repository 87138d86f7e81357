/**
 * Which workflow permission a refused call needed, so the message can name the line to add. GITHUB_TOKEN has
 * exactly the workflow's `permissions:`; GitHub answers a call outside them with "Resource not accessible by
 * integration" (403 on REST, a FORBIDDEN error on GraphQL) without saying which permission was missing. The
 * routes and objects below are the ones the action calls, as GitHub's "Permissions required for GitHub Apps"
 * table files them (https://docs.github.com/rest/authentication/permissions-required-for-github-apps).
 */
import {
  type Access,
  DOCUMENTED_PERMISSIONS,
  type OptionalScope,
  type PermissionScope,
} from './workflow-permissions.ts';

export interface Refusal {
  scope: PermissionScope | OptionalScope;
  access: Access;
}

const REST_SCOPES: [RegExp, PermissionScope | OptionalScope][] = [
  [/\/repos\/[^/]+\/[^/]+\/(?:actions|environments)(?:\/|$)/, 'actions'],
  [/\/repos\/[^/]+\/[^/]+\/deployments(?:\/|$)/, 'deployments'],
  // Before `commits`: external monitors' statuses and check runs have permissions of their own.
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/status(?:es)?(?:\/|$|\?)/, 'statuses'],
  [/\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/check-runs(?:\/|$|\?)/, 'checks'],
  [/\/repos\/[^/]+\/[^/]+\/(?:pulls|commits\/[^/]+\/pulls)(?:\/|$|\?)/, 'pull-requests'],
  [/\/repos\/[^/]+\/[^/]+\/(?:issues|labels|milestones|assignees)(?:\/|$|\?)/, 'issues'],
  [/\/repos\/[^/]+\/[^/]+\/(?:contents|compare|commits|git|releases)(?:\/|$|\?)/, 'contents'],
];

/** The permission a REST call needed, from its method and URL; null for routes outside the table. */
export function restRefusal(method: string, url: string): Refusal | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const found = REST_SCOPES.find(([pattern]) => pattern.test(path));
  if (!found) return null;
  return { scope: found[1], access: method.toUpperCase() === 'GET' ? 'read' : 'write' };
}

/**
 * Field names (or the aliases the action's documents give them) by the permission of what they return. GitHub
 * reports a refusal at the field that returned the guarded object, so the deepest matching segment of the
 * error's path names it (a deployment's `ref` needs contents even inside `deployments`). The documents reach
 * discussion objects by id too: a top-level `node(id:)` or `nodes(ids:)` (or an alias of one, `thread`).
 * __tests__/foundation/refusal-table.test.ts walks every document against the emulator's rules to keep this true.
 */
const GRAPHQL_SCOPES: [RegExp, PermissionScope][] = [
  [/discussion|^(?:comments?|replies|replyTo|thread|sources)$/i, 'discussions'],
  [/^pullRequests?$/, 'pull-requests'],
  [/^issues?$/, 'issues'],
  [/^deployments?$/, 'deployments'],
  [/^(?:refs?|releases?|object)$/, 'contents'],
];

/** The permission a GraphQL field needed, from the error's path (a mutation needs write). */
export function graphqlRefusal(path: readonly (string | number)[], isMutation: boolean): Refusal | null {
  const access = isMutation ? 'write' : 'read';
  for (const segment of [...path].reverse()) {
    if (typeof segment !== 'string') continue;
    const found = GRAPHQL_SCOPES.find(([pattern]) => pattern.test(segment));
    if (found) return { scope: found[1], access };
  }
  // The action looks objects up by id only for discussions and their comments.
  return path[0] === 'node' || path[0] === 'nodes' ? { scope: 'discussions', access } : null;
}

/**
 * What to tell the user: the documented line for that permission (a read refused where the documented block
 * grants write is fixed by the documented line), else the write the call needed.
 */
export function refusalHint(refusal: Refusal): string {
  // The optional scopes (external monitors' statuses and checks) are in no block: their line is the read asked.
  const documented =
    (DOCUMENTED_PERMISSIONS as Partial<Record<string, Access>>)[refusal.scope] ?? refusal.access;
  const line = `${refusal.scope}: ${refusal.access === 'write' ? 'write' : documented}`;
  return (
    `GITHUB_TOKEN has only the permissions the workflow lists, and this needs ` +
    `"${refusal.scope}: ${refusal.access}". Add \`${line}\` under \`permissions:\` in the workflow ` +
    '(see docs/permissions.md).'
  );
}

/**
 * Advice for a permission named in our own text (`issues: read`, `contents: read, pull-requests: read`): the
 * documented line for each scope, which grants at least what is named.
 */
export function permissionAdvice(permissions: string): string {
  const lines = [...permissions.matchAll(/([a-z-]+):\s*(read|write)/g)].map(([, scope, access]) => {
    const documented = DOCUMENTED_PERMISSIONS[scope as PermissionScope] as Access | undefined;
    const line = documented === 'write' || access === 'read' ? (documented ?? access) : access;
    return `\`${scope}: ${line}\``;
  });
  if (lines.length === 0) return '';
  return `It needs ${permissions}: add ${lines.join(' and ')} under \`permissions:\` in the workflow (see docs/permissions.md).`;
}
