/** Mutations the action performs: discussions, discussion comments, reactions, and Projects (v2) items. */
import { canRead, INTEGRATION_FORBIDDEN } from '../auth.ts';
import { bodyTooLong, MAX_BODY_CHARACTERS } from '../limits.ts';
import type { Discussion, DiscussionComment, ProjectFieldValue, Reaction, Repo, Role } from '../types.ts';
import { GQL_TO_REST, reactionGroups, reactionView } from './common.ts';
import { forbidden, type GqlCtx, notFound, unprocessable, type View } from './context.ts';
import { discussionCommentView, discussionView } from './discussions.ts';
import { nodeById, repoByNodeId } from './nodes.ts';
import { itemView, requireProjects } from './projects.ts';

type Input<T> = { input: T & { clientMutationId?: string } };

const unresolved = (id: string) => notFound(`Could not resolve to a node with the global id of '${id}'`);

function deny(ctx: GqlCtx, mutation: string): never {
  if (ctx.token.kind === 'installation') throw forbidden(INTEGRATION_FORBIDDEN);
  throw forbidden(`${ctx.viewer.login} does not have the correct permissions to execute \`${mutation}\``);
}

function requireRepoRole(ctx: GqlCtx, repo: Repo, role: Role, mutation: string): void {
  if (!ctx.state.hasRole(repo, ctx.viewer.login, role)) deny(ctx, mutation);
}

/** Anyone who can read the repository may comment and react; the integration still needs a role (its `permissions:`). */
function requireParticipation(ctx: GqlCtx, repo: Repo, mutation: string): void {
  if (
    ctx.token.kind === 'installation'
      ? !ctx.state.role(repo, ctx.viewer.login)
      : !canRead(ctx.state, ctx.viewer, repo)
  ) {
    deny(ctx, mutation);
  }
}

function discussionById(ctx: GqlCtx, id: string): { d: Discussion; repo: Repo } {
  const m = /^D_(\d+)$/.exec(id);
  const d = m ? ctx.state.discussions.find((x) => x.id === Number(m[1])) : undefined;
  const repo = d && ctx.state.repos.find((r) => r.fullName === d.repo);
  if (!d || !repo || !canRead(ctx.state, ctx.viewer, repo)) throw unresolved(id);
  return { d, repo };
}

function commentById(ctx: GqlCtx, id: string): { c: DiscussionComment; d: Discussion; repo: Repo } {
  const m = /^DC_(\d+)$/.exec(id);
  const c = m ? ctx.state.discussionComments.find((x) => x.id === Number(m[1])) : undefined;
  if (!c) throw unresolved(id);
  const { d, repo } = discussionById(ctx, ctx.state.nodeId('discussion', c.discussionId));
  return { c, d, repo };
}

const payload = (input: { clientMutationId?: string }, rest: Record<string, unknown>): View => ({
  __typename: 'Payload',
  clientMutationId: input.clientMutationId ?? null,
  ...rest,
});

/** GitHub refuses a body past its limit (emulator/limits.ts). */
function checkBody(body: string | undefined): void {
  if (bodyTooLong(body))
    throw unprocessable(`Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`);
}

function createDiscussion(
  ctx: GqlCtx,
  { input }: Input<{ repositoryId: string; categoryId: string; title: string; body: string }>,
) {
  const repo = repoByNodeId(ctx, input.repositoryId);
  if (!repo || !canRead(ctx.state, ctx.viewer, repo)) throw unresolved(input.repositoryId);
  checkBody(input.body);
  requireParticipation(ctx, repo, 'CreateDiscussion');
  if (!repo.hasDiscussions) throw unprocessable('Repository does not have discussions enabled.');
  const category = ctx.state.discussionCategories.find(
    (c) => c.nodeId === input.categoryId && c.repo === repo.fullName,
  );
  if (!category) throw unresolved(input.categoryId);
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const d: Discussion = {
    id,
    nodeId: ctx.state.nodeId('discussion', id),
    repo: repo.fullName,
    number: repo.nextNumber++,
    categoryId: category.id,
    title: input.title,
    body: input.body,
    author: ctx.viewer.login,
    createdAt: now,
    updatedAt: now,
    closed: false,
    closedAt: null,
    stateReason: null,
  };
  ctx.state.discussions.push(d);
  return payload(input, { discussion: discussionView(ctx, d) });
}

