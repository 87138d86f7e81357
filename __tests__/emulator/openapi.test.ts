/**
 * Holds the emulator to GitHub's published OpenAPI description: every route it serves must exist there,
 * and the responses the action depends on must validate against GitHub's response schemas.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { routes } from '../../emulator/rest/routes.ts';
import { DOCUMENTED_PERMISSIONS } from '../../src/github/workflow-permissions.ts';
import { rest } from './helpers.ts';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
type Spec = { paths: Record<string, Record<string, Operation>> };

let spec: Spec;
let emu: Emulator;
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv) => void;
addFormats(ajv);

beforeAll(async () => {
  // The dereferenced description is ~70 MB: load it once for the whole file.
  const path = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.deref.json');
  spec = JSON.parse(await readFile(path, 'utf8')) as Spec;
  emu = await startEmulator({ scenario: 'demo' });
}, 60_000);
afterAll(async () => {
  await emu?.close();
});

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema; rewrite it as a `null` type (or enum member, or an
 * `anyOf` branch when no type is given) so ajv checks nulls the way GitHub means them.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // `properties` and `example(s)` hold names and sample data, not schemas keyed by keywords.
    out[k] = k === 'example' || k === 'examples' ? v : toJsonSchema(v);
  }
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(method: string, template: string, status: number): ValidateFunction {
  const key = `${method} ${template} ${status}`;
  let v = validators.get(key);
  if (!v) {
    const schema =
      spec.paths[template]?.[method.toLowerCase()]?.responses[String(status)]?.content?.['application/json']
        ?.schema;
    if (!schema) throw new Error(`No OpenAPI response schema for ${key}`);
    v = ajv.compile(toJsonSchema(schema) as object);
    validators.set(key, v);
  }
  return v;
}

/** A status and a check run on v1.4.0, so their responses are validated with items in them. */
function seedChecks(): void {
  // The optional permissions these routes need (emulator/permissions.ts), on top of the documented block.
  emu.grant({ ...DOCUMENTED_PERMISSIONS, statuses: 'read', checks: 'read' });
  if (emu.state.commitStatuses.length > 0) return;
  const sha = emu.state.resolveSha('acme/shop', 'v1.4.0') as string;
  const at = '2026-03-16T10:00:00Z';
  emu.state.commitStatuses.push({
    id: 90001,
    nodeId: 'SC_90001',
    repo: 'acme/shop',
    sha,
    context: 'error-budget',
    state: 'success',
    description: null,
    targetUrl: 'https://slo.acme.dev',
    creator: 'maya',
    createdAt: at,
    updatedAt: at,
  });
  emu.state.checkRuns.push({
    id: 90002,
    nodeId: 'CR_90002',
    repo: 'acme/shop',
    headSha: sha,
    name: 'canary',
    app: { slug: 'kayenta', name: 'Kayenta', owner: 'maya' },
    status: 'completed',
    conclusion: 'success',
    detailsUrl: null,
    title: 'Canary score 94',
    summary: null,
    startedAt: at,
    completedAt: at,
  });
}

