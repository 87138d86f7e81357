/**
 * The documented permissions are the ones the code and the emulator work with: docs/permissions.md's table
 * lists exactly the documented block and what publishing adds, every scope the emulator's rules ask for is in
 * it, and every workflow snippet of the README and docs grants what its events need and nothing more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GRAPHQL_MUTATION_NEEDS, GRAPHQL_TYPE_NEEDS, REST_NEEDS } from '../../emulator/permissions.ts';
import {
  type Access,
  DOCUMENTED_PERMISSIONS,
  grants,
  OPTIONAL_SCOPES,
  type OptionalScope,
  PERMISSION_SCOPES,
  type PermissionScope,
  permissionsForEvents,
  requiredPermissions,
  STAGE_PERMISSIONS,
  type WorkflowPermissions,
} from '../../src/github/workflow-permissions.ts';
import { docSnippets } from '../docs-snippets.ts';

/** `scope: access` of each row of the table under "Token permissions". */
function tableRows(): string[] {
  const text = readFileSync('docs/permissions.md', 'utf8');
  const table = text.slice(text.indexOf('| permission | what needs it | without it |'));
  return [...table.matchAll(/^\| `([a-z-]+: (?:read|write))` \|/gm)].map((m) => m[1] as string);
}

const maximum = requiredPermissions({ mode: 'pull-request', linkInRelease: true });

describe('docs/permissions.md', () => {
  it('has one row for each documented permission and each one publishing adds', () => {
    const expected = new Set<string>();
    for (const scope of PERMISSION_SCOPES) {
      expected.add(`${scope}: ${DOCUMENTED_PERMISSIONS[scope]}`);
      expected.add(`${scope}: ${maximum[scope]}`);
    }
    // Optional scopes (external monitors) have their rows too, though no block needs them.
    for (const scope of OPTIONAL_SCOPES) expected.add(`${scope}: read`);
    expect(new Set(tableRows())).toEqual(expected);
  });

  it('covers every permission the emulator refuses calls without, and no permission nothing needs', () => {
    const needed = new Set<PermissionScope | OptionalScope>();
    for (const need of [
      ...Object.values(REST_NEEDS),
      ...Object.values(GRAPHQL_TYPE_NEEDS),
      ...Object.values(GRAPHQL_MUTATION_NEEDS),
    ]) {
      if (need.kind === 'scope') for (const scope of need.anyOf) needed.add(scope);
    }
    const documented = new Set(
      tableRows().map((row) => row.split(':')[0] as PermissionScope | OptionalScope),
    );
    expect([...needed].sort()).toEqual([...documented].sort());
  });

  it('is the union of what the stages need', () => {
    expect(permissionsForEvents(['schedule', 'discussion_comment'])).toEqual(DOCUMENTED_PERMISSIONS);
    for (const stage of Object.values(STAGE_PERMISSIONS)) {
      for (const [scope, access] of Object.entries(stage) as [PermissionScope, Access][])
        expect(grants(DOCUMENTED_PERMISSIONS, scope, access)).toBe(true);
    }
  });
});

/** The events a workflow subscribes to, however `on:` is written. */
function eventsOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function permissionBlocks(doc: Record<string, unknown>): unknown[] {
  const jobs = (doc.jobs && typeof doc.jobs === 'object' ? Object.values(doc.jobs) : []) as Record<
    string,
    unknown
  >[];
  return [doc.permissions, ...jobs.map((job) => job?.permissions)].filter((p) => p !== undefined);
}

describe('workflow snippets in README.md and docs/', () => {
  const snippets = docSnippets()
    .map((snippet) => ({ snippet, doc: parse(snippet.text) as unknown }))
    .filter(
      (s): s is { snippet: (typeof s)['snippet']; doc: Record<string, unknown> } =>
        !!s.doc && typeof s.doc === 'object' && !Array.isArray(s.doc) && 'permissions' in s.doc,
    );

  it('finds the snippets with a permissions block', () => {
    expect(snippets.map((s) => s.snippet.file)).toEqual(
      expect.arrayContaining(['README.md', 'docs/commands.md', 'docs/permissions.md']),
    );
  });

  for (const { snippet, doc } of snippets) {
    it(`${snippet.file}:${snippet.line} grants what its events need, and nothing beyond what publishing adds`, () => {
      const events = eventsOf(doc.on);
      // A bare permissions block stands for the whole workflow.
      const needed = events.length > 0 ? permissionsForEvents(events) : DOCUMENTED_PERMISSIONS;
      for (const block of permissionBlocks(doc)) {
        expect(typeof block, 'write-all / read-all grant far more than needed').toBe('object');
        const granted = block as WorkflowPermissions;
        for (const [scope, access] of Object.entries(needed) as [PermissionScope, Access][]) {
          expect(grants(granted, scope, access), `${scope}: ${access} is missing`).toBe(true);
        }
        for (const [scope, access] of Object.entries(granted)) {
          expect(PERMISSION_SCOPES, `${scope} is not needed`).toContain(scope);
          expect(
            grants(maximum, scope as PermissionScope, access as Access),
            `${scope}: ${access} is more than any mode needs`,
          ).toBe(true);
        }
      }
    });
  }
});