function updateDiscussion(
  ctx: GqlCtx,
  { input }: Input<{ discussionId: string; title?: string; body?: string; categoryId?: string }>,
) {
  const { d, repo } = discussionById(ctx, input.discussionId);
  if (d.author !== ctx.viewer.login) requireRepoRole(ctx, repo, 'triage', 'UpdateDiscussion');
  if (input.categoryId) {
    const category = ctx.state.discussionCategories.find(
      (c) => c.nodeId === input.categoryId && c.repo === repo.fullName,
    );
    if (!category) throw unresolved(input.categoryId);
    d.categoryId = category.id;
  }
  checkBody(input.body);
  if (typeof input.title === 'string') d.title = input.title;
  if (typeof input.body === 'string') d.body = input.body;
  d.updatedAt = ctx.clock.iso();
  return payload(input, { discussion: discussionView(ctx, d) });
}

function setClosed(
  ctx: GqlCtx,
  input: { discussionId: string; reason?: string; clientMutationId?: string },
  closed: boolean,
) {
  const { d, repo } = discussionById(ctx, input.discussionId);
  if (d.author !== ctx.viewer.login)
    requireRepoRole(ctx, repo, 'triage', closed ? 'CloseDiscussion' : 'ReopenDiscussion');
  const now = ctx.clock.iso();
  d.closed = closed;
  d.closedAt = closed ? now : null;
  d.stateReason = closed ? ((input.reason as Discussion['stateReason']) ?? 'RESOLVED') : 'REOPENED';
  d.updatedAt = now;
  return payload(input, { discussion: discussionView(ctx, d) });
}

function addDiscussionComment(
  ctx: GqlCtx,
  { input }: Input<{ discussionId: string; body: string; replyToId?: string }>,
) {
  const { d, repo } = discussionById(ctx, input.discussionId);
  requireParticipation(ctx, repo, 'AddDiscussionComment');
  let replyTo: number | null = null;
  if (input.replyToId) {
    const parent = commentById(ctx, input.replyToId).c;
    // Replies are one level deep and must stay inside the same discussion, as GitHub enforces.
    if (parent.discussionId !== d.id)
      throw unprocessable('The reply-to comment must belong to the same discussion.');
    if (parent.replyToId !== null)
      throw unprocessable('Parent comment is already in a thread, cannot reply to it.');
    replyTo = parent.id;
  }
  if (!input.body.trim()) throw unprocessable("Body can't be blank");
  checkBody(input.body);
  const id = ctx.state.nextId();
  const now = ctx.clock.iso();
  const c: DiscussionComment = {
    id,
    nodeId: ctx.state.nodeId('discussionComment', id),
    discussionId: d.id,
    replyToId: replyTo,
    author: ctx.viewer.login,
    body: input.body,
    createdAt: now,
    updatedAt: now,
  };
  ctx.state.discussionComments.push(c);
  d.updatedAt = now;
  return payload(input, { comment: discussionCommentView(ctx, c) });
}

function updateDiscussionComment(ctx: GqlCtx, { input }: Input<{ commentId: string; body: string }>) {
  const { c, repo } = commentById(ctx, input.commentId);
  if (c.author !== ctx.viewer.login) requireRepoRole(ctx, repo, 'maintain', 'UpdateDiscussionComment');
  checkBody(input.body);
  c.body = input.body;
  c.updatedAt = ctx.clock.iso();
  return payload(input, { comment: discussionCommentView(ctx, c) });
}

