/**
 * The action's refusal messages (src/github/refusals.ts, the settings and team advice) and the emulator's
 * refusal rules (emulator/permissions.ts, its settings) cannot drift apart: every refusal the emulator can
 * produce for a call the action makes maps to a message naming the fix, and docs/permissions.md lists the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLNamedType,
  getNamedType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  GRAPHQL_MUTATION_NEEDS,
  GRAPHQL_TYPE_NEEDS,
  type Need,
  REST_NEEDS,
} from '../../emulator/permissions.ts';
import { protectedBranchMessage } from '../../emulator/rest/contents.ts';
import { ACTIONS_CANNOT_CREATE_PULLS } from '../../emulator/rest/pulls.ts';
import { explainActionsPullRequestSetting, explainBranchRule } from '../../src/github/contents.ts';
import { unreadableTeamAdvice } from '../../src/github/permissions.ts';
import { graphqlRefusal, type Refusal, refusalHint, restRefusal } from '../../src/github/refusals.ts';
import { githubSchema } from '../github/graphql-schema.ts';

const docs = readFileSync('docs/permissions.md', 'utf8');
const ACCESS_RANK = { read: 1, write: 2 } as const;

/** Whether the refusal the action names is one the need accepts (a write also grants read). */
function satisfies(refusal: Refusal | null, need: Need): boolean {
  if (!refusal || need.kind !== 'scope') return false;
  return (
    (need.anyOf as string[]).includes(refusal.scope) &&
    ACCESS_RANK[refusal.access] >= ACCESS_RANK[need.access]
  );
}

/** docs/permissions.md's table has a row for the scope at this access or above. */
function documented(scope: string, access: 'read' | 'write'): boolean {
  const rows = [...docs.matchAll(/^\| `([a-z-]+): (read|write)` \|/gm)];
  return rows.some(([, s, a]) => s === scope && ACCESS_RANK[a as 'read' | 'write'] >= ACCESS_RANK[access]);
}

const concrete = (template: string) =>
  template
    .replace('{owner}', 'acme')
    .replace('{repo}', 'shop')
    .replace('{basehead}', 'v1.0.0...v1.1.0')
    .replace(/\{[a-z_]+\}/g, 'x1');

describe('REST: every route the emulator refuses without a permission', () => {
  const scoped = Object.entries(REST_NEEDS).filter(([, need]) => need.kind === 'scope');

  it.each(scoped)('%s: the action names the permission, the line to add and the docs', (route, need) => {
    const [method = 'GET', template = ''] = route.split(' ');
    const refusal = restRefusal(method, `https://api.github.com${concrete(template)}`);
    expect(refusal, `refusals.ts names no permission for ${route}`).not.toBeNull();
    expect(
      satisfies(refusal, need),
      `${route} needs ${JSON.stringify(need)}, the action names ${JSON.stringify(refusal)}`,
    ).toBe(true);
    const hint = refusalHint(refusal as Refusal);
    expect(hint).toContain(`"${refusal?.scope}: ${refusal?.access}"`);
    expect(hint).toMatch(/Add `[a-z-]+: (read|write)` under `permissions:`/);
    expect(hint).toContain('docs/permissions.md');
    expect(documented(refusal?.scope ?? '', refusal?.access ?? 'write')).toBe(true);
  });

  it('team routes (organization members: read, never GITHUB_TOKEN: 404): the advice names the permission and the way around it', () => {
    const teamRoutes = Object.entries(REST_NEEDS).filter(([, need]) => need.kind === 'org-members');
    expect(teamRoutes.map(([route]) => route).sort()).toEqual([
      'GET /orgs/{org}/teams/{team_slug}',
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
    ]);
    const advice = unreadableTeamAdvice('`acme/leads`');
    expect(advice).toContain('"Members: read"');
    expect(advice).toContain('facilitators.users');
    expect(docs).toContain('"Members: read"');
  });
});

/**
 * Where the emulator reports a GraphQL refusal: the response path of the field that returns a guarded type (a
 * connection of it, or an interface field such as `node(id:)` whose inline fragment asks for it), or of a
 * guarded mutation. Walked statically over the action's documents, with GitHub's schema.
 */