describe('routes', () => {
  it('serves only routes that GitHub’s OpenAPI description defines', () => {
    const missing = routes
      .filter((r) => !spec.paths[r.path]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });
});

describe('responses validate against GitHub’s schemas', () => {
  const cases: {
    name: string;
    method?: string;
    path: string | (() => Promise<string>);
    template: string;
    token?: string;
    body?: unknown;
  }[] = [
    { name: 'repository', path: '/repos/acme/shop', template: '/repos/{owner}/{repo}' },
    { name: 'releases', path: '/repos/acme/shop/releases', template: '/repos/{owner}/{repo}/releases' },
    {
      name: 'release by tag',
      path: '/repos/acme/shop/releases/tags/v1.4.0',
      template: '/repos/{owner}/{repo}/releases/tags/{tag}',
    },
    {
      name: 'release reactions',
      path: async () =>
        `/repos/acme/shop/releases/${(await rest(emu, 'GET', '/repos/acme/shop/releases/tags/v1.4.0')).body.id}/reactions`,
      template: '/repos/{owner}/{repo}/releases/{release_id}/reactions',
    },
    { name: 'tags', path: '/repos/acme/shop/tags', template: '/repos/{owner}/{repo}/tags' },
    {
      name: 'compare',
      path: '/repos/acme/shop/compare/v1.3.0...v1.4.1',
      template: '/repos/{owner}/{repo}/compare/{basehead}',
    },
    { name: 'commits', path: '/repos/acme/shop/commits', template: '/repos/{owner}/{repo}/commits' },
    {
      name: 'combined commit status',
      path: async () => {
        seedChecks();
        return '/repos/acme/shop/commits/v1.4.0/status';
      },
      template: '/repos/{owner}/{repo}/commits/{ref}/status',
    },
    {
      name: 'check runs',
      path: async () => {
        seedChecks();
        return '/repos/acme/shop/commits/v1.4.0/check-runs';
      },
      template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    },
    { name: 'pulls', path: '/repos/acme/shop/pulls?state=all', template: '/repos/{owner}/{repo}/pulls' },
    {
      name: 'deployments',
      path: '/repos/acme/shop/deployments',
      template: '/repos/{owner}/{repo}/deployments',
    },
    {
      name: 'deployment statuses',
      path: async () =>
        `/repos/acme/shop/deployments/${(await rest(emu, 'GET', '/repos/acme/shop/deployments')).body[0].id}/statuses`,
      template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    },
    {
      name: 'environments',
      path: '/repos/acme/shop/environments',
      template: '/repos/{owner}/{repo}/environments',
    },
    {
      name: 'workflow runs',
      path: '/repos/acme/shop/actions/runs',
      template: '/repos/{owner}/{repo}/actions/runs',
    },
    {
      name: 'issues (with PRs)',
      path: '/repos/acme/shop/issues?state=all&per_page=100',
      template: '/repos/{owner}/{repo}/issues',
    },
    {
      name: 'issue comments',
      path: '/repos/acme/shop/issues/2/comments',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    },
    {
      name: 'milestones',
      path: '/repos/acme/shop/milestones?state=all',
      template: '/repos/{owner}/{repo}/milestones',
    },
    { name: 'labels', path: '/repos/acme/shop/labels', template: '/repos/{owner}/{repo}/labels' },
    {
      name: 'collaborator permission',
      path: '/repos/acme/shop/collaborators/lee/permission',
      template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    },
    { name: 'user', path: '/users/maya', template: '/users/{username}' },
    { name: 'rate limit', path: '/rate_limit', template: '/rate_limit' },
    {
      name: 'contents',
      path: '/repos/acme/shop/contents/README.md',
      template: '/repos/{owner}/{repo}/contents/{path}',
    },
    {
      name: 'git ref',
      path: '/repos/acme/shop/git/ref/heads/main',
      template: '/repos/{owner}/{repo}/git/ref/{ref}',
    },
    {
      name: 'team membership',
      // GITHUB_TOKEN cannot read organization teams (404); a PAT with members: read can.
      token: 'ghp_maya',
      path: '/orgs/acme/teams/release-managers/memberships/lee',
      template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    },
    {
      name: 'team',
      token: 'ghp_maya',
      path: '/orgs/acme/teams/release-managers',
      template: '/orgs/{org}/teams/{team_slug}',
    },
    {
      name: 'created issue',
      method: 'POST',
      path: '/repos/acme/shop/issues',
      template: '/repos/{owner}/{repo}/issues',
      body: { title: 'Action item', labels: ['bug'], assignees: ['sam'], milestone: 1 },
    },
    {
      name: 'created milestone',
      method: 'POST',
      path: '/repos/acme/shop/milestones',
      template: '/repos/{owner}/{repo}/milestones',
      body: { title: 'Retro actions v1.4.1', due_on: '2026-04-01T12:00:00Z' },
    },
    {
      name: 'created label',
      method: 'POST',
      path: '/repos/acme/shop/labels',
      template: '/repos/{owner}/{repo}/labels',
      body: { name: 'retro' },
    },
    {
      name: 'created file (file-commit)',
      method: 'PUT',
      token: 'ghp_maya',
      path: '/repos/acme/shop/contents/docs/openapi-check.md',
      template: '/repos/{owner}/{repo}/contents/{path}',
      body: { message: 'Add a file', content: Buffer.from('# check').toString('base64') },
    },
    {
      name: 'created pull request (the full pull-request schema)',
      method: 'POST',
      token: 'ghp_maya',
      path: async () => {
        const main = await rest(emu, 'GET', '/repos/acme/shop/git/ref/heads/main');
        const asMaya = { token: 'ghp_maya' };
        await rest(emu, 'POST', '/repos/acme/shop/git/refs', {
          ...asMaya,
          body: { ref: 'refs/heads/openapi-check', sha: main.body.object.sha },
        });
        await rest(emu, 'PUT', '/repos/acme/shop/contents/docs/pr-check.md', {
          ...asMaya,
          body: { message: 'x', content: Buffer.from('x').toString('base64'), branch: 'openapi-check' },
        });
        return '/repos/acme/shop/pulls';
      },
      template: '/repos/{owner}/{repo}/pulls',
      body: { title: 'Check', head: 'openapi-check', base: 'main' },
    },
    {
      name: 'created comment',
      method: 'POST',
      path: '/repos/acme/shop/issues/2/comments',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      body: { body: 'Reminder' },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const method = c.method ?? 'GET';
      const path = typeof c.path === 'string' ? c.path : await c.path();
      const res = await rest(emu, method, path, { token: c.token ?? 'ghs_emulator_default', body: c.body });
      expect(res.status).toBeLessThan(300);
      const validate = validatorFor(method, c.template, res.status);
      const valid = validate(res.body);
      expect(
        valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 10),
      ).toEqual([]);
    });
  }
});
