/**
 * The workflow `permissions:` block release-retro needs, in one place. GITHUB_TOKEN has exactly the permissions
 * the workflow lists and `none` for the rest
 * (https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token),
 * so the block is derived from what each stage calls (see docs/permissions.md for the table): the docs' snippets,
 * the emulator's default token and the action's error messages all read it from here.
 */

export type PermissionScope =
  | 'actions'
  | 'contents'
  | 'deployments'
  | 'discussions'
  | 'issues'
  | 'pull-requests';
export type Access = 'read' | 'write';
/**
 * Scopes no stage needs but the open stage uses when granted: external monitors' commit statuses (statuses)
 * and check runs (checks) on the release. Without them that part of the retrospective says what to add.
 */
export type OptionalScope = 'statuses' | 'checks';
export const OPTIONAL_SCOPES: readonly OptionalScope[] = ['statuses', 'checks'];
export type Grant = Access | 'none';

/** A workflow's `permissions:` map as GitHub reads it: a scope not listed is `none`. */
export type WorkflowPermissions = Partial<Record<PermissionScope | OptionalScope, Grant>>;

export const PERMISSION_SCOPES: readonly PermissionScope[] = [
  'contents',
  'discussions',
  'issues',
  'pull-requests',
  'deployments',
  'actions',
];

export type Stage = 'open' | 'command' | 'finalize' | 'remind';

/**
 * What each stage calls on (docs/permissions.md has the calls). The command stage's assignee check accepts
 * issues: read or pull-requests: read (GitHub lists the route under both); issues is the one documented.
 */
export const STAGE_PERMISSIONS: Readonly<Record<Stage, WorkflowPermissions>> = {
  open: {
    contents: 'read',
    discussions: 'write',
    issues: 'read',
    'pull-requests': 'read',
    deployments: 'read',
    actions: 'read',
  },
  command: { contents: 'read', discussions: 'write', issues: 'read' },
  finalize: { contents: 'read', discussions: 'write', issues: 'write' },
  remind: { contents: 'read', issues: 'write' },
};

/** The stages a workflow event can run (see README "What happens when"). */
export const EVENT_STAGES: Readonly<Record<string, readonly Stage[]>> = {
  release: ['open'],
  schedule: ['open', 'finalize', 'remind'],
  workflow_dispatch: ['open', 'finalize', 'remind'],
  // `/finalize` finalizes from a comment.
  discussion_comment: ['command', 'finalize'],
};

/** The least a workflow subscribed to `events` must grant (publish mode none). */
export function permissionsForEvents(events: readonly string[]): WorkflowPermissions {
  const needed: WorkflowPermissions = {};
  for (const stage of events.flatMap((event) => EVENT_STAGES[event] ?? [])) {
    for (const [scope, access] of Object.entries(STAGE_PERMISSIONS[stage]) as [PermissionScope, Access][]) {
      if (!grants(needed, scope, access)) needed[scope] = access;
    }
  }
  return needed;
}

/**
 * The documented block, for the default `publish.mode: none`. Every stage can run on any event (a `/finalize`
 * comment finalizes, a scheduled run opens, finalizes and reminds), so one block serves the whole workflow.
 */
export const DOCUMENTED_PERMISSIONS: Readonly<Record<PermissionScope, Access>> = {
  contents: 'read',
  discussions: 'write',
  issues: 'write',
  'pull-requests': 'read',
  deployments: 'read',
  actions: 'read',
};

/** What a publish mode (or `link-in-release`) adds to the documented block. */
export const PUBLISH_PERMISSIONS = {
  commit: { contents: 'write' },
  'pull-request': { contents: 'write', 'pull-requests': 'write' },
  'link-in-release': { contents: 'write' },
} as const satisfies Record<string, WorkflowPermissions>;

const RANK: Record<Grant, number> = { none: 0, read: 1, write: 2 };

/** Whether `granted` gives at least `access` on `scope` (write implies read, as on GitHub). */
export function grants(
  granted: WorkflowPermissions,
  scope: PermissionScope | OptionalScope,
  access: Access,
): boolean {
  return RANK[granted[scope] ?? 'none'] >= RANK[access];
}

/** The documented block plus what the configured publishing needs. */
export function requiredPermissions(publish: {
  mode: 'pull-request' | 'commit' | 'none';
  linkInRelease: boolean;
}): Record<PermissionScope, Access> {
  const needed: Record<PermissionScope, Access> = { ...DOCUMENTED_PERMISSIONS };
  const extras: WorkflowPermissions[] = [
    publish.mode === 'none' ? {} : PUBLISH_PERMISSIONS[publish.mode],
    publish.linkInRelease ? PUBLISH_PERMISSIONS['link-in-release'] : {},
  ];
  for (const extra of extras) {
    for (const [scope, access] of Object.entries(extra) as [PermissionScope, Access][]) {
      if (!grants(needed, scope, access)) needed[scope] = access;
    }
  }
  return needed;
}

/** The line a user adds under `permissions:`, as it is written in YAML. */
export function permissionLine(scope: PermissionScope, access: Access): string {
  return `${scope}: ${access}`;
}
