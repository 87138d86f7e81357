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
  // GitHub's `oneOf` branches overlap (the contents PUT 409 is Basic Error or a rule violation, neither with a
  // required key, so every body matches both and `oneOf` rejects it): it means "one of these shapes".
  if (Array.isArray(out.oneOf)) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
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
/**
 * GitHub's Basic Error (`message`, `documentation_url`, `url`, `status`): what every error answers where a route's
 * description names no body for that status (a 401, a 403 refusal of an integration, most 404s).
 */
const basicError = () =>
  spec.paths['/repos/{owner}/{repo}']?.get?.responses['404']?.content?.['application/json']?.schema;
function validatorFor(method: string, template: string, status: number): ValidateFunction {
  const key = `${method} ${template} ${status}`;
  let v = validators.get(key);
  if (!v) {
    const described =
      spec.paths[template]?.[method.toLowerCase()]?.responses[String(status)]?.content?.['application/json']
        ?.schema;
    const schema = described ?? (status >= 400 ? basicError() : undefined);
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
    body?: unknown | (() => Promise<unknown>);
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
    {
      name: 'latest release',
      path: '/repos/acme/shop/releases/latest',
      template: '/repos/{owner}/{repo}/releases/latest',
    },
    {
      name: 'release by id',
      path: async () =>
        `/repos/acme/shop/releases/${(await rest(emu, 'GET', '/repos/acme/shop/releases/tags/v1.4.0')).body.id}`,
      template: '/repos/{owner}/{repo}/releases/{release_id}',
    },
    {
      name: 'updated release (link in release)',
      method: 'PATCH',
      token: 'ghp_maya',
      path: async () =>
        `/repos/acme/shop/releases/${(await rest(emu, 'GET', '/repos/acme/shop/releases/tags/v1.4.0')).body.id}`,
      template: '/repos/{owner}/{repo}/releases/{release_id}',
      body: { body: 'Notes\n\nRetrospective: https://github.com/acme/shop/discussions/1' },
    },
    {
      name: 'commit',
      path: '/repos/acme/shop/commits/v1.4.0',
      template: '/repos/{owner}/{repo}/commits/{ref}',
    },
    {
      name: 'pull requests of a commit',
      path: async () => `/repos/acme/shop/commits/${emu.state.resolveSha('acme/shop', 'v1.4.0')}/pulls`,
      template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    },
    {
      name: 'created branch',
      method: 'POST',
      token: 'ghp_maya',
      path: '/repos/acme/shop/git/refs',
      template: '/repos/{owner}/{repo}/git/refs',
      body: async () => ({
        ref: 'refs/heads/openapi-branch',
        sha: emu.state.resolveSha('acme/shop', 'main'),
      }),
    },
    {
      name: 'issue',
      path: '/repos/acme/shop/issues/2',
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
    },
    {
      name: 'updated issue',
      method: 'PATCH',
      path: '/repos/acme/shop/issues/2',
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
      body: { labels: ['bug'] },
    },
  ];

  it('cover every route the emulator serves (the assignee check answers 204 with no body: status only)', () => {
    const covered = new Set(cases.map((c) => `${c.method ?? 'GET'} ${c.template}`));
    covered.add('GET /repos/{owner}/{repo}/assignees/{assignee}');
    expect(routes.map((r) => `${r.method} ${r.path}`).filter((r) => !covered.has(r))).toEqual([]);
  });

  it('the assignee check answers 204 without a body for an assignable person (404: see the errors below)', async () => {
    const yes = await rest(emu, 'GET', '/repos/acme/shop/assignees/sam');
    expect(yes.status).toBe(204);
    expect(yes.body).toBeUndefined();
  });

  for (const c of cases) {
    it(c.name, async () => {
      const method = c.method ?? 'GET';
      const path = typeof c.path === 'string' ? c.path : await c.path();
      const body = typeof c.body === 'function' ? await (c.body as () => Promise<unknown>)() : c.body;
      const res = await rest(emu, method, path, { token: c.token ?? 'ghs_emulator_default', body });
      expect(res.status).toBeLessThan(300);
      const validate = validatorFor(method, c.template, res.status);
      const valid = validate(res.body);
      expect(
        valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 10),
      ).toEqual([]);
    });
  }
});

/**
 * The refusals and failures the action handles, in GitHub's error shapes: the route's own error schema where
 * GitHub's description names one (422 Validation Error, 409, 403), else Basic Error.
 */
