/**
 * Writes a new record body within GitHub's body limit (`render/record-budget.ts` plans it): when it would be
 * too long, the release-data sections move to the record's continuation comment first, then the body is
 * written with links to them. Converges: the continuation is found by its marker (an earlier run may have
 * created it and died before rewriting the body), and a section already there is not added again.
 */
import {
  addDiscussionComment,
  editDiscussionComment,
  listDiscussionComments,
  updateDiscussionBody,
} from '../github/discussions.ts';
import { isBy } from '../github/identity.ts';
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