function guardedPaths(source: string): { path: string[]; mutation: boolean; need: Need; type: string }[] {
  const document = parse(source);
  const typeInfo = new TypeInfo(githubSchema);
  const found: { path: string[]; mutation: boolean; need: Need; type: string }[] = [];
  const path: string[] = [];
  let mutation = false;
  const guard = (type: GraphQLNamedType | string) => {
    const name = (typeof type === 'string' ? type : type.name).replace(/(Connection|Edge)$/, '');
    return GRAPHQL_TYPE_NEEDS[name] ? name : null;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        mutation = node.operation === 'mutation';
      },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const parentType = typeInfo.getParentType();
          if (mutation && isObjectType(parentType) && parentType.name === 'Mutation') {
            const need = GRAPHQL_MUTATION_NEEDS[node.name.value];
            if (need) found.push({ path: [...path], mutation: true, need, type: node.name.value });
          }
          const type = typeInfo.getType();
          const guarded = type ? guard(getNamedType(type)) : null;
          if (guarded)
            found.push({
              path: [...path],
              mutation,
              need: GRAPHQL_TYPE_NEEDS[guarded] as Need,
              type: guarded,
            });
          // Inline fragments on an interface field (`node(id:) { ... on DiscussionComment }`) are checked on
          // what the field resolved to, at the field's path.
          for (const selection of node.selectionSet?.selections ?? []) {
            if (selection.kind !== 'InlineFragment') continue;
            const condition = selection.typeCondition?.name.value;
            const onType = condition ? guard(condition) : null;
            if (onType)
              found.push({
                path: [...path],
                mutation,
                need: GRAPHQL_TYPE_NEEDS[onType] as Need,
                type: onType,
              });
          }
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return found;
}

describe('GraphQL: every guarded field and mutation of the action’s documents', () => {
  const DIR = 'src/github/graphql';
  const cases = readdirSync(DIR)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((file) =>
      guardedPaths(readFileSync(join(DIR, file), 'utf8')).map((g) => ({
        name: `${file}: ${g.path.join('.')} (${g.type})`,
        ...g,
      })),
    );

  it('finds the guarded places (the walk sees the documents)', () => {
    const types = new Set(cases.map((c) => c.type));
    for (const type of [
      'Discussion',
      'DiscussionComment',
      'PullRequest',
      'Issue',
      'Deployment',
      'createDiscussion',
    ])
      expect(types).toContain(type);
  });

  it.each(cases)('$name: the action names the permission and the line to add', ({ path, mutation, need }) => {
    const refusal = graphqlRefusal(path, mutation);
    expect(
      satisfies(refusal, need),
      `needs ${JSON.stringify(need)}, the action names ${JSON.stringify(refusal)}`,
    ).toBe(true);
    expect(documented(refusal?.scope ?? '', refusal?.access ?? 'write')).toBe(true);
  });
});

describe('repository settings the emulator enforces', () => {
  it('"Allow GitHub Actions to create and approve pull requests": the action names the setting, docs too', () => {
    const refused = Object.assign(new Error(ACTIONS_CANNOT_CREATE_PULLS), { status: 403 });
    const explained = explainActionsPullRequestSetting(refused, 'release-retro/v1.4.0');
    expect(explained?.message).toContain(
      'Turn on "Allow GitHub Actions to create and approve pull requests"',
    );
    expect(docs).toContain('"Allow GitHub Actions to create and approve pull requests"');
  });

  it.each(['ruleset', 'branch-protection'] as const)(
    'a branch %s refusing Contents API writes: the action names the rule and the way around it',
    (by) => {
      const refused = Object.assign(new Error(protectedBranchMessage(by, 'main')), { status: 409 });
      const explained = explainBranchRule(refused, 'docs/retrospectives/v1.4.0.md', 'main');
      expect(explained?.message).toContain(
        by === 'ruleset' ? 'a repository ruleset on main' : 'branch protection on main',
      );
      expect(explained?.message).toContain('Use publish.mode: pull-request');
      expect(docs).toContain(
        by === 'ruleset' ? 'Repository rule violations found' : 'Protected branch update failed',
      );
    },
  );
});
