/**
 * Survey threads: one top-level comment per prompt in `survey:`, so answers gather as replies and 👍 on a
 * reply is a vote. The state maps prompt id -> comment node id.
 *
 * Creating them is resumable. A run killed after creating the discussion (or some of the comments) leaves
 * the state without those ids; the next run lists the discussion's comments, adopts the ones the action
 * wrote (recognised by author and by the hidden `<!-- release-retro:survey:<id> -->` marker: never by a
 * marker in someone else's comment), and creates only what is still missing.
 */
import type { Config } from '../../config/load.ts';
import { decodeState, type RetroState, withState } from '../../domain/state.ts';
import {
  addDiscussionComment,
  getDiscussion,
  listDiscussionComments,
  updateDiscussionBody,
} from '../../github/discussions.ts';
import { isBy } from '../../github/identity.ts';
import { renderSurveyComment, surveyMarkerId } from '../../render/discussion.ts';
import type { RetroContext } from '../context.ts';

export interface SurveyTarget {
  id: string;
  number: number;
  tag: string;
  state: RetroState;
}

export interface SurveyOutcome {
  /** Prompt ids whose comment was created by this run. */
  created: string[];
  /** Prompt ids whose comment already existed but was missing from the state. */
  adopted: string[];
  threads: Record<string, string>;
}

export function missingPrompts(config: Config, state: RetroState): Config['survey'] {
  return config.survey.filter((prompt) => !state.surveyThreads[prompt.id]);
}

/**
 * Makes sure every survey prompt has its thread and the state records it. `fresh` skips listing comments
 * (a discussion created a moment ago by this run has none of ours).
 */
export async function ensureSurveyThreads(
  ctx: RetroContext,
  target: SurveyTarget,
  options: { fresh: boolean },
): Promise<SurveyOutcome> {
  const missing = missingPrompts(ctx.config, target.state);
  const threads = { ...target.state.surveyThreads };
  if (missing.length === 0) return { created: [], adopted: [], threads };

  const ours = new Map<string, string>();
  if (!options.fresh) {
    const actor = await ctx.actor();
    for (const comment of await listDiscussionComments(ctx.github, target.id)) {
      if (comment.replyTo !== null || !isBy(comment.authorId, actor)) continue;
      const id = surveyMarkerId(comment.body);
      if (id && !ours.has(id)) ours.set(id, comment.id);
    }
  }

  const created: string[] = [];
  const adopted: string[] = [];
  const total = ctx.config.survey.length;
  for (const prompt of missing) {
    const existing = ours.get(prompt.id);
    if (existing) {
      threads[prompt.id] = existing;
      adopted.push(prompt.id);
      continue;
    }
    const comment = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label: `discussion #${target.number} (survey: ${prompt.id})`,
      body: renderSurveyComment(prompt, { tag: target.tag, index: ctx.config.survey.indexOf(prompt), total }),
    });
    threads[prompt.id] = comment.id;
    created.push(prompt.id);
  }

  if (!ctx.writes.dryRun) await recordThreads(ctx, target, threads);
  return { created, adopted, threads };
}

/**
 * Writes the thread ids into the state. The body is read again first: a command may have updated it since
 * this run read it, and that change must not be overwritten.
 */
async function recordThreads(
  ctx: RetroContext,
  target: SurveyTarget,
  threads: Record<string, string>,
): Promise<void> {
  const current = await getDiscussion(ctx.github, ctx.repo, target.number);
  if (!current)
    throw new Error(`Discussion #${target.number} disappeared while its survey threads were being created.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? target.state;
  const merged: RetroState = { ...state, surveyThreads: { ...state.surveyThreads, ...threads } };
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: target.id,
    label: `discussion #${target.number}`,
    body: withState(current.body, merged),
  });
}
