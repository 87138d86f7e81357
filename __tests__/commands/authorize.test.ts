import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.ts';
import { PermissionGateway } from '../../src/github/permissions.ts';
import {
  type AuthConfig,
  hasWriteOrAbove,
  isFacilitator,
  needsFacilitatorCheck,
  resolveActor,
  unreadableTeamsNote,
} from '../../src/retro/commands/authorize.ts';
import { parseCommands } from '../../src/retro/commands/parse.ts';

const API = 'https://api.github.com';
const PERMISSION = (login: string) => `/repos/acme/shop/collaborators/${login}/permission`;

function gateway(warnings: string[] = []) {
  const github = createGitHubClient({
    token: 'ghs_test',
    apiUrl: API,
    log: { debug() {}, warning: (m) => warnings.push(m) },
    maxRateLimitRetries: 0,
  });
  return new PermissionGateway(github, { owner: 'acme', name: 'shop' }, { warning: (m) => warnings.push(m) });
}

const config = (overrides: Partial<AuthConfig> = {}): AuthConfig => ({
  facilitators: { users: [], teams: [] },
  proposers: 'anyone',
  ...overrides,
});

const lines = (body: string) => parseCommands(body, new Date('2026-03-10T10:00:00Z'));

describe('hasWriteOrAbove', () => {
  it.each([
    [{ permission: 'admin', roleName: 'admin' }, true],
    [{ permission: 'write', roleName: 'maintain' }, true],
    [{ permission: 'write', roleName: 'write' }, true],
    [{ permission: 'read', roleName: 'triage' }, false],
    [{ permission: 'read', roleName: 'read' }, false],
    [{ permission: 'none', roleName: 'none' }, false],
    // Custom roles: role_name is the custom name, permission is its base role.
    [{ permission: 'write', roleName: 'release-manager' }, true],
    [{ permission: 'read', roleName: 'auditor' }, false],
  ] as const)('%o → %s', (permission, expected) => {
    expect(hasWriteOrAbove(permission)).toBe(expected);
  });
});