describe('error responses validate against GitHub’s schemas', () => {
  const withIssuesRead = () => emu.grant({ ...DOCUMENTED_PERMISSIONS });
  const cases: {
    name: string;
    status: number;
    method?: string;
    path: string;
    template: string;
    token?: string;
    body?: unknown;
    setup?: () => void;
    message?: RegExp;
  }[] = [
    {
      name: '401 bad credentials',
      status: 401,
      path: '/repos/acme/shop',
      template: '/repos/{owner}/{repo}',
      token: 'ghs_revoked',
      message: /^Bad credentials$/,
    },
    {
      name: '403 a permission the workflow did not grant',
      status: 403,
      path: '/repos/acme/shop/issues',
      template: '/repos/{owner}/{repo}/issues',
      setup: () => {
        const { issues: _, ...rest } = DOCUMENTED_PERMISSIONS;
        emu.grant(rest);
      },
      message: /^Resource not accessible by integration$/,
    },
    {
      name: '404 team membership GITHUB_TOKEN cannot read',
      status: 404,
      path: '/orgs/acme/teams/release-managers/memberships/lee',
      template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      message: /^Not Found$/,
    },
    {
      name: '404 a team GITHUB_TOKEN cannot read',
      status: 404,
      path: '/orgs/acme/teams/release-managers',
      template: '/orgs/{org}/teams/{team_slug}',
    },
    {
      name: '404 collaborator permission of an unknown login',
      status: 404,
      path: '/repos/acme/shop/collaborators/nobody-here/permission',
      template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    },
    {
      name: '404 not assignable',
      status: 404,
      path: '/repos/acme/shop/assignees/troll',
      template: '/repos/{owner}/{repo}/assignees/{assignee}',
    },
    {
      name: '404 release of an unknown tag',
      status: 404,
      path: '/repos/acme/shop/releases/tags/v9.9.9',
      template: '/repos/{owner}/{repo}/releases/tags/{tag}',
    },
    {
      name: '404 a file that does not exist',
      status: 404,
      path: '/repos/acme/shop/contents/.github/nope.yml',
      template: '/repos/{owner}/{repo}/contents/{path}',
    },
    {
      name: '422 a milestone title that exists',
      status: 422,
      method: 'POST',
      path: '/repos/acme/shop/milestones',
      template: '/repos/{owner}/{repo}/milestones',
      body: { title: 'Retro actions v1.4.1' },
      message: /^Validation Failed$/,
    },
    {
      name: '422 a label that exists',
      status: 422,
      method: 'POST',
      path: '/repos/acme/shop/labels',
      template: '/repos/{owner}/{repo}/labels',
      body: { name: 'retro' },
    },
    {
      name: '422 an issue body over 65,536 characters',
      status: 422,
      method: 'POST',
      path: '/repos/acme/shop/issues',
      template: '/repos/{owner}/{repo}/issues',
      body: { title: 'Too long', body: 'x'.repeat(65_537) },
    },
    {
      name: '422 a comment body over 65,536 characters',
      status: 422,
      method: 'POST',
      path: '/repos/acme/shop/issues/2/comments',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      body: { body: 'x'.repeat(65_537) },
    },
    {
      name: '422 a branch that exists',
      status: 422,
      method: 'POST',
      path: '/repos/acme/shop/git/refs',
      template: '/repos/{owner}/{repo}/git/refs',
      token: 'ghp_maya',
      body: { ref: 'refs/heads/main', sha: 'd6' },
    },
    {
      name: '403 "Allow GitHub Actions to create and approve pull requests" is off',
      status: 403,
      method: 'POST',
      path: '/repos/acme/shop/pulls',
      template: '/repos/{owner}/{repo}/pulls',
      body: { title: 'Retro', head: 'openapi-check', base: 'main' },
      setup: () => emu.grant({ ...DOCUMENTED_PERMISSIONS, 'pull-requests': 'write', contents: 'write' }),
      message: /^GitHub Actions is not permitted to create or approve pull requests\.$/,
    },
    {
      name: '409 a branch rule refusing Contents API writes',
      status: 409,
      method: 'PUT',
      path: '/repos/acme/shop/contents/docs/protected.md',
      template: '/repos/{owner}/{repo}/contents/{path}',
      token: 'ghp_maya',
      body: { message: 'x', content: Buffer.from('x').toString('base64') },
      setup: () => {
        const repo = emu.state.repo('acme', 'shop');
        if (repo && !repo.settings.protectedBranches.some((b) => b.branch === 'main'))
          repo.settings.protectedBranches.push({
            branch: 'main',
            by: 'ruleset',
            name: 'Require pull requests',
          });
      },
      message: /^Repository rule violations found/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      withIssuesRead();
      c.setup?.();
      try {
        const method = c.method ?? 'GET';
        const res = await rest(emu, method, c.path, {
          token: c.token ?? 'ghs_emulator_default',
          body: c.body,
        });
        expect(res.status).toBe(c.status);
        if (c.message) expect(res.body.message).toMatch(c.message);
        const validate = validatorFor(method, c.template, res.status);
        const valid = validate(res.body);
        expect(
          valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 10),
        ).toEqual([]);
      } finally {
        withIssuesRead();
        const repo = emu.state.repo('acme', 'shop');
        if (repo) repo.settings.protectedBranches = [];
      }
    });
  }
});