function deleteDiscussionComment(ctx: GqlCtx, { input }: Input<{ id: string }>) {
  const { c, repo } = commentById(ctx, input.id);
  if (c.author !== ctx.viewer.login) requireRepoRole(ctx, repo, 'maintain', 'DeleteDiscussionComment');
  const view = discussionCommentView(ctx, c);
  ctx.state.discussionComments = ctx.state.discussionComments.filter(
    (x) => x.id !== c.id && x.replyToId !== c.id,
  );
  return payload(input, { comment: view });
}

/** Reactable subjects the emulator knows, mapped to the state's subject types. */
function reactable(
  ctx: GqlCtx,
  subjectId: string,
): { type: Reaction['subjectType']; id: number; repo: Repo } {
  const subject = nodeById(ctx, subjectId);
  const m = /_(\d+)$/.exec(subjectId);
  const types: Record<string, Reaction['subjectType']> = {
    Discussion: 'discussion',
    DiscussionComment: 'discussionComment',
    Issue: 'issue',
    PullRequest: 'issue',
  };
  const type = subject ? types[subject.__typename] : undefined;
  if (!subject || !type || !m) throw unresolved(subjectId);
  const id = Number(m[1]);
  const repoName =
    type === 'discussion'
      ? ctx.state.discussions.find((x) => x.id === id)?.repo
      : type === 'discussionComment'
        ? ctx.state.discussions.find(
            (x) => x.id === ctx.state.discussionComments.find((c) => c.id === id)?.discussionId,
          )?.repo
        : (ctx.state.issues.find((x) => x.id === id) ?? ctx.state.pulls.find((x) => x.id === id))?.repo;
  const repo = ctx.state.repos.find((r) => r.fullName === repoName);
  if (!repo) throw unresolved(subjectId);
  return { type, id, repo };
}

function react(
  ctx: GqlCtx,
  input: { subjectId: string; content: string; clientMutationId?: string },
  add: boolean,
) {
  const { type, id, repo } = reactable(ctx, input.subjectId);
  requireParticipation(ctx, repo, add ? 'AddReaction' : 'RemoveReaction');
  const content = GQL_TO_REST[input.content];
  if (!content) throw unprocessable(`Unknown reaction ${input.content}`);
  const same = (r: Reaction) =>
    r.subjectType === type && r.subjectId === id && r.content === content && r.user === ctx.viewer.login;
  let reaction = ctx.state.reactions.find(same);
  if (add && !reaction) {
    const rid = ctx.state.nextId();
    reaction = {
      id: rid,
      nodeId: ctx.state.nodeId('reaction', rid),
      subjectType: type,
      subjectId: id,
      content,
      user: ctx.viewer.login,
      createdAt: ctx.clock.iso(),
    };
    ctx.state.reactions.push(reaction);
  }
  if (!add) ctx.state.reactions = ctx.state.reactions.filter((r) => !same(r));
  // Adding twice is a no-op on GitHub, as is removing a reaction that is not there.
  const view = reaction
    ? reactionView(ctx, reaction)
    : { __typename: 'Reaction', id: null, content: input.content, createdAt: null, user: null };
  return payload(input, {
    reaction: view,
    subject: nodeById(ctx, input.subjectId),
    reactionGroups: reactionGroups(ctx, type, id),
  });
}

function addProjectItem(ctx: GqlCtx, { input }: Input<{ projectId: string; contentId: string }>) {
  requireProjects(ctx);
  const project = ctx.state.projects.find((p) => p.nodeId === input.projectId);
  if (!project) throw unresolved(input.projectId);
  const content = nodeById(ctx, input.contentId);
  if (!content || (content.__typename !== 'Issue' && content.__typename !== 'PullRequest'))
    throw unresolved(input.contentId);
  const contentId = content.databaseId as number;
  const contentType = content.__typename;
  // Adding the same content again returns the existing item, as GitHub does.
  let item = ctx.state.projectItems.find(
    (i) => i.projectId === project.id && i.contentType === contentType && i.contentId === contentId,
  );
  if (!item) {
    const id = ctx.state.nextId();
    const now = ctx.clock.iso();
    item = {
      id,
      nodeId: ctx.state.nodeId('projectItem', id),
      projectId: project.id,
      contentType,
      contentId,
      creator: ctx.viewer.login,
      createdAt: now,
      updatedAt: now,
    };
    ctx.state.projectItems.push(item);
  }
  return payload(input, { item: itemView(ctx, item) });
}

