/** Views shared by several GraphQL types: actors, reactions, labels, author associations. */
import { WEB } from '../rest/serialize.ts';
import type { EmulatorState } from '../state.ts';
import type { Label, Reaction, ReactionContent, Repo } from '../types.ts';
import { connection, type GqlCtx, type PageArgs, type View } from './context.ts';

export const GQL_TO_REST: Record<string, ReactionContent> = {
  THUMBS_UP: '+1',
  THUMBS_DOWN: '-1',
  LAUGH: 'laugh',
  HOORAY: 'hooray',
  CONFUSED: 'confused',
  HEART: 'heart',
  ROCKET: 'rocket',
  EYES: 'eyes',
};
const REST_TO_GQL = Object.fromEntries(Object.entries(GQL_TO_REST).map(([g, r]) => [r, g])) as Record<
  ReactionContent,
  string
>;

/**
 * An actor as GraphQL shows it. A bot is stored under its REST login (`github-actions[bot]`), but GraphQL's
 * Bot.login is the App's slug without the suffix (`github-actions`), which a user account may also be named:
 * the action must tell them apart by id, and this keeps the emulator from hiding the difference.
 * (https://docs.github.com/graphql/reference/objects#bot; `viewer` keeps the suffix, see graphql/index.ts.)
 */
export function actorView(ctx: GqlCtx, login: string | null | undefined): View | null {
  if (!login) return null;
  const u = ctx.state.user(login);
  if (!u) return null;
  const typename = u.type === 'Bot' ? 'Bot' : u.type === 'Organization' ? 'Organization' : 'User';
  const slug = u.login.replace(/\[bot\]$/, '');
  const path = u.type === 'Bot' ? `/apps/${slug}` : `/${u.login}`;
  return {
    __typename: typename,
    id: u.nodeId,
    databaseId: u.id,
    login: u.type === 'Bot' ? slug : u.login,
    name: u.name,
    url: `${WEB}${path}`,
    resourcePath: path,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    createdAt: u.createdAt,
  };
}

/** OWNER for the repo owner, MEMBER for people with a role on an organization's repo, else COLLABORATOR or NONE. */
export function authorAssociation(state: EmulatorState, repo: Repo, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  if (!state.role(repo, login)) return 'NONE';
  return state.user(repo.owner)?.type === 'Organization' ? 'MEMBER' : 'COLLABORATOR';
}

/** GitHub returns all eight groups, zero counts included. */
export function reactionGroups(ctx: GqlCtx, type: Reaction['subjectType'], id: number): View[] {
  const mine = ctx.state.reactions.filter((r) => r.subjectType === type && r.subjectId === id);
  return Object.entries(GQL_TO_REST).map(([content, rest]) => {
    const group = mine.filter((r) => r.content === rest);
    const reactors = (args: PageArgs) => connection(group, args, (r) => actorView(ctx, r.user));
    return {
      __typename: 'ReactionGroup',
      content,
      createdAt: group[0]?.createdAt ?? null,
      viewerHasReacted: group.some((r) => r.user === ctx.viewer.login),
      reactors,
      users: reactors,
    };
  });
}

export function reactionView(ctx: GqlCtx, r: Reaction): View {
  return {
    __typename: 'Reaction',
    id: r.nodeId,
    databaseId: r.id,
    content: REST_TO_GQL[r.content],
    createdAt: r.createdAt,
    user: actorView(ctx, r.user),
  };
}

export function labelView(_ctx: GqlCtx, l: Label): View {
  return {
    __typename: 'Label',
    id: l.nodeId,
    name: l.name,
    color: l.color,
    description: l.description,
    isDefault: false,
    url: `${WEB}/${l.repo}/labels/${encodeURIComponent(l.name)}`,
    createdAt: null,
  };
}

/** Labels named on an issue or PR, as a connection. */
export function labelConnection(ctx: GqlCtx, repo: string, names: string[]) {
  return (args: PageArgs) => {
    const labels = names
      .map((n) => ctx.state.labels.find((l) => l.repo === repo && l.name.toLowerCase() === n.toLowerCase()))
      .filter((l): l is Label => !!l);
    return connection(labels, args, (l) => labelView(ctx, l));
  };
}
