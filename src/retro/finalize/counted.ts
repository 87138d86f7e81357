/**
 * Who the finished record counts (`record.counts`). A retrospective discussion is open to anyone who can
 * comment, so on a public repository a passer-by's spam reply would otherwise be quoted in retrospective.md
 * under "What could be improved" and counted among the people who took part.
 *
 * `team` counts people with triage access or above (GitHub reports `read` for anyone on a public repository,
 * so a read role tells nothing), the facilitators (by name, team or write access), the release's participants
 * kept when the retrospective opened (authors, reviewers, deployers, incident assignees), the stakeholders and
 * `record.people`. `everyone` counts every commenter. Bots and the action itself are never counted, and a
 * minimized comment is never kept whoever wrote it (GITHUB-NOTES: a hidden comment is one the team chose
 * not to keep).
 */
import type { Config } from '../../config/load.ts';
import type { RetroState } from '../../domain/state.ts';
import { sameLogin } from '../../github/discussions.ts';
import type { PermissionSource } from '../commands/authorize.ts';
import { isFacilitator } from '../commands/authorize.ts';

/** Roles whose holders GitHub granted access on purpose: everyone on a public repository has `read`. */
const TEAM_ROLES = new Set(['admin', 'maintain', 'write', 'triage']);

export const isBot = (login: string | null) => !login || /\[bot\]$/i.test(login);

export interface CountedPeople {
  /** Whether the record counts this login. */
  has(login: string | null): boolean;
  /** Who is counted, for the sentence that gives the count ("the team: …" or "everyone who commented"). */
  who: string;
  /** Commenters left out (not the team), sorted; empty with `record.counts: everyone`. */
  left: string[];
}

/** Whose words the record keeps, with the words that say so. */
export async function countedPeople(
  config: Pick<Config, 'record' | 'facilitators' | 'proposers' | 'stakeholders'>,
  state: RetroState,
  candidates: readonly (string | null)[],
  actor: string,
  permissions: PermissionSource,
): Promise<CountedPeople> {
  const people = [
    ...new Map(
      candidates
        .filter((l): l is string => !isBot(l) && !sameLogin(l ?? '', actor))
        .map((l) => [l.toLowerCase(), l]),
    ).values(),
  ];
  if (config.record.counts === 'everyone') {
    const all = new Set(people.map((l) => l.toLowerCase()));
    return { has: (l) => !!l && all.has(l.toLowerCase()), who: 'everyone who commented', left: [] };
  }
  const known = new Set(
    [
      ...(state.releaseParticipants ?? []),
      ...config.record.people,
      ...config.stakeholders.filter((s) => !s.includes('/')),
    ].map((l) => l.toLowerCase()),
  );
  const team = new Set<string>();
  for (const login of people) {
    const key = login.toLowerCase();
    if (
      known.has(key) ||
      TEAM_ROLES.has((await permissions.permission(login)).roleName.toLowerCase()) ||
      (await isFacilitator(permissions, config, login))
    )
      team.add(key);
  }
  return {
    has: (l) => !!l && team.has(l.toLowerCase()),
    who: "the team: people with triage access or above, facilitators, the release's participants and stakeholders",
    left: people.filter((l) => !team.has(l.toLowerCase())).sort((a, b) => a.localeCompare(b)),
  };
}
