/** `node(id)`: global ids are `<PREFIX>_<databaseId>`, so the prefix says which list to look in. */
import { canRead } from '../auth.ts';
import { NODE_PREFIX } from '../state.ts';
import type { Repo } from '../types.ts';
import { actorView, labelView } from './common.ts';
import type { GqlCtx, View } from './context.ts';
import { categoryView, discussionCommentView, discussionView } from './discussions.ts';
import { fieldView, itemView, projectView, requireProjects } from './projects.ts';
import { deploymentView, issueView, milestoneView, pullView, repoView } from './repository.ts';

type Resolver = (ctx: GqlCtx, id: number) => View | null;

const readable = (ctx: GqlCtx, repoName: string): boolean => {
  const repo = ctx.state.repos.find((r) => r.fullName === repoName);
  return !!repo && canRead(ctx.state, ctx.viewer, repo);
};

const BY_PREFIX: Record<string, Resolver> = {
  [NODE_PREFIX.repo]: (ctx, id) => {
    const r = ctx.state.repos.find((x) => x.id === id);
    return r && canRead(ctx.state, ctx.viewer, r) ? repoView(ctx, r) : null;
  },
  [NODE_PREFIX.user]: (ctx, id) => actorView(ctx, ctx.state.users.find((u) => u.id === id)?.login),
  [NODE_PREFIX.bot]: (ctx, id) => actorView(ctx, ctx.state.users.find((u) => u.id === id)?.login),
  [NODE_PREFIX.discussion]: (ctx, id) => {
    const d = ctx.state.discussions.find((x) => x.id === id);
    return d && readable(ctx, d.repo) ? discussionView(ctx, d) : null;
  },
  [NODE_PREFIX.discussionComment]: (ctx, id) => {
    const c = ctx.state.discussionComments.find((x) => x.id === id);
    const d = c && ctx.state.discussions.find((x) => x.id === c.discussionId);
    return c && d && readable(ctx, d.repo) ? discussionCommentView(ctx, c) : null;
  },
  [NODE_PREFIX.category]: (ctx, id) => {
    const c = ctx.state.discussionCategories.find((x) => x.id === id);
    return c && readable(ctx, c.repo) ? categoryView(ctx, c) : null;
  },
  [NODE_PREFIX.issue]: (ctx, id) => {
    const i = ctx.state.issues.find((x) => x.id === id);
    return i && readable(ctx, i.repo) ? issueView(ctx, i) : null;
  },
  [NODE_PREFIX.pull]: (ctx, id) => {
    const p = ctx.state.pulls.find((x) => x.id === id);
    return p && readable(ctx, p.repo) ? pullView(ctx, p) : null;
  },
  [NODE_PREFIX.milestone]: (ctx, id) => {
    const m = ctx.state.milestones.find((x) => x.id === id);
    return m && readable(ctx, m.repo) ? milestoneView(ctx, m) : null;
  },
  [NODE_PREFIX.label]: (ctx, id) => {
    const l = ctx.state.labels.find((x) => x.id === id);
    return l && readable(ctx, l.repo) ? labelView(ctx, l) : null;
  },
  [NODE_PREFIX.deployment]: (ctx, id) => {
    const d = ctx.state.deployments.find((x) => x.id === id);
    return d && readable(ctx, d.repo) ? deploymentView(ctx, d) : null;
  },
  [NODE_PREFIX.project]: (ctx, id) => {
    requireProjects(ctx);
    const p = ctx.state.projects.find((x) => x.id === id);
    return p ? projectView(ctx, p) : null;
  },
  [NODE_PREFIX.projectItem]: (ctx, id) => {
    requireProjects(ctx);
    const i = ctx.state.projectItems.find((x) => x.id === id);
    return i ? itemView(ctx, i) : null;
  },
  [NODE_PREFIX.projectField]: (ctx, id) => {
    requireProjects(ctx);
    const f = ctx.state.projectFields.find((x) => x.id === id);
    return f ? fieldView(ctx, f) : null;
  },
};

export function nodeById(ctx: GqlCtx, nodeId: string): View | null {
  const m = /^([A-Z]+)_(\d+)$/.exec(nodeId);
  if (!m) return null;
  const resolver = BY_PREFIX[m[1] as string];
  return resolver ? resolver(ctx, Number(m[2])) : null;
}

/** Looks up a node and checks its GraphQL type, as mutations' `*Id` inputs require. */
export function nodeOfType(ctx: GqlCtx, nodeId: string, typename: string): View | null {
  const v = nodeById(ctx, nodeId);
  return v && v.__typename === typename ? v : null;
}

export function repoByNodeId(ctx: GqlCtx, nodeId: string): Repo | undefined {
  const m = /^R_(\d+)$/.exec(nodeId);
  return m ? ctx.state.repos.find((r) => r.id === Number(m[1])) : undefined;
}
