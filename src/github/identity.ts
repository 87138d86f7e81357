/**
 * Who the token acts as, and whether something was written by it. GitHub names a bot `name[bot]` in REST and in
 * `viewer`, but plain `name` as a GraphQL author (Bot.login), and a user account may be called `name` too: a
 * person can register the slug of a custom App (or `github-actions`). So the action's own discussions, comments
 * and issues are recognised by the author's database id (GraphQL `databaseId` on Bot and User, REST `user.id`),
 * never by login. The database id is the same number in both APIs; node ids come in two formats (legacy and
 * next), and which one an API returns differs by object type.
 */

import type { GitHub } from './client.ts';

export interface Identity {
  /** As `viewer` says it: `github-actions[bot]` for GITHUB_TOKEN, `name[bot]` for an App, a login for a PAT. */
  login: string;
  databaseId: number;
}

/**
 * A GraphQL author (an `Actor`): its database id is asked for with `... on Bot { databaseId } ... on User
 * { databaseId }` (the Actor interface has none), so other actors (a Mannequin, an Organization) have none.
 */
export interface RawAuthor {
  __typename?: string;
  login: string;
  databaseId?: number | null;
}

export function authorIdOf(author: RawAuthor | null | undefined): number | null {
  return typeof author?.databaseId === 'number' ? author.databaseId : null;
}

/**
 * A GraphQL author's login in the REST form (`name[bot]` for a Bot), so logins read from either API compare
 * equal and a bot is never mistaken for the user account of the same name.
 */
export function authorLoginOf(author: RawAuthor | null | undefined): string | null {
  if (!author) return null;
  return author.__typename === 'Bot' && !author.login.endsWith('[bot]')
    ? `${author.login}[bot]`
    : author.login;
}

/** Whether something whose author has `authorId` was written by `actor`. */
export function isBy(authorId: number | null | undefined, actor: Identity): boolean {
  return typeof authorId === 'number' && authorId === actor.databaseId;
}

/** A named account's identity (`GET /users/{username}`), for the CLI, which runs with a person's token. */
export async function userIdentity(github: GitHub, login: string): Promise<Identity> {
  const { data } = await github.request('GET /users/{username}', { username: login });
  return { login: data.login, databaseId: Number(data.id) };
}
