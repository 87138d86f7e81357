/**
 * GITHUB_TOKEN has exactly the workflow's permissions: the emulator refuses, as GitHub does, every REST route and
 * GraphQL object or mutation the token's permissions do not cover (emulator/permissions.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import {
  allows,
  GRAPHQL_MUTATION_NEEDS,
  GRAPHQL_TYPE_NEEDS,
  type Need,
  REST_NEEDS,
} from '../../emulator/permissions.ts';
import { routes } from '../../emulator/rest/routes.ts';
import { HARNESS_TOKEN } from '../../emulator/run-action.ts';
import { DOCUMENTED_PERMISSIONS, type WorkflowPermissions } from '../../src/github/workflow-permissions.ts';
import { gql, rest } from './helpers.ts';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterAll(async () => {
  await emu?.close();
});

describe('the e2e harness runs under the documented permission block by default', () => {
  it.each(['demo', 'synthetic', 'monorepo', 'organisation'])(
    '%s: the token runAction passes is an installation token with exactly the documented block',
    async (scenario) => {
      const started = scenario === 'demo' ? emu : await startEmulator({ scenario });
      try {
        const token = started.state.tokens.find((t) => t.token === HARNESS_TOKEN);
        expect(token?.kind).toBe('installation');
        expect(token?.permissions).toEqual(DOCUMENTED_PERMISSIONS);
      } finally {
        if (started !== emu) await started.close();
      }
    },
  );
});

/** A concrete path for a route template, with values from the demo scenario. */
function concrete(template: string): string {
  const values: Record<string, string> = {
    owner: 'acme',
    repo: 'shop',
    username: 'sam',
    assignee: 'sam',
    org: 'acme',
    team_slug: 'release-managers',
    tag: 'v1.4.1',
    release_id: '1',
    basehead: 'v1.4.0...v1.4.1',
    ref: template.includes('/git/ref/') ? 'heads/main' : 'main',
    commit_sha: 'main',
    deployment_id: '1',
    issue_number: '1',
    path: 'README.md',
  };
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '1');
}

const without = (scopes: string[]): WorkflowPermissions =>
  Object.fromEntries(Object.entries(DOCUMENTED_PERMISSIONS).filter(([scope]) => !scopes.includes(scope)));

describe('REST routes', () => {
  it('lists a permission for every route the emulator serves, and none it does not', () => {
    const served = routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(Object.keys(REST_NEEDS).sort()).toEqual(served);
  });

  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    const need = REST_NEEDS[key] as Need;
    it(`${key} answers as GitHub does to a token without ${need.kind === 'scope' ? need.anyOf.join('/') : need.kind}`, async () => {
      emu.grant(need.kind === 'scope' ? without(need.anyOf) : {});
      try {
        const res = await rest(emu, route.method, concrete(route.path), {
          body: route.method === 'GET' ? undefined : {},
        });
        if (need.kind === 'scope') {
          expect(res.status).toBe(403);
          expect(res.body.message).toBe('Resource not accessible by integration');
        } else if (need.kind === 'org-members') {
          expect(res.status).toBe(404);
        } else {
          expect(res.body?.message).not.toBe('Resource not accessible by integration');
        }
      } finally {
        emu.grant(DOCUMENTED_PERMISSIONS);
      }
    });
  }

  it('lets the documented block read what it needs and refuses its writes outside it', async () => {
    expect((await rest(emu, 'GET', '/repos/acme/shop/assignees/sam')).status).toBe(204);
    // pull-requests: read alone also lets the assignee check through (GitHub lists it under both).
    emu.grant({ 'pull-requests': 'read' });
    try {
      expect((await rest(emu, 'GET', '/repos/acme/shop/assignees/sam')).status).toBe(204);
    } finally {
      emu.grant(DOCUMENTED_PERMISSIONS);
    }
    const put = await rest(emu, 'PUT', '/repos/acme/shop/contents/x.md', {
      body: { message: 'x', content: Buffer.from('x').toString('base64') },
    });
    expect(put.status).toBe(403);
    // A PAT acts with its user's role; workflow permissions do not apply to it.
    expect(
      (await rest(emu, 'GET', '/orgs/acme/teams/release-managers/memberships/maya', { token: 'ghp_maya' }))
        .status,
    ).toBe(200);
  });
});

describe('GraphQL', () => {
  const discussions = `query { repository(owner: "acme", name: "shop") { id discussions(first: 1) { nodes { id } } } }`;

  it('refuses discussions without discussions: read, with GitHub error shape, and keeps the rest', async () => {
    emu.grant(without(['discussions']));
    try {
      const res = await gql(emu, discussions);
      expect(res.body.errors?.[0]).toMatchObject({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
        path: ['repository', 'discussions'],
      });
      const repo = await gql<{ repository: { id: string } }>(
        emu,
        `query { repository(owner: "acme", name: "shop") { id } }`,
      );
      expect(repo.body.errors).toBeUndefined();
      expect(repo.body.data?.repository.id).toBeTruthy();
    } finally {
      emu.grant(DOCUMENTED_PERMISSIONS);
    }
    expect((await gql(emu, discussions)).body.errors).toBeUndefined();
  });

  it('refuses a commit history without contents: read', async () => {
    // `object` reaches the commit without a Ref (which needs contents: read itself).
    const history = `query { repository(owner: "acme", name: "shop") { object(expression: "main") { ... on Commit { history(first: 1) { nodes { oid } } } } } }`;
    expect((await gql(emu, history)).body.errors).toBeUndefined();
    emu.grant(without(['contents']));
    try {
      expect((await gql(emu, history)).body.errors?.[0]).toMatchObject({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
      });
    } finally {
      emu.grant(DOCUMENTED_PERMISSIONS);
    }
  });

  it('refuses a discussion reached by node id, and a mutation with read access only', async () => {
    const found = await gql<{ repository: { discussions: { nodes: { id: string }[] } } }>(emu, discussions);
    const id = found.body.data?.repository.discussions.nodes[0]?.id as string;
    emu.grant({ ...DOCUMENTED_PERMISSIONS, discussions: 'read' });
    try {
      const node = await gql(emu, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(node.body.errors).toBeUndefined();
      const mutation = await gql(
        emu,
        `mutation($id: ID!) { addDiscussionComment(input: { discussionId: $id, body: "x" }) { comment { id } } }`,
        { id },
      );
      expect(mutation.body.errors?.[0]).toMatchObject({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
      });
      emu.grant(without(['discussions']));
      const hidden = await gql(emu, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(hidden.body.errors?.[0]?.type).toBe('FORBIDDEN');
    } finally {
      emu.grant(DOCUMENTED_PERMISSIONS);
    }
  });

  it('needs a documented scope for every guarded type and mutation', () => {
    for (const need of [...Object.values(GRAPHQL_TYPE_NEEDS), ...Object.values(GRAPHQL_MUTATION_NEEDS)]) {
      expect(allows(DOCUMENTED_PERMISSIONS, need)).toBe(true);
      expect(allows({}, need)).toBe(false);
    }
  });
});
