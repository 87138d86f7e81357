/**
 * Finding retrospectives. A retrospective is a discussion in the configured category, written by the action's
 * own identity, whose body carries a state block. Titles can be edited by people, so the tag in the state block
 * is the key, not the title. Listing the category (not search) is used because GitHub's search index is
 * eventually consistent: a discussion created a moment ago may not be found, and a re-run would duplicate it.
 */

import { versionOf } from '../collect/releases.ts';
import { decodeState, type RetroState, StateError } from '../domain/state.ts';
import {
  type DiscussionCategory,
  type DiscussionSetup,
  type DiscussionSummary,
  getDiscussionSetup,
  listCategoryDiscussions,
  resolveCategory,
} from '../github/discussions.ts';
import { type Identity, isBy } from '../github/identity.ts';
import type { RetroContext } from './context.ts';

export interface Retrospective {
  discussion: DiscussionSummary;
  state: RetroState;
}

export interface RetroIndex {
  setup: DiscussionSetup;
  category: DiscussionCategory;
  retrospectives: Retrospective[];
}

/** Reads the state of a discussion only if the action itself wrote it; anyone else's marker is ignored. */
export function trustedState(
  discussion: DiscussionSummary,
  actor: Identity,
  log?: RetroContext['log'],
): RetroState | null {
  if (!isBy(discussion.authorId, actor)) return null;
  try {
    return decodeState(discussion.body);
  } catch (error) {
    if (error instanceof StateError) {
      log?.warning(`Discussion #${discussion.number}: ${error.message} It is skipped.`);
      return null;
    }
    throw error;
  }
}

export async function loadRetroIndex(ctx: RetroContext): Promise<RetroIndex> {
  const setup = await getDiscussionSetup(ctx.github, ctx.repo);
  const category = resolveCategory(setup, ctx.config.discussionCategory, ctx.repo);
  const [discussions, actor] = await Promise.all([
    listCategoryDiscussions(ctx.github, ctx.repo, category.id),
    ctx.actor(),
  ]);
  // Only this release line's retrospectives: in a monorepo the lines share the category, and another line's
  // retrospective is neither this one's previous retrospective nor a point on its trends, nor due for its reminders.
  const pattern = ctx.config.releases.tagPattern;
  const retrospectives = discussions.flatMap((discussion) => {
    const state = trustedState(discussion, actor, ctx.log);
    return state && versionOf(state.tag, pattern) !== null ? [{ discussion, state }] : [];
  });
  return { setup, category, retrospectives };
}

export function findByTag(index: RetroIndex, tag: string): Retrospective | undefined {
  return index.retrospectives.find((r) => r.state.tag === tag || r.state.tags.includes(tag));
}
