import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PermissionGateway } from '../../src/github/permissions.ts';
import { API, client } from '../collect/nock-github.ts';

const repo = { owner: 'acme', name: 'shop' };

describe('PermissionGateway.teamMembership', () => {
  it('is a member when the membership is active, not when it is pending', async () => {
    nock(API)
      .get('/orgs/acme/teams/release-managers/memberships/maya')
      .reply(200, { state: 'active', role: 'maintainer', url: 'x' })
      .get('/orgs/acme/teams/release-managers/memberships/lee')
      .reply(200, { state: 'pending', role: 'member', url: 'x' });
    const gateway = new PermissionGateway(client(), repo);
    expect(await gateway.teamMembership('acme/release-managers', 'maya')).toBe('member');
    expect(await gateway.teamMembership('acme/release-managers', 'lee')).toBe('not-member');
  });

  it('settles a 404 by reading the team: a team the token sees means "not a member", silently', async () => {
    const warnings: string[] = [];
    nock(API)
      .get('/orgs/acme/teams/release-managers/memberships/kim')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/release-managers')
      .reply(200, { slug: 'release-managers' });
    const gateway = new PermissionGateway(client(), repo, { warning: (m) => warnings.push(m) });
    expect(await gateway.teamMembership('acme/release-managers', 'kim')).toBe('not-member');
    expect(warnings).toEqual([]);
  });

  it('calls a team GitHub answers 404 for (GITHUB_TOKEN) unreadable, reads it once, and says what to change', async () => {
    const warnings: string[] = [];
    nock(API)
      .get('/orgs/acme/teams/release-managers/memberships/kim')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/release-managers/memberships/sam')
      .reply(404, { message: 'Not Found' })
      .get('/orgs/acme/teams/release-managers')
      .reply(404, { message: 'Not Found' });
    const gateway = new PermissionGateway(client(), repo, { warning: (m) => warnings.push(m) });
    expect(await gateway.teamMembership('acme/release-managers', 'kim')).toBe('unreadable');
    expect(await gateway.teamMembership('acme/release-managers', 'sam')).toBe('unreadable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Cannot read the team acme/release-managers (GitHub answered 404)');
    expect(warnings[0]).toContain('GITHUB_TOKEN never can');
    expect(warnings[0]).toContain('"Members: read"');
    expect(warnings[0]).toContain('facilitators.users');
  });
});
