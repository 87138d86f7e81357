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

export interface PermissionLog {
  warning(message: string): void;
}

const LEGACY: readonly LegacyPermission[] = ['admin', 'write', 'read', 'none'];

export class PermissionGateway {
  readonly #permissions = new Map<string, Promise<RepoPermission>>();
  readonly #teams = new Map<string, Promise<boolean>>();
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
   * (`pending` is an invitation not yet accepted). GITHUB_TOKEN cannot read organization teams: GitHub answers
   * it 404, like a non-member. Either refusal is logged with what to change and counts as "not a member", so a
   * team listed in the config never grants anything by accident, and never fails silently.
   */
  isTeamMember(team: string, login: string): Promise<boolean> {
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
        return data.state === 'active';
      } catch (error) {
        if (statusOf(error) === 404) {
          // GitHub answers 404 both for "not a member" and to a token that cannot read the organization's
          // teams, which GITHUB_TOKEN never can: say so, or a configured team silently grants nobody.
          this.log?.warning(
            `Could not confirm that @${login} is in the team ${team}: GitHub answered 404, which means either ` +
              "that they are not a member or that the token cannot read the organization's teams (GITHUB_TOKEN " +
              'never can). To make team members facilitators, pass a token with "Members: read" as github-token, ' +
              'or list the facilitators by name in facilitators.users.',
          );
          return false;
        }
        if (isForbidden(error)) {
          this.log?.warning(
            `Cannot read the members of the team ${team} (GitHub answered 403), so it grants nobody the ` +
              'facilitator role. GITHUB_TOKEN cannot read organization teams: pass a token with "Members: read" ' +
              'as github-token, or list the facilitators by name in facilitators.users.',
          );
          return false;
        }
        throw error;
      }
    });
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