function updateFieldValue(
  ctx: GqlCtx,
  {
    input,
  }: Input<{
    projectId: string;
    itemId: string;
    fieldId: string;
    value: {
      text?: string;
      number?: number;
      date?: string;
      singleSelectOptionId?: string;
      iterationId?: string;
    };
  }>,
) {
  requireProjects(ctx);
  const project = ctx.state.projects.find((p) => p.nodeId === input.projectId);
  if (!project) throw unresolved(input.projectId);
  const item = ctx.state.projectItems.find((i) => i.nodeId === input.itemId && i.projectId === project.id);
  if (!item) throw unresolved(input.itemId);
  const field = ctx.state.projectFields.find((f) => f.nodeId === input.fieldId && f.projectId === project.id);
  if (!field) throw unresolved(input.fieldId);
  const v = input.value;
  const now = ctx.clock.iso();
  const next: ProjectFieldValue = { itemId: item.id, fieldId: field.id, updatedAt: now };
  switch (field.dataType) {
    case 'TEXT':
      if (typeof v.text !== 'string')
        throw unprocessable('Did not receive a text value to update a field of type text');
      next.text = v.text;
      break;
    case 'NUMBER':
      if (typeof v.number !== 'number')
        throw unprocessable('Did not receive a number value to update a field of type number');
      next.number = v.number;
      break;
    case 'DATE':
      if (typeof v.date !== 'string' || Number.isNaN(Date.parse(v.date)))
        throw unprocessable('Did not receive a date value to update a field of type date');
      next.date = v.date.slice(0, 10);
      break;
    case 'SINGLE_SELECT':
      if (!field.options.some((o) => o.id === v.singleSelectOptionId)) {
        throw unprocessable(
          'Did not receive a single select option Id to update a field of type single_select',
        );
      }
      next.singleSelectOptionId = v.singleSelectOptionId as string;
      break;
    case 'ITERATION':
      if (!field.iterations.some((i) => i.id === v.iterationId))
        throw unprocessable('Did not receive an iteration Id to update a field of type iteration');
      next.iterationId = v.iterationId as string;
      break;
    default:
      throw unprocessable(`The field ${field.name} cannot be updated with updateProjectV2ItemFieldValue.`);
  }
  ctx.state.projectFieldValues = ctx.state.projectFieldValues.filter(
    (x) => !(x.itemId === item.id && x.fieldId === field.id),
  );
  ctx.state.projectFieldValues.push(next);
  item.updatedAt = now;
  return payload(input, { projectV2Item: itemView(ctx, item) });
}

export const mutationResolvers: Record<string, (ctx: GqlCtx, args: never) => unknown> = {
  createDiscussion,
  updateDiscussion,
  closeDiscussion: (ctx, { input }: Input<{ discussionId: string; reason?: string }>) =>
    setClosed(ctx, input, true),
  reopenDiscussion: (ctx, { input }: Input<{ discussionId: string }>) => setClosed(ctx, input, false),
  addDiscussionComment,
  updateDiscussionComment,
  deleteDiscussionComment,
  addReaction: (ctx, { input }: Input<{ subjectId: string; content: string }>) => react(ctx, input, true),
  removeReaction: (ctx, { input }: Input<{ subjectId: string; content: string }>) => react(ctx, input, false),
  addProjectV2ItemById: addProjectItem,
  updateProjectV2ItemFieldValue: updateFieldValue,
};
