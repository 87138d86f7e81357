import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { PermissionGateway } from '../../src/github/permissions.ts';
import { API, client } from '../collect/nock-github.ts';

describe('PermissionGateway.isTeamMember', () => {
  it('counts a 404 as "not a member" and says that GITHUB_TOKEN cannot tell (it never reads teams)', async () => {
    const warnings: string[] = [];
    nock(API).get('/orgs/acme/teams/release-managers/memberships/kim').reply(404, { message: 'Not Found' });
    const gateway = new PermissionGateway(
      client(),
      { owner: 'acme', name: 'shop' },
      {
        warning: (m) => warnings.push(m),
      },
    );
    expect(await gateway.isTeamMember('acme/release-managers', 'kim')).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Could not confirm that @kim is in the team acme/release-managers');
    expect(warnings[0]).toContain('GITHUB_TOKEN never can');
    expect(warnings[0]).toContain('facilitators.users');
  });

  it('is a member when the membership is active', async () => {
    nock(API)
      .get('/orgs/acme/teams/release-managers/memberships/maya')
      .reply(200, { state: 'active', role: 'maintainer', url: 'x' });
    const gateway = new PermissionGateway(client(), { owner: 'acme', name: 'shop' });
    expect(await gateway.isTeamMember('acme/release-managers', 'maya')).toBe(true);
  });
});
