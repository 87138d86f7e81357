/**
 * Who the commenter is in this retrospective: a facilitator (may decide), a participant (may propose), or
 * neither. Resolved once per comment, before the pure apply step, from the permissions gateway.
 *
 * A facilitator
 * - has the write, maintain or admin role on the repository. The collaborator-permission endpoint's `role_name`
 *   is the real role; its legacy `permission` folds maintain into `write` and is the only hint of a custom
 *   role's base role, so either saying write or above is enough. `triage` and `read` never are;
 * - or is listed in `facilitators.users` (no API call);
 * - or is an active member of a team in `facilitators.teams`.
 */
import type { Config } from '../../config/load.ts';
import { type RepoPermission, type TeamMembership, unreadableTeamAdvice } from '../../github/permissions.ts';
import type { ParsedLine } from './parse.ts';

export interface Actor {
  login: string;
  /** May accept, reject, finalize, and edit any item. */
  facilitator: boolean;
  /** May propose items and record learnings (`proposers` in the config). */
  participant: boolean;
  /** Teams in `facilitators.teams` that could not be read while checking this commenter (reported in refusals). */
  unreadableTeams?: readonly string[];
}

/** The slice of PermissionGateway this needs, so tests can pass a stub. */
export interface PermissionSource {
  permission(login: string): Promise<RepoPermission>;
  teamMembership(team: string, login: string): Promise<TeamMembership>;
}

export type AuthConfig = Pick<Config, 'facilitators' | 'proposers'>;

const DECIDING_ROLES = new Set(['admin', 'maintain', 'write']);

/** Whether a repository permission makes someone a facilitator. */
export function hasWriteOrAbove(p: RepoPermission): boolean {
  return DECIDING_ROLES.has(p.roleName.toLowerCase()) || p.permission === 'admin' || p.permission === 'write';
}

/** Whether any line needs to know if the commenter is a facilitator (only then is GitHub asked). */
export function needsFacilitatorCheck(lines: readonly ParsedLine[], config: AuthConfig): boolean {
  return lines.some((line) => {
    switch (line.kind) {
      case 'accept':
      case 'reject':
      case 'finalize':
      case 'assign':
      case 'due':
      case 'priority':
        return true;
      case 'action':
      case 'learning':
        return config.proposers === 'facilitators';
      default:
        return false;
    }
  });
}

export async function isFacilitator(
  source: PermissionSource,
  config: AuthConfig,
  login: string,
): Promise<boolean> {
  return (await facilitatorStanding(source, config, login)).facilitator;
}

/** Whether the login is a facilitator, and which configured teams could not be read to tell. */
export async function facilitatorStanding(
  source: PermissionSource,
  config: AuthConfig,
  login: string,
): Promise<{ facilitator: boolean; unreadableTeams: string[] }> {
  const key = login.toLowerCase();
  const unreadableTeams: string[] = [];
  if (config.facilitators.users.some((user) => user.toLowerCase() === key))
    return { facilitator: true, unreadableTeams };
  if (hasWriteOrAbove(await source.permission(login))) return { facilitator: true, unreadableTeams };
  for (const team of config.facilitators.teams) {
    const membership = await source.teamMembership(team, login);
    if (membership === 'member') return { facilitator: true, unreadableTeams: [] };
    if (membership === 'unreadable') unreadableTeams.push(team);
  }
  return { facilitator: false, unreadableTeams };
}

/**
 * Why a refusal may be wrong: a team that could not be read. Appended to every "only facilitators" refusal, so
 * the reply and the job summary say what to change instead of the team silently granting nobody.
 */
export function unreadableTeamsNote(actor: Actor): string {
  const teams = actor.unreadableTeams ?? [];
  if (teams.length === 0) return '';
  const named = teams.map((t) => `\`${t}\``).join(' or ');
  return `. The team ${named} in \`facilitators.teams\` could not be read. ${unreadableTeamAdvice(named)}`;
}

/**
 * The commenter's standing for these lines. When no line needs the facilitator role, nothing is asked and
 * `facilitator` is false: the apply step never consults it then.
 */
export async function resolveActor(
  source: PermissionSource,
  config: AuthConfig,
  login: string,
  lines: readonly ParsedLine[],
): Promise<Actor> {
  const { facilitator, unreadableTeams } = needsFacilitatorCheck(lines, config)
    ? await facilitatorStanding(source, config, login)
    : { facilitator: false, unreadableTeams: [] };
  // `anyone`: whoever could post the comment may propose; GitHub already decided they may comment.
  const participant = config.proposers === 'anyone' || facilitator;
  return unreadableTeams.length > 0
    ? { login, facilitator, participant, unreadableTeams }
    : { login, facilitator, participant };
}
