/**
 * Permissions gateway: who may decide in a retrospective, and who may own an action item. Read-only REST calls,
 * each answered once per run (a comment with three `/assign` lines for the same person asks GitHub once).
 *
 * `author_association` from an event payload is never used for this: `MEMBER` and `CONTRIBUTOR` say nothing
 * about write access, and the payload is built by whoever triggered the event.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { isForbidden, statusOf } from './errors.ts';

/** The legacy permission GitHub still reports: maintain shows as `write`, triage as `read`. */
export type LegacyPermission = 'admin' | 'write' | 'read' | 'none';

export interface RepoPermission {
  permission: LegacyPermission;
  /**
   * The real role: `admin`, `maintain`, `write`, `triage`, `read`, `none`, or the name of a custom role
   * (whose base role shows in `permission`).
   */
  roleName: string;
}

/** `unreadable`: GitHub would not show the team to this token (or it does not exist), so nobody is confirmed. */
export type TeamMembership = 'member' | 'not-member' | 'unreadable';

/** What to change when teams in `facilitators.teams` (as written in the message) cannot be read. */
export function unreadableTeamAdvice(teams: string): string {
  return (
    `Either ${teams} does not exist or the token cannot read the organization's teams (GITHUB_TOKEN never can: ` +
    'GitHub answers it 404). Pass a token with the organization permission "Members: read" as github-token, ' +
    'or list the facilitators by name in `facilitators.users`.'
  );
}

export interface PermissionLog {
  warning(message: string): void;
}

const LEGACY: readonly LegacyPermission[] = ['admin', 'write', 'read', 'none'];

export class PermissionGateway {
  readonly #permissions = new Map<string, Promise<RepoPermission>>();
  readonly #teams = new Map<string, Promise<TeamMembership>>();
  readonly #readableTeams = new Map<string, Promise<boolean>>();
  readonly #assignable = new Map<string, Promise<boolean>>();

  constructor(
    private readonly github: GitHub,
    private readonly repo: RepoRef,
    private readonly log?: PermissionLog,
  ) {}

  /** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`; a login GitHub does not know is `none`. */
  permission(login: string): Promise<RepoPermission> {
    return cached(this.#permissions, login.toLowerCase(), async () => {
      try {
        const { data } = await this.github.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          {
            owner: this.repo.owner,
            repo: this.repo.name,
            username: login,
          },
        );
        const permission = LEGACY.includes(data.permission as LegacyPermission)
          ? (data.permission as LegacyPermission)
          : 'none';
        return { permission, roleName: data.role_name || permission };
      } catch (error) {
        if (statusOf(error) === 404) return { permission: 'none', roleName: 'none' };
        throw error;
      }
    });
  }

  /**
   * `GET /orgs/{org}/teams/{team_slug}/memberships/{username}`: a member only when the state is `active`
   * (`pending` is an invitation not yet accepted). GitHub answers 404 both to a non-member and to a token that
   * cannot read the organization's teams, which GITHUB_TOKEN never can (it has no organization permissions:
   * https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication).
   * So a 404 is settled by reading the team itself (`GET /orgs/{org}/teams/{team_slug}`, once per team): a
   * team the token can see makes it "not a member"; one it cannot is `unreadable`, which the caller reports
   * (a configured team never grants anything by accident, and never silently grants nobody).
   */
  teamMembership(team: string, login: string): Promise<TeamMembership> {
    const [org = '', slug = ''] = team.split('/');
    return cached(this.#teams, `${team.toLowerCase()}|${login.toLowerCase()}`, async () => {
      try {
        const { data } = await this.github.request(
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
          {
            org,
            team_slug: slug,
            username: login,
          },
        );
        return data.state === 'active' ? 'member' : 'not-member';
      } catch (error) {
        if (statusOf(error) === 404)
          return (await this.#teamReadable(org, slug)) ? 'not-member' : 'unreadable';
        if (isForbidden(error)) {
          this.#warnUnreadable(team, 403);
          return 'unreadable';
        }
        throw error;
      }
    });
  }

  #teamReadable(org: string, slug: string): Promise<boolean> {
    return cached(this.#readableTeams, `${org}/${slug}`.toLowerCase(), async () => {
      try {
        await this.github.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
        return true;
      } catch (error) {
        if (statusOf(error) !== 404 && !isForbidden(error)) throw error;
        this.#warnUnreadable(`${org}/${slug}`, statusOf(error) ?? 403);
        return false;
      }
    });
  }

  #warnUnreadable(team: string, status: number): void {
    this.log?.warning(
      `Cannot read the team ${team} (GitHub answered ${status}), so it makes nobody a facilitator. ${unreadableTeamAdvice(team)}`,
    );
  }

  /** `GET /repos/{owner}/{repo}/assignees/{assignee}`: 204 when the login can be assigned issues, 404 when not. */
  isAssignable(login: string): Promise<boolean> {
    return cached(this.#assignable, login.toLowerCase(), async () => {
      try {
        await this.github.request('GET /repos/{owner}/{repo}/assignees/{assignee}', {
          owner: this.repo.owner,
          repo: this.repo.name,
          assignee: login,
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }
}

/** Caches the promise, so concurrent callers share one request; a failed request is not cached. */
function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit) return hit;
  const promise = load();
  map.set(key, promise);
  promise.catch(() => map.delete(key));
  return promise;
}
