/**
 * Writes a new record within GitHub's body limit (`render/record-budget.ts` and `render/learning-archive.ts`
 * plan it): when the body would be too long, the release-data sections move to the record's continuation
 * comment; when that is not enough, the learnings' whole texts move to learnings comments. Each move is
 * written before the body that links to it, so the record never points at text that is not there yet, and
 * converges: the comments are found by their markers (an earlier run may have created them and died before
 * rewriting the body), and what is already in them is not added again.
 */

import { learningKey } from '../domain/learning-key.ts';
import type { Learning, RetroState } from '../domain/state.ts';
import {
  addDiscussionComment,
  editDiscussionComment,
  listDiscussionComments,
  updateDiscussionBody,
} from '../github/discussions.ts';
import { isBy } from '../github/identity.ts';
import {
  archivedKeys,
  learningsComments,
  learningsMarker,
  planArchive,
  withLearningsArchived,
} from '../render/learning-archive.ts';
import { rerenderBody } from '../render/live-record.ts';
import { GITHUB_BODY_LIMIT } from '../render/markdown.ts';
import { continuationBody, continuationMarker, planFit, withSectionsMoved } from '../render/record-budget.ts';
import type { RetroContext } from './context.ts';

/** The record cannot hold the change even with every movable section moved out: nothing was written. */
export class RecordFullError extends Error {
  override name = 'RecordFullError';
}

export interface RecordTarget {
  id: string;
  number: number;
  url: string;
  /** The retrospective's tag: its continuation comment's key. */
  tag: string;
}

export interface WrittenRecord {
  body: string;
  /** Set when this write moved sections out of the body. */
  moved: { headings: string[]; url: string } | null;
}

export async function writeRecordBody(
  ctx: RetroContext,
  target: RecordTarget,
  body: string,
): Promise<WrittenRecord> {
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${target.number}`;
  const plan = planFit(body);
  if (plan.kind === 'too-long') {
    throw new RecordFullError(
      `The record of discussion #${target.number} would be ${body.length} characters, over GitHub's limit of ` +
        `${GITHUB_BODY_LIMIT} for a body, and moving its release data out would not make room (about ` +
        `${plan.length} characters would remain).`,
    );
  }
  if (plan.kind === 'fits') {
    await updateDiscussionBody(ctx.github, ctx.writes, { id: target.id, label, body });
    return { body, moved: null };
  }
  const actor = await ctx.actor();
  const marker = continuationMarker(target.tag);
  const existing = (await listDiscussionComments(ctx.github, target.id)).find(
    (c) => c.replyTo === null && isBy(c.authorId, actor) && c.body.startsWith(marker),
  );
  const text = continuationBody(target.tag, existing?.body ?? null, plan.sections, target.url);
  if (text.length > GITHUB_BODY_LIMIT) {
    throw new RecordFullError(
      `The continuation of discussion #${target.number}'s record would be ${text.length} characters, over ` +
        `GitHub's limit of ${GITHUB_BODY_LIMIT}.`,
    );
  }
  let url: string;
  if (existing) {
    if (text !== existing.body) {
      await editDiscussionComment(ctx.github, ctx.writes, { commentId: existing.id, label, body: text });
    }
    url = existing.url;
  } else {
    url = (await addDiscussionComment(ctx.github, ctx.writes, { discussionId: target.id, label, body: text }))
      .url;
  }
  const next = withSectionsMoved(body, plan.sections, url);
  await updateDiscussionBody(ctx.github, ctx.writes, { id: target.id, label, body: next });
  ctx.log.info(
    `The record of discussion #${target.number} reached GitHub's body limit: moved ${plan.sections
      .map((s) => s.heading)
      .join(', ')} to ${url}.`,
  );
  return { body: next, moved: { headings: plan.sections.map((s) => s.heading.replace(/^#+\s*/, '')), url } };
}

export interface WrittenState extends WrittenRecord {
  /** The state the body now holds (with learnings archived, if this write archived any). */
  state: RetroState;
  /** Set when this write moved learnings' whole texts to learnings comments. */
  archived: { count: number; urls: string[] } | null;
}

/**
 * Writes `state` into the record whose body is `before`, within GitHub's limit; writes nothing when the body
 * would not change. Throws RecordFullError when not even archiving every long learning makes room.
 */
export async function writeRecord(
  ctx: RetroContext,
  target: RecordTarget,
  before: string,
  state: RetroState,
): Promise<WrittenState> {
  const max = ctx.config.maxActionItems;
  const plan = planArchive(before, state, max);
  if (plan.kind === 'too-long') {
    throw new RecordFullError(
      `The record of discussion #${target.number} would be over GitHub's limit of ${GITHUB_BODY_LIMIT} ` +
        `characters for a body even with its release data and its learnings' texts moved out (about ` +
        `${plan.length} characters would remain).`,
    );
  }
  let next = state;
  let archived: WrittenState['archived'] = null;
  if (plan.kind === 'archive') {
    const urlOf = await archiveLearnings(ctx, target, plan.learnings);
    next = withLearningsArchived(state, plan.learnings, (key) => urlOf.get(key) ?? '');
    const urls = [
      ...new Set(plan.learnings.map((l) => urlOf.get(learningKey(l.sourceCommentId, l.text)) ?? '')),
    ];
    archived = { count: plan.learnings.length, urls };
  }
  const body = rerenderBody(before, next, max);
  if (body === before) return { body, moved: null, state: next, archived };
  const written = await writeRecordBody(ctx, target, body);
  return { ...written, state: next, archived };
}

/**
 * Makes sure each learning is in a learnings comment of the action's own (creating them for those in none);
 * returns each learning's key -> the comment's URL (the earliest comment holding it, so every run agrees).
 */
async function archiveLearnings(
  ctx: RetroContext,
  target: RecordTarget,
  learnings: readonly Learning[],
): Promise<Map<string, string>> {
  const label = `${ctx.repo.owner}/${ctx.repo.name} discussion #${target.number}`;
  const actor = await ctx.actor();
  const marker = learningsMarker(target.tag);
  const urlOf = new Map<string, string>();
  for (const comment of await listDiscussionComments(ctx.github, target.id)) {
    if (comment.replyTo !== null || !isBy(comment.authorId, actor) || !comment.body.startsWith(marker))
      continue;
    for (const key of archivedKeys(comment.body)) if (!urlOf.has(key)) urlOf.set(key, comment.url);
  }
  const missing = learnings.filter((l) => !urlOf.has(learningKey(l.sourceCommentId, l.text)));
  for (const body of learningsComments(target.tag, missing, target.url)) {
    const { url } = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label,
      body,
    });
    for (const key of archivedKeys(body)) urlOf.set(key, url);
  }
  if (missing.length > 0) {
    ctx.log.info(
      `The record of discussion #${target.number} reached GitHub's body limit: moved the whole text of ` +
        `${missing.length} learnings to learnings comments.`,
    );
  }
  return urlOf;
}