describe('PermissionGateway + isFacilitator', () => {
  it.each([
    ['maintain', 'write', true],
    ['admin', 'admin', true],
    ['write', 'write', true],
    ['triage', 'read', false],
    ['read', 'read', false],
    ['release-manager', 'write', true],
    ['security-auditor', 'read', false],
  ])('role_name %s (permission %s) → facilitator %s', async (role, permission, expected) => {
    const scope = nock(API)
      .get(PERMISSION('lee'))
      .reply(200, { permission, role_name: role, user: { login: 'lee' } });
    await expect(isFacilitator(gateway(), config(), 'lee')).resolves.toBe(expected);
    scope.done();
  });

  it('treats a login GitHub does not know as no role at all', async () => {
    nock(API).get(PERMISSION('nobody')).reply(404, { message: 'Not Found' });
    await expect(gateway().permission('nobody')).resolves.toEqual({ permission: 'none', roleName: 'none' });
  });

  it('asks GitHub once per login and run', async () => {
    nock(API).get(PERMISSION('sam')).once().reply(200, { permission: 'write', role_name: 'write' });
    const permissions = gateway();
    const [a, b] = await Promise.all([permissions.permission('sam'), permissions.permission('SAM')]);
    expect(a).toEqual(b);
    await expect(permissions.permission('sam')).resolves.toEqual({ permission: 'write', roleName: 'write' });
  });

  it('fails loudly when GitHub refuses, instead of guessing a role', async () => {
    nock(API).get(PERMISSION('sam')).reply(403, { message: 'Resource not accessible by integration' });
    await expect(gateway().permission('sam')).rejects.toMatchObject({ status: 403 });
  });

  it('counts a configured user without any API call', async () => {
    await expect(
      isFacilitator(gateway(), config({ facilitators: { users: ['Rio'], teams: [] } }), 'rio'),
    ).resolves.toBe(true);
  });

  it('counts active team members, not pending ones, and stops at the first team that says yes', async () => {
    const teams = config({
      facilitators: { users: [], teams: ['acme/retro-leads', 'acme/sre', 'acme/never-asked'] },
    });
    const scope = nock(API)
      .get(PERMISSION('rio'))
      .reply(200, { permission: 'read', role_name: 'triage' })
      .get('/orgs/acme/teams/retro-leads/memberships/rio')
      .reply(200, { state: 'pending', role: 'member' })
      .get('/orgs/acme/teams/sre/memberships/rio')
      .reply(200, { state: 'active', role: 'member' });
    await expect(isFacilitator(gateway(), teams, 'rio')).resolves.toBe(true);
    scope.done();
  });

  it('treats a team GitHub refuses to show (GITHUB_TOKEN) as no member, with a warning saying what to change', async () => {
    const warnings: string[] = [];
    nock(API)
      .get(PERMISSION('kim'))
      .reply(200, { permission: 'read', role_name: 'read' })
      .get('/orgs/acme/teams/leads/memberships/kim')
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(
      isFacilitator(gateway(warnings), config({ facilitators: { users: [], teams: ['acme/leads'] } }), 'kim'),
    ).resolves.toBe(false);
    expect(warnings.join('\n')).toContain('Members: read');
  });

  it('names the teams it could not read in the actor, and the refusal note says what to change', async () => {
    nock(API)
      .get(PERMISSION('kim'))
      .reply(200, { permission: 'read', role_name: 'read' })
      .get('/orgs/acme/teams/facilitators/memberships/kim')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/facilitators')
      .reply(404, { message: 'Not Found' });
    const actor = await resolveActor(
      gateway(),
      config({ facilitators: { users: [], teams: ['acme/facilitators'] } }),
      'kim',
      lines('/accept A1'),
    );
    expect(actor).toEqual({
      login: 'kim',
      facilitator: false,
      participant: true,
      unreadableTeams: ['acme/facilitators'],
    });
    expect(unreadableTeamsNote(actor)).toContain(
      'The team `acme/facilitators` in `facilitators.teams` could not be read',
    );
    expect(unreadableTeamsNote({ ...actor, unreadableTeams: [] })).toBe('');
  });

  it('checks assignability: 204 yes, 404 no', async () => {
    nock(API)
      .get('/repos/acme/shop/assignees/maya')
      .reply(204)
      .get('/repos/acme/shop/assignees/ghost')
      .reply(404, { message: 'Not Found' });
    const permissions = gateway();
    await expect(permissions.isAssignable('maya')).resolves.toBe(true);
    await expect(permissions.isAssignable('ghost')).resolves.toBe(false);
  });
});

describe('resolveActor', () => {
  it('asks GitHub nothing for /help, or for proposals when anyone may propose', async () => {
    await expect(
      resolveActor(gateway(), config(), 'troll', lines('/help\n/action x\n/learning y')),
    ).resolves.toEqual({
      login: 'troll',
      facilitator: false,
      participant: true,
    });
  });

  it('checks the role when proposals are for facilitators only', async () => {
    nock(API).get(PERMISSION('troll')).reply(404, { message: 'Not Found' });
    await expect(
      resolveActor(gateway(), config({ proposers: 'facilitators' }), 'troll', lines('/action x')),
    ).resolves.toEqual({ login: 'troll', facilitator: false, participant: false });
  });

  it('checks the role for deciding commands', async () => {
    nock(API).get(PERMISSION('maya')).reply(200, { permission: 'admin', role_name: 'admin' });
    await expect(resolveActor(gateway(), config(), 'maya', lines('/accept A1'))).resolves.toEqual({
      login: 'maya',
      facilitator: true,
      participant: true,
    });
  });

  it('knows which lines need the facilitator check', () => {
    expect(needsFacilitatorCheck(lines('/help\n/acept A1\n/assign A1'), config())).toBe(false);
    expect(needsFacilitatorCheck(lines('/due A1 +1w'), config())).toBe(true);
    expect(needsFacilitatorCheck(lines('/learning x'), config({ proposers: 'facilitators' }))).toBe(true);
  });
});
